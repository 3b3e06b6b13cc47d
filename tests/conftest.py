"""Shared fixtures: the seed review and its record, and the real-client switch."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from catalog.model import Document
from catalog.pipeline import catalog_document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "stalins-spy.txt"

# Property tests. In CI (CI set, as CI services set it, or HYPOTHESIS_PROFILE=ci, as .ci/run
# sets it) each runs a fixed, derandomized search: the same examples every run, so a red
# build means a change, not a lucky draw, and no timing check can fail it. Elsewhere each
# run searches anew; `make fuzz` runs them round after round with new seeds (the "fuzz"
# profile). Loaded here, before any test module builds its @settings, which inherit what
# they do not set.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", derandomize=False, database=None, print_blob=True, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "default"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text):
    return catalog_document(Document("stalins-spy", seed_text))


@pytest.fixture(scope="session")
def all_records():
    """The seed and every dev record, each a review with metadata (tests/interop/records.py)."""
    from tests.interop.records import interop_records
    return interop_records()


@pytest.fixture(scope="session")
def dev_records(all_records):
    """The same records, for a test whose measure needs the whole dev set behind it."""
    require_dev_data()
    return all_records


def require_program(name: str) -> str:
    """The program's path. A missing client fails the test, loudly (`make test` installs
    them, see .ci/clients); CATALOG_SKIP_CLIENTS=1 is the one, explicit way to skip."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CATALOG_SKIP_CLIENTS") == "1":
        pytest.skip(f"{name} not installed, and CATALOG_SKIP_CLIENTS=1 says to skip")
    pytest.fail(f"{name} is not installed: run 'bash .ci/clients' (or 'make test'), which installs it")


DEV_DATA = ROOT.parent / "shared" / "data"
DEV_INPUTS = DEV_DATA / "dev_inputs.jsonl"
DEV_FILES = (DEV_INPUTS, DEV_DATA / "dev_more_inputs.jsonl")   # the first 31, then 173 more


def require_dev_data() -> Path:
    """The shared dev set's folder. A clone with nothing beside it has no dev set: the test
    skips with one line saying where the data is expected. CATALOG_REQUIRE_DATA=1 (set by
    .ci/run) turns that skip into a failure, so CI here runs every test."""
    return require_shared(DEV_DATA, "dev_gold.jsonl", "the shared dev set")


def require_shared(folder: Path, inside: str, what: str) -> Path:
    """`folder` of ../shared when it holds `inside`; else a skip naming where `what` is
    expected, or with CATALOG_REQUIRE_DATA=1 a failure."""
    if (folder / inside).is_file():
        return folder
    missing = f"{what} is not at {folder} (a checkout of catalog with ../shared beside it has it)"
    if os.environ.get("CATALOG_REQUIRE_DATA") == "1":
        pytest.fail(f"{missing}, and CATALOG_REQUIRE_DATA=1 says it must be there")
    pytest.skip(missing)


def dev_rows(files=DEV_FILES):
    """Dev-set documents, {"id", "text"}: by default from both files (all 204)."""
    import json
    require_dev_data()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)
