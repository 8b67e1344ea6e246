// F001: CERS decodes the upload as UTF-8 and silently turns every malformed byte into U+FFFD.
// One finding per file, at the first bad byte, naming the likely encoding (ICU, on a bounded
// sample of bad lines) and what the byte was; the count of affected lines comes with it.
#include "rules/F001_not_utf8/rule.hpp"

#include "engine/rule_context.hpp"
#include "text/java_text.hpp"
#include "values/encoding.hpp"
#include "values/file_format.hpp"

namespace cerslint::rules::f001 {
namespace {

constexpr std::size_t kSampleBytes = 8192;  // bad lines handed to ICU's detector
constexpr std::size_t kValueBytes = 512;    // the first bad value, for the message

bool is_utf16_bom(reader::Bom b) { return b == reader::Bom::kUtf16Le || b == reader::Bom::kUtf16Be; }

class NotUtf8 final : public engine::Rule {
 public:
  engine::Subscriptions subscriptions() const override { return {.rows = engine::trait::kNonAscii}; }

  void on_header(const reader::Record& header, const engine::ColumnMap& columns,
                 engine::RuleContext& ctx) override {
    if (is_utf16_bom(ctx.file().bom)) {  // F002's business
      off_ = true;
      return;
    }
    const auto order = values::looks_like_utf16(header.raw(), header.offset());
    if (order != values::Utf16Order::kNone) {
      off_ = true;
      const bool le = order == values::Utf16Order::kLittleEndian;
      ctx.report(
          kMeta, header, -1,
          [&](std::string& out) {
            engine::append_format(out,
                           "File is UTF-16{} without a byte order mark, not UTF-8: CERS reads a "
                           "NUL character between every two letters of the header",
                           le ? "LE" : "BE");
          },
          "Excel's \"Unicode Text\" format and some export tools write UTF-16, which CERS cannot "
          "read: it rejects the header and the file. In Excel, use File > Save As and choose "
          "\"CSV UTF-8 (Comma delimited) (*.csv)\"; or run `cerslint fix`, which converts the "
          "file to UTF-8.");
      return;
    }
    columns_ = columns.index;
    check(header);
  }

  void on_row(const engine::Row& row, engine::RuleContext&) override {
    if (!off_) check(row.record());
  }

  void on_end(engine::RuleContext& ctx) override {
    if (off_ || bad_lines_ == 0) return;
    const values::EncodingGuess guess = values::guess_encoding(sample_);
    const std::string was = values::decode_to_utf8(bad_bytes_, guess.icu_name);
    const std::string intended = values::decode_to_utf8(value_, guess.icu_name);
    const std::string cers = text::to_valid_utf8(value_);
    ctx.report_at(
        kMeta, where_,
        [&](std::string& out) {
          engine::append_format(out, "{} {} is not UTF-8 ({}\"{}\" in {}): CERS "
                         "will read {} \"{}\" as \"{}\"",
                         bad_bytes_.size() == 1 ? "Byte" : "Bytes", values::hex_bytes(bad_bytes_),
                         guess.confident ? "" : "probably ", was, guess.label, label_, intended,
                         cers);
          if (bad_lines_ > 1) {
            engine::append_format(out, "; {} lines have such bytes", bad_lines_);
          }
        },
        hint_for(guess));
  }

 private:
  std::string_view hint_for(const values::EncodingGuess& guess) {
    hint_.clear();
    if (guess.icu_name == "windows-1252") {
      hint_ = "The file was saved as Windows-1252 (Excel's plain \"CSV (Comma delimited)\" on "
              "Windows), but CERS reads UTF-8 and stores each such character as the replacement "
              "character \xEF\xBF\xBD: names with accents or smart quotes are garbled, and a "
              "later correct upload makes a second group. In Excel, use File > Save As and "
              "choose \"CSV UTF-8 (Comma delimited) (*.csv)\"; or run `cerslint fix`, which "
              "converts the file from Windows-1252 to UTF-8.";
    } else {
      hint_ = fmt::format(
          "The file looks like {}, but CERS reads UTF-8 and stores each such character as the "
          "replacement character \xEF\xBF\xBD, so the values are garbled. Save the file as "
          "UTF-8 (in Excel: File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\"); "
          "`cerslint fix` converts it when it is Windows-1252.",
          guess.label);
    }
    return hint_;
  }

  void check(const reader::Record& rec) {
    const std::string_view raw = rec.raw();
    if (!values::has_non_ascii(raw)) return;
    const auto err = values::first_utf8_error(raw);
    if (!err) return;
    ++bad_lines_;
    if (sample_.size() < kSampleBytes) {
      sample_.append(raw.substr(0, kSampleBytes - sample_.size()));
      sample_ += '\n';
    }
    if (bad_lines_ > 1) return;
    // The first bad line: remember the byte, its field and where it is.
    bad_bytes_.assign(raw.substr(err->offset, err->length));
    const auto pos = rec.position_of(err->offset);
    where_ = engine::Location{rec.index(), pos.line, pos.column, rec.offset() + err->offset};
    int field = static_cast<int>(rec.size()) - 1;
    for (std::size_t i = 0; i < rec.size(); ++i) {
      if (err->offset < rec.field(i).raw_end || i + 1 == rec.size()) {
        field = static_cast<int>(i);
        break;
      }
    }
    const std::string_view value = field >= 0 ? rec.value(static_cast<std::size_t>(field)) : raw;
    value_.assign(value.substr(0, kValueBytes));
    label_ = rec.index() == 0 ? std::string("header name") : values::column_label(columns_, field);
  }

  bool off_ = false;
  std::array<int, 6> columns_ = {-1, -1, -1, -1, -1, -1};
  std::uint64_t bad_lines_ = 0;
  std::string sample_;
  std::string bad_bytes_;
  std::string value_;
  std::string label_;
  std::string hint_;
  engine::Location where_;
};

}  // namespace

std::unique_ptr<engine::Rule> make() { return std::make_unique<NotUtf8>(); }

}  // namespace cerslint::rules::f001
