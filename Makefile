# `make run` opens the app, `make test` runs the whole suite; each sets itself up.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
# Reinstall only when the project's dependencies change.
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test lint bench soffice clean bundle mutation

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@rm -f $(VENV)/.installed-*
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,dev]'
	@touch $@

run: $(STAMP)
	$(BIN)/python main.py

# The Word check converts documents with LibreOffice, the accessibility check reads the
# app through AT-SPI (Xvfb, a session bus, the registry, pyatspi): install them when missing.
soffice:
	@{ command -v soffice && command -v pdfinfo && command -v Xvfb && command -v dbus-launch \
	  && test -x /usr/libexec/at-spi-bus-launcher && /usr/bin/python3 -c 'import pyatspi' \
	  && /sbin/ldconfig -p | grep -q libxcb-cursor.so.0; } >/dev/null 2>&1 \
	  || sh tools/install-system-packages.sh

# The screen-reader tests run on their own afterwards: their virtual screen, session bus
# and AT-SPI registry twice vanished mid-test while the rest of the suite ran beside them.
test: $(STAMP) soffice
	$(BIN)/python -m pytest -n 2 --dist loadgroup --ignore=tests/test_accessibility_atspi.py
	$(BIN)/python -m pytest tests/test_accessibility_atspi.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# Mutation testing (slow, minutes; not part of `make test`): mutmut on the files listed
# under [tool.mutmut] in pyproject.toml, each against its own tests, then the score of
# each file and its surviving mutants.  `make mutation MUTANTS="roundtables.storage.store*"`
# runs one file.
MUTANTS ?=
mutation: $(STAMP)
	rm -rf mutants
	$(BIN)/mutmut run $(MUTANTS)
	$(BIN)/python tools/mutation_score.py --min 90

bench: $(STAMP) soffice
	@command -v pandoc >/dev/null 2>&1 || sh tools/install-system-packages.sh pandoc
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache mutants

# The portable app: dist/roundtables/ (run dist/roundtables/roundtables) and its archive.
# PyInstaller comes from the dev extra; the build itself needs no network.
BUNDLE_ARCHIVE := dist/roundtables-$(shell uname -s | tr A-Z a-z)-$(shell uname -m).tar.gz
bundle: $(STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/roundtables.spec
	tar -C dist -czf $(BUNDLE_ARCHIVE) roundtables
	@du -sh dist/roundtables $(BUNDLE_ARCHIVE)

# Re-extract the interface strings into roundtables/resources/translations/*.ts and rebuild the .qm files.
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python tools/update_translations.py
