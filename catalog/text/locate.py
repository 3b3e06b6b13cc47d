"""Find the publication notes in a review, and what is left as the review's body.

Notes come labelled ("PUBLICATION NOTES: ..." — NYT), as a trailer line with an
imprint ("Algonquin. 224 pages. $23.95."), as a header block above the review
(title / "By Author" / "Publisher, 195 pages, $21"), or inline before a blurb
("THE BUSH TRAGEDY, by Jacob Weisberg. (Random House, $26.) Weisberg sees ...").
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from catalog.parse.cuts import is_house_name, is_house_shaped, is_known_house, is_named_house
from catalog.parse.head import GENRE_TITLE, postfix_role, split_title_and_people
from catalog.parse.imprint import (
    Items,
    author_title_house_year,
    bare_house_name,
    comma_publisher,
    find_items,
    is_role_clause,
    mask,
    publisher_year_end,
    split_trailer,
)
from catalog.parse.labelled import is_labelled_block, is_untitled_sheet, label_of, values_beside_labels
from catalog.parse.names import (
    NAME_LIST,
    is_corporate,
    is_given_name,
    is_person,
    leading_inverted_names,
    looks_like_name_word,
    name_shaped,
)
from catalog.parse.tables import (
    ABBREVIATIONS,
    APPARATUS_WORD,
    AUDIO_FORMAT,
    BINDING_WORDS,
    CAPITAL,
    CURRENCY_SIGNS,
    DATE_CLAUSE,
    EDITION_FORMATS,
    ILLUSTRATED_WORDS,
    MONTH_CLAUSE_END,
    PLACE_IMPRINT,
    PRESS_TOWNS,
    ROLE_AT_START,
    ROLE_FIRST_WORDS,
    RUNNING_TIME,
    is_place,
    place_imprint,
    role_phrases,
)
from catalog.parse.trailer import ocr_years
from catalog.text.kickers import is_kicker, without_page_label

LABEL = re.compile(r"PUBLICATION NOTES?\s*:", re.IGNORECASE)
# '"Hunger: A Novella" by Lan Samantha Chang (W.W. Norton)' — a notice with no price.
_BY_NAME_PAREN = re.compile(
    r"(?:^|[,\u201d\"'\u2019]\s*|[\w'\u2019.]+\s+)(?:(?:edited|translated|selected|compiled|written)(?: and \w+)? )?"
    r"by\s+(?P<names>[A-Z][^()\n]{2,80}?)\s*\((?P<inner>[^()\n]{2,80})\)", re.IGNORECASE)
_NEXT_PAREN = re.compile(r" ?\([^()\n]{2,80}\)")
# "Natasha: And Other Stories" / "David Bezmozgis (Farrar, Straus and Giroux)" — PW;
# "Sphere, Michael Crichton (Knopf)," — LA Times lists: a person, then the publisher.
_NAME_PAREN = re.compile(r"(?:^|,\s+)(?P<names>[A-Z][^()\n,]{2,60}?)\s*\((?P<inner>[A-Z][^()\n]{1,80})\)[.,;]?\s*$")
# The author after the imprint: "(Knopf, $23.95) by Jane Doe." — up to a stop or the line's end.
_BYLINE_AFTER = re.compile(rf"\s*,?\s*by\s+(?P<names>[{CAPITAL}][^.;()\n]{{2,60}}?)(?:\.|;|$)")
# "AT CANAAN'S EDGE: America in the King Years. By Taylor Branch" — a title and a byline.
_TITLE_BYLINE = re.compile(r"^(?P<title>[A-Z0-9\"'\u201c\u2018].{1,150}?)[.,:]?"
                           rf"\s+By\s+(?P<names>[{CAPITAL}][^.()\n]{{2,80}}?)\.?\s*$")
_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into of on or the to with without about among "
    "pages pp pp. p paper cloth paperback hardcover illustrated illus. incl ills translated edited "
    "hardback hardbound softcover e-book ebook "
    "introduction foreword afterword photographs vs. v. de van von la le du del "
    # the small words of notes in other languages, whose titles are not capitalized
    # ("Le port tranquille. Paris : Fayard, 2022. 477 pages, 25 euros.")
    "s seiten págs páginas blz euros euro hrsg hg éd coll et les des und der die das im am el los las y e en "
    # ("Staatsdiener auf Außenposten. Die höheren Beamten der inneren Verwaltung ...")
    "auf aus bei dem den ein eine einem einer eines für mit nach über unter vom vor zu zum zur "
    "à au aux dans par pour sur un une con para por una di il della delle dei degli nel nella per "
    # Scandinavian and Dutch ("Prästen och socknen: Stat och lokalsamhälle i Sverige", "red." its editor's role)
    "och i på av för med till om ett som från vid efter mellan og af fra til ved red "
    "van het een op voor naar uit over tot bij "
    # Afrikaans ("Die veerman se dogter \u2013 Willem Nel (Human & Rousseau, R338)" \u2014 South African papers)
    "se vir oor deur "
    # the role words of those notes ("sous la direction de", "(dir.)", "a cura di", "herausgegeben von")
    "sous direction dir coord cura herausgegeben übersetzt traduit traduction "
    # the book's kind, a clause of those notes ("Le port tranquille, roman, Paris, Gallimard")
    "roman récit récits essai essais nouvelles romanzo racconti novela".split())
_MAX_TRAILER = 600


@dataclass(frozen=True)
class Located:
    trailers: tuple[str, ...]   # one per trailer block, lines kept where they mean something
    body: str                   # the review text without its notes


def locate_notes(text: str) -> Located:
    """Every trailer block in the text, in order, and the body that remains."""
    located = _locate(text)
    if any(t[:1].isdigit() for t in located.trailers):
        return Located(tuple(_without_note_mark(t, located.body) for t in located.trailers), located.body)
    return located


def _without_note_mark(notes: str, body: str) -> str:
    """'1 My Mother's Bridge, by ...; Mariner Books, 368 pages, $24.95.' under a review whose
    prose prints "record.1" (the New Criterion; "record. 1 It" once the glued stop is parted): the notes
    are the footnote the review's marker calls, and its number is no part of the title ("1984",
    "2666" stay, for no body prints them so)."""
    mark = _NOTE_MARK.match(notes)
    if mark is None:
        return notes
    n = mark.group(1)   # glued to a word in small letters ("record1 and"), or after its stop ("record. 1 It")
    called = re.search(rf"[^\W\d_A-Z][.,;:!?\"\u201d\u2019)]?{n}(?!\d)(?=\s|$)"
                       rf"|[^\W\d_][.,;:!?\"\u201d\u2019)] {n}(?!\d)(?=\s+[A-Z]|\s*$)", body)
    return notes[mark.end():] if called else notes


_NOTE_MARK = re.compile(r"(\d{1,2}) (?=[\"\u201c\u2018'A-Z\u00c0-\u00de])")


def _locate(text: str) -> Located:
    parts = LABEL.split(text)
    if len(parts) > 1:
        return Located(tuple(" ".join(p.split()) for p in parts[1:] if p.strip()), parts[0])
    if ":\n" in text:   # "Book Title:" / "Red Earth, Blue Water": each value under its label
        text = values_beside_labels(text)
    if text.count(":") >= 3 and "\n\n" in text:
        text = _sheet_lines_together(text)
    lines = text.split("\n")
    trailers: list[str] = []
    used: set[int] = set()
    if text.count(":") >= 3 and len(lines) >= 3:   # "Author: Doe, Jane" / "ISBN: ..." — a sheet of labelled fields
        for start, stop in labelled_blocks(lines):
            sheet = [j for j in range(start, stop) if lines[j].strip()]
            head = _opening_header(lines, used) or _header_above(lines, start, used) \
                if _untitled_sheet(lines[start:stop]) else _title_above(lines, start, stop, used)
            taken = head + [(j, lines[j].strip()) for j in sheet]
            trailers.append("\n".join(line for _, line in taken if line))
            used.update(j for j, _ in taken)
            for j, _ in taken:
                lines[j] = ""
    last = -1   # the line the last trailer ended on
    untitled: list[str] = []   # trailers found with no heading lines: their head may stand in lines left
    for i, line in enumerate(lines):
        if "(" in line and i + 1 < len(lines) and line.count("(") > line.count(")"):
            line = _join_parenthesis(lines, i)
        end = imprint_end(line)
        if end is None and last == i - 1 and trailers and not lines[last].strip() and _imprint_line(line) \
                and _lacks_publisher(trailers[-1]):
            # "368 pp, $89.99" / "Manchester, Manchester University Press, 2019": the imprint's line last
            trailers[-1], lines[i], last = _joined([trailers[-1], line.strip()]), "", i
            used.add(i)
            continue
        if end is None and trailers and last >= 0 and "ublisher" in line and _HOUSE_LABEL_LINE.match(line) \
                and _bindings_only(lines[last + 1:i]) and _lacks_publisher(trailers[-1]):
            # "440 pages" / "Hardback/ebook" / "Publisher Hodder & Stoughton" (SFX): the house's labelled line last
            trailers[-1], lines[i], last = _joined([trailers[-1], line.strip()]), "", i
            used.add(i)
            continue
        if end is None:
            continue
        if last >= 0 and _continues(lines, last, i, line[:end], trailers[-1] if trailers else ""):
            # "BELOVED. By Toni Morrison. 275 pages." / "Alfred A. Knopf. $18.95." — NYT, 1980s
            notes = _joined([part for part in (trailers[-1], lines[last].strip()) if part])
            between = [lines[j].strip() for j in range(last + 1, i) if lines[j].strip()]
            binding = " ".join(b for b in between if not _DATE_LINE.match(b)   # "$40" / "Paper"
                               and not _TRIM_SIZE_LINE.match(b))
            dates = [b for b in between if _DATE_LINE.match(b)]   # "$26.95" / "March 5, 2019"
            trailers[-1] = _joined([f"{notes} {binding}".strip(), *dates, line[:end].strip()])
            used.update(range(last + 1, i + 1))
            lines[last + 1:i] = [""] * (i - last - 1)
            lines[last], lines[i], last = "", line[end:], i
            continue
        head_lines = _head_lines_above(lines, i, line[:end], used)
        if not head_lines:
            untitled.append(line[:end])
        used.update(head_lines)
        used.add(i)
        block = [lines[j].strip() for j in head_lines] + [line[:end].strip()]
        above = (head_lines[0] if head_lines else i) - 1
        if _is_byline(block[0]) and above >= 0 and above not in used \
                and (glued := _title_glued_to(lines[above])) is not None:
            block.insert(0, lines[above][glued:].strip())
            lines[above] = lines[above][:glued]
        trailers.append("\n".join(block))
        # "THE DRY HEART, by ... (New Directions, $12.95.) HAPPINESS, AS SUCH, by ..." — NYT lists
        rest = line[end:]
        while (more := imprint_end(rest)) is not None and not split_trailer(rest[:more]).head.strip() == "":
            trailers.append(rest[:more].strip())
            rest = rest[more:]
        lines[i], last = rest, i   # a blurb after the trailer stays in the body
    if len(trailers) == 1 and untitled and trailers[0] == untitled[0].strip() \
            and (top := _title_and_byline_on_top(lines, used, last)) is not None:
        # "\u2018An Unquiet Inheritance\u2019 by Jane Doe" over the review, "Hutchinson; 266 pages; 2014."
        # under it (book blogs): the heading is the notes' head
        trailers[0] = f"{lines[top].strip()}\n{trailers[0]}"
        used.add(top)
        lines[top] = ""
    body = "\n".join(line for j, line in enumerate(lines) if j not in used or line.strip())
    if not trailers and (stacks := _unpriced_stacks(text)):
        for printed, _ in stacks:
            text = text.replace(printed, "", 1)
        return Located(tuple(notes for _, notes in stacks), text)
    if len(trailers) > 1 and "each" in "".join(trailers[1:]):   # only a later book's imprint is shared
        trailers = _each_imprint_shared(trailers)
    located = Located(tuple(without_page_label(t) for t in trailers), body)
    if len(text) > _MAX_TRAILER or "\n" not in text.strip():
        return located
    # a trailer printed alone over lines, read again as one line: by blocks between blank
    # lines, or whole where the lines read gave no notes, or notes with no title
    headless = not trailers or bool(_BLANK_LINES.search(text)) and any(_has_no_title(t) for t in untitled)
    if trailers and _only_prose_or_bylines(body, trailers, text.split("\n")):
        return located   # "John Roe's most recent book is ..." under titled notes, "By John Roe" above them
    if (joined := _one_line(text, keep_blocks=not headless)) is not None:
        again = _locate(joined)
        if _covered(again) > _covered(located):
            return again
    return located


def _title_and_byline_on_top(lines: list[str], used: set[int], last: int) -> int | None:
    """The text's first line, when it is a title and its byline and the untitled notes close the
    text, with the review between: where the notes' head stands."""
    filled = [j for j, line in enumerate(lines) if line.strip(" .;")]
    top = filled[0] if filled else None
    if top is None or top in used or top >= last - 1 or any(j > last for j in filled):
        return None
    return top if _title_and_byline(lines[top].strip().lstrip("\u2018\u201c\"'")) else None


