"""The head of a trailer: title, subtitle and the contributors with their roles.

"KAFKA ON THE SHORE By Haruki Murakami. Translated by Philip Gabriel." (NYT),
"A SONG OF STONE; By Iain Banks" (LA Times), "Homesick Guy Vanderhaeghe" (a magazine
column where only the shape of a personal name separates title and author).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from catalog.language import ANY_SMALL_WORD
from catalog.model import Role
from catalog.parse.casing import is_all_caps
from catalog.parse.cuts import names_after_semicolon
from catalog.parse.imprint import sentence_breaks
from catalog.parse.names import (
    CORPORATE_BODY,
    EDITORS_MARK,
    NAME_LIST,
    PARTICLES,
    before_a_sentence,
    credit_of,
    credited_names,
    inverted_credited_names,
    is_description,
    is_given_name,
    is_person,
    leading_inverted_names,
    looks_like_name_word,
    name_shaped,
    one_inverted_name,
    split_names,
    trailing_inverted_name,
)
from catalog.parse.tables import (
    ACRONYMS,
    CORPORATE_WORDS,
    ILLUSTRATED_WORDS,
    LIST_BULLETS,
    STARS,
    find_role,
    is_place,
    role_phrases,
    roles_of,
)
from catalog.parse.tables import ROLE_AT_START as _LINE_ROLE

_OPEN_QUOTES = "\"'\u201c\u2018`\u201e\u00ab\u00bb"   # German „…“ and »…«, French «…»
_CLOSE_QUOTES = "\"'\u201d\u2019\u201c\u00bb\u00ab"


@dataclass(frozen=True)
class Head:
    title: str
    subtitle: str | None
    contributors: tuple[tuple[Role, str], ...]   # (role, name as printed)
    original_language: str | None = None
    split_by: str = "none"   # the sign that told title from people: see split_head


# A list's mark before an entry: "* THE QUIET HARBOR. By ...", "! The Quiet Harbor by ...", "• ",
# or a starred review's star.
_LIST_MARK = re.compile(rf"^[*!{STARS}{LIST_BULLETS}]+\s+")


_EDS_CLOSING = re.compile(r",? eds?\.\s*$")   # "ASCH, RONALD G. and ADOLF M. BIRKE, eds.", "CARLYON, Imogen ed."


def parse_head(head: str) -> Head:
    head = head.strip()
    if head[:1] in "*!" + STARS + LIST_BULLETS:
        head = _LIST_MARK.sub("", head)
    if "=" in head or "Aufl" in head or "d." in head or ")" in head:
        head = _HEAD_EXTRAS.sub("", head).strip()
    leading: list[tuple[Role, str]] = []
    credited = credited_names(head) if ")" in head else None
    inverted = leading_inverted_names(head) if credited is None else None
    possessive = possessive_author(head) or _possessive_after_sentence(head) \
        if inverted is None and credited is None else None
    if credited is not None:   # "Axe, David (text) & Tim Hamilton (illus.). Army of God"
        leading, head = credited[0], head[credited[1]:]
    elif inverted is not None:   # "Blumenthal, Eileen. Puppetry: A World History."
        names, start = inverted
        role = Role.EDITOR if EDITORS_MARK.search(head, 0, start) or _EDS_CLOSING.search(head, 0, start) \
            else Role.AUTHOR
        leading, head = [(role, n) for n in names], head[start:]
    elif possessive is not None:   # "Kurt Vonnegut's Timequake"
        head, name = possessive
        leading = [(Role.AUTHOR, name)]
    title_part, people_part, split_by = split_head(head)
    if split_by == BY_MARKER and ", a" in title_part and (kind := _KIND_IN_A_SENTENCE.search(title_part)):
        title_part = title_part[:kind.start()]   # "The Kandyan Sword, a novel by Jane Doe, is published by ..."
    if leading and split_by in (BY_COMMA, BY_NAME_SHAPE):   # the people led: no name is told by its shape after
        title_part, people_part = head, ""
    if leading:
        split_by = "possessive" if possessive is not None else "inverted name"
    contributors, language = parse_people(people_part)
    if not leading and contributors and not any(role == Role.AUTHOR for role, _ in contributors):
        # "Jane Doe, The Quiet Harbor, translated by John Roe", "Jane Doe. The Quiet Harbor.
        # Translated by John Roe.": the author leads the title (not "G. B. Shaw: A Critical
        # Survey, edited by ...", a book about its man). German notes close the author's name
        # with a colon: "Jane Doe: Der stille Hafen. Roman. Aus dem Englischen von John Roe."
        # ("Marcel Proust: A Life, translated by" stays.)
        comma = _LEADING_PERSON.match(title_part)
        lead = comma if comma and (comma.group(0).rstrip().endswith(",") or _GERMAN_ROLE.match(people_part)) \
            else _LEADING_PERSON_STOP.match(title_part)
        if lead and is_person(lead.group("name")):
            leading, title_part, split_by = [(Role.AUTHOR, lead.group("name"))], title_part[lead.end():], BY_NAME_SHAPE
    if split_by == BY_MARKER and contributors and not leading:
        title_part = without_lead_in(title_part)
    if ":" in title_part:
        title_part = without_list_heading(title_part)
    title, subtitle = split_title(title_part)
    return Head(title, subtitle, tuple(leading + contributors), language, split_by)


# A sentence's words before the title: "I loved The Quiet Harbor by ...", "Nothing this year matched
# The Quiet Harbor by ...", "and I was moved by ...", "Mary Poe is unconvinced by ..." (round-ups
# and standfirsts: the verb in small letters, then the title in capitals), "Mary Poe on ...".
_LEAD_IN = re.compile(r"^,?\s*(?:(?:and|but|though|while)\s+)?(?:(?P<lead>(?:[\w'\u2019]+\s+){1,5}?)"
                      r"(?:loved|liked|enjoyed|enjoys|admired|admires|matched|recommends?|recommended|reviews|read|found"
                      r"|was|were|is|are|am)"
                      r"(?:\s+[a-z][\w'\u2019]*)*\s+)?(?=[A-Z0-9\"'\u201c\u2018])")
_STANDFIRST = re.compile(r"^(?P<name>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){1,3}) on (?=[A-Z\"'\u201c\u2018])")
_PRONOUNS = frozenset({"I", "we", "We", "she", "She", "he", "He", "they", "They"})


# "What we're selling: The Quiet Harbor", "Local best-sellers" / "The week's top sellers at
# Harbor Books:" — a list's heading before its first book: a sentence's words (two or more in
# small letters) that say who lists or what the list is, closed by a colon. ("Our Mutual Friend:
# A Study" and "I Am Malala: ..." are titles: no word in small letters.)
_LIST_HEADING = re.compile(r"^(?P<lead>[^:]{2,120}?\b(?:we|we're|we've|our|I'm|I've|you|your|here's|here are"
                           r"|this week's|the week's|best-?sellers?|top sellers|recommended|received)\b[^:]*)"
                           r":\s+(?=[A-Z0-9\"\u201c'\u2018])", re.IGNORECASE)


def without_list_heading(title: str) -> str:
    """The title without a list's heading before it (_LIST_HEADING)."""
    m = _LIST_HEADING.match(title)
    if m is None:
        return title
    small = [w for w in m.group("lead").split() if w[:1].islower() and w.strip(".,;'\u2019") not in _SMALL_TITLE_WORDS]
    if _A_LIST_LABEL.fullmatch(m.group("lead")):
        return title[m.end():]
    return title[m.end():] if len(small) >= 2 else title


