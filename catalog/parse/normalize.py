"""Printed fields -> hub records: casing, names, ISBNs, the year, provenance, keys.

Never invents a value: the year is the one the notes print, or else the review's
year, and then it is recorded as inferred.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from catalog.keys import book_key, review_key, unique
from catalog.model import Book, Contributor, Offer, Review, ReviewMetadata, Role, Source
from catalog.parse.casing import is_all_caps, restore_casing, title_case
from catalog.parse.confidence import review_reasons
from catalog.parse.items import isbn_digits
from catalog.parse.names import THE_AUTHOR, to_contributor
from catalog.parse.quotes import strip_unmatched_quotes
from catalog.parse.tables import (
    franc_country,
    imprint_dollar,
    imprint_in_us,
    irish_outlet,
    irish_outlet_run,
    krone_country,
    named_dollar_country,
    outlet_dollar,
    outlet_prints_us_dollar,
    peso_country,
    rupee_country,
    shilling_country,
)
from catalog.parse.trailer import ParsedTrailer

# OCR's lost spaces inside a house's name: "Chatto andWindus", "Farrar &Rinehart", "Harper& Brothers",
# "Longmans,Green and Co.", "G. P.Putnam's Sons". Initials closed up as printed ("A.A.Balkema") stay.
_GLUED = re.compile(r"(?<= )(?:and|&)(?=[A-Z][a-z])|(?<=[a-z]),(?=[A-Z][a-z])|(?<= [A-Z]\.)(?=[A-Z][a-z])"
                     r"|(?<=[a-z])(?=& [A-Z])")   # "Harper& Brothers"


# A word a scan broke at a line's end, the break since flattened to a space: "Inven- tory of
# Drownings", "THE LAKE SHORE SUM- MER", "Jane Thi- bodeaux". Its continuation is in small
# letters (or in capitals after capitals); a compound broken at its own hyphen keeps it: its first
# part is a prefix or a word that opens compounds ("Self- help", "Nineteenth- century"), or its
# second a word that closes them ("Harbor- known"). "Dog- eared" is joined wrong, and the book is
# doubted all the same (confidence.BROKEN_WORD). A house's name stays as printed: text.repair
# joins the words of it the tables know.
_BROKEN_AT_A_LINES_END = re.compile(r"\b(?P<head>[^\W\d]+)- (?P<tail>[^\W\d]+)\b")
_COMPOUND_HEADS = frozenset(
    "self well non anti co counter cross half all ever mid multi neo post pre pro re semi sub super ultra un "
    "vice ex inter intra trans socio quasi pseudo proto first second third fourth fifth sixteenth seventeenth "
    "eighteenth nineteenth twentieth twenty thirty forty fifty sixty seventy eighty ninety one two three four "
    "five six seven eight nine ten hundred long short high low full part old new ill great grand step world "
    "life home hand after over under out up down off far near north south east west late early single double "
    "free best open left right middle upper lower Anglo Franco Sino Afro Euro Indo Greco Judeo".lower().split())
_COMPOUND_TAILS = frozenset(
    "century centuries called known made based class like free time day year years old long wide style making "
    "loving owned run ruled war wars minded century's and or nor to und oder bis et ou y e o en of".split())


def rejoined(text: str | None) -> str | None:
    """The text with each word a scan broke across a flattened line break whole again."""
    if not text or "- " not in text:
        return text
    return _BROKEN_AT_A_LINES_END.sub(_whole_word, text)


def _whole_word(m: re.Match[str]) -> str:
    head, tail = m.group("head"), m.group("tail")
    continued = tail.islower() or head.isupper() and tail.isupper() and len(head) > 1
    if not continued or head.lower() in _COMPOUND_HEADS or tail.lower() in _COMPOUND_TAILS:
        return m.group(0)
    return head + tail


def unglued(publisher: str | None) -> str | None:
    """The publisher's name with the spaces OCR lost put back."""
    if publisher is None or not _GLUED.search(publisher):
        return publisher
    return _GLUED.sub(lambda m: f"{m.group()} " if m.group() else " ", publisher)


