"""Where the head (title, contributors) ends and the imprint (publisher, pages, price) begins.

Trailers put the imprint in many orders — "368 pages. St. Martin's Press. $25.95" (NYT),
"Simon and Schuster: 280 pp., $23" (LA Times), "(HarperCollins; 564 pages; $27.95)",
"Holt, $28 (336p) ISBN ..." (PW) — but always after the head, and always around
self-describing items. So: find the items, then the publisher clause next to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from catalog.parse import items
from catalog.parse.cuts import (
    COMMA_PUBLISHERS,
    comma_publisher,
    inverted_name_end,
    is_house_name,
    is_house_shaped,
    is_known_house,
    is_named_house,
    is_role_clause,
    known_house_start,
    last_comma,
    name_in_run,
    name_then_publisher,
    names_after_semicolon,
    publisher_at_end,
)
from catalog.parse.names import (
    NAME_LIST,
    ONE_DEGREE,
    credit_at,
    credit_end,
    credit_of,
    is_given_name,
    is_person,
    leading_inverted_names,
    split_names,
)
from catalog.parse.tables import (
    ABBREVIATIONS,
    AUDIENCE,
    AUDIO_FORMAT,
    BINDING_WORDS,
    BOOK_SIZE,
    CAPITAL,
    DATE_CLAUSE,
    FOLD_SIZE,
    FRONT_MATTER,
    PUBLISHER_START,
    PUBLISHER_WORDS,
    PUBLISHING_TOWNS,
    STATE_MARK,
    find_role,
    is_place,
    place_imprint,
    role_phrases,
    town_imprint,
)
from catalog.parse.tables import ROLE_AT_START as _ROLE_START


@dataclass(frozen=True)
class Items:
    prices: tuple[items.FoundPrice, ...]
    pages: tuple[tuple[items.Span, int], ...]
    isbns: tuple[items.FoundIsbn, ...]
    illustrated: tuple[items.Span, ...]

    @property
    def spans(self) -> list[items.Span]:
        found = [p.span for p in self.prices] + [s for s, _ in self.pages]
        found += [i.span for i in self.isbns] + list(self.illustrated)
        return sorted(found, key=lambda s: s.start)


@dataclass(frozen=True)
class Split:
    """A trailer cut in two: head text, imprint text (items masked), and the items."""

    head: str
    imprint: str
    items: Items
    guess: str | None = None   # a cut that no punctuation marked, for the confidence


@lru_cache(maxsize=256)   # locate and parse look at the same trailer text more than once
def find_items(text: str) -> Items:
    isbns = items.find_isbns(text)
    taken = [i.span for i in isbns]
    prices = [p for p in items.find_prices(text) if not _inside(p.span, taken)]
    taken += [p.span for p in prices]
    pages = [p for p in items.find_pages(text) if not _inside(p[0], taken)]
    taken += [s for s, _ in pages]
    illustrated = [s for s in items.find_illustrated(text) if not _inside(s, taken)]
    return Items(tuple(prices), tuple(pages), tuple(isbns), tuple(illustrated))


def _inside(span: items.Span, spans: list[items.Span]) -> bool:
    return any(s.start < span.end and span.start < s.end for s in spans)


_PERIOD = re.compile(r"\.(?=\s)")
# "des 16. Jahrhunderts", "im 17. Jahrhundert", "vom 15. bis zum 18.", "Der 2. Weltkrieg": an article or
# a preposition before the number
_GERMAN_ORDINAL = re.compile(r"\b(?:des|der|dem|den|die|das|im|vom|zum|zur|am|ins|bis|ab|seit|Der|Die|Das|Im) \d{1,2}$")
_STATE_STOP = re.compile(rf", (?:{STATE_MARK})$")
_WORD_BEFORE = re.compile(r"([\w.']+)$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")


def sentence_breaks(text: str) -> list[int]:
    """Positions just after a clause-ending period ("Knopf. $25"), not after initials or 'St.'."""
    breaks = []
    for m in _PERIOD.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        token = word.group(1) if word else ""
        if _INITIALS.fullmatch(token) or token.lower() in ABBREVIATIONS and not _closes_a_name(text, m.start()):
            if not _degree_closes_a_name(text, m.end()):
                continue
        if token in _HOUSE_ABBREVIATIONS:
            continue   # "Madrid, Tip. de Archivos", "Gen\u00e8ve, Libr. Droz": a house's word abbreviated
        if token == "ill" and _ILL_BEFORE_A_NAME.match(text, m.start() - 5):
            continue   # "Jane Doe, ill. John Roe": the illustrator's role before the name (a sentence's "ill." ends it)
        if text.startswith((" and ", " & "), m.end()) and _STATE_STOP.search(text, max(0, m.start() - 12), m.end()):
            continue   # "Cambridge, Mass. and London: MIT Press": a state's stop, and the place goes on
        if token.isdigit() and len(token) <= 2 and _GERMAN_ORDINAL.search(text, max(0, m.start() - 8), m.start()):
            continue   # "Die Reichstage des 16. Jahrhunderts": a German ordinal's stop
        breaks.append(m.end())
    return breaks


_ILL_BEFORE_A_NAME = re.compile(r", ill\. [A-Z][a-z]")
# The printing house's and the bookshop's words European imprints abbreviate ("Tip." tipograf\u00eda, "Impr."
# imprimerie, "Libr." librairie, "Verl." Verlag), capitalized as a house's name opens
_HOUSE_ABBREVIATIONS = frozenset({"Tip", "Tipogr", "Typ", "Imp", "Impr", "Libr", "Verl", "Buchh", "Ediz", "Edit"})
# "By Alexander Maclure, M.A. Edinburgh: Blackwood" (British notes to the 1950s): the degree after a
# name's comma takes the one stop printed, so a capital after it starts the next sentence
_DEGREE_AT_END = re.compile(rf"[A-Za-z], (?:{ONE_DEGREE},? ?)+$")


def _degree_closes_a_name(text: str, end: int) -> bool:
    return "," in text[max(0, end - 24):end] and _CAPITAL_AFTER.match(text, end) is not None \
        and _DEGREE_AT_END.search(text, max(0, end - 24), end) is not None
# "By Martin Luther King Jr. Knopf.": a name's suffix takes the one stop printed, so a capital
# after it starts the next sentence. Only after a name word: "By Sr. Mary Joseph" is a title.
_CAPITAL_AFTER = re.compile(r"\s+[A-Z\d]")
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][\w'\u2019\-]*[a-z]),? $")


# "The Quiet Harbor. Jane Doe and John Roe, eds. Knopf": a role printed after the names takes
# their one stop too; "The Quiet Harbor, ed. John Roe" is the role before a name, and no stop.
_ROLE_AFTER_NAMES = re.compile(r",\s*(?:eds?|trans|tr)$")
_SENTENCE_STOP = re.compile(r"(?<=[^A-Z\s][.:])\s+")   # not the stop of an initial, "Jane Q. Doe"
_NEXT_SENTENCE = re.compile(r"\s+([^.,;:()]{3,60}?)(?:[.,;:(]|$)")


def _closes_a_name(text: str, stop: int) -> bool:
    if not _CAPITAL_AFTER.match(text, stop + 1):
        return False
    if text[stop - 2:stop] not in ("Jr", "Sr"):
        role = _ROLE_AFTER_NAMES.search(text, max(0, stop - 8), stop) if text[stop - 1] in "dsr" else None
        names = _SENTENCE_STOP.split(text[max(0, stop - 80):role.start()])[-1] if role else ""
        people = NAME_LIST.split(names)   # the first may be the title: "The Quiet Harbor, Jane Doe, ed."
        after = _NEXT_SENTENCE.match(text, stop + 1)   # "Jane Doe, tr. John Roe": the translator's name follows
        return bool(names) and all(is_person(name) for name in people[1:] or people) \
            and not (after and is_person(after.group(1)))
    word = _NAME_WORD_BEFORE.search(text, max(0, stop - 40), stop - 2)
    return word is not None and word.group(1) != "By"


_CLAUSE_BREAK = re.compile(r"\|+|;|\n|\(|\)|(?<=\S) {3,8}(?=\S)|\t")
_SPACES = re.compile(r"\s+")


def imprint_clauses(imprint: str) -> list[str]:
    """The imprint's words between items: 'St. Martin's Press', 'Farrar, Straus & Giroux'."""
    cuts = sorted(set(sentence_breaks(imprint)))
    pieces, last = [], 0
    for cut in cuts + [len(imprint)]:
        pieces.append(imprint[last:cut])
        last = cut
    clauses: list[str] = []
    for piece in pieces:
        clauses += _CLAUSE_BREAK.split(piece) if ";" not in piece else _clauses_of(piece)
    return [_SPACES.sub(" ", c).strip(" ,.:;") for c in _sizes_apart(clauses) if c.strip(" ,.:;")]


def _sizes_apart(clauses: list[str]) -> list[str]:
    """'Paris, Belin, 2012, 1 vol.' -> 'Paris, Belin, 2012', '1 vol.': the format is a clause of its own.
    'Fourth Estate, 2009, paperback, fiction' -> 'Fourth Estate, 2009, paperback': a blog's genre, no field."""
    apart = []
    for clause in clauses:
        size = _SIZE_AFTER_COMMA.search(clause.rstrip(" ,.:;")) if "," in clause else None
        if size and _GENRE.fullmatch(size.group("size")):
            clause = clause[:size.start()]
            size = _SIZE_AFTER_COMMA.search(clause.rstrip(" ,.:;")) if "," in clause else None
        if size and (BOOK_SIZE.match(size.group("size")) or FOLD_SIZE.match(size.group("size"))):
            apart += [clause[:size.start()], size.group("size")]
        else:
            apart.append(clause)
    return apart


