# privicon - GNU make build.
#
#   make            build the library (static and shared) and the CLI
#   make test       the quick suite (unit and case tests; no browser, no valgrind)
#   make check      build and run the whole test suite, sanitizer build included
#   make demo       install missing build dependencies, build, render examples/,
#                   install privicon (root: PREFIX; others: ~/.local)
#   make deps       install missing build dependencies (apt-get, as root)
#   make test-deps  install the test tools make check needs (also run by it)
#   make install    PREFIX=/usr/local DESTDIR=
#   make uninstall / clean

# `make` alone builds everything (the flavour rules below would otherwise
# make their first target the default).
.DEFAULT_GOAL := all

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
LIBDIR = $(PREFIX)/lib
INCDIR = $(PREFIX)/include
MANDIR = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share/privicon
PKGDIR = $(LIBDIR)/pkgconfig

VERSION = $(shell sed -n 's/^\#define PRIVICON_VERSION "\(.*\)"/\1/p' include/privicon.h)
SONAME_MAJOR = 0

CC ?= cc
PKGS = libxml-2.0 jansson cairo pangocairo librsvg-2.0 libpng glib-2.0 libqrencode
PKGS += libzip
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
# Spreadsheets (issue 13): libxlsxwriter ships xlsxwriter.pc in some
# distributions only, and libcsv has none; plain -l flags where it lacks.
XLSX_CFLAGS := $(shell pkg-config --cflags xlsxwriter 2>/dev/null)
XLSX_LIBS := $(shell pkg-config --libs xlsxwriter 2>/dev/null || echo -lxlsxwriter)
CSV_LIBS = -lcsv

WARN = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wno-unused-parameter
CFLAGS ?= -O2 -g
# The library sees its own tree (headers named by folder, "model/model.h")
# and the public include directory; the CLI, the fuzzers and the bench see
# the public include directory only, so the compiler keeps them on the
# public API.
BASE_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS) -MMD -MP
ALL_CFLAGS = $(BASE_CFLAGS) -Isrc -Iinclude -I$(B)/gen $(PKG_CFLAGS) $(XLSX_CFLAGS)
PUB_CFLAGS = $(BASE_CFLAGS) -Iinclude $(PKG_CFLAGS)
LDLIBS = $(PKG_LIBS) $(XLSX_LIBS) $(CSV_LIBS) -lm -pthread

SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -g

