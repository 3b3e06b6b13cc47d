"""The MODS writer as it was, elements built as a tree and laid out by lxml's pretty
printer: the reference that tests/writers/test_mods_layout.py holds catalog/writers/mods.py's
direct text writer to, byte for byte. The tree is built here, element by element, from the
record (not from anything the writer makes), so the two share only the mapping's tables
and notes (RELATORS, the genres, book_note)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from catalog.language import leading_article
from catalog.model import Book, Contributor, Record, Review
from catalog.writers import mods
from catalog.writers.shared import extent_statement, outlet_kind, reviewed_books

XML_NS = "http://www.w3.org/XML/1998/namespace"
_PREFIXES = {"xml": XML_NS, "xlink": mods.XLINK_NS}
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    """What XML 1.0 can hold (lxml refuses the rest): each other character a space."""
    return _NOT_XML.sub(" ", text)


def _qualified(name: str, default: str | None) -> str:
    prefix, _, local = name.rpartition(":")
    namespace = _PREFIXES[prefix] if prefix else default
    return f"{{{namespace}}}{local}" if namespace else local


def _el(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _qualified(tag, mods.MODS_NS),
                               {_qualified(k, None): v for k, v in attrs.items()})
    element.text = None if text is None else _xml_text(text)
    return element


def _title_info(parent: etree._Element, title: str, subtitle: str | None, **attrs: str) -> None:
    info = _el(parent, "titleInfo", **attrs)
    article = leading_article(title)
    if article:
        _el(info, "nonSort", article, **{"xml:space": "preserve"})
    _el(info, "title", title[len(article):])
    if subtitle:
        _el(info, "subTitle", subtitle)


def _name(parent: etree._Element, person: Contributor) -> None:
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
    code, term = mods.RELATORS[person.role]
    role = _el(name, "role")
    _el(role, "roleTerm", code, type="code", authority="marcrelator")
    _el(role, "roleTerm", term, type="text", authority="marcrelator")


def _book(parent: etree._Element, book: Book) -> None:
    record = _el(parent, "mods", version="3.8", ID=_xml_text(book.key))
    _title_info(record, book.title, book.subtitle)
    for person in book.contributors:
        _name(record, person)
    _el(record, "typeOfResource", "text")
    _el(record, "genre", "book", authority="marcgt")
    origin = _el(record, "originInfo", eventType="publication")
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
    if book.pages or book.illustrated:
        _el(_el(record, "physicalDescription"), "extent", " : ".join(p for p in extent_statement(book) if p))
    note = mods.book_note(book)
    if note:
        _el(record, "note", note)
    if book.series:
        _title_info(_el(record, "relatedItem", type="series"), book.series, None)
    written = set()
    for held in book.offers:
        if held.isbn13 and not (held.isbn13 in written and held.binding is None):
            written.add(held.isbn13)
            attrs = {"displayLabel": _xml_text(held.binding)} if held.binding else {}
            _el(record, "identifier", held.isbn13, type="isbn", **attrs)
    for printed in book.invalid_isbns:
        _el(record, "identifier", printed, type="isbn", invalid="yes")
    _record_info(record)


def _host(parent: etree._Element, review: Review) -> None:
    assert review.outlet
    host = _el(parent, "relatedItem", type="host")
    _title_info(host, review.outlet, None)
    _el(_el(host, "originInfo"), "issuance", "continuing")
    _el(host, "genre", mods.HOST_GENRES[outlet_kind(review.outlet)], authority="marcgt")
    if review.date or review.section:
        part = _el(host, "part")
        if review.section:
            _el(_el(part, "detail", type="section"), "caption", review.section)
        if review.date:
            _el(part, "date", review.date, encoding="w3cdtf")


def _review(parent: etree._Element, review: Review, books: Sequence[Book]) -> None:
    record = _el(parent, "mods", version="3.8", ID=_xml_text(review.key))
    if review.headline:
        _title_info(record, review.headline, None)
    else:
        _title_info(record, f"Review of {books[0].title}", None, supplied="yes")
    for person in review.reviewers:
        _name(record, person)
    _el(record, "typeOfResource", "text")
    _el(record, "genre", "review", authority="marcgt")
    if review.outlet:
        _el(record, "genre", mods.ZOTERO_TYPES[outlet_kind(review.outlet)], authority="local")
    if review.date:
        _el(_el(record, "originInfo", eventType="publication"), "dateIssued", review.date,
            encoding="w3cdtf", keyDate="yes")
    _el(record, "note", f"Review of {reviewed_books(books)}")
    if review.outlet:
        _host(record, review)
    for book in books:
        related = _el(record, "relatedItem", type="reviewOf", **{"xlink:href": f"#{_xml_text(book.key)}"})
        _title_info(related, book.title, book.subtitle)
    if review.url:
        _el(_el(record, "location"), "url", review.url)
    _record_info(record)


def _record_info(record: etree._Element) -> None:
    _el(_el(record, "recordInfo"), "recordOrigin", "Parsed from a review's publication notes by catalog.")


def _collection() -> etree._Element:
    root = etree.Element(f"{{{mods.MODS_NS}}}modsCollection",
                         nsmap={None: mods.MODS_NS, "xlink": mods.XLINK_NS, "xsi": mods.XSI_NS})
    root.set(f"{{{mods.XSI_NS}}}schemaLocation", mods.SCHEMA_LOCATION)
    return root


def _serialize(root: etree._Element) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, pretty_print=True, encoding="unicode")


_EMPTY = _serialize(_collection())                       # '<modsCollection .../>'
HEADER = _EMPTY[: _EMPTY.rindex("/>")] + ">\n"             # the same, opened
FOOTER = "</modsCollection>\n"


def fragment(record: Record) -> str:
    """The record's <mods> elements as lxml lays them out inside the collection."""
    root = _collection()
    for book in record.books:
        _book(root, book)
    _review(root, record.review, record.books)
    return _serialize(root)[len(HEADER):-len(FOOTER)]


def to_mods(records: Sequence[Record]) -> str:
    return HEADER + "".join(fragment(r) for r in records) + FOOTER
