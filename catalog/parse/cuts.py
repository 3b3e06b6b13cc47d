"""Cuts no punctuation marks: where an author's name ends and a publisher begins.

"THE QUIET HARBOR, by Jane Doe, Knopf, $24" (a comma-separated entry), "By Jane Doe Knopf.
245 pp." (a name run into a publisher), "The Quiet Harbor Jane Doe Faber, pp. 320" (title,
name and publisher in one run). Each finder returns where the publisher starts, or None;
the ones that rest on the shape of a name alone make split_trailer mark a guess.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from catalog.language import ANY_SMALL_WORD
from catalog.parse.names import is_corporate, is_given_name, is_person, looks_like_name_word, plain_name
from catalog.parse.tables import CAPITAL, PRESS_TOWNS, PUBLISHER_WORDS, find_role, is_place
from catalog.parse.tables import ROLE_AT_START as _ROLE_START

_BY_NAME = re.compile(rf"(?<!\w)[Bb]y:?\s+[{CAPITAL}]")   # "By: Jane Doe." — the Star Tribune
_YEAR_CLOSES = re.compile(r"^[^,]+, (?:1[5-9]\d\d|20\d\d)$")
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d")


def _placed_and_dated(rest: str) -> bool:
    """'Oxford, Farrar, Straus and Giroux, 2019' (Taylor & Francis's journals): a known town
    and the year around one house."""
    parts = COMMA_PUBLISHERS.sub(lambda m: m.group(0).replace(",", ""), rest).split(", ")
    return len(parts) == 3 and _YEAR.fullmatch(parts[2]) is not None and is_place(parts[0])


def is_role_clause(text: str) -> bool:
    """'By Robert Whymant', 'Translated by Philip Gabriel', 'Edited by X' — not a publisher."""
    return bool(_ROLE_START.match(text)) or bool(_BY_NAME.search(text))


# Publishers whose names hold a comma, which a comma-separated entry must not cut (a line
# may break after the comma: "Poppy/Little,\nBrown, 2016").
COMMA_PUBLISHERS = re.compile(
    r"Farrar,\s+Straus(?:,? (?:and|&) (?:Giroux|Cudahy|Young))?|Little,\s+Brown(?:,? (?:and|&) Co(?:mpany|\.)?)?"
    r"|Harcourt,\s+Brace(?:,? (?:and|&) (?:World|Jovanovich|Company|Co\.))?|Holt,\s+Rinehart,? (?:and|&) Winston"
    r"|Duell,\s+Sloan,? (?:and|&) Pearce|Doubleday,\s+Doran|Houghton,\s+Mifflin|Ticknor,? (?:and|&) Fields"
    r"|Harper,? (?:and|&) Row|Simon,? (?:and|&) Schuster|McClelland,? (?:and|&) Stewart")


def last_comma(text: str, end: int) -> int | None:
    """Just after the last comma before `end` that is not inside a publisher's name."""
    protected = [(m.start(), m.end()) for m in COMMA_PUBLISHERS.finditer(text[:end])]
    commas = [m.end() for m in re.finditer(r",\s", text[:end]) if not any(a <= m.start() < b for a, b in protected)]
    return commas[-1] if commas else None


def names_after_semicolon(head: str) -> int | None:
    """Where the names start after the title's semicolon ("The Quiet Harbor: A History; Jane Doe,
    Aleph, ₹599." — the Hindu), when a whole person's name follows it and no role phrase comes
    before it ("...; translated by John Roe" is the LA Times' credit)."""
    at = head.find("; ")
    first = _FIRST_OF_LIST.split(head[at + 2:], maxsplit=1)[0].strip(" .,")
    return at + 2 if at > 0 and find_role(first) is None and is_person(first) else None


_FIRST_OF_LIST = re.compile(r",\s*|\s+(?:and|&)\s+")


def comma_publisher(text: str, start: int, end: int, by_shape: bool = False) -> int | None:
    """Where the publisher starts in 'TITLE, by X, Knopf' or 'Title, Jane Doe, Henry Holt'.

    In a comma-separated entry the segment after the author's is the publisher; the
    author's segment is a role phrase with names, or a personal name; `by_shape`, or any
    two to four capitalized words a name could be ('Askold Melnyczuk': no given name known).
    """
    protected = [(m.start() + start, m.end() + start) for m in COMMA_PUBLISHERS.finditer(text[start:end])]
    commas = [start + m.start() for m in re.finditer(r",\s", text[start:end])
              if not any(a <= start + m.start() < b for a, b in protected)]
    bounds = [start] + [c + 1 for c in commas] + [end]
    segments = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    for i in range(len(segments) - 1, 0, -1):
        people = text[segments[i - 1][0]:segments[i - 1][1]].strip(" ,")
        if i == len(segments) - 1 and i >= 2 and not text[segments[i][0]:end].strip(" ,.;:") \
                and is_known_house(people):
            continue   # "by Jane Doe, Allen Lane, £25": a comma before the items, a known house before it
        byline = re.search(r"(?<!\w)[Bb]y (?=[A-Z])(.+)$", people)   # "The Quiet Harbor By Jane Doe"
        if byline and _house_after_a_bylines_name(byline.group(1), text[slice(*segments[i])]):
            return segments[i][0]
        if not (_ROLE_START.match(people) or is_person(people) or (byline and is_person(byline.group(1)))
                or (by_shape and plain_name(people) is not None and not is_corporate(people))):
            continue
        rest = text[segments[i][0]:end].strip(" ,.;:")
        if _YEAR.fullmatch(rest):
            continue   # "Oxford, W. W. Norton, 2019": a name the year closes is the house's
        if is_place(rest) and rest not in PRESS_TOWNS and is_known_house(people.rpartition(". ")[2]):
            return None   # "By Jane Doe. Herbert Jenkins, London.": the town after a known house is its place
        named = COMMA_PUBLISHERS.match(rest)
        if by_shape and is_person(rest) and not any(w.lower() in PUBLISHER_WORDS for w in rest.split()):
            return None   # "Six Months, Three Days, Five Others, Charlie Jane Anders": the author ends it
        # "Henry Holt", "William Morrow": the place decides, not the shape of a name
        # "Faber and Faber, 2013": a segment the year closes is a publisher's, "and" or not, and
        # so is a house the publishers' list names ("Faber and Faber, £14.99")
        if rest and rest[:1].isupper() and not is_role_clause(rest) \
                and (named or " and " not in rest.replace(", and ", ",") or _YEAR_CLOSES.search(rest)
                     or is_known_house(rest) or _placed_and_dated(rest)) \
                and not re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", rest):
            return segments[i][0]
        return None
    return None


def _house_after_a_bylines_name(name: str, rest: str) -> bool:
    """'by Shondel Persaud-Hinds, Peepal Tree Press, 256pp': after "by" a name's shape is enough
    (no list need hold the given name) where the next segment is a house by its words or the
    publishers' list; another name there would be a second author."""
    rest = rest.strip(" ,.;:")
    return plain_name(name) is not None and not is_corporate(name) and bool(rest) \
        and (is_known_house(rest) or any(w.lower() in PUBLISHER_WORDS for w in rest.split()))


def name_then_publisher(text: str, start: int, end: int) -> int | None:
    """'By Jane Doe Knopf' -> where 'Knopf' starts: the name is given names and initials, then
    one family name; capitalized words after it, up to the items, are the publisher."""
    m = re.search(r"(?<!\w)[Bb]y ([A-Z][^,;()]*?)[.,]?\s*$", text[start:end])
    if m is None:
        return None
    words = m.group(1).split()
    k = 0
    while k < len(words) - 1 and is_given_name(words[k]):
        k += 1
    rest = words[k + 1:]
    if k == 0 or not rest or not all(w[:1].isupper() or w in {"&", "and", "of"} for w in rest) \
            or is_given_name(words[k]) or words[k].endswith("."):
        return None
    return start + m.start(1) + len(" ".join(words[:k + 1])) + 1


def name_in_run(text: str, end: int) -> int | None:
    """'The Quiet Harbor Jane Doe Faber' -> after 'Doe': a given name and one family name
    between title words and the capitalized words of a publisher."""
    clause = text[:end].rstrip(" ,;:.")
    # tried at every capitalized word ("Just Send Me Word Orlando Figes Allen Lane": the name
    # may start inside what a pattern that consumes would take for "Word Orlando")
    for m in _GIVEN_FAMILY_AHEAD.finditer(clause):
        rest = clause[m.end("family"):].split()
        after = " ".join(rest)
        if is_given_name(m.group("given")) and not is_given_name(m.group("family")) \
                and 1 <= len(rest) <= 4 and all(w[:1].isupper() or w in {"&", "and", "of"} for w in rest) \
                and publisher_at_end(after, len(after)) is None:
            # not "Jane Doe and John Roe The Quiet Harbor Faber": a publisher closes what follows the name
            return m.end("family")
    return None


_GIVEN_FAMILY_AHEAD = re.compile(
    r"(?<=\s)(?=(?P<given>[A-Z][a-z]+)(?: [A-Z]\.)* (?P<family>[A-Z][\w'\u2019\-]+) +[A-Z])")


def inverted_name_end(text: str, end: int) -> int | None:
    """'The Quiet Harbor: A Novel Doe, Jane Imprint/Publisher' — after 'Doe, Jane'; never a town
    before a publisher ('... Paris, Armand Colin')."""
    for m in re.finditer(r"(?<=\s)(?P<family>[A-Z][\w'\u2019\-]+), (?P<given>[A-Z][a-z]+)(?: [A-Z]\.)?(?=\s+[A-Z])",
                         text[:end]):
        if is_given_name(m.group("given")) and not is_role_clause(text[:m.start()]) \
                and not is_place(m.group("family")) and not _direct_name_ends(text[m.end():end]):
            return m.end()
    return None


def _direct_name_ends(rest: str) -> bool:
    """'... Five Others, Charlie| Jane Anders': a given name and a family name end the clause,
    so the name after the comma is printed in reading order, not family first (Locus). Not
    'Doe, Jane| Henry Holt', where the publisher bears a name."""
    words = rest.strip(" ,;:.(").split()
    return len(words) == 2 and is_given_name(words[0]) and looks_like_name_word(words[1]) \
        and words[1].lower() not in PUBLISHER_WORDS


# The words of a publisher's name that say what it is, not whose it is: "Harbor Press",
# "Coach House Books", "Oxford University Press" — the house's own name stands before them.
_HOUSE_WORDS = frozenset({"press", "books", "book", "publishers", "publisher", "publishing", "publications",
                          "house", "editions", "edition", "verlag", "presses", "university", "univ", "co",
                          "inc", "ltd", "company", "sons", "brothers", "bros",
                          # "Politikens Forlag", "Natur och Kultur Bokförlag", "Uitgeverij Atlas": Europe's
                          "forlag", "forlaget", "förlag", "förlaget", "bokförlag", "uitgeverij", "edizioni",
                          "editrice", "editora"})
_NAME_GOES_ON = frozenset({"of", "and", "&", "at", "for", "by", "an", "imprint", "the"})
_UNIVERSITY_OF = re.compile(r"(?:University Press of|University of) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?"
                            r"(?: Press)?$")


@lru_cache(maxsize=1)
def _known_publishers() -> re.Pattern[str]:
    """data/publishers.txt as one pattern for a name that closes a run, "and" for "&"."""
    lines = files("catalog.parse").joinpath("data/publishers.txt").read_text(encoding="utf-8").splitlines()
    names = sorted({line.strip() for line in lines if line.strip() and not line.startswith("#")},
                   key=lambda name: (-len(name), name))
    alternatives = [re.escape(name).replace(r"\ ", r"\s+").replace(r"\&", r"(?:&|and)").replace("'", "['\u2019]")
                    for name in names]
    return re.compile(rf"(?<![\w&'\u2019./-])(?:{'|'.join(alternatives)})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _house_words() -> frozenset[str]:
    lines = files("catalog.parse").joinpath("data/publishers.txt").read_text(encoding="utf-8").splitlines()
    return _HOUSE_WORDS | {word for line in lines if not line.startswith("#") for word in line.lower().split()}


# Letters a scan reads alike ("Tbe" for "The", "Macrnillan" for "Macmillan", "Compauy" for
# "Company", "Fabcr" for "Faber", "Knopt" for "Knopf"): a word of a house's name is compared in
# a form where they agree.
_OCR_ALIKE = (("rn", "m"), ("li", "h"), ("cl", "d"), ("vv", "w"), ("b", "h"), ("u", "n"), ("e", "c"),
              ("1", "l"), ("i", "l"), ("0", "o"), ("f", "t"))
_NAME_WORD = re.compile(r"[^\W_]+")
# Words of houses' names that are words first ("Books for Young Readers": "for" reads as "Tor")
_COMMON_WORDS = frozenset("the and for of new old free fin young readers children kids".split()) | ANY_SMALL_WORD


def _ocr_form(word: str) -> str:
    for printed, read in _OCR_ALIKE:
        word = word.replace(printed, read)
    return word


@lru_cache(maxsize=1)
def _house_word_forms() -> dict[str, frozenset[str]]:
    """Each form -> the words of houses' names that read as it."""
    forms: dict[str, set[str]] = {}
    for word in _house_words() | {"the", "and"}:
        if len(word) >= 3:
            forms.setdefault(_ocr_form(word), set()).add(word)
    return {form: frozenset(words) for form, words in forms.items()}


def ocr_slip_in_house(publisher: str) -> str | None:
    """The word of a publisher's name that a known house's word would be, misread by a scan
    ("Tbe Macmillan Company", "Alfred A. Knopt"); None when every word is as a house prints it
    or like none. Catalogers record the house as it is, so the reading is for a second look."""
    for word in _NAME_WORD.findall(publisher):
        low = word.lower()
        if len(low) < 3 or low in _COMMON_WORDS or is_given_name(word):
            continue   # a given name is a founder's ("Hans"), no misreading
        if low not in _house_word_forms().get(_ocr_form(low), {low}):
            return word
    return None


def is_house_word(word: str) -> bool:
    """'houghton', 'canongate', 'university': a word of a house the publishers' list names, or of
    any house's name ("Press", "Books"), in small letters."""
    return word in _house_words()


def known_house_start(clause: str, start: int = 0) -> int | None:
    """Where a house the publishers' list names closes `clause`, looked for from `start`."""
    known = _known_publishers().search(clause, start)
    return known.start() if known and known.group()[:1].isupper() else None


def is_known_house(text: str) -> bool:
    """'Faber and Faber', 'Chatto & Windus', 'iUniverse': a house the publishers' list names, whole
    (the pattern that finds one closing a run, matched against the whole text), or its branch in
    a country ('Picador Africa', 'Penguin Canada')."""
    if not (text[:1].isupper() or text[:1].islower() and text[1:2].isupper()):
        return False
    branch = _BRANCH.search(text)
    return _known_publishers().fullmatch(text[:branch.start()] if branch else text) is not None


def is_vouched_house(text: str) -> bool:
    """'Penguin Books', 'Polity Press', 'Yale University Press', 'University of Toronto Press': a
    house the list names whole, or with its own closing word, or a university's press by the
    shape of its name. A second witness to a publisher where the labeller read none."""
    words = text.rsplit(" ", 1)
    return is_known_house(text) or _UNIVERSITY_PRESS.fullmatch(text) is not None \
        or len(words) == 2 and words[1] in _CLOSING_WORDS and is_known_house(words[0])


_CLOSING_WORDS = frozenset({"Books", "Press", "Publishing", "Publishers", "Publications", "Academic", "Verlag"})
# "Yale University Press", "Louisiana State University Press", "University of North Carolina Press",
# "The University Press of Kentucky", "Oxford UP"
_UNIVERSITY_PRESS = re.compile(r"(?:The )?(?!(?:Bibliography|Index|Illustrated|Published|Paperback|Hardback|Cloth)\b)"
                               r"(?:(?:[A-Z][\w'\u2019.&-]*\s){1,3}(?:University Press|UP)"
                               r"|University (?:Press )?of (?:[A-Z][\w'\u2019.-]*\s?){1,3}(?<!\s)(?: Press)?)")


# A house's branch in a country: "Picador Africa", "Penguin Random House South Africa", "Hamish
# Hamilton Canada", "HarperCollins India"
_BRANCH = re.compile(r"(?<=\w) (?:South Africa|Africa|Canada|Australia|New Zealand|NZ|India|UK|USA|US|Asia"
                     r"|Ireland|Singapore|Nigeria|Kenya)$")


def is_house_name(text: str) -> bool:
    """'Penguin', 'Freehand Books', 'Chatto & Windus': a publisher's name and nothing else (a
    known house, or a house's name and its words), short."""
    text = text.strip()
    if text.endswith((" Co", " Inc", " Ltd")):   # "Little, Brown & Co" — a pattern that left out the stop
        text += "."
    return len(text.split()) <= 5 and (is_known_house(text) or _house_name_start(text) == 0)


_NAME_JOINERS = frozenset({"&", "and", "of"})


def is_house_shaped(text: str) -> bool:
    """'Melville House', 'Orient BlackSwan': a house's name, or a few capitalized words that name no
    town, where the notes' shape says a house stands there (beside its year in brackets, under a
    byline above the items). "(London, 2019)" is the place and year."""
    words = text.split()
    return is_house_name(text) or 1 <= len(words) <= 4 and not is_place(text) \
        and all(w[:1].isupper() or w in _NAME_JOINERS for w in words)


def is_named_house(text: str) -> bool:
    """'Marchmont Fine Art Books', 'Ngong Hills Press': a house's name of capitalized words that
    a house's own word closes ("Press", "Books", "Publishers"), short. Said where a sentence
    has named a publisher ("... is published by ..."), the capitals and the closing word are
    enough; a title closes on such a word too, so nothing else is read by them alone."""
    words = text.split()
    return 2 <= len(words) <= 5 and words[-1].lower() in _HOUSE_WORDS \
        and all(w[:1].isupper() or w in _NAME_JOINERS for w in words) and words[0][:1].isupper()


def publisher_at_end(text: str, end: int) -> int | None:
    """Where a publisher's name starts that closes the run before `end`, with words before it:
    "Jane Doe The Quiet Harbor Faber, £18.99" -> at 'Faber' (author, title and publisher
    printed as three lines, their breaks lost). A known house ("Hamish Hamilton", "Allen &
    Unwin"), "University of Chicago Press", or the words of a publisher's name: one of a
    house's own ("Faber", "Chatto & Windus"), or one word before "Press", "Books", ... ."""
    clause = text[:end].rstrip(" ,;:.")
    start = known_house_start(clause, max(0, len(clause) - 80))
    if start is None:
        university = _UNIVERSITY_OF.search(clause)
        start = university.start() if university else _house_name_start(clause)
    before = clause[:start].split() if start else []
    if len(before) < 2 or before[-1].lower() in _NAME_GOES_ON or before[-1].endswith(("/", "-")):
        return None   # "The Belknap Press of Harvard University Press", "Nan A. Talese/Doubleday": one name
    if is_place(clause[:start].strip(" ,;:")):
        return None   # "New York: Harbor House": the place and its publisher, no title before them
    if before[-1].endswith(":") and is_place(before[-1][:-1]):
        return clause.rfind(before[-1], 0, start)   # "... The Quiet Harbor London: Faber": the place opens the imprint
    return start


def _house_name_start(clause: str) -> int | None:
    """Where 'Harbor Press', 'Coach House Books' or 'Faber & Faber' starts at the clause's end."""
    words = list(re.finditer(r"\S+", clause))
    i = len(words)
    while i > 0 and words[i - 1].group().lower() in _HOUSE_WORDS:
        i -= 1
    if i == 0 or not words[i - 1].group()[:1].isupper():
        return None
    owned = words[i - 1].group().lower() in PUBLISHER_WORDS
    if i == len(words) and not owned:
        return None   # no publisher's word at all
    i -= 1
    while i >= 2 and words[i - 1].group() in {"&", "and"} and words[i - 2].group()[:1].isupper():
        i -= 2   # "Chatto & Windus", "Thames and Hudson Books"
    return words[i].start()
