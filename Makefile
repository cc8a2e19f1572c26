# mpsandbox top-level commands. On a fresh Debian 12 machine:
#   make run    set up, build everything, run the demo
#   make test   set up, build everything, run every test (ctest)
#   make conformance  MicroPython's own test suite in the sandbox vs the native build
#   make install PREFIX=/usr/local [DESTDIR=stage]  the CLI, library, headers, mpsandbox.pc
#   make wheel  the Python package as build/dist/mpsandbox-VERSION-cpXY-cpXY-PLATFORM.whl
BUILD ?= build
TSAN_BUILD ?= build-tsan
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=RelWithDebInfo
PREFIX ?= /usr/local

.PHONY: all setup build run test install wheel conformance compat cpython-tests test-tsan bench clean

all: build

setup:
	scripts/setup $(BUILD)

build: setup
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS) -DMPSANDBOX_DEPS_DIR=$(abspath $(BUILD))/deps
	cmake --build $(BUILD) -j$(JOBS)

run: build
	$(BUILD)/mpsandbox examples/demo.py || true
	@echo
	@echo "--- the same program's exit status: 1 (the demo ends with an uncaught exception)"

test: build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

# $(PREFIX)/bin/mpsandbox, $(PREFIX)/lib/libmpsandbox.a, $(PREFIX)/include/mpsandbox/*.h and
# $(PREFIX)/lib/pkgconfig/mpsandbox.pc; DESTDIR stages them (the .pc file names PREFIX).
install: build
	DESTDIR="$(abspath $(DESTDIR))" cmake --install $(BUILD) --prefix $(abspath $(PREFIX))

# The Python package (both APIs, the mpsandbox and micropython-wasm commands) as a wheel for
# this Python and platform, built offline: $(BUILD)/dist/mpsandbox-*.whl.
wheel: build
	cmake --build $(BUILD) --target mpsandbox_wheel

# MicroPython's tests in the sandbox and on build/native/micropython: a table per
# directory and conformance/results.json (docs/COMPATIBILITY.md).
conformance: build
	python3 tools/conformance/run.py --build $(BUILD)

# The compatibility corpus (compat/corpus) in the sandbox and in CPython 3.11: a table by
# category (same / error / wrong), written to compat/results.json and docs/COMPATIBILITY.md.
compat: build
	python3 tools/compat/run.py --build $(BUILD) --results compat/results.json --docs

# CPython's own tests (Debian's libpython3.11-testsuite) for the modules the guest ships, in
# the sandbox: pass rate per module (of the tests CPython passes), written to
# compat/cpython-tests.json; the commonest causes of failure are listed.
cpython-tests: build
	python3 tools/cpytests/run.py --build $(BUILD) --json compat/cpython-tests.json --markdown

# Performance table (bench/perf_bench.cc), also written to bench/results/latest.json,
# then the rollback and stop-latency details.
bench: build
	cmake --build $(BUILD) -j$(JOBS) --target mpsandbox_benchmarks
	$(BUILD)/mpsandbox_bench --build $(BUILD) --json bench/results/latest.json
	@echo
	$(BUILD)/mpsandbox_bench_rollback
	@echo
	$(BUILD)/mpsandbox_bench_limits
	@echo
	$(BUILD)/mpsandbox_bench_server $(BUILD)/mpsandbox
	@echo
	/usr/bin/python3 bench/programs/run.py "mpsandbox=$(BUILD)/mpsandbox --fuel 100000000000000 --timeout 0" \
	  "native=$(BUILD)/native/micropython" "cpython=/usr/bin/python3"

# The fuzz targets for longer than make test's 15-20 seconds each; findings land in build/fuzz.
FUZZ_SECONDS ?= 600
fuzz: build
	mkdir -p $(BUILD)/fuzz/corpus $(BUILD)/fuzz/json-corpus
	cd $(BUILD)/fuzz && ../mpsandbox_fuzz_wasi -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 corpus
	cd $(BUILD)/fuzz && ../mpsandbox_fuzz_json -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -dict=$(abspath tests/fuzz/json.dict) json-corpus
	mkdir -p $(BUILD)/fuzz/json-host-corpus $(BUILD)/fuzz/session-corpus
	cd $(BUILD)/fuzz && ../mpsandbox_fuzz_json_host -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -dict=$(abspath tests/fuzz/json.dict) json-host-corpus $(abspath tests/fuzz/json_host_seeds)
	cd $(BUILD)/fuzz && ../mpsandbox_fuzz_session -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -handle_segv=0 -rss_limit_mb=2048 -timeout=30 \
	  -dict=$(abspath tests/fuzz/session.dict) session-corpus $(abspath tests/fuzz/session_seeds)
	mkdir -p $(BUILD)/fuzz/snapshot-corpus
	cd $(BUILD)/fuzz && ../mpsandbox_fuzz_snapshot -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	  -rss_limit_mb=2048 snapshot-corpus $(abspath tests/fuzz/snapshot_seeds)

# ThreadSanitizer build of the library and tests, in its own tree.
test-tsan: setup
	cmake -S . -B $(TSAN_BUILD) $(CMAKE_FLAGS) -DMPSANDBOX_SANITIZE=thread \
	  -DMPSANDBOX_DEPS_DIR=$(abspath $(BUILD))/deps
	cmake --build $(TSAN_BUILD) -j$(JOBS) --target mpsandbox_tests mpsandbox_runtime_tests
	# Snapshots use SIGSEGV on purpose: let our handler see it.
	cd $(TSAN_BUILD) && TSAN_OPTIONS="handle_segv=0 allow_user_segv_handler=1" \
	  ctest --output-on-failure -L unit -j$(JOBS)

clean:
	rm -rf $(BUILD) $(TSAN_BUILD)
