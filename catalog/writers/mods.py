"""Hub -> MODS 3.8: one modsCollection, a <mods> for each book and one for the review.

The review is its own resource (genre "review"): its outlet is relatedItem
type="host", first and marked a continuing newspaper or periodical; relatedItem
type="reviewOf" points at the book's ID. What MODS has no element for (prices,
the translation's language, doubts) goes to one general note per record. Elements are
built as tuples and written as lxml's pretty printer writes them, for two thirds of the cost;
every document is still validated against the MODS XSD before it is written.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from catalog.language import leading_article
from catalog.model import Book, Contributor, Record, Review, Role
from catalog.writers.shared import (
    OutletKind,
    extent_statement,
    inferred_year,
    needs_review,
    outlet_kind,
    price_text,
    reviewed_books,
    sentences,
)

MODS_NS = "http://www.loc.gov/mods/v3"
XLINK_NS = "http://www.w3.org/1999/xlink"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{MODS_NS} http://www.loc.gov/standards/mods/v3/mods-3-8.xsd"

# Hub role -> MARC relator (code, term).
RELATORS = {
    Role.AUTHOR: ("aut", "author"), Role.EDITOR: ("edt", "editor"),
    Role.TRANSLATOR: ("trl", "translator"), Role.ILLUSTRATOR: ("ill", "illustrator"),
    Role.PHOTOGRAPHER: ("pht", "photographer"),
    Role.INTRODUCTION: ("aui", "author of introduction, etc."),
    Role.FOREWORD: ("aui", "author of introduction, etc."),
    Role.AFTERWORD: ("aft", "author of afterword, colophon, etc."),
    Role.COMPILER: ("com", "compiler"), Role.CONTRIBUTOR: ("ctb", "contributor"), Role.REVIEWER: ("aut", "author"),
    Role.NARRATOR: ("nrt", "narrator"),
}


_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    """What XML 1.0 can hold; the pipeline already removes the rest, records made elsewhere may not."""
    return _NOT_XML.sub(" ", text) if _NOT_XML.search(text) else text


_TEXT_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;", ord("\r"): "&#13;"}
_ATTR_ESCAPES = {**_TEXT_ESCAPES, ord('"'): "&quot;", ord("\n"): "&#10;", ord("\t"): "&#9;"}
_NEEDS_ESCAPE = re.compile(r"[&<>\r\n\t\"]")


def _escape(text: str, table: dict[int, str]) -> str:
    return text.translate(table) if _NEEDS_ESCAPE.search(text) else text


# An element as a tuple, serialized below exactly as lxml's pretty printer lays it out
# (tests/writers/test_mods_layout.py holds it to lxml's serializer of the same tree, byte for byte):
# tag, attributes in order, text (None: no text), children.
Node = tuple[str, tuple[tuple[str, str], ...], "str | None", list]


def _el(parent: list, tag: str, text: str | None = None, **attrs: str) -> list:
    """A MODS element added to its parent's children; attribute values are ours (codes,
    keys), text comes from the record. Returns the new element's children, to add to."""
    children: list = []
    parent.append((tag, tuple(attrs.items()), None if text is None else _xml_text(text), children))
    return children


@lru_cache(maxsize=1024)
def _attributes(attrs: tuple[tuple[str, str], ...]) -> str:
    """An element's attributes as written. Nearly all are codes every record repeats
    (type="text", authority="marcrelator"); a record's own ID passes through once."""
    return "".join(f' {k}="{_escape(v, _ATTR_ESCAPES)}"' for k, v in attrs)


def _serialize_into(out: list[str], node: Node, pad: str) -> None:
    tag, attrs, text, children = node
    head = "<" + tag + _attributes(attrs) if attrs else "<" + tag   # half the elements have none
    if children:
        out.append(pad + head + ">\n")
        inner = pad + "  "
        for child in children:
            _serialize_into(out, child, inner)
        out.append(pad + "</" + tag + ">\n")
    elif text is None:
        out.append(pad + head + "/>\n")
    else:
        out.append(pad + head + ">" + _escape(text, _TEXT_ESCAPES) + "</" + tag + ">\n")


XML_NS = "http://www.w3.org/XML/1998/namespace"