# "(Secker & Warburg. 9s. each.)" closing the notes: one imprint for every book listed above it
_EACH_IMPRINT = re.compile(r"\([^()]*\beach\b[^()]*\)\s*$")


def _each_imprint_shared(trailers: list[str]) -> list[str]:
    """'NINE LETTERS. By Jane Doe.' / 'FOXGLOVE. By Mary Poe.' / '(Secker & Warburg. 9s. each.)'
    (British weeklies' round-ups): the books above an imprint priced "each" are its too, when
    their own notes are a title and its byline alone."""
    shared = list(trailers)
    for k in range(len(shared) - 2, -1, -1):
        each = _EACH_IMPRINT.search(shared[k + 1])
        if each and _TITLE_THEN_BYLINE.match(shared[k].strip()):   # a title and its byline, no imprint
            shared[k] = f"{shared[k].rstrip()} {each.group().strip()}"
    return shared


_TITLE_THEN_BYLINE = re.compile(r"^[^()\n]{2,150}?[.,]? [Bb]y [A-Z][^()\n]{2,80}?\.?$")


# "3.5/5 stars", "\u2605\u2605\u2605\u2605", "4 stars": a rating under the notes, no part of them.
_RATING_LINE = re.compile(r"^\s*(?:[\u2605\u2606*]{1,5}|\d(?:\.5)?\s?(?:/|out of)\s?(?:5|10)(?:\s?stars?)?"
                          r"|\d(?:\.5)? stars?)\s*$", re.IGNORECASE)


def _unpriced_stacks(text: str) -> list[tuple[str, str]]:
    """'Eleven Letters from Penang' / 'Aoi Fujimoto' / 'Freehand Books', or 'Homecoming' / 'by
    Yumiko Nakagawa' / 'Penguin' / '3.5/5 stars' (The Globe and Mail, the South China Morning
    Post): a title, its author and its publisher, one a line, a block of their own with no
    price. The publisher's name, whole on the last line, tells it from a headline over its
    reviewer's byline. At the page's top it may open a review (US Review of Books: "Small
    Saints" / "by Rui Albuquerque" / "Outskirts Press"), where a news article's headline, its
    byline and its agency stand too ("Senate Passes Budget" / "By John Smith" / "Associated Press").
    Each such block as printed, and its notes: an audiobook's format and running time left out,
    its year after the house (AudioFile prints one block a book)."""
    if text.count("\n") - 2 * text.count("\n\n") < 1:
        return []   # an article of paragraphs between blank lines: no block holds a line break
    # a block with no line break is a paragraph: most of an article's blocks, passed over at once
    return [stack for k, block in enumerate(_BLANK_LINES.split(text.strip()))
            if "\n" in block and (stack := _unpriced_stack(block, first=k == 0)) is not None]


def _unpriced_stack(block: str, first: bool) -> tuple[str, str] | None:
    """The block as printed and its notes, when it is a title, its people and its house alone."""
    if block.count("\n") == 4 and _PROVENANCE_LINE.match(block.rpartition("\n")[2].strip()):
        block = block.rpartition("\n")[0]   # "review copy provided by the publisher" under the house (blogs)
    audio = _audio_lines(block) if 3 < block.count("\n") <= 7 else 0
    if not 1 <= block.count("\n") - audio <= 3 or first and _NEWS_AGENCY.search(block):
        return None   # a paragraph, most of an article's blocks: one line
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if lines and (_RATING_LINE.match(lines[-1]) or len(lines) > 2 and is_kicker(lines[-1], titled=True)):
        lines = lines[:-1]   # "3.5/5 stars", "book review by Jane Roe" (the US Review of Books) under the house
    # "Published March 20, 2017" under the house (the Chicago Review of Books)
    core = lines[:-1] if lines and _published_on(lines[-1]) else lines
    printed = "\n".join(lines)
    if len(core) > 3:   # "Unabridged" / "14 hrs. and 47 min." / "Recorded Books" / "2010" (AudioFile)
        year = core[-1] if _DATE_LINE.match(core[-1]) else None
        core = [line for line in core if not _is_audio_line(line)]
        lines = core[:-1] + [f"{core[-1]}, {year}"] if year and core else core
    if len(core) == 3:
        title, who, imprint = core
        # an audiobook's house stands between its running time and its year: a few capitals will do
        if _is_heading(title) and not is_person(title) \
                and (is_house_name(imprint) or audio and is_house_shaped(imprint)) \
                and (_is_byline(who) or _LOWER_BY.match(who) is not None or is_person(who)):
            return printed, "\n".join(lines)
    if len(core) == 2 < len(lines) and _title_and_byline(core[0]) and is_house_name(core[1]):
        return printed, "\n".join(lines)
    if 2 <= len(lines) <= 4 and (house := _HOUSE_AND_YEAR.match(lines[-1])) is not None \
            and is_house_shaped(house.group("house")) and _titled_and_credited(lines[:-1]):
        return printed, "\n".join(lines)
    if 2 <= len(lines) <= 4 and (bare := _BARE_HOUSE_AND_YEAR.match(lines[-1])) is not None \
            and bare_house_name(bare.group("house")) and _titled_and_credited(lines[:-1]):
        return printed, "\n".join(lines)   # "Candlewick, 2012": the same with no brackets
    return None


def _is_audio_line(line: str) -> bool:
    """'Unabridged', '14 hrs. and 47 min.', '2010': an audiobook's format, running time or year,
    each a line of its own (AudioFile's "Unabridged · 14 hrs. and 47 min. · Recorded Books · 2010",
    its bars read as line breaks)."""
    return AUDIO_FORMAT.match(line) is not None or RUNNING_TIME.fullmatch(line) is not None \
        or _DATE_LINE.match(line) is not None


def _audio_lines(block: str) -> int:
    """How many of the block's lines are an audiobook's format, running time or year."""
    if "bridged" not in block and " hr" not in block and "hrs" not in block and " hour" not in block:
        return 0   # most blocks: no format or running time of an audiobook
    return sum(_is_audio_line(line.strip()) for line in block.split("\n"))


def _published_on(line: str) -> bool:
    """'Published March 20, 2017', 'Published Jan. 10, 2021': a publication date's line."""
    date = DATE_CLAUSE.match(line[10:].replace(",", "").strip(" .")) if line.startswith("Published ") else None
    return date is not None and date.group("year") is not None and bool(date.group(0).strip())


# "tr. Maxine Albright", "trans. John Roe": an abbreviated translator's line
_TRANSLATOR_LINE = re.compile(rf"^(?:tr|trans|transl)\. [{CAPITAL}]")
# "(New Directions, 2019)", "(Open Letter; 2021)" on a line of its own: a house and its year
# "(Harbor House, 2019)" under a title and its author (the Brooklyn Rail), or "Candlewick, 2012" with
# no brackets (blogs, the Sydney Review of Books)
_HOUSE_AND_YEAR = re.compile(r"^\((?P<house>[^()]{2,60}?)[,;] (?:1[5-9]\d\d|20\d\d)\)$")
_BARE_HOUSE_AND_YEAR = re.compile(r"^(?P<house>[^(),;]{2,60}?), (?:1[5-9]\d\d|20\d\d)$")


# Where a blog's copy came from, under its notes: "review copy provided by the publisher", "Source: library"
_PROVENANCE_LINE = re.compile(r"(?i)^(?:(?:an? )?(?:review copy|e?-?arc|advance (?:reader|review) copy|galley)\b.{0,60}"
                              r"(?:provided|received|from|courtesy|sent)|source: |where i got it: )")


def _titled_and_credited(lines: list[str]) -> bool:
    """'Sharmila Banerjee' / 'The Seamstress of Varna Street', 'What the Heron Kept by Vivek
    Bhatnagar', and a translator's line after either (the Brooklyn Rail, Full Stop): a title
    and its author above a house and year in brackets."""
    *main, last = lines
    if len(main) <= 2 and main and (_is_role_line(last) and not _is_byline(last) or _TRANSLATOR_LINE.match(last)):
        lines = main   # "Translated by John Roe", "tr. John Roe" under the author; "By Jane Doe" is the author's
    if len(lines) == 1:
        return _title_and_byline(lines[0])
    if len(lines) != 2:
        return False
    first, second = lines
    if is_person(first) and _is_heading(second) and not is_person(second):
        return True   # the author above the title
    return _is_heading(first) and not is_person(first) \
        and (_is_byline(second) or _LOWER_BY.match(second) is not None or is_person(second))


