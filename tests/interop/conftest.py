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
