"""Shared fixtures: the seed review and its record, and the real-client switch."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from catalog.model import Document
from catalog.pipeline import catalog_document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "stalins-spy.txt"


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


def dev_rows(files=DEV_FILES):
    """Dev-set documents, {"id", "text"}: by default from both files (all 204)."""
    import json
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)
