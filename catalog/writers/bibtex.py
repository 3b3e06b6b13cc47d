"""Hub -> classic BibTeX (bibtex, natbib): ASCII with LaTeX macros, plain.bst fields.

Classic styles know no review link, so the review names its book in `note`. An
unknown year is written 'n.d.' and an inferred one '[1996?]', the cataloging marks
for "no date" and "inferred date".
"""
from __future__ import annotations

from collections.abc import Sequence

from catalog.model import Book, Record, Review, Role
from catalog.writers.bibsyntax import ASCII_ENCODER, bib_names, protect_case, record_entries, write_entries
from catalog.writers.shared import catalog_note, full_title, sentences, translated_by, uncarried_note


def book_year(book: Book) -> str:
    if book.year is None:
        return "n.d."
    return f"[{book.year}?]" if book.year_inferred else str(book.year)


def book_entry(book: Book) -> tuple:
    if (book.people(Role.AUTHOR) or book.people(Role.EDITOR)) and book.publisher:
        return full_book_entry(book)
    # plain.bst's @book needs an author or editor and a publisher; @misc needs neither.
    fields = [("title", protect_case(full_title(book))),
              ("howpublished", ", ".join(p for p in (book.place, book.publisher) if p) or None),
              ("year", book_year(book)), ("note", catalog_note(book)),
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
    # plain.bst has no translator or page-count field for books: they go to the note
    note = sentences([edited, translated_by(book), f"{book.pages} pages" if book.pages else None,
                      uncarried_note(book)])
    fields = [
        ("title", protect_case(full_title(book))), ("edition", book.edition), ("series", book.series),
        ("publisher", book.publisher), ("address", book.place), ("year", book_year(book)),
        ("isbn", book.isbns[0] if book.isbns else None), ("note", note),
    ]
    return ("book", book.key, fields, names)


def review_entry(review: Review, books: Sequence[Book]) -> tuple:
    signed = bool(review.reviewers and review.outlet)
    reviewed = "; ".join(_citation(b) for b in books)
    fields = [
        ("title", protect_case(review.headline or f"Review of {books[0].title}")),
        ("journal" if signed else "howpublished", review.outlet),
        ("year", review.date[:4] if review.date else "n.d."),
        ("url", review.url), ("note", f"Review of {reviewed}"),
        # plain.bst sorts and labels by author, or by `key` when there is none.
        ("key", None if review.reviewers else (review.outlet or f"Review of {books[0].title}")),
    ]
    names = [("author", bib_names(review.reviewers, ASCII_ENCODER))]
    return ("article" if signed else "misc", review.key, fields, names)


def _citation(book: Book) -> str:
    authors = ", ".join(p.display for p in book.people(Role.AUTHOR))
    return f"{full_title(book)}, by {authors}" if authors else full_title(book)


HEADER, SEPARATOR, FOOTER = "", "\n", ""


def fragment(record: Record) -> str:
    """One record's entries: its books, then its review."""
    return write_entries(record_entries([record], book_entry, review_entry), ASCII_ENCODER)


def to_bibtex(records: Sequence[Record]) -> str:
    return HEADER + SEPARATOR.join(fragment(r) for r in records) + FOOTER
