"""Cuts no punctuation marks: where an author's name ends and a publisher begins.

"THE QUIET HARBOR, by Jane Doe, Knopf, $24" (a comma-separated entry), "By Jane Doe Knopf.
245 pp." (a name run into a publisher), "The Quiet Harbor Jane Doe Faber, pp. 320" (title,
name and publisher in one run). Each finder returns where the publisher starts, or None;
the ones that rest on the shape of a name alone make split_trailer mark a guess.
"""
from __future__ import annotations

import re

from catalog.parse.names import is_corporate, is_given_name, is_person, looks_like_name_word, plain_name
from catalog.parse.tables import PUBLISHER_WORDS, is_place
from catalog.parse.tables import ROLE_AT_START as _ROLE_START

_BY_NAME = re.compile(r"(?<!\w)[Bb]y\s+[A-Z]")
_YEAR_CLOSES = re.compile(r"^[^,]+, (?:1[5-9]\d\d|20\d\d)$")


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
        byline = re.search(r"(?<!\w)[Bb]y (?=[A-Z])(.+)$", people)   # "The Quiet Harbor By Jane Doe"
        if not (_ROLE_START.match(people) or is_person(people) or (byline and is_person(byline.group(1)))
                or (by_shape and plain_name(people) is not None and not is_corporate(people))):
            continue
        rest = text[segments[i][0]:end].strip(" ,.;:")
        named = COMMA_PUBLISHERS.match(rest)
        if by_shape and is_person(rest) and not any(w.lower() in PUBLISHER_WORDS for w in rest.split()):
            return None   # "Six Months, Three Days, Five Others, Charlie Jane Anders": the author ends it
        # "Henry Holt", "William Morrow": the place decides, not the shape of a name
        # "Faber and Faber, 2013": a segment the year closes is a publisher's, "and" or not
        if rest and rest[:1].isupper() and not is_role_clause(rest) \
                and (named or " and " not in rest.replace(", and ", ",") or _YEAR_CLOSES.search(rest)) \
                and not re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", rest):
            return segments[i][0]
        return None
    return None


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
        if is_given_name(m.group("given")) and not is_given_name(m.group("family")) \
                and 1 <= len(rest) <= 4 and all(w[:1].isupper() or w in {"&", "and", "of"} for w in rest):
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
