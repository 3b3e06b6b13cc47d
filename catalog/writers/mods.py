"""Hub -> MODS 3.8: one modsCollection, a <mods> for each book and one for the review.

The review is its own resource (genre "review"): its outlet is relatedItem
type="host", first and marked a continuing newspaper or periodical; relatedItem
type="reviewOf" points at the book's ID. What MODS has no element for (prices,
the translation's language, doubts) goes to one general note per record. The text is
written directly, as lxml's pretty printer lays out the same tree, at a fifth of the cost of
building the tree (tests/writers/mods_reference.py keeps lxml's way as the reference);
every document is still validated against the MODS XSD before it is written.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

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


# The text is written as it is built, laid out exactly as lxml's pretty printer lays out the
# same tree (tests/writers/test_mods_layout.py holds it to lxml, byte for byte): two spaces a
# level, an element with children opens and closes on lines of its own, one with text on one
# line. Every element below has text or children, never neither. Attributes that are codes
# are spelled out; a value from the record goes through _attribute.

def _leaf(out: list[str], pad: str, tag: str, text: str, attrs: str = "") -> None:
    """<tag attrs>text</tag> on a line: the text is the record's, made XML and escaped."""
    out.append(f"{pad}<{tag}{attrs}>{_escape(_xml_text(text), _TEXT_ESCAPES)}</{tag}>\n")


def _attribute(name: str, value: str) -> str:
    """' name="value"' for a value from the record (a key, a binding)."""
    return f' {name}="{_escape(_xml_text(value), _ATTR_ESCAPES)}"'


def _title_info(out: list[str], pad: str, title: str, subtitle: str | None, attrs: str = "") -> None:
    """A title with its leading article in <nonSort>, as MARC's 245 indicator counts it."""
    inner = pad + "  "
    out.append(f"{pad}<titleInfo{attrs}>\n")
    article = leading_article(title)
    if article:
        # MODS guidelines keep the article's space inside nonSort; xml:space says it matters.
        _leaf(out, inner, "nonSort", article, ' xml:space="preserve"')
    _leaf(out, inner, "title", title[len(article):])
    if subtitle:
        _leaf(out, inner, "subTitle", subtitle)
    out.append(f"{pad}</titleInfo>\n")


# Hub role -> its <role>, both roleTerms, as written at the depth a <name> in a <mods> puts them.
_ROLES = {role: ('      <role>\n'
                 f'        <roleTerm type="code" authority="marcrelator">{code}</roleTerm>\n'
                 f'        <roleTerm type="text" authority="marcrelator">{_escape(term, _TEXT_ESCAPES)}</roleTerm>\n'
                 '      </role>\n') for role, (code, term) in RELATORS.items()}


def _name(out: list[str], person: Contributor) -> None:
    """A <name> in a <mods>: its parts and its role."""
    inner = "      "
    if person.literal:
        out.append('    <name type="corporate">\n')
        _leaf(out, inner, "namePart", person.literal)
    else:
        out.append('    <name type="personal">\n')
        if person.given:
            _leaf(out, inner, "namePart", person.given, ' type="given"')
        family = " ".join(p for p in (person.particle, person.family) if p)
        _leaf(out, inner, "namePart", family, ' type="family"')
        if person.suffix:
            _leaf(out, inner, "namePart", person.suffix, ' type="termsOfAddress"')
    out.append(_ROLES[person.role])
    out.append("    </name>\n")


def _physical_description(out: list[str], book: Book) -> None:
    """'368 pages : illustrations', the RDA statement MARC 300 prints: Zotero's MODS import
    reads its count (it ignores a bare `<extent unit="pages">368</extent>`)."""
    if not book.pages and not book.illustrated:
        return
    out.append("    <physicalDescription>\n")
    _leaf(out, "      ", "extent", " : ".join(p for p in extent_statement(book) if p))
    out.append("    </physicalDescription>\n")


def book_note(book: Book) -> str | None:
    """Everything MODS has no element for, in one general note: converters (bibutils'
    xml2bib) write each <note> as its own `note =` field, and a repeated field is an
    error to BibTeX and biber. It opens with the page count, which bibutils reads from
    no MODS element into BibTeX or RIS."""
    return sentences([f"{book.pages} pages" if book.pages else None,
                      f"Translated from the {book.original_language}" if book.original_language else None,
                      *(f"Price: {price_text(o)}" for o in book.prices), *book.notes,
                      needs_review(book), inferred_year(book)])


# Every <mods> ends alike: who made the record.
_RECORD_INFO = ("    <recordInfo>\n"
                "      <recordOrigin>Parsed from a review's publication notes by catalog.</recordOrigin>\n"
                "    </recordInfo>\n"
                "  </mods>\n")


