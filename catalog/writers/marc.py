"""Hub -> MARC 21 bibliographic records (pymarc): the book, and the review as a component part.

Libraries load MARC: MARCXML (`--to marcxml`) or ISO 2709 in UTF-8 (`--to marc`). Both
carry the same pymarc records. Fixed fields say only what is known: an unknown value is
the fill character `|` or a blank, as MARC 21 allows. The review is a serial component
part (leader/07 `b`) whose 773 names the outlet and whose 787 points at the book's 001.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from pymarc import Field, Indicators, Record as MarcRecord, Subfield, record_to_xml

from catalog.errors import UnwritableError
from catalog.model import Book, Contributor, Record, Review, Role
from catalog.writers.articles import leading_article
from catalog.writers.mods import RELATORS
from catalog.writers.shared import full_title, inferred_year, needs_review, price_text

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
    return Field(tag, Indicators(" ", " "), [Subfield("a", term), Subfield("b", code), Subfield("2", source)])


def _heading(person: Contributor) -> str:
    """'Whymant, Robert', 'de Beauvoir, Simone', a corporate body as printed: MARC's inverted form."""
    if person.literal:
        return person.literal
    family = " ".join(p for p in (person.particle, person.family) if p)
    return f"{family}, {person.given}" if person.given else family


def _name_field(tag: str, person: Contributor) -> Field:
    """100/700 (person) or 110/710 (corporate body), with relator term and code."""
    code, term = RELATORS[person.role]
    relator = [Subfield("e", term + "."), Subfield("4", code)]
    if person.literal:
        return Field(tag[0] + "10", Indicators("2", " "), [Subfield("a", _heading(person) + ","), *relator])
    subfields = [Subfield("a", _heading(person) + ",")]
    if person.suffix:
        subfields.append(Subfield("c", person.suffix + ","))
    return Field(tag, Indicators("1", " "), subfields + relator)


def _title_field(title: str, subtitle: str | None, has_main_entry: bool, supplied: bool = False) -> Field:
    if supplied:
        subfields = [Subfield("a", f"[{title}]" + ".")]
        return Field("245", Indicators("1" if has_main_entry else "0", "0"), subfields)
    subfields = [Subfield("a", title + " :" if subtitle else _end_title(title))]
    if subtitle:
        subfields.append(Subfield("b", _end_title(subtitle)))
    return Field("245", Indicators("1" if has_main_entry else "0", nonfiling(title)), subfields)


def book_record(book: Book) -> MarcRecord:
    record = MarcRecord(force_utf8=True, leader="     nam a22     3i 4500")
    record.add_field(Field("001", data=book.key))
    if book.year is None:
        fixed = ("n", "uuuu", "    ")
    else:
        fixed = ("q", str(book.year), str(book.year)) if book.year_inferred else ("s", str(book.year), "    ")
    language = LANGUAGES.get((book.original_language or "").lower())
    record.add_field(Field("008", data=_fixed(*fixed, book.illustrated)))
    for offer in book.offers:
        if offer.isbn13:
            subfields = [Subfield("a", offer.isbn13)]
            if offer.binding:
                subfields.append(Subfield("q", offer.binding))
            if offer.price:
                subfields.append(Subfield("c", price_text(offer)))    # type: ignore[arg-type]
            record.add_field(Field("020", Indicators(" ", " "), subfields))
    for printed in book.invalid_isbns:     # printed in the book, but not a valid ISBN
        record.add_field(Field("020", Indicators(" ", " "), [Subfield("z", printed)]))
    if language:
        record.add_field(Field("041", Indicators("1", " "), [Subfield("h", language)]))
    people = list(book.contributors)
    main = people[0] if people and people[0].role in (Role.AUTHOR, Role.COMPILER) else None
    if main:
        record.add_field(_name_field("100", main))
    record.add_field(_title_field(book.title, book.subtitle, main is not None))
    if book.edition:
        record.add_field(Field("250", Indicators(" ", " "), [Subfield("a", _end(book.edition))]))
    record.add_field(_imprint(book))
    record.add_field(_extent(book))
    for rda in BOOK_TYPES:
        record.add_field(_rda_type(*rda))
    if book.series:
        record.add_field(Field("490", Indicators("0", " "), [Subfield("a", book.series)]))
    for note in _book_notes(book):
        record.add_field(Field("500", Indicators(" ", " "), [Subfield("a", _end(note))]))
    if book.original_language:
        record.add_field(Field("546", Indicators(" ", " "),
                               [Subfield("a", f"Translated from the {book.original_language}.")]))
    for person in people:
        if person is not main:
            record.add_field(_name_field("700", person))
    return record


