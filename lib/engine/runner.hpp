// Runs one file through the pipeline: reader -> CERS validator + lint rules -> findings sink.
// One pass, records in order, nothing kept per row: memory does not depend on file size.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cers/validator.hpp"
#include "engine/finding.hpp"
#include "engine/rule.hpp"
#include "engine/rule_context.hpp"
#include "reader/csv_reader.hpp"
#include "util/result.hpp"

namespace cerslint::engine {

struct CheckOptions {
  const cers::Config* cers = nullptr;  // required
  // Rules whose findings are reported (CERS-exact and lint alike); nullopt = every rule.
  std::optional<std::vector<const RuleEntry*>> selected;
  std::int32_t current_year = 0;  // today's school end year, for "year far from now" (0: skip)
  bool collect_findings = true;  // false: only the CERS verdict is wanted (--format cers)
  // Rules whose severity the configuration changes (cerslint.toml [severity]); every other rule
  // keeps RuleMeta's. Findings and FileReport::counts carry the severity stamped from here.
  std::vector<std::pair<const RuleMeta*, Severity>> severity_overrides;
  // Called every kProgressEvery records with the bytes read and records so far (a progress
  // display); empty: never. A power of two: the hot loop pays one mask test per record.
  std::function<void(std::uint64_t bytes, std::uint64_t records)> progress;
  static constexpr std::uint64_t kProgressEvery = 1u << 16;
  // Hand the sink only each rule's first `report_limit` findings of a file (0: all of them);
  // the rest are counted (FileReport::counts, ::unreported) but never formatted. For a reporter
  // that shows only that many anyway: on a file where every row is bad, formatting and ordering
  // findings nobody sees was most of the run time.
  std::uint64_t report_limit = 0;
  // Read, tokenize and track rows on a second thread while this one checks them (--jobs with
  // a core to spare): the same findings in the same order, 1.1-1.6x as fast when lint rules
  // run. Without lint rules (collect_findings false) there is too little to split.
  bool reading_thread = false;
  // Record bytes per batch handed between the threads (ReadingThread). Tests make it tiny, so
  // that every few records cross over in a batch of their own.
  std::size_t reading_batch_bytes = 256 << 10;
};

struct FileReport {
  std::string path;
  cers::Verdict verdict;
  std::uint64_t records = 0;  // data records (the header excluded)
  std::uint64_t bytes = 0;
  std::uint64_t counts[3] = {0, 0, 0};  // findings by Severity
  // Findings counted but not handed to the sink (CheckOptions::report_limit), per rule.
  std::vector<std::pair<const RuleMeta*, std::uint64_t>> unreported;
  std::optional<Error> error;           // I/O failure: the verdict is meaningless
};

FileReport check(reader::CsvReader& reader, const CheckOptions& options, FindingSink& sink);

}  // namespace cerslint::engine