def normalize_book(parsed: ParsedTrailer, body: str, metadata: ReviewMetadata,
                   lent_dollar: str | None = None) -> tuple[Book, list[str]]:
    """One parsed trailer -> a Book (key still to be made unique) and its warnings.
    lent_dollar: the dollar another book's imprint in the same notes names (notes_dollar())."""
    warnings: list[str] = []
    provenance: dict[str, Source] = {}
    title, title_source = _cased(rejoined(parsed.title), body)
    subtitle, _ = _cased(rejoined(parsed.subtitle), "") if parsed.subtitle else (None, None)
    if title:
        provenance["title"] = title_source
    if subtitle:
        provenance["subtitle"] = Source.TRAILER
    contributors = _people((role, rejoined(name) or name) for role, name in parsed.contributors
                           if role != Role.REVIEWER)
    year = parsed.year or _year(metadata.date)
    for name, value in (("contributors", contributors), ("publisher", parsed.publisher),
                        ("place", parsed.place), ("pages", parsed.pages),
                        ("illustrated", parsed.illustrated or None), ("offers", parsed.offers),
                        ("edition", parsed.edition), ("series", parsed.series),
                        ("original_language", parsed.original_language)):
        if value:
            provenance[name] = Source.TRAILER
    if year is not None:
        provenance["year"] = Source.TRAILER if parsed.year else Source.INFERRED
    if not title:
        warnings.append("no title found in the publication notes")
    for isbn in parsed.invalid_isbns:
        warnings.append(f"invalid ISBN {isbn!r} (check digit or length), kept apart as invalid")
    for text in parsed.unparsed:
        warnings.append(f"not understood, kept in notes: {text!r}")
    first = next((c for c in contributors if c.role in (Role.AUTHOR, Role.EDITOR)), None)
    offers, dollar_reason = _dollars(parsed, metadata, lent_dollar)
    offers, mark_reasons = _shared_marks(parsed, metadata, offers)
    offers, pound_reason = _pounds(parsed, metadata, offers, _year(metadata.date) or parsed.year)
    offers = _decimal_after_1971(offers, _year(metadata.date), warnings)
    book = Book(
        key=book_key(title or "untitled", _key_name(first)),
        title=title or "",
        subtitle=subtitle,
        contributors=contributors,
        publisher=unglued(parsed.publisher),
        place=parsed.place,
        year=year,
        pages=parsed.pages,
        illustrated=parsed.illustrated,
        offers=offers,
        invalid_isbns=tuple(dict.fromkeys(isbn_digits(i) for i in parsed.invalid_isbns)),
        edition=parsed.edition,
        series=parsed.series,
        original_language=parsed.original_language,
        notes=parsed.unparsed,
        provenance=tuple(sorted(provenance.items())),
        review_reasons=review_reasons(parsed, contributors)
        + tuple(r for r in (dollar_reason, *mark_reasons, pound_reason) if r),
    )
    return book, warnings


# Shillings and old pence went with decimal coinage (February 1971); shops sold the last old
# stock a year on.
_LAST_OLD_COINAGE_YEAR = 1972


def _decimal_after_1971(offers: tuple[Offer, ...], review_year: int | None, warnings: list[str]) -> tuple[Offer, ...]:
    """The offers without shillings and pence in a review printed after decimal coinage: there a
    "3/5" is a rating ("Our rating: 3/5") and a "12s. 6d." an old price quoted, never the book's."""
    if review_year is None or review_year <= _LAST_OLD_COINAGE_YEAR:
        return offers
    old = [o for o in offers if o.price and o.price.printed]
    warnings += [f"{o.price.printed!r} dropped: shillings and pence in a review of {review_year}"
                 for o in old if o.price]
    return tuple(o for o in offers if o not in old)


def notes_dollar(printed: Iterable[ParsedTrailer]) -> str | None:
    """The one dollar the imprints of a round-up's books name: a paper prices every book of a
    page in its own dollar, so "Huia, $30" says what the "$38" of "Penguin, $38" beside it is
    where the outlet names no country. None where the imprints name none, or two."""
    named = {imprint_dollar(p.publisher, p.place) for p in printed if p.dollar_offers} - {None}
    return named.pop() if len(named) == 1 else None


UNPLACED_DOLLAR = ("a bare '$' read as USD, though neither the outlet ({!r}) nor the imprint names a country:"
                   " a Canadian or Australian paper prints its own")
NOTES_DOLLAR_MARK = "a bare '$' read as {}, from another book's imprint in these notes: the outlet names none"


