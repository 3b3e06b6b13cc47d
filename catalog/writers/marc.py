"""Hub -> MARC 21 bibliographic records: the book, and the review as a component part.

Libraries load MARC: MARCXML (`--to marcxml`) or ISO 2709 in UTF-8 (`--to marc`). Both
are written from the same light records (leader and fields as tuples) by string
building, byte for byte what pymarc writes for them, at a tenth of its cost;
`record_marcs` gives them as pymarc records for callers who want pymarc's API. Fixed fields
say only what is known: an unknown value is the fill character `|` or a blank, as MARC 21
allows. The review is a serial component
part (leader/07 `b`) whose 773 names the outlet and whose 787 points at the book's 001.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from catalog.errors import UnwritableError
from catalog.language import leading_article
from catalog.model import Book, Contributor, Record, Review, Role
from catalog.writers.mods import RELATORS
from catalog.writers.shared import extent_statement, full_title, inferred_year, needs_review, price_text, reviewed_books

if TYPE_CHECKING:
    import pymarc

# "Translated from the French" -> MARC language code (041 $h).
LANGUAGES = {
    "french": "fre", "german": "ger", "spanish": "spa", "italian": "ita", "portuguese": "por",
    "russian": "rus", "japanese": "jpn", "chinese": "chi", "hebrew": "heb", "arabic": "ara",
    "polish": "pol", "dutch": "dut", "swedish": "swe", "norwegian": "nor", "danish": "dan",
    "czech": "cze", "hungarian": "hun", "greek": "gre", "turkish": "tur", "korean": "kor",
    "yiddish": "yid", "finnish": "fin", "romanian": "rum", "serbian": "srp", "croatian": "hrv",
    "persian": "per", "catalan": "cat", "icelandic": "ice", "latin": "lat", "english": "eng",
}
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


class Field(NamedTuple):
    """A control field (data, no subfields) or a data field (indicators and subfields)."""

    tag: str
    ind1: str = " "
    ind2: str = " "
    subfields: tuple[tuple[str, str], ...] = ()
    data: str | None = None


class MarcRecord(NamedTuple):
    leader: str
    fields: tuple[Field, ...]


def _control(tag: str, data: str) -> Field:
    return Field(tag, data=data)


def _data(tag: str, ind1: str, ind2: str, *subfields: tuple[str, str]) -> Field:
    return Field(tag, ind1, ind2, subfields)


def nonfiling(title: str) -> str:
    """245's second indicator: the characters a leading article takes ('The Road' -> '4')."""
    return str(len(leading_article(title)))


def _end(text: str, closed_by: tuple[str, ...] = (".", "?", "!", "-")) -> str:
    """ISBD's closing period, not doubled: 'Ring.', 'Jr.'; 'Why?' stays, except in 245."""
    text = text.rstrip()
    return text if text.endswith(closed_by) else text + "."


def _end_title(text: str) -> str:
    """245 ends with a period even after '?' or '!' ('What is literature?.'): LCPS 1.7.1."""
    return _end(text, (".",))


def _fixed(date_type: str, date1: str, date2: str, illustrated: bool) -> str:
    """008 for books (40 positions): entered-on-file, the language and other unknown codes
    filled with '|' (a trailer never says what language the book is in)."""
    return ("||||||" + date_type + date1 + date2 + "xx " + ("a   " if illustrated else "    ")
            + " " + " " + "    " + " " + "0" + "0" + "0" + " " + "|" + "|" + "|||" + " " + "d")


def _fixed_serial_part(date_type: str, date1: str) -> str:
    """008 for a serial's component part (leader/07 'b' takes the continuing-resources
    layout): frequency, type, form and the like are not known, so filled."""
    return "||||||" + date_type + date1 + "    " + "xx " + "|| |||||||||   ||" + "|||" + " " + "d"


# 336/337/338: what RDA calls a printed book's content, media and carrier type.
CONTENT = ("336", "text", "txt", "rdacontent")
BOOK_TYPES = (CONTENT, ("337", "unmediated", "n", "rdamedia"), ("338", "volume", "nc", "rdacarrier"))


def _rda_type(tag: str, term: str, code: str, source: str) -> Field:
    return _data(tag, " ", " ", ("a", term), ("b", code), ("2", source))


