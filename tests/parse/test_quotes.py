"""A title never starts or ends with a quotation mark it does not pair; a pair stays."""
from decimal import Decimal

import pytest

from catalog.model import Document
from catalog.parse.quotes import strip_unmatched_quotes
from catalog.pipeline import catalog_document
from tests.forms import FORMS, GeneratedBook, Person, ptb

BARE = "The Purpose of This Creature Man"


@pytest.mark.parametrize("printed", [
    f"'{BARE}", f"\u2018{BARE}", f'"{BARE}', f"\u201c{BARE}", f"`{BARE}", f"``{BARE}", f"\u00ab{BARE}",
    f"{BARE}'", f"{BARE}\u2019", f'{BARE}"', f"{BARE}\u201d", f"{BARE}''", f"\"'{BARE}", f"{BARE}'\"",
    f"' {BARE}",
])
def test_a_mark_nothing_pairs_goes(printed):
    assert strip_unmatched_quotes(printed) == BARE


@pytest.mark.parametrize("printed, kept", [
    ("\u2018Don\u2019t Hide the Madness", "Don\u2019t Hide the Madness"),   # an apostrophe closes nothing
    ("STALIN'S SPY'", "STALIN'S SPY"),                                       # nor does it open anything
])
def test_an_apostrophe_in_a_word_pairs_no_mark(printed, kept):
    assert strip_unmatched_quotes(printed) == kept


@pytest.mark.parametrize("title", [
    "Writers on Literature from the \u2018New York Times Book Review\u2019",   # a quotation inside
    "''Love Is Nothing''",                                                  # '' typed for "
    '"Surely You\'re Joking, Mr. Feynman!"',                                # the book's own quotes
    "\u201cThe Purpose\u201d of This Creature Man",
    "``The Purpose'' of This Creature Man",
    "`The Purpose' of This Creature Man",
    "The Purpose of 'This' Creature Man",
    "\u201eDie Zeit\u201c und wir",                                          # German quotes
    "'Tis the Season",                                                     # an apostrophe for a letter left out
    "\u2019Salem\u2019s Lot",                                               # ’ before a word: an apostrophe
    "Rock 'n' Roll",
    BARE,
])
def test_paired_marks_and_apostrophes_stay(title):
    assert strip_unmatched_quotes(title) == title


# --- through the parser: a quoted title printed in every trailer form, plain and PTB-tokenized ---

# Kirkus prints its titles in capitals after the author and reads the title by its letters;
# it never quotes a title, and a quotation mark ends that run of capitals.
QUOTABLE = [f for f in FORMS if f.name != "kirkus"]
STRAY = {"straight": f"'{BARE}", "curly": f"\u2018{BARE}", "double": f'"{BARE}', "curly double": f"\u201c{BARE}",
         "closing": f"{BARE}\u2019", "closing double": f'{BARE}"'}
PAIRED = ("The Purpose of \u2018This\u2019 Creature Man", "The Purpose of \u201cThis\u201d Creature Man")


def _title(title: str, form, tokenized: bool) -> list[str]:
    book = GeneratedBook(title, "A Study of Things", Person("Jane", "Doe"), Person("Hans", "Mann"), "Knopf",
                         320, Decimal("25.95"), Decimal("12.00"), "039412345")
    text = ptb(form.render(book)) if tokenized else form.render(book)
    return [b.title for b in catalog_document(Document("quoted", text)).books]


@pytest.mark.parametrize("tokenized", [False, True], ids=["plain", "ptb"])
@pytest.mark.parametrize("form", QUOTABLE, ids=[f.name for f in QUOTABLE])
@pytest.mark.parametrize("printed", STRAY.values(), ids=STRAY.keys())
def test_a_stray_quote_leaves_the_title_in_every_form(printed, form, tokenized):
    assert _title(printed, form, tokenized) == [BARE]


@pytest.mark.parametrize("tokenized", [False, True], ids=["plain", "ptb"])
@pytest.mark.parametrize("form", QUOTABLE, ids=[f.name for f in QUOTABLE])
@pytest.mark.parametrize("printed", PAIRED)
def test_a_quotation_inside_the_title_keeps_its_marks_in_every_form(printed, form, tokenized):
    assert _title(printed, form, tokenized) == [printed]
