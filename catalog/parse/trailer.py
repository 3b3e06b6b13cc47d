"""One trailer's text -> the fields it prints, as printed (casing and names untouched).

Failures are data: whatever the grammar does not understand is kept in `unparsed`,
never dropped and never an exception.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TypedDict

from catalog.model import Offer, Price, Role
from catalog.parse.cuts import is_house_name, is_house_shaped, is_known_house, is_named_house
from catalog.parse.head import BY_MARKER, BY_NAME_SHAPE, Head, parse_head, parse_run_together_head, split_title
from catalog.parse.imprint import (
    HOUSE_THEN_TOWN,
    PRICE_LABEL,
    RUN_TOGETHER,
    Items,
    find_items,
    house_then_town,
    imprint_clauses,
    split_trailer,
)
from catalog.parse.items import isbn_digits
from catalog.parse.labelled import is_labelled_block, read_block
from catalog.parse.names import ONE_DEGREE, is_person
from catalog.parse.tables import (
    APPARATUS_WORD,
    AUDIENCE,
    AUDIO_FORMAT,
    BINDING_WORDS,
    BOOK_SIZE,
    CAPITAL,
    DATE_CLAUSE,
    EDITION_FORMATS,
    FOLD_SIZE,
    FRONT_MATTER,
    MONTH_AND_YEAR_END,
    PUBLISHER_START,
    RUNNING_TIME,
    STATE_MARK,
    find_role,
    is_place,
    ocr_counts,
)
from catalog.parse.tables import (
    PRESS_TOWNS as _PRESS_TOWNS,
)

_ABBREVIATION_END = re.compile(r"\b(?:Co|Inc|Ltd|Corp|Bros)$")
_EDITION_WORDS = (r"(?:(?:first|second|third|fourth|fifth|sixth|revised|rev\.|expanded|updated|enlarged|new"
                  r"|\d+(?:st|nd|rd|th))(?: and (?:revised|expanded|updated|enlarged))? (?:edition|edn\.?|ed\.?)"
                  r"|reprint|reprinted)")
_EDITION = re.compile(rf"^{_EDITION_WORDS}$", re.IGNORECASE)
# "By Jane Doe. 2nd ed. Knopf, 2019.", "The Quiet Harbor. Revised and expanded edition. Knopf",
# "2 vols. Knopf": a sentence of its own that states the edition or the volumes, wherever it
# stands; its stop is the abbreviation's too.
_EDITION_SENTENCE = re.compile(rf"(?:(?<=[.;)] )|^)(?P<edition>{_EDITION_WORDS})(?:(?<=\.)|\.)(?:\s+|$)",
                               re.IGNORECASE)
_EDITION_HINT = re.compile(r"ed|vol|print", re.IGNORECASE)
_VOLUMES_SENTENCE = re.compile(r"(?:(?<=[.;)] )|^)(?:\d|two|three|four|five|six) (?:vols?\.|volumes\.?)(?:\s+|$)",
                               re.IGNORECASE)
# What follows a small publisher's name in trade and library lists and belongs to no field:
# "Graywolf Press, 2402 University Ave., St. Paul", "c/o Consortium" (phone numbers are
# blanked before this, in split_trailer).
_ADDRESS = re.compile(r",?\s+(?:c/o\s|\d+\s+[A-Z]|P\.?\s?O\.? Box|tel\.)", re.IGNORECASE)
# "Manohar, 4753/23, Ansari Road, Daryaganj, New Delhi-110002. Rs. 695." (Indian papers): the
# publisher's postal address, closed by its town and the town's six-digit PIN code. The publisher
# is the segments before the address's first (_before_the_address), the town its place.
_POSTAL_TOWN = re.compile(r"(?<=[^,]), (?:[^,]+, )*(?P<town>[A-Z][A-Za-z. ]*[a-z])(?: ?[-\u2013] ?| )\d{3} ?\d{3}$")
# A segment of a postal address: a number ("4753/23", "7th Floor", "B1/I-1") or a street's word.
_ADDRESS_SEGMENT = re.compile(r"\d|\b(?:Road|Rd|Street|Marg|Nagar|Floor|Lane|Building|Bhawan|Bhavan|Tower|Complex"
                              r"|Area|Sector|Block|Colony|Enclave|Estate|Post Box|P\.\s?O\.)\b")
# "(Penguin Classics)", "Yale Series of Younger Poets", "A Vintage Original" after the publisher;
# "coll. « U »", "col. Ensayo", "collection Folio", "« Bibliothèque des histoires »" — the French
# and Spanish series.
_SERIES = re.compile(r"\b(?:series|library|classics|originals?|books? club|imprint of)\b|, (?:Bk|Book|Vol|No)\.? ?\d+$"
                     r"|^(?:coll?\.|collection|colecci\u00f3n|collana) |^\u00ab"
                     r"|^= ", re.IGNORECASE)   # "398 S. = Beiträge zur historischen Theologie, 189." (ThLZ)
# "New York: Knopf", "Garden City, N. Y.: Doubleday", "Morgantown, W. Va.: Harbor House",
# "London & New York: Routledge", "Cambridge; New York: ..." (is_place tells the towns)
_PLACE = re.compile(r"^(?P<place>[A-Z][\w. /&;]+?(?:, [A-Z][\w.]+(?: [A-Z][a-z]?\.)?)?) ?: "
                    rf"(?P<publisher>{PUBLISHER_START}.*)$")
# "Cambridge/New York: Cambridge University Press, 2013", "London and New York: Bloomsbury, 2018",
# "Cambridge, Mass., and London: Harvard University Press, 2019",
# "Houndmills: Palgrave Macmillan, 2004" — academic journals: a place of one to four capitalized
# words before the colon is a place, whatever the town, when a year closes the clause; not
# a month and year ("Minotaur: St. Martin's. Feb. 2023", LJ: an imprint, its house, the date).
_DATED_PLACE = re.compile(r"^(?P<place>[A-Z][\w.\-]*(?:(?:,? and |/| |, )[A-Z][\w.\-]*){0,3}) ?: "
                          rf"(?P<publisher>{PUBLISHER_START}.*?),? (?:1[5-9]\d\d|20\d\d)$")
# "Berlin 2011: Böhlau", "Frankfurt am Main 2014: Campus" — German reviews date the place; "Göttingen
# 2016, Vandenhoeck & Ruprecht", "Köln / Weimar / Wien 2010, Böhlau", "Warszawa 1985, Książka i Wiedza"
# (German and Polish journals) with a comma, where the place is a known town.
_PLACE_YEAR_FIRST = re.compile(r"^(?P<place>[A-Z][\w.\-]*(?:(?: and | am | an der | ?/ ?| )[A-Z][\w.\-]*){0,3}) "
                               rf"(?P<year>1[5-9]\d\d|20\d\d) ?(?P<mark>[:,]) (?P<publisher>{PUBLISHER_START}.*)$")
# "Princeton, Princeton University Press, 2022", "Oxford, Clarendon P., 2005": a known town, then the publisher.
# "Baltimore, Md., Johns Hopkins University Press, 2019" (the town's state), "Köln/Weimar/Wien, Böhlau 2019",
# "Roma-Bari, Laterza, 2015", "Louvain-la-Neuve, Peeters, 2015", "'s-Gravenhage, Nijhoff, 1940" (a hyphen in
# the place: _HYPHENED_TOWNS_FIRST).
_TOWN_FIRST = re.compile(rf"^(?P<place>[A-Z][\w. /]+?(?:, (?:{STATE_MARK}))?), (?P<publisher>{PUBLISHER_START}.*?),? "
                         r"(?:1[5-9]\d\d|20\d\d)$")
_HYPHENED_TOWNS_FIRST = re.compile(rf"^(?P<place>'s-[A-Z]\w+|[A-Z]\w+(?:-[\w' ]+?)+), "
                                   rf"(?P<publisher>{PUBLISHER_START}.*?),? (?:1[5-9]\d\d|20\d\d)$")


@dataclass(frozen=True)
class ParsedTrailer:
    title: str
    subtitle: str | None
    contributors: tuple[tuple[Role, str], ...]
    publisher: str | None
    place: str | None
    pages: int | None
    illustrated: bool
    offers: tuple[Offer, ...]
    edition: str | None
    series: str | None
    original_language: str | None
    invalid_isbns: tuple[str, ...]
    unparsed: tuple[str, ...]
    split_by: str = "none"   # how the head's title and people were told apart
    year: int | None = None   # the year of publication, when the notes print one
    imprint_guess: str | None = None   # a head/imprint cut no punctuation marked
    dollar_offers: tuple[int, ...] = ()   # offers priced in a bare "$", whose dollar the outlet decides
    # offers priced in a mark several countries print ("Rs", "Sh", "P", "kr"), by their index: the
    # outlet or the imprint decides the currency
    marked_offers: tuple[tuple[int, str], ...] = ()
    pound_offers: tuple[int, ...] = ()    # offers priced in a bare "£", sterling unless an Irish outlet's before 2002


def split_books(text: str) -> list[str]:
    """One block listing several books -> one text per book.

    '"Hunger" by X (Norton); "Cold New World" by Y (Random House)' — prize notices.
    A new book starts after an imprint's closing parenthesis, or at a quoted title
    after a semicolon, when a role phrase follows.
    """
    if "\n" in text and is_labelled_block(text):   # one book's labelled fields
        return [text]
    cuts = [0]
    for m in _NEXT_BOOK.finditer(text):
        rest = text[m.end():]
        if rest.startswith("by "):   # "X (Knopf, $23.95) by Jane Doe and Far Fields (Crown, $25) by ..."
            cut = _next_title_after_byline(text, m.end())
            if cut:
                cuts.append(cut)
            continue
        if re.search(r"\b[Bb]y\s+[A-Z]", rest[:200]) and _ITEM_AHEAD.search(rest) \
                and _whole_book(text[cuts[-1]:m.end()]) and (text[m.start()] != "." or _titled_byline(rest)):
            cuts.append(m.end())
    pieces = (_AND_AFTER.sub("", text[a:b].strip(" ;,\n")) for a, b in zip(cuts, cuts[1:] + [len(text)], strict=True))
    books = [_AND_BEFORE.sub("", piece) if n else piece for n, piece in enumerate(pieces) if piece]
    shared = _BOTH_HOUSE.search(books[-1]) if len(books) > 1 and "both " in books[-1] else None
    if shared is None:
        return books
    # "A, by X (411 pp.; $26) and B, by Y (196 pp.; $28), both Harper.": the house is each book's
    books[-1] = books[-1][:shared.start()]
    return [f"{book.rstrip(' ,.')}, {shared.group('house')}." for book in books]


_BOTH_HOUSE = re.compile(r",? both (?P<house>[A-Z][^.;:()\d\n]{1,40}?)\.?\s*$")


# Where a book's notes may end and the next book's begin: after an imprint's closing bracket,
# at a quoted title after a semicolon, or after a stop where a title in capitals and its byline
# follow ("... Knopf. $27.95. THE OPEN SEA. By John Roe. ..." — NYT lists; "... Faber. 21s. The Open
# Sea. By John Roe. Cape. 18s." — British weeklies).
_CAPS_WORD = r"[A-Z0-9'\u2019&-]"
_CAPS_TITLE = rf"(?:[A-Z0-9'\u2019:,&-]+ )*{_CAPS_WORD}*[A-Z]{{2}}{_CAPS_WORD}*"
_TITLE_CASE = r"[A-Z][\w'\u2019-]*(?: (?:[A-Z][\w'\u2019-]*|of|the|and|a|an|in|on|to|for|at|from|with)){0,10}"
_NEXT_BOOK = re.compile(r"\)\s*[;.,]?\s+(?=\S)|;\s+(?=[\"\u201c])"
                        rf"|(?:(?<=\d)|(?<=\d[sd]))\.\s+(?=(?:{_CAPS_TITLE}|{_TITLE_CASE})[.,]? [Bb]y [A-Z])")
# "... (Faber, £14.99) and The Open Sea by John Roe (Cape, £16.99)": the word joining two books,
# at the end of one or the start of the next.
_AND_AFTER, _AND_BEFORE = re.compile(r"\s+and$"), re.compile(r"^and\s+")


# "1. The Quiet Harbor by Jane Doe (Knopf, $27.95)" / "2. The Open Sea ...": a numbered list;
# "1 The Quiet Harbor. By Jane Doe. ..." (a journal's subject review): the number with no stop.
_LIST_NUMBER = re.compile(r"(?P<n>\d{1,2})(?:[.)][ \t]+(?=\S)|[ \t]+(?=[A-Z\"\u201c]))")


def without_list_numbers(books: list[str]) -> list[str]:
    """The notes of a numbered list's books without their numbers, when the first two are
    numbered 1 and 2 ("1984. By George Orwell" alone is a title)."""
    if len(books) < 2 or [_list_number(book) for book in books[:2]] != ["1", "2"]:
        return books
    return [book[number.end():] if (number := _LIST_NUMBER.match(book)) else book for book in books]


def _list_number(book: str) -> str | None:
    number = _LIST_NUMBER.match(book)
    return number.group("n") if number else None


_ROLE_WORD = re.compile(r"\b(?:[Bb]y|BY|[Ee]dited|[Tt]ranslated)\s")


_ITEM_AHEAD = re.compile(r"\(|[$\u00a3\u20ac]|\d+ ?(?:pages|pp)|\d[sd]\.")   # the next book's imprint, or shillings


def _titled_byline(rest: str) -> bool:
    """'The Open Sea by John Roe. ...': a title, then its plain "by" — not "Photographs by John
    Roe", a credit of the book before."""
    role = find_role(rest[:200])
    return role is not None and role.start() > 0 and role.group(0).lower() == "by"