# "Also recommended: ...", "Also received: ...": a label in small letters but for its first word
_A_LIST_LABEL = re.compile(r"(?:Also|Highly|Warmly) (?:recommended|received)")


_SMALL_TITLE_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with",
                                "from"})


def without_lead_in(title: str) -> str:
    """The title without a sentence's words before it: a pronoun, a person or a phrase in small
    letters before the verb ("Life is Elsewhere" keeps its "is")."""
    bidding = _BIDDING.match(title)
    if bidding is not None:
        return title[bidding.end():]
    standfirst = _STANDFIRST.match(title)
    if standfirst and is_person(standfirst.group("name")):
        return title[standfirst.end():]
    m = _LEAD_IN.match(title)
    if m is None or m.end() == 0 or m.end() == len(title):
        return _after_sentence_words(title)
    lead = (m.group("lead") or "").split()
    small = [w for w in lead if w[:1].islower()]
    named = name_shaped(" ".join(lead))   # "Sipho Khumalo enjoys"
    if lead and not (_PRONOUNS & set(lead) or named or is_person(" ".join(lead)) or len(small) >= 2):
        sentence_cut = _after_sentence_words(title)   # "Rather different is Before the Hollow"
        return sentence_cut
    return title[m.end():]


# A round-up's bidding before a title: "Don't miss The Quiet Harbor by ...", "Try ...".
_BIDDING = re.compile(r"^(?:(?:Don['\u2019]t|Do not) miss|(?:Also )?[Tt]ry|Seek out|Look out for)\s+"
                      r"(?=[A-Z0-9\"'\u201c\u2018])")
# A word in small letters right before a name in capitals: where a sentence may hand over to
# "Jane Doe's The Quiet Harbor".
_SMALL_THEN_CAPITAL = re.compile(r"(?<=[a-z]) (?=[A-Z])")


def _possessive_after_sentence(head: str) -> tuple[str, str] | None:
    """'Series fans will welcome Jane Doe's The Quiet Harbor', 'For something lighter, try Jane
    Doe's ...': a sentence of two words or more, its last in small letters that no title keeps
    small, hands over to the author in the possessive."""
    if "'s " not in head and "\u2019s " not in head:
        return None
    for m in _SMALL_THEN_CAPITAL.finditer(head, 0, 80):
        before = head[:m.start()].split()
        if len(before) >= 2 and _small_in_no_title(before[-1]):
            found = possessive_author(head[m.end():])
            if found is not None:
                return found
    return None


# Words every title language writes in small letters (English, French, German, Spanish, Italian).
_ANY_SMALL_WORD = _SMALL_TITLE_WORDS | ANY_SMALL_WORD
_TITLE_WORD = re.compile(r"[\w'\u2019-]+")
_SENTENCE_GOES_ON = re.compile(r",? +")   # not a stop: "La memoria divisa. Studi sul Rinascimento"


def _after_sentence_words(title: str) -> str:
    """The title after a sentence that leads it in a round-up ("Weather-watchers will prefer The
    Forecasters by ...", "And for the cook who has everything, Ask the Gardeners: ..."): two
    words in small letters that no title language keeps small, then a run in title case of
    two words or more to the end, with no stop between. A colon before says a subtitle ("Cidade em disputa:
    imigrantes italianos em São Paulo, 1890-1930"), not a sentence."""
    words = list(_TITLE_WORD.finditer(title))
    start = None
    for n in range(2, len(words)):
        before, last, first = words[n - 2].group(0), words[n - 1].group(0), words[n]
        if _small_in_no_title(before) and _small_in_no_title(last) and first.group(0)[:1].isupper() \
                and _SENTENCE_GOES_ON.fullmatch(title, words[n - 1].end(), first.start()) \
                and ":" not in title[:first.start()] and _in_title_case(words[n:]):
            start = first.start()
    return title if start is None else title[start:]


def _small_in_no_title(word: str) -> bool:
    return word[:1].islower() and word.lower() not in _ANY_SMALL_WORD


def _in_title_case(words: list[re.Match[str]]) -> bool:
    return len(words) >= 2 and all(w.group(0)[:1].isupper() or w.group(0)[:1].isdigit()
                                   or w.group(0).lower() in _ANY_SMALL_WORD for w in words)


def parse_run_together_head(head: str) -> Head | None:
    """'Jane Doe The Quiet Harbor': the head of notes whose lines ran together, the author's
    name first and no mark between it and the title; None unless a name leads."""
    split = split_leading_name(_clean(head))
    if split is None:
        return None
    title, subtitle = split_title(split[0])
    contributors, language = parse_people(split[1])
    return Head(title, subtitle, tuple(contributors), language, BY_NAME_SHAPE) if contributors else None


_SPACES = re.compile(r"\s+")
_PUNCT_BEFORE_CLOSING_QUOTE = re.compile(r"[.,;:]+(['\"\u201d\u2019]+)$")


@lru_cache(maxsize=4096)   # heads and names are cleaned again by each step that weighs them
def _clean(text: str) -> str:
    """One line, no closing punctuation: "''Love Is Nothing.''" -> "''Love Is Nothing''"; no
    bracket left open at the end ("Pliny the Elder (Cambridge: ...") and no slash before a
    statement of responsibility ("The First Thanksgiving / by Sarah Gilman", a library's form), nor a
    dash ('"Venus on Wheels." -By Maurice Dekobra', an OCR'd column)."""
    text = _SPACES.sub(" ", text).strip(" ,;:.\n").rstrip(" /([{-\u2013\u2014").rstrip(" ,;:.")
    return _PUNCT_BEFORE_CLOSING_QUOTE.sub(r"\1", text) if text[-1:] in "'\"\u201d\u2019" else text


# "Kurt Vonnegut's Timequake" — an author in the possessive before the title (Time, CSM),
# which may be quoted: "Kurt Vonnegut's ‘Timequake’".
# The work may be described between name and title, in lowercase words: "Mike Lankford's
# genial and sassy biography Becoming Leonardo" (the Spectator, CSM) — then the name is a
# person's whatever the given name, as places and things write no biographies.
_POSSESSIVE = re.compile(r"^(?P<name>(?:[A-Z][\w\-]+|[A-Z]\.) (?:(?:[A-Z][\w\-]+|[A-Z]\.) ){0,3}[A-Z][\w\-]+)"
                         r"['\u2019]s (?P<described>(?:[a-z][\w\-]*,? ){1,6})?(?=[A-Z\"\u201c'\u2018`])")


def possessive_author(head: str) -> tuple[str, str] | None:
    """'Kurt Vonnegut's Timequake' -> ('Timequake', 'Kurt Vonnegut'), when the name is a person's."""
    m = _POSSESSIVE.match(head)
    if m is None or find_role(head) or not (m.group("described") or is_given_name(m.group("name").split()[0])):
        return None   # "George Washington's America. By Barnet Schecter": the possessive is title
    rest = head[m.end():]
    if split_trailing_name(_clean(rest)) or "\n" in head:
        return None   # "Buster Midnight's Cafe Sandra Dallas": the author comes last
    return rest, m.group("name")


def split_title_and_people(head: str) -> tuple[str, str]:
    """Title text and contributor text, by role phrases, lines, or the shape of names."""
    title, people, _ = split_head(head)
    return title, people


# How split_head told title from people, from the surest sign to the weakest.
BY_MARKER, BY_LINES, BY_COMMA, BY_NAME_SHAPE, NO_PEOPLE = "role phrase", "lines", "comma", "name shape", "none"


