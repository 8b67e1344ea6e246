#include "report/github_reporter.hpp"

#include <string_view>

namespace cerslint::report {
namespace {

std::string_view command(engine::Severity s) {
  switch (s) {
    case engine::Severity::kError:
      return "::error ";
    case engine::Severity::kWarning:
      return "::warning ";
    case engine::Severity::kInfo:
      return "::notice ";
  }
  return "::error ";
}

void append_number(std::uint64_t n, std::string& out) { out += std::to_string(n); }

}  // namespace

// GitHub's runner un-escapes %25, %0D, %0A in data, and also %3A, %2C in properties (where ':'
// and ',' would end the value).
static void append_github_escaped(std::string_view s, std::string& out, bool property) {
  for (char c : s) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else if (property && c == ':') {
      out += "%3A";
    } else if (property && c == ',') {
      out += "%2C";
    } else {
      out += c;
    }
  }
}

void append_github_data(std::string_view s, std::string& out) { append_github_escaped(s, out, false); }

void append_github_property(std::string_view s, std::string& out) {
  append_github_escaped(s, out, true);
}

void GithubReporter::write() { write_out(buf_, out_); }

void GithubReporter::begin_file(const std::string& path) {
  path_ = path;
  folded_.clear();
  folded_index_.clear();
  verdicts_.begin_file(path);
}

void GithubReporter::on_finding(const engine::Finding& f) {
  int& shown = shown_[static_cast<int>(f.severity)];
  if (shown >= kShownPerKind) {
    auto [it, inserted] = folded_index_.try_emplace(f.rule, folded_.size());
    if (inserted) folded_.push_back({f.rule, f.severity, 0, {}});
    Folded& fold = folded_[it->second];
    ++fold.count;
    if (f.location.line > 0 && fold.lines.size() < kListedLines &&
        (fold.lines.empty() || fold.lines.back() != f.location.line)) {
      fold.lines.push_back(f.location.line);
    }
    return;
  }
  ++shown;
  buf_ += command(f.severity);
  buf_ += "file=";
  append_github_property(path_, buf_);
  if (f.location.line > 0) {
    buf_ += ",line=";
    append_number(f.location.line, buf_);
    if (f.location.column > 0) {
      buf_ += ",col=";
      append_number(f.location.column, buf_);
    }
  }
  buf_ += ",title=";
  std::string title(f.rule->code);
  title += ' ';
  title += f.rule->name;
  title += " (row ";
  title += std::to_string(f.location.row);
  title += ')';
  append_github_property(title, buf_);
  buf_ += "::";
  // As in the text format, control characters and invalid bytes are made visible (\n, \x00):
  // the only line breaks in the annotation are the one before the hint.
  std::string text = escape_for_terminal(f.message);
  if (!f.hint.empty()) {
    text += '\n';
    append_escaped(f.hint, text);
  }
  append_github_data(text, buf_);
  buf_ += '\n';
  write();
}

void GithubReporter::end_file(const engine::FileReport& r) {
  for (const Folded& fold : folded_) {
    buf_ += command(fold.severity);
    buf_ += "file=";
    append_github_property(path_, buf_);
    if (!fold.lines.empty()) {
      buf_ += ",line=";
      append_number(fold.lines.front(), buf_);
    }
    buf_ += ",title=";
    std::string title(fold.rule->code);
    title += ' ';
    title += fold.rule->name;
    title += " (" + std::to_string(fold.count) + " more)";
    append_github_property(title, buf_);
    buf_ += "::";
    std::string text = std::to_string(fold.count) + " more " + std::string(fold.rule->code) +
                       (fold.count == 1 ? " finding in " : " findings in ") +
                       escape_for_terminal(path_);
    if (!fold.lines.empty()) {
      text += fold.lines.size() == 1 ? ", at line " : ", first at lines ";
      for (std::size_t i = 0; i < fold.lines.size(); ++i) {
        if (i > 0) text += ", ";
        text += std::to_string(fold.lines[i]);
      }
    }
    text += " (GitHub shows only 10 annotations of a kind; run cerslint check for all)";
    append_github_data(text, buf_);
    buf_ += '\n';
  }
  if (r.error) {
    buf_ += "::error file=";
    append_github_property(path_, buf_);
    buf_ += ",title=cerslint::";
    append_github_data("could not be checked: " + escape_for_terminal(r.error->message), buf_);
    buf_ += '\n';
  }
  write();
  if (!r.error) verdicts_.end_file(r);
}

void GithubReporter::finish(const RunTotals& totals) {
  if (totals.files > 1) {
    verdicts_.total(totals.files, totals.counts[2], totals.counts[1], totals.counts[0]);
  }
}

}  // namespace cerslint::report