# The wire services whose names close an article's byline block and read as a house's
# ("Associated Press", "Canadian Press": a word and "Press", as "Outskirts Press").
_NEWS_AGENCY = re.compile(r"\b(?:Associated|Canadian|United) Press\s*$")


def _only_prose_or_bylines(body: str, trailers: list[str], text_lines: list[str]) -> bool:
    """Some text is left, and every line of it is prose, or a reviewer's byline, a kicker or a
    name in capitals above notes that print their own title: none is more of the notes. (The
    body keeps the notes' heading lines; they are the notes' own.)"""
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if not lines:
        return False
    lines = [line for line in lines if not any(line in t for t in trailers)] or lines
    titled = not any(_has_no_title(t) for t in trailers)
    return all(is_prose(line) or titled and (_is_byline(line) or is_kicker(line, titled=True)
                                             or _name_in_capitals(line) or _short_blurb(line)
                                             or _kicker_above_a_title(line, text_lines)
                                             or _headline_above_byline(lines, i)) for i, line in enumerate(lines))


def _headline_above_byline(lines: list[str], i: int) -> bool:
    """'Strangers at the Gate' / 'By Priya Kariuki' over notes that print their own title: the
    review's headline and its reviewer, not a second book's header."""
    return i + 1 < len(lines) and _is_byline(lines[i + 1]) and not _is_byline(lines[i])


def _short_blurb(line: str) -> bool:
    """'Spare, precise and unsettling.': a round-up's verdict under a book's notes, a sentence
    too short to weigh as prose; every word after the first in small letters."""
    words = line.rstrip(".!?").split()
    return line[-1:] in ".!?" and len(words) >= 2 and words[0][:1].isupper() \
        and all(w[:1].islower() for w in words[1:])


def _name_in_capitals(line: str) -> bool:
    """'MARY POE': a reviewer's name set in capitals on a line of its own."""
    return line.isupper() and len(line.split()) <= 4 and is_person(line.title())


def _covered(located: Located) -> int:
    return sum(len(t.split()) for t in located.trailers)


# A line that ends in one of these words goes on in the next ("... on the Gold" / "Coast.").
_RUNS_ON = frozenset("a an and as at by for from in into of on or the to with".split())


def _one_line(text: str, keep_blocks: bool = True) -> str | None:
    """A short text printed alone whose lines are the parts of one trailer ("Title." / "Edited
    by X." / "Princeton: Markus Wiener, 2002." / "Pp. 246. $22.95."), each block between blank
    lines as one line: a line that ends with no stop ends a field ("Title" / "Jane Doe" /
    "Faber, £20"), unless it ends in a word that runs on. Blank lines part the blocks (two
    books, a reviewer's byline) where the lines held some notes (`keep_blocks`); where they
    held none, the whole text is one line. None when nothing is joined, for a long text, or
    for prose."""
    if len(text) > _MAX_TRAILER or is_prose(text):
        return None
    blocks = [[line.strip() for line in block.split("\n") if line.strip()]
              for block in _BLANK_LINES.split(text.strip())]
    if not keep_blocks:
        blocks = [[line for lines in blocks for line in lines]]
    blocks = [part for lines in blocks for part in _kicker_apart(lines)]
    if all(len(lines) < 2 for lines in blocks):
        return None
    return "\n\n".join(_joined(lines) for lines in blocks if lines)


_BLANK_LINES = re.compile(r"\n\s*\n")


def _kicker_apart(lines: list[str]) -> list[list[str]]:
    """A block's first line apart from the rest when it is the page's own, above the notes (a
    section's name that is the title after all comes back as the heading above)."""
    if len(lines) > 1 and (is_kicker(lines[0], titled=True) or _heading_over_a_byline(lines[0], lines[1])):
        return [lines[:1], lines[1:]]
    return [lines]


def _heading_over_a_byline(first: str, second: str) -> bool:
    """A page's heading in capitals on the line above the title and byline ("THE SLOW COUNTRY." /
    '"The Old Roads of the Fens." By Jane Doe.', "NEW ZEALAND BOOKS" / '"The Kauri Gum
    Diggers." By ...', "MISSIONS AND POWER IN THE NORTH" / "Chiefs and Cattle: Missions in
    Botswana. By ..."): the title under it is in small letters, quoted or with a subtitle of its
    own. A title in capitals over its subtitle ("AT CANAAN'S EDGE:" / "America in the King
    Years. By ...", "THE QUIET HARBOR." / "A Novel. By ...") is one title."""
    by = _BY_WORD.search(second)
    if by is None or not first.isupper() or second.isupper() or len(first.split()) > 10:
        return False
    return second[:1] in "\"'\u201c\u2018" or ": " in second[:by.start()]


_BY_WORD = re.compile(r"[.,]? [Bb]y [A-Z]")


def _joined(lines: list[str]) -> str:
    joined = lines[0]
    for before, line in itertools.pairwise(lines):
        ended = joined[-1] in ".,;:!?([" or line[0].islower() or joined.rsplit(None, 1)[-1].lower() in _RUNS_ON \
            or _wrapped_at(before, line)
        joined += (" " if ended else ". ") + line
    return joined


# A byline cut after its first word ("... By DECLAN" / "MARCHBANKS. (Poolbeg. 25/-.)")
_BYLINE_CUT = re.compile(r"\b(?:[Bb]y|BY) [A-Z][\w'\u2019-]*$")
# The next line's first clause names the people ("CANADA, by Flora Doe. McClelland ...")
_BYLINE_IN_FIRST_CLAUSE = re.compile(r"^[^.]{1,80}?,? (?:[Bb]y|BY)\b")


def _wrapped_at(before: str, line: str) -> bool:
    """The break between two lines of one set of notes falls inside a clause, as a narrow column
    puts it: inside a byline, or inside a long title whose byline the next line holds
    ("... SETTLEMENT IN UPPER" / "CANADA, by Flora Doe."). A stack's short lines end their fields."""
    return _BYLINE_CUT.search(before) is not None \
        or len(before) >= 40 and _BYLINE_IN_FIRST_CLAUSE.match(line) is not None


def _join_parenthesis(lines: list[str], i: int) -> str:
    """Line i with the next one, when a parenthesis it opens closes there and the two make an
    imprint ("By C. E. Plumptre. (Swan Sonnenschein" / "and Co.)" — a column's line broken by OCR)."""
    line, following = lines[i], lines[i + 1]
    close = following.find(")")
    if close == -1 or close > 60 or "(" in following[:close] or imprint_end(line) is not None:
        return line
    joined = line.rstrip() + " " + following.lstrip()
    if imprint_end(joined) is None:
        return line
    lines[i], lines[i + 1] = joined, ""
    return joined


def _sheet_lines_together(text: str) -> str:
    """'Pub Date: December 11, 2014' / '' / 'ISBN: ...' / '' / 'Page Count: 190' / '' / 'Publisher:
    Mariner Books' (Kirkus as a web page copies it): three or more labelled lines, each its own
    paragraph, are one sheet; the blank lines between them go."""
    if sum(len(block) <= 100 and ": " in block for block in text.split("\n\n")) < 3:
        return text   # most texts: no three short paragraphs with a colon
    blocks = _BLANK_LINES.split(text)
    labelled = [len(block) <= 100 and "\n" not in block.strip() and label_of(block.strip()) is not None
                for block in blocks]
    if sum(labelled) < 3:
        return text
    out = [blocks[0]]
    for i in range(1, len(blocks)):
        run = labelled[i] and labelled[i - 1] and (sum(labelled[max(0, i - 2):i + 1]) >= 3
                                                   or sum(labelled[i - 1:i + 2]) >= 3)
        out.append(("\n" if run else "\n\n") + blocks[i])
    return "".join(out)


_UNKNOWN_LABEL = re.compile(r"^\s*[A-Z][\w ]{0,20}: ?\S{1,12}\s*$")


def labelled_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(first, after last) line of each run of labelled field lines that holds a book's notes,
    with up to two unlabelled lines above it (the title, a name printed family first) and the
    unlabelled lines inside it ("Knopf, 2017", "$16.99")."""
    labelled = [label_of(line) is not None for line in lines]
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not labelled[i]:
            i += 1
            continue
        stop = i
        while stop < len(lines) and lines[stop].strip() and (
                labelled[stop] or any(labelled[stop + 1:stop + 3]) or _MAYBE_ITEM.search(lines[stop])):
            stop += 1
        start, above = i, 0
        while start > 0 and above < 2 and lines[start - 1].strip() and not is_prose(lines[start - 1]) \
                and len(lines[start - 1].split()) <= 25 and not is_kicker(lines[start - 1], titled=start < i):
            start -= 1
            # "IR Rating: 4.5", "Grade: B+": a label no table knows is the sheet's own line, no title's
            above += _UNKNOWN_LABEL.match(lines[start]) is None
        block = "\n".join(lines[start:stop])
        if is_labelled_block(block):
            blocks.append((start, stop))
        i = max(stop, i + 1)
    return blocks


def _untitled_sheet(block: list[str]) -> bool:
    """A sheet of labelled items with no title or people, above it or in it."""
    fields = [f[0] for f in (label_of(line) for line in block) if f is not None]
    return label_of(block[0]) is not None and is_untitled_sheet(fields)


def _opening_header(lines: list[str], used: set[int]) -> list[tuple[int, str]]:
    """The text's opening title and bylines, as (line, text), when they head a sheet of items
    printed after the review (Kirkus): "THE QUIET HARBOR" / "by Jane Doe" / "illustrated by
    John Roe", the release date beside or under them left out. A title and its byline on one
    line ("THE QUIET HARBOR by Jane Doe ‧ RELEASE DATE: ...") are two."""
    first = [j for j, line in enumerate(lines) if line.strip()][:5]
    if not first or used & set(first) or label_of(lines[first[0]]) is not None:
        return []
    title = _RELEASE_DATE.sub("", lines[first[0]]).strip()
    head = [(first[0], title)]
    if (together := _CAPITALS_BY.match(title)) is not None:
        head = [(first[0], together.group("title")), (first[0], together.group("byline"))]
    for k, j in enumerate(first[1:], start=1):
        line = _RELEASE_DATE.sub("", lines[j]).strip()
        if not line and lines[j].strip():   # "RELEASE DATE: Oct. 3, 2019" under the bylines
            head.append((j, ""))
            continue
        if k == 1 and together is None and _subtitle_above_credits(line, lines, first):
            # "A HOLLOW REPUBLIC" / "The Untold Story of the Apiary": one title, its subtitle's line taken
            head[0], head[1:] = (first[0], f"{title}: {line}"), [*head[1:], (j, "")]
            continue
        if not _is_credit_line(line):
            break
        head.append((j, line))
    if not _is_heading(head[0][1]) or not any(_is_credit_line(line) for _, line in head[1:]):
        return []
    return head


def _header_above(lines: list[str], start: int, used: set[int]) -> list[tuple[int, str]]:
    """The title and bylines printed right above a sheet of items, a blank line between, after
    the review (Bookreporter): "Drowned Lanterns" / "by Yewande Okafor" / "" / "Publication Date: ..."."""
    j = start - 1
    while j >= 0 and not lines[j].strip() and start - j <= 2:
        j -= 1
    block: list[int] = []
    while j >= 0 and lines[j].strip() and len(block) < 5:
        block.insert(0, j)
        j -= 1
    if not 2 <= len(block) <= 4 or used & set(block):
        return []
    head = [(k, lines[k].strip()) for k in block]
    if not _is_heading(head[0][1]) or not all(_is_credit_line(line) for _, line in head[1:]):
        return []
    return head


def _title_above(lines: list[str], start: int, stop: int, used: set[int]) -> list[tuple[int, str]]:
    """The title standing alone above a sheet that names the book's people but not its title,
    a blank line between (Feathered Quill): "Pip and the Paper Moon" / "" / "Author: Rosa
    Hinton" / "Publisher: Mascot Books" / ... — a paragraph's last line is no title."""
    fields = [f[0] for f in (label_of(line) for line in lines[start:stop]) if f is not None]
    if label_of(lines[start]) is None or "title" in fields:
        return []
    j = start - 1
    while j >= 0 and not lines[j].strip() and start - j <= 2:
        j -= 1
    if j < 0 or j == start - 1 or j in used or j > 0 and lines[j - 1].strip() or not _is_heading(lines[j]):
        return []
    return [(j, lines[j].strip())]