# A book's kind as blogs list it among the imprint's words ("Fourth Estate, 2009, paperback, fiction, 352 pages")
_GENRE = re.compile(r"(?i:(?:literary |crime |science |historical )?fiction|non-?fiction|novel|poetry|memoir"
                    r"|short stories|crime|thriller|biography|young adult|fantasy|horror|romance)")


def _clauses_of(piece: str) -> list[str]:
    """_CLAUSE_BREAK.split(piece), but for the ';' between the towns of one imprint."""
    clauses, last = [], 0
    for m in _CLAUSE_BREAK.finditer(piece):
        if m.group(0) != ";" or not _towns_parted(piece, m.start()):
            clauses.append(piece[last:m.start()])
            last = m.end()
    return clauses + [piece[last:]]


def mask(text: str, spans: list[items.Span], fill: str = "|") -> str:
    """Replace each item by a run of `fill`, keeping every other position in place."""
    chars = list(text)
    for s in spans:
        chars[s.start:s.end] = fill * (s.end - s.start)
    return "".join(chars)


_PARENS = re.compile(r"[()]")


def _masked_slice(text: str, spans: list[items.Span], start: int, end: int | None = None) -> str:
    """text[start:end] with the items that begin inside it masked."""
    end = len(text) if end is None else end
    inside = [items.Span(s.start - start, s.end - start) for s in spans if start <= s.start < end]
    return mask(text[start:end], inside)


def _paren_groups(text: str) -> list[tuple[int, int]]:
    """(start, end) of top-level parenthesized groups; an unclosed one runs to the end."""
    groups, depth, start = [], 0, 0
    for m in _PARENS.finditer(text):
        i, c = m.start(), m.group()
        if c == "(":
            if depth == 0:
                start = i
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, i + 1))
    if depth:
        groups.append((start, len(text)))
    return groups


def _imprint_group(text: str, spans: list[items.Span]) -> tuple[int, int] | None:
    """The parenthesized imprint "(Penguin Press, $26.95.)", if the trailer has one."""
    masked = mask(text, spans, " ")
    for start, end in reversed(_paren_groups(text)):
        inner = masked[start + 1:end].strip(" ()")
        has_item = any(start <= s.start < end for s in spans)
        at_end = not masked[end:].strip(" .;,|")
        publisher_like = bool(re.search(r"[A-Z]", inner)) and not _ROLE_START.match(inner) \
            and not credit_at(text, start)   # "Aliki (Illustrations)" credits an artist
        items_before = any(s.start < start for s in spans)
        if publisher_like and (has_item or (at_end and not items_before)):
            return start, end
    return None


# A small publisher's phone number, "(800) 555-0199", "800-555-0199", "800.555-0199": it
# belongs to no field, and its parenthesis is no imprint. The one place phones are read.
_PHONE = re.compile(r"(?:\(\d{3}\)|(?<![\d-])\d{3})[\s.-]?\d{3}-\d{4}(?![\d-])")


# Columns of a review magazine's list, set apart by wide spaces: "The Quiet Harbor by Jane Doe
# Primary    Knopf    40 pp. 1/19    978-...    $17.99" (Horn Book). The reading level closes the
# head's column and is no part of the names.
# (A run of more than eight blanks is a phone number blanked below, not a column.)
COLUMN_GAP = r"(?<=\S) {3,8}(?=\S)|\t"
_COLUMN = re.compile(COLUMN_GAP)
_LEVELS = re.compile(r"(?:,?\s+(?:Preschool|Primary|Intermediate|Middle School|High School|Young Adult))+\s*$")
_INLINE_LEVEL = re.compile(r"\bby [A-Z][^;()$]{2,80}?[a-z.](?P<level>(?: ?,? (?:Preschool|Primary|Intermediate"
                           r"|Middle School|High School|Young Adult))+) (?=[A-Z][^ ]* (?:[^ ]+ ){0,4}\d+ pp\b)")