def _imprint(book: Book) -> Field:
    """264 _1: place : publisher, date, in RDA's words where a part is unknown."""
    place = book.place or "[Place of publication not identified]"
    publisher = book.publisher or "[publisher not identified]"
    if book.year is None:
        date = "[date of publication not identified]"
    else:
        date = f"[{book.year}?]" if book.year_inferred else str(book.year)
    return Field("264", Indicators(" ", "1"),
                 [Subfield("a", place + " :"), Subfield("b", publisher + ","), Subfield("c", _end(date))])


def _extent(book: Book) -> Field:
    """300: '368 pages :' '$b illustrations' (or '1 volume' when the count is not printed)."""
    count = f"{book.pages} pages" if book.pages else "1 volume"
    if book.illustrated:
        return Field("300", Indicators(" ", " "), [Subfield("a", count + " :"), Subfield("b", "illustrations")])
    return Field("300", Indicators(" ", " "), [Subfield("a", count)])


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
    record = MarcRecord(force_utf8=True, leader="     nab a22     3i 4500")
    record.add_field(Field("001", data=review.key))
    year = review.date[:4] if review.date else None
    record.add_field(Field("008", data=_fixed_serial_part("s", year) if year else _fixed_serial_part("n", "uuuu")))
    if review.reviewers:
        record.add_field(_name_field("100", review.reviewers[0]))
    if review.headline:
        record.add_field(_title_field(review.headline, None, bool(review.reviewers)))
    else:
        record.add_field(_title_field(f"Review of {full_title(books[0])}", None, bool(review.reviewers), supplied=True))
    record.add_field(_rda_type(*CONTENT))
    for person in review.reviewers[1:]:
        record.add_field(_name_field("700", person))
    if review.outlet:
        host = [Subfield("t", review.outlet)]
        if review.date:
            host.append(Subfield("g", _review_date(review.date) + (f", {review.section}" if review.section else "")))
        record.add_field(Field("773", Indicators("0", " "), host))
    for book in books:
        related = [Subfield("i", "Review of (work):")]
        for person in book.people(Role.AUTHOR)[:1]:
            related.append(Subfield("a", _heading(person)))
        related += [Subfield("t", full_title(book)), Subfield("w", book.key)]
        record.add_field(Field("787", Indicators("0", "8"), related))
    if review.url:
        record.add_field(Field("856", Indicators("4", "0"), [Subfield("u", review.url)]))
    return record


def record_marcs(record: Record) -> list[MarcRecord]:
    """A record's books, then its review."""
    return [book_record(b) for b in record.books] + [review_record(record.review, record.books)]


# --- MARCXML -------------------------------------------------------------------------

MARCXML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n'
MARCXML_FOOTER = "</collection>\n"


def xml_fragment(record: Record) -> str:
    """Each MARC record as a <record> of the MARCXML collection, one per line."""
    return "".join(record_to_xml(m, namespace=False).decode("utf-8") + "\n" for m in record_marcs(record))


def to_marcxml(records: Sequence[Record]) -> str:
    return MARCXML_HEADER + "".join(xml_fragment(r) for r in records) + MARCXML_FOOTER


# --- ISO 2709 ----------------------------------------------------------------------

FIELD_LIMIT, RECORD_LIMIT = 9999, 99999   # ISO 2709's four- and five-digit lengths, in bytes


def _iso2709(marc: MarcRecord) -> str:
    for field in marc.fields:
        size = len(field.as_marc("utf-8"))
        if size > FIELD_LIMIT:
            raise UnwritableError(f"ISO 2709 MARC: field {field.tag} is {size:,} bytes, the limit is "
                                  f"{FIELD_LIMIT:,} (MARCXML has none: --to marcxml)")
    data = marc.as_marc()
    if len(data) > RECORD_LIMIT:
        raise UnwritableError(f"ISO 2709 MARC: the record is {len(data):,} bytes, the limit is {RECORD_LIMIT:,} "
                              "(MARCXML has none: --to marcxml)")
    return data.decode("utf-8")


def iso2709_fragment(record: Record) -> str:
    """ISO 2709 records in UTF-8 (leader/09 'a'), as text: its separators are control
    characters, and the lengths it counts are the UTF-8 bytes it is written as."""
    return "".join(_iso2709(m) for m in record_marcs(record))


def to_marc(records: Sequence[Record]) -> str:
    return "".join(iso2709_fragment(r) for r in records)


# What this format does with each thing the hub knows (the README's table comes from here).
LABEL = "MARC 21"
CARRIES = {
    "the review": "a component part (leader `nab`): 100 reviewer, 245 headline or `[Review of …]`, 773 outlet and date",
    "review → book link": "787 `$i Review of (work):` with the book's heading, title and `$w` its 001",
    "page count": "300 `$a 368 pages`",
    "price": "020 `$c` beside its ISBN, else a 500 note",
    "illustrated": "300 `$b illustrations`, 008/18 `a`",
    "inferred year": "264 `$c [1996?]`, 008 date type `q`",
    "unknown year": "264 `$c [date of publication not identified]`, 008 `nuuuu`",
    "invalid ISBN": "020 `$z`",
}
