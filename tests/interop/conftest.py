"""Records for the interop tests: the seed (bare and with review metadata) and the dev set."""

import pytest

CSL_STYLES = "/usr/share/citation-style-language/styles"


@pytest.fixture(scope="session")
def records(all_records):
    """The seed twice (no metadata; NYT metadata) and every dev record."""
    return all_records


@pytest.fixture(scope="session")
def books(records):
    return [b for r in records for b in r.books]


@pytest.fixture(scope="session")
def all_records():
    """The seed and every dev record, each a review with metadata (tests/interop/records.py)."""
    from tests.interop.records import interop_records
    return interop_records()