def _book(out: list[str], book: Book) -> None:
    out.append(f'  <mods version="3.8"{_attribute("ID", book.key)}>\n')
    _title_info(out, "    ", book.title, book.subtitle)
    for person in book.contributors:
        _name(out, person)
    out.append('    <typeOfResource>text</typeOfResource>\n'
               '    <genre authority="marcgt">book</genre>\n'
               '    <originInfo eventType="publication">\n')
    if book.place:
        out.append("      <place>\n")
        _leaf(out, "        ", "placeTerm", book.place, ' type="text"')
        out.append("      </place>\n")
    if book.publisher:
        _leaf(out, "      ", "publisher", book.publisher)
    if book.year is not None:
        qualifier = ' qualifier="inferred"' if book.year_inferred else ""
        out.append(f'      <dateIssued encoding="w3cdtf" keyDate="yes"{qualifier}>{book.year}</dateIssued>\n')
    if book.edition:
        _leaf(out, "      ", "edition", book.edition)
    out.append("      <issuance>monographic</issuance>\n"
               "    </originInfo>\n")
    _physical_description(out, book)
    note = book_note(book)
    if note:
        _leaf(out, "    ", "note", note)
    if book.series:
        out.append('    <relatedItem type="series">\n')
        _title_info(out, "      ", book.series, None)
        out.append("    </relatedItem>\n")
    written: set[str] = set()
    for held in book.offers:
        if held.isbn13 and not (held.isbn13 in written and held.binding is None):
            written.add(held.isbn13)   # an ISBN printed as ISBN-10 and ISBN-13 is one identifier
            label = _attribute("displayLabel", held.binding) if held.binding else ""
            _leaf(out, "    ", "identifier", held.isbn13, ' type="isbn"' + label)
    for printed in book.invalid_isbns:
        _leaf(out, "    ", "identifier", printed, ' type="isbn" invalid="yes"')
    out.append(_RECORD_INFO)


# The outlet's kind -> its MARC genre term: a reader files the review by it (Zotero a
# newspaper article, bibutils NEWS or JOUR), and with no genre takes the host for a book.
# The item type as Zotero's own MODS export names it in a local genre, which its import
# reads first: MARC's genres have no magazine, and Zotero files a "periodical" as a journal.
ZOTERO_TYPES = {OutletKind.NEWSPAPER: "newspaperArticle", OutletKind.MAGAZINE: "magazineArticle",
                OutletKind.JOURNAL: "journalArticle"}
HOST_GENRES = {OutletKind.NEWSPAPER: "newspaper", OutletKind.MAGAZINE: "periodical", OutletKind.JOURNAL: "periodical"}


def _host(out: list[str], review: Review) -> None:
    """The outlet, first of the review's related items, as the continuing resource it is."""
    assert review.outlet
    out.append('    <relatedItem type="host">\n')
    _title_info(out, "      ", review.outlet, None)
    out.append("      <originInfo>\n"
               "        <issuance>continuing</issuance>\n"
               "      </originInfo>\n")
    out.append(f'      <genre authority="marcgt">{HOST_GENRES[outlet_kind(review.outlet)]}</genre>\n')
    if review.date or review.section:
        out.append("      <part>\n")
        if review.section:
            out.append('        <detail type="section">\n')
            _leaf(out, "          ", "caption", review.section)
            out.append("        </detail>\n")
        if review.date:
            _leaf(out, "        ", "date", review.date, ' encoding="w3cdtf"')
        out.append("      </part>\n")
    out.append("    </relatedItem>\n")


def _review(out: list[str], review: Review, books: Sequence[Book]) -> None:
    out.append(f'  <mods version="3.8"{_attribute("ID", review.key)}>\n')
    if review.headline:
        _title_info(out, "    ", review.headline, None)
    else:
        _title_info(out, "    ", f"Review of {books[0].title}", None, ' supplied="yes"')
    for person in review.reviewers:
        _name(out, person)
    out.append('    <typeOfResource>text</typeOfResource>\n'
               '    <genre authority="marcgt">review</genre>\n')
    if review.outlet:
        out.append(f'    <genre authority="local">{ZOTERO_TYPES[outlet_kind(review.outlet)]}</genre>\n')
    if review.date:
        out.append('    <originInfo eventType="publication">\n')
        _leaf(out, "      ", "dateIssued", review.date, ' encoding="w3cdtf" keyDate="yes"')
        out.append("    </originInfo>\n")
    # The book in words too: readers that do not follow reviewOf keep the link this way.
    _leaf(out, "    ", "note", f"Review of {reviewed_books(books)}")
    if review.outlet:
        _host(out, review)
    for book in books:
        # Title only: a name here is read as a second author of the review (Zotero);
        # the book's own record, which xlink:href points at, names its people.
        out.append(f'    <relatedItem type="reviewOf"{_attribute("xlink:href", "#" + book.key)}>\n')
        _title_info(out, "      ", book.title, book.subtitle)
        out.append("    </relatedItem>\n")
    if review.url:
        out.append("    <location>\n")
        _leaf(out, "      ", "url", review.url)
        out.append("    </location>\n")
    out.append(_RECORD_INFO)


HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<modsCollection xmlns="{MODS_NS}" xmlns:xlink="{XLINK_NS}" xmlns:xsi="{XSI_NS}" '
          f'xsi:schemaLocation="{SCHEMA_LOCATION}">\n')
SEPARATOR = ""
FOOTER = "</modsCollection>\n"


def fragment(record: Record) -> str:
    """One record's <mods> elements, laid out exactly as inside the whole collection:
    a <mods> for each book, then the review's."""
    out: list[str] = []
    for book in record.books:
        _book(out, book)
    _review(out, record.review, record.books)
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
