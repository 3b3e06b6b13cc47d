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


def require_program(name: str) -> str:
    """The program's path; skip when absent locally, fail in CI (CATALOG_REQUIRE_CLIENTS=1)."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CATALOG_REQUIRE_CLIENTS"):
        pytest.fail(f"{name} is required in CI but not installed")
    pytest.skip(f"{name} not installed (apt-get install the package that provides it)")


DEV_DATA = ROOT.parent / "shared" / "data"
DEV_INPUTS = DEV_DATA / "dev_inputs.jsonl"
DEV_FILES = (DEV_INPUTS, DEV_DATA / "dev_more_inputs.jsonl")   # the first 31, then 173 more


def dev_rows(files=DEV_FILES):
    """Dev-set documents, {"id", "text"}: by default from both files (all 204)."""
    import json
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            yield json.loads(line)
