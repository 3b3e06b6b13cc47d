# Two set-up-free entry points: `make demo` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test mutation score fuzz bench train cv clean

# The venv, and a wheelhouse of catalog's dependencies and build backend: the pre-commit
# hook test installs catalog into a fresh environment, and must do it with no network.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	$(BIN)/pip wheel --quiet --wheel-dir $(VENV)/wheels . setuptools
	rm -f $(VENV)/wheels/catalog-*.whl
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/catalog export examples/stalins-spy.txt --to all -o out/
	$(BIN)/catalog validate out/stalins-spy.*

# The interop tests run the real clients: .ci/clients installs them, or stops loudly.
test: $(STAMP)
	bash .ci/clients
	$(BIN)/ruff check .
	$(BIN)/mypy catalog
	CATALOG_REQUIRE_CLIENTS=1 $(BIN)/python -m pytest -q

# The suite must fail for each deliberate breakage in tools/mutation_check.py (CI runs it after make test).
mutation: $(STAMP)
	bash .ci/clients
	$(BIN)/python tools/mutation_check.py

# The shared dev set and its scorer live beside the checkout, in ../shared (not in a clone).
SHARED := ../shared
score: $(STAMP)
	@test -f $(SHARED)/eval/score.py && test -f $(SHARED)/data/dev_gold.jsonl || { \
	  echo "make score: the shared dev set and scorer are expected at $(abspath $(SHARED))/data and $(abspath $(SHARED))/eval/score.py, beside this checkout; they are not there" >&2; exit 2; }
	PATH="$(CURDIR)/$(BIN):$$PATH" $(BIN)/python $(SHARED)/eval/score.py --by-source --show 30

# The learned reader's model, from ../shared/data (deterministic: same data, same bytes), and
# a review desk's corrections too with CORRECTIONS=journal.jsonl (catalog review).
train: $(STAMP)
	$(BIN)/python tools/train.py $(if $(CORRECTIONS),--corrections $(CORRECTIONS))

# Leave-one-outlet-out cross-validation of both readers on the whole dev set, by family.
cv: $(STAMP)
	$(BIN)/python tools/cv.py

# The fuzzers, then the suite's property tests ROUNDS times, each round a new random search
# (the suite runs them derandomized in CI, tests/conftest.py); a failure prints its seed.
fuzz: $(STAMP)
	$(BIN)/python fuzz/fuzz_catalog.py --inputs $${INPUTS:-100000} --seed $${SEED:-1}
	$(BIN)/python fuzz/fuzz_structured.py --inputs $${STRUCTURED:-20000} --seed $${SEED:-1}
	for round in $$(seq $${ROUNDS:-5}); do \
		seed=$$(( $${SEED:-1} * 1000 + round )); echo "property tests, --hypothesis-seed=$$seed"; \
		HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:cacheprovider -m hypothesis tests \
			--hypothesis-seed=$$seed || exit 1; \
	done

bench: $(STAMP)
	$(BIN)/pip install --quiet -e ".[test,bench]"
	$(BIN)/python benchmarks/run.py --sizes $${SIZES:-10000,100000}

clean:
	rm -rf $(VENV) out build *.egg-info
