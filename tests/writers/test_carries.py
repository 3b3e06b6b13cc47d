"""What each format carries, held to the registry (each writer's CARRIES, the README's table).

For every row of the table and every format, a record with the thing set and the same
record without it (or with another value where it cannot be absent, as a review always
reviews a book) are written through the registry, validated. Their outputs must differ,
and the thing must read back where the row says: bibtexparser for the .bib formats, json
for CSL-JSON, lxml for MODS, pymarc for MARCXML and ISO 2709, the tag lines for RIS. A
row that says "not written" must leave the output as it was. A row or a writer added to
the registry fails here until its read-back is added below.
"""
from __future__ import annotations

import io
import json
import re
from dataclasses import replace
from decimal import Decimal

import pymarc
import pytest
from lxml import etree

from catalog.formats import CARRIED, FORMATS, render
from catalog.model import Book, Contributor, Offer, Price, Record, Review, Role, Source

# --- the records: a book with every field, a review with every metadata field -------------

AUTHOR = Contributor(Role.AUTHOR, "Robert", "Whymant")
EDITOR = Contributor(Role.EDITOR, "Edith", "Marlow")
TRANSLATOR = Contributor(Role.TRANSLATOR, "Tomas", "Lindqvist")
CLOTH, PAPER = "9780306406157", "9780140449136"   # valid ISBN-13s
BAD_ISBN = "0306406153"                           # its check digit is wrong
PRICED = (Offer("cloth", Price(Decimal("25.95"), "USD"), CLOTH), Offer("paper", Price(Decimal("14.50"), "USD"), PAPER))

BOOK = Book(
    key="whymant-stalins-spy", title="Stalin's Spy", subtitle="Richard Sorge and the Tokyo Espionage Ring",
    contributors=(AUTHOR, EDITOR, TRANSLATOR), publisher="St. Martin's Press", place="New York", year=1996,
    pages=368, illustrated=True, offers=PRICED, invalid_isbns=(BAD_ISBN,), series="Asian Lives",
    edition="First edition", original_language="Japanese",
    provenance=(("title", Source.TRAILER), ("year", Source.TRAILER)))
REVIEW = Review(
    key="review-whymant-stalins-spy", reviews=(BOOK.key,), reviewers=(Contributor(Role.REVIEWER, "Ann", "Critic"),),
    outlet="The New York Times", date="1996-07-01", headline="A Spy in Tokyo", url="https://example.org/reviews/1",
    section="Book Review")
FULL = Record("stalins-spy", (BOOK,), REVIEW)


def _book(**changes) -> Record:
    book = replace(BOOK, **changes)
    return Record(FULL.id, (book,), replace(REVIEW, reviews=(book.key,)))


def _inferred(year_source: Source) -> dict:
    return {"provenance": (("title", Source.TRAILER), ("year", year_source))}


# Each row: the record with the thing, and the record without it (or with another value).
VARIANTS: dict[str, tuple[Record, Record]] = {
    "the review": (FULL, replace(FULL, review=Review(REVIEW.key, REVIEW.reviews))),
    "review → book link": (FULL, _book(key="doe-winter-orchards", title="Winter Orchards", subtitle=None,
                                       contributors=(Contributor(Role.AUTHOR, "Jane", "Doe"),))),
    "editors": (FULL, _book(contributors=(AUTHOR, TRANSLATOR))),
    "translators": (FULL, _book(contributors=(AUTHOR, EDITOR))),
    "place": (FULL, _book(place=None)),
    "series": (FULL, _book(series=None)),
    "page count": (FULL, _book(pages=None)),
    "price": (FULL, _book(offers=tuple(replace(o, price=None) for o in PRICED))),
    "illustrated": (FULL, _book(illustrated=False)),
    "inferred year": (_book(**_inferred(Source.INFERRED)), _book(year=None)),
    "unknown year": (_book(year=None), FULL),
    "ISBN": (FULL, _book(offers=tuple(replace(o, isbn13=None) for o in PRICED))),
    "invalid ISBN": (FULL, _book(invalid_isbns=())),
}

# --- reading each format back: an entry (the book or the review) and a path in it -> values

MODS_NS = {"m": "http://www.loc.gov/mods/v3", "xlink": "http://www.w3.org/1999/xlink"}


def _bib(text: str) -> dict[str, dict[str, str]]:
    import bibtexparser
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks
    return {e.key: {"@type": e.entry_type, **{f.key: re.sub(r"[{}]", "", f.value) for f in e.fields}}
            for e in library.entries}