def _subtitle_above_credits(line: str, lines: list[str], first: list[int]) -> bool:
    """The second line of a sheet's opening header is its subtitle when it is a heading in
    small letters under a title in capitals, and the credits follow it (Kirkus)."""
    following = _RELEASE_DATE.sub("", lines[first[2]]).strip() if len(first) > 2 else ""
    return lines[first[0]].isupper() and not line.isupper() and not _is_credit_line(line) \
        and _is_heading(line) and _is_credit_line(following)


def _is_credit_line(line: str) -> bool:
    """"by Jane Doe", "illustrated by John Roe": a short line that names the book's people."""
    words = line.split()
    return 2 <= len(words) <= 12 and words[0].lower().strip(".,;") in ROLE_FIRST_WORDS \
        and _BY_NAME.search(f" {line}") is not None


# Kirkus prints the book's release date after its byline: "by Jane Doe ‧ RELEASE DATE: Oct. 3, 2019".
_RELEASE_DATE = re.compile(r"\s*[\u2027\u2022\u00b7|]?\s*(?i:release date):.*$")
# "THE QUIET HARBOR by Jane Doe": a title in capitals and its byline on one line.
_CAPITALS_BY = re.compile(r"^(?P<title>[^a-z]*[A-Z][^a-z]*?) (?P<byline>by [A-Z].*)$")


# A price has its currency mark; a page count, an ISBN and a pre-decimal price have digits.
_MAYBE_ITEM = re.compile(rf"[\d{CURRENCY_SIGNS}]")
# Every imprint holds a price, a page count, an ISBN or a parenthesis; most lines of a
# newspaper corpus hold none, and skip the item finders.
# Items printed in words: "Pages 265", "pounds 14.99", "Rs 395", "RM 45", "EUR 38,90", "Tk 350", "R280", "221 S.",
# "25 euros",
# a naira, shilling or peso price opening its line ("N5,000", "Sh850", "Shs25,000", "P295"),
# "Pounds 16.99" (the TES as archived),
# "Bt350", "Rp 150,000", "Dh75", "350 baht", "75 dirhams", shillings before decimal coinage ("Cape, 35s"),
# "320 páginas", "320 blz.", "320 s.", "320 sider", "35¢" (US cents), "Gollancz, 12/6" (shillings and pence).
_WORD_ITEM = (r"(?:Pages|[Pp]ounds|Rs\.?|RM|DM|EUR|Tk\.?|Bt|Rp\.?|Dhs?) ?\d|\bR\d|^N\d{1,3},\d|^Shs?\.? ?\d|^P\d\d"
              r"|\d ?(?:S\.|Seiten|p\u00e1gs|p\u00e1ginas|blz\.|euros?|EUR|DM|sid[eo]r|stron|\u00a2|baht|dirham)"
              r"|\d\d s\."
              r"|(?<!\d)\d{1,2}s\b"
              r"|, \d{1,2}/(?:\d{1,2}|-)(?![\d/])")   # "Gollancz, 12/6", "Cape, 15/-": shillings and pence
_MAYBE_IMPRINT = re.compile(rf"[{CURRENCY_SIGNS}(]|ISBN|97[89]|: |\d-\d|\d\s*(?:(?i:pages)|[Pp][Pp]?\b)|"
                            rf", .*, |\b[Bb]y [{CAPITAL}]|" + _WORD_ITEM)
_DIGIT_ITEM = re.compile(r"\d(?:-\d|\s*(?:(?i:pages)|[Pp][Pp]?\b))|" + _WORD_ITEM)
_BY_NAME = re.compile(rf"\b[Bb]y [{CAPITAL}]")


def may_hold_imprint(line: str) -> bool:
    """_MAYBE_IMPRINT.search(line), answered by substring tests first: one pattern of seven
    alternatives tried at every position of every line was half the cost of an article
    with no notes. tests/text/test_gates.py holds the two equal."""
    if "\n" in line:   # the pattern's `, .*, ` stops at a line break; the count would not
        return _MAYBE_IMPRINT.search(line) is not None
    return (line.count(", ") >= 2 or "(" in line or ": " in line or "$" in line or "\u00a3" in line or "\u20ac" in line
            or "\u00a5" in line or "\u20b9" in line or "\u20a6" in line or "\u20b1" in line
            or "ISBN" in line or "978" in line or "979" in line
            or ("y " in line and _BY_NAME.search(line) is not None)
            or (_MAYBE_ITEM.search(line) is not None and _DIGIT_ITEM.search(line) is not None))


# A house's name closing the line after the items: "Kongens magt. 207 sider. 249,95 kr. Gyldendal.";
# one house for the books listed before it: "... (196 pp.; $28), both Harper." (the NYT Book Review);
# the house in brackets after the price: "IRON ROADS. By Jane Doe. 3s. 6d. (Secker and Warburg.)";
# its town before it: "... $4.50. 8 x 5\u00bd; 296 pp. New York: G. P. Putnam's Sons." (the American Mercury)
# or after the price: "Cloth. Pp. 266. Price, $1.00. Boston: Little, Brown & Co." (the Arena)
_HOUSE_CLOSING = re.compile(r"(?:,? both )?\s*(?P<open>\()?(?:(?P<town>[A-Z][A-Za-z. ]{1,25}): )?"
                            r"(?P<house>(?:[A-Z]\. ?){0,3}[A-Z][^.;:()\d\n]{1,40}?)\.?(?(open)\))\s*$")


def imprint_end(line: str) -> int | None:
    """Where the trailer in this line ends, or None when the line holds no imprint."""
    if not may_hold_imprint(line):
        return None
    found = find_items(line) if _MAYBE_ITEM.search(line) else None
    core = [p.span for p in found.prices] + [s for s, _ in found.pages] + [i.span for i in found.isbns] if found else []
    if found and core:
        end = _chain_end(line, found.spans, core)   # Items.spans come sorted
        if said_in_a_sentence(line[:end], found):
            return None   # "In 2009 Knopf published the memoir, by Jane Doe, at $27."
    else:
        unpriced = unpriced_end(line[:_MAX_TRAILER * 2])
        if unpriced is None:
            return None
        end = unpriced
    end = _close_paren(line, end)
    if " net" in line[end:end + 5] and (net := _NET_AFTER.match(line, end)) is not None:
        end = net.end()   # "Chatto and Windus. 21s. net.": the price's own word, not the next book's
    end += len(line[end:]) - len(line[end:].lstrip(".)"))
    if "ISBN" in line[end:end + 8] and (unread := _UNREAD_ISBN.match(line, end)) is not None:
        end = unread.end()   # "... $26. ISBN 0-316-740l2-9.": an ISBN no check reads is the notes' still
    if "ublished" in line[end:end + 12] and (said := _PUBLISHED_AFTER.match(line, end)) is not None:
        end = said.end()   # "..., ISBN 9780198812463, published 2019 by Oxford University Press" — the Spectator
    if (described := _DESCRIPTION_CLOSING.match(line, end)) is not None:
        end = described.end()   # "(Melbourne University Press, Melbourne). Illustrated.": the book's own
    if (bare := _BARE_AMOUNT_CLOSING.match(line, end)) is not None:
        end = bare.end()   # "Faber, pp.432, 18.99": a price whose mark an archive lost, kept for the parse to doubt
    house = _HOUSE_CLOSING.match(line, end) if found and core else None
    if house and is_house_name(house.group("house")) and (house.group("town") is None or is_place(house.group("town"))):
        # "... 207 sider. 249,95 kr. Gyldendal." (Politiken), "$4.50. 8 x 5\u00bd; 296 pp. New York: Macmillan."
        end = house.end()
    byline = _BYLINE_AFTER.match(line, end)   # "The Quiet Harbor (Knopf, $23.95) by Jane Doe"
    if byline and _all_name_words(byline.group("names")):
        end = byline.end()
    if _SENTENCE_GOES_ON.match(line, end) and not _shop_line_after(line, end) and not _opens_its_sentence(line, end):
        return None   # 'Her novel "Salt and Iron" (Scribner, $26) was published ...'
    if line.startswith("In ") and (named := _NAME_BEFORE_THE_VERB.match(line, end)) is not None \
            and is_person(named.group("names")):
        end = named.end()   # "In The Road (Holt, $2.35 net) Maxine Doe has found ...": a round-up's sentence
    notes = line[:end]
    if found and found.illustrated:   # "352 pages, with colour plate section and ... illustrations": no prose
        notes = mask(notes, list(found.illustrated), " ")
    if end > _MAX_TRAILER or is_prose(notes) and not (_catalog_entry(line[:end]) or _described_book(line[:end])):
        return None
    return end


_NET_AFTER = re.compile(r"\s?net\b")


# The author after the imprint, opening the verb of the sentence that began "In" the title
_NAME_BEFORE_THE_VERB = re.compile(rf" (?P<names>[{CAPITAL}][\w'\u2019\-]+(?: [{CAPITAL}][\w'\u2019.\-]*){{1,3}})"
                                   r"(?= [a-z]{2,})")


# A physical description after the imprint's bracket, closing the line: "THE OWL BARN, by Jane
# Doe (Harbor House, Melbourne). Illustrated." (Australian magazines, mid-century)
_DESCRIPTION_CLOSING = re.compile(rf"\.?\s+(?i:{ILLUSTRATED_WORDS})\.?\s*$")