def _whole_book(piece: str) -> bool:
    """A piece a new book may follow names its people or prints an item: not "THE QUIET HARBOR
    (A NOVEL)" nor "The Quiet Harbor (2 volumes)" before the book's own "By Jane Doe"."""
    return _ROLE_WORD.search(piece) is not None or bool(find_items(piece).spans)


_EACH = re.compile(r"\d\s+each\b")


def split_each(parsed: ParsedTrailer, text: str) -> list[ParsedTrailer]:
    """'Corregidora and Eva's Man, by Gayl Jones (Beacon, $7.95 each)' — two books, one imprint.

    "each" after the price says the titles are several books: they are cut at a semicolon
    ("The Reedcutter; Quicksand"), or else at the last "and".
    """
    if not _EACH.search(text):
        return [parsed]
    flat = " ".join(text.split())
    if parsed.subtitle and f"{parsed.title}; {parsed.subtitle}" in flat:
        titles = [parsed.title, parsed.subtitle]
    elif " and " in parsed.title and not parsed.subtitle:
        titles = parsed.title.rsplit(" and ", 1)
    else:
        return [parsed]
    return [replace(parsed, title=t.strip(" ,;"), subtitle=None) for t in titles]


def _next_title_after_byline(text: str, start: int) -> int | None:
    """In 'by Jane Doe and Far Fields (Crown', where 'Far Fields' starts: the last joining
    word before the next imprint whose right side is not a person's name."""
    open_at = text.find("(", start)
    if open_at == -1:
        return None
    between = text[start:open_at]
    for sep in reversed(list(re.finditer(r"\s+and\s+|[;,]\s+", between))):
        right = between[sep.end():].strip()
        if right[:1].isupper() and not is_person(right):
            return start + sep.end()
    return None


