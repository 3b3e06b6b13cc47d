"""Hub -> classic BibTeX (bibtex, natbib): ASCII with LaTeX macros, plain.bst fields.

Classic styles know no review link, so the review names its book in `note`. A year
is always a plain year, the one thing every reader takes (pandoc drops '[1996?]'):
an inferred one is said to be inferred in `note`, an unknown one is 'n.d.'. A review
date keeps its month as the standard macro (`jul`) and its day in `day`.
Literal fields a reader might split on " and " (publisher, address, journal) are
braced, so "Farrar, Straus and Giroux" stays one publisher.
"""
from __future__ import annotations

from collections.abc import Sequence

from catalog.model import Book, Record, Review, Role
from catalog.writers.bibsyntax import ASCII_ENCODER, bib_names, protect_case, record_entries, write_entries
from catalog.writers.shared import (
    catalog_note,
    full_title,
    inferred_year,
    reviewed_books,
    sentences,
    translated_by,
    uncarried_note,
)

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def book_year(book: Book) -> str:
    return "n.d." if book.year is None else str(book.year)


def literal(text: str | None) -> str | None:
    """Braced whole: readers split list-like fields on " and "."""
    return protect_case(text)


def book_entry(book: Book) -> tuple:
    if (book.people(Role.AUTHOR) or book.people(Role.EDITOR)) and book.publisher:
        return full_book_entry(book)
    # plain.bst's @book needs an author or editor and a publisher; @misc needs neither.
    fields = [("title", protect_case(full_title(book))),
              ("howpublished", literal(", ".join(p for p in (book.place, book.publisher) if p) or None)),
              ("year", book_year(book)), ("note", sentences([catalog_note(book), inferred_year(book)])),
              ("key", None if book.people(Role.AUTHOR) or book.people(Role.EDITOR) else book.title)]
    names = [("author", bib_names(book.people(Role.AUTHOR), ASCII_ENCODER)),
             ("editor", bib_names(book.people(Role.EDITOR), ASCII_ENCODER))]
    return ("misc", book.key, fields, names)


def full_book_entry(book: Book) -> tuple:
    authors, editors = book.people(Role.AUTHOR), book.people(Role.EDITOR)
    # plain.bst's @book takes an author or an editor, never both: with an author, editors go to the note
    names = [("author", bib_names(authors, ASCII_ENCODER)),
             ("editor", None if authors else bib_names(editors, ASCII_ENCODER))]
    edited = f"Edited by {', '.join(p.display for p in editors)}" if authors and editors else None
    # plain.bst has no translator or page-count field for books: they go to the note, and
    # the page count to `pagetotal` too, which biblatex-aware readers (citation-js, biber) take.
    note = sentences([edited, translated_by(book), f"{book.pages} pages" if book.pages else None,
                      uncarried_note(book), inferred_year(book)])
    fields = [
        ("title", protect_case(full_title(book))), ("edition", book.edition), ("series", book.series),
        ("publisher", literal(book.publisher)), ("address", literal(book.place)), ("year", book_year(book)),
        ("pagetotal", str(book.pages) if book.pages else None),
        ("isbn", book.isbns[0] if book.isbns else None), ("note", note),
    ]
    return ("book", book.key, fields, names)


def review_entry(review: Review, books: Sequence[Book]) -> tuple:
    signed = bool(review.reviewers and review.outlet)
    date = [int(p) for p in review.date.split("-")] if review.date else []
    fields = [
        ("title", protect_case(review.headline or f"Review of {books[0].title}")),
        ("journal" if signed else "howpublished", literal(review.outlet)),
        ("year", str(date[0]) if date else "n.d."),
        ("month", MONTHS[date[1] - 1] if len(date) > 1 else None), ("day", str(date[2]) if len(date) > 2 else None),
        ("url", review.url), ("note", f"Review of {reviewed_books(books)}"),
        # plain.bst sorts and labels by author, or by `key` when there is none.
        ("key", None if review.reviewers else (review.outlet or f"Review of {books[0].title}")),
    ]
    names = [("author", bib_names(review.reviewers, ASCII_ENCODER))]
    return ("article" if signed else "misc", review.key, fields, names)


HEADER, SEPARATOR, FOOTER = "", "\n", ""


def fragment(record: Record) -> str:
    """One record's entries: its books, then its review."""
    return write_entries(record_entries([record], book_entry, review_entry), ASCII_ENCODER)


def to_bibtex(records: Sequence[Record]) -> str:
    return HEADER + SEPARATOR.join(fragment(r) for r in records) + FOOTER


# What this format does with each thing the hub knows (the README's table comes from here).
LABEL = "BibTeX"
CARRIES = {
    "the review": "`@article` (`journal`, `year`, `month = jul`, `day`)",
    "review → book link": "`note` names the book",
    "editors": "`editor`, or `note` (\"Edited by …\") beside an author: plain.bst's `@book` takes one",
    "translators": "`note` (\"Translated by …\")",
    "place": "`address`",
    "series": "`series`",
    "page count": "`pagetotal`, and `note` (plain.bst has no field)",
    "price": "`note`",
    "illustrated": "`note`",
    "inferred year": "`year = {1996}`, \"inferred\" said in `note`",
    "unknown year": "`year = {n.d.}`",
    "ISBN": "`isbn` (the first)",
    "invalid ISBN": "not written",
}