# An amount with its cents and no mark, closing the line after the items (the Spectator as
# archived drops its "£"): no currency can be read, and the notes are not whole without it.
_BARE_AMOUNT_CLOSING = re.compile(r", ?\d{1,4}\.\d\d\.?\s*$")


# A tagged ISBN that holds a letter OCR slipped in ("0-316-740l2-9"), after the last item read
_UNREAD_ISBN = re.compile(r"\s*ISBN(?:-1[03])?:? ?[\dXOl](?:[\dXOl]|[- ](?=[\dXOl])){8,16}\.?(?!\w)")


# A price or a count said in a sentence ("In 2009 Knopf published the memoir, by Jane Doe, at $27.",
# "The new edition ... costs $18", "a price of £18.99", "My editor cut 200 pages", "The book runs to
# almost 449 pages"): notes print the price and the count alone ("Harbor House, 2019, at $32.99"),
# or the price after their own sentence's "published by Faber at £16.99" (the Guardian), or the
# next one's ("is published by Fountain Publishers. It retails at Sh950" — East African papers).
_SAID_IN_A_SENTENCE = re.compile(r"\b(?:at|costs?|me|for|of|under|over|about|than|to|cut|almost|nearly|some)\s+$")
_NOTES_SENTENCE = re.compile(r"(?:\bpublished by [^.;()]{2,60}(?:\. It retails)?|\bpriced"
                             r"|\)\s*(?:is|are) available (?:at|from|in) [^.;()]{2,100}?)\s+(?:at|for)\s+$")


def said_in_a_sentence(text: str, found: Items | None = None) -> bool:
    """A price or page count of the text is said in a sentence, words in small letters before
    it: neither reader makes a book of it. `found`: the items of a text the notes start."""
    found = found or find_items(text)
    starts = [p.span.start for p in found.prices if p.span.end <= len(text)] + \
        [span.start for span, _ in found.pages if span.end <= len(text)]
    return any(_SAID_IN_A_SENTENCE.search(text, max(0, start - 12), start)
               and not _NOTES_SENTENCE.search(text, max(0, start - 80), start)
               and _words_in_small_letters(text[:start]) >= 2 for start in starts)


def _words_in_small_letters(text: str) -> int:
    """The words in small letters, beside the small words of titles and notes."""
    return sum(1 for w in text.split() if w[:1].islower() and w.strip(",.;:") not in _SMALL_WORDS)
# A verb right after the imprint: the book and its imprint were named inside a sentence of the review.
_SENTENCE_GOES_ON = re.compile(r",?\s*(?:was|were|is|are|will|has|had|have|won|remains|became|appeared|sold)\s")
_AVAILABLE = re.compile(r",?\s*(?:is|are)\s+(?:available\b|out now\b|on sale\b|in (?:book)?(?:shops|stores)\b)")


def _shop_line_after(line: str, end: int) -> bool:
    """'Under the Crooked Islands by Jane Doe (Victoria University Press, $37.99) is available
    from Unity Books.' (The Spinoff): the notes, a title and its byline, then where to buy the
    book; in a sentence ('Her novel ... is available ...') the notes would follow small words."""
    return _AVAILABLE.match(line, end) is not None and _words_in_small_letters(line[:end]) == 0


def _opens_its_sentence(line: str, end: int) -> bool:
    """'The Lost Rivers by Jane Doe (Serpent's Tail, £20) is a furious, funny account ...' (The
    Big Issue): the review's sentence opens with the book's title, its byline and its imprint in
    brackets. A sentence about a book says small words first ('Her novel "Salt and Iron"
    (Scribner, $26) was published ...'), and names no author before the bracket."""
    bracket = line.rfind("(", 0, end)
    return bracket > 0 and line[:end].rstrip(" .").endswith(")") and _words_in_small_letters(line[:end]) == 0 \
        and _BY_NAME.search(f" {line[:bracket]}") is not None


def _catalog_entry(notes: str) -> bool:
    """'Doe, Jane. The quiet harbor: a novel. Knopf, 2019. 320p ...' — a name printed family
    first leads a short entry whose title is in sentence case (Choice, APA): no prose; nor is
    'Jane Doe, El puerto tranquilo. Ensayos sobre el mar, Madrid, Alianza Editorial, 2019, 320 pp.'
    (a whole name leads, a known town, its publisher and the year follow: Spanish and Italian
    journals print titles in sentence case)."""
    if len(notes.split()) > 40:
        return False
    if leading_inverted_names(notes) is not None:
        return True
    named = _NAME_BEFORE_MARK.match(notes)
    if named and is_person(named.group("name")) and find_items(notes).pages:
        return True   # "Jane Doe: Den stille havn. 288 sider." — a whole name, its title, a page count
    lead = _NAME_BEFORE_COMMA.match(notes)
    town = _TOWN_PUBLISHER_YEAR.search(notes) if lead else None
    # a town no table knows will do where the name's role vouches for an entry ("Per Doe (red.), ...")
    return lead is not None and town is not None \
        and (is_place(town.group("town")) or lead.group("role") is not None) and is_person(lead.group("name"))


# "Inês Lopes Cordeiro (org.), Os senhores da terra. ...": the name's role may follow it in brackets;
# "A. Tagliaferri, Famiglie e patrimoni. ...": its initials may lead it
_NAME_BEFORE_COMMA = re.compile(r"^(?P<name>(?:[A-Z]\. ?){0,3}[^,.:;()]{3,40})"
                                r"(?P<role> \((?:eds?|orgs?|coords?|dirs?|Hrsg|Hg|red)\.\))?, ")
_NAME_BEFORE_MARK = re.compile(r"^(?P<name>[^,.:;]{3,40})[:,] (?=[A-Z\"'\u201c\u201e\u00ab\u00bb])")   # not ", whose"
# "Stockholm: Carlssons bokförlag 1987." — German and Scandinavian journals print no comma before the
# year; "(Möklinta: Gidlunds förlag 2012). 326 s." (Scandia) — the imprint in brackets
_TOWN_PUBLISHER_YEAR = re.compile(r"(?:[.,] | \()(?P<town>(?:'s-)?[A-Z][\w. /\-]{1,30}?)[,:] [A-Z][^,.;:]{1,60},? "
                                  r"(?:1[5-9]\d\d|20\d\d)\b")


# "“The Quiet Harbor” by Jane Doe, poems about love and loss, class and harbor life, from Harbor
# Press, $15." — web reviews: a quoted title, its author, a phrase describing the book, and
# "from" the publisher just before the items. The description is prose; the notes are not.
_DESCRIBED = re.compile(r"^\s*[\"\u201c](?P<title>[^\"\u201d]{1,150})[\"\u201d],? by (?P<name>[A-Z][^,]{2,60}), "
                        r"[^\"\u201c]{1,300}, from [A-Z][^,;()]{1,60}, ")


def _described_book(notes: str) -> bool:
    described = _DESCRIBED.match(notes)
    return described is not None and is_person(described.group("name"))


# "Paper" on a line of its own, between the price and the ISBN it goes with (one element a line);
# "Format: Paperback" as review sites label it.
_BINDING_LINE = re.compile(rf"^\s*(?:(?:format|binding):\s*)?\(?(?:{BINDING_WORDS})\)?[.,;:]?\s*$", re.IGNORECASE)
# "$26.95" / "March 5, 2019" / "978-..." — the publication date there (Kirkus) finishes the notes too.
# "5.5 x 8.5", "6 x 9 in.": the book's trim size on a line of its own, among the lines of a
# stacked block (Quill & Quire: price, pages, trim size, ISBN, release date), no item of its own.
_INCHES = r"\d{1,2}(?:\.\d{1,2}|\s?[\u00bc-\u00be])?"   # "5.5", "8½"
_TRIM_SIZE_LINE = re.compile(rf"^\s*{_INCHES}\s?[x\u00d7]\s?{_INCHES}(?:\s?(?:in\.?|inches|cm|mm|\"))?\s*$")
_DATE_LINE = re.compile(r"^\s*(?:(?:January|February|March|April|May|June|July|August|September|October"
                        r"|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
                        r"(?: \d{1,2},?)? )?(?:1[5-9]\d\d|20\d\d)\.?\s*$")


def _continues(lines: list[str], last: int, i: int, trailer: str, before: str = "") -> bool:
    """True when line i only finishes the imprint of the trailer that ended on line `last`:
    nothing but blank lines between, or a binding ("$40.99" / "Paper" / "ISBN ..."), or the
    publisher the notes `before` lack ("ISBN ..." / "Knopf" / "$30"), no title of its own, and
    little text left over."""
    between = lines[last + 1:i]
    publisher = _lone_publisher(between, before)
    if len(between) > 2 or any(line.strip() and not _BINDING_LINE.match(line) and not _DATE_LINE.match(line)
                               and not _TRIM_SIZE_LINE.match(line) and line is not publisher for line in between):
        return False
    leftover = lines[last].strip()
    return not split_trailer(trailer).head.strip() and len(leftover) < 60 and not is_prose(leftover)


# "Manchester, Manchester University Press, 2019" on a line of its own after the count and price
# (JAMA, the medical journals): a known town, its publisher and the year.
_TOWN_PUBLISHER_YEAR_LINE = re.compile(r"^\s*(?P<town>[A-Z][\w. \-]{1,30}?)(?:, (?:[A-Z]{2}|[A-Z][a-z]{1,4}\.))?[,:] "
                                       r"[A-Z][^,;:]{1,60}, (?:1[5-9]\d\d|20\d\d)\.?\s*$")


# "Random House, September 16th 2015" under the count (Goodreads' "Published ... by" line, repaired)
_HOUSE_DATE_LINE = re.compile(r"^\s*(?P<house>[A-Z][^,;:\d]{1,60}), (?P<date>[^,\n]{0,20}\d{4})\.?\s*$")


def _imprint_line(line: str) -> bool:
    """A line of its own that holds an imprint and no item: a known town, its publisher and the
    year, or a house's name and its date."""
    if "," not in line:
        return False
    m = _TOWN_PUBLISHER_YEAR_LINE.match(line)
    if m is not None and is_place(m.group("town")):
        return True
    dated = _HOUSE_DATE_LINE.match(line)
    if dated is None:
        return False
    date = DATE_CLAUSE.match(dated.group("date"))
    if date is None or date.group("year") is None:
        return False
    house = dated.group("house").strip()
    # Goodreads' own date ("June 21st 2014": the day's ordinal, no comma) vouches for a house no
    # table knows ("Montlake"), but not for a person's name or a dateline's town
    return is_house_name(house) or _GOODREADS_DATE.search(dated.group("date")) is not None \
        and not is_person(house) and not is_place(house)


_GOODREADS_DATE = re.compile(r"\d(?:st|nd|rd|th) \d{4}$")