@lru_cache(maxsize=256)
def split_trailer(text: str) -> Split:
    """Cut one book's trailer into head and imprint."""
    text = _PHONE.sub(lambda m: " " * len(m.group()), text)   # same length: spans stay put
    if ",\n" in text:   # "Poppy/Little,\nBrown, 2016": a line broken inside a publisher's name ends no clause
        text = COMMA_PUBLISHERS.sub(lambda m: m.group(0).replace("\n", " "), text)
    if "   " in text or "\t" in text:
        column = _COLUMN.search(text)
        level = _LEVELS.search(text, 0, column.start()) if column else None
        if level:   # blank the level, and mark the column's end as a clause's
            text = text[:level.start()] + " " * (level.end() - level.start()) + ";" + text[level.end() + 1:]
    elif ("School" in text or "Primary" in text or "Intermediate" in text or "Preschool" in text) \
            and (level := _INLINE_LEVEL.search(text)) is not None:
        # the same columns with their gaps closed up (a tokenized corpus): the level after the
        # names still ends them, and the publisher's column follows
        start, end = level.span("level")
        text = text[:start] + ";" + " " * (end - start - 1) + text[end:]
    if "\n" in text and (house := _stacked_house(text)) is not None:
        return Split(text[:house], text[house:], find_items(text))
    inverted = leading_inverted_names(text)
    if inverted is not None:
        # "Doe, Jane, The Quiet Harbor, Scribner (ISBN ...)" — the names lead; what follows
        # is title and imprint, where a last comma before the items marks the publisher
        rest = _split_after_author(text[inverted[1]:])
        return Split(text[:inverted[1]] + rest.head, rest.imprint, rest.items, rest.guess)
    return _split_after_author(text, author_known=False)


# "Jane Doe, The Quiet Harbor, Harbor House, 2020": a person, the title, the house and the year,
# one line with no items (the Australian literary journals' lists of books reviewed)
_PERSON_TITLE_HOUSE_YEAR = re.compile(r"^(?P<names>[^,()]{3,60}), (?P<title>[^()]{2,150}), "
                                      r"(?P<house>[^,()]{2,60}), (?:1[5-9]\d\d|20\d\d)\.?$")


def author_title_house_year(text: str) -> int | None:
    """Where the house starts in 'Jane Doe, The Quiet Harbor, Harbor House, 2020', when the
    first segment is a person's name and the one before the year no place's."""
    m = _PERSON_TITLE_HOUSE_YEAR.match(text.strip())
    if m is None or not is_person(m.group("names")) or is_place(m.group("house")) \
            or is_person(m.group("title").rsplit(", ", 1)[-1]):
        return None
    return text.index(m.group("house"), len(text) - len(text.lstrip()) + m.start("house"))


def _house_above_the_date(text: str) -> int | None:
    """Where the house's line starts in "The Quiet Harbor" / "By Jane Doe" / "Harbor House" /
    "Published March 20, 2017" (the Chicago Review of Books): a house alone on the line above
    the publication date's, with no price or count."""
    lines = text.rstrip().split("\n")
    if len(lines) < 3 or not lines[-1].startswith("Published ") or not is_house_name(lines[-2].strip()):
        return None
    date = DATE_CLAUSE.match(lines[-1].replace(",", "").strip(" ."))
    return len("\n".join(lines[:-2])) + 1 if date and date.group(0).strip() else None


def _whole_house_start(text: str, start: int) -> int:
    """Where the house starts whose name holds a comma: "Jane Doe, The Quiet Harbor, Farrar, Straus
    and Giroux, New York, 2019" (Wiley's journals) — the segment before the town is "Straus and
    Giroux", the house's name starts at "Farrar"."""
    for m in COMMA_PUBLISHERS.finditer(text, max(0, start - 40), start + 60):
        if m.start() < start < m.end():
            return m.start()
    return start


def _stacked_house(text: str) -> int | None:
    """Where the house's line starts in a stack with no items, "Homecoming" / "by Yumiko
    Nakagawa" / "Penguin" (The Globe and Mail, the South China Morning Post): nothing but the
    line breaks part the publisher from the author's name."""
    head, _, last = text.rstrip().rpartition("\n")
    dated = _HOUSE_THEN_YEAR.match(last)
    if dated and bare_house_name(dated.group("house")) and head.count("\n") == 1 and not find_items(text).spans:
        return len(head) + 1   # "The Weight of Water Tanks" / "Sean Kelleher" / "Giramondo, 2016"
    if head.count("\n") != 1 or not is_house_name(last) or find_items(text).spans:
        return None
    return len(head) + 1


def bare_house_name(text: str) -> bool:
    """'Giramondo', 'Candlewick', 'The Ryerson Press': a house's name on the line of its year, with no
    bracket to say so; 'The Guardian' (a paper's name under a headline and byline) is none."""
    return is_house_name(text) or is_house_shaped(text) and not text.startswith("The ")


_HOUSE_THEN_YEAR = re.compile(r"^(?P<house>[^(),;\d]{2,60}?), (?:1[5-9]\d\d|20\d\d)$")


def _only_people(clause: str) -> bool:
    """'Jane Doe and John Roe', 'Jane Doe, trans. John Roe': names, perhaps parted by role phrases."""
    cuts = [0] + [i for m in role_phrases(clause) for i in m.span()] + [len(clause)]
    parts = [clause[a:b].strip(" ,;") for a, b in zip(cuts[::2], cuts[1::2], strict=True)]
    return any(parts) and all(is_person(name) for part in parts if part for name in split_names(part))