def _read_bib(text: str, key: str, path: str) -> list[str]:
    value = _bib(text)[key].get(path)
    return [] if value is None else [value]


def _leaves(value) -> list[str]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [str(value)]


def _read_csl(text: str, key: str, path: str) -> list[str]:
    value = next(item for item in json.loads(text) if item["id"] == key)
    for step in path.split("."):
        if step not in value:
            return []
        value = value[step]
    return _leaves(value)


def _read_mods(text: str, key: str, path: str) -> list[str]:
    root = etree.fromstring(text.encode("utf-8"))
    (mods,) = root.xpath("m:mods[@ID=$key]", namespaces=MODS_NS, key=key)
    return [str(v) for v in mods.xpath(path, namespaces=MODS_NS)]


def _marc_path(record: pymarc.Record, path: str) -> list[str]:
    """'020$a' the subfield's values, '008/18' a position, '008/06-10' a range, 'leader/07'."""
    tag, _, where = path.partition("$") if "$" in path else path.partition("/")
    if tag == "leader":
        return [str(record.leader)[int(where)]]
    if "$" in path:
        return [v for f in record.get_fields(tag) for v in f.get_subfields(where)]
    first, _, last = where.partition("-")
    return [f.data[int(first):int(last or first) + 1] for f in record.get_fields(tag)]


def _marc_record(records: list[pymarc.Record], key: str) -> pymarc.Record:
    return next(r for r in records if r["001"].data == key)


def _read_marcxml(text: str, key: str, path: str) -> list[str]:
    return _marc_path(_marc_record(pymarc.parse_xml_to_array(io.BytesIO(text.encode("utf-8"))), key), path)


def _read_iso2709(text: str, key: str, path: str) -> list[str]:
    reader = pymarc.MARCReader(io.BytesIO(text.encode("utf-8")), to_unicode=True, force_utf8=True)
    return _marc_path(_marc_record(list(reader), key), path)


def _read_ris(text: str, key: str, path: str) -> list[str]:
    references: list[dict[str, list[str]]] = []
    for line in text.splitlines():
        tag, value = line[:2], line[6:]
        if tag == "TY":
            references.append({})
        references[-1].setdefault(tag, []).append(value)
    return next(r for r in references if r["ID"] == [key]).get(path, [])


READERS = {"bibtex": _read_bib, "biblatex": _read_bib, "mods": _read_mods, "csljson": _read_csl,
           "marcxml": _read_marcxml, "marc": _read_iso2709, "ris": _read_ris}

# --- where each row's value reads back, by the writer's LABEL ------------------------------
# (entry, path, value): `value` is found in what `path` reads in the record with the thing,
# and not in the record without it; Always(value): found with the thing, a mark of its kind
# that the other record may have too; None: the path reads nothing with the thing, and
# something without it ("unknown year": no date where a known year has one).


class Always(str):
    """A value the record with the thing must read back, whatever the other record says."""