# "Publisher Hodder & Stoughton", "Publisher: Gollancz" on a line of its own after the items
_HOUSE_LABEL_LINE = re.compile(r"^\s*Publisher:?\s+[A-Z][^\n]{1,60}$")


def _bindings_only(between: list[str]) -> bool:
    """Lines that are blank or name the formats alone ("Hardback/ebook")."""
    return all(not line.strip() or all(_BINDING_LINE.match(part) for part in line.split("/")) for line in between)


def _lone_publisher(between: list[str], before: str) -> str | None:
    """The one short capitalized line between two of a book's item lines, when the notes so
    far hold no publisher: the publisher's line ("by Jane Doe" / "ISBN ..." / "Knopf" / "$30")."""
    lone = [line for line in between if line.strip()]
    if len(lone) != 1 or not before or not lone[0].strip()[:1].isupper() or len(lone[0].split()) > 6 \
            or any(ch.isdigit() for ch in lone[0]) or _is_byline(lone[0].strip()):
        return None
    return lone[0] if _lacks_publisher(before) else None


def _lacks_publisher(notes: str) -> bool:
    """The notes' imprint holds no word but a binding: no publisher read yet ("Knopf" may follow
    on a line; "Hardcover, 501 pages" / "Random House, September 16th 2015")."""
    imprint = split_trailer(notes).imprint.replace("ISBN", "")
    return not any(ch.isalpha() for ch in _BINDING.sub("", imprint))


_BINDING = re.compile(rf"\b(?i:{BINDING_WORDS}|{EDITION_FORMATS})(?!\w)")


def unpriced_end(line: str) -> int | None:
    """Where a trailer with no price, pages or ISBN ends: a by-line with a parenthesized
    publisher, a person with one, a 'Title, Author, Publisher' entry, a title and byline.

    Each pattern is tried only when the line holds what it cannot match without (a
    parenthesis, 'by', a closing parenthesis at the end): most lines of a newspaper are
    prose with commas, and searching them all was most of the cost of a skipped article."""
    paren = "(" in line
    m = _BY_NAME_PAREN.search(line) if paren and "by" in line.lower() else None
    while m and not _all_name_words(m.group("names")):
        # "by Jesus Carrasco, translated from the Spanish by Margaret Jull Costa (Riverhead)":
        # the last role's names stand before the parenthesis
        m = _BY_NAME_PAREN.search(line, m.start("names"))
    if m and ROLE_AT_START.match(m.group("inner")) and (house := _NEXT_PAREN.match(line, m.end())):
        return house.end()   # "by Ye-jin Seo (translated by Hannah Kimball) (Honford Star, 2018)": the house next
    if m:
        return m.end()
    end = line.rstrip()
    m = _NAME_PAREN.search(line) if paren and (end[-1:] == ")" or end[-2:-1] == ")") else None
    if m and is_person(m.group("names")) and not _reviewers_town(m):
        return m.end()
    if line.count(", ") >= 2 and end[-1:] not in ".!?" and len(line.split()) <= 20:
        cut = comma_publisher(line, 0, len(line.rstrip(" ,;")))
        if cut and ", " in line[:cut].rstrip(" ,"):   # a title before the author
            return len(line.rstrip())
    if end[-4:].isdigit() and line.count(", ") >= 3 and len(end.split()) <= 30 \
            and author_title_house_year(end) is not None and not is_prose(end):
        return len(end)   # "Jane Doe, The Quiet Harbor, Harbor House, 2020" (Meanjin)
    m = _PERSON_TITLE_PAREN.match(end) if paren and end[-1:] == ")" else None
    if m and is_person(m.group("names")) and is_house_shaped(m.group("house")) and not is_prose(m.group("title")):
        return len(end)   # "Jane Doe, The Quiet Harbor (Harbor House, 2009)" (Strange Horizons)
    m = _TITLE_BYLINE.match(line.strip()) if "By" in line else None
    if m and is_person(m.group("names")) and not is_prose(m.group("title")):
        return len(line.rstrip())
    if place_imprint(end) is not None and len(end.split()) <= 40 and not is_prose(end):
        return len(end)   # "Title. By Jane Doe. New York: Knopf, 1996." — a citation with no price
    if ("l" in end[-5:] or "O" in end[-5:]) and place_imprint(ocr_years(end)) is not None \
            and len(end.split()) <= 40 and not is_prose(end):
        return len(end)   # "... London : Kegan Paul, Trench & Co. l886." — the same, its year scanned as letters
    if end.rstrip(".")[-1:].isdigit() and len(end.split()) <= 30 and publisher_year_end(end) is not None \
            and not is_prose(end):
        return len(end)   # "The Quiet Harbor by Jane Doe. Harbor House, 2019" — a blog's header
    said = _TITLE_BY_HOUSE.match(line) if "by " in line or "By " in line else None
    if said and _all_name_words(said.group("names")) and is_person(said.group("names")) \
            and _a_house(said.group("house"), said.group("town")) and not is_prose(said.group("title")):
        if is_place(said.group("house").rpartition(", ")[2]) and _YEAR_STOP.search(said.group(0)):
            return said.end()   # "... Oxford University Press, New Delhi, 1998.": the house's town and the year too
        return said.end("house") + 1   # "Prairie Psalms, by Ernest Holm Lindgren. Alfred A. Knopf." (Poetry)
    dashed = _CAPITALS_DASH_TITLE_HOUSE.match(end) if paren and end[-1:] == ")" \
        and (" \u2013 " in end or " \u2014 " in end) else None
    if dashed and is_person(dashed.group("names")) and _a_house(dashed.group("house"), None) \
            and not is_prose(dashed.group("title")):
        return len(end)   # "CLIVE PENNYCOOK \u2013 Before the Margin (Gollancz)" (blogs)
    owned = _POSSESSIVE_TITLE_HOUSE_YEAR.match(line) if paren and ("'s " in line or "\u2019s " in line) else None
    if owned and is_person(owned.group("name")) and _a_house(owned.group("house"), None):
        return owned.end()   # "Jane Doe's The Quiet Harbor (St. Martin's, 2013) sets its puzzle ..." (round-ups)
    if "ublished by" in line and (said := _PUBLISHED_SENTENCE.match(line)) is not None \
            and _all_name_words(said.group("names")) \
            and (is_house_name(said.group("house")) or is_named_house(said.group("house"))) \
            and not is_prose(said.group("title")) and said.group("title")[:1].isupper():
        return said.end("house")
    return None


# "A House in Lagos: A Family by Marlise van der Merwe is published by Jacana Media" (the Mail &
# Guardian): the whole sentence is the notes, with no price. ("... and retails at Sh650." after the
# house is left alone: the rules would read no price there, and both readers would agree without it.)
# A sentence after it on the same line ("The book is available at leading bookshops in Kampala at
# Shs50,000." — the Daily Monitor) is the review's: the notes end with the house.
_PUBLISHED_SENTENCE = re.compile(rf"^\s*(?P<title>[^.]{{2,150}}?),? by (?P<names>[{CAPITAL}][^()]{{2,120}}?),? "
                                 rf"(?:is|are) published by (?P<house>[{CAPITAL}][^.,;()]{{1,60}}?)"
                                 rf"(?:\.?\s*$|\.\s+(?=[{CAPITAL}]))")


# The author in the possessive, the title, its house and year in brackets, no price
_POSSESSIVE_TITLE_HOUSE_YEAR = re.compile(r"^\s*(?P<name>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){1,3})['\u2019]s "
                                          r"(?P<title>[A-Z\"\u201c][^()]{2,120}?) \((?P<house>[A-Z][^(),;]{1,60}), "
                                          r"(?:1[5-9]\d\d|20\d\d)\)")
# The author in capitals, a spaced dash, the title and its house in brackets (head.py reads it)
_CAPITALS_DASH_TITLE_HOUSE = re.compile(r"^\s*(?P<names>[A-Z][A-Z.'\u2019\- ]{2,60}?) [\u2013\u2014] "
                                        r"(?P<title>[^()]{2,150}?) \((?P<house>[^()]{2,60})\)$")


# "Prairie Psalms, by Ernest Holm Lindgren. Alfred A. Knopf.", '"The Cane Cutters," by Leslie Harwood.
# Sydney: The Endeavour Press.' (papers and little magazines to the 1950s): a title, its byline, then
# a sentence that is the house alone, perhaps after its town and before its year; no items at all.
# A sentence after the house on the same line ("Our copy from the publishers.") is the review's.
_TITLE_BY_HOUSE = re.compile(rf"^\s*(?P<title>[^.]{{2,150}}?)[.,]?[\u201d\"]?[.,]? [Bb]y "
                             rf"(?P<names>[{CAPITAL}][^().]{{2,80}}?)\.\s+(?:(?P<town>[{CAPITAL}][\w. ]{{1,30}}?) ?: )?"
                             rf"(?P<house>[{CAPITAL}](?:[A-Z]\. |[^.;:()]){{1,60}}?(?:,? (?:Inc|Co|Ltd)\.)?)"
                             r"(?:, (?:1[5-9]\d\d|20\d\d))?(?<![ .][A-Z])\.(?=\s|$)")


def _a_house(house: str, town: str | None) -> bool:
    """A house the publishers' list names, or one its own word closes ("The Endeavour Press"), or any
    house-shaped words after a known town; its own known town after it ("Oxford University Press,
    New Delhi")."""
    before, _, after = house.rpartition(", ")
    if before and is_place(after):
        house = before
    return is_known_house(house) or is_named_house(house) or town is not None and is_place(town) \
        and is_house_shaped(house)


def _reviewers_town(m: re.Match[str]) -> bool:
    """'Wolfgang Osterkamp (Tübingen)' alone on its line: the reviewer's signature and town (German
    journals), no house (a town whose university press goes by its name may be one: "(Oxford)")."""
    inner = m.group("inner").strip()
    return m.start() == 0 and is_place(inner) and inner not in PRESS_TOWNS


_YEAR_STOP = re.compile(r"(?:1[5-9]\d\d|20\d\d)\.$")   # a citation's year closing it

# "Nona Farrell (ed.), The Dry Country (UQP, 2013)" (the Griffith Review): the editor's mark after the name
_PERSON_TITLE_PAREN = re.compile(r"^\s*(?P<names>[^,()]{3,60})(?: \((?:eds?|trans|tr)\.?\))?, (?P<title>[^()]{2,150}) "
                                 r"\((?P<house>[^()]{2,60})[,;] (?:1[5-9]\d\d|20\d\d)\)$")


def _all_name_words(text: str) -> bool:
    words = re.sub(r"\b(?:and|&)\b|,", " ", text).split()
    return bool(words) and all(looks_like_name_word(w) for w in words)


