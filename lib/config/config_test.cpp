// cerslint.toml: every key parsed with its source line, every kind of mistake reported with
// file, line and column, discovery upward with `root = true`, layering nearest-wins, overrides
// globbing, and the provenance `config --show` prints.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "config/config_file.hpp"
#include "config/discovery.hpp"
#include "config/effective.hpp"
#include "config/glob.hpp"
#include "config/show.hpp"
#include "config/suggest.hpp"

namespace cerslint::config {
namespace {

namespace fs = std::filesystem;
using engine::Severity;

const std::string kPath = "/district/cerslint.toml";

ConfigFile parse_ok(const std::string& text) {
  auto file = parse_config_text(text, kPath);
  EXPECT_TRUE(file) << (file ? "" : file.error().message);
  return file ? std::move(file).value() : ConfigFile{};
}

std::string parse_error(const std::string& text) {
  auto file = parse_config_text(text, kPath);
  EXPECT_FALSE(file) << "accepted:\n" << text;
  return file ? std::string() : file.error().message;
}

TEST(ConfigFile, ReadsEveryKeyWithItsLine) {
  const ConfigFile f = parse_ok(
      "root = true\n"
      "select = [\"S\", \"N005\"]\n"
      "ignore = [\"U003\", \"group-name-spaces\"]\n"
      "extend-select = [\"Y\"]\n"
      "extend-ignore = [\"N006\"]\n"
      "schools = \"lists/schools.txt\"\n"
      "years = \"2024-2026\"\n"
      "subjects = [\"Math\", \"ELA\"]\n"
      "fail-on = \"warning\"\n"
      "[severity]\n"
      "N005 = \"warning\"\n"
      "group-over-200-students = \"info\"\n"
      "[fix]\n"
      "eol = \"crlf\"\n"
      "backup = false\n"
      "unsafe-fixes = true\n");
  EXPECT_TRUE(f.root);
  EXPECT_EQ(f.dir, "/district");
  const Layer& s = f.settings;
  ASSERT_TRUE(s.select && s.ignore && s.extend_select && s.extend_ignore);
  EXPECT_EQ(s.select->value, (std::vector<std::string>{"S", "N005"}));
  EXPECT_EQ(s.select->source, "/district/cerslint.toml:2");
  EXPECT_EQ(s.ignore->value, (std::vector<std::string>{"U003", "group-name-spaces"}));
  EXPECT_EQ(s.extend_select->value, (std::vector<std::string>{"Y"}));
  EXPECT_EQ(s.extend_ignore->source, "/district/cerslint.toml:5");
  ASSERT_TRUE(s.schools && s.years && s.subjects && s.fail_on);
  EXPECT_EQ(s.schools->value, "/district/lists/schools.txt");  // relative to the file's folder
  EXPECT_EQ(s.years->value, "2024-2026");
  EXPECT_EQ(s.subjects->value, (std::vector<std::string>{"Math", "ELA"}));
  EXPECT_EQ(s.fail_on->value, Severity::kWarning);
  EXPECT_EQ(s.fail_on->source, "/district/cerslint.toml:9");
  ASSERT_EQ(s.severity.size(), 2u);
  for (const SeveritySetting& sev : s.severity) {
    if (sev.token == "N005") {
      EXPECT_EQ(sev.severity, Severity::kWarning);
      EXPECT_EQ(sev.source, "/district/cerslint.toml:11");
    } else {
      EXPECT_EQ(sev.token, "group-over-200-students");
      EXPECT_EQ(sev.severity, Severity::kInfo);
      EXPECT_EQ(sev.source, "/district/cerslint.toml:12");
    }
  }
  ASSERT_TRUE(s.eol && s.backup && s.unsafe_fixes);
  EXPECT_EQ(s.eol->value, Eol::kCrlf);
  EXPECT_FALSE(s.backup->value);
  EXPECT_TRUE(s.unsafe_fixes->value);
  EXPECT_EQ(s.unsafe_fixes->source, "/district/cerslint.toml:16");
}

TEST(ConfigFile, YearsAndSubjectsTakeSeveralForms) {
  EXPECT_EQ(parse_ok("years = 2025\n").settings.years->value, "2025");
  EXPECT_EQ(parse_ok("years = [2024, 2026]\n").settings.years->value, "2024,2026");
  EXPECT_EQ(parse_ok("years = \"\"\n").settings.years->value, "");  // back to the default
  EXPECT_EQ(parse_ok("subjects = \"Math, ELA\"\n").settings.subjects->value,
            (std::vector<std::string>{"Math", "ELA"}));
  EXPECT_EQ(parse_ok("schools = \"\"\n").settings.schools->value, "");  // the embedded list
  EXPECT_EQ(parse_ok("schools = \"/etc/s.txt\"\n").settings.schools->value, "/etc/s.txt");
  EXPECT_EQ(parse_ok("[fix]\neol = \"keep\"\n").settings.eol->value, Eol::kKeep);
}

TEST(ConfigFile, UnknownKeysNameFileLineAndColumnWithASuggestion) {
  EXPECT_EQ(parse_error("# district settings\nfail-on = \"error\"\nselct = [\"S\"]\n"),
            "/district/cerslint.toml:3:1: unknown key \"selct\" (did you mean \"select\"?)");
  EXPECT_EQ(parse_error("\n[fix]\n  backpu = true\n"),
            "/district/cerslint.toml:3:3: unknown key \"backpu\" in [fix] (did you mean "
            "\"backup\"?)");
  EXPECT_EQ(parse_error("[severity]\nN005 = \"info\"\nsubjects = [\"Math\"]\n"),
            "/district/cerslint.toml:3:1: \"subjects\" is read as part of [severity], the table "
            "above it; move it above the [severity] line (or into its own table)");
  EXPECT_NE(parse_error("[fix]\neol = \"lf\"\nyears = 2025\n")
                .find(":3:1: \"years\" is read as part of [fix]"),
            std::string::npos);
  EXPECT_EQ(parse_error("colour = \"red\"\n"),
            "/district/cerslint.toml:1:1: unknown key \"colour\"");
  EXPECT_EQ(parse_error("[[overrides]]\npaths = [\"a/**\"]\nroot = true\n"),
            "/district/cerslint.toml:3:1: unknown key \"root\" in [[overrides]] (it belongs at "
            "the top of the file, not in [[overrides]])");
}

TEST(ConfigFile, WrongTypesAndValuesNameWhereTheyAre) {
  EXPECT_EQ(parse_error("select = \"N005\"\n"),
            "/district/cerslint.toml:1:10: select must be an array of rule codes, names or "
            "prefixes such as [\"N005\", \"S\", \"group-\"], not a string");
  EXPECT_EQ(parse_error("ignore = [\"U003\", \"N0055\"]\n"),
            "/district/cerslint.toml:1:19: \"N0055\" matches no rule (did you mean \"N005\"?) "
            "(see `cerslint rules`)");
  EXPECT_EQ(parse_error("fail-on = \"fatal\"\n"),
            "/district/cerslint.toml:1:11: fail-on must be \"error\", \"warning\" or \"info\", "
            "not \"fatal\"");
  EXPECT_EQ(parse_error("[severity]\nN005 = \"warn\"\n"),
            "/district/cerslint.toml:2:8: the severity of \"N005\" must be \"error\", "
            "\"warning\" or \"info\", not \"warn\"");
  EXPECT_EQ(parse_error("[severity]\nN999 = \"info\"\n")
                .rfind("/district/cerslint.toml:2:1: \"N999\" matches no rule", 0),
            0u);
  EXPECT_EQ(parse_error("root = \"yes\"\n"),
            "/district/cerslint.toml:1:8: root must be true or false, not a string");
  EXPECT_EQ(parse_error("[fix]\nbackup = 1\n"),
            "/district/cerslint.toml:2:10: backup must be true or false, not a number");
  EXPECT_EQ(parse_error("[fix]\neol = \"cr\"\n"),
            "/district/cerslint.toml:2:7: eol must be \"crlf\", \"lf\" or \"keep\", not \"cr\"");
  EXPECT_NE(parse_error("years = \"2025-2016\"\n").find("cerslint.toml:1:9: years: "),
            std::string::npos);
  EXPECT_NE(parse_error("years = [2025, \"2026\"]\n").find(":1:16: years in an array"),
            std::string::npos);
  EXPECT_NE(parse_error("subjects = [\"Math\", 3]\n").find(":1:21: subjects must be"),
            std::string::npos);
  EXPECT_NE(
      parse_error("[[overrides]]\nignore = [\"U003\"]\n").find(":1:1: [[overrides]] needs paths"),
      std::string::npos);
  EXPECT_NE(parse_error("[[overrides]]\npaths = []\n").find(":2:9: paths must be"),
            std::string::npos);
}

TEST(ConfigFile, CersRulesKeepTheirSeverity) {
  const std::string err = parse_error("[severity]\nC106 = \"warning\"\n");
  EXPECT_EQ(err.substr(0, 36), "/district/cerslint.toml:2:1: \"C106\" ");
  EXPECT_NE(err.find("always error"), std::string::npos) << err;
  EXPECT_NE(parse_error("[severity]\nunknown-school = \"info\"\n").find("family C"),
            std::string::npos);
  // A prefix that names other rules too is fine: it applies to those.
  parse_ok("[severity]\nALL = \"warning\"\n");
}

TEST(ConfigFile, TomlSyntaxErrorsHaveLineAndColumn) {
  const std::string err = parse_error("select = [\"S\"\nignore = 3\n");
  EXPECT_EQ(err.rfind("/district/cerslint.toml:2:", 0), 0u) << err;
  EXPECT_NE(err.find("not valid TOML"), std::string::npos) << err;
  EXPECT_EQ(parse_error("fail-on = \"error\"\nfail-on = \"info\"\n")
                .rfind("/district/cerslint.toml:2:", 0),
            0u);
}

TEST(Suggest, ClosestKeyWithinTwoEdits) {
  EXPECT_EQ(closest_match("ignroe", {"select", "ignore"}), "ignore");
  EXPECT_EQ(closest_match("failon", {"fail-on", "fix"}), "fail-on");
  EXPECT_EQ(closest_match("colour", {"select", "ignore"}), "");
  EXPECT_EQ(closest_match("ab", {"fix"}), "");  // 2 edits of 2 letters is not a typo
}

TEST(Glob, StarStaysInAFolderDoubleStarCrossesFolders) {
  EXPECT_TRUE(glob_match("archive/**", "archive/a.csv"));
  EXPECT_TRUE(glob_match("archive/**", "archive/2019/spring/a.csv"));
  EXPECT_FALSE(glob_match("archive/**", "current/archive.csv"));
  EXPECT_FALSE(glob_match("archive/*.csv", "archive/2019/a.csv"));
  EXPECT_TRUE(glob_match("archive/*.csv", "archive/a.csv"));
  EXPECT_TRUE(glob_match("**/old/*.csv", "old/a.csv"));
  EXPECT_TRUE(glob_match("**/old/*.csv", "x/y/old/a.csv"));
  EXPECT_TRUE(glob_match("./exports/g?.csv", "exports/g1.csv"));
  EXPECT_FALSE(glob_match("exports/g?.csv", "exports/g10.csv"));
  EXPECT_TRUE(glob_match("20[12][0-9]/*.csv", "2019/a.csv"));
  EXPECT_FALSE(glob_match("20[12][0-9]/*.csv", "2031/a.csv"));
  EXPECT_TRUE(glob_match("[!a-m]*.csv", "north.csv"));
  EXPECT_FALSE(glob_match("[!a-m]*.csv", "east.csv"));
  EXPECT_TRUE(glob_match("odd[1.csv", "odd[1.csv"));  // no closing ']': a literal '['

  // No '/': the file name at any depth.
  EXPECT_TRUE(glob_match("*-2024.csv", "groups-2024.csv"));
  EXPECT_TRUE(glob_match("*-2024.csv", "a/b/groups-2024.csv"));
  EXPECT_FALSE(glob_match("*-2024.csv", "groups-2024.csv.bak"));
  // Outside the config file's folder an anchored pattern never matches.
  EXPECT_FALSE(glob_match("**/*.csv", "../elsewhere/a.csv"));
}

// A temporary folder tree, removed at the end of the test.
class TempTree {
 public:
  TempTree() {
    std::string templ = (fs::temp_directory_path() / "cerslint_config_XXXXXX").string();
    root_ = ::mkdtemp(templ.data());
  }
  ~TempTree() { fs::remove_all(root_); }
  fs::path write(const std::string& relative, const std::string& text) const {
    const fs::path p = root_ / relative;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  fs::path path(const std::string& relative) const { return root_ / relative; }

 private:
  fs::path root_;
};

TEST(Discovery, NearestFirstStoppingAtRoot) {
  TempTree t;
  t.write("cerslint.toml", "years = \"2020\"\n");  // above the root below: never used
  const fs::path outer = t.write("district/cerslint.toml",
                                 "root = true\nyears = \"2024-2026\"\nignore = [\"U003\"]\n");
  const fs::path inner = t.write("district/schools/a/cerslint.toml",
                                 "years = \"2026\"\n[severity]\nN005 = \"warning\"\n");
  fs::create_directories(t.path("district/schools/a/deep"));
  ConfigFinder finder = ConfigFinder::discovering();
  auto chain = finder.chain_for_dir(t.path("district/schools/a/deep").string());
  ASSERT_TRUE(chain) << chain.error().message;
  ASSERT_EQ(chain.value()->size(), 2u);
  EXPECT_EQ(chain.value()->at(0)->path, inner.string());
  EXPECT_EQ(chain.value()->at(1)->path, outer.string());

  const Effective e = resolve(**chain, t.path("district/schools/a/deep/g.csv").string(), {});
  EXPECT_EQ(e.years.value, "2026");  // nearest wins
  EXPECT_EQ(e.years.source, inner.string() + ":1");
  EXPECT_EQ(e.ignore.tokens, (std::vector<std::string>{"U003"}));  // farther, not overridden
  EXPECT_EQ(e.ignore.source(), outer.string() + ":3");
  ASSERT_EQ(e.severity.size(), 1u);
  EXPECT_EQ(e.severity[0].rule->meta->code, "N005");
  EXPECT_EQ(e.severity[0].severity.source, inner.string() + ":3");
  EXPECT_EQ(e.fail_on.source, "default");
  EXPECT_EQ(e.files, (std::vector<std::string>{inner.string(), outer.string()}));

  // A sibling folder shares the parent's parsed file, and its chain is cached.
  auto sibling = finder.chain_for_dir(t.path("district/schools/b").string());
  ASSERT_TRUE(sibling);
  ASSERT_EQ(sibling.value()->size(), 1u);
  EXPECT_EQ(sibling.value()->at(0).get(), chain.value()->at(1).get());
  EXPECT_EQ(finder.chain_for_dir(t.path("district/schools/b/").string()).value(), sibling.value());
}

TEST(Discovery, ExplicitFileOrNone) {
  TempTree t;
  t.write("cerslint.toml", "years = \"2020\"\n");
  const fs::path other = t.write("elsewhere/custom.toml", "years = \"2021\"\n");
  ConfigFinder only(ConfigFinder::Mode::kExplicit, other.string());
  auto chain = only.chain_for_dir(t.path("").string());
  ASSERT_TRUE(chain);
  ASSERT_EQ(chain.value()->size(), 1u);
  EXPECT_EQ(chain.value()->at(0)->path, other.string());
  ConfigFinder isolated(ConfigFinder::Mode::kIsolated, "");
  EXPECT_TRUE(isolated.chain_for_dir(t.path("").string()).value()->empty());
  ConfigFinder missing(ConfigFinder::Mode::kExplicit, t.path("nope.toml").string());
  EXPECT_FALSE(missing.chain_for_dir(t.path("").string()));
}

TEST(Discovery, ABadFileIsAnErrorWithItsPath) {
  TempTree t;
  const fs::path bad = t.write("d/cerslint.toml", "root = true\nignore = [\"U03\"]\n");
  ConfigFinder finder = ConfigFinder::discovering();
  auto chain = finder.chain_for_input(t.path("d/g.csv").string());
  ASSERT_FALSE(chain);
  EXPECT_EQ(chain.error().message.rfind(bad.string() + ":2:11: \"U03\" matches no rule", 0), 0u)
      << chain.error().message;
}

TEST(Resolve, OverridesApplyInOrderToMatchingFilesAfterTheirFile) {
  TempTree t;
  const fs::path cfg = t.write("d/cerslint.toml",
                               "root = true\n"
                               "fail-on = \"warning\"\n"
                               "ignore = [\"U003\"]\n"
                               "[[overrides]]\n"
                               "paths = [\"archive/**\"]\n"
                               "fail-on = \"error\"\n"
                               "extend-ignore = [\"N\"]\n"
                               "[[overrides]]\n"
                               "paths = [\"*-2024.csv\"]\n"
                               "fail-on = \"info\"\n"
                               "fix.unsafe-fixes = true\n"  // [fix] here would be the file's
                               "[overrides.severity]\n"     // a table of this block
                               "N005 = \"info\"\n");
  ConfigFinder finder = ConfigFinder::discovering();
  auto chain = finder.chain_for_dir(t.path("d").string());
  ASSERT_TRUE(chain) << chain.error().message;
  const std::string c = cfg.string();

  const Effective plain = resolve(**chain, t.path("d/current.csv").string(), {});
  EXPECT_EQ(plain.fail_on.value, Severity::kWarning);
  EXPECT_FALSE(plain.unsafe_fixes.value);
  EXPECT_EQ(plain.ignore.tokens, (std::vector<std::string>{"U003"}));

  const Effective archived = resolve(**chain, t.path("d/archive/2023/g.csv").string(), {});
  EXPECT_EQ(archived.fail_on.value, Severity::kError);
  EXPECT_EQ(archived.fail_on.source, c + ":6");
  EXPECT_EQ(archived.ignore.tokens, (std::vector<std::string>{"U003", "N"}));
  EXPECT_EQ(archived.ignore.source(), c + ":3, " + c + ":7");

  // Both blocks match: the later one wins where they overlap.
  const Effective both = resolve(**chain, t.path("d/archive/groups-2024.csv").string(), {});
  EXPECT_EQ(both.fail_on.value, Severity::kInfo);
  EXPECT_TRUE(both.unsafe_fixes.value);
  EXPECT_EQ(both.unsafe_fixes.source, c + ":11");
  ASSERT_EQ(both.severity.size(), 1u);
  EXPECT_EQ(both.severity[0].severity.source, c + ":13");
  EXPECT_TRUE(plain.severity.empty());

  // A folder has no overrides; equal keys mean equal settings.
  EXPECT_EQ(resolve(**chain, t.path("d/archive").string(), {}, true).fail_on.value,
            Severity::kWarning);
  EXPECT_EQ(override_key(**chain, t.path("d/a.csv").string()),
            override_key(**chain, t.path("d/b.csv").string()));
  EXPECT_NE(override_key(**chain, t.path("d/a.csv").string()),
            override_key(**chain, t.path("d/a-2024.csv").string()));
  EXPECT_EQ(resolve(**chain, "-", {}).fail_on.value, Severity::kWarning);  // stdin: no name
}

TEST(Resolve, CommandLineWinsAndExtendAddsToNonDefaultSelect) {
  ConfigFile file = parse_ok("select = [\"S\"]\nextend-select = [\"Y\"]\nignore = [\"S001\"]\n");
  Chain chain{std::make_shared<const ConfigFile>(file)};
  Layer cli;
  cli.ignore = Sourced<std::vector<std::string>>{{"S002"}, "command line (--ignore)"};
  const Effective e = resolve(chain, "/district/g.csv", cli);
  EXPECT_EQ(e.select.tokens, (std::vector<std::string>{"S", "Y"}));
  EXPECT_EQ(e.select.source(), "/district/cerslint.toml:1, /district/cerslint.toml:2");
  EXPECT_EQ(e.ignore.tokens, (std::vector<std::string>{"S002"}));
  EXPECT_EQ(e.ignore.source(), "command line (--ignore)");

  // With every rule selected, extend-select changes nothing.
  ConfigFile only_extend = parse_ok("extend-select = [\"Y\"]\n");
  const Effective all = resolve({std::make_shared<const ConfigFile>(only_extend)}, "-", {});
  EXPECT_TRUE(all.select.tokens.empty());
  EXPECT_EQ(all.select.source(), "default");
}

TEST(Resolve, ExactSeverityBeatsPrefixWhateverTheOrder) {
  ConfigFile file = parse_ok("[severity]\nN005 = \"error\"\nN = \"info\"\nALL = \"warning\"\n");
  const Effective e = resolve({std::make_shared<const ConfigFile>(file)}, "-", {});
  std::map<std::string_view, Severity> by_code;
  for (const RuleSeverity& r : e.severity) by_code[r.rule->meta->code] = r.severity.value;
  EXPECT_EQ(by_code["N005"], Severity::kError);
  EXPECT_EQ(by_code["N001"], Severity::kInfo);
  EXPECT_EQ(by_code["S001"], Severity::kWarning);
  EXPECT_EQ(by_code.count("C106"), 0u);  // CERS's own rules are never changed
}

TEST(Show, EveryValueWithItsSourceAndTheFilesUsed) {
  ConfigFile file = parse_ok("ignore = [\"U003\"]\n[severity]\nN005 = \"warning\"\n");
  Layer cli;
  cli.select = Sourced<std::vector<std::string>>{{"N", "U"}, "command line (--select)"};
  const Effective e = resolve({std::make_shared<const ConfigFile>(file)}, "/district/g.csv", cli);
  const std::string text = render(e, "/district/g.csv");
  EXPECT_NE(text.find("select = [\"N\", \"U\"]  # from command line (--select)\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("ignore = [\"U003\"]  # from /district/cerslint.toml:1\n"),
            std::string::npos);
  EXPECT_NE(text.find("severity.N005 = \"warning\"  # from /district/cerslint.toml:3\n"),
            std::string::npos);
  EXPECT_NE(text.find("schools = \"\"  # from default (the embedded CDE directory)\n"),
            std::string::npos);
  EXPECT_NE(text.find("subjects = [\"Math\", \"ELA\", \"ELPAC\"]  # from default\n"),
            std::string::npos);
  EXPECT_NE(text.find("fix.eol = \"keep\"  # from default\n"), std::string::npos);
  EXPECT_NE(text.find("# configuration files used, nearest first:\n#   /district/cerslint.toml\n"),
            std::string::npos);
  EXPECT_EQ(toml_quote("a\"b\\c\td"), "\"a\\\"b\\\\c\\u0009d\"");
}

TEST(Show, OutputIsItselfAValidConfigFile) {
  ConfigFile file =
      parse_ok("years = [2024, 2025]\n[severity]\nN005 = \"warning\"\n[fix]\neol = \"lf\"\n");
  const std::string text =
      render(resolve({std::make_shared<const ConfigFile>(file)}, "-", {}), "standard input");
  auto again = parse_config_text(text, kPath);
  ASSERT_TRUE(again) << again.error().message << "\n" << text;
  EXPECT_EQ(again->settings.years->value, "2024,2025");
  EXPECT_EQ(again->settings.eol->value, Eol::kLf);
  ASSERT_EQ(again->settings.severity.size(), 1u);
  EXPECT_EQ(again->settings.severity[0].severity, Severity::kWarning);
}

}  // namespace
}  // namespace cerslint::config