# "By: Jane Doe" / "Publisher: Harbor House, 320 pages, $26.95" — two labels on the lines of
# notes too short for a sheet (labelled.py): the label says what a role phrase would.
_LINE_LABEL = re.compile(r"^[ \t]*(?:(?P<by>By|BY)|Publisher|PUBLISHER|Published by)[ \t]*:[ \t]*(?=[A-Z])",
                         re.MULTILINE)


def _unlabelled(text: str) -> str:
    """'By: Jane Doe' -> 'By Jane Doe', 'Publisher: Knopf' -> 'Published by Knopf'."""
    return _LINE_LABEL.sub(lambda m: "By " if m.group("by") else "Published by ", text)


# "Dover, 2019 (orig. pub. 1950)", "Dover, 2019 [1950].", "... 2019. First published in 1950.":
# a reprint's first year, a note on the book's history, never a field of this edition.
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_FIRST_PUBLISHED = re.compile(
    rf"\s*[(\[](?:first|originally|orig\.) (?:published|publ?\.)(?: in)?,? {_YEAR}\.?[)\]]"
    rf"|(?<=\d{{4}}) \[{_YEAR}\]"
    rf"|(?:(?<=[.;] )|^)(?:First|Originally) published\b[^.()\n]{{0,60}}?\b{_YEAR}\.(?:\s+|$)", re.IGNORECASE)

_HISTORY_HINT = re.compile(r"ubl|orig|\[", re.IGNORECASE)   # "published", "publ."


# OCR's letters in a year: "l976", "20l2", "2O06", "200O" — a word of four that opens as a year
# of 1500-2099 does and holds an O or an l, where a year stands (no word of any language does)
_OCR_YEAR = re.compile(r"(?<![\w.\-/])(?=[\dOl]*[Ol])(?:[1l][5-9]|2[0O])[\dOl]{2}(?![\w\-/])")
_OCR_YEAR_HINT = re.compile(r"\d[Ol]|[Ol]\d")
_YEAR_DIGITS = str.maketrans("Ol", "01")


def ocr_years(notes: str) -> str:
    """The notes with OCR's letters in their years read as digits, the length kept (spans stay
    put). Run on the notes alone: searched in every article it would cost the skip."""
    if _OCR_YEAR_HINT.search(notes) is None:
        return notes
    return _OCR_YEAR.sub(lambda m: m.group().translate(_YEAR_DIGITS), notes)




# "New York:Harcourt, Brace and Company", "Garden City, N.Y.:Doubleday" — the space OCR lost after
# an imprint's colon (and a title's: "Title:Subtitle")
_GLUED_COLON = re.compile(r"(?<=[a-z.]):(?=[A-Z][a-z])")
# "Los pasos del r\u00edo,M\u00e9xico, El Colegio de M\u00e9xico,2008": the space a scan lost after a comma,
# before a capitalized word or a year (never between digits: "1,000")
_GLUED_COMMA = re.compile(rf"(?<=[a-z\u00e0-\u00ff]),(?=[{CAPITAL}][a-z\u00e0-\u00ff]"
                          r"|(?:1[5-9]\d\d|20\d\d)\b)")


def parse_trailer(text: str) -> ParsedTrailer:
    """Parse one book's trailer; never raises on any text."""
    text = ocr_years(text)
    text = ocr_counts(text)   # "3o9 pages": on the notes alone, as every article would pay for it
    if "\n" in text and is_labelled_block(text):
        return _labelled_trailer(text)
    if "\n" in text:
        text = _unwrapped(text)
    if ":" in text and "\n" in text:
        text = _unlabelled(text)
    if ":" in text:
        text = _GLUED_COLON.sub(": ", text)
    if "," in text:
        text = _GLUED_COMMA.sub(", ", text)
    # German journals part the fields by en dashes (Germanistik): "(1505-1580). \u2013 Mainz: Schott, 1974.
    # \u2013 XIV, 267 S.", and one before the imprint's "Town: House" is the same ("Heilige. \u2013 Frankfurt
    # a.M. u.a.: Lang 1998", Theologische Revue)
    if text.count(". \u2013 ") >= 2 or ". \u2013 " in text and _DASH_BEFORE_THE_IMPRINT.search(text):
        text = text.replace(". \u2013 ", ". \u2014 ")
    if ". \u2014 " in text:   # "Le livre. \u2014 Paris : Picard, 1978. \u2014 392 p.": the dash parts no more
        text = _STOP_AND_DASH.sub(". ", text)
    if _HISTORY_HINT.search(text):
        text = _FIRST_PUBLISHED.sub("", text)
    stated = numbered = None
    if _EDITION_HINT.search(text):
        text, stated = _edition_apart(text)
    if "(" in text or " = " in text:
        text, numbered = _numbered_series_apart(text)
    if numbered is None and ": " in text:
        text, numbered = _bare_series_apart(text)
    if "hr" in text or "hour" in text or "CDs" in text or "discs" in text:   # an audiobook's running time: no field
        text = RUNNING_TIME.sub("", text)
    split = split_trailer(text)
    publisher, place, edition, series, year, unparsed = _imprint_words(split.imprint)
    if publisher is not None and publisher[:1] in "12" and (dated := _YEAR_BEFORE_HOUSE.match(publisher)):
        publisher, year = dated.group("house"), year or int(dated.group("year"))   # "2002 Wiley \u00a320.99/$23.00hb"
    head_text, house = split.head, None
    if publisher is not None and place is None and (town := _town_closing(head_text)) is not None:
        head_text, place = head_text[:town.start()], town.group("town")
    unknown_town = None
    if publisher is not None and place is None and "(" in head_text[-3:] \
            and (town := _TOWN_BEFORE_THE_BRACKET.search(head_text)) is not None:
        head_text, place = head_text[:town.start()], town.group("town")
        unknown_town = None if is_place(place) else place
    elif publisher and place and f"{publisher}, {place}" in split.imprint and town_no_table_knows(publisher, place):
        unknown_town = place   # "(Tapia House, Tunapuna, 1975)": read after the house (_imprint_words)
    if "." in head_text[-7:] and (dated := _YEAR_SENTENCE_CLOSING.search(head_text)) is not None:
        head_text, year = head_text[:dated.start()], year or int(dated.group("year"))
    town_only = publisher is not None and place is None and is_place(publisher)   # "Montréal, 2017, 334 pages"
    if (publisher is None or town_only) and head_text.count("\n") >= 2 and split.items.spans:
        head_text, house = _house_line_apart(head_text)   # the items on lines of their own
        if house and town_only:
            publisher, place = None, publisher
    head = parse_head(head_text)
    if split.guess == RUN_TOGETHER and not head.contributors:   # "Jane Doe The Quiet Harbor Faber, £18.99"
        head = parse_run_together_head(split.head) or head
    publisher = publisher or house
    if publisher and not head.contributors and ", " in publisher:   # "(Jane Doe, Allen & Unwin, $16.95 pb)"
        publisher, head = _author_before_the_house(publisher, head)
    offers, invalid = offers_of(split.items)
    return ParsedTrailer(
        title=head.title,
        subtitle=head.subtitle,
        contributors=head.contributors,
        publisher=publisher,
        place=place,
        pages=split.items.pages[0][1] if split.items.pages else None,
        illustrated=bool(split.items.illustrated),
        offers=offers,
        edition=edition or stated,
        series=series or numbered,
        original_language=head.original_language,
        invalid_isbns=invalid,
        unparsed=unparsed,
        split_by=head.split_by,
        year=year,
        imprint_guess=split.guess or (UNKNOWN_TOWN.format(unknown_town) if unknown_town else None),
        **bare_marks(split.items),
    )