def _chain_end(line: str, spans: list, core: list) -> int:
    """End of the first run of items that stand close together ("Publisher. $25.95") and
    holds a price, page count or ISBN: an 'Illustrated' mark alone starts no imprint
    ("Axe, David (text) & Tim Hamilton (illus.). Army of God ... 128p. ISBN ...")."""
    end, priced = spans[0].end, spans[0] in core
    for span in spans[1:]:
        if span.start - end > 60 and priced and not _imprint_between(line[end:span.start]) \
                and len(_SERIES_BETWEEN_ITEMS.sub("", line[end:span.start])) > 60:
            break
        end = max(end, span.end)
        priced = priced or span in core
    return end


# "(The Lighthouse Trilogy: Bk. 2)", "(Harbor Mysteries #3)" between two items (SLJ, LJ): a series
# with the book's number is part of the imprint, however long its name.
_SERIES_BETWEEN_ITEMS = re.compile(r"\([A-Z][^()]{2,80}(?:[,:;] (?:Bk\.|Book|Vol\.|No\.) ?| #)\d{1,3}\)"
                                   # "Pp. xxx + 334. (Studies in Maritime History, 81.) $32.50." (journals)
                                   # "312 p. (Académie royale de Belgique. Mémoires de la Classe des Lettres, 2e
                                   # série, t. LXIII). Prix : 850 FB." — French and Belgian journals: the volume
                                   # numbered by its tome, in roman numerals too
                                   r"|\([A-Z][^()]{2,120}, (?:t|vol|Bd|n[o\u00b0])\.? ?(?:\d{1,4}|[IVXLC]{1,7})\.?\)"
                                   r"|\([A-Z][^()]{2,120}[,;] \d{1,4}\.?\)"
                                   # "24 Taf. gr. 8\u00b0 = Verzeichnis der ..., Suppl. 12. Lw. DM 96,\u2013."
                                   # (German journals mark the series with "=")
                                   r"|= [A-Z][^()=\n]{2,120}?,? (?:Suppl|Bd|Band|Nr|Heft|Vol)\.? ?\d{1,4}\.?")


# The publisher said in words after the items: ", published 2019 by Harbor House", ", published
# by Harbor House in 2019."
_PUBLISHED_AFTER = re.compile(r",? [Pp]ublished(?: in)?(?: (?:1[5-9]\d\d|20\d\d))? by [A-Z][^.;()\n]{1,60}?"
                              r"(?:\.(?=\s|$)|(?=\s*$))")

# ", illus., bibl., index. " after a page count (Isis): what the book holds besides its text;
# "incl. 10 ills. + 4 plates." (Journal of Ecclesiastical History)
_APPARATUS_RUN = re.compile(rf"[,;.]?\s*(?:(?:(?:incl\.|\+|and)\s+)?(?:\d+\s+)?{APPARATUS_WORD}\.?,?\s+)*",
                            re.IGNORECASE)


def _imprint_between(gap: str) -> bool:
    """True when the words between two items are a whole "Town: Publisher, Year." clause,
    perhaps after the book's apparatus: "xii + 320 pp., illus., bibl., index. Cambridge,
    Mass.: Harvard University Press, 2019. $45" — the imprint runs on past the count."""
    rest = _FIRST_PUBLISHED_YEAR.sub("", _APPARATUS_RUN.sub("", gap, count=1)).strip()
    return len(rest) < 120 and place_imprint(". " + rest) == 2


# "Liverpool: Liverpool University Press, 2001 (first publ. 1982)." — the first edition's year
_FIRST_PUBLISHED_YEAR = re.compile(r" \((?:first|orig(?:inally)?\.?) publ(?:ished|\.)?(?: in)? \d{4}\)")


def _close_paren(line: str, end: int) -> int:
    """Include the ')' that closes an imprint opened before `end` ("(Holt, $14.)")."""
    depth = line[:end].count("(") - line[:end].count(")")
    if depth <= 0:
        return end
    close = line.find(")", end)
    return close + 1 if close != -1 and close - end < 40 else end


# An elided article or preposition in lowercase before a word: "d'une", "l'histoire" ("L'homme" is capitalized).
_ELISION = re.compile(r"^(?:[dl]|qu|dell|all|nell)['\u2019](?=\w)")


# A count of front matter in roman numerals, "xii" of "xii + 320 pp.": a number, no word of prose
_ROMAN = re.compile(r"^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")


def is_prose(text: str) -> bool:
    """Running prose has many lowercase words; titles, names and imprints have few. A word
    is weighed without its elided article ("d'une côte" is two words of a French title)."""
    words = [w.strip("\"'“”‘’,.;:()") for w in text.split()]
    if "'" in text or "\u2019" in text:
        words = [_ELISION.sub("", w) if "'" in w[:5] or "\u2019" in w[:5] else w for w in words]
    words = [w for w in words if w and w[0].isalpha()]
    lower = [w for w in words if w[0].islower() and w.lower() not in _SMALL_WORDS and not _ROMAN.match(w)
             and not ("-" in w[:4] and looks_like_name_word(w))]   # "al-Khatib": a name's word
    return len(words) >= 5 and len(lower) / len(words) > 0.3


def _is_heading(line: str, above_byline: bool = False) -> bool:
    """A title or byline line of a header block: short, not a sentence of prose. A line
    that ends in a full stop is a sentence unless it is short, or stands just above the
    block's byline ("Risk and Ruin: Enron and the Culture of American Capitalism." /
    "By Gavin Benke." — journals print each element as a sentence)."""
    text = line.strip()
    if not text or len(text.split()) > 25 or imprint_end(text) is not None:
        return False
    if place_imprint(f". {text}") == 2:   # "New York: Palgrave Macmillan, 2003." above its pages and price
        return True
    quoted = text[0] in "\"\u201c" and text[-1] in "\"\u201d" and len(text.split()) <= 15   # '"The Candy House"'
    titled = all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in text.split())
    short = len(text.split()) <= 6 and titled
    asked = text[-1] in "?!" and titled   # "Blackout: How Is Energy-Rich Australia Running Out Of Electricity?"
    stated = text[-1] == "." and (above_byline or _names_with_role(text))
    if text[-1] in ".!?\"”" and not is_role_clause(text) and not (quoted or short or asked or stated):   # "Emily L."
        return False
    return not is_prose(text)


def _names_with_role(line: str) -> bool:
    """'MARTIN M. STEVENS and DANIEL WOODWARD, eds.', 'Jane Doe (ed.).': people, their role after."""
    credited = postfix_role(line.strip())
    names = [n for n in NAME_LIST.split(credited[0]) if n] if credited else []
    return bool(names) and all(is_person(n.title() if n.isupper() else n) for n in names)



def _head_lines_above(lines: list[str], i: int, trailer: str, used: set[int]) -> list[int]:
    """The header lines that belong to the trailer on line i, when it has no title itself."""
    head = "" if _opens_with_imprint(trailer) else _trailer_head(trailer)
    if head and _house_words_under_a_byline(lines, i, head):
        head = ""
    if head and author_title_house_year(trailer) is not None:
        return []   # "Jane Doe, The Quiet Harbor, Harbor House, 2020": the whole entry on its line
    if head and not _headless(head):
        # "THE DEEPEST SOUTH OF ALL: TRUE STORIES FROM NATCHEZ," / "MISSISSIPPI, by Richard Grant.
        # (Simon & Schuster, $26.)", "Corregidora" / "and" / "Eva's Man, by Gayl Jones (...)": the
        # title runs on from the line above
        j = next((j for j in range(i - 1, max(i - 3, -1), -1) if lines[j].strip()), None)
        runs_on = j is not None and j not in used and _runs_on(lines[j])
        return _adjacent_headings(lines, i, used, titled=True) if runs_on else []
    above = _adjacent_headings(lines, i, used, titled=_head_has_title(head), credited=_head_credits(head),
                               imprint_first=not head)
    if above or head:
        return above
    byline = next((j for j in range(i - 1, -1, -1) if j not in used and _is_byline(lines[j])), None)
    if byline is None:
        return []
    return _adjacent_headings(lines, byline, used) + [byline]


_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")


# "... and the most personal. Dust—The Pilot's Year: The Untold Story of the Hours" / "By Sabra
# Quill" / "(Red Fern Editions, 258 pages, $16.95)": where a copied page lost the break before
# the title, the title closes the review's last paragraph, after its last sentence and with no
# stop of its own.
_LAST_SENTENCE_THEN_TITLE = re.compile(r"[.!?][\"\u201d\u2019]?\s+(?P<title>[A-Z0-9\"\u201c][^.!?]{2,150})$")


def _title_glued_to(line: str) -> int | None:
    """Where the title starts that a paragraph ends with, above a byline; None when the line
    ends as prose does, or its last words are not a title's (each capitalized, or a small word)."""
    m = _LAST_SENTENCE_THEN_TITLE.search(line.rstrip())
    if m is None:
        return None
    words = m.group("title").split()
    if len(words) < 2 or not all(w[:1].isupper() or w[:1].isdigit() or w[:1] in "\"\u201c" or w.lower() in _SMALL_WORDS
                                 for w in words):
        return None
    return m.start("title")


def _house_words_under_a_byline(lines: list[str], i: int, head: str) -> bool:
    """"THE ELDERS' TABLE" / "By Carla Doe" / "Westminster John Knox Press, 176 pages, $20": under
    its byline the imprint's line holds no title, so the few capitalized words its house was
    cut from ("Westminster John", a name's shape before "Knox Press") are the house's own."""
    above = next((lines[j] for j in range(i - 1, max(i - 3, -1), -1) if lines[j].strip()), "")
    words = head.split()
    return _is_byline(above.strip()) and 0 < len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and not any(w.endswith((".", ",", ":", ";")) for w in words)


def _opens_with_imprint(trailer: str) -> bool:
    """'Trenton, NJ: Africa World Press, 2002. Pp. 684.', 'London, Bloomsbury Academic, 2021,
    ISBN: ...' (Reviews in History): notes that open with their place, publisher and year hold
    no title; it stands on the lines above."""
    year = _YEAR.search(trailer)
    if year is None:
        return False
    imprint = f". {trailer[:year.end()]}"
    m = PLACE_IMPRINT.match(imprint)   # not "Grave Matters: ... from 1500"
    if m is not None and m.group("year") and is_place(m.group("place")):
        return True
    town = _TOWN_PUBLISHER_YEAR.match(imprint)
    return town is not None and is_place(town.group("town"))


def _has_no_title(trailer: str) -> bool:
    """'Pp. xvi, 352. $29.95.', '(Harbor, $19.95, 440pp)': a trailer whose head holds no title
    ('Der Untergang des Abendlandes. By Hans Beispiel.' holds one)."""
    return not _head_has_title(_trailer_head(trailer))


def _trailer_head(trailer: str) -> str:
    """The head before the trailer's imprint. An amount with no mark closing it is no item, and
    would make a head of the whole."""
    return split_trailer(_BARE_AMOUNT_CLOSING.sub("", trailer)).head.strip()


def _head_has_title(head: str) -> bool:
    return bool(head) and bool(split_title_and_people(head)[0].strip(" .,;:"))