def _split_after_author(text: str, author_known: bool = True) -> Split:
    found = find_items(text)
    spans = found.spans

    def cut_at(position: int, guess: str | None = None) -> Split:
        """Head before `position`, imprint (items masked) from it on."""
        return Split(text[:position], _masked_slice(text, spans, position), found, guess)
    published = _PUBLISHED_BY.search(text)
    if published and not any(span.start < published.start() for span in spans):
        # "The Quiet Harbor by Jane Doe is published by Faber (£14.99)" — the Guardian; after the
        # items ("..., 320 pages, published by Faber in 2019") it is one more clause of the imprint
        return Split(text[:published.start()], _masked_slice(text, spans, published.end()), found)
    dashed = _DASHED.match(text) if "\u2014" in text or "--" in text else None
    if dashed and not dashed.group("names").isupper() \
            and all(is_person(name) for name in split_names(dashed.group("names"))):
        # "THE QUIET HARBOR (320 pp.)—Jane Doe—Knopf ($3.50)." — Time: title, people and publisher
        # parted by dashes, the names as printed in text ("A NOVEL" would pass for an initial and a
        # name); the count in the title's parenthesis is an item, not the title's
        title = _TITLE_ITEM.sub("", dashed.group("title"))
        return Split(f"{title}, by {dashed.group('names')}", _masked_slice(text, spans, dashed.end()), found)
    sourced = _FROM_PUBLISHER.search(text, 0, spans[0].start) if spans and " from " in text else None
    if sourced:   # "“The Quiet Harbor” by Jane Doe, stories of the sea, from Harbor House, 202 pages, $15.95"
        return Split(text[:sourced.start()], _masked_slice(text, spans, sourced.end()), found)
    group = _imprint_group(text, spans)
    if group:
        start, end = group
        after = text[end:].strip(" .,;")
        if _ROLE_START.match(after) and not any(s.start >= end for s in spans):
            # "The Quiet Harbor (Knopf, $23.95) by Jane Doe" — the author after the imprint
            return Split(text[:start] + " " + after, _masked_slice(text, spans, start, end).strip("() "), found)
        if text.startswith("In ") and after and is_person(after) and not any(s.start >= end for s in spans):
            # "In The Road (Holt, $2.35 net) Maxine Doe": the sentence's "In", the author after the imprint
            return Split(f"{text[3:start].rstrip()}, by {after}", _masked_slice(text, spans, start, end).strip("() "),
                         found)
        imprint = _masked_slice(text, spans, start, end).strip("() ") + " " + _masked_slice(text, spans, end)
        return Split(text[:start], imprint, found)
    if not spans:
        # "Taste and Power. Berkeley: U of California P, 1996." — a citation's imprint;
        # "The Book of Illusions, Paul Auster, Henry Holt" — a list entry with no items;
        # "Jane Doe, The Quiet Harbor, Harbor House, 2020" — the author first (Meanjin)
        listed = author_title_house_year(text) if not author_known else None
        cut = listed or _house_above_the_date(text) or place_imprint(text.rstrip()) or credit_end(text, len(text)) \
            or comma_publisher(text, 0, len(text)) or publisher_year_end(text)
        cut = cut or _house_sentence_at_end(text)
        return cut_at(cut or len(text))
    first = spans[0].start
    credited = credit_end(text, first) if ")" in text else None
    if credited is not None:   # "by Jane Doe, Ann Lee (Illustrations) Harbor Books 32 pp.": the credit closes the names
        return cut_at(credited)
    if text[:first].rstrip().endswith(("(", "[")):   # "Scribner (ISBN: ...)", "Candlewick, 2019. [32p]."
        first = max(text[:first].rstrip().rfind("("), text[:first].rstrip().rfind("["))
    elif "RRP" in text[:first] or "rrp" in text[:first]:
        first = label.start() if (label := _RRP_BEFORE.search(text, 0, first)) else first
    clause_start = _clause_start(text, first)
    clause = text[clause_start:first].strip(" ,;:.")
    if clause_start > 0 and PRICE_LABEL.fullmatch(clause):   # "Cork University Press. Price 15s."
        first, clause_start = clause_start, _clause_start(text, clause_start)
        clause = text[clause_start:first].strip(" ,;:.")
    while clause and clause_start > 0 and (DATE_CLAUSE.match(clause) or _SERIES_NUMBER.match(clause)
                                           or FOLD_SIZE.match(clause)
                                           or FRONT_MATTER.match(clause) or _BINDING_CLAUSE.match(clause)
                                           or AUDIENCE.match(clause) or AUDIO_FORMAT.match(clause)
                                           or BOOK_SIZE.match(clause)
                                           or _town_year_after_a_house(text, clause_start, clause)):
        # "Knopf. May 2015. 320p." — LJ; "Morrow. (Harbor Mysteries, Bk. 8). Feb. 2023." — the series' number;
        # "Knopf. Hardcover, 320 pages" — the binding; "Candlewick, 2019\nAges 4-8, 32 pages" — the readers
        if text[clause_start - 1:clause_start] == "(":
            clause_start -= 1
        first, clause_start = clause_start, _clause_start(text, clause_start)
        clause = text[clause_start:first].strip(" ,;:.")
    while (size := _SIZE_AFTER_COMMA.search(clause)) and (BOOK_SIZE.match(size.group("size"))
                                                         or FOLD_SIZE.match(size.group("size"))):
        # "Paris, Belin, 2012, 1 vol., 530 p.", "Milano, Mondadori, 1916, in-8\u00b0, pp. 338": the
        # format after the year's comma is the items', not the imprint's
        first = text.rindex(",", clause_start, first)
        clause = text[clause_start:first].strip(" ,;:.")
    if not clause and text[:clause_start].endswith("\n"):
        line = _publisher_line(text, clause_start, author_known)
        if line is not None:
            return cut_at(line)
    # "... 457pp. $39.50/£27.95": the slash between two prices is no publisher after them
    after = _masked_slice(text, spans, first).replace("|/|", "|||")
    publisher_follows = any(not DATE_CLAUSE.match(c) for c in imprint_clauses(after))
    if clause_start == 0 and (house := _house_closing_a_byline(text, first)) is not None:
        # "Merchants by Michel Faber Canongate £18.95 pp526" (the Sunday Times): a known house
        # closes the byline's run, a whole name before it
        return cut_at(house, RUN_TOGETHER)
    if clause and is_role_clause(clause):
        # "by Valerie Boyd, Scribner, $30" — CSM; the publisher closes the names' clause
        cut = comma_publisher(text, clause_start, first) or _after_role_group(text, clause_start, first)
        if cut:
            return cut_at(cut)
        # "December Heat. Holt. tr. from Portuguese by Benjamin Moser. ISBN ..." — LJ
        before = None if publisher_follows else _publisher_before(text, clause_start, 1 if author_known else 2)
        if before:
            start, end = before
            head = text[:start] + " " + text[clause_start:first]
            return Split(head, text[start:end] + " " + _masked_slice(text, spans, first), found)
        cut = None if publisher_follows else name_then_publisher(text, clause_start, first)
        if cut:   # "THE QUIET HARBOR By Jane Doe Knopf. 245 pp."
            return cut_at(cut, "publisher told from the name by its shape")
        return cut_at(first)
    if clause and text[:clause_start].rstrip().endswith(";") and names_after_semicolon(text[:first]) is not None:
        # "The Quiet Harbor; Jane Doe, Aleph Book Company, ₹599." — the Hindu: the names after the
        # title's semicolon, the publisher after their comma
        cut = comma_publisher(text, clause_start, first)
        if cut:
            return cut_at(cut)
    if clause and publisher_follows and text[:clause_start].rstrip().endswith(".") \
            and _only_people(clause):
        # "The Quiet Harbor. Jane Doe. 320 pp. Knopf. $30.": the names before the count, the
        # publisher after it
        return cut_at(first)
    house_first = HOUSE_THEN_TOWN.search(text[:first].rstrip(" ,;:."), clause_start)
    if house_first is not None and house_first.start("house") > clause_start and house_then_town(house_first):
        return cut_at(house_first.start("house"))   # "Jane Doe, The Quiet Harbor, Harbor Press: Boston, 2015; 416 pp."
    placed = town_imprint(text[:first].rstrip(" ,;:.")) or _place_after_a_name(text, clause_start, first)
    if placed is not None and placed > clause_start:
        # "Der stille Hafen. Eine Geschichte, Berlin 2011: Böhlau, 320 S.", "Jane Doe, Der stille
        # Hafen, Berlin: Suhrkamp 2005, 320 S." — the place opens the imprint
        return cut_at(placed)
    if "\n" not in text[:first] and (clause_start == 0 or (text[clause_start - 1:clause_start] == "("
                                                           and not sentence_breaks(text[:first].rstrip()))):
        # "Jane Doe, The Quiet Harbor, Harbor University Press, 2016, 256pp." — philosophy reviews;
        # "Jane Doe (ed.), The Quiet Harbor, ...": the year closes the publisher's segment
        dated = _PUBLISHER_YEAR.search(text, 0, first)
        if dated and ", " in text[:dated.start("publisher")].rstrip(", "):   # not "Princeton, Harbor Press, 2022"
            # "Jane Doe, Le port tranquille, Paris, Gallimard, 2005" — a known town before the publisher
            # ("Doe, Jane, Le port tranquille, Paris, ...": the names led, the title comes first)
            town = _TOWN_BEFORE.search(text, 0, dated.start("publisher"))
            if town and is_place(town.group("town")) and _title_before(text, town.start(), author_known):
                return cut_at(town.start("town"))
            # "Jane Doe, The Quiet Harbor, Harbor University Press, Chicago, 2019" — the town after the publisher
            publisher = _SEGMENT_BEFORE.search(text, 0, dated.start("publisher"))
            if publisher and is_place(dated.group("publisher")) and ", " in text[:publisher.start()]:
                return cut_at(_whole_house_start(text, publisher.start("publisher")))
            return cut_at(_whole_house_start(text, dated.start("publisher")))
        # "Jane Doe, Der stille Hafen, Böhlau, Wien 2011, 320 S.", "..., Feltrinelli, Milano 2019, pp. 320"
        # — German and Italian reviews: the publisher, then its known town with the year; or the
        # town first, the year after the house or the town ("Praha, Host 2008", "Warszawa 1985, ...")
        town_led = _town_led_cut(text, 0, first) if dated is None else None
        if town_led is not None and _title_before(text, town_led, author_known):
            return cut_at(town_led)
    elif "\n" not in text[clause_start:first]:
        # "Jane Doe, La Baie tranquille. Histoire d'une côte, Paris, Gallimard, 2019" — the subtitle's
        # sentence runs into a known town, the publisher and the year
        dated = _PUBLISHER_YEAR.search(text, clause_start, first)
        town = _TOWN_BEFORE.search(text, clause_start, dated.start("publisher")) if dated else None
        if town and dated and is_place(town.group("town")) and town.start() > clause_start \
                and not is_place(f"{town.group('town')}, {dated.group('publisher')}"):   # "Cambridge, MA, 2019"
            return cut_at(town.start("town"))
        # "Lagarde, Étienne: La plata y la cruz. Minería y trabajo en Potosí, Universidad de Sevilla,
        # Sevilla, 2011" (Revista de Indias) — the publisher, then its known town with the year
        publisher = _SEGMENT_BEFORE.search(text, clause_start, dated.start("publisher")) if dated and not town else None
        if publisher and dated and is_place(dated.group("publisher")) and publisher.start() > clause_start:
            return cut_at(_whole_house_start(text, publisher.start("publisher")))
        town_led = _town_led_cut(text, clause_start, first) if dated is None else None
        if town_led is not None:
            return cut_at(town_led)
    if clause_start == 0:
        # All the text before the items is one clause: "Title, Name Name, Publisher, $24"
        cut = _house_after_a_role(text, first) or (
            comma_publisher(text, 0, first) if not _person_leads_a_list(text, first)
            else last_comma(text, len(text[:first].rstrip(" ,;"))))
        guess = None
        if not cut:
            cut = inverted_name_end(text, first)
            guess = "title's end told by an inverted name alone" if cut else None
        if not cut:
            cut = name_in_run(text, first)   # "The Quiet Harbor Jane Doe Faber, pp. 320" — British weeklies
            if not cut:   # "Ambassador of the Dead, Askold Melnyczuk, Counterpoint: 266 pp." — LA Times
                cut = comma_publisher(text, 0, first, by_shape=True)
            guess = "title, author and publisher told apart by the shape of a name" if cut else None
        caps = _CAPS_TITLE.match(clause) if author_known and not cut else None
        if caps:   # "Doe, Jane THE QUIET HARBOR Knopf (320 pp.)" — Kirkus
            cut = caps.end()
        if not cut and author_known and ", " in clause:
            cut = last_comma(text, first)   # "The Quiet Harbor, Scribner"
        if cut:
            return cut_at(cut, guess)
        # "ANONYMOUS VERSES. 96 pp. Graywolf. $15." — the publisher follows the items
        if publisher_follows:
            return cut_at(first)
        # "Jane Doe The Quiet Harbor Faber, £18.99": author, title and publisher lines run together
        cut = publisher_at_end(text, _dates_before(text, first)) if "\n" not in text[:first] else None
        if cut:
            return cut_at(cut, RUN_TOGETHER)
    if publisher_follows and any(town_imprint(". " + clause) == 2 for clause in imprint_clauses(after)):
        # "Jane Doe. The Quiet Harbor. xii + 320 pp., illus., bibl., index. Cambridge, Mass.: Harvard
        # University Press, 2019. $45." — Isis: the count, then a whole "Town: Publisher, Year" clause;
        # the sentence before the count is the title's
        return cut_at(first)
    return cut_at(clause_start)