# A title's first character: a capital, or a quotation mark in English, German or French.
# A title opens with a capital, accented too ("Éloge de l'ombre"), a number ("1968: The Year"), or a quote
_TITLE_START = r"(?=[A-Z0-9\u00c0-\u00de\"\u201c\u201e\u00ab\u00bb'\u2018])"
_LEADING_PERSON = re.compile(r"^(?P<name>[^,:;]{3,60}?)[,:] " + _TITLE_START)
# "Le Port tranquille, de Jane Doe", "Il porto tranquillo, di Jane Doe", "El puerto, por Jane Doe": the
# French, Italian and Spanish "by" after the title's comma, a whole name after it and nothing more
# (a comma may close the head before its publisher: "..., de Jane Doe, Gallimard, 320 p."); the
# German, Dutch, Welsh and Scandinavian "by" too: "von", "door", "gan", "av", "af" (Afrikaans
# "deur" is a role phrase of its own: tables).
_FOREIGN_BY_WORDS = r"de|par|di|por|von|door|gan|av|af"
_FOREIGN_BY = re.compile(rf", (?:{_FOREIGN_BY_WORDS}) (?P<name>[A-Z][^,.;:()]{{2,60}}?)[.,]?$")
# "Le Roman de l'exil. Par Claire Dumesnil.", "Heinrich Lenz. Von Dr. Karl Wendling.", "Klippe in
# die Rivier. Deur Jane Doe." (Afrikaans): the same word
# capitalized, opening the head's last sentence, as "By" would; a doctor's title is left out of the name
_FOREIGN_BY_AFTER_STOP = re.compile(r"\. (?:Par|Von|Door|Por|Deur) "
                                    r"(?P<name>(?:(?:Dr|Prof)\. )?[A-Z][^,;:()]{2,60}?)\.?$")
_OFFICE_BEFORE = re.compile(r"^(?:Dr|Prof)\. ")
# "Il porto tranquillo di Jane Doe", "De stille haven door Jane Doe", "Cân y Môr gan Jane Doe": the
# same word with no comma before it, left at the title's end when a name's shape parted the two.
# No title ends on it, but a title may end on a name's first words, so the parting stays a guess.
_FOREIGN_BY_AT_END = re.compile(rf" (?:{_FOREIGN_BY_WORDS})$")
# "Jane Doe, John Roe, and Mary Poe, The Quiet Harbor": names listed, the last after "and".
_LEADING_PEOPLE = re.compile(r"^(?P<name>[^,:;]{3,40}(?:, [^,:;]{3,40})*,? (?:and|&) [^,:;]{3,40}?)[,:] "
                             + _TITLE_START)
# "Jane Doe, John Roe (Hrsg.): Der stille Hafen", "Jane Doe e John Roe (a cura di), Il porto": names, their role.
_LEADING_MARKED = re.compile(r"^(?P<name>[^:;()]{3,80}?\s*\([^()]{2,12}\))[.,:]?\s+" + _TITLE_START)
# "Jane Doe. The Quiet Harbor." (H-Net), "Jane Doe. 2015. The Quiet Harbor." (African Studies
# Quarterly), "Jane Doe (2019) The Quiet Harbor." (Harvard style), "Jane Doe. — Le Port." (French
# journals): a person's name, a stop,
# perhaps the year, then the title. The family name may open with its particles ("Jan de Vries.",
# "Ursula von der Leyen."), never end with one.
_NAME_PARTICLE = r"(?:de|del|della|der|den|des|van|von|la|le|du|da|di|ten|ter|dos|das)(?= [a-zA-Z])"
_LEADING_PERSON_STOP = re.compile(r"^(?P<name>(?:[A-Z][\w'\u2019\-]+|[A-Z]\.)"
                                  rf"(?: (?:[A-Z][\w'\u2019\-]+|[A-Z]\.|{_NAME_PARTICLE})){{1,4}})"
                                  r"(?:\.\s+(?:(?:1[5-9]\d\d|20\d\d)\.\s+|[\u2014\u2013]\s+)?"
                                  r"|\s\((?:1[5-9]\d\d|20\d\d)\)\.?\s+)"
                                  + _TITLE_START)
# "CLIVE PENNYCOOK \u2013 Before the Margin (Gollancz)", "CAROL MADDOX \u2013 The Last Days" (blogs): the
# author in capitals, a spaced dash, then the title in small letters (not a title in capitals
# with its subtitle after the dash)
_LEADING_CAPITALS_DASH = re.compile(r"^(?P<name>[A-Z][A-Z.'\u2019\- ]{2,60}?) [\u2013\u2014] " + _TITLE_START)
# A role printed after the names: "Jane Doe (ed.)", "Jane Doe and John Roe, eds.", "Jane Doe
# (Editor)" — academic and law reviews, Locus; "(Hg.)", "(tr.)".
# "(dir.)", "(coord.)", "(éd.)": the French and Spanish editors' marks; "(Hgg.)" German, "(a cura
# di)" Italian, "(org.)" Portuguese, "(red.)" Scandinavian and Dutch.
_EDITOR_MARKS = r"eds?|editors?|hgg?|hrsg|dirs?|coords?|[ée]ds|[ée]d|a cura di|red|orgs?"
POSTFIX_ROLE = re.compile(rf"(?:,\s*|\s*\()(?P<role>{_EDITOR_MARKS}|tr|trans|translator)\.?\)?\.?$", re.IGNORECASE)
_POSTFIX_ROLES = {"ed": Role.EDITOR, "eds": Role.EDITOR, "editor": Role.EDITOR, "editors": Role.EDITOR,
                  "hg": Role.EDITOR, "hgg": Role.EDITOR, "hrsg": Role.EDITOR, "dir": Role.EDITOR, "dirs": Role.EDITOR,
                  "coord": Role.EDITOR, "coords": Role.EDITOR, "éd": Role.EDITOR, "éds": Role.EDITOR,
                  "a cura di": Role.EDITOR, "red": Role.EDITOR, "org": Role.EDITOR, "orgs": Role.EDITOR,
                  "tr": Role.TRANSLATOR, "trans": Role.TRANSLATOR, "translator": Role.TRANSLATOR}
# What a German or French head carries after the title and is no part of it: the series in
# "(= Schriftenreihe 129)", the edition in ", 6. Aufl." / ", 2e éd." / "(7th ed)" / "(Revised Edition)".
_HEAD_EXTRAS = re.compile(r"\s*\(=[^()]*\)|,?\s+\d+\.?\s?(?:Aufl(?:age)?|e [ée]d|[ée]d)\.?(?=\s*$)"
                          r"|\s*\((?i:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|revised|new|expanded|updated)"
                          r" (?i:ed|edn|edition)\.?\)")


# The same roles opening the words after a name, closed by a stop, bracket or comma (", Ed Roe" is a name).
_ROLE_AFTER = re.compile(r"(?:,\s*|\s*\()(?P<role>eds?|editors?|hg|hrsg|tr|trans|translator)(?=[.),;:]|\s*$)",
                         re.IGNORECASE)


def role_printed_after(text: str) -> Role | None:
    """The role that opens `text`, the words printed right after a name: ", ed." or " (Editor)"."""
    m = _ROLE_AFTER.match(text)
    return _POSTFIX_ROLES[m.group("role").lower()] if m else None


# The last two letters of every role POSTFIX_ROLE reads: the few names that end so are searched.
_ROLE_ENDINGS = frozenset({"ed", "ds", "or", "rs", "hg", "sg", "ir", "rd", "tr", "ns", "gg", "éd", "di", "rg", "gs"})


def postfix_role(names: str) -> tuple[str, Role] | None:
    """'Jane Doe and John Roe (eds.)' -> ('Jane Doe and John Roe', EDITOR); None with no role after."""
    ending = names.rstrip(" .)")[-2:].lower()
    m = POSTFIX_ROLE.search(names) if ending in _ROLE_ENDINGS else None
    if m is None:
        return None
    return names[:m.start()], _POSTFIX_ROLES[m.group("role").lower()]


