"""Two readers, one verdict: a book is sure only when the rules and the labeller agree.

The two read the notes in different ways (a grammar of cuts and markers; a CRF over token
features), so where they give the same value for every field the record is almost always
right, and where they differ a cataloger should look. A disagreement is a named reason,
never a silent pick: the rules' record is kept, and the fields in dispute are listed.
"""
from __future__ import annotations

import re
import unicodedata

from catalog.model import Book, Role

# The fields both readers read; prices, pages and ISBNs come from the rules' item finders
# for both, so they cannot disagree.
COMPARED = ("title", "subtitle", "authors", "editors", "translators", "illustrators", "publisher")
_ROLES = {"authors": Role.AUTHOR, "editors": Role.EDITOR, "translators": Role.TRANSLATOR,
          "illustrators": Role.ILLUSTRATOR}
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'",
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")

DISAGREE = "the readers disagree on: "
LABELLER_ONLY = "read by the learned reader alone: the rules found no notes here"
RULES_ONLY = "read by the rules alone: the learned reader found no book here"


def fold(text: str) -> str:
    """Case, quotes and dashes folded: how a printed word is compared with another."""
    return unicodedata.normalize("NFC", text).translate(_FOLD).casefold()


def _norm(text: str | None) -> str:
    """A value as the two readers may both print it: case, quotes, dashes and spacing folded."""
    return _SPACE.sub(" ", fold(text)).strip(" .,;:") if text else ""


def field_values(book: Book) -> dict[str, str]:
    """The compared fields of a book, each as one folded string."""
    values = {"title": _norm(book.title), "subtitle": _norm(book.subtitle), "publisher": _norm(book.publisher)}
    for field, role in _ROLES.items():
        values[field] = " | ".join(_norm(person.display).replace(",", "") for person in book.people(role))
    return values


def disputed_fields(rules: Book, learned: Book) -> tuple[str, ...]:
    """The compared fields whose values differ, in COMPARED order."""
    a, b = field_values(rules), field_values(learned)
    return tuple(field for field in COMPARED if a[field] != b[field])


def agreement_reasons(rules: Book, learned: Book | None) -> tuple[str, ...]:
    """Why the rules' book needs review in the light of the labeller's reading of it."""
    if learned is None:
        return (RULES_ONLY,)
    disputed = disputed_fields(rules, learned)
    return (DISAGREE + ", ".join(disputed),) if disputed else ()