# "Cambridge University Press: Cambridge, 2015" (Sage's journals, the Journal of Contemporary
# History): the house, then its town after a colon, then the year
HOUSE_THEN_TOWN = re.compile(r"(?:^|(?<=, ))(?P<house>[A-Z][^,:;()]{2,60}): (?P<town>[A-Z][\w. ]{1,30}),? "
                             r"(?P<year>1[5-9]\d\d|20\d\d)$")   # "Verso: London and New York 2016" (NLR)


def house_then_town(m: re.Match[str]) -> bool:
    """A HOUSE_THEN_TOWN match whose house the list names or its own word closes, before a known town."""
    house = m.group("house")
    return is_place(m.group("town")) and not is_place(house) and (is_known_house(house) or is_named_house(house))


# The guess of a cut at a publisher's name that closes a single run of words (cuts.publisher_at_end).
RUN_TOGETHER = "publisher told from the title by its name alone"
_BY = re.compile(r"\b[Bb]y ")


def _house_closing_a_byline(text: str, first: int) -> int | None:
    """Where a known house starts that closes 'by Jane Doe Canongate' before the items."""
    by = _BY.search(text, 0, first) if "y " in text[:first] else None
    if by is None:
        return None
    house = known_house_start(text[:first].rstrip(" ,;:."), by.end())
    if house is None or text[house - 2:house] in (", ", ". ", "; ", ": ") or "\n" in text[by.end():house]:
        return None   # "by Valerie Boyd, Scribner, $30": a stop or a comma already parts them
    return house if is_person(text[by.end():house].strip()) else None

