# LärSam Desktop — developer tasks. `make run` and `make test` work on a fresh machine:
# they create .venv and install the pinned dependencies first when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements/*.lock pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint typecheck pytest bench clean venv translations lupdate package smoke

venv: $(STAMP) translations

# Compiled translations (.qm) are built here, never committed.
QM := resources/translations/larsam_sv.qm
translations: $(QM)

$(QM): resources/translations/larsam_sv.ts packaging/translations.py $(STAMP)
	@$(BIN)/python packaging/translations.py build >&2  # stderr: make bench keeps stdout to JSON

# Refresh the .ts files from the code (then translate what is new).
lupdate: $(STAMP)
	$(BIN)/python packaging/translations.py update

$(STAMP): pyproject.toml requirements/runtime.lock requirements/dev.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP) $(QM)
	$(BIN)/larsam-desktop $(ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# On every core (pytest-xdist): two workers per core (a worker waits about half its time,
# for PostgreSQL, a child process or a timeout; docs/performance.md), each test file on one
# worker (module fixtures such as the frozen bundle are built once), files handed out in the
# order tests/conftest.py collects them, heaviest first (xdist would sort them by test
# count). PYTEST_WORKERS=0 runs in this process alone, e.g. for a debugger.
# Bytecode is written even where PYTHONDONTWRITEBYTECODE is set: every worker imports every
# test module (pytest rewrites its asserts, ~half the collection) and the program; with the
# caches (git-ignored __pycache__) a worker reads what another already compiled.
PYTEST_WORKERS ?= $(shell n=$$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1); echo $$((2 * n)))
pytest: $(STAMP) $(QM)
	PYTHONDONTWRITEBYTECODE= QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n $(PYTEST_WORKERS) \
		--dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

# lint and mypy beside pytest, not before it (mypy from a clean cache, as in CI, is ~25 s of
# one core); each one's output is printed whole when it ends (-O). `make pytest` shows the
# tests' progress as they run.
test: $(STAMP) $(QM)
	@$(MAKE) --no-print-directory -j3 -O lint typecheck pytest

# A one-folder bundle in dist/larsam-desktop (PyInstaller; see packaging/README.md), and the
# frozen program started with a temporary data folder (the same test CI runs).
package: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/larsam.spec

smoke: package
	LARSAM_FROZEN_APP=dist/larsam-desktop QT_QPA_PLATFORM=offscreen \
		$(BIN)/pytest tests/packaging

# Every benchmark in benchmarks/, one JSON line a figure beside the bare-window floor
# (docs/performance.md). BENCH_ARGS e.g. "--quick --sizes 1000" or "--only run,plans".
bench: $(STAMP) $(QM)
	@$(BIN)/python benchmarks/all.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