# The same fields in every record: built once (fields are immutable tuples).
BOOK_TYPE_FIELDS = [_rda_type(*rda) for rda in BOOK_TYPES]
CONTENT_FIELD = _rda_type(*CONTENT)


def _heading(person: Contributor) -> str:
    """'Whymant, Robert', 'de Beauvoir, Simone', a corporate body as printed: MARC's inverted form."""
    if person.literal:
        return person.literal
    family = " ".join(p for p in (person.particle, person.family) if p)
    return f"{family}, {person.given}" if person.given else family


def _name_field(tag: str, person: Contributor) -> Field:
    """100/700 (person) or 110/710 (corporate body), with relator term and code."""
    code, term = RELATORS[person.role]
    relator = (("e", term + "."), ("4", code))
    if person.literal:
        return _data(tag[0] + "10", "2", " ", ("a", _heading(person) + ","), *relator)
    suffix = (("c", person.suffix + ","),) if person.suffix else ()
    return _data(tag, "1", " ", ("a", _heading(person) + ","), *suffix, *relator)


def _title_field(title: str, subtitle: str | None, has_main_entry: bool, supplied: bool = False) -> Field:
    ind1 = "1" if has_main_entry else "0"
    if supplied:
        return _data("245", ind1, "0", ("a", f"[{title}]" + "."))
    if subtitle:
        return _data("245", ind1, nonfiling(title), ("a", title + " :"), ("b", _end_title(subtitle)))
    return _data("245", ind1, nonfiling(title), ("a", _end_title(title)))


def book_record(book: Book) -> MarcRecord:
    fields = [_control("001", book.key)]
    if book.year is None:
        fixed = ("n", "uuuu", "    ")
    else:
        fixed = ("q", str(book.year), str(book.year)) if book.year_inferred else ("s", str(book.year), "    ")
    language = LANGUAGES.get((book.original_language or "").lower())
    fields.append(_control("008", _fixed(*fixed, book.illustrated)))
    written: set[str] = set()
    for offer in book.offers:
        if offer.isbn13 and not (offer.isbn13 in written and offer.binding is None and offer.price is None):
            written.add(offer.isbn13)   # an ISBN printed as ISBN-10 and ISBN-13 is one 020
            binding = (("q", offer.binding),) if offer.binding else ()
            price = (("c", price_text(offer)),) if offer.price else ()   # type: ignore[arg-type]
            fields.append(_data("020", " ", " ", ("a", offer.isbn13), *binding, *price))
    for printed in book.invalid_isbns:     # printed in the book, but not a valid ISBN
        fields.append(_data("020", " ", " ", ("z", printed)))
    if language:
        fields.append(_data("041", "1", " ", ("h", language)))
    people = list(book.contributors)
    main = people[0] if people and people[0].role in (Role.AUTHOR, Role.COMPILER) else None
    if main:
        fields.append(_name_field("100", main))
    fields.append(_title_field(book.title, book.subtitle, main is not None))
    if book.edition:
        fields.append(_data("250", " ", " ", ("a", _end(book.edition))))
    fields.append(_imprint(book))
    fields.append(_extent(book))
    fields += BOOK_TYPE_FIELDS
    if book.series:
        fields.append(_data("490", "0", " ", ("a", book.series)))
    fields += [_data("500", " ", " ", ("a", _end(note))) for note in _book_notes(book)]
    if book.original_language:
        fields.append(_data("546", " ", " ", ("a", f"Translated from the {book.original_language}.")))
    fields += [_name_field("700", person) for person in people if person is not main]
    return MarcRecord("     nam a22     3i 4500", tuple(fields))


def _imprint(book: Book) -> Field:
    """264 _1: place : publisher, date, in RDA's words where a part is unknown."""
    place = book.place or "[Place of publication not identified]"
    publisher = book.publisher or "[publisher not identified]"
    if book.year is None:
        date = "[date of publication not identified]"
    else:
        date = f"[{book.year}?]" if book.year_inferred else str(book.year)
    return _data("264", " ", "1", ("a", place + " :"), ("b", publisher + ","), ("c", _end(date)))