# Title, people, then the imprint, parted by dashes: "THE QUIET HARBOR (320 pp.)—Jane Doe—Knopf ($3.50)."
_DASHED = re.compile(r"^(?P<title>[^\n\u2014]{2,200}?)\s*(?:\u2014|--)\s*(?P<names>[^\n\u2014()]{3,120}?)\s*"
                     r"(?:\u2014|--)\s*(?=[A-Z])")
_TITLE_ITEM = re.compile(r"\s*\((?:[\divxlc, +]+\s*pp?\.?|\d+ pages)\)$")

# ", from Harbor House, " just before the items: "from" names the publisher (Newcity, web reviews).
_FROM_PUBLISHER = re.compile(r",\s+from\s+(?=[A-Z][^,;()]{1,60},?\s*$)")
# The price's own word, a clause of its own before it: "Lippincott. 242 pp. Price $4.75", "Prix : 19 €"
PRICE_LABEL = re.compile(r"(?i:price|prix|preis|precio|prezzo|net price|published price|list price|cover price)")
# A comma's last part of a clause: "2012, 1 vol." (BOOK_SIZE or FOLD_SIZE may say it)
_SIZE_AFTER_COMMA = re.compile(r",\s+(?P<size>[^,]{2,24})$")
# "John Murray, RRP £25.95" (the FT): the price's label starts the imprint's items
_RRP_BEFORE = re.compile(r"\b(?i:rrp)\s?$")
_BINDING_CLAUSE = re.compile(rf"^(?:{BINDING_WORDS})$", re.IGNORECASE)


def _dates_before(text: str, end: int) -> int:
    """Where the comma-parted dates just before `end` start: "Faber, 5 March, £20" -> after 'Faber'."""
    while (comma := text.rfind(", ", 0, end)) > 0 and DATE_CLAUSE.match(text[comma + 2:end].strip(" ,;:.")):
        end = comma
    return end


def _house_after_a_role(text: str, end: int) -> int | None:
    """'The Quiet Harbor, Jane Doe, ill. John Roe, Methuen £4.95' (children's lists): the last role
    phrase's names close at a comma, and a house's name alone follows them before the items."""
    roles = [m for m in role_phrases(text[:end]) if m.start() > 0]
    comma = text.find(", ", roles[-1].end(), end) if roles else -1
    if comma == -1:
        return None
    house = text[comma + 2:end].strip(" ,;")
    return comma + 2 if _only_people(text[roles[-1].end():comma].strip()) and is_house_shaped(house) \
        and not is_person(house) else None


def _after_role_group(text: str, start: int, end: int) -> int | None:
    """'By William Wordsworth (Edited by James Engell) Oxford University Press 281pp' -> after
    the bracket: a role clause in brackets closes the names, and the publisher follows it."""
    close = text.rfind(")", start, end)
    opening = text.rfind("(", max(start - 1, 0), close) if close != -1 else -1   # the clause may open at it
    rest = text[close + 1:end].strip(" ,;:.")
    if opening == -1 or not rest[:1].isupper() or is_role_clause(rest):
        return None
    return close + 1 if is_role_clause(text[opening + 1:close]) else None


# A series and the book's number in it, in parentheses after the publisher: "(Harbor Mysteries, Bk. 8)",
# "(Harbor Quartet, No. 2)", "(Harbor #3)" — Library Journal.
SERIES_NUMBER = r"[^()]*?,? (?:Bk|Book|Vol|No)\.? ?\d+|[^()]*? #\d+"
_SERIES_NUMBER = re.compile(rf"^(?:{SERIES_NUMBER})\)?$")
# ", Publisher, 2016," just before the items: the year closes the publisher's segment, and a
# French or Spanish series may stand between them (", Armand Colin, coll. « U », 2007,", ",
# Gallimard, « Bibliothèque des histoires », 2019,"); a house may open in small letters
# (PUBLISHER_START: "Bologna, il Mulino, 2004", "Berlin, de Gruyter, 2019").
_PUBLISHER_YEAR = re.compile(rf"(?<=, )(?P<publisher>{PUBLISHER_START}[^,()]*(?:, (?:Inc|Ltd|Co)\.)?),"
                             r"(?: (?:coll?\. [^,()]+|\u00ab[^,()\u00ab\u00bb]+\u00bb),)?"
                             r"\s+(?:1[5-9]\d\d|20\d\d)[.,]?\s*$")
_PUBLISHER_TOWN_YEAR = re.compile(rf"(?<=, )(?P<publisher>{PUBLISHER_START}[^,()]*), "
                                  r"(?P<town>[A-Z][\w\-]*(?: am [A-Z][\w\-]*)?) (?:1[5-9]\d\d|20\d\d)[.,]?\s*$")
_TOWN_BEFORE = re.compile(r", (?P<town>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,2}), $")
_SEGMENT_BEFORE = re.compile(rf", (?P<publisher>[{CAPITAL}][^,()]*), $")
# The town and the year in the academic journals' other orders, after the title's comma:
# "Praha, Host 2008" (Czech, German), "Warszawa 1985, Książka i Wiedza" (Polish, German).
# (towns parted by slashes: "Köln/Weimar/Wien 2020, Böhlau")
_TOWN = rf"[{CAPITAL}][\w\-]*(?: (?:am|an der|a\.|upon|on) [{CAPITAL}][\w\-]*)?(?:/[{CAPITAL}][\w\-]*){{0,3}}"
_YEAR_WORD = r"(?:1[5-9]\d\d|20\d\d)"
_TOWN_PUBLISHER_YEAR = re.compile(rf", (?P<town>{_TOWN}),? (?P<publisher>{PUBLISHER_START}[^,()]*?) {_YEAR_WORD}$")
_TOWN_YEAR_PUBLISHER = re.compile(rf", (?P<town>{_TOWN}) {_YEAR_WORD}, (?P<publisher>{PUBLISHER_START}[^,()]*?)$")