# The role phrases of German notes, where "Name: Title" is the convention (Dutch and Scandinavian
# papers print it too: "Jane Doe: Zout en sintel. Uit het Engels vertaald door John Roe.", "... Vert. John Roe.").
_GERMAN_ROLE = re.compile(r"(?:aus dem \w+schen|übersetzt|übers\.|deutsch von|herausgegeben|hrsg\.|hg\."
                          r"|(?:uit het \w+ )?vertaald door|vert\.|overs[ae]tt? (?:af|av)|övers\.|översatt)",
                          re.IGNORECASE)
# "THE QUIET HARBOR: Jane Doe;" (Indian papers): a title in capitals, a colon, the names not in capitals.
_CAPS_TITLE_COLON_NAMES = re.compile(r"^(?P<title>[^a-z:]*[A-Z]{2}[^a-z:]*): "
                                     r"(?P<names>[A-Z][a-z][^:;]{2,80}?)[;.]?\s*$")
_LEADING_EDITORS = re.compile(r",? \(?(?:eds?|editors?)\.?\)?[.,:]?\s+(?=[A-Z0-9\"\u201c'\u2018])")


# The book's kind, printed as a title would be before its byline: "A Novel by Jane Doe" (any
# case as the whole of a title; capitalized under a title's line).
_KINDS = ("novel", "novella", "memoir", "story", "stories", "poems", "essays", "mystery", "thriller", "collection",
          "biography", "history", "true story")
GENRE_TITLE = re.compile(rf"^\s*(?:an? )?(?:{'|'.join(_KINDS)})\s*$", re.IGNORECASE)
# The book's kind in a sentence's small letters between the title and its byline: a description, no subtitle
_KIND_IN_A_SENTENCE = re.compile(rf",\s+an? (?:{'|'.join(_KINDS)})\s*$")
_KIND_BY = re.compile(rf"^(?P<kind>(?:An? )?(?:{'|'.join(kind.title() for kind in _KINDS)})) (?=by\b)")


def _title_lines(lines: list[str]) -> str:
    """A title printed over lines, as one: a line that names the book's kind ("LOST ROAD" / "A
    NOVEL") is its subtitle; other lines run on ("FOLLOW ME" / "TO GROUND"). In small letters
    a whole title's line is a heading of its own, and the next its subtitle ("The Silver
    Season" / "Travels in Madras" — magazines), unless the first breaks off ("The Lives of" /
    "the Saints") or the next is a name's ("Distant Islands" / "Chioma Draycott")."""
    if len(lines) == 2 and _subtitle_under_title(*lines):
        return f"{lines[0]}: {lines[1]}"
    return lines[0] + "".join((". " if GENRE_TITLE.match(line) else " ") + line for line in lines[1:])


def _subtitle_under_title(first: str, second: str) -> bool:
    """A whole title's line in small letters, no byline, name or reading level, then a line in
    small letters that says a title's small words and names no book's kind."""
    return first[:1].isalpha() and not first.isupper() and _BROKEN_OFF.search(first) is None \
        and second[:1].isupper() and not second.isupper() and not GENRE_TITLE.match(second) \
        and _TITLE_WORDS.search(second) is not None and not _BY_LINE.match(first) and not is_person(first)


# A line that breaks a title off: its last word a small word, a comma or a hyphen.
_BROKEN_OFF = re.compile(r"(?:\b(?:a|an|the|of|and|or|in|on|to|for|with|from|by|at|as|into|&)|[,\-\u2013\u2014:;])$",
                         re.IGNORECASE)


# A subtitle's line says its small words, or opens with an article or a question's word ("How
# Quants Conquered Wall Street", "Travels Through Patagonia" — the WSJ, the Weekly Standard); a
# name's line does not ("Chioma Draycott"), nor a list of towns ("Ibadan Bergen Ibadan").
_TITLE_WORDS = re.compile(r"^(?:A|An|The|How|Why|What|When|Where|Who) |\b(?:of|the|in|on|to|for|with|from|at|into"
                          r"|its|their|(?i:through|across|beyond|between|among|against|after|before|without|within"
                          r"|around|about|toward|towards|inside))\b")


_ARTICLE_FIRST = re.compile(r"(?:The|A|An) [A-Z\d]")