B, R = "book", "review"
OUTLET = "The New York Times"
CHECKS: dict[str, dict[str, list[tuple[str, str, str | Always | None]]]] = {
    "the review": {
        "BibTeX": [(R, "@type", "article"), (R, "journal", OUTLET), (R, "year", "1996"), (R, "month", "jul"),
                   (R, "day", "1")],
        "biblatex": [(R, "@type", "article"), (R, "journaltitle", OUTLET), (R, "date", "1996-07-01")],
        "MODS 3.8": [(R, "m:relatedItem[1][@type='host']/m:titleInfo/m:title/text()", "New York Times"),
                     (R, "m:relatedItem[@type='host']/m:genre/text()", "newspaper"),
                     (R, "m:relatedItem[@type='host']/m:originInfo/m:issuance/text()", "continuing"),
                     (R, "m:relatedItem[@type='host']/m:part/m:date/text()", "1996-07-01")],
        "CSL-JSON": [(R, "type", "article-newspaper"), (R, "container-title", OUTLET), (R, "issued", "1996")],
        "MARC 21": [(R, "leader/07", Always("b")), (R, "100$a", "Critic, Ann"), (R, "245$a", "A Spy in Tokyo"),
                    (R, "773$t", OUTLET), (R, "773$g", "July 1, 1996")],
        "RIS": [(R, "TY", "NEWS"), (R, "T2", OUTLET), (R, "JF", OUTLET), (R, "DA", "1996/07/01/")],
    },
    "review → book link": {
        "BibTeX": [(R, "note", "Review of Stalin's Spy")],
        "biblatex": [(R, "related", BOOK.key), (R, "relatedtype", Always("reviewof")),
                     (R, "annote", "Stalin's Spy")],
        "MODS 3.8": [(R, "m:relatedItem[@type='reviewOf']/@xlink:href", f"#{BOOK.key}"),
                     (R, "m:relatedItem[@type='reviewOf']/m:titleInfo/m:title/text()", "Stalin's Spy"),
                     (R, "m:note/text()", "Review of Stalin's Spy")],
        "CSL-JSON": [(R, "reviewed-title", "Stalin's Spy"), (R, "reviewed-author", "Whymant"),
                     (R, "note", "Review of Stalin's Spy"), (R, "custom.reviews", BOOK.key)],
        "MARC 21": [(R, "787$i", Always("Review of (work):")), (R, "787$t", "Stalin's Spy"), (R, "787$w", BOOK.key)],
        "RIS": [(R, "N1", "Review of Stalin's Spy"), (R, "C1", "Stalin's Spy"), (R, "C2", BOOK.key)],
    },
    "editors": {
        "BibTeX": [(B, "note", "Edited by Edith Marlow")],
        "biblatex": [(B, "editor", "Marlow, Edith")],
        "MODS 3.8": [(B, "m:name[m:role/m:roleTerm='edt']/m:namePart[@type='family']/text()", "Marlow")],
        "CSL-JSON": [(B, "editor", "Marlow")],
        "MARC 21": [(B, "700$a", "Marlow, Edith"), (B, "700$4", "edt")],
        "RIS": [(B, "A2", "Marlow, Edith")],
    },
    "translators": {
        "BibTeX": [(B, "note", "Translated by Tomas Lindqvist")],
        "biblatex": [(B, "translator", "Lindqvist, Tomas")],
        "MODS 3.8": [(B, "m:name[m:role/m:roleTerm='trl']/m:namePart[@type='family']/text()", "Lindqvist")],
        "CSL-JSON": [(B, "translator", "Lindqvist")],
        "MARC 21": [(B, "700$a", "Lindqvist, Tomas"), (B, "700$4", "trl")],
        "RIS": [(B, "A4", "Lindqvist, Tomas")],
    },
    "place": {
        "BibTeX": [(B, "address", "New York")],
        "biblatex": [(B, "location", "New York")],
        "MODS 3.8": [(B, "m:originInfo/m:place/m:placeTerm/text()", "New York")],
        "CSL-JSON": [(B, "publisher-place", "New York")],
        "MARC 21": [(B, "264$a", "New York")],
        "RIS": [(B, "CY", "New York")],
    },
    "series": {
        "BibTeX": [(B, "series", "Asian Lives")],
        "biblatex": [(B, "series", "Asian Lives")],
        "MODS 3.8": [(B, "m:relatedItem[@type='series']/m:titleInfo/m:title/text()", "Asian Lives")],
        "CSL-JSON": [(B, "collection-title", "Asian Lives")],
        "MARC 21": [(B, "490$a", "Asian Lives")],
        "RIS": [(B, "T2", "Asian Lives")],
    },
    "page count": {
        "BibTeX": [(B, "pagetotal", "368"), (B, "note", "368 pages")],
        "biblatex": [(B, "pagetotal", "368")],
        "MODS 3.8": [(B, "m:physicalDescription/m:extent/text()", "368 pages"), (B, "m:note/text()", "368 pages")],
        "CSL-JSON": [(B, "number-of-pages", "368")],
        "MARC 21": [(B, "300$a", "368 pages")],
        "RIS": [(B, "SP", "368")],
    },
    "price": {
        "BibTeX": [(B, "note", "USD 25.95"), (B, "note", "USD 14.50")],
        "biblatex": [(B, "note", "USD 25.95"), (B, "note", "USD 14.50")],
        "MODS 3.8": [(B, "m:note/text()", "USD 25.95"), (B, "m:note/text()", "USD 14.50")],
        "CSL-JSON": [(B, "custom.prices", "25.95"), (B, "custom.prices", "14.50")],
        "MARC 21": [(B, "020$c", "USD 25.95"), (B, "020$c", "USD 14.50")],
        "RIS": [(B, "N1", "USD 25.95"), (B, "N1", "USD 14.50")],
    },
    "illustrated": {
        "BibTeX": [(B, "note", "Illustrated")],
        "biblatex": [(B, "note", "Illustrated")],
        "MODS 3.8": [(B, "m:physicalDescription/m:extent/text()", ": illustrations")],
        "CSL-JSON": [(B, "custom.illustrated", "True")],
        "MARC 21": [(B, "300$b", "illustrations"), (B, "008/18", "a")],
        "RIS": [(B, "N1", "Illustrated")],
    },
    "inferred year": {
        "BibTeX": [(B, "year", "1996"), (B, "note", "inferred")],
        "biblatex": [(B, "date", "1996?")],
        "MODS 3.8": [(B, "m:originInfo/m:dateIssued[@qualifier='inferred']/text()", "1996")],
        "CSL-JSON": [(B, "issued.circa", "True")],
        "MARC 21": [(B, "264$c", "[1996?]"), (B, "008/06", "q")],
        "RIS": [(B, "PY", "1996"), (B, "N1", "inferred")],
    },
    "unknown year": {
        "BibTeX": [(B, "year", "n.d.")],
        "biblatex": [(B, "date", "XXXX")],
        "MODS 3.8": [(B, "m:originInfo/m:dateIssued/text()", None)],
        "CSL-JSON": [(B, "issued", None)],
        "MARC 21": [(B, "264$c", "[date of publication not identified]"), (B, "008/06-10", "nuuuu")],
        "RIS": [(B, "PY", None)],
    },
    "ISBN": {
        "BibTeX": [(B, "isbn", CLOTH)],
        "biblatex": [(B, "isbn", CLOTH)],
        "MODS 3.8": [(B, "m:identifier[@type='isbn'][@displayLabel='cloth']/text()", CLOTH),
                     (B, "m:identifier[@type='isbn'][@displayLabel='paper']/text()", PAPER)],
        "CSL-JSON": [(B, "ISBN", CLOTH), (B, "custom.isbns", CLOTH), (B, "custom.isbns", PAPER)],
        "MARC 21": [(B, "020$a", CLOTH), (B, "020$a", PAPER), (B, "020$q", "cloth")],
        "RIS": [(B, "SN", CLOTH)],
    },
    "invalid ISBN": {
        "MODS 3.8": [(B, "m:identifier[@type='isbn'][@invalid='yes']/text()", BAD_ISBN)],
        "MARC 21": [(B, "020$z", BAD_ISBN)],
    },
}