def _title_info(parent: list, title: str, subtitle: str | None, **attrs: str) -> None:
    """A title with its leading article in <nonSort>, as MARC's 245 indicator counts it."""
    info = _el(parent, "titleInfo", **attrs)
    article = leading_article(title)
    if article:
        # MODS guidelines keep the article's space inside nonSort; xml:space says it matters.
        _el(info, "nonSort", article, **{"xml:space": "preserve"})
    _el(info, "title", title[len(article):])
    if subtitle:
        _el(info, "subTitle", subtitle)


def _name(parent: list, person: Contributor) -> None:
    name = _el(parent, "name", type="corporate" if person.literal else "personal")
    if person.literal:
        _el(name, "namePart", person.literal)
    else:
        if person.given:
            _el(name, "namePart", person.given, type="given")
        family = " ".join(p for p in (person.particle, person.family) if p)
        _el(name, "namePart", family, type="family")
        if person.suffix:
            _el(name, "namePart", person.suffix, type="termsOfAddress")
    code, term = RELATORS[person.role]
    role = _el(name, "role")
    _el(role, "roleTerm", code, type="code", authority="marcrelator")
    _el(role, "roleTerm", term, type="text", authority="marcrelator")


def _physical_description(parent: list, book: Book) -> None:
    """'368 pages : illustrations', the RDA statement MARC 300 prints: Zotero's MODS import
    reads its count (it ignores a bare `<extent unit="pages">368</extent>`)."""
    if not book.pages and not book.illustrated:
        return
    _el(_el(parent, "physicalDescription"), "extent", " : ".join(p for p in extent_statement(book) if p))


def book_note(book: Book) -> str | None:
    """Everything MODS has no element for, in one general note: converters (bibutils'
    xml2bib) write each <note> as its own `note =` field, and a repeated field is an
    error to BibTeX and biber. It opens with the page count, which bibutils reads from
    no MODS element into BibTeX or RIS."""
    return sentences([f"{book.pages} pages" if book.pages else None,
                      f"Translated from the {book.original_language}" if book.original_language else None,
                      *(f"Price: {price_text(o)}" for o in book.prices), *book.notes,
                      needs_review(book), inferred_year(book)])


def _book(parent: list, book: Book) -> None:
    mods = _el(parent, "mods", version="3.8", ID=_xml_text(book.key))
    _title_info(mods, book.title, book.subtitle)
    for person in book.contributors:
        _name(mods, person)
    _el(mods, "typeOfResource", "text")
    _el(mods, "genre", "book", authority="marcgt")
    origin = _el(mods, "originInfo", eventType="publication")
    if book.place:
        _el(_el(origin, "place"), "placeTerm", book.place, type="text")
    if book.publisher:
        _el(origin, "publisher", book.publisher)
    if book.year is not None:
        attrs = {"qualifier": "inferred"} if book.year_inferred else {}
        _el(origin, "dateIssued", str(book.year), encoding="w3cdtf", keyDate="yes", **attrs)
    if book.edition:
        _el(origin, "edition", book.edition)
    _el(origin, "issuance", "monographic")
    _physical_description(mods, book)
    note = book_note(book)
    if note:
        _el(mods, "note", note)
    if book.series:
        _title_info(_el(mods, "relatedItem", type="series"), book.series, None)
    for held in book.offers:
        if held.isbn13:
            attrs = {"displayLabel": _xml_text(held.binding)} if held.binding else {}
            _el(mods, "identifier", held.isbn13, type="isbn", **attrs)
    for printed in book.invalid_isbns:
        _el(mods, "identifier", printed, type="isbn", invalid="yes")
    _record_info(mods)


# The outlet's kind -> its MARC genre term: a reader files the review by it (Zotero a
# newspaper article, bibutils NEWS or JOUR), and with no genre takes the host for a book.
# The item type as Zotero's own MODS export names it in a local genre, which its import
# reads first: MARC's genres have no magazine, and Zotero files a "periodical" as a journal.
ZOTERO_TYPES = {OutletKind.NEWSPAPER: "newspaperArticle", OutletKind.MAGAZINE: "magazineArticle",
                OutletKind.JOURNAL: "journalArticle"}
HOST_GENRES = {OutletKind.NEWSPAPER: "newspaper", OutletKind.MAGAZINE: "periodical", OutletKind.JOURNAL: "periodical"}


