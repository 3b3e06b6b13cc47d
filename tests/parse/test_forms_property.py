"""Generated books rendered in every supported trailer form come back field for field.

This is what catalog sells: a book printed in any supported form, plain or PTB-tokenized,
parses to the fields that were printed. A fixed hypothesis budget keeps it in the suite.
"""
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.model import Document
from catalog.pipeline import catalog_document
from catalog.writers.hubjson import book_json
from tests.forms import FORMS, GeneratedBook, Person, expected_fields, ptb, recovered_fields

GIVEN = ("Anna", "David", "Maria", "Thomas", "Helen", "Robert", "Laura", "Michael", "Sarah", "Daniel",
         "Julia", "Peter", "Grace", "Henry", "Alice", "Samuel", "Nora", "Oliver", "Ruth", "Edward")
FAMILY = ("Whitfield", "Okafor", "Lindqvist", "Castellano", "Ashworth", "Kowalski", "Delacroix", "Pruett",
          "Nakamura", "Fairbanks", "Oyelaran", "Strand", "Galloway", "Thornbury", "Quist", "Abernathy")
WORDS = ("Harbor", "Silence", "Orchard", "Lantern", "Glass", "Winter", "Salt", "Kingdom", "Ashes", "Meridian",
         "Ledger", "Compass", "Harvest", "Cathedral", "Archive", "Tides", "Embers", "Empire", "Shadows", "Voyage")
PUBLISHERS = ("Knopf", "Graywolf Press", "Farrar, Straus and Giroux", "Houghton Mifflin", "W. W. Norton & Company",
              "St. Martin's Press", "University of Chicago Press", "Penguin Press", "Scribner", "Little, Brown")

PLACES = ("New York", "Boston", "London", "Chicago", "Cambridge, Mass.", "Garden City, N.Y.")
person = st.builds(Person, st.sampled_from(GIVEN), st.sampled_from(FAMILY))
word = st.sampled_from(WORDS)
title = st.one_of(
    word,
    st.builds(lambda a, b: f"The {a} of {b}", word, word),
    st.builds(lambda a, b: f"{a} and {b}", word, word),
    st.builds(lambda a: f"A {a} in Winter", word),
)
subtitle = st.one_of(st.just("A Novel"), st.just("Stories"), st.builds(lambda a: f"A History of the {a}", word))
money = st.builds(lambda d, c: Decimal(f"{d}.{c}") if c != "00" else Decimal(d),
                  st.integers(5, 95), st.sampled_from(["00", "95", "99", "50"]))
books = st.builds(GeneratedBook, title=title, subtitle=subtitle, author=person, translator=person,
                  publisher=st.sampled_from(PUBLISHERS), pages=st.integers(24, 1200), price=money,
                  paper_price=money, place=st.sampled_from(PLACES),
                  isbn_core=st.integers(10_000_000, 999_999_999).map("{:09d}".format))


@pytest.mark.parametrize("tokenized", [False, True], ids=["plain", "ptb"])
@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(book=books)
def test_every_form_gives_every_printed_field_back(form, tokenized, book):
    text = form.render(book)
    if tokenized:
        text = ptb(text)
    record = catalog_document(Document("generated", text))
    assert len(record.books) == 1, (text, [b.title for b in record.books])
    assert recovered_fields(book_json(record.books[0])) == expected_fields(book, form), text
