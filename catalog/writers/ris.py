"""Hub -> RIS (rispy), the tagged format EndNote, Mendeley, RefWorks and Zotero all import.

A book is `TY  - BOOK`. A review is an article of its outlet's kind (`NEWS`, `MGZN`,
`JOUR`), which every reference manager imports as an article with its outlet; RIS has
no review link, so the reviewed book is named in `N1` and, for machines, in `C1`
(words) and `C2` (the book records' IDs).
"""
from __future__ import annotations

from collections.abc import Sequence

from rispy.config import LIST_TYPE_TAGS, TAG_KEY_MAPPING

from catalog.model import Book, Contributor, Record, Review, Role
from catalog.writers.shared import (
    OutletKind,
    full_title,
    inferred_year,
    outlet_kind,
    reviewed_books,
    sentences,
    uncarried_note,
)

REVIEW_TYPES = {OutletKind.NEWSPAPER: "NEWS", OutletKind.MAGAZINE: "MGZN", OutletKind.JOURNAL: "JOUR"}


_TAGS = {key: tag for tag, key in TAG_KEY_MAPPING.items()}   # rispy's names for the tags
_LISTS = frozenset(LIST_TYPE_TAGS)


def _reference_text(ref: dict) -> str:
    """A reference as rispy's writer lays it out (without its '1.' line): TY first, a line
    per value of a list tag, ER last. tests/writers/test_ris_layout.py holds the two equal."""
    lines = [f"TY  - {ref['type_of_reference']}"]
    for label, value in ref.items():
        tag = _TAGS[label]
        if tag == "TY":
            continue
        if tag in _LISTS:
            lines += [f"{tag}  - {v}" for v in value]
        else:
            lines.append(f"{tag}  - {value}")
    lines.append("ER  - \n")
    return "\n".join(lines)


def ris_name(person: Contributor) -> str:
    """'Whymant, Robert', 'King, Martin Luther, Jr.', a corporate body as printed."""
    if person.literal:
        return person.literal
    family = " ".join(p for p in (person.particle, person.family) if p)
    return ", ".join(p for p in (family, person.given, person.suffix) if p)


def book_reference(book: Book) -> dict:
    ref: dict = {"type_of_reference": "BOOK", "id": book.key, "title": full_title(book),
                 "authors": [ris_name(p) for p in book.people(Role.AUTHOR)],
                 "secondary_authors": [ris_name(p) for p in book.people(Role.EDITOR)],
                 "subsidiary_authors": [ris_name(p) for p in book.people(Role.TRANSLATOR)],
                 "secondary_title": book.series, "publisher": book.publisher, "place_published": book.place,
                 "year": str(book.year) if book.year is not None else None,
                 "start_page": str(book.pages) if book.pages else None,     # RIS BOOK: SP is the page count
                 "edition": book.edition, "issn": book.isbns[0] if book.isbns else None,
                 "notes": [n for n in (_book_note(book),) if n]}
    return {k: v for k, v in ref.items() if v}


def _book_note(book: Book) -> str | None:
    others = [p for p in book.contributors if p.role not in (Role.AUTHOR, Role.EDITOR, Role.TRANSLATOR)]
    return sentences([*(f"{p.role.value.capitalize()}: {p.display}" for p in others if p.role != Role.CONTRIBUTOR),
                      uncarried_note(book), inferred_year(book)])


def review_reference(review: Review, books: Sequence[Book]) -> dict:
    ris_type = REVIEW_TYPES[outlet_kind(review.outlet)] if review.outlet else "GEN"
    parts = review.date.split("-") if review.date else []
    reviewed = reviewed_books(books)
    ref: dict = {"type_of_reference": ris_type, "id": review.key,
                 "title": review.headline or f"Review of {full_title(books[0])}",
                 "authors": [ris_name(p) for p in review.reviewers],
                 # T2 is the outlet in the RIS specification; JF, its full name, is what
                 # bibutils and older readers take (they read T2 of NEWS as an abbreviation)
                 "secondary_title": review.outlet, "alternate_title3": review.outlet,
                 "year": parts[0] if parts else None,
                 "date": "/".join(parts + [""] * (3 - len(parts))) + "/" if parts else None,
                 "section": review.section, "urls": [review.url] if review.url else [],
                 "notes": [f"Review of {reviewed}"],
                 "custom1": reviewed, "custom2": ", ".join(b.key for b in books)}
    return {k: v for k, v in ref.items() if v}


def references(record: Record) -> list[dict]:
    return [book_reference(b) for b in record.books] + [review_reference(record.review, record.books)]


HEADER, SEPARATOR, FOOTER = "", "\n", ""


def fragment(record: Record) -> str:
    """One record's references, each ending 'ER  - ', a blank line between them."""
    return "\n".join(_reference_text(ref) for ref in references(record))


def to_ris(records: Sequence[Record]) -> str:
    return HEADER + SEPARATOR.join(fragment(r) for r in records) + FOOTER


# What this format does with each thing the hub knows (the README's table comes from here).
LABEL = "RIS"
CARRIES = {
    "the review": "`NEWS`, `MGZN` or `JOUR` by the outlet's kind; `T2` and `JF` the outlet, `DA` the date",
    "review → book link": "`N1` names the book; `C1` its words, `C2` the book records' IDs",
    "editors": "`A2`",
    "translators": "`A4`",
    "place": "`CY`",
    "series": "`T2`",
    "page count": "`SP` (RIS `BOOK` reads it as the page count)",
    "price": "`N1`",
    "illustrated": "`N1`",
    "inferred year": "`PY  - 1996`, \"inferred\" said in `N1`",
    "unknown year": "no `PY`",
    "ISBN": "`SN` (the first)",
    "invalid ISBN": "not written",
}