@lru_cache(maxsize=1024)
def split_head(head: str) -> tuple[str, str, str]:
    """Title text, contributor text, and which sign split them (one of the BY_* names).
    Memoized: the locator and the rules split the same head, 2.6 times a document."""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    if len(lines) > 1 and is_person(lines[0]) and not is_person(lines[-1]) and one_inverted_name(lines[-1]) is None \
            and not any(_is_people_line(line) for line in lines[1:]):
        return " ".join(lines[1:]), lines[0], BY_LINES   # "Jane Doe" / "THE QUIET HARBOR" — TLS
    if len(lines) == 2 and _ARTICLE_FIRST.match(lines[1]) and not _ARTICLE_FIRST.match(lines[0]) \
            and not lines[0].isupper() and find_role(lines[1]) is None \
            and name_shaped(lines[0]) and not is_place(lines[0]):
        # "Rajiv Menon" / "The Cartographer's Daughter": a name no table knows over a title its article opens
        return lines[1], lines[0], BY_NAME_SHAPE
    credit = postfix_role(lines[0]) if len(lines) > 1 and lines[0].endswith(")") else None
    if credit and all(is_person(n) for n in NAME_LIST.split(credit[0]) if n) \
            and not any(_is_people_line(line) for line in lines[1:]):
        return " ".join(lines[1:]), lines[0], BY_MARKER   # "Jane Doe (red.)" / "Den stille havn" — Edda
    for i, line in enumerate(lines[1:], start=1):
        kind = _KIND_BY.match(line)
        if kind:   # "THE QUIET HARBOR" / "A Novel by Jane Doe": the book's kind is its subtitle
            return f"{' '.join(lines[:i])}. {kind.group('kind')}", \
                " ".join([line[kind.end('kind'):].strip(), *lines[i + 1:]]), BY_LINES
        if _is_people_line(line):
            author = _name_line_beside_title(lines[:i]) if not _BY_LINE.match(line) else None
            if author is not None:   # "Jane Doe" / "The Quiet Harbor" / "Translated by John Roe" — TLS
                return " ".join(t for t in lines[:i] if t is not author), f"{author}; {' '.join(lines[i:])}", BY_LINES
            title = _title_lines(lines[:i])
            marker = _first_role_marker(title)   # "The Collapse of Communism, by the correspondents ...;"
            if marker is not None and title[:marker].rstrip().endswith(","):
                return title[:marker], title[marker:] + " " + " ".join(lines[i:]), BY_MARKER
            return title, " ".join(lines[i:]), BY_LINES
    joined = " ".join(lines)
    editors = _LEADING_EDITORS.search(joined, 0, 120) if "ed" in joined[:120] else None
    if editors and all(is_person(n) for n in NAME_LIST.split(joined[:editors.start()])):
        # "Jane Doe and John Roe, eds. The Quiet Harbor" — the role after the names, before the title
        return joined[editors.end():], joined[:editors.end()].strip(), BY_MARKER
    caps = _CAPS_TITLE_COLON_NAMES.match(joined) if ": " in joined else None
    if caps and all(is_person(n) for n in NAME_LIST.split(caps.group("names"))):
        return caps.group("title"), caps.group("names"), BY_NAME_SHAPE   # "THE QUIET HARBOR: Jane Doe;" — The Hindu
    semi = names_after_semicolon(joined) if "; " in joined else None
    if semi is not None:   # "The Quiet Harbor: A History; Jane Doe, translated by John Roe," — the Hindu
        return joined[:semi].rstrip(" ;"), joined[semi:], BY_NAME_SHAPE
    credited = _credited_names_at_end(joined) if joined.endswith(")") else None
    if credited is not None:   # "The Quiet Harbor. Doe, Jane (author), Roe, John (illustrator)" — Booklist
        return joined[:credited], joined[credited:], BY_MARKER
    foreign = _FOREIGN_BY.search(joined) if ", " in joined else None
    if foreign and is_person(foreign.group("name")):   # "Le Port tranquille, de Jane Doe", "..., par Jane Doe"
        return joined[:foreign.start()], f"by {joined[foreign.start('name'):]}", BY_MARKER
    foreign = _FOREIGN_BY_AFTER_STOP.search(joined) if ". " in joined else None
    if foreign and is_person(_OFFICE_BEFORE.sub("", foreign.group("name"))):   # "Le Port. Par Jane Doe."
        return joined[:foreign.start()], f"by {joined[foreign.start('name'):]}", BY_MARKER
    marker = _first_role_marker(joined)
    if marker is not None:
        named = _name_sentence_at_end(joined[:marker])
        if named is not None:   # "The Quiet Harbor. Jane Doe. Illus. by John Roe." — the author before the role
            return joined[:named], joined[named:], BY_MARKER
        before = joined[:marker].rstrip()
        split = split_comma_name(before[:-1]) if before.endswith((";", ",")) else None
        if split is not None:   # "Title: Subtitle, Jane Doe; translated by John Roe (...)" — LA Times lists
            return split[0], f"{split[1]}{before[-1]} {joined[marker:]}", BY_COMMA
        return joined[:marker], joined[marker:], BY_MARKER
    if _LINE_ROLE.match(joined):   # "By Jane Doe": people alone, no title before them
        return "", joined, BY_MARKER
    if len(lines) > 1:   # "The Lost Story" / "Meg Shaffer. Ballantine, ..." — PW
        return _title_lines(lines[:-1]), lines[-1], BY_LINES
    postfix = postfix_role(_clean(joined))
    split = split_comma_name(postfix[0]) if postfix else None
    if split:   # "The Quiet Harbor, Jane Doe, ed." — Locus: the role after the name says it
        return split[0], _clean(joined)[len(split[0]):].strip(" ,"), BY_MARKER
    split = split_comma_name(_clean(joined)) or trailing_inverted_name(_clean(joined))
    if split:
        return split[0], split[1], BY_COMMA
    stop = _LEADING_PERSON_STOP.match(joined)
    if stop and is_person(stop.group("name")) and joined[stop.end():].strip():   # "Jane Doe. The Quiet Harbor"
        return joined[stop.end():], stop.group("name"), BY_NAME_SHAPE
    dashed = _LEADING_CAPITALS_DASH.match(joined) if " \u2013 " in joined[:70] or " \u2014 " in joined[:70] else None
    if dashed and is_person(dashed.group("name")) and not is_all_caps(joined[dashed.end():]):
        return joined[dashed.end():], dashed.group("name"), BY_NAME_SHAPE   # "JANE DOE \u2013 The Quiet Harbor"
    marked = _LEADING_MARKED.match(joined) if "(" in joined[:90] else None
    postfix = postfix_role(marked.group("name")) if marked else None
    if marked and postfix and is_person(postfix[0]):   # "Jane Doe, John Roe (Hrsg.): Der stille Hafen"
        return joined[marked.end():], marked.group("name"), BY_MARKER
    lead = _LEADING_PERSON.match(joined)
    listed = _LEADING_PEOPLE.match(joined) if lead else None
    if listed and is_person(listed.group("name")):   # "Jane Doe, John Roe, and Mary Poe, The Quiet Harbor"
        return joined[listed.end():], listed.group("name"), BY_NAME_SHAPE
    if lead and is_person(lead.group("name")):   # "Jane Doe, The Quiet Harbor" — a guess: titles name people too
        return joined[lead.end():], lead.group("name"), BY_NAME_SHAPE
    postfix = postfix_role(lead.group("name")) if lead else None
    # "Jane Doe and John Roe (eds.), The Quiet Harbor": the role says it
    if lead and postfix and is_person(postfix[0]):
        return joined[lead.end():], lead.group("name"), BY_MARKER
    named = _name_sentence_at_end(joined)
    if named is not None:   # "The Quiet Harbor. Jane Doe and John Roe." — PW on one line
        return joined[:named], joined[named:], BY_NAME_SHAPE
    split = split_trailing_name(_clean(joined)) or split_trailing_corporate(_clean(joined))
    if split:
        byline = _FOREIGN_BY_AT_END.search(split[0])
        return (split[0][:byline.start()] if byline else split[0]), split[1], BY_NAME_SHAPE
    return joined, "", NO_PEOPLE


_BY_LINE = re.compile(r"(?i:by)\b")


def _name_line_beside_title(lines: list[str]) -> str | None:
    """The author's name on a line of its own, first or last of the lines above a role line
    that names no author ("Translated by"), the title on the others; never above a "By" line,
    whose author a title such as "Jane Eyre" / "A Novel" would stand for."""
    if len(lines) < 2:
        return None
    first, last = is_person(lines[0]), is_person(lines[-1])
    if first != last:
        return lines[0] if first else lines[-1]
    return None


def _credited_names_at_end(head: str) -> int | None:
    """Where the last sentence starts when it lists names family first, each with its credit."""
    for stop in re.finditer(r"[.:]\s+(?=[A-Z])", head):
        if inverted_credited_names(head[stop.end():]) is not None:
            return stop.end()
    return None


_CREDITED_PEOPLE = re.compile(r"; |,? and |, (?![^()]*\))|,? & ")


def _name_sentence_at_end(title: str) -> int | None:
    """Where a person's name printed as the title's last sentence starts ('The Quiet Harbor.
    Jane Q. Doe. ' -> at 'Jane', 'The Quiet Harbor. Doe, Jane. ' -> at 'Doe'), with some title
    before it; None otherwise."""
    text = title.rstrip()
    if text.endswith(",") and ". " in text:   # "The Quiet Harbor. Jane Doe, edited by John Roe."
        text = text[:-1] + "."
    elif text.endswith(")") and ". " in text:   # "The Quiet Harbor. Jane Doe; Ann Lee (ill.)": a credit closes it
        text += "."
    if not text.endswith(".") or ". " not in text:
        return None
    body = text[:-1]
    for stop in reversed(list(re.finditer(r"\.\s+", body))):
        if _INITIAL_BEFORE.search(body, 0, stop.start()):   # "Jane Q." — an initial, no sentence's end
            continue
        name = body[stop.end():]
        if not name.strip():
            return None
        first = name.split()[0]
        known = len(first) > 1 and is_given_name(first) or bool(re.match(r"[A-Z]\.", first))   # no "A Novel"
        inverted = ", " in name and one_inverted_name(name) is not None   # "The Quiet Harbor. Doe, Jane." — Booklist
        role = postfix_role(text[stop.end():]) if not inverted else None   # "Jane Doe and John Roe, eds."
        people = NAME_LIST.split(role[0]) if role else [name]
        if not role and name.endswith(")"):   # "Beaver Builds a Bridge. Kit Marchand; Ann Lee (ill.)." — Quill & Quire
            people = [(credit_of(n) or (n,))[0] for n in _CREDITED_PEOPLE.split(name)]
        return stop.end() if body[:stop.start()].strip() and (inverted or known and all(map(is_person, people))) \
            else None
    return None


