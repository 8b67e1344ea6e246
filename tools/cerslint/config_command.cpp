// Resolves the configuration exactly as `check` and `fix` do for the path and prints it.
#include "tools/cerslint/config_command.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <system_error>

#include "config/show.hpp"

namespace cerslint::cli {

int run_config(const ConfigArgs& args) {
  if (!args.show) return usage_error("config needs --show (cerslint config --show [PATH])");
  auto command_line = command_line_layer(args.common);
  if (!command_line) return usage_error(command_line.error().message);
  config::ConfigFinder finder = make_finder(args.common);

  namespace fs = std::filesystem;
  std::error_code ec;
  // A folder gets its own settings (no [[overrides]]: they name files); anything else is taken
  // as a file, existing or not, whose folder's configuration applies.
  const bool folder = args.path != "-" && fs::is_directory(args.path, ec);
  std::string target =
      args.path == "-" ? "standard input" : fs::absolute(args.path).lexically_normal().string();
  if (target.size() > 1 && target.back() == '/') target.pop_back();  // "dir/." normalizes so
  auto chain = folder ? finder.chain_for_dir(args.path) : finder.chain_for_input(args.path);
  if (!chain) return usage_error(chain.error().message);
  const config::Effective effective =
      config::resolve(**chain, args.path, command_line.value(), folder);
  fmt::print("{}", config::render(effective, target));
  bool any_overrides = false;
  for (const auto& file : **chain) any_overrides = any_overrides || !file->overrides.empty();
  if (folder && any_overrides) {
    fmt::print("# [[overrides]] apply to files: give a file name to see them\n");
  }
  std::fflush(stdout);
  return 0;
}

}  // namespace cerslint::cli