def _extent(book: Book) -> Field:
    """300: '368 pages :' '$b illustrations' (or '1 volume' when the count is not printed),
    the statement MODS <extent> prints too."""
    count, details = extent_statement(book)
    if details:
        return _data("300", " ", " ", ("a", count + " :"), ("b", details))
    return _data("300", " ", " ", ("a", count))


def _book_notes(book: Book) -> Iterator[str]:
    for offer in book.prices:
        if not offer.isbn13:
            yield f"Price: {price_text(offer)}"
    yield from book.notes
    for note in (needs_review(book), inferred_year(book)):
        if note:
            yield note


def _review_date(iso: str) -> str:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return f"{MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"
    return f"{MONTHS[parts[1] - 1]} {parts[0]}" if len(parts) == 2 else str(parts[0])


def review_record(review: Review, books: Sequence[Book]) -> MarcRecord:
    fields = [_control("001", review.key)]
    year = review.date[:4] if review.date else None
    fields.append(_control("008", _fixed_serial_part("s", year) if year else _fixed_serial_part("n", "uuuu")))
    if review.reviewers:
        fields.append(_name_field("100", review.reviewers[0]))
    if review.headline:
        fields.append(_title_field(review.headline, None, bool(review.reviewers)))
    else:
        fields.append(_title_field(f"Review of {full_title(books[0])}", None, bool(review.reviewers), supplied=True))
    fields.append(CONTENT_FIELD)
    # The 787 links the book for a catalog; readers that follow no link (Zotero's MARC
    # import) keep a 500 note, so the book is named there too, in words.
    fields.append(_data("500", " ", " ", ("a", _end(f"Review of {reviewed_books(books)}"))))
    fields += [_name_field("700", person) for person in review.reviewers[1:]]
    if review.outlet:
        issue = (("g", _review_date(review.date) + (f", {review.section}" if review.section else "")),) \
            if review.date else ()
        fields.append(_data("773", "0", " ", ("t", review.outlet), *issue))
    for book in books:
        author = tuple(("a", _heading(person)) for person in book.people(Role.AUTHOR)[:1])
        fields.append(_data("787", "0", "8", ("i", "Review of (work):"), *author, ("t", full_title(book)),
                            ("w", book.key)))
    if review.url:
        fields.append(_data("856", "4", "0", ("u", review.url)))
    return MarcRecord("     nab a22     3i 4500", tuple(fields))


def records(record: Record) -> list[MarcRecord]:
    """A record's books, then its review, as light MARC records.

    MARCXML and ISO 2709 are written from the same records, one format after the other
    over a chunk of documents; the last few hundred are remembered (by identity: records
    are immutable) so each is built once."""
    hit = _RECENT.get(id(record))
    if hit is not None and hit[0] is record:
        return hit[1]
    made = [book_record(b) for b in record.books] + [review_record(record.review, record.books)]
    if len(_RECENT) >= 512:
        _RECENT.clear()
    _RECENT[id(record)] = (record, made)
    return made


_RECENT: dict[int, tuple[Record, list[MarcRecord]]] = {}


def to_pymarc(marc: MarcRecord) -> pymarc.Record:
    """The record as pymarc's, for the tests and any caller who wants one; imported here, as
    an export never needs pymarc."""
    import pymarc
    made = pymarc.Record(force_utf8=True, leader=marc.leader)
    for f in marc.fields:
        if f.data is not None:
            made.add_field(pymarc.Field(f.tag, data=f.data))
        else:
            made.add_field(pymarc.Field(f.tag, pymarc.Indicators(f.ind1, f.ind2),
                                        [pymarc.Subfield(code, value) for code, value in f.subfields]))
    return made


def record_marcs(record: Record) -> list[pymarc.Record]:
    """A record's books, then its review, as pymarc records."""
    return [to_pymarc(m) for m in records(record)]


# --- MARCXML -------------------------------------------------------------------------

MARCXML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n'
MARCXML_FOOTER = "</collection>\n"