_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-Z]$")


def _is_people_line(line: str) -> bool:
    """'By X', 'Edited by X', or 'Elisa Downing, illus. by Isadora Machado' (PW)."""
    if _LINE_ROLE.match(line):
        return True
    marker = find_role(line)
    if marker is None or marker.group(0).lower() == "with":
        return False
    lead = re.sub(r"\b(?:and|&)\b|[,;(]", " ", line[: marker.start()]).split()   # "Jane Doe (illustrated by ..."
    return bool(lead) and all(looks_like_name_word(w) for w in lead) and is_given_name(lead[0])


def _first_role_marker(text: str) -> int | None:
    """Where the contributors start: the first role phrase after some title text."""
    markers = list(role_phrases(text))
    for i, m in enumerate(markers):
        if m.start() == 0 or m.group(0).lower() == "with" or _by_in_title(text, m, markers[i + 1:]):
            continue
        following = text[m.end():].lstrip()
        if not following[:1].isupper() and not CORPORATE_BODY.match(following) and not _STYLED.match(following):
            continue
        # In an ALL-CAPS title "STAND BY ME" the capital BY is title text; "THE QUIET HARBOR, BY
        # JANE DOE" — a header in capitals — names a person after it.
        if m.group(0).isupper() and len(m.group(0)) > 1 and text[:m.start()].strip().isupper() \
                and following.split(" ", 1)[0].isupper() and not _capitals_name(following) \
                and not _capitals_byline_after_comma(text[:m.start()], following):
            continue
        return m.start()
    return None


# "By the Rev. Angus Gunn", "by the Hon. Mrs. Jane Doe", "By the late John Roe" (British reviews to
# the 1950s): the article before a clergyman's or a peer's style, and "the late", are no part of the
# name; a lowercase word opens no other
_STYLED = re.compile(r"the (?:[Ll]ate )?(?=(?:Rt\.? |Right |Very |Most )?(?:Rev|Revd|Hon)\.? [A-Z])"
                     r"|the [Ll]ate (?=[A-Z][a-z]*\.? [A-Z])")


def _capitals_name(text: str) -> bool:
    """'JANE DOE. (Harbor, $20)', 'JOHN Q. ROE, HARBOR HOUSE': a person's name in capitals opens the text."""
    name = _CAPITALS_NAME.match(text)
    return name is not None and is_person(name.group(0).title())


def _capitals_byline_after_comma(before: str, following: str) -> bool:
    """'THE WITCHES, BY ROALD DAHL.': after a comma, a name's shape in capitals (two to four
    words, closed by a stop, comma or bracket) is the byline, though its given name is none
    the table knows; 'LOVE, BY THE SEA' and 'DEATH, BY ACCIDENT AND DESIGN' name nobody."""
    names = _CAPITALS_BYLINE.match(following) if before.rstrip().endswith(",") else None
    return names is not None and all(2 <= len(name.split()) <= 4 and not _FUNCTION_WORDS.intersection(name.split())
                                     for name in _CAPITALS_JOIN.split(names.group(0)))


_CAPITALS_BYLINE = re.compile(r"[A-Z][A-Z'\u2019\-. ]*?(?=[.,(;]? ?\(|[.;]|,? \$|,? [A-Z][a-z]|$)")
_CAPITALS_JOIN = re.compile(r",? AND |,? & |, ")


# Words that join or open a phrase, never a name: 'BY THE SEA', 'BY ACCIDENT AND DESIGN'.
_FUNCTION_WORDS = frozenset({"THE", "A", "AN", "AND", "OR", "OF", "IN", "ON", "AT", "TO", "FOR", "WITH", "FROM",
                             "MY", "OUR", "HIS", "HER", "ITS", "THEIR", "ALL", "NO", "NOT"})
_CAPITALS_NAME = re.compile(r"(?:[A-Z][A-Z'\u2019\-]+|[A-Z]\.)(?: (?:[A-Z][A-Z'\u2019\-]+|[A-Z]\.)){1,3}"
                            r"(?=[\s,.;:(]|$)")


_NAMES_AFTER = re.compile(r"[^,;(.]+(?:\.[^,;(.]+)*")


def _by_in_title(text: str, by: re.Match[str], later: list[re.Match[str]]) -> bool:
    """'Death by Chocolate, by Jane Doe', 'Stand by Me by Jane Doe': a lowercase 'by' before
    words that are no person's is the title's when a later 'by' names a person; so is a
    title-case 'By' inside a sentence ('Stand By Me: A Memoir. By Jane Doe')."""
    if by.group(0) not in ("by", "By") or by.group(0) == "By" and _opens_a_sentence(text, by.start()) \
            or is_person(_clean(text[by.end():later[0].start()] if later else text[by.end():])):
        return False
    for m in later:
        names = _NAMES_AFTER.match(text, m.end())
        if m.group(0).lower() == "by" and names and is_person(_clean(names.group(0))):
            return True
    return False


def _opens_a_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".:;,\n([\"'\u201d\u2019"


def split_comma_name(text: str) -> tuple[str, str] | None:
    """'Temporary Shelter: Short Stories, Mary Gordon' -> the person after the last comma, and
    those before it ('A Passion for Excellence, Tom Peters, Nancy Austin')."""
    title, _, name = text.rpartition(", ")
    if not title or not is_person(name):
        return None
    while ", " in title:
        before, _, other = title.rpartition(", ")
        if len(other.split()) < 2 or not is_person(other):
            break   # "Emma, Mary Gordon": one word is a title's as often as a name
        title, name = before, f"{other}, {name}"
    return title, name


def split_trailing_name(text: str) -> tuple[str, str] | None:
    """'Homesick Guy Vanderhaeghe' -> ('Homesick', 'Guy Vanderhaeghe').

    The author is the longest run of name words at the end that starts with a known
    given name; a strict pass wants the middle words to be given names or initials too.
    """
    words = text.split()
    if len(words) > 5 and words[-4:-3] in (["and"], ["&"]):   # "Title Jane Doe and John Roe": two people
        first = split_trailing_name(" ".join(words[:-4]))
        if first and is_person(" ".join(words[-3:])) and len(first[1].split()) == 2:
            return first[0], f"{first[1]} {words[-4]} {' '.join(words[-3:])}"
    for strict in (True, False):
        for k in range(max(1, len(words) - 5), len(words) - 1):
            name = words[k:]
            if not all(looks_like_name_word(w) for w in name) or not is_given_name(name[0]) or name[0] in ("A", "I") \
                    or "The" in name or "An" in name:
                continue   # "... of George I Jane Doe": "I" and "A" are words, not initials, before a name;
                # "Mary Beth Smithers The Quiet Harbor": an article is no name's
            if any(_ENDS_SENTENCE.search(w) for w in name[:-1]):
                continue   # "HARD CASE. Barbara D'Amato": a name runs across no full stop but an initial's
            if strict and not all(is_given_name(w) or w.islower() for w in name[1:-1]):
                continue
            title = " ".join(words[:k])
            if title.rstrip()[-1:] in ",;:" or words[k - 1].lower() in _BEFORE_TITLE_WORDS:
                continue   # "THE COLLECTED STORIES OF JANE DOE", "Diaries of a Junior Doctor": the title's words
            return title, " ".join(name)
    return None