_TOWN_AND_YEAR = re.compile(r"(?P<town>[^\d,;:.()]{2,40}?),? (?:1[5-9]\d\d|20\d\d)")


def _town_year_after_a_house(text: str, clause_start: int, clause: str) -> bool:
    """'... Bürger 1793–1920. Harrassowitz. Wiesbaden 2017. 298 S.' (German journals): the house's
    sentence, then its town and year in one of their own, which closes no title."""
    m = _TOWN_AND_YEAR.fullmatch(clause)
    if m is None or not is_place(m.group("town")):
        return False
    house = text[_clause_start(text, clause_start):clause_start].strip(" ,;:.")
    return is_known_house(house) or is_named_house(house)


def _town_led_cut(text: str, start: int, first: int) -> int | None:
    """Where the imprint starts when a known town leads it and the year stands after the
    publisher with no comma, or after the town: "Jane Doe, Město a jeho pán. Dějiny jedné
    rodiny, Praha, Host 2008, 412 s.", "Jane Doe, Kupcy gdańscy, Warszawa 1985, Książka i
    Wiedza, ss. 198"; or where the publisher does, before its town and year ("..., Wydawnictwo
    Naukowe PWN, Warszawa 2013, ss. 393")."""
    before = text[:first].rstrip(" ,;:.")
    for pattern in (_TOWN_PUBLISHER_YEAR, _TOWN_YEAR_PUBLISHER):
        m = pattern.search(before, start)
        if m and is_place(m.group("town")) and not is_place(m.group("publisher")):
            return m.start("town")
    m = _PUBLISHER_TOWN_YEAR.search(before + " ", start)   # its own pattern closes on a stop or a space
    if m and is_place(m.group("town")) and not is_place(m.group("publisher")) and m.start() > start:
        return m.start("publisher")
    return None


# "... is published by Faber"; "Published by Harbor House, £14.99" on a line or in a sentence of its own.
# (the sentence's article before the house is no part of its name: "Published by the Caribbean Press")
_PUBLISHED_BY = re.compile(r",?\s+(?:is|are|was|were|has been) (?:published|reissued) by\s+(?:the\s+)?(?=[A-Z])"
                           r"|(?:(?<=\n)|(?<=[.;] ))[ \t]*Published by\s+(?:the\s+)?(?=[A-Z])"
                           # "The Quiet Harbor by Jane Doe, published by Faber at £20"
                           r"|, published by\s+(?:the\s+)?(?=[A-Z])"
                           r"|\s+(?:is|are) (?:out|available)(?: now)?(?=\s*\()")   # "... is out now (Faber, £16.99)"
# An ALL-CAPS title run, then a capitalized word that is not all capitals (the publisher).
_CAPS_TITLE = re.compile(r"^(?:[A-Z0-9][A-Z0-9'\u2019:,&-]*\s+)+(?=[A-Z][a-z]|[A-Z]\.\s)")


def _title_before(text: str, start: int, author_known: bool) -> bool:
    """Some title before `start`: a comma list's earlier segment ("Jane Doe, The Quiet Harbor,
    Paris, ..."), or any words when the names were read before the text ("Doe, Jane, ")."""
    return ", " in text[:start] or author_known and bool(text[:start].strip())


def _publisher_line(text: str, clause_start: int, author_known: bool) -> int | None:
    """Where the publisher's line starts, when it stands alone above the items' (or their date's):
    "By Jane Doe" / "Graywolf Press" / "245 pages, $16"; after names that led the notes,
    "Doe, Jane" / "The Quiet Harbor" / "Little, Brown" / "Jul. 2019. 416p" (LJ, one clause a
    line), or "Jane Doe" / "The Quiet Harbor" / "Harbor House" / "$32.99" (TLS, ABR)."""
    line_start = text.rfind("\n", 0, max(clause_start - 1, 0)) + 1
    above = text[line_start:clause_start].strip(" ,;:.\n")
    if line_start > 0 and above and DATE_CLAUSE.match(above):   # "Harbor House" / "2019" / "320 pages"
        return _publisher_line(text, line_start, author_known)
    before_above = text[:line_start].rstrip()
    previous = before_above.rsplit("\n", 1)[-1] if "\n" in before_above or is_role_clause(before_above) else ""
    if line_start == 0 or not above or is_role_clause(above) or is_person(above) and not is_known_house(above):
        return None   # a name, unless a house bears it ("Alfred A. Knopf", "W. W. Norton", "Henry Holt")
    # "Jane Doe" / "The Quiet Harbor" / "Harbor House" / "$32.99": a name alone on the first line leads too
    named_first = "\n" in before_above and is_person(before_above.split("\n", 1)[0].strip(" .,"))
    led = (author_known or named_first) and bool(before_above) and (
        _PUBLISHER_YEAR_LINE.match(above) is not None
        or len(above.split()) <= 5 and any(w.lower() in PUBLISHER_WORDS for w in re.findall(r"[\w']+", above)))
    # "Paper Lanterns" / "Pumla Meyer" / "NB Publishers" / "R320" (South African and New Zealand
    # papers): a house's name on the line above the items, under two lines or more
    stacked = "\n" in before_above and is_house_name(above)
    return line_start if led or stacked or _names_line_ended(previous, above) else None


_LAST_NAME_CHUNK = re.compile(r",\s*|\s+(?:and|&|by|with)\s+|\s*;\s*", re.IGNORECASE)


def _names_line_ended(previous: str, line: str) -> bool:
    """True when `previous` is a finished people line ("By Jane Doe") and `line` does not
    carry its names on ("with essays by Elizabeth" / "Johns, Anne McCauley and ...")."""
    # the names run on when the last is a given name alone ("by Elizabeth"), not a whole name
    # whose family name may be a given name too ("Translated by John Roe", "by Henry James")
    last = _LAST_NAME_CHUNK.split(previous.rstrip(" ,"))[-1].split()
    if _PUBLISHER_YEAR_LINE.match(line):   # "by Jane Doe," / "Harbor Press, 2016," — a year closes no names
        return bool(previous) and (is_role_clause(previous) or is_person(previous.rstrip(" ,")))
    return bool(previous) and (is_role_clause(previous) or is_person(previous) or _credited_people(previous)) \
        and not (len(last) == 1 and is_given_name(last[0])) \
        and not previous.rstrip().endswith((",", " and", " by")) and not re.search(r",\s+[A-Z][a-z]+ [A-Z]", line)


def _credited_people(line: str) -> bool:
    """'Jane Doe, John Roe (Illustrator)' (Foreword Reviews): names, some with their credit."""
    if ")" not in line:
        return False
    names = split_names(line)
    return len(names) > 1 and all(is_person((credit_of(name) or (name,))[0]) for name in names)