# ---- sources ----------------------------------------------------------
# One folder per pipeline step; `ls src` reads as the pipeline.
LIB_DIRS = util model load rules notice render opendata diff site sheet
LIB_SRC = $(sort $(foreach d,$(LIB_DIRS),$(wildcard src/$(d)/*.c)))
CLI_SRC = $(sort $(wildcard src/cli/*.c))
UNIT_SRC = $(sort $(wildcard tests/unit/test_*.c))
ICON_FILES = $(sort $(wildcard icons/*.svg))
RESOURCE_FILES = schemas/register.xsd $(wildcard icons/catalogue.json) $(ICON_FILES) \
                 $(wildcard data/*.tsv) themes/default.json

# B is the build directory; several builds can share a tree with B=other.
B ?= build
GEN_RES = $(B)/gen/resource_data.c

# Each build flavour lives in its own directory: build/ (release) and
# build/asan/ (AddressSanitizer + UndefinedBehaviorSanitizer).
define flavour
$(1)/lib/%.o: src/%.c
	@mkdir -p $$(dir $$@)
	$$(CC) $$(ALL_CFLAGS) $(2) -fPIC -fvisibility=hidden -c -o $$@ $$<
$(1)/lib/resource_data.o: $$(GEN_RES)
	@mkdir -p $$(dir $$@)
	$$(CC) -std=c11 -O0 -fPIC -fvisibility=hidden -c -o $$@ $$<
$(1)/lib/util/resource.o: $$(GEN_RES)
$(1)/cli/%.o: src/cli/%.c
	@mkdir -p $$(dir $$@)
	$$(CC) $$(PUB_CFLAGS) $(2) -c -o $$@ $$<
$(1)/unit/%.o: tests/unit/%.c
	@mkdir -p $$(dir $$@)
	$$(CC) $$(ALL_CFLAGS) $(2) -DSOURCE_DIR='"$$(CURDIR)"' -c -o $$@ $$<
$(1)/libprivicon.a: $$(patsubst src/%.c,$(1)/lib/%.o,$$(LIB_SRC)) $(1)/lib/resource_data.o
	rm -f $$@ && ar rcs $$@ $$^
$(1)/privicon: $$(patsubst src/cli/%.c,$(1)/cli/%.o,$$(CLI_SRC)) $(1)/libprivicon.a
	$$(CC) $(2) -o $$@ $$^ $$(LDLIBS)
$(1)/unit/%: $(1)/unit/%.o $(1)/libprivicon.a
	$$(CC) $(2) -o $$@ $$^ $$(LDLIBS)
endef

$(eval $(call flavour,$(B),))
$(eval $(call flavour,$(B)/asan,$(SAN_FLAGS)))

UNIT_BINS = $(patsubst tests/unit/%.c,$(B)/unit/%,$(UNIT_SRC))
UNIT_BINS_ASAN = $(patsubst tests/unit/%.c,$(B)/asan/unit/%,$(UNIT_SRC))

SHARED = $(B)/libprivicon.so.$(VERSION)

.PHONY: all test check check-build demo deps test-deps browser-deps js-deps install uninstall clean
.SECONDARY:

all: $(B)/privicon $(B)/libprivicon.a $(SHARED) $(B)/privicon.pc

$(B)/tools/embed: tools/embed.c
	mkdir -p $(B)/tools
	$(CC) -std=c11 -O2 -Wall -Wextra -Werror -o $@ $<

# Resource symbol names come from the path: schemas/register.xsd ->
# pv_res_schemas_register_xsd (see src/util/resource.h).
res_name = pv_res_$(subst .,_,$(subst -,_,$(subst /,_,$(1))))
$(GEN_RES): $(B)/tools/embed $(RESOURCE_FILES) Makefile
	mkdir -p $(B)/gen
	$(B)/tools/embed $@ $(foreach f,$(RESOURCE_FILES),$(call res_name,$(f))=$(f))
	printf '%s\n' $(foreach f,$(RESOURCE_FILES),'{"$(f)", $(call res_name,$(f)), &$(call res_name,$(f))_len},') > $(B)/gen/resource_table.inc.tmp
	printf '%s\n' $(foreach f,$(RESOURCE_FILES),'extern const unsigned char $(call res_name,$(f))[]; extern const size_t $(call res_name,$(f))_len;') > $(B)/gen/resource_decls.inc.tmp
	mv $(B)/gen/resource_table.inc.tmp $(B)/gen/resource_table.inc
	mv $(B)/gen/resource_decls.inc.tmp $(B)/gen/resource_decls.inc

$(SHARED): $(patsubst src/%.c,$(B)/lib/%.o,$(LIB_SRC)) $(B)/lib/resource_data.o privicon.map
	$(CC) -shared -Wl,-soname,libprivicon.so.$(SONAME_MAJOR) -Wl,--version-script=privicon.map -o $@ $(filter %.o,$^) $(LDLIBS)

$(B)/privicon.pc: privicon.pc.in include/privicon.h
	sed -e 's|@PREFIX@|$(PREFIX)|; s|@VERSION@|$(VERSION)|; s|@PKGS@|$(PKGS)|; s|@LIBS_PRIVATE@|$(XLSX_LIBS) $(CSV_LIBS)|' $< > $@

# ---- dependencies -------------------------------------------------------
# DEB_PKGS: what building and running privicon needs (`make deps`, run by
# `make demo`). TEST_PKGS: the test tools `make check` needs on top
# (`make test-deps`): xmllint, rsvg-convert, poppler, valgrind, strace,
# Chromium, git and jq, zbar-tools (zbarimg reads the QR codes back), and
# node with npm.
DEB_PKGS = build-essential pkg-config libxml2-dev libjansson-dev \
           libcairo2-dev libpng-dev libpango1.0-dev librsvg2-dev fonts-dejavu-core \
           libqrencode-dev
TEST_PKGS = libxml2-utils librsvg2-bin poppler-utils valgrind strace chromium git jq zbar-tools
# Spreadsheets (issue 13): the zip container, CSV grammar, XLSX writer;
# unzip is the speed peer of `make bench`.
DEB_PKGS += libzip-dev libcsv-dev libxlsxwriter-dev
TEST_PKGS += unzip
deps:
	@sh tools/deps.sh $(DEB_PKGS)
# node and npm (for the browser tests) come from the distribution only
# when missing: a nodejs from elsewhere bundles npm and conflicts with
# Debian's npm package.
test-deps: deps
	@sh tools/deps.sh $(TEST_PKGS)
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || \
		sh tools/deps.sh nodejs npm

# The browser tests (tests/html.sh, tests/browser/): the pinned npm packages
# (axe-core, chrome-remote-interface, pngjs; no browser download) from
# tests/browser/package-lock.json, installed when missing or changed.
BROWSER_DIR = tests/browser
browser-deps: test-deps
	@$(MAKE) --no-print-directory $(BROWSER_DIR)/node_modules/.package-lock.json
$(BROWSER_DIR)/node_modules/.package-lock.json: $(BROWSER_DIR)/package.json $(BROWSER_DIR)/package-lock.json
	npm ci --prefix $(BROWSER_DIR) --no-audit --no-fund --loglevel=error

# The open-data tests (tests/opendata.sh): ajv, ajv-formats, jsonld and
# yaml, pinned in tests/js/package-lock.json, installed when missing or
# changed; node and npm from the distribution only when missing, as in deps
# (so `make js-deps` alone needs no other package). git and jq (TEST_PKGS)
# run the pre-commit hook and the CI recipes in tests/opendata.sh.
JS_DIR = tests/js
js-deps:
	@command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || \
		sh tools/deps.sh nodejs npm
	@$(MAKE) --no-print-directory $(JS_DIR)/node_modules/.package-lock.json
$(JS_DIR)/node_modules/.package-lock.json: $(JS_DIR)/package.json $(JS_DIR)/package-lock.json
	npm ci --prefix $(JS_DIR) --no-audit --no-fund --loglevel=error

# ---- tests ------------------------------------------------------------
check: test-deps browser-deps js-deps
	@$(MAKE) --no-print-directory check-build
	@sh tests/run.sh $(B)

check-build: $(B)/privicon $(B)/asan/privicon $(UNIT_BINS) $(UNIT_BINS_ASAN) $(SHARED) \
             $(B)/tools/export-unchecked

# make test: the quick suite for the edit-compile-test loop (unit tests and
# the case, rules, render, open-data and docs suites; no browser, no
# valgrind, no sanitizer replays). `make check` runs everything.
test: $(B)/privicon $(UNIT_BINS) $(SHARED) $(B)/tools/export-unchecked
	@sh tests/run.sh $(B) --quick

# A test tool: the JSON export without the rules (tools/export_unchecked.c),
# for tests/import.sh to read every activity of an imported register.
$(B)/tools/export-unchecked: tools/export_unchecked.c $(B)/libprivicon.a
	@mkdir -p $(B)/tools
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libprivicon.a $(LDLIBS)

# ---- the icons' contact sheet (icons/README.md) ---------------------------
# make icons-sheet: icons/contact-sheet.png, every icon of icons/ at 48 and
# 24 px in colour and in greyscale (tools/icons_sheet.c).
.PHONY: icons-sheet
$(B)/tools/icons-sheet: tools/icons_sheet.c $(B)/libprivicon.a
	@mkdir -p $(B)/tools
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libprivicon.a $(LDLIBS)
icons-sheet: $(B)/tools/icons-sheet
	$(B)/tools/icons-sheet icons icons/contact-sheet.png.tmp
	mv icons/contact-sheet.png.tmp icons/contact-sheet.png

# ---- demo -------------------------------------------------------------
# After the demo, privicon is installed so the README's `privicon ...`
# commands work: as root to PREFIX (/usr/local), otherwise to ~/.local
# (or to PREFIX when given); tools/install-demo.sh says where and whether
# that directory is on PATH.
demo: deps
	@$(MAKE) --no-print-directory all
	@B=$(B) sh tools/demo.sh
	@B=$(B) PREFIX_ORIGIN="$(origin PREFIX)" PREFIX="$(PREFIX)" sh tools/install-demo.sh

# ---- install ----------------------------------------------------------
install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCDIR) \
	        $(DESTDIR)$(PKGDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(B)/privicon $(DESTDIR)$(BINDIR)/privicon
	install -m 644 $(B)/libprivicon.a $(DESTDIR)$(LIBDIR)/libprivicon.a
	install -m 755 $(SHARED) $(DESTDIR)$(LIBDIR)/
	ln -sf libprivicon.so.$(VERSION) $(DESTDIR)$(LIBDIR)/libprivicon.so.$(SONAME_MAJOR)
	ln -sf libprivicon.so.$(SONAME_MAJOR) $(DESTDIR)$(LIBDIR)/libprivicon.so
	install -m 644 include/privicon.h $(DESTDIR)$(INCDIR)/privicon.h
	install -m 644 $(B)/privicon.pc $(DESTDIR)$(PKGDIR)/privicon.pc
	install -m 644 man/privicon.1 $(DESTDIR)$(MANDIR)/man1/privicon.1
	install -d $(DESTDIR)$(DATADIR)
	install -m 644 schemas/register.xsd schemas/catalog.xml $(DESTDIR)$(DATADIR)/
	install -d $(DESTDIR)$(DATADIR)/icons
	install -m 644 icons/catalogue.json $(ICON_FILES) $(DESTDIR)$(DATADIR)/icons/

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/privicon $(DESTDIR)$(LIBDIR)/libprivicon.a \
	      $(DESTDIR)$(LIBDIR)/libprivicon.so $(DESTDIR)$(LIBDIR)/libprivicon.so.$(SONAME_MAJOR) \
	      $(DESTDIR)$(LIBDIR)/libprivicon.so.$(VERSION) $(DESTDIR)$(INCDIR)/privicon.h \
	      $(DESTDIR)$(PKGDIR)/privicon.pc $(DESTDIR)$(MANDIR)/man1/privicon.1 \
	      $(DESTDIR)$(DATADIR)/register.xsd $(DESTDIR)$(DATADIR)/catalog.xml
	rm -f $(DESTDIR)$(DATADIR)/icons/catalogue.json $(patsubst icons/%,$(DESTDIR)$(DATADIR)/icons/%,$(ICON_FILES))
	rmdir $(DESTDIR)$(DATADIR)/icons $(DESTDIR)$(DATADIR) 2>/dev/null || true

clean:
	rm -rf $(B) out

# ---- hardening: fuzzing and the corpus replay driver (issue 7) ------------
#
#   make fuzz [FUZZ_SECONDS=60]   clang libFuzzer builds of fuzz/fuzz_check.c,
#                                 fuzz/fuzz_render.c and fuzz/fuzz_import.c
#                                 (spreadsheets; ASan + UBSan) in
#                                 $(B)/fuzz/, each run FUZZ_SECONDS seconds
#                                 on tests/fuzz-corpus/<name>/; new inputs
#                                 go to $(B)/fuzz/corpus/<name>/, crashers
#                                 to fuzz/crashes/ (not committed)
#
# `make check-build` builds $(B)/asan/fuzz-driver-check and -render: the
# same harnesses linked with fuzz/driver.c under gcc's ASan + UBSan, which
# tests/fuzz.sh uses to replay the committed corpora in `make check`.
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_MAX_LEN ?= 65536
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -O1 -g
FUZZ_LIB_OBJ = $(patsubst src/%.c,$(B)/fuzz/lib/%.o,$(LIB_SRC)) $(B)/fuzz/lib/resource_data.o
FUZZ_BINS = $(B)/fuzz/fuzz_check $(B)/fuzz/fuzz_render $(B)/fuzz/fuzz_import
FUZZ_DRIVERS = $(B)/asan/fuzz-driver-check $(B)/asan/fuzz-driver-render \
               $(B)/asan/fuzz-driver-import
# Leaks are detected; fontconfig's and pango's process-wide caches are
# suppressed as in tests/run.sh. One process each, so one core each.
FUZZ_ENV = ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
           LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0

$(B)/fuzz/lib/%.o: src/%.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(ALL_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -c -o $@ $<
$(B)/fuzz/lib/resource_data.o: $(GEN_RES)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) -std=c11 -O0 -c -o $@ $<
$(B)/fuzz/lib/util/resource.o: $(GEN_RES)
$(B)/fuzz/libprivicon.a: $(FUZZ_LIB_OBJ)
	rm -f $@ && ar rcs $@ $^
$(B)/fuzz/fuzz_%: fuzz/fuzz_%.c include/privicon.h $(B)/fuzz/libprivicon.a
	$(FUZZ_CC) $(PUB_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer -o $@ $< $(B)/fuzz/libprivicon.a $(LDLIBS)

$(B)/asan/fuzz-driver-%: fuzz/driver.c fuzz/fuzz_%.c include/privicon.h $(B)/asan/libprivicon.a
	$(CC) $(PUB_CFLAGS) $(SAN_FLAGS) -o $@ fuzz/driver.c fuzz/fuzz_$*.c $(B)/asan/libprivicon.a $(LDLIBS)

.PHONY: fuzz fuzz-build fuzz-cc
fuzz-cc:
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || \
		{ echo "make fuzz needs clang with libFuzzer (apt-get install clang)" >&2; exit 2; }
fuzz-build: $(FUZZ_BINS)
fuzz: fuzz-cc
	@$(MAKE) --no-print-directory fuzz-build
	mkdir -p fuzz/crashes $(B)/fuzz/corpus/check $(B)/fuzz/corpus/render $(B)/fuzz/corpus/import
	for h in check render import; do \
		$(FUZZ_ENV) $(B)/fuzz/fuzz_$$h -max_total_time=$(FUZZ_SECONDS) \
			-max_len=$(FUZZ_MAX_LEN) -dict=fuzz/register.dict -detect_leaks=1 \
			-artifact_prefix=fuzz/crashes/$$h- \
			$(B)/fuzz/corpus/$$h tests/fuzz-corpus/$$h || exit 1; \
	done

check-build: $(FUZZ_DRIVERS)

# ---- bench: speed against peer tools (issue 8) ---------------------------
#
#   make bench [BENCH_SIZES="100 1000 10000"] [BENCH_FULL=1] [BENCH_RUNS=N]
#              [BENCH_RENDER_MAX=1000] [BENCH_JOBS=N] [BENCH_SEED=1]
#
# Builds the generator of realistic registers (bench/gen.c), the timer
# (bench/measure.c) and the PNG encoding floor (bench/encode_floor.c) into
# $(B)/bench/, installs the peer tools (BENCH_PKGS) when missing, and runs
# bench/run.sh: a table of privicon's figures against xmllint, rsvg-convert
# and the floor, each a ratio with its target and PASS or MISS. About ten
# minutes with the defaults; see bench/README.md.
BENCH_PKGS = libxml2-utils librsvg2-bin
BENCH_BINS = $(B)/bench/gen $(B)/bench/measure $(B)/bench/encode_floor
BENCH_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L $(WARN) $(CFLAGS)
export BENCH_SIZES BENCH_FULL BENCH_RUNS BENCH_RENDER_MAX BENCH_JOBS BENCH_SEED

$(B)/bench/gen: bench/gen.c | $(B)/bench
	$(CC) $(BENCH_CFLAGS) -o $@ $<
$(B)/bench/measure: bench/measure.c | $(B)/bench
	$(CC) $(BENCH_CFLAGS) -o $@ $<
$(B)/bench/encode_floor: bench/encode_floor.c | $(B)/bench
	$(CC) $(BENCH_CFLAGS) $(shell pkg-config --cflags cairo libpng) -o $@ $< $(shell pkg-config --libs cairo libpng)
$(B)/bench:
	mkdir -p $@

# Header dependencies written by the compiler (-MMD -MP).
-include $(shell find $(B) -name '*.d' 2>/dev/null)

.PHONY: bench
bench: $(B)/privicon $(BENCH_BINS)
	@sh tools/deps.sh $(BENCH_PKGS)
	@B=$(B) sh bench/run.sh