def split_leading_name(text: str) -> tuple[str, str] | None:
    """'Jane Doe The Quiet Harbor' -> ('The Quiet Harbor', 'Jane Doe'): author and title printed
    as two lines whose break was lost. The name is a known given name, more given names or
    initials, then one family name (its particles with it: "Ursula K. Le Guin"); the title
    starts with a capital. Of the names that fit, the first whose family name is no given name
    is taken ("Mary Beth Smithers", not "Mary Beth")."""
    words = text.split()
    if len(words) < 3 or not is_given_name(words[0]) or words[0] in ("A", "I"):
        return None
    for k in range(2, min(6, len(words) - 2)):   # "Jane Doe and John Roe The Quiet Harbor": two people
        if words[k] in ("and", "&") and is_person(" ".join(words[:k])):
            second = split_leading_name(" ".join(words[k + 1:]))
            if second:
                return second[0], f"{' '.join(words[:k + 1])} {second[1]}"
    fits = []
    for k in range(2, min(6, len(words))):
        name, first_title_word = words[:k], words[k]
        if not all(looks_like_name_word(w) for w in name) or any(_ENDS_SENTENCE.search(w) for w in name):
            break
        if not all(is_given_name(w) or w.lower() in PARTICLES for w in name[1:-1]):
            break
        if name[-1].lower() in PARTICLES or name[-1].lower() in _BEFORE_TITLE_WORDS \
                or _INITIAL_WORD.match(name[-1]) or not first_title_word[:1].isupper():
            continue
        fits.append(k)
    if not fits:
        return None
    k = next((k for k in fits if not is_given_name(words[k - 1])), fits[0])
    return " ".join(words[k:]), " ".join(words[:k])


_INITIAL_WORD = re.compile(r"^(?:[A-Z]\.)+$")


# A word closed by a full stop that is no initial or abbreviation ("CASE.", not "D." or "Jr.").
_ENDS_SENTENCE = re.compile(r"^(?!(?:St|Jr|Sr|Dr|Mr|Mrs|Ms|Ste|Wm|Chas|Geo|Jas|Thos)\.$)[^.]{2,}\.$")


# A name after one of these is the title's: "Stories of Jane Doe", "Diaries of a Junior Doctor".
_BEFORE_TITLE_WORDS = frozenset({"of", "and", "to", "for", "with", "a", "an", "the", "in", "on", "at", "from"})


def split_trailing_corporate(text: str) -> tuple[str, str] | None:
    """'The Joy of Soup The Recipe Club of St. Paul's' -> a corporate author at the end.

    The body starts at the last capital 'The' before a corporate word (Club, Society...),
    and every word from there on is capitalized or a joining word.
    """
    words = text.split()
    corporate = [i for i, w in enumerate(words) if w.lower().strip(",.'’s") in CORPORATE_WORDS]
    if not corporate:
        return None
    start = next((i for i in range(corporate[0], 0, -1) if words[i] == "The"), None)
    if start is None:
        return None
    name = words[start:]
    if not all(w[:1].isupper() or w in {"of", "and", "the", "for", "&", "de"} for w in name):
        return None
    return " ".join(words[:start]), " ".join(name)


_YEAR_AFTER_TITLE = re.compile(r"\s\((?:1[5-9]\d\d|20\d\d)\)$")


def split_title(text: str) -> tuple[str, str | None]:
    """'TITLE: Subtitle', 'TITLE; Subtitle', "'TITLE' Subtitle", '"A Quotation": Subtitle', 'TITLE Subtitle'."""
    text = _clean(text).lstrip("\u2014\u2013 ")   # "—The Orchard ...": a paragraph's dash (1880s weeklies)
    if text.endswith(")"):
        text = _YEAR_AFTER_TITLE.sub("", text)   # "The Gilded Gun (2013), Carla Mendes": a blog's year of the book
    if " vol" in text and (text.endswith(")") or ", " in text):   # the set's size is no title
        text = _VOLUMES.sub("", text)
    if text[:1] in _OPEN_QUOTES:
        quoted = _quoted(text)
        if quoted:
            inner, rest = quoted
            after = rest.lstrip()
            if after.startswith(": ") and inner:
                # '"Some Appointed Work To Do": Women and Vocation' — the title is a quotation,
                # its marks printed as part of it, with the subtitle outside them
                return _clean(text[:len(text) - len(rest)]), _clean(after[2:]) or None
            title, subtitle = split_title(inner) if (":" in inner or ";" in inner) else (inner, None)
            rest = _clean(rest)
            return title, subtitle or rest or None
    for separator in (": ", "; "):
        if separator in text:
            title, subtitle = text.split(separator, 1)
            return _clean(title), _clean(subtitle) or None
    kind = _KIND_AFTER_COMMA.fullmatch(text) if ", " in text else None
    if kind is not None:   # "Le port tranquille, roman": French notes print the kind after a comma
        return _clean(kind.group(1)), kind.group(2)
    dashed = _dashed(text) if "\u2013" in text or "\u2014" in text or " -- " in text else None
    if dashed is not None:   # "Keats—Poetry and Prose", "Rechtsgeschichte – Eine Einführung"
        return dashed
    stop = next((b for b in sentence_breaks(text) if _title_before_stop(text[:b]) and _subtitle_after(text[b:])), None)
    # "The Founders of the Western World. A History of ...", "VOC 1602-2002. 400 Years of Company Law",
    # "THE QUIET HARBOR. Poems." — one word after the stop when it names the book's kind
    if stop is not None and (text[stop:].lstrip()[:1].isupper() or _COUNTED.match(text, stop)):
        return _clean(text[:stop]), _clean(text[stop:])
    exclaimed = re.match(r"^(.{3,}?[!?]) (?=[A-Z0-9])(.+)$", text)   # "I'll Buy That! 50 Small Wonders ..."
    if exclaimed:
        return exclaimed.group(1), _clean(exclaimed.group(2))
    return _split_caps_run(text)


def _subtitle_after(text: str) -> bool:
    """Two words or more after a title's stop, or the one word that names the book's kind."""
    return len(text.split()) >= 2 or _GENRE.fullmatch(text.strip(" .")) is not None


def _title_before_stop(text: str) -> bool:
    """Two words or more, or one whole word ("Tocqueville. L'homme qui ..."), never initials ("U.S.")."""
    words = text.split()
    return len(words) >= 2 or (len(words) == 1 and _ONE_WORD_TITLE.fullmatch(words[0].rstrip(".")) is not None)


# A dash between words, spaced or an em dash closed up (" -- " typed or Penn-Treebank
# tokenized), parts title and subtitle; a closed-up en dash is a range ("1914–1918"), a
# hyphen a compound. In the dev set every title so printed, with no colon, was cut there.
_DASH = re.compile(r" [\u2013\u2014] |\u2014| -- ")


def _dashed(text: str) -> tuple[str, str] | None:
    """Title and subtitle at the first dash with words on both sides, when a capital opens
    the subtitle; None when the words after it run on ("Crisis — and After")."""
    for m in _DASH.finditer(text):
        after = text[m.end():m.end() + 1]
        if after.isalpha() and any(c.isalpha() for c in text[:m.start()]):
            return (_clean(text[:m.start()]), _clean(text[m.end():])) if after.isupper() else None
    return None


_COUNTED = re.compile(r"\s*\d[\d,]* [A-Z]")   # "400 Years of ...", not "1950-1960"
# The kind in the book's own language: German "Roman", French "roman", "récit", Italian "romanzo".
_GENRE = re.compile(r"Poems|Stories|Essays|Novellas?|Verse|Plays|Letters|Diaries|Sonnets|Fables|Tales|Sketches"
                    r"|Reportage|Memoirs?|Recipes|Photographs|Drawings|Interviews|Lectures|Sermons"
                    r"|[Rr]oman|Erzählung(?:en)?|Gedichte|Novellen?|Geschichten|[Rr]écits?|[Nn]ouvelles"
                    r"|[Pp]oèmes|[Rr]omanzo|[Rr]acconti|[Pp]oesie|[Nn]ovela|[Cc]uentos|[Pp]oemas")