def _person_leads_a_list(text: str, end: int) -> bool:
    """'Jane Doe, The Quiet Harbor, Harbor House, £25': a person, then title and publisher."""
    lead = _LEADING_NAME_COMMA.match(text, 0, end)
    return lead is not None and is_given_name(lead.group("name").split()[0]) and is_person(lead.group("name")) \
        and ", " in text[lead.end():end].rstrip(" ,;")


_LEADING_NAME_COMMA = re.compile(
    r"(?P<name>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){1,3}), (?=[A-Z\"\u201c'\u2018])")


def publisher_year_end(text: str) -> int | None:
    """Where a closing 'Publisher, Year' clause starts, after the names' role phrase: "The Quiet
    Harbor by Jane Doe. Harbor House, 2019" / "Written by Jane Doe\nHarbor House, 2019" — notes
    with no price, pages or ISBN (a blog's header)."""
    m = _PUBLISHER_YEAR_END.search(text) if ", " in text else None
    if m is None or is_person(m.group("publisher")):
        return None
    before = text[:m.start("publisher")]
    if not is_role_clause(before) and find_role(before) is None \
            and not _name_then_title(before, m.group("publisher")):   # "Jane Doe, ed. John Roe. Harbor House, 2019"
        return None
    return m.start("publisher")


def _house_sentence_at_end(text: str) -> int | None:
    """Where the closing house starts in "Prairie Psalms, by Ernest Holm Lindgren. Alfred A. Knopf."
    (papers and little magazines to the 1950s): after a byline, a last sentence that is a house
    the publishers' list names, or one its own word closes, and nothing else."""
    m = _HOUSE_SENTENCE_END.search(text) if "." in text else None
    if m is None or find_role(text[:m.start()]) is None:
        return None
    house = m.group("house")
    town = _TOWN_AND_YEAR_AFTER.search(house)
    if town is not None and is_place(town.group("town")):   # "Oxford University Press, New Delhi, 1998."
        house = house[:town.start()]
    return m.start("house") if is_known_house(house) or is_named_house(house) else None


# A house's town and year after it: ", New Delhi, 1998", ", New Delhi"
_TOWN_AND_YEAR_AFTER = re.compile(rf", (?P<town>[{CAPITAL}][\w. ]{{1,30}}?)(?:, (?:1[5-9]\d\d|20\d\d))?$")


_HOUSE_SENTENCE_END = re.compile(rf"\.\s+(?P<house>[{CAPITAL}](?:[A-Z]\. |[^.;:()\n]){{1,60}}?(?:,? (?:Inc|Co|Ltd)\.)?)"
                                 r"\.?\s*$")


# "Jane Doe: The Quiet Harbor. Harbor House, 2019." (Australian journals' lists): the author's
# whole name and a colon lead the title, and a house's name closes the notes
_NAME_COLON = re.compile(r"^\s*(?P<name>[^:.,;()\n]{3,40}): (?=[A-Z\"\u201c'\u2018])")


def _name_then_title(before: str, publisher: str) -> bool:
    lead = _NAME_COLON.match(before)
    return lead is not None and is_person(lead.group("name")) and is_house_shaped(publisher.strip())


_PUBLISHER_YEAR_END = re.compile(
    rf"(?:[.;]\s+|\n\s*)(?P<publisher>[{CAPITAL}][^,.;\n]{{1,60}}?)\s*, (?:1[5-9]\d\d|20\d\d)\.?\s*$")
_PUBLISHER_YEAR_LINE = re.compile(rf"^[{CAPITAL}][^,]*, (?:1[5-9]\d\d|20\d\d)$")


def _publisher_before(text: str, role_start: int, clauses_before: int) -> tuple[int, int] | None:
    """A short publisher clause just before a role clause, after `clauses_before` others
    (the title; or names and title, when no names led the trailer)."""
    starts = [b for b in sentence_breaks(text[:role_start]) if b < role_start]
    if len(starts) < clauses_before:
        return None
    start = starts[-1]
    clause = text[start:role_start].strip(" .,;")
    if not clause or is_role_clause(clause) or len(clause.split()) > 5 or not clause[:1].isupper():
        return None
    return start, role_start


def _place_after_a_name(text: str, clause_start: int, first: int) -> int | None:
    """'The Quiet Harbor. Jane Doe, Carlton: Harbor House, 2005, 350 pages' — a person's name,
    then 'Town: Publisher, Year': the town opens the imprint, whatever town it names ('Jane
    Doe, The Quiet Harbor: A History, Harbor Press, 2016' is a title and its subtitle)."""
    m = _NAME_AND_TOWN.match(text[clause_start:first].rstrip(" ,;:."))
    if m is None or m.group("town").split()[0] in ("The", "A", "An") or not is_person(m.group("name")):
        return None
    return clause_start + m.start("town")


_NAME_AND_TOWN = re.compile(r"^(?P<name>[^,:;]{3,60}), (?P<town>[A-Z][\w.\-]+(?: [A-Z][\w.\-]+){0,2}): "
                            r"[A-Z][^.:;()\n,]{1,60}?,? (?:1[5-9]\d\d|20\d\d)$")


def _clause_start(text: str, position: int) -> int:
    """Start of the clause that ends at `position`: after '. ', '; ', a newline, '(' or a spaced
    dash ("Book Parts — hardback, 352 pages": the Spectator)."""
    before = text[:position]
    stripped = before.rstrip(" ,;:")
    candidates = [0]
    candidates += sentence_breaks(stripped)
    candidates += [m.end() for m in re.finditer(r";\s*|\n|\(| \u2014 | -- |" + COLUMN_GAP, stripped)
                   if m.group(0)[:1] != ";" or not _towns_parted(stripped, m.start())]
    if "(" in stripped:   # "traduit de l'anglais (États-Unis) par": a role phrase's parenthesis starts no clause
        inside = [m.span() for m in role_phrases(stripped) if "(" in m.group()]
        candidates = [c for c in candidates if not any(a < c < b for a, b in inside)]
    return max(c for c in candidates if c <= len(stripped))


# "New York: ", "New York; London: " — the towns that close a place's list at its colon.
_TOWNS_TO_COLON = re.compile(r"\s*(?P<towns>[A-Z][\w.\-]*(?:(?: |; )[A-Z][\w.\-]*){0,5}) ?:")


def _towns_parted(text: str, at: int) -> bool:
    """The ';' at `at` parts the towns of one imprint ("Cambridge; New York: Cambridge University
    Press"), and starts no clause: a known town before it, towns after it up to a colon."""
    words = text[:at].split()[-3:]
    after = _TOWNS_TO_COLON.match(text, at + 1)
    return after is not None and is_place(after.group("towns")) \
        and any(" ".join(words[k:]) in PUBLISHING_TOWNS for k in range(len(words)))
