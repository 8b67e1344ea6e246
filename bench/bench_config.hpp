// The CERS configuration every benchmark uses: the embedded directory and a fixed "today"
// (April 2026) rather than the clock, so the verdict and the work done do not change with the
// date the benchmark happens to run on.
#pragma once

#include "cers/defaults.hpp"
#include "cers/validator.hpp"
#include "directory/school_directory.hpp"

namespace cerslint::bench {

inline const cers::Config& fixed_cers_config() {
  static const directory::PermittedSchools schools =
      directory::PermittedSchools::from_embedded_directory();
  static const cers::Config config{&schools, cers::default_years(2026, 4),
                                   cers::default_subjects()};
  return config;
}

}  // namespace cerslint::bench
