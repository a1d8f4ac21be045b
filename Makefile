# The two commands of the README:
#   make run    install what is missing, build, serve on the embedded SQLite
#   make test   install what is missing (with MariaDB), build, run every test
BUILD    ?= build
JOBS     ?= $(shell nproc)
LISTEN   ?= 127.0.0.1:50051
DB       ?= sqlite:var/frontdesk.db

.PHONY: all deps test-deps configure build run test bench bench-roster bench-reports clean

all: build

deps:
	deploy/install-deps.sh

test-deps:
	deploy/install-deps.sh --test

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: $(BUILD)/build.ninja

build: configure
	cmake --build $(BUILD) -j $(JOBS)

run: deps
	$(MAKE) build
	@echo
	@echo "frontdeskd on $(LISTEN), database $(DB)."
	@echo "In another terminal:"
	@echo "  export PATH=$$PWD/$(BUILD)/clients/cli:\$$PATH"
	@echo "  frontdesk site list     # uses the admin token written on first start"
	@echo
	$(BUILD)/server/frontdeskd --listen $(LISTEN) --db $(DB)

test: test-deps
	$(MAKE) build
	tests/with_mariadb.sh ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

bench: test-deps
	$(MAKE) build
	tests/bench/run_bench.sh $(BUILD)

bench-roster: test-deps
	$(MAKE) build
	tests/bench/run_roster_bench.sh $(BUILD)

bench-reports: test-deps
	$(MAKE) build
	tests/bench/run_report_bench.sh $(BUILD)

clean:
	rm -rf $(BUILD)