# A stop, then the em dash French journals print between a citation's fields; not after an initial
# ("Lassiter, H.T. \u2014 The Archive": the dash parts the name from the title)
_DASH_BEFORE_THE_IMPRINT = re.compile(r"\. \u2013 [A-Z][\w. ]{1,40}: [A-Z]")
_STOP_AND_DASH = re.compile(r"(?:(?<=[a-z\u00df-\u00ff]{2})|(?<=[)\u00bb\d]))\. \u2014 (?=[\w(\u00ab])")


def _author_before_the_house(publisher: str, head: Head) -> tuple[str, Head]:
    """'The Quiet Harbor (Jane Doe, Allen & Unwin, $16.95 pb, ISBN)' (Books+Publishing): the author
    leads the bracket, before a house the list names or its own word closes. Told by the name's
    shape alone, so the book is reviewed."""
    name, _, house = publisher.partition(", ")
    if is_person(name) and (is_known_house(house) or is_named_house(house)):
        return house, replace(head, contributors=((Role.AUTHOR, name),), split_by=BY_NAME_SHAPE)
    return publisher, head


# "The Weight of Light. Jane Doe. 2011. Candlewick Press. 364pp." (Science and Children): the year a
# sentence of its own between the names and the house
_YEAR_SENTENCE_CLOSING = re.compile(r"(?<=\.)\s+(?P<year>1[5-9]\d\d|20\d\d)\.\s*$")
# The year before the house on a stacked block's imprint line: "2002 Wiley \u00a320.99/$23.00hb 272pp" (Physics World)
_YEAR_BEFORE_HOUSE = re.compile(r"^(?P<year>1[5-9]\d\d|20\d\d) (?P<house>[A-Z][^\d]{1,60})$")


# "Gérard Doe. Chemin de halage. Paris. Beauchesne. 2002." (World Literature Today), "Cádiz en el siglo
# XVII, Madrid, Iberoamericana, 2006": the town before the house, in a sentence or a comma's part of its
# own, is the place, not the title's last words (after an initial it is a name's: "By Ambrose E. Stroud.")
_TOWN_CLOSING = re.compile(r"(?<=\w)(?<!\b[A-Z])[.,]\s+(?P<town>(?:St\. |'s-)?[A-Z][^.,:;()\d]{1,28})[.,:]?\s*$")


def _town_closing(head: str) -> re.Match[str] | None:
    closing = _TOWN_CLOSING.search(head) if "." in head or "," in head else None
    return closing if closing is not None and is_place(closing.group("town")) else None


def _house_line_apart(head: str) -> tuple[str, str | None]:
    """'UNDER THE COPPER MOON' / 'by Jane Doe' / 'Orient BlackSwan' above 'Price Rs 150' / 'Pages 399'
    (India Today), 'La Maison' / 'Josée Doe' / 'Leméac' above 'Montréal, 2017, 334 pages' (Le Devoir):
    a stack's house on the line under its byline or author, the items on the lines below; the head
    without it, and the house."""
    lines = [line.strip() for line in head.strip().split("\n") if line.strip()]
    if lines and _FORMAT_LINE.fullmatch(lines[-1]):   # "CreateSpace" / "Paperback" / "278 pages"
        lines = lines[:-1]
    if len(lines) >= 3 and is_house_shaped(lines[-1]) and (not is_person(lines[-1]) or is_named_house(lines[-1])) \
            and (re.match(r"(?:[Bb]y|BY)\s", lines[-2]) or is_person(lines[-2])):
        return "\n".join(lines[:-1]), lines[-1]
    return head, None


# A stack's line that names the book's format alone: no field ("Paperback", "Kindle Edition").
_FORMAT_LINE = re.compile(rf"(?:{BINDING_WORDS}|{EDITION_FORMATS}|trade paperback)\.?", re.IGNORECASE)


# A line a column wrapped mid-phrase: a title and its byline, the byline's stop, then the imprint's first
# words, cut at a word or an initial ("... by Jane Doe. Weidenfeld" / "& Nicolson. \u00a31.50.", "... By
# Jane Doe. New York: G. P." / "Putnam's Sons."); never a field's line of a stack ("The Quiet Harbor" /
# "by Jane Doe" / "Knopf", "La memoria divisa. Chiesa e Stato" / "il Mulino, ...").
_WRAPPED_LINE = re.compile(r"^(?=.{30})(?:.*[A-Za-z\u00c0-\u017f]|.*\b[A-Z]\.)$")
_STOP_AFTER_A_WORD = re.compile(r"[a-z\u00df-\u017f)]{2}\. ")


