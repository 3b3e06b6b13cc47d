"""Hub -> CSL-JSON (citeproc, pandoc, Zotero): a `book` item, and the review as an article
of its outlet's kind that names the book it reviews.

csl-data.json forbids unknown keys, so what CSL has no variable for (prices, the
illustrated mark, provenance) goes to `custom`, the schema's place for it.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

from catalog.model import Book, Contributor, Record, Review, Role, Source
from catalog.writers.shared import OutletKind, full_title, outlet_kind, price_text, reviewed_books, sentences

# Hub role -> CSL name variable; roles CSL lacks are carried in custom.contributors.
NAME_VARIABLES = {
    Role.AUTHOR: "author", Role.EDITOR: "editor", Role.TRANSLATOR: "translator",
    Role.ILLUSTRATOR: "illustrator", Role.COMPILER: "compiler", Role.NARRATOR: "narrator",
}


def csl_name(person: Contributor) -> dict[str, str]:
    if person.literal:
        return {"literal": person.literal}
    fields = {"family": person.family, "given": person.given,
              "non-dropping-particle": person.particle, "suffix": person.suffix}
    return {k: v for k, v in fields.items() if v}


def _date(iso: str) -> dict:
    return {"date-parts": [[int(part) for part in iso.split("-")[:3]]]}


def book_item(book: Book) -> dict:
    item: dict = {"id": book.key, "type": "book", "title": full_title(book)}
    if book.subtitle:
        item["title-short"] = book.title
    for role, variable in NAME_VARIABLES.items():
        people = book.people(role)
        if people:
            item[variable] = [csl_name(p) for p in people]
    simple = {"publisher": book.publisher, "publisher-place": book.place,
              "number-of-pages": book.pages, "edition": book.edition,
              "collection-title": book.series, "ISBN": book.isbns[0] if book.isbns else None}
    item.update({k: v for k, v in simple.items() if v is not None})
    if book.year is not None:
        item["issued"] = {"date-parts": [[book.year]]}
        if book.year_inferred:
            item["issued"]["circa"] = True
    # CSL has no variable for them, and Zotero drops `custom`: `note` (Zotero's Extra, which
    # APA and Chicago do not print) says them in words.
    note = sentences(["Illustrated" if book.illustrated else None, *(f"Price: {price_text(o)}" for o in book.prices)])
    if note:
        item["note"] = note
    item["custom"] = _book_custom(book)
    return item


def _book_custom(book: Book) -> dict:
    custom: dict = {"illustrated": book.illustrated, "confidence": book.confidence}
    if book.review_reasons:
        custom["review-reasons"] = list(book.review_reasons)
    if book.prices:
        custom["prices"] = [{"amount": str(o.price.amount), "currency": o.price.currency, "binding": o.binding,
                             **({"printed": o.price.printed} if o.price.printed else {})} for o in book.prices]
    if len(book.distinct_isbns) > 1:
        custom["isbns"] = list(book.distinct_isbns)
    others = [c for c in book.contributors if c.role not in NAME_VARIABLES]
    if others:
        custom["contributors"] = [{"role": c.role.value, **csl_name(c)} for c in others]
    if book.original_language:
        custom["original-language"] = book.original_language
    if book.notes:
        custom["notes"] = list(book.notes)
    custom["provenance"] = {name: source.value for name, source in book.provenance}
    if book.year_inferred:
        custom["year-inferred-from"] = "review date"
    return custom


# The kind of outlet -> the CSL type Zotero imports as newspaperArticle, magazineArticle
# or journalArticle (it files `review-book` as a bare `document` with no outlet).
REVIEW_TYPES = {OutletKind.NEWSPAPER: "article-newspaper", OutletKind.MAGAZINE: "article-magazine",
                OutletKind.JOURNAL: "article-journal"}


def review_item(review: Review, books: Sequence[Book]) -> dict:
    """An article of its outlet's kind, marked a review so that APA and Chicago say so.

    With a headline: title plus reviewed-title, which both styles print as
    "Headline [Review of Book, by A. Author]" / "“Headline.” Review of Book, by Author".
    Without one, neither style prints reviewed-title, and a supplied title would be
    printed twice by APA; `genre` ("Review of Book") is what both print in its place.
    """
    item: dict = {"id": review.key,
                  "type": REVIEW_TYPES[outlet_kind(review.outlet)] if review.outlet else "review-book"}
    reviewed = "; ".join(full_title(b) for b in books)
    if review.headline:
        item["title"] = review.headline
        item["reviewed-title"] = reviewed
    else:
        item["genre"] = f"Review of {reviewed}"
    if review.reviewers:
        item["author"] = [csl_name(p) for p in review.reviewers]
    # CSL has no reviewed-editor, and Chicago names the reviewed book only when it has a
    # reviewed-author: an edited book's editors stand in ("Review of By the Book, by …").
    authors = [csl_name(p) for b in books for p in (b.people(Role.AUTHOR) or b.people(Role.EDITOR))]
    if authors:
        item["reviewed-author"] = authors
    simple = {"container-title": review.outlet, "section": review.section, "URL": review.url}
    item.update({k: v for k, v in simple.items() if v})
    if review.date:
        item["issued"] = _date(review.date)
    # Zotero keeps `note` in Extra: the link to the book survives its import in words.
    item["note"] = f"Review of {reviewed_books(books)}"
    item["custom"] = {"reviews": list(review.reviews), "reviewed-title": reviewed,
                      "title-supplied": review.headline is None,
                      "provenance": {"review": Source.METADATA.value}}
    return item


def record_items(record: Record) -> list[dict]:
    return [book_item(b) for b in record.books] + [review_item(record.review, record.books)]


HEADER, SEPARATOR, FOOTER = "[\n", ",\n", "\n]\n"


_key = json.JSONEncoder().encode                       # one encoder each, not one a call:
_value = json.JSONEncoder(ensure_ascii=False).encode    # json.dumps(ensure_ascii=False) builds a new one


def _item_text(item: dict) -> str:
    """One item, a top-level key a line and each value on its line.

    Easier to read and diff than json.dumps(indent=2), which spreads "date-parts" over
    five lines; and each value goes through json's C encoder, which indent= cannot use
    (measured: 0.13 ms a record with indent=, 0.03 ms this way).
    """
    members = ",\n".join([_member_head(key) + _value(value) for key, value in item.items()])
    return "  {\n" + members + "\n  }"


@lru_cache(maxsize=256)
def _member_head(key: str) -> str:
    """'    "title": ': the keys are CSL's variable names, the same few in every item."""
    return f"    {_key(key)}: "