def _escape(text: str) -> str:
    """XML text as pymarc's ElementTree writes it: &, < and > escaped, nothing else."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _xml_record(marc: MarcRecord) -> str:
    parts = ["<record><leader>", _escape(marc.leader), "</leader>"]
    for f in marc.fields:
        if f.data is not None:
            parts += ['<controlfield tag="', f.tag, '">', _escape(f.data), "</controlfield>"]
            continue
        parts += ['<datafield ind1="', f.ind1, '" ind2="', f.ind2, '" tag="', f.tag, '">']
        for code, value in f.subfields:
            parts += ['<subfield code="', code, '">', _escape(value), "</subfield>"]
        parts.append("</datafield>")
    parts.append("</record>\n")
    return "".join(parts)


def xml_fragment(record: Record) -> str:
    """Each MARC record as a <record> of the MARCXML collection, one per line."""
    return "".join(_xml_record(m) for m in records(record))


def to_marcxml(records_: Sequence[Record]) -> str:
    return MARCXML_HEADER + "".join(xml_fragment(r) for r in records_) + MARCXML_FOOTER


# --- ISO 2709 ----------------------------------------------------------------------

FIELD_LIMIT, RECORD_LIMIT = 9999, 99999   # ISO 2709's four- and five-digit lengths, in bytes
FIELD_END, RECORD_END, SUBFIELD = "\x1e", "\x1d", "\x1f"


def _iso_field(f: Field) -> str:
    if f.data is not None:
        return f.data + FIELD_END
    return f.ind1 + f.ind2 + "".join([SUBFIELD + code + value for code, value in f.subfields]) + FIELD_END


def _iso2709(marc: MarcRecord) -> str:
    """Leader, directory (tag, length, start of each field), fields: lengths in UTF-8 bytes."""
    bodies = [_iso_field(f) for f in marc.fields]
    fields = "".join(bodies)
    if fields.isascii():   # most records: a character is a byte, no field need be encoded to be counted
        sizes = [len(body) for body in bodies]
    else:
        sizes = [len(body) if body.isascii() else len(body.encode("utf-8")) for body in bodies]
    directory, offset = [], 0
    for f, size in zip(marc.fields, sizes, strict=True):
        if size > FIELD_LIMIT:
            raise UnwritableError(f"ISO 2709 MARC: field {f.tag} is {size:,} bytes, the limit is "
                                  f"{FIELD_LIMIT:,} (MARCXML has none: --to marcxml)")
        directory.append("%s%04d%05d" % (f.tag, size, offset))  # noqa: UP031 — a third faster than an f-string
        offset += size
    base = 24 + 12 * len(directory) + 1
    length = base + offset + 1
    if length > RECORD_LIMIT:
        raise UnwritableError(f"ISO 2709 MARC: the record is {length:,} bytes, the limit is {RECORD_LIMIT:,} "
                              "(MARCXML has none: --to marcxml)")
    leader = f"{length:05d}{marc.leader[5:9]}a{marc.leader[10:12]}{base:05d}{marc.leader[17:]}"
    return leader + "".join(directory) + FIELD_END + fields + RECORD_END


def iso2709_fragment(record: Record) -> str:
    """ISO 2709 records in UTF-8 (leader/09 'a'), as text: its separators are control
    characters, and the lengths it counts are the UTF-8 bytes it is written as."""
    return "".join(_iso2709(m) for m in records(record))


def to_marc(records_: Sequence[Record]) -> str:
    return "".join(iso2709_fragment(r) for r in records_)


# What this format does with each thing the hub knows (the README's table comes from here).
LABEL = "MARC 21"
CARRIES = {
    "the review": "a component part (leader `nab`): 100 reviewer, 245 headline or `[Review of …]`, 773 outlet and date",
    "review → book link": "787 `$i Review of (work):` with the book's heading, title and `$w` its 001",
    "editors": "700 with `$e editor.` `$4 edt`",
    "translators": "700 with `$e translator.` `$4 trl`",
    "place": "264 `$a`",
    "series": "490 0_ `$a`",
    "page count": "300 `$a 368 pages`",
    "price": "020 `$c` beside its ISBN, else a 500 note",
    "illustrated": "300 `$b illustrations`, 008/18 `a`",
    "inferred year": "264 `$c [1996?]`, 008 date type `q`",
    "unknown year": "264 `$c [date of publication not identified]`, 008 `nuuuu`",
    "ISBN": "020 `$a` each, `$q` its binding",
    "invalid ISBN": "020 `$z`",
}