_KIND_AFTER_COMMA = re.compile(r"(.{3,}), (roman|récits?|essais?|nouvelles|poèmes|romanzo|racconti|novela"
                               r"|cuentos|poemas)")
_ONE_WORD_TITLE = re.compile(r"[^\W\d_][\w'\u2019\-]{2,}")
# "The Collected Harbor (2 volumes)", "The Collected Harbor, 2 vols.": the set's size
_VOLUMES = re.compile(r"\s*\((?:\d+|two|three|four|five|six) vol(?:ume)?s?\.?\)$"
                      r"|, (?:\d+|two|three|four|five|six) vol(?:ume)?s?\.?$", re.IGNORECASE)


def _quoted(text: str) -> tuple[str, str] | None:
    """Content of a leading quotation and what follows; an apostrophe inside stays."""
    for i in range(1, len(text)):
        if text[i] in _CLOSE_QUOTES and (i + 1 == len(text) or not text[i + 1].isalnum()):
            if text[i] == "'" and text[i - 1].isalnum() and i + 1 < len(text) and text[i + 1] == "s":
                continue
            return text[1:i].strip(), text[i + 1:]
    return None


def _split_caps_run(text: str) -> tuple[str, str | None]:
    """NYT 'STALIN'S SPY Richard Sorge and ...': capitals are the title, the rest subtitle."""
    words = text.split()
    k = 0
    while k < len(words) and _is_caps_word(words[k]):
        k += 1
    while k > 1 and words[k - 1] in {"A", "I"}:   # "... REPUBLIC A History of": "A" opens the subtitle
        k -= 1
    # the rest a subtitle in mixed case: "THE FOURTH K" ends in a letter of its title
    if 0 < k < len(words) and words[k][:1].isupper() and any(c.islower() for c in "".join(words[k:])):
        run = words[:k]
        if len(run) >= 2 or (not _abbreviation(run[0]) and len(run[0]) > 3):
            return " ".join(run), " ".join(words[k:])
    return text, None


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,}|(?:[A-Z]\.)+[A-Z]")


def _abbreviation(word: str) -> bool:
    """'FBI', 'U.S.', 'F.B.I.': a lone abbreviation opens a title in mixed case ("U.S. Foreign
    Policy Today"); it is no title printed in capitals."""
    bare = word.strip(",'")
    return bare in ACRONYMS or bare.rstrip(".") in ACRONYMS or _DOTTED_INITIALS.fullmatch(bare) is not None


def _is_caps_word(word: str) -> bool:
    """A word of a title printed in capitals: two capitals or more, "A", "I", or the "&" between
    them ("FIRE & ICE The Making of Modern Britain")."""
    if word == "&":
        return True
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and (len(letters) > 1 or word in {"A", "I"})


def _credited(name: str, roles: tuple[Role, ...]) -> list[tuple[Role, str]]:
    """A name with the roles its credit gives ("Aliki (Illustrations)"), or else `roles`."""
    credited = credit_of(name)
    return [(role, credited[0]) for role in credited[1]] if credited else [(role, name) for role in roles]


_GROUP_AFTER_NAMES = re.compile(r"\s*\([^()]*\)$")


# "Jane Doe (John Roe illus)", "Jane Doe (illus. John Roe)" — picture books' artist, credited in brackets
_ARTIST_IN_BRACKETS = re.compile(r"\s*\((?:(?P<after>[A-Z][^()]{1,60}?),? "
                                 r"(?i:illus\.?|illustrator|illustrations|pictures)"
                                 r"|(?i:illus\.|ill\.|illustrations:?|pictures:?) (?P<before>[A-Z][^()]{1,60}?))\)")


_FROM_LANGUAGE = re.compile(r",? from (?:the )?(?P<language>[A-Z][a-z]+)\.?$")


# "Author: Jane Doe" on the line under the title, "Publisher: ..." under it (the Star, Malaysia):
# a person's label where a role phrase would stand.
_PERSON_LABEL = re.compile(r"^(?P<label>Author|Editor|Translator|Illustrator)s?:\s+(?=[A-Z])")
_AS_ROLE_PHRASE = {"Author": "By ", "Editor": "Edited by ", "Translator": "Translated by ",
                   "Illustrator": "Illustrated by "}


_TRAILING_AND = re.compile(r",?\s+(?:and|&)$")
# "With 64 Plates", "with 12 photographs": the book's pictures counted after "with", read as a co-author's place
_PICTURES_COUNTED = re.compile(rf"(?i:{ILLUSTRATED_WORDS})\.?")


def parse_people(text: str) -> tuple[list[tuple[Role, str]], str | None]:
    """'By X and Y. Translated from the German by Z' -> [(author, X), (author, Y), (translator, Z)]."""
    people: list[tuple[Role, str]] = []
    language = None
    if ":" in text:
        text = _PERSON_LABEL.sub(lambda m: _AS_ROLE_PHRASE[m.group("label")], text)
    if "(" in text and ("ill" in text or "Ill" in text or "ictures" in text):   # "Jane Doe (John Roe illus)"
        text = _ARTIST_IN_BRACKETS.sub(lambda m: f", illustrated by {m.group('after') or m.group('before')}", text)
    markers = list(role_phrases(text))
    lead = text[: markers[0].start()] if markers else text
    if not markers and ")" in text:
        credited = inverted_credited_names(text)
        if credited:   # "Doe, Jane (author), Roe, John (illustrator)."
            return credited, None
    postfix = postfix_role(_clean(lead)) if lead.strip() else None
    inverted = one_inverted_name(lead) if not postfix and ", " in lead else None   # "Doe, Jane" — Kirkus
    leading = [inverted] if inverted else split_names(postfix[0] if postfix else _clean(lead))
    for name in leading:   # "Elisa Downing, illus. by ..." — PW
        people.extend(_credited(before_a_sentence(name), (postfix[1],) if postfix else (Role.AUTHOR,)))
    for i, m in enumerate(markers):
        end = markers[i + 1].start() if i + 1 < len(markers) else len(text)
        roles, lang = roles_of(m)
        language = language or lang
        names = _TRAILING_AND.sub("", _clean(text[m.end():end]))   # "written by Jane Doe and illustrated by ..."
        source = _FROM_LANGUAGE.search(names) if Role.TRANSLATOR in roles and " from " in names else None
        if source:   # "Translated by John Roe from the Norwegian": the language after the names
            names, language = names[:source.start()], language or source.group("language")
        postfix = postfix_role(names) if roles == (Role.AUTHOR,) else None
        if postfix:   # "by Jane Doe (Editor)"
            names, roles = postfix[0], (postfix[1],)
        elif names.endswith(")") and "(" not in names:   # "(Edited by Jane Doe)": the bracket the role opened
            names = _clean(names[:-1])
        elif names.endswith(")") and credit_of(names) is None:   # "by Jane Doe. (Explore Colonial America)": a series
            names = _clean(_GROUP_AFTER_NAMES.sub("", names))
        described = False   # "Jane Doe, poems about love, loss and harbor life": the description runs on
        for name in split_names(_STYLED.sub("", names) if "the " in names else names):
            described = is_description(name) or described and name[:1].islower()
            if _PICTURES_COUNTED.fullmatch(name):   # "By Jane Doe. With 64 Plates.": the pictures, no one
                continue
            if not described:
                people.extend(_credited(before_a_sentence(name), roles))
    return people, language