def fragment(record: Record) -> str:
    """One record's items as members of the array."""
    return fragment_items(record)[0]


def fragment_items(record: Record) -> tuple[str, list[dict]]:
    """One record's items as members of the array, and the items themselves: the text is
    their JSON (json's encoder writes every value), so a check of the items is a check of
    the text, without reading it back (tests/writers/test_csljson_items.py)."""
    items = record_items(record)
    return SEPARATOR.join([_item_text(item) for item in items]), items


def to_csljson(records: Sequence[Record]) -> str:
    """One CSL-JSON array for all records, books first then their review, per record."""
    return HEADER + SEPARATOR.join(fragment(r) for r in records) + FOOTER


# What this format does with each thing the hub knows (the README's table comes from here).
LABEL = "CSL-JSON"
CARRIES = {
    "the review": "`article-newspaper`, `-magazine` or `-journal` by the outlet's kind",
    "review → book link": "`reviewed-title` (or `genre` \"Review of …\" when the review has no headline), "
                          "`reviewed-author`, `note`; `custom.reviews`",
    "editors": "`editor`",
    "translators": "`translator`",
    "place": "`publisher-place`",
    "series": "`collection-title`",
    "page count": "`number-of-pages`",
    "price": "`custom.prices`, and `note` (Zotero's Extra)",
    "illustrated": "`custom.illustrated`, and `note`",
    "inferred year": "`issued` with `circa`",
    "unknown year": "no `issued`",
    "ISBN": "`ISBN` (the first); `custom.isbns` all, when several",
    "invalid ISBN": "not written",
}