def _head_credits(head: str) -> bool:
    """'Ingrid Doe and Ffion Roe.': the notes' own line names the people, so the title alone stands above."""
    text = head.strip(" .,;")
    return bool(text) and (is_person(text) or _names_with_role(text))


def _adjacent_headings(lines: list[str], i: int, used: set[int], titled: bool = False,
                       credited: bool = False, imprint_first: bool = False) -> list[int]:
    """The heading lines just above line i; `titled` when line i holds the title itself,
    `credited` when it names the people: a title found under a blank line then is whole.
    `imprint_first` when line i opens with its imprint ("Oslo: Pax Forlag 2002, 424 sider"):
    the title right above may be in sentence case, as Scandinavian and Romance journals print it."""
    found: list[int] = []
    j = i - 1
    while j >= 0 and len(found) < 5:
        if j in used:
            break
        if not lines[j].strip():
            if found and (j > 0 and not lines[j - 1].strip() or _whole_header(lines, found)
                          or credited and _hold_a_title([lines[k] for k in found])):
                break   # two blank lines; or a headline and its byline above a whole header
            j -= 1
            continue
        if is_kicker(lines[j], titled=titled or _hold_a_title([lines[k] for k in found])) or \
                not (_is_heading(lines[j], above_byline=bool(found) and _is_role_line(lines[found[0]]))
                     or imprint_first and not found and _sentence_case_title(lines[j]) and j > 0
                     and (is_person(lines[j - 1].strip()) or _names_with_role(lines[j - 1]))):
            break
        if found and _title_and_byline(lines[found[0]]) and not _runs_on(lines[j]):
            break   # "Nation.Cymru Books" / "What the Tide Keeps: A Novel by Jane Doe" / "Seren, £10.99"
        if _OUTLET_TAG.match(lines[j]) and (lines[j].lstrip()[:1] == "S" or j > 0 and _names_a_reviewer(lines[j - 1])):
            break   # "Jane Roe" / "For The Inquirer" / "" / "The Quiet Harbor" / ...: the reviewer's paper
        found.insert(0, j)
        j -= 1
    return found


def _sentence_case_title(line: str) -> bool:
    """'Det moderne blikket. Om kvinnelige forfattere i 1890-årene': a title and its subtitle in
    sentence case, short, opening with a capital and closing with no stop (a sentence of prose closes
    with one)."""
    text = line.strip()
    return 2 <= len(text.split()) <= 16 and text[0].isupper() and text[-1] not in ".!?:;," \
        and text.count(". ") <= 1 and ", " not in text and imprint_end(text) is None


# "Special to The Star", "For The Inquirer" under the reviewer's name: the paper the review was written for.
_OUTLET_TAG = re.compile(r"^\s*(?:Special to|For) [Tt]he(?: [A-Z][\w.'\u2019&-]*){1,4}\s*$")


def _names_a_reviewer(line: str) -> bool:
    return _is_byline(line) or is_person(line.strip(" .,"))


def _whole_header(lines: list[str], found: list[int]) -> bool:
    """The heading lines found under a blank line hold a title and its byline ("A Hidden
    Ledger: Poems" / "by Ellen Thornbury"), or a title under a byline above the blank line
    ("By John Roe" / "" / "THE FROZEN ISLANDS" / "Leah Fairbairn", or the reviewer's name alone, "Tahmima
    Rahman" — the Daily Star): the lines above are the page's own, its headline and the reviewer's byline."""
    block = [lines[k] for k in found]
    if len(found) < 2 or not _hold_a_title(block):
        return False
    above = next((line for line in reversed(lines[:found[0]]) if line.strip()), "")
    return any(_is_role_line(line) or _LOWER_BY.match(line) for line in block[1:]) or _names_a_reviewer(above)


_LOWER_BY = re.compile(rf"\s*by\s+[{CAPITAL}]")
_ARTICLE_OR_PRONOUN = frozenset({"A", "I"})   # an initial when printed with its stop: "A. Doe"


def _title_and_byline(line: str) -> bool:
    """'What the Tide Keeps: A Novel by Jane Doe', 'The Winter Almanac, by Jane Doe': a whole title
    and its byline on one line (not "Works by Thomas Eakins and His Circle in the Collection of
    the", nor "A Novel by Jane Doe" under its title)."""
    head = line.strip().rstrip(".")
    dashed = _TITLE_DASH_NAMES.match(head) if " \u2013 " in head or " \u2014 " in head else None
    if dashed is not None and all(is_person(n) for n in NAME_LIST.split(dashed.group("names")) if n):
        return True   # "A Causeway at Marrowby \u2013 Opal Doe" over "[W. W. Norton; 2018]" (Full Stop)
    by = _TITLE_BY_NAMES.match(head)
    if by is None or _PUBLISHED_BY.match(head) or not _bare_by(head, by.end("by"), after_word=False):
        return False
    names = [n for n in NAME_LIST.split(by.group("names")) if n]
    return bool(names) and all(is_person(n) or name_shaped(n) for n in names)


_TITLE_DASH_NAMES = re.compile(r"^(?P<title>[^\u2013\u2014]{2,150}?) [\u2013\u2014] (?P<names>[^\u2013\u2014]{3,80})$")
_TITLE_BY_NAMES = re.compile(r"^(?P<title>(?:[\w.,:'’-]+\s+){1,12}?)(?P<by>by)\s+(?P<names>\S.*)$")

def _kicker_above_a_title(line: str, lines: list[str]) -> bool:
    """'Browser' / 'The Quiet Harbor by Jane Doe (Seren, £9.99)': a short line that runs on to
    nothing, right above a line with a whole title and its byline, names the page's section."""
    text = line.strip()
    at = next((i for i, other in enumerate(lines) if other.strip() == text), None)
    below = next((other for other in lines[at + 1:] if other.strip()), "") if at is not None else ""
    if not below or len(text.split()) > 6 or any(ch.isdigit() for ch in text) or _runs_on(text):
        return False
    return _title_and_byline(split_trailer(below).head if imprint_end(below) is not None else below)


def _runs_on(line: str) -> bool:
    """The line ends mid-phrase ("The Long and" / "Winding Road by ..."): the title goes on below."""
    text = line.rstrip()
    return text[-1:] in ",:;-\u2013\u2014" or text.rsplit(None, 1)[-1].lower() in _RUNS_ON


def _hold_a_title(headings: list[str]) -> bool:
    """Heading lines that hold a title: two besides the bylines (a title, then its author's
    name), or one that is not a name alone ('John McGahern' under 'Memoir' is no title)."""
    unbylined = [line for line in headings if not _is_role_line(line)]
    return len(unbylined) > 1 or any(not is_person(line.strip(" .,;")) for line in unbylined)


def _is_role_line(line: str) -> bool:
    """'By Gavin Benke.', 'Edited by John Hunwick and Eve Troutt Powell.': a line that names
    the book's people by their role, and nothing else."""
    return bool(_ROLE_LINE.match(line)) and len(line.split()) <= 16


_ROLE_LINE = re.compile(
    r"^\s*(?:(?:Edited|Translated|Selected|Compiled|Written|Introduced|Illustrated|Published)(?: and \w+)? by|By"
    # a blog's, in small letters: "illustrated by Sam Ng"
    r"|(?:edited|translated|selected|compiled|written|introduced|illustrated)(?: and \w+)? by)"
    rf"\s+[{CAPITAL}]")


_BYLINE_START = re.compile(rf"^\s*By\s+[{CAPITAL}]")   # "By Íñigo Sánchez", "By Łukasz Orbitowski"


def _is_byline(line: str) -> bool:
    return bool(_BYLINE_START.match(line)) and len(line.split()) <= 12


def _bare_by(text: str, end: int, after_word: bool = True) -> bool:
    """The role phrase ending at `end` is a bare "by", after a title that is no book's kind:
    "Beneath the Tamarind by Jane Doe", "The Winter Almanac, by Jane Doe" hold their title;
    "Edited by", "illus. by" do not, nor "A Novel by Jane Doe" under its title. `after_word`:
    right after a word or its comma, not a sentence's stop ("Gold / Coast. By Jane Doe": the
    end of a title wrapped from the line above)."""
    if GENRE_TITLE.match(text[:end - 2]):
        return False
    by = next((m for m in role_phrases(text) if m.end() == end), None)
    before = text[:by.start()].rstrip()[-1:] if by else ""
    return by is not None and by.group(0).lower() == "by" and (before.isalnum() or before == "," or not after_word)


# A sentence before the "by": the head's title, then its byline.
_TITLE_THEN_BY = re.compile(r"^\s*\S+\s+\S.*?(?P<word>\w+)[.!?]\s+by\b", re.IGNORECASE)


_PUBLISHED_BY = re.compile(rf"^(?:Published|Publisher)(?: by|:) [{CAPITAL}]")


def _headless(head: str) -> bool:
    """True when the imprint line's own head has no title: 'Edited by X.', 'Meg Shaffer.'."""
    text = head.strip(" .,;")
    if _PUBLISHED_BY.match(text):
        return True   # "Published by Paulist Press, $29.95" under the title and its byline (NCR, The Island)
    house = MONTH_CLAUSE_END.sub("", text)
    if house != text and (is_known_house(house) or is_named_house(house)):
        return True   # "Doubleday, May 2018, $27.99" under the title and its byline (Mystery Scene)
    if (" and " in text or " & " in text) and _head_credits(text):
        return True   # "Ingrid Doe and Ffion Roe[, eds]. Oxford University Press, 2017. Pp 419." (The Lancet)
    role = re.match(r"^\s*(?:[\w.,'’-]+\s+){0,6}?by\b", text, re.IGNORECASE) if is_role_clause(text) else None
    sentence = _TITLE_THEN_BY.match(role.group(0)) if role else None
    if role and (sentence is None or sentence.group("word").lower() in ABBREVIATIONS) \
            and not _bare_by(text, role.end()):
        return True   # "Edited by X", "Jane Doe, illus. by X"; not "THE QUIET HARBOR. By X", "Harbor by X"
    words = text.split()
    corporate = is_corporate(text)   # "Outskirts Press, 440 pages, ..." (BlueInk): a house, its title above
    if 2 <= len(words) <= 5 and all(looks_like_name_word(w.strip(",.")) for w in words) and not corporate:
        return is_given_name(words[0]) and words[0] not in _ARTICLE_OR_PRONOUN
        # "A Salt Orchard Rosalind Ravensworth": a bare "A" or "I" opens a title, not a name
    title, people = split_title_and_people(text)
    if 2 <= len(words) <= 8 and not people and corporate \
            and all(w[:1].isupper() or w in _SMALL_WORDS for w in words):
        return True   # "Dallas Museum of Art (Abrams, $45)" under its title — EW; not "The Sunken Mountain. By X"
    return not title.strip() and bool(people)