NOT_WRITTEN = "not written"
CARRYING = [f for f in FORMATS.values() if hasattr(f.writer, "CARRIES")]


def _key(record: Record, which: str) -> str:
    return record.books[0].key if which == B else record.review.key


def test_every_row_of_every_writer_has_its_read_back():
    """The checks cover the registry exactly: a new row, writer or "not written" changed shows here."""
    assert set(CHECKS) == set(CARRIED) == set(VARIANTS)
    for fmt in CARRYING:
        writer = fmt.writer
        for row, says in writer.CARRIES.items():
            assert (writer.LABEL in CHECKS[row]) == (says != NOT_WRITTEN), (row, writer.LABEL)
    assert {f.name for f in CARRYING} == set(READERS)


def test_the_full_record_is_every_formats_and_differs_from_each_variant():
    for row, (carried, other) in VARIANTS.items():
        assert carried != other, row
    for fmt in CARRYING:
        render(fmt, [FULL])   # valid: render checks it


@pytest.mark.parametrize("row", CARRIED)
@pytest.mark.parametrize("fmt", CARRYING, ids=lambda f: f.name)
def test_each_format_carries_what_the_registry_says(fmt, row):
    carried, other = VARIANTS[row]
    with_it, without = render(fmt, [carried]), render(fmt, [other])
    says = fmt.writer.CARRIES[row]
    if says == NOT_WRITTEN:
        assert with_it == without, f"{fmt.name} writes {row}, but its CARRIES says {says!r}"
        return
    assert with_it != without, f"{fmt.name}: {row} makes no difference, but CARRIES says {says!r}"
    read = READERS[fmt.name]
    for which, path, value in CHECKS[row][fmt.writer.LABEL]:
        found = read(with_it, _key(carried, which), path)
        absent = read(without, _key(other, which), path)
        if value is None:
            assert found == [] and absent != [], (fmt.name, row, path, found, absent)
        else:
            assert any(value in v for v in found), (fmt.name, row, path, value, found)
            if not isinstance(value, Always):
                assert not any(value in v for v in absent), (fmt.name, row, path, value, absent)
