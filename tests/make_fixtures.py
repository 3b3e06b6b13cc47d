"""Write tests/fixtures/<form>/{input.txt,expected.json}: one fixed book per supported form.

The expected record is what was printed, taken from the book, never from the parser's
output: the fixtures are the specification of the forms, as data. Run after adding a form
to tests/forms.py: python -m tests.make_fixtures
"""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from tests.forms import FORMS, GeneratedBook, Person, expected_fields

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BOOK = GeneratedBook(title="The Orchard of Salt", subtitle="A Novel", author=Person("Helen", "Okafor"),
                     translator=Person("Samuel", "Lindqvist"), publisher="Graywolf Press", pages=288,
                     price=Decimal("26.95"), paper_price=Decimal("16"), isbn_core="155597123")


def main() -> None:
    for form in FORMS:
        folder = FIXTURES / form.name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "input.txt").write_text(form.render(BOOK) + "\n", encoding="utf-8")
        expected = json.dumps(expected_fields(BOOK, form), ensure_ascii=False, indent=2)
        (folder / "expected.json").write_text(expected + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
