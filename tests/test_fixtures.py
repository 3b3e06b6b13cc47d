"""Every supported trailer form has a scenario fixture, and each parses to what it prints."""
import json

import pytest

from catalog.model import Document
from catalog.pipeline import catalog_document
from catalog.writers.hubjson import book_json
from tests.forms import FORMS, recovered_fields
from tests.make_fixtures import FIXTURES

CASES = sorted(p.name for p in FIXTURES.iterdir() if p.is_dir())


def test_every_form_has_a_fixture_and_every_fixture_a_form():
    assert CASES == sorted(f.name for f in FORMS)


@pytest.mark.parametrize("case", CASES)
def test_fixture_parses_to_its_expected_record(case):
    folder = FIXTURES / case
    record = catalog_document(Document(case, (folder / "input.txt").read_text(encoding="utf-8")))
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    assert [recovered_fields(book_json(b)) for b in record.books] == [expected]