def _dollars(parsed: ParsedTrailer, metadata: ReviewMetadata,
             notes: str | None = None) -> tuple[tuple[Offer, ...], str | None]:
    """The offers, a bare "$" read as the corpus's dollar (--dollar), the outlet's ("The Globe
    and Mail": CAD), or else the publisher's country's ("MUP": AUD), or the one another book's
    imprint in the same notes names (`notes`); "US$", "C$", "A$" stay as printed. With the
    reason to look again when only an imprint named the country: an American paper prices a
    Canadian house's book in its own dollar."""
    if not parsed.dollar_offers:
        return parsed.offers, None
    dollar = metadata.currency or outlet_dollar(metadata.outlet)
    reason = None
    if dollar is None:
        dollar = imprint_dollar(parsed.publisher, parsed.place)
        if dollar is not None:
            reason = f"a bare '$' read as {dollar}, from the publisher's country: the outlet names none"
    if dollar is None and notes is not None:
        dollar, reason = notes, NOTES_DOLLAR_MARK.format(notes)
    if dollar is None:
        # "Jim's Book: ... Australia's Backyard Millionaire. Wiley, $29.99": nothing names the
        # dollar's country, but the title names another dollar's: the US dollar is a guess
        named = named_dollar_country(f"{parsed.title} {parsed.subtitle or ''}")
        if named is not None:
            return parsed.offers, f"a bare '$' read as USD, though the title names a country with a {named} dollar"
        if not (metadata.outlet is None or outlet_prints_us_dollar(metadata.outlet)
                or imprint_in_us(parsed.publisher, parsed.place)):
            return parsed.offers, UNPLACED_DOLLAR.format(metadata.outlet)
    if dollar is None or dollar == "USD":
        return parsed.offers, None
    return _priced_in(parsed.offers, parsed.dollar_offers, dollar), reason


UNNAMED_MARK = "a bare '{}' read as {}: neither the outlet nor the imprint names its country"
IMPRINT_MARK = "a bare '{}' read as {}, from the publisher's country: the outlet names none"
UNNAMED_RUPEE = UNNAMED_MARK.format("Rs", "INR")
IMPRINT_RUPEE = IMPRINT_MARK.format("Rs", "{}")
UNNAMED_SHILLING = UNNAMED_MARK.format("Sh", "KES")
IMPRINT_SHILLING = IMPRINT_MARK.format("Sh", "{}")
UNNAMED_PESO = UNNAMED_MARK.format("P", "PHP")
IMPRINT_PESO = IMPRINT_MARK.format("P", "{}")
UNNAMED_KRONE = UNNAMED_MARK.format("kr", "SEK")
UNNAMED_FRANC = UNNAMED_MARK.format("fr", "FRF")

# A mark several countries print -> what names the country of an outlet or imprint, and the
# likeliest currency where nothing does. "Rs" is India's, Pakistan's, Sri Lanka's or Nepal's
# ("Dawn", "The Hindu"); "Sh" Kenya's, Uganda's or Tanzania's ("Daily Monitor"); "P" the
# Philippine peso or Botswana's pula ("Mmegi"); "kr" the Swedish, Danish or Norwegian crown
# ("Politiken", "Aftenposten"). A paper prices a neighbour's book in its own: where only the
# imprint names the country, the currency is a guess, with the reason to look again.
_SHARED_MARKS: dict[str, tuple[Callable[[str | None], str | None], str]] = {
    "Rs": (rupee_country, "INR"), "Sh": (shilling_country, "KES"), "P": (peso_country, "PHP"),
    "kr": (krone_country, "SEK"), "fr": (franc_country, "FRF")}


def _shared_marks(parsed: ParsedTrailer, metadata: ReviewMetadata,
                  offers: tuple[Offer, ...]) -> tuple[tuple[Offer, ...], tuple[str, ...]]:
    """The offers, each priced in a shared mark read as its country's currency; the reasons to look again."""
    reasons = []
    for mark, (country_of, likeliest) in _SHARED_MARKS.items():
        marked = tuple(n for n, printed in parsed.marked_offers if printed == mark)
        offers, reason = _shared_mark(parsed, metadata, offers, marked, country_of, mark, likeliest)
        reasons += [reason] if reason else []
    return offers, tuple(reasons)


def _shared_mark(parsed: ParsedTrailer, metadata: ReviewMetadata, offers: tuple[Offer, ...],
                 marked: tuple[int, ...], country_of: Callable[[str | None], str | None],
                 mark: str, likeliest: str) -> tuple[tuple[Offer, ...], str | None]:
    """The offers `marked` in a mark several countries print, read as the currency of the
    country the outlet names, else the imprint's (with the reason), else the likeliest (with
    the reason)."""
    if not marked:
        return offers, None
    currency = country_of(metadata.outlet)
    reason = None
    if currency is None:
        currency = country_of(f"{parsed.place or ''} {parsed.publisher or ''}")
        reason = UNNAMED_MARK.format(mark, likeliest) if currency is None else IMPRINT_MARK.format(mark, currency)
    return (offers if currency in (None, likeliest) else _priced_in(offers, marked, currency)), reason


# The Irish pound's years: it parted from sterling in 1928 (at par until 1979), and the euro's
# coins replaced it in 2002. Both pounds went decimal in February 1971: shillings date a price before.
_IRISH_POUND_YEARS = (1928, 2001)
_LAST_SHILLINGS = 1970
UNDATED_IRISH_POUND = ("a bare '\u00a3' in an Irish outlet, read as sterling: before 2002 it was the Irish pound,"
                       " and nothing here dates the notes")
