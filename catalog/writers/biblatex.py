"""Hub -> biblatex (biber): @book, and the review linked to it with related/relatedtype.

Every entry passes `biber --tool --validate-datamodel`: the review is @article when
reviewer and outlet are known, else @misc (whose data model needs neither); an
unknown year is EDTF 'XXXX' (unspecified), an inferred one '1996?' (uncertain).
"""
from __future__ import annotations

from collections.abc import Sequence

from catalog.model import Book, Record, Review, Role
from catalog.writers.bibsyntax import UTF8_ENCODER, bib_names, protect_case, record_entries, write_entries
from catalog.writers.shared import catalog_note, reviewed_books, sentences, uncarried_note

# Hub role -> biblatex name field.
NAME_FIELDS = (
    (Role.AUTHOR, "author"), (Role.EDITOR, "editor"), (Role.TRANSLATOR, "translator"),
    (Role.INTRODUCTION, "introduction"), (Role.FOREWORD, "foreword"), (Role.AFTERWORD, "afterword"),
)
# Roles biber's default model has no field for go to editora/b/c with their role named.
TYPED_ROLES = (Role.ILLUSTRATOR, Role.PHOTOGRAPHER, Role.COMPILER, Role.NARRATOR)
TYPED_FIELDS = ("editora", "editorb", "editorc")


def book_date(book: Book) -> str:
    if book.year is None:
        return "XXXX"
    return f"{book.year}?" if book.year_inferred else str(book.year)


def book_entry(book: Book) -> tuple:
    if not book.people(Role.AUTHOR) and not book.people(Role.EDITOR):
        return bare_book_entry(book)
    return full_book_entry(book)


def bare_book_entry(book: Book) -> tuple:
    """A book with no author or editor: @misc, the one type biber's model allows without
    them; the fields @misc lacks are said in `note`."""
    fields = [("title", protect_case(book.title)), ("subtitle", protect_case(book.subtitle)),
              ("howpublished", book.publisher), ("location", protect_case(book.place)),
              ("date", book_date(book)), ("note", catalog_note(book))]
    return ("misc", book.key, fields, [])


def full_book_entry(book: Book) -> tuple:
    names = [(field, bib_names(book.people(role), UTF8_ENCODER)) for role, field in NAME_FIELDS]
    typed = [role for role in TYPED_ROLES if book.people(role)]   # the roles present fill editora, editorb, ...
    slots = list(zip(TYPED_FIELDS, typed, strict=False))          # in order: fewer roles, fewer slots
    # a fourth role finds no slot and is said in the note: "Narrator: John Roe"
    spilled = [f"{role.value.capitalize()}: {', '.join(p.display for p in book.people(role))}"
               for role in typed[len(TYPED_FIELDS):]]
    names += [(field, bib_names(book.people(role), UTF8_ENCODER)) for field, role in slots]
    types = [(f"{field}type", role.value) for field, role in slots]
    fields = [
        ("title", protect_case(book.title)), ("subtitle", protect_case(book.subtitle)), ("edition", book.edition),
        ("series", book.series), ("origlanguage", book.original_language.lower() if book.original_language else None),
        # publisher and location are biblatex lists: braces keep "Simon and Schuster" one name.
        ("publisher", protect_case(book.publisher)), ("location", protect_case(book.place)), ("date", book_date(book)),
        ("pagetotal", str(book.pages) if book.pages else None),
        ("isbn", book.isbns[0] if book.isbns else None), ("note", sentences([*spilled, uncarried_note(book)])),
    ] + types
    # A book with editors and no author is a @collection in biblatex's data model.
    entry_type = "collection" if book.people(Role.EDITOR) and not book.people(Role.AUTHOR) else "book"
    return (entry_type, book.key, fields, names)


def review_entry(review: Review, books: Sequence[Book]) -> tuple:
    signed = bool(review.reviewers and review.outlet)
    title = review.headline or f"Review of {books[0].title}"
    fields = [
        ("title", protect_case(title)),
        ("journaltitle" if signed else "howpublished", review.outlet),
        ("date", review.date or "XXXX"), ("url", review.url),
        ("related", ",".join(b.key for b in books)), ("relatedtype", "reviewof"),
        # readers that ignore `related` keep it: pandoc and citation-js as CSL annote, Zotero
        # (which reads `annote`, biblatex's alias of `annotation`, and not `annotation`) as a
        # note. biblatex's styles print `related` and never the annotation: nothing prints twice.
        ("annote", f"Review of {reviewed_books(books)}"),
    ]
    names = [("author", bib_names(review.reviewers, UTF8_ENCODER))]
    return ("article" if signed else "misc", review.key, fields, names)


HEADER, SEPARATOR, FOOTER = "", "\n", ""


def fragment(record: Record) -> str:
    """One record's entries: its books, then its review."""
    return write_entries(record_entries([record], book_entry, review_entry), UTF8_ENCODER)


def to_biblatex(records: Sequence[Record]) -> str:
    return HEADER + SEPARATOR.join(fragment(r) for r in records) + FOOTER


# What this format does with each thing the hub knows (the README's table comes from here).
LABEL = "biblatex"
CARRIES = {
    "the review": "`@article` (`journaltitle`, `date`)",
    "review → book link": "`related` + `relatedtype = {reviewof}`; "
                          "`annote` (biblatex's alias of `annotation`) names the book",
    "editors": "`editor` (a book with editors and no author is `@collection`)",
    "translators": "`translator`",
    "place": "`location`",
    "series": "`series`",
    "page count": "`pagetotal`",
    "price": "`note`",
    "illustrated": "`note`",
    "inferred year": "`date = {1996?}` (EDTF \"uncertain\")",
    "unknown year": "`date = {XXXX}` (EDTF \"unspecified\")",
    "ISBN": "`isbn` (the first)",
    "invalid ISBN": "not written",
}
