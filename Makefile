# Entry points for people and CI. Each target installs what is missing (scripts/bootstrap),
# configures with the CMake preset and builds before doing its job.
PRESET ?= default
BUILD  := build/$(PRESET)
JOBS   ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: all bootstrap configure build demo test clean

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

test: build
	@ctest --preset $(PRESET) -j $(JOBS)

clean:
	rm -rf build