# Irish papers printed the UK price of a London book as often as the Irish one, with the same mark
# (two independent readers of made-up Irish pages recorded such prices as sterling): the reading is
# the rules' best, not a sure one.
IRISH_POUND_READ = ("a bare '\u00a3' in an Irish outlet, read as the Irish pound (IEP) of its years: the paper may"
                    " print the UK price")


def _pounds(parsed: ParsedTrailer, metadata: ReviewMetadata, offers: tuple[Offer, ...],
            year: int | None) -> tuple[tuple[Offer, ...], str | None]:
    """A bare "£" (or "21s.", "95p") is sterling, unless an Irish outlet printed it while Ireland
    had its own pound: then it is IEP. A euro price beside it makes it the UK price. What dates
    it: `year` (the review's, else the imprint's), else the paper's own run (the Irish Press,
    1931-1995), and shillings, which end in 1971. Either way the book is looked at again: read as
    the Irish pound (the paper may print the UK price), or, undated, as sterling."""
    if not parsed.pound_offers or not irish_outlet(metadata.outlet):
        return offers, None
    if any(o.price and o.price.currency == "EUR" for o in offers):
        return offers, None   # "€16.99 (£12.99)": the euro is Ireland's price, the pound the UK's
    first, last = (year, year) if year is not None else irish_outlet_run(metadata.outlet)
    if year is None and any((price := offers[n].price) and price.printed for n in parsed.pound_offers):
        last = min(last or _LAST_SHILLINGS, _LAST_SHILLINGS)   # "(Gollancz. 21s.)"
    irish_first, irish_last = _IRISH_POUND_YEARS
    if first is not None and last is not None and irish_first <= first and last <= irish_last:
        return _priced_in(offers, parsed.pound_offers, "IEP"), IRISH_POUND_READ
    if (first is not None and first > irish_last) or (last is not None and last < irish_first):
        return offers, None
    return offers, UNDATED_IRISH_POUND


def _priced_in(offers: tuple[Offer, ...], which: tuple[int, ...], currency: str) -> tuple[Offer, ...]:
    """The offers, those numbered in `which` priced in `currency` (a bare mark's country decided)."""
    return tuple(replace(o, price=replace(o.price, currency=currency)) if n in which and o.price else o
                 for n, o in enumerate(offers))


def _people(printed: Iterable[tuple[Role, str]]) -> tuple[Contributor, ...]:
    """(role, name as printed) pairs -> Contributors, leaving out names with no letters; "illus.
    by the author" (Horn Book, SLJ) names the authors again, or nobody when none is printed. A
    person credited twice in one role (a byline above the notes and again in them) is one person."""
    printed = list(printed)
    authors = [name for role, name in printed if role == Role.AUTHOR]
    named = ((role, person) for role, name in printed
             for person in (authors if name.lower() in THE_AUTHOR and role != Role.AUTHOR else [name]))
    found = (to_contributor(name, role) for role, name in named)
    return tuple(dict.fromkeys(person for person in found if person is not None))


def _key_name(person: Contributor | None) -> str | None:
    if person is None:
        return None
    return person.family or person.literal


def _cased(text: str | None, body: str) -> tuple[str, Source]:
    """A title or subtitle as a catalog records it: no stray quotation mark at its ends, and
    cased as the review body cites it, else title-cased when printed in capitals."""
    text = strip_unmatched_quotes(text or "")
    if not text:
        return "", Source.TRAILER
    if is_all_caps(text):
        restored = restore_casing(text, body)
        if restored:
            return restored, Source.BODY
    return title_case(text), Source.TRAILER


_YEAR = re.compile(r"^(\d{4})")


def _year(date: str | None) -> int | None:
    m = _YEAR.match(date or "")
    return int(m.group(1)) if m else None


def normalize_review(books: list[Book], metadata: ReviewMetadata, doc_id: str,
                     printed_reviewers: tuple[str, ...] = ()) -> Review:
    """The review record; the notes' "Reviewed by X" names the reviewer when nothing else does."""
    reviewers = _people((Role.REVIEWER, name) for name in (metadata.reviewers or printed_reviewers))
    first = reviewers[0] if reviewers else None
    return Review(
        key=review_key(books[0].key if books else doc_id, _key_name(first)),
        reviews=tuple(b.key for b in books),
        reviewers=reviewers,
        outlet=metadata.outlet,
        date=metadata.date,
        headline=metadata.headline,
        url=metadata.url,
        section=metadata.section,
    )


def unique_keys(books: list[Book]) -> list[Book]:
    keys = unique(b.key for b in books)
    # replace costs 15 µs a book
    return [b if k == b.key else replace(b, key=k) for b, k in zip(books, keys, strict=True)]
