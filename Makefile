# Entry points for people and CI. Each target installs what is missing (scripts/bootstrap),
# configures with the CMake preset and builds before doing its job.
PRESET ?= default
BUILD  := build/$(PRESET)
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all bootstrap configure build demo test test-asan fuzz clean

all: build

bootstrap:
	@scripts/bootstrap

configure: bootstrap
	@cmake --preset $(PRESET) >/dev/null

build: configure
	@cmake --build --preset $(PRESET) -j $(JOBS)

# Checks the shipped example district file. It contains typical Excel mistakes on purpose, so
# cerslint reports findings and exits 1; the demo succeeds when that is what happens.
demo: build
	@scripts/demo $(BUILD)/tools/cerslint/cerslint

# The suite with g++-12, then again under ASan + UBSan with clang-14 (the `asan` preset), which
# also runs each libFuzzer target on a fixed sequence of new inputs (CERSLINT_FUZZ_SMOKE_RUNS).
test: build
	@ctest --preset $(PRESET) -j $(JOBS)
	@$(MAKE) --no-print-directory test-asan

test-asan: bootstrap
	@cmake --preset asan >/dev/null
	@cmake --build --preset asan -j $(JOBS)
	@ctest --preset asan -j $(JOBS)

# Runs each fuzz target (tools/fuzz: reader, check, fix, xlsx) for FUZZ_SECONDS with clang-14's
# libFuzzer, ASan and UBSan, then prints executions and crashes per target (scripts/fuzz).
FUZZ_SECONDS ?= 300
fuzz: bootstrap
	@cmake --preset fuzz >/dev/null
	@cmake --build --preset fuzz -j $(JOBS) --target fuzz_reader fuzz_check fuzz_fix fuzz_xlsx
	@scripts/fuzz $(FUZZ_SECONDS)

clean:
	rm -rf build