def _host(parent: list, review: Review) -> None:
    """The outlet, first of the review's related items, as the continuing resource it is."""
    assert review.outlet
    host = _el(parent, "relatedItem", type="host")
    _title_info(host, review.outlet, None)
    _el(_el(host, "originInfo"), "issuance", "continuing")
    _el(host, "genre", HOST_GENRES[outlet_kind(review.outlet)], authority="marcgt")
    if review.date or review.section:
        part = _el(host, "part")
        if review.section:
            _el(_el(part, "detail", type="section"), "caption", review.section)
        if review.date:
            _el(part, "date", review.date, encoding="w3cdtf")


def _review(parent: list, review: Review, books: Sequence[Book]) -> None:
    mods = _el(parent, "mods", version="3.8", ID=_xml_text(review.key))
    if review.headline:
        _title_info(mods, review.headline, None)
    else:
        _title_info(mods, f"Review of {books[0].title}", None, supplied="yes")
    for person in review.reviewers:
        _name(mods, person)
    _el(mods, "typeOfResource", "text")
    _el(mods, "genre", "review", authority="marcgt")
    if review.outlet:
        _el(mods, "genre", ZOTERO_TYPES[outlet_kind(review.outlet)], authority="local")
    if review.date:
        _el(_el(mods, "originInfo", eventType="publication"), "dateIssued", review.date,
            encoding="w3cdtf", keyDate="yes")
    # The book in words too: readers that do not follow reviewOf keep the link this way.
    _el(mods, "note", f"Review of {reviewed_books(books)}")
    if review.outlet:
        _host(mods, review)
    for book in books:
        # Title only: a name here is read as a second author of the review (Zotero);
        # the book's own record, which xlink:href points at, names its people.
        related = _el(mods, "relatedItem", type="reviewOf", **{"xlink:href": f"#{_xml_text(book.key)}"})
        _title_info(related, book.title, book.subtitle)
    if review.url:
        _el(_el(mods, "location"), "url", review.url)
    _record_info(mods)


def _record_info(mods: list) -> None:
    info = _el(mods, "recordInfo")
    _el(info, "recordOrigin", "Parsed from a review's publication notes by catalog.")


HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<modsCollection xmlns="{MODS_NS}" xmlns:xlink="{XLINK_NS}" xmlns:xsi="{XSI_NS}" '
          f'xsi:schemaLocation="{SCHEMA_LOCATION}">\n')
SEPARATOR = ""
FOOTER = "</modsCollection>\n"


def elements(record: Record) -> list[Node]:
    """One record's <mods> elements as tuples: a <mods> for each book, then the review's."""
    made: list = []
    for book in record.books:
        _book(made, book)
    _review(made, record.review, record.books)
    return made


def fragment(record: Record) -> str:
    """One record's <mods> elements, laid out exactly as inside the whole collection."""
    out: list[str] = []
    for element in elements(record):
        _serialize_into(out, element, "  ")
    return "".join(out)


def to_mods(records: Sequence[Record]) -> str:
    return HEADER + SEPARATOR.join(fragment(r) for r in records) + FOOTER


# What this format does with each thing the hub knows (the README's table comes from here).
LABEL = "MODS 3.8"
CARRIES = {
    "the review": "host `relatedItem` first, `genre` newspaper or periodical, `issuance` continuing, `part/date`; "
                  "a local `genre` names Zotero's item type (`magazineArticle`)",
    "review → book link": "`relatedItem type=\"reviewOf\"` `xlink:href=\"#key\"` (title only); a `note` names the book",
    "editors": "`name` with role `edt`",
    "translators": "`name` with role `trl`",
    "place": "`originInfo/place/placeTerm`",
    "series": "`relatedItem type=\"series\"`",
    "page count": "`physicalDescription/extent` \"368 pages : illustrations\" (RDA, as MARC 300), and the `note`",
    "price": "the record's one `note` (MODS has no price element)",
    "illustrated": "`extent` \"… : illustrations\"",
    "inferred year": "`dateIssued qualifier=\"inferred\"`",
    "unknown year": "no `dateIssued`",
    "ISBN": "`identifier type=\"isbn\"` each, `displayLabel` the binding",
    "invalid ISBN": "`identifier type=\"isbn\" invalid=\"yes\"`",
}