def _unwrapped(text: str) -> str:
    """The notes with the breaks a narrow column made inside a clause read as spaces."""
    lines = text.split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        if _WRAPPED_LINE.match(out[-1].rstrip()) and _byline_then_stop(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return "\n".join(out)


def _byline_then_stop(line: str) -> bool:
    """The line names its people ("by Jane Doe") and closes that clause with a stop before its end."""
    role = find_role(line)
    return role is not None and _STOP_AFTER_A_WORD.search(line, role.end()) is not None


def _edition_apart(text: str) -> tuple[str, str | None]:
    """The notes without the sentences that state their edition or volumes, and the edition."""
    edition = _EDITION_SENTENCE.search(text)
    if edition is not None:
        text = text[:edition.start()] + text[edition.end():]
    return _VOLUMES_SENTENCE.sub("", text), edition.group("edition") if edition else None


# A series and the book's number in it, in parentheses standing as a sentence of their own
# after the title: "Medieval Ports. (Medieval Studies 12.) Turnhout: Brepols" (Speculum), "...
# Epos. (Schriften der ... Gesellschaft, Geisteswissenschaftliche Reihe, 12.) Pp. 230." (the
# Classical Review), "Städte 1480–1620. (Veröffentlichungen der ... Kommission, Bd. 301.) Göttingen,
# Wallstein 2019." (the Historische Zeitschrift), "The Quiet Harbor. (Lighthouse Trilogy, bk. 2)."
# (Booklist), "320p. (The Lighthouse Trilogy: Bk. 2)." (SLJ). The number follows a word or the book's mark ("Harbor
# Mysteries, Bk. 8" is the imprint's), and is no year ("(Knopf, 2019.)" is an imprint); a price or an ISBN
# inside makes it an imprint too ("(Peeters, Louvain, 2018, €51.95. ISBN 978 0 70 447294 5.)").
_NUMBERED_SERIES = re.compile(r"(?<=[.:] )\((?P<series>[A-Z](?:(?!ISBN)[^()$\u00a3\u20ac]){2,200}?\w)"
                              r"(?P<mark>[,:;]? (?i:bk\.|book) ?|, Bd\. |,? )"
                              r"(?!(?:1[5-9]\d\d|20\d\d)\b)(?P<number>\d{1,4})\.?\)\.?(?:\s+|$)"
                              # "312 p. (Académie royale de Belgique. Mémoires ..., 2e série, t. LXIII)." — French
                              # and Belgian journals number the volume by its tome, in roman numerals too
                              r"|(?<=[.:] )\((?P<tome_series>[A-Z][^()$\u00a3\u20ac]{2,200}?\w), "
                              r"(?P<tome_mark>t|vol)\. ?(?P<tome>\d{1,4}|[IVXLC]{1,7})\.?\)\.?(?:\s+|$)")


# "Representations of Heresy. Essays and Studies 40. Toronto: Centre for ..." ("Studies in ..., vol. 12.") — the same
# series unbracketed, as a sentence of two words or more between the title and "Town: Publisher"
# A series' name: two capitalized words or more, with the small words of a name between them.
_SERIES_NAME = r"[A-Z][\w'\u2019\-]*(?: (?:[A-Z][\w'\u2019\-]*|of|in|and|on|for|the|&))+"
# What follows an unbracketed series: its imprint, "Town: House" or "House, Town, Year"
# ("Russian and East European Studies. Routledge, Abingdon, 2014." — the SEER)
_IMPRINT_AFTER_SERIES = (r"(?=[A-Z][\w. ]*(?:, [A-Z][\w.]+)?: [A-Z]"
                         r"|[A-Z][\w.&' ]{1,60}, (?:[A-Z][\w. ]{1,30}, )?(?:1[5-9]|20)\d\d\b)")
_BARE_SERIES = re.compile(rf"(?<=\. )(?P<series>{_SERIES_NAME})"
                          r",? (?:(?:vol|no|nr|bd)\. )?(?P<number>\d{1,3})\.\s+" + _IMPRINT_AFTER_SERIES)


# "The Quiet Harbor (Harbor Mysteries #3) by Jane Doe" — the series after the title, as
# Goodreads and the blogs that copy it print it
_TITLE_SERIES = re.compile(r"(?<=[\w'\u2019\"\u201d]) \((?P<series>[A-Z][^()#\n]{2,80}?),? "
                           r"(?:#|Book |(?i:bk)\. ?)(?P<number>\d{1,3})\)(?=\s+[Bb]y\b|[.,:]?\s*(?:\n|$)|\. [A-Z])")


# "The Quiet Harbor, Studies in Maritime History, 12 (Leiden: Brill, 2019)" — the series and its
# number between commas, before the parenthesized "Town: Publisher"
_COMMA_SERIES = re.compile(rf", (?P<series>{_SERIES_NAME}),? (?P<number>\d{{1,3}}) (?=\([A-Z][\w. ]*: )")
# "..., Medieval Women: Texts and Contexts 21 (Turnhout: Brepols, 2008)": a series' name in two parts
_TWO_PART_COMMA_SERIES = re.compile(rf", (?P<series>{_SERIES_NAME}: {_SERIES_NAME}),? (?P<number>\d{{1,3}})"
                                    r" (?=\([A-Z][\w. ]*: )")
# "... Essays on the Sea (Studies in Maritime History 12). Leiden: Brill" — the series in parentheses
# after the subtitle, before "Town: Publisher"; "Eine Geschichte der Küste (Historische Studien,
# Bd. 12.) Göttingen, Wallstein 2019." (the Historische Zeitschrift)
# Its name in the journal's language: "(Studien zur Geschichte des Mittelalters 12). Stuttgart: Kohlhammer",
# "(Beihefte zum Archiv f\u00fcr Kulturgeschichte 58) M\u00fcnchen 2011, C. H. Beck"
_SERIES_NAME_ANY_LANGUAGE = (r"[A-Z][\w'\u2019\-]*(?: (?:[A-Z][\w'\u2019\-]*|of|in|and|on|for|the|&|zur|zum|des"
                             r"|der|die|das|und|f\u00fcr|im|am|de|du|la|le|les|et|di|della|del|e|per|y|en"
                             # a German adjective before its noun: "zur hansischen Geschichte"
                             r"|[a-z\u00e4\u00f6\u00fc]{2,}(?:en|er|es|em)(?= [A-Z])))+")
# (a name of one word its hyphen joins: "(VSWG-Beihefte 248)")
_PAREN_SERIES = re.compile(rf"(?<=\w) \((?P<series>{_SERIES_NAME_ANY_LANGUAGE}|[A-Z]\w*-[A-Z]\w+)"
                           rf"(?:(?P<mark>, N\. ?F\. )|,? (?:(?:Bd|Vol|Nr|No)\. )?)(?P<number>\d{{1,3}})\.?\)"
                           # "(Quellen ..., N. F. 88), Köln/Weimar/Wien 2020, Böhlau": a new series (Neue
                           # Folge), the towns and the year before the house
                           r"(?=[.,]?\s+[A-Z][\w./ ]*(?:[:,]| (?:1[5-9]|20)\d\d,) [A-Z])")


# "Tübingen: Mohr Siebeck 2019 (Beiträge zur historischen Theologie 190)", "(Studia Judaica; 12)" —
# German and Dutch notes print the series after the imprint's year; Italian ones in guillemets,
# "Roma, Viella, 2004 («Biblioteca storica», 82)"; or after the page count, "XIV, 267 S. – (Studien zur
# deutschen Literatur; 209). – ISBN ..." (Germanistik).
_YEAR_SERIES = re.compile(r"(?:(?<=(?:1[5-9]|20)\d\d )|(?<=\d S\. \u2014 )|(?<=\d S\. )|(?<=\d p\. )|(?<=\d pp\. ))"
                          # (never the imprint in brackets after a title's dates: "1500-1650 (Hilversum: ..., 312 pp.)")
                          r"\((?![^()]*\b(?:pp|ISBN|isbn)\b)[\u00ab\u201c\"]?(?P<series>[A-Z][^()]{2,200}?\w)[\u00bb\u201d\"]?"
                          r"[,;]? (?:(?:Bd|Band|Vol|Nr|No)\.? )?(?!(?:1[5-9]\d\d|20\d\d)\))"
                          r"(?P<number>\d{1,4}|(?-i:[IVXLC]{1,7}))\)")   # "(Manuales y Anejos de Emerita LXII)"


# "Ritual Texts of the Kaula Tradition. (Studies in Tantric Traditions.) x, 248 pp." (BSOAS,
# Speculum): a series with no number, in parentheses as a sentence of its own, its name saying so
_UNNUMBERED_SERIES = re.compile(
    r"(?<=[.:] )\((?P<series>(?=[A-Z])[^().\d$\u00a3\u20ac]{0,100}?\b(?:Studies|Series|Texts|Library|Classics"
    r"|Monographs|Studia|Reihe|Beitr\u00e4ge|Schriften|Ver\u00f6ffentlichungen|Collection|Biblioth\u00e8que|Publications)\b"
    r"[^().\d$\u00a3\u20ac]{0,80}?)\.\)(?:\s+|$)")   # one sentence: "(Knopf. Library edition.)" is no series


# "... (Histoire.) ISBN 2-86847-142-0. Prix : 160 FF." (the Revue d'histoire ecclésiastique): a series
# with no number, in parentheses as a sentence of its own after the book's description, before its
# ISBN or price or closing the notes, whatever its name
_CLOSING_SERIES = re.compile(r"(?<=\. )\((?P<series>[A-Z][^().$\u00a3\u20ac\d]{1,100}?)\.?\)\.?"
                             r"(?=\s*(?:ISBN\b|Prix\b|Price\b|Preis\b|$))")
# "Paris, Classiques Garnier, 2019 («Études de littérature ...»), pp. 442." (French and Italian
# journals): a series with no number, in guillemets and parentheses after the year
_GUILLEMET_SERIES = re.compile(r"(?<=(?:1[5-9]|20)\d\d) \(\u00ab ?(?P<series>[^()\u00ab\u00bb]{2,200}?) ?\u00bb\)")
_COUNT_BEFORE = re.compile(r"\d+ (?:p|pp|S|pages)\.?[^()]{0,60}$")


def _series_after_the_count(text: str) -> re.Match[str] | None:
    """The closing series of _CLOSING_SERIES, where the book's page count comes before it: a
    house in parentheses closes the notes too ("The Divers. By Hume Nisbet. (Adam and Charles Black.)")."""
    m = _CLOSING_SERIES.search(text)
    return m if m and _COUNT_BEFORE.search(text, 0, m.start()) else None


# "Ecologies of the Salt Marsh. Ed. by Jane Doe. (Ecological studies; v.191) Springer, 2006." (Book News):
# a series as a library's catalogue records it, the volume after a semicolon
_CATALOGUED_SERIES = re.compile(r" ?\((?P<series>[A-Z][^();$\u00a3\u20ac]{2,100}?) ?; ?"
                                r"(?P<number>(?:v|vol|no|nr|Bd|t)\. ?\d{1,4})\)")


# "Stadt und Seuche (= Norm und Struktur; Bd. 45), Köln: Böhlau 2014": German notes mark the series
# with "=" inside its parentheses, whatever its name and number look like (before a stop, the head
# drops it: head._HEAD_EXTRAS)
_EQUALS_SERIES = re.compile(r" ?\(= ?(?P<series>[^()=]{2,200}?)\)(?=, )")
# "... 188 S., 24 Taf. gr. 8\u00b0 = Verzeichnis der ... Handschriften, Suppl. 12. Lw. DM 96,\u2013."
# (Orientalistische Literaturzeitung): the same mark with no parentheses, the series numbered
_BARE_EQUALS_SERIES = re.compile(r" = (?P<series>[A-Z][^()=]{2,200}?,? (?:Suppl|Bd|Band|Nr|Heft|Vol)\.? ?\d{1,4})"
                                 r"\.?(?=\s|$)")


def _numbered_series_apart(text: str) -> tuple[str, str | None]:
    """The notes without their series in parentheses, and the series with its number."""
    if "(=" in text and (marked := _EQUALS_SERIES.search(text)):
        return text[:marked.start()] + text[marked.end():], marked.group("series")
    if " = " in text and (marked := _BARE_EQUALS_SERIES.search(text)):
        return text[:marked.start()] + "." + text[marked.end():], marked.group("series")
    if "; " in text and (catalogued := _CATALOGUED_SERIES.search(text)):
        return text[:catalogued.start()] + "." + text[catalogued.end():], \
            f"{catalogued.group('series')}; {catalogued.group('number')}"
    series = _NUMBERED_SERIES.search(text) or _TITLE_SERIES.search(text) or _COMMA_SERIES.search(text) \
        or _YEAR_SERIES.search(text) or _PAREN_SERIES.search(text) or _TWO_PART_COMMA_SERIES.search(text)
    if series is None:
        alone = _UNNUMBERED_SERIES.search(text) or _series_after_the_count(text) \
            or (_GUILLEMET_SERIES.search(text) if "\u00ab" in text else None)
        return (text, None) if alone is None else (text[:alone.start()] + text[alone.end():], alone.group("series"))
    if series.re is _NUMBERED_SERIES and series.group("tome_series"):   # "(Mémoires ..., t. LXIII)"
        return text[:series.start()] + text[series.end():], \
            f"{series.group('tome_series')}, {series.group('tome_mark')}. {series.group('tome')}"
    mark = series.groupdict().get("mark") or " "
    mark = mark if any(ch.isalpha() for ch in mark) else " "   # "Casey Duncan, Bk. 8" as printed
    # "... der Küste (Historische Studien, Bd. 12.) Göttingen": the parenthesis closed the sentence
    stop = "." if series.re is _PAREN_SERIES and not text.startswith(".", series.end()) else ""
    before = text[:series.start()].rstrip(" ") if series.re is _YEAR_SERIES else text[:series.start()]
    return before + stop + text[series.end():], \
        f"{series.group('series')}{mark}{series.group('number')}"


# "Olive Oil and Empire: The Economy of Roman Baetica. Oxford Studies on the Roman Economy. Oxford:
# ...": a series with no number, as a sentence between the subtitle and "Town: Publisher", its name saying so
_BARE_NAMED_SERIES = re.compile(rf"(?<=\. )(?P<series>(?=[^.]*\b(?:Studies|Series|Texts|Library|Monographs|Studia"
                                rf"|Contexts|Supplements)\b){_SERIES_NAME})\.\s+" + _IMPRINT_AFTER_SERIES)


def _bare_series_apart(text: str) -> tuple[str, str | None]:
    """The notes without an unbracketed series after the title, numbered or named so; never the
    title itself after the author's name ("Jane Doe. Harbor Tales 2. Boston: ...")."""
    series = _BARE_SERIES.search(text) or _BARE_NAMED_SERIES.search(text)
    if series is None:
        return text, None
    before = _LAST_SENTENCE.split(text[:series.start()].rstrip())[-1].rstrip(".")
    number = series.groupdict().get("number")
    if series.re is _BARE_NAMED_SERIES and ": " not in before:
        return text, None   # after a title with no subtitle, the sentence may be the subtitle
    if not before or is_person(before):
        return text, None
    return text[:series.start()] + text[series.end():], \
        f"{series.group('series')} {number}" if number else series.group("series")


_LAST_SENTENCE = re.compile(r"(?<=[a-z)\u2019'][.]) ")


def _labelled_trailer(text: str) -> ParsedTrailer:
    """"The Quiet Harbor" / "Author: Doe, Jane" / "Publisher: Knopf, 2017" / "Price: $16.99": each
    value is the field its label names."""
    block = read_block(text)
    title, subtitle = split_title(block["title"] or "")
    found = find_items("\n".join(block["items"]))
    offers, invalid = offers_of(found)
    return ParsedTrailer(
        title=title, subtitle=block["subtitle"] or subtitle, contributors=tuple(block["people"]),
        publisher=block["publisher"], place=block["place"],
        pages=block["pages"] or (found.pages[0][1] if found.pages else None),
        illustrated=bool(found.illustrated), offers=offers, edition=None, series=None, original_language=None,
        invalid_isbns=invalid, unparsed=(), split_by=BY_MARKER, year=block["year"], **bare_marks(found))


# Clauses of trade and library lists that name no publisher: a binding or format mark
# standing alone ("pap.", "Tr", "hc", "ebk."), "ebook available", "lrg. prnt."
# "Paperback." / "Format: Softcover" (a review site's label): a binding alone names no publisher
_NO_PUBLISHER = re.compile(r"^(?:(?:format|binding): )?(?:e-?book available|lrg\. prnt|tr|pap|ebk|hbk|pbk|hc|tp|hb|pb"
                           r"|rrp|net|price:?|prix:?|preis:?|prezzo:?|precio:?|paper|cloth|hardcover|paperback|hardback|softcover|hardbound|h/b|p/b"
                           r"|it (?:retails|sells) (?:at|for)"   # "... by Fountain Publishers. It retails at Sh950"
                           r"|each"   # "(Secker & Warburg. 9s. each.)": one price for every book listed
                           # "... (Penguin, 2013) is available at the Water Street Bookshop for G$4,000."
                           r"|(?:is |are )?available (?:at|from|in) .{2,100}? (?:for|at)"
                           rf"|{EDITION_FORMATS}"
                           r"|kart|geb|lw|brosch)\.?$",   # German: kartoniert, gebunden, Leinen, broschiert
                           re.IGNORECASE)
# "illus., bibl., index", "incl. 10 ills." — what the book holds, counted or not
_APPARATUS = re.compile(rf"^(?:incl\. |\+ )?(?:\d+ )?{APPARATUS_WORD}\.?"
                        rf"(?:,? (?:and |\+ )?(?:\d+ )?{APPARATUS_WORD}\.?)*$", re.IGNORECASE)
# "m. Abb.", "12 Abb. u. 3 Kt.", "mit Tab." — German notes' pictures, maps and tables
_GERMAN_APPARATUS = re.compile(r"^(?:m\. |mit )?(?:\d+ )?(?:Abb|Ill|Kt|Tab|Taf)\.?"
                               r"(?:(?:,| u\.| und) (?:\d+ )?(?:Abb|Ill|Kt|Tab|Taf)\.?)*$")
# "with colour plates", "with 24 black-and-white illustrations": the book's pictures, no publisher
_WITH_PICTURES = re.compile(r"^with\b.{0,60}\b(?:plates?|illustrations|photographs|maps|drawings|figures)\b.{0,30}$",
                            re.IGNORECASE)
# "published 2019 by Oxford University Press" (the Spectator), "published by Faber in 2019": the
# publisher said in words, whatever clause came before it
_PUBLISHED_IN_BY = re.compile(rf"^published(?: in)?(?: (?P<year>{_YEAR}))? by (?P<publisher>[{CAPITAL}].{{1,80}}?)"
                           rf"(?: in (?P<year2>{_YEAR}))?\.?$", re.IGNORECASE)
# A word left at the publisher's end that is not its name: a month's abbreviation before the
# date (LJ, SLJ), "RRP" or "rrp" before a price (FT), "at" or "priced" before one ("is published by
# Faber at £16.99", "is published by Faber, priced £16.99"), "retails at" ("is published by SIRD
# and retails at RM39.90", "... by Fountain Publishers. It retails at Sh950" — Malaysian and East
# African papers; "... and sells for B$24.95" — the Bahamas'), the binding it is published in ("is
# published by Orenda Books in hardback, priced £22" — the Yorkshire Post).
_TRAILING_WORD = re.compile(r"[,.]?\s+(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|(?i:rrp)"
                            r"|PBK|HBK|Pbk|Hbk"   # "Serpent's Tail PBK 288pp" (The Wire)
                            r"|(?:Trade |Mass[- ]Market )?(?:Paperback|Hardcover|Hardback)"   # "Bantam Trade Paperback"
                            r"|(?:(?:and|It) )?(?:retails|sells) (?:at|for)|at|priced"
                            r"|in (?:hardback|paperback|hardcover))$")


# A publisher's label on its own line under notes that print no other ("Hardcover (May 2019), 496 pages." /
# "Publisher: St. Martin's Press" / "ISBN-13: ...")
_PUBLISHER_LABEL = re.compile(r"^(?:(?i:publishers?|imprint):\s*|Publisher\s+)(?=[A-Z0-9])")   # SFX: no colon


def _before_the_address(text: str) -> str:
    """'Farrar, Straus and Giroux, 4835/24, Ansari Road, ' -> 'Farrar, Straus and Giroux': the
    publisher's segments, up to the first that is an address's."""
    segments = text.rstrip(", ").split(", ")
    end = next((i for i, segment in enumerate(segments) if i and _ADDRESS_SEGMENT.search(segment)), len(segments))
    return ", ".join(segments[:end])


def _year_of(date: re.Match[str]) -> int | None:
    """The year a DATE_CLAUSE match prints, if any."""
    printed = date.group("year") or date.group("day_first_year")
    return int(printed) if printed else None


_BINDING_AFTER_HOUSE = re.compile(r"(?<=\w) (?:hb|pb|hbk|pbk|tpb|h/b|p/b)$")
# The house's town and year in a sentence after it: "Harrassowitz. Wiesbaden 2017. 298 S." (German journals)
_TOWN_AND_YEAR = re.compile(r"(?P<town>[^\d,;:.()]{2,40}?),? (?P<year>1[5-9]\d\d|20\d\d)")


def _imprint_words(imprint: str) -> tuple[str | None, str | None, str | None, str | None, int | None, tuple[str, ...]]:
    publisher = place = edition = series = year = None
    unparsed = []
    clauses = imprint_clauses(imprint)
    for n, clause in enumerate(clauses):
        if not any(ch.isalnum() for ch in clause):   # the "/" of "$39.50/£27.95"
            continue
        said = _PUBLISHED_IN_BY.match(clause) if clause[:9].lower() == "published" else None
        if said:
            publisher, printed = said.group("publisher"), said.group("year") or said.group("year2")
            year = year or (int(printed) if printed else None)
            continue
        date = DATE_CLAUSE.match(clause)
        if date and date.group(0).strip():   # "May 2015", "May 5", "1953" — Kirkus, LJ, SLJ
            year = year or _year_of(date)
        elif _EDITION.match(clause):
            edition = clause
        elif publisher is not None and series is None and _SERIES.search(clause):
            series = clause
        elif _NO_PUBLISHER.match(clause) or FRONT_MATTER.match(clause) or _APPARATUS.match(clause) \
                or AUDIENCE.match(clause) or AUDIO_FORMAT.match(clause) or _WITH_PICTURES.match(clause) \
                or _GERMAN_APPARATUS.match(clause) or BOOK_SIZE.match(clause):
            continue
        elif FOLD_SIZE.match(clause):   # "New York: D. Appleton & Co. 1889. 12mo, pp. 214."
            continue
        elif " " in clause and PRICE_LABEL.fullmatch(clause):   # "List Price" on its line (SFRevu); "Price": above
            continue
        elif publisher is None and _DEGREES.fullmatch(clause):   # "By Alexander MacLure, B.D. Pp. xii, 284."
            continue
        elif publisher is None:
            clause = _PUBLISHER_LABEL.sub("", clause)   # "Publisher: Soho Press" on its line (BookBrowse)
            house_first = HOUSE_THEN_TOWN.fullmatch(clause)
            if house_first is not None and house_then_town(house_first):   # "Harbor Press: Boston, 2015"
                publisher, place = house_first.group("house"), house_first.group("town")
                year = year or int(house_first.group("year"))
                continue
            m = _PLACE.match(clause)
            # "Derby: Bemrose. 1961.": a year of its own after the clause says its town, known or not
            dated_next = n + 1 < len(clauses) and _YEAR_ALONE.fullmatch(clauses[n + 1].strip()) is not None
            dated = _DATED_PLACE.match(clause) or _TOWN_FIRST.match(clause) or _HYPHENED_TOWNS_FIRST.match(clause)
            year_first = _PLACE_YEAR_FIRST.match(clause)
            if year_first and year_first.group("mark") == "," and not is_place(year_first.group("place")):
                year_first = None
            if year_first:
                place, publisher = year_first.group("place"), year_first.group("publisher")
                year = year or int(year_first.group("year"))
            elif m and (is_place(m.group("place")) or dated_next):
                place, publisher = m.group("place"), m.group("publisher")
            elif dated and (dated.re is _DATED_PLACE and not MONTH_AND_YEAR_END.search(clause)
                            or is_place(dated.group("place"))):
                place, publisher = dated.group("place"), clause[dated.start("publisher"):]
            else:
                publisher = clause
            # "Smithsonian Institution Press for the Pennsylvania Academy" — the publisher; "(both Allen
            # Lane, £25 each)" — one house for the books before it
            publisher = _PRINTED_FOR.sub("", publisher)   # "London: Printed for the Navy Records Society, 1894."
            publisher = re.split(r" for the (?=[A-Z])", publisher.removeprefix("both "), maxsplit=1)[0]
            # "Faber, 5 March 2019", "Knopf, March 5, 2019": the date after the publisher, in one
            # clause or two (no street's number)
            rest, _, date_printed = publisher.rpartition(", ")
            while rest and date_printed.strip() and (date := DATE_CLAUSE.match(date_printed)):
                publisher, year = rest.rstrip(), year or _year_of(date)
                rest, _, date_printed = publisher.rpartition(", ")
            postal = _POSTAL_TOWN.search(publisher)
            if postal:
                publisher, place = _before_the_address(publisher[:postal.start("town")]), place or postal.group("town")
            publisher = _ADDRESS.split(publisher, maxsplit=1)[0]
            # "Harbor House, 2019, RRP $32.99": the word before the price, then the year
            publisher = _TRAILING_WORD.sub("", publisher) or publisher
            # "Gollancz hb, 432pp, £18.99" (SF and crime magazines): the binding's abbreviation after the house
            publisher = _BINDING_AFTER_HOUSE.sub("", publisher)
            # "Harbor House, 2019, hardback, 320 pages": the binding after the year
            rest, _, binding = publisher.rpartition(", ")
            publisher = rest if rest and (_NO_PUBLISHER.match(binding) or AUDIENCE.match(binding)) else publisher
            rest, _, audio = publisher.rpartition(", ")   # "(Audible Frontiers, 14 hours, unabridged)"
            publisher = rest if rest and AUDIO_FORMAT.match(audio) else publisher
            # "(Knopf, 2015)", "Dover, [2019]" (the year found elsewhere than on the title page),
            # "Dover, n.d." (no date printed), "Knopf 3/19" (the month and year, Horn Book)
            dated = re.match(r"^(.+?),? (?:\[?(?P<year>1[5-9]\d\d|20\d\d)\]?|n\. ?d\.?|\d{1,2}/\d\d)$", publisher)
            if dated:
                publisher = dated.group(1).rstrip()
                year = year or (int(dated.group("year")) if dated.group("year") else None)
            # "Ballantine, New York", "Böhlau, Wien 2011", "Harvard University Press, Cambridge, MA"
            # — the town after the publisher, perhaps with its state
            before, _, town = publisher.rpartition(", ")
            if before and place is None and (is_place(town) or _town_in_the_name(before, town)):
                publisher, place = before, town
            elif before and place is None and town_no_table_knows(before, town):   # "Tapia House, Tunapuna"
                publisher, place = before, town
            elif ", " in before and place is None and (town_state := _town_and_state(before, town)):
                publisher, place = before.rpartition(", ")[0], town_state
            # "S. & S. Mar. 2012" (LJ): the month's abbreviation is no stop; "Atlantic, RRP£17.99" (FT)
            publisher = _TRAILING_WORD.sub("", publisher) or publisher
            publisher = publisher.rstrip(" \u2014\u2013/") or publisher   # "Knopf—$2.50" (Time), "BFI/£7.95"
            # "(Yale, Yale Series of Younger Poets, $18.)": the series after a comma.
            head, _, tail = publisher.rpartition(", ")
            if head and _SERIES.search(tail) and series is None:
                publisher, series = head, tail
            # "Henry Holt & Co.", "T. Werner Laurie, Ltd.": the abbreviation's stop the clause lost
            if _ABBREVIATION_END.search(publisher):
                publisher += "."
            if place is None and is_place(publisher) and publisher not in _PRESS_TOWNS:
                publisher, place = None, publisher   # "By J. H. Ormerod. London, 1895.": a town, no house
        elif place is None and (town := _TOWN_AND_YEAR.fullmatch(clause)) and is_place(town.group("town")):
            place, year = town.group("town"), year or int(town.group("year"))   # "Harrassowitz. Wiesbaden 2017."
        else:
            unparsed.append(clause)
    return publisher, place, edition, series, year, tuple(unparsed)


# The degrees after the author's name, left before the first item when no stop closed the name
_DEGREES = re.compile(rf"(?:{ONE_DEGREE},? ?)+")
# "Printed for the Navy Records Society", "Printed for the Author" (imprints to the 1920s): the body
# the book was printed for is its publisher
_PRINTED_FOR = re.compile(r"^[Pp]rinted (?:for|by) (?=[A-Za-z])")
_YEAR_ALONE = re.compile(r"(?:1[5-9]\d\d|20\d\d)\.?")


# "(Tapia House, Tunapuna, 1975)": after a house whose name ends in a house's own word, a word or
# two in capitals that name no house are its town, though no table knows it; the book is doubted.
UNKNOWN_TOWN = "a town beside the house that no table knows: {!r}"
# "Ateliers en opdrachtgevers in Haarlem, Tielt (Lannoo) 2011" (Oud Holland): the word before the
# house's bracket, after the title's comma, is the town, known or not
_TOWN_BEFORE_THE_BRACKET = re.compile(r"(?<=\w), (?P<town>[A-Z][a-z\u00e0-\u00ff'\u2019-]{2,20}) ?\($")
_HOUSE_WORD_CLOSING = re.compile(r"\b(?:House|Press|Books|Publishers|Publishing|Pers|Verlag|Editions|\u00c9ditions"
                                 r"|Editores|Editrice|F\u00f6rlag|Forlag)$")
_SEASON = re.compile(r"Spring|Summer|Autumn|Fall|Winter|Holiday|Christmas|Easter")
_TOWN_WORD = re.compile(r"[A-Z][a-z\u00e0-\u00ff'\u2019-]+")


def town_no_table_knows(house: str, town: str) -> bool:
    """A town after its house that no table knows: the house's name ends in its own word, the
    town is a word or two in capitals, no house's."""
    words = town.split()
    return 1 <= len(words) <= 2 and _HOUSE_WORD_CLOSING.search(house) is not None \
        and all(_TOWN_WORD.fullmatch(w) for w in words) and not is_place(town) and not is_house_name(town) \
        and _SEASON.fullmatch(words[0]) is None and DATE_CLAUSE.match(town) is None   # "Harbor House, Spring 2019"


def _town_in_the_name(house: str, town: str) -> bool:
    """'Universidad de Guadalajara, Guadalajara', 'Böhlau, Köln\u2013Graz': the town after a house is
    one its name holds, or known towns joined by a dash or a slash."""
    towns = re.split(r" ?[\u2013/-] ?", town)
    return len(towns) > 1 and all(is_place(t) for t in towns) \
        or town[:1].isupper() and len(town.split()) <= 2 and f" {town}" in f" {house}" and town != house


def _town_and_state(before: str, state: str) -> str | None:
    """'Garden City, N. Y.' from 'Doubleday, Garden City' and 'N. Y': a town and its state,
    the state's last stop given back where the clause lost it."""
    town = f"{before.rpartition(', ')[2]}, {state}"
    return town if is_place(town) else f"{town}." if is_place(f"{town}.") else None


class BareMarks(TypedDict):
    dollar_offers: tuple[int, ...]
    marked_offers: tuple[tuple[int, str], ...]
    pound_offers: tuple[int, ...]


def bare_marks(found: Items) -> BareMarks:
    """The offers priced in a bare "$", "£" or a mark several countries print, whose country the outlet or imprint
    decides (normalize), as the ParsedTrailer fields that name them."""
    return {"dollar_offers": tuple(n for n, price in enumerate(found.prices) if price.bare_dollar),
            "marked_offers": tuple((n, price.shared_mark) for n, price in enumerate(found.prices) if price.shared_mark),
            "pound_offers": () if any(_THIRTEEN_DIGITS.match(isbn.printed) for isbn in found.isbns)
            else tuple(n for n, price in enumerate(found.prices) if price.bare_pound)}


# An ISBN printed in thirteen digits dates the notes from 2007 on, when the euro had long
# replaced the Irish pound: a bare "£" beside it is sterling whatever the outlet.
_THIRTEEN_DIGITS = re.compile(r"(?:97[89])(?:[- ]?\d){10}$")


def offers_of(found: Items) -> tuple[tuple[Offer, ...], tuple[str, ...]]:
    """Pair each price with the ISBN printed after it, before the next price."""
    valid = [i for i in found.isbns if i.isbn13]
    invalid = tuple(i.printed for i in found.isbns if not i.isbn13)
    offers, used = [], set()
    prices = list(found.prices)
    for n, price in enumerate(prices):
        until = prices[n + 1].span.start if n + 1 < len(prices) else None
        isbn = next((i for i in valid if i.span.start > price.span.start and id(i) not in used
                     and (until is None or i.span.start < until)), None)
        if isbn is None and len(prices) == 1:
            isbn = next((i for i in valid if id(i) not in used), None)
        if isbn is not None:
            used.add(id(isbn))
        offers.append(Offer(price.binding, Price(Decimal(price.amount), price.currency, price.printed),
                            isbn.isbn13 if isbn else None, isbn_digits(isbn.printed) if isbn else None))
    offers += [Offer(isbn13=i.isbn13, isbn_printed=isbn_digits(i.printed)) for i in valid if id(i) not in used]
    return tuple(offers), invalid

