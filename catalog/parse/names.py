"""Names as printed -> contributors split into given/family/particle/suffix.

nameparser does the splitting; this module prepares what trailers print ("Charles
C.Bolton", "By ROBERT WHYMANT"), keeps corporate bodies whole, and reads plain names
("Robert Whymant") by position itself, exactly as nameparser would, at a fraction of the cost.
"""
from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache
from importlib.resources import files

from catalog.model import Contributor, Role
from catalog.parse.casing import is_all_caps
from catalog.parse.tables import (
    CAPITAL,
    CORPORATE_WORDS,
    DATE_CLAUSE,
    ROLE_AT_START,
    find_role,
    is_place,
    roles_of,
    unaccented,
)

_SUFFIX = r"(?:Jr\.?|Sr\.?|II|III|IV|M\.D\.?|Ph\.D\.?|Esq\.?)"
# "X, Y and Z", "X & Y", "X and Y", "JANE DOE AND JOHN ROE" — but ", Jr." stays with its name.
# "Jane Doe, John Roe and Ann Lee": the plain list the cuts test name by name with is_person
# (split_names, below, also reads "und", "et", suffixes and names in capitals).
NAME_LIST = re.compile(r",? and |, |,? & ")
# The Polish "i" and the Spanish "y" join two whole names ("Ewa Lis i Anna Nowak"), never a
# double family name ("José Ortega y Gasset", the Catalan "Josep Pla i Casadevall").
_NAME_SEPARATOR = re.compile(rf",?\s+(?:and|&|und|et|e|og|och|en)\s+|\s+(?:i|y)\s+(?=[A-Z]\S* [A-Z])"
                             rf"|(?<=[A-Z]{{2}}),? AND (?=[A-Z][A-Z.])|,\s+(?!{_SUFFIX}(?:[\s,]|$))|;\s+")
# "Leigh Hunt and Others", "Jane Doe et al.", "Doe u. a.": the people left unnamed are no name.
_AND_OTHERS = re.compile(r"(?:,? (?:and|&) others|,? et al(?:\.|ii)?|,? u\. ?a\.)$", re.IGNORECASE)
_GLUED_INITIAL = re.compile(r"\b([A-Z]\.)(?=[A-Z][a-z])")   # "Charles C.Bolton" — VQR
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z]$")
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’\-.]*$")   # after a capital, any letter's: "Étienne", "Łukasz"
# An Arabic family name's article or kin word joined to it by a hyphen: "al-Khatib", "el-Sayed",
# "ash-Shami", "bin-Laden", "abu-Lughod".
_JOINED_PARTICLE = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu)-[A-Z\u00c0-\u00de][\w'\u2019\-]*$")
# The lowercase words a family name may open with ("van Gogh", "de la Mare").
PARTICLES = frozenset({"de", "del", "della", "der", "van", "von", "la", "le", "du", "da", "di",
                       "bin", "ibn", "al", "el", "den", "ten", "ter", "dos", "das", "van der", "van den", "de la"})


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names from public-domain and MIT lists (tools/build_given_names.py says which)."""
    text = files("catalog.parse").joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def is_given_name(word: str) -> bool:
    """True for a word that is a known first name in any country, or an initial, its accents aside
    where the lists hold it without them ("Ciarán", "Pádraig", "Siobhán")."""
    return is_listed_given_name(word) or not word.isascii() and is_listed_given_name(unaccented(word)) \
        or word.strip(".,") in _GIVEN_NAMES_BEYOND_THE_LISTS


# Given names of South African, Zimbabwean and Nigerian writers that the census, Faker and nomquamgender
# lists lack ("Andries Smit", "Zakes Mda", "Tsitsi Dangarembga"); the learned reader's features read
# the lists alone, as its model was trained on them.
_GIVEN_NAMES_BEYOND_THE_LISTS = frozenset(
    "Andries Antjie Breyten Hanlie Kobus Rykie Sanet Sarel Theuns Wynand Kagiso Keorapetse Khanyi Lebo Lwazi "
    "Mbulelo Mongane Nokuthula Sindiwe Siphiwe Tumelo Vusi Zakes Zandile Zukiswa Chenjerai Dambudzo Novuyo "
    "Tsitsi Akwaeke Buchi Chibundu Dapo Helon Niyi Nkiru Nnedi Onuora Oyinkan Sefi Teju Uwem Wole".split())


def is_listed_given_name(word: str) -> bool:
    """True for a word the given names' lists hold as printed, or an initial: what the learned
    reader's features read (its model was trained on them)."""
    printed, word = word, word.strip(".,")
    if _INITIAL.match(word + "."):
        return True
    if not word or not word[0].isupper():
        return False
    # "Jean-Pierre", "Mary-Kate", "J.-P.": given names, or initials with their stops, joined by a
    # hyphen are one ("A-Z" is no name)
    return word.lower() in _given_names() or "-" in word and all(
        part[:1].isupper() and (part.lower() in _given_names() or _STOPPED_INITIAL.fullmatch(part) is not None)
        for part in printed.strip(",").split("-"))


_STOPPED_INITIAL = re.compile(r"[A-Z]\.")


def looks_like_name_word(word: str) -> bool:
    """Capitalized (in any Latin letter: "Étienne"), an initial or a particle; never a
    possessive ("Mary's Church")."""
    if word.endswith(("'s", "\u2019s")):
        return False
    if word[:1].isupper():
        return _NAME_WORD.match(word) is not None
    return word in PARTICLES or _JOINED_PARTICLE.match(word) is not None


def name_shaped(text: str) -> bool:
    """'Tunde Adeyemi-Cole': two to four words a name could be, its given name known or not."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(looks_like_name_word(w) for w in words)


def _capitals(pattern: str) -> str:
    """A name's pattern whose capital may be accented: "Lagarde, Étienne:", "Łukasz"."""
    return pattern.replace("[A-Z]", f"[{CAPITAL}]")


# "Blumenthal, Eileen." "Grace, C.L." "Smith, Charles Merrill and Bennett, James W." — a
# name printed family first, leading the trailer (Booklist, Library Journal).
# Its particles may open it or stand inside it: "van der Berg, Hans.", "Van der Berg, Hans.", "de Vries, Jan."
# (in capitals too, with the family name: "RUIZ DE AZÚA, Marta", "VAN DER BERG, Anna")
_FAMILY_PARTICLE = (r"(?:[Dd]e|[Dd]el|[Dd]ella|[Dd]er|[Dd]en|[Dd]es|[Vv]an|[Vv]on|[Dd]u|[Dd]a|[Dd]i|ten|ter|dos|das"
                    r"|DE|DEL|DELLA|DER|DEN|DES|VAN|VON|DU|DA|DI) ")
_FAMILY = _capitals(rf"(?:{_FAMILY_PARTICLE}){{0,2}}[A-Z][\w'\u2019\-]+"
                    rf"(?: (?:{_FAMILY_PARTICLE}){{0,2}}[A-Z][\w'\u2019\-]+)?")
# a given name's second letter is a small one, accented too ("Jörg", "Jürgen"): "JANE" is no given name
_GIVEN = _capitals(r"(?:[A-Z][a-z\u00df-\u00ff'\u2019\-][\w'\u2019\-]*|[A-Z]\.(?: ?[A-Z]\.)*)"
                   r"(?: (?!(?:Jr|Sr)\b)(?:[A-Z][a-z\u00df-\u00ff'\u2019\-][\w'\u2019\-]*|[A-Z]\.(?: ?[A-Z]\.)*)){0,2}")
# "Althaus, Dieter von:" (German journals), "Berg, Hans van den." — the particle after the given name goes
# before the family name in reading order
_GIVEN_PARTICLE = r"(?P<particle#> (?:von|van|zu)(?: der| den| dem)?(?=[:.]))?"
# "Roe, John, Jr.": the suffix goes with the name, never into the title
_NAME_SUFFIX = r",? (?:Jr|Sr)\.|, (?:II|III|IV)\b"
_INVERTED = rf"(?P<family#>{_FAMILY}), (?P<given#>{_GIVEN}){_GIVEN_PARTICLE}" \
    rf"(?:(?P<suffix#>{_NAME_SUFFIX})|(?!{_NAME_SUFFIX}))"
_INVERTED_1, _INVERTED_2 = _INVERTED.replace("#", "1"), _INVERTED.replace("#", "2")
# "Coughlin, Jack & Donald A. Davis." (LJ): the second name in reading order.
_DIRECT = _capitals(r"(?P<direct>(?:[A-Z][\w'\u2019\-]+|[A-Z]\.)(?: (?:[A-Z][\w'\u2019\-]+|[A-Z]\.)){1,3})")
# "Doe, Jane (ed.).", "Doe, Jane; Roe, John (Hg.):", "Doe, Jane / Roe, John (Hrsg.):" — an
# editors' mark after the names
# "[Hrsg.]", "[Hgg.]" — ThLZ
EDITORS_MARK = re.compile(r" [(\[](?:[Ee]ds?\.?|Hrsg\.|Hgg?\.|dir\.|coord\.|a cura di)[)\]]")
# "Doe, Jane, and John Roe, eds. The Quiet Harbor." — Chicago's bibliography: the mark after a comma
EDITORS_CLOSING = r"(?P<eds>,? eds?(?=\.\s))"   # "CARLYON, Imogen ed. A harbour ..." (British Book News)
# "Doe, J. (2019). The quiet harbor." — APA: the year in brackets after the names; author-date
# styles print it after a stop.
_APA_YEAR = (r"(?:\.? \((?:1[5-9]\d\d|20\d\d)[a-z]?\)(?=[.,])"   # "Doe, J. (2019).", "Doe, Jane (2019),"
             r"|\. (?:1[5-9]\d\d|20\d\d)[a-z]?\.)?")   # "Doe, Jane. 2019."
_LEADING_NAMES = (rf"^{_INVERTED_1}(?:(?:,? and |; |,? & | ?/ ?|,? u\. |,? und |,? y |,? e )"
                  rf"(?:{_INVERTED_2}|{_DIRECT}(?=\.\s|:\s| [(\[]|, eds\.\s)))?"
                  rf"(?:\.?{EDITORS_MARK.pattern}|{EDITORS_CLOSING})?{_APA_YEAR}")
LEADING_INVERTED = re.compile(
    rf"{_LEADING_NAMES}(?:(?:(?<=\.)| ?[.,])\s+(?=[A-Z0-9\u00c0-\u00de\"'\u201c\u2018])"
    # "Doe, Jane THE QUIET HARBOR" — Kirkus: no stop before a capitals title
    r"|\s+(?=[A-Z0-9]{2,}(?:[\s:,]|$)|[AI] [A-Z0-9]{2,})"
    # "Doe, Jane" / "The Quiet Harbor": the names on a line of their own
    r"|[ \t]*\n\s*(?=[A-Z0-9\u00c0-\u00de\"'\u201c\u2018]))")
# "Doe, Jane: Der stille Hafen" — German reviews close the names with a colon
_LEADING_INVERTED_COLON = re.compile(rf"{_LEADING_NAMES}:\s+(?=[A-Z0-9\u00c0-\u00de\"'\u201c\u2018])")

# "AUSLANDER, LEORA. Taste and Power", "SCHLITZ, LAURA AMY." — a name in capitals, family
# first, closed by a stop (journals printing their review heads as a bibliography does).
_LEADING_CAPITALS = re.compile(r"^(?P<family>[A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019\-]+)?), "
                               r"(?P<given>[A-Z][A-Z'\u2019\-]+(?: [A-Z][A-Z'\u2019\-]+)?(?: [A-Z]\.)*)"
                               r"\.?(?<=\.)\s+(?=[A-Z0-9\"'\u201c\u2018])")


# "BRIGHT, Paul, Brian Sibley, Jeanne Willis, & Kate Saunders. The Best Bear ...", "CARLE, Eric
# & others." (SLJ), "ASCH, RONALD G. and ADOLF M. BIRKE, eds." (a journal's list): the first
# name family first, its family name in capitals, then the others in reading order.
_DIRECT_NAME = _capitals(r"(?:[A-Z][\w'\u2019\-]+|[A-Z]\.)(?: (?:[A-Z][\w'\u2019\-]+|[A-Z]\.)){1,3}")
_CAPITALS_FIRST_LIST = re.compile(
    r"^(?P<family>[A-Z][A-Z'\u2019\-]+), (?P<given>[A-Z][A-Za-z'\u2019\-]+(?: [A-Z]\.)*)"
    rf"(?P<others>(?:(?:,? (?:and|&) |, )(?:{_DIRECT_NAME}|others))+)(?:, eds?)?\.\s+(?=[A-Z0-9\"'\u201c\u2018])")
_LIST_SEPARATOR = re.compile(r",? (?:and|&) |, ")


def _capitals_first_list(head: str) -> tuple[list[str], int] | None:
    """The names of a list led by 'FAMILY, Given', in reading order, and where the title starts."""
    m = _CAPITALS_FIRST_LIST.match(head)
    if m is None or len(m.group("family")) < 2 or not is_given_name(m.group("given").split()[0].title()):
        return None
    others = [n for n in _LIST_SEPARATOR.split(m.group("others")) if n and n != "others"]
    others = [n.title() if n.isupper() else n for n in others]
    if not all(is_person(n) for n in others):
        return None
    given = m.group("given")
    return [f"{given.title() if given.isupper() else given} {m.group('family').title()}", *others], m.end()


# "Axe, David (text) & Tim Hamilton (illus.).", "Mizuki, Shigeru (text & illus.)." — graphic
# novels credit writer and artist after their names (Library Journal).
# Picture books credit the artist the same way: "Joan M. Lexau, Aliki (Illustrations)".
_CREDIT = re.compile(r" \((?P<credit>(?i:text|script|story|words|illus\.?|ill\.|illustrations?|illustrator|art|artist"
                     r"|pictures|author|editor|translator)|text (?:&|and) (?:illus\.?|art))\)")
_CREDIT_AT_END = re.compile(_CREDIT.pattern + "$")
_SENTENCE_STOP = re.compile(r"[a-z\d]{2}[.:] ")
_CREDIT_ROLES = {"text": (Role.AUTHOR,), "script": (Role.AUTHOR,), "story": (Role.AUTHOR,), "words": (Role.AUTHOR,),
                 "author": (Role.AUTHOR,), "editor": (Role.EDITOR,), "translator": (Role.TRANSLATOR,)}
# "Doe, Jane (author), Roe, John (illustrator)." (Booklist): each name family first, then its credit.
_INVERTED_CREDITED = re.compile(_capitals(
    r"\s*(?:(?:,|;|&|and)\s+)?(?P<family>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+)?), "
    r"(?P<given>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,2})") + _CREDIT.pattern)


def inverted_credited_names(text: str) -> list[tuple[Role, str]] | None:
    """The people of 'Doe, Jane (author), Roe, John (illustrator).', each with its credit;
    None unless the whole text is such a list."""
    people: list[tuple[Role, str]] = []
    at, text = 0, text.rstrip(" .")
    while at < len(text):
        m = _INVERTED_CREDITED.match(text, at)
        if m is None or not is_given_name(m.group("given").split()[0]) \
                or " " in m.group("family") and is_person(m.group("family")) and is_person(m.group("given")):
            return None   # "Jane Doe, John Roe (Illustrator)": two whole names (Foreword), none family first
        people += [(role, f"{m.group('given')} {m.group('family')}") for role in _credited_roles(m.group("credit"))]
        at = m.end()
    return people or None


def _credited_roles(credit: str) -> tuple[Role, ...]:
    credit = credit.lower().rstrip(".")
    if " " in credit:   # "text & illus."
        return (Role.AUTHOR, Role.ILLUSTRATOR)
    return _CREDIT_ROLES.get(credit, (Role.ILLUSTRATOR,))


def credit_end(text: str, end: int) -> int | None:
    """Where the last credit before `end` closes ('... Ann Lee (Illustrations)| 32 pp.'), when
    only punctuation or capitalized words (a publisher) stand between it and `end`."""
    marks = list(_CREDIT.finditer(text, 0, end))
    if not marks:
        return None
    between = text[marks[-1].end():end].strip(" ,;:.")
    if between and DATE_CLAUSE.match(between):   # "Doe, Jane (author). Mar. 2019. 320p." — Booklist
        return marks[-1].end()
    if between and (not between[:1].isupper() or find_role(between) or _SENTENCE_STOP.search(between)):
        return None   # "(illus.). The Quiet Harbor. Harbor Books." — the title follows the credits
    return marks[-1].end()


def credit_at(text: str, bracket: int) -> bool:
    """Whether the bracket opening at `bracket` is a credit after a name: '... Aliki (Illustrations)'."""
    return bracket > 0 and _CREDIT.match(text, bracket - 1) is not None


def credit_of(name: str) -> tuple[str, tuple[Role, ...]] | None:
    """'Aliki (Illustrations)' -> ('Aliki', (ILLUSTRATOR,)); None with no credit after the name."""
    m = _CREDIT_AT_END.search(name) if name.endswith(")") else None
    if m is None:
        return None
    return name[:m.start()].strip(), _credited_roles(m.group("credit"))


# A head that credits its people opens with the first of them family first, and its title
# starts after the last credit.
_FIRST_INVERTED = re.compile(_capitals(
    r"^(?P<family>[A-Z][\w'\u2019\-]+), (?P<given>[A-Z][\w'\u2019\-]+(?: [A-Z]\.)*)(?= |$)"))
_CREDITS_END = re.compile(r"\.?\s+(?=[A-Z0-9\"'\u201c\u2018])")


def one_inverted_name(text: str) -> str | None:
    """'Doe, Jane' alone (Kirkus prints the author so under the title) -> 'Jane Doe': one name
    family first, its given name known, not two people."""
    text = text.strip(" ,")
    m = _FIRST_INVERTED.fullmatch(text if re.search(r"\s[A-Z]\.$", text) else text.rstrip("."))   # "Doe, Jane Q."
    if m is None or not is_given_name(m.group("given").split()[0]):
        return None
    return f"{m.group('given')} {m.group('family')}"


def credited_names(head: str) -> tuple[list[tuple[Role, str]], int] | None:
    """The people of a head that credits each after the names ('Axe, David (text) & Tim
    Hamilton (illus.). Army of God'), with their roles, and where the title starts."""
    marks = list(_CREDIT.finditer(head, 0, 300)) if " (" in head else []
    first = _FIRST_INVERTED.match(head) if marks else None
    if first is None:
        return None
    people: list[tuple[Role, str]] = []
    start = first.end()
    for k, mark in enumerate(marks):
        if k and head[start:mark.start()].strip(" ,")[:1] not in {"&", "a"}:
            break   # the next credit must be joined to the last by "&" or "and"
        text = head[start:mark.start()].strip(" ,&")
        text = text[4:] if text.startswith("and ") else text
        names = [n for n in _LIST_SEPARATOR.split(text) if n]
        if k == 0:
            names.insert(0, f"{first.group('given')} {first.group('family')}")
        if not names or not all(name_shaped(n) for n in names):
            return None
        people += [(role, n) for n in names for role in _credited_roles(mark.group("credit"))]
        start = mark.end()
    end = _CREDITS_END.match(head, start)
    return (people, end.end()) if end and people else None


# "Harbor Press, 2005" after the colon: an imprint's house and year, never a title
_HOUSE_AND_YEAR = re.compile(r"[A-Z][^.:;,\n]{1,60}, (?:1[5-9]\d\d|20\d\d)\b")


def _colon_closed(head: str) -> re.Match[str] | None:
    """'Doe, Jane: Title', but not 'Paris, France: A History' (a town) nor 'Kaplan, Fred Sacred
    Tears: ...' (a title run into the name): a colon closes given names alone. Nor 'Julia
    Horne, Carlton: Harbor Press, 2005': a whole name, then the town of an imprint ('Moreno
    Saldaña, Inmaculada: La casa y el linaje' — two family names, the first a given name too —
    is a title after the colon)."""
    m = _LEADING_INVERTED_COLON.match(head)
    family = m.group("family1") if m else ""
    first = family.split()[0] if " " in family else ""
    if m is None or is_place(family) or first.lower() not in PARTICLES and is_given_name(first) and is_person(family) \
            and _HOUSE_AND_YEAR.match(head, m.end()) is not None:
        return None
    given = [w for n in ("1", "2") if m.group(f"given{n}") for w in m.group(f"given{n}").split()]
    return m if all(is_given_name(w) for w in given) else None


# "DOE (Jane), La Baie tranquille, Paris, ...", "DOE (Jane) et ROE (John) (dir.). — Titre" —
# French journals: the family name (in capitals), the given name in brackets after it.
_BRACKETED_ONE = _capitals(r"(?P<family#>[A-Z][\w'\u2019\-]+(?: [A-Z][\w'\u2019\-]+)?) "
                           r"\((?P<given#>[A-Z][\w'\u2019\-]*\.?(?:[ -][A-Z][\w'\u2019\-]*\.?){0,2})\)")
_BRACKETED_GIVEN = re.compile(
    rf"^{_BRACKETED_ONE.replace('#', '1')}(?:(?:,? (?:et|and|&|und|e|y) |, ){_BRACKETED_ONE.replace('#', '2')})?"
    rf"(?:{EDITORS_MARK.pattern})?(?:[.,:]|(?P<bare>(?<=\.\))))\s+(?:[\u2014\u2013-]\s+)?(?=[A-Z0-9\u00c0-\u00de\u00ab\"'\u201c\u2018])")
# "PELLEGRINI (M.) The Boeotian League ..." (the Journal of Hellenic Studies): initials in the
# bracket, its stop the only one before the title
_INITIALS = re.compile(r"(?:[A-Z]\. ?)+")


def _bracketed_given_names(head: str) -> tuple[list[str], int] | None:
    """The names of 'DOE (Jane)' printed first, when each family is in capitals or each given
    name is one the table knows ('Harbor (Revised), ...' is none), and no town is in brackets
    ('HARBOR (London), A History')."""
    m = _BRACKETED_GIVEN.match(head)
    if m is None:
        return None
    names = []
    for n in ("1", "2"):
        family, given = m.group(f"family{n}"), m.group(f"given{n}")
        if family is None:
            continue
        known = is_given_name(given.split()[0].split("-")[0])
        if is_place(given) or not (known or family.isupper() and len(family) > 1):
            return None
        if m.group("bare") is not None and not (family.isupper() and _INITIALS.fullmatch(given.strip())):
            return None
        names.append(f"{given} {family.title() if family.isupper() else family}")
    return names, m.end()


# One word closed by a semicolon or a comma after an initial: the family name the initial
# wanted, when a role phrase follows and the "family name" before the comma is two words
# ("Selected Letters, Harry S. Truman; edited by John Roe"). "Doe, Jane Q. Harbor; edited
# by" stays a name, then a title.
_ONE_WORD_CLAUSE = re.compile(r"[A-Z][\w'\u2019\-]+[;,] ")


def leading_inverted_names(head: str) -> tuple[list[str], int] | None:
    """Names printed family first at the start, in reading order, and where the title starts."""
    if "(" in head[:40] and (bracketed := _bracketed_given_names(head)) is not None:
        return bracketed
    listed = _capitals_first_list(head) if head[1:2].isupper() else None
    if listed is not None:
        return listed
    m = LEADING_INVERTED.match(head) or _colon_closed(head)
    if m is None:
        caps = _LEADING_CAPITALS.match(head) if head[1:2].isupper() else None
        if caps is None or not is_given_name(caps.group("given").split()[0].title()):
            return None
        return [f"{caps.group('given').title()} {caps.group('family').title()}"], caps.end()
    if " " in m.group("family1") and m.group("given1").endswith(".") and m.group("given2") is None \
            and (word := _ONE_WORD_CLAUSE.match(head, m.end())):
        role = ROLE_AT_START.match(head[word.end():word.end() + 60])
        if role and roles_of(role)[0] != (Role.AUTHOR,):
            return None   # a title, then a whole name: "Selected Letters, Harry S. Truman; edited by ..."
    if m.group("given1") and " " in m.group("family1") and " " in m.group("given1") \
            and is_person(m.group("family1")) and is_person(m.group("given1")):
        return None   # "Jane Doe, John Roe, and Mary Poe, eds.": whole names listed, none family first
    names = []
    for n in ("1", "2"):
        given = m.group(f"given{n}")
        if given is None:
            continue
        words = given.split()
        family = m.group(f"family{n}")
        # "SNICKET, Lemony." — SLJ: a family name in capitals before a stop is a name, whatever the given name
        # ("JANE DOE, The Quiet Harbor.", a whole name then the title, is told below)
        capitals = family.isupper() and len(family) > 1 and m.group(0).rstrip().endswith(".")
        names_printed = m.group(0)[:m.start("eds")] if m.group("eds") else m.group(0)   # "Doe, Jane, ed.": a mark
        if not (capitals or any(is_given_name(w) for w in words)) or find_role(names_printed):
            return None
        if len(words) > 1 and not is_given_name(words[-1]) and m.group(0).rstrip().endswith(","):
            return None   # "Harbor, Anna Whitfield, Knopf": a title, then a whole name — a list entry
        if len(words) > 1 and not is_given_name(words[-1]) and family.isupper() \
                and len(family.split()) > 1 and not any(w.lower() in PARTICLES for w in family.split()):
            return None   # "TIDEWATER PSALMS, Loretta Quince.": a title in capitals, then a whole name
        if " " in family and not is_given_name(words[0]) and is_person(family):
            return None   # "Ross Doe, Sounding Line, Puncher & Wattmann, 2023": a whole name, then a title
        suffix = f", {m.group(f'suffix{n}').strip(' ,')}" if m.group(f"suffix{n}") else ""
        given += m.group(f"particle{n}") or ""
        names.append(f"{given} {family.title() if family.isupper() else family}{suffix}")   # "DOE, Jane" — SLJ
    direct = m.group("direct")
    if direct is not None:
        if not is_person(direct):
            return None
        names.append(direct)
    return names, m.end()


# "... A Novel Doe, Jane" — a name printed family first after the title, with no stop.
TRAILING_INVERTED = re.compile(rf"^(?P<title>.+)[ ,]+(?P<family>[{CAPITAL}][\w'\u2019\-]+), (?P<given>{_GIVEN})$")


def trailing_inverted_name(text: str) -> tuple[str, str] | None:
    """'The Quiet Harbor: A Novel Doe, Jane' -> ('The Quiet Harbor: A Novel', 'Jane Doe')."""
    m = TRAILING_INVERTED.match(text)
    if m is None or not is_given_name(m.group("given").split()[0]) or find_role(m.group(0)):
        return None
    return m.group("title"), f"{m.group('given')} {m.group('family')}"


@lru_cache(maxsize=4096)
def is_person(text: str) -> bool:
    """'Paul Auster', 'Mary Ellen Chase and John Roe': given name first, two to five name words.
    Memoized: the locator and both readers ask of the same names, half the calls repeats."""
    names = split_names(text)
    return bool(names) and all(_one_person(n) for n in names)


def before_a_sentence(name: str) -> str:
    """'Jane Doe. Primary' -> 'Jane Doe': a whole name, then a sentence that is no name (a
    reading level, a series), ends at the stop; 'Mrs. Jane Doe' and 'Chas. Beard' stay whole."""
    m = _SENTENCE_STOP.search(name)
    if m is None:
        return name
    before, after = name[:m.start() + 2], name[m.end():]
    return before if is_person(before) and (not is_person(after) or _SERIES_WORDS & set(after.split())) else name


# A series' own words: "Priya Venkataraman. Early American Studies" (the William and Mary
# Quarterly) ends the name at its stop, though the series' words are capitalized as a name's
_SERIES_WORDS = frozenset({"Studies", "Series", "Library", "Texts", "Classics", "Monographs", "Editions", "Essays"})


_SPACES = re.compile(r"\s+")
_SUFFIX_WORD = re.compile(_SUFFIX)
_SUFFIX_OR_INITIALS = re.compile(rf"{_SUFFIX}|(?:[A-Z]\.)+")


# Words a title capitalizes and a person's name never holds: "A Harbor In Winter".
_TITLE_WORDS = frozenset({"In", "Of", "The", "And", "For", "To", "On", "At", "With", "From", "An", "Is", "Or",
                          "My", "Our", "Your", "His", "Her", "Their", "Its"})


def _one_person(name: str) -> bool:
    words = _GLUED_INITIAL.sub(r"\1 ", name).replace(", ", " ").split()
    return 2 <= len(words) <= 5 and all(looks_like_name_word(w) or _SUFFIX_WORD.fullmatch(w) for w in words) \
        and is_given_name(words[0]) and not is_corporate(name) and _TITLE_WORDS.isdisjoint(words[1:])


def split_names(text: str) -> list[str]:
    """'Martha C. Nussbaum and Saul Levmore' -> two names; suffixes stay attached."""
    text = _AND_OTHERS.sub("", _SPACES.sub(" ", text).strip(" ,;:"))
    if "'" in text or "\u2019" in text:
        text = _CLASS_YEAR.sub("", text)
    if "/" in text and (slashed := _slashed_inverted(text) or _slashed_people(text)):
        return slashed
    names = [_trim(n) for n in _NAME_SEPARATOR.split(text)]
    joined: list[str] = []
    for name in names:
        if joined and _SUFFIX_WORD.fullmatch(name):
            joined[-1] = f"{joined[-1]}, {name}"
        elif joined and _DEGREE.fullmatch(name):
            continue   # "Jane Doe, M.A., Ph.D.": the author's degrees, no one's name
        elif name:
            joined.append(name)
    return joined


# "Jane Doe ’88", "John Roe, M.B.A. ’95": the year an alumni magazine's author graduated (Harvard Magazine).
_CLASS_YEAR = re.compile(r"\s?['\u2019]\d\d\b")
# Degrees, orders and honours printed after a name in older British notes, and the degrees
# alumni magazines print ("M.B.A.", "Ed.D.", "M.Div.").
ONE_DEGREE = (r"(?:B\.\s?A|M\.\s?A|Ph\.\s?D|D\.\s?Phil|D\.\s?Litt|Litt\.\s?D|LL\.\s?[BDM]|D\.\s?D|M\.\s?D"
               r"|M\.\s?[BF]\.\s?A|M\.\s?P\.\s?[PH]|Ed\.\s?[MD]|M\.\s?Div|Th\.\s?D|M\.\s?Arch|M\.\s?Ed"
               r"|F\.\s?R\.\s?S|F\.\s?B\.\s?A|O\.\s?S\.\s?B|S\.\s?J|O\.\s?P|O\.\s?F\.\s?M|[CKOM]\.\s?B\.\s?E"
               r"|[QK]\.\s?C|M\.\s?P|B\.\s?D|P\.\s?P)\.?")
_DEGREE = re.compile(rf"{ONE_DEGREE}(?:,\s?{ONE_DEGREE})*")


def _slashed_people(text: str) -> list[str] | None:
    """'Jane Doe / John Roe' (German reviews): people between slashes, each a whole person."""
    parts = [n.strip() for n in text.split("/")]
    return [name for part in parts for name in split_names(part)] if all(is_person(p) for p in parts) else None


# "Megan Doe, totally cool personal essays, from Curbside Splendor", "Mavis Doe, professor of
# history": words in lowercase after a name describe the book or the person; they name nobody.
_DESCRIBING_WORDS = frozenset({"of", "about", "from", "the", "for", "in", "with", "on", "to", "at", "and", "a", "an"})
# "by the editors of Consumer Reports", "by the correspondents of The New York Times": a body
# of people, named by what they are.
CORPORATE_BODY = re.compile(r"the [a-z]+(?: [a-z]+)? (?:of|at) [A-Z]")
# "illus. by the author" (Horn Book, SLJ): the authors again (see normalize).
THE_AUTHOR = frozenset({"the author", "the authors", "author", "the author's"})


def is_description(name: str) -> bool:
    """'poems', 'professor of history', 'from Curbside Splendor', 'cool personal essays': no
    name, though a list of names holds it; 'bell hooks' and 'de Gaulle' are names."""
    words = name.split()
    return bool(words) and words[0][:1].islower() and (
        len(words) == 1 or any(w in _DESCRIBING_WORDS for w in words) or len(words) > 2 and name.islower()) \
        and not CORPORATE_BODY.match(name) and name.lower() not in THE_AUTHOR


def _trim(name: str) -> str:
    """Drop the sentence's closing period, not the one of 'Jr.' or an initial."""
    name = name.strip(" ,;:")
    last = name.rsplit(" ", 1)[-1]
    if name.endswith(".") and not _SUFFIX_OR_INITIALS.fullmatch(last):
        name = name.rstrip(".")
    return name


def is_corporate(name: str) -> bool:
    words = name.lower().split()
    return name.startswith("The ") or any(w.strip(",.") in CORPORATE_WORDS for w in words)


# Two to four words, each capitalized (Latin letters, accents, McX, O'X, hyphens) or
# (before the last) an initial, none of them a word nameparser's vocabularies know:
# nameparser reads such a name by position alone, given names and then the family name.
# Most names in trailers are of this kind, and reading them here spares nameparser's 90 µs
# a name. tests/parse/test_plain_names.py holds the two equal.
_CAPITALIZED = "(?:Mc|Mac|[A-Z]['\u2019])?[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]+"
_PLAIN_FAMILY = re.compile(rf"{_CAPITALIZED}(?:-{_CAPITALIZED})*")
_PLAIN_GIVEN = re.compile(rf"{_CAPITALIZED}(?:-{_CAPITALIZED})*|[A-Z]\.")
_WORD_PARTS = re.compile(r"[-'\u2019]")


# "Pöppelmann, Heike/Solinge, Gerard van": German lists print each name family first, one
# slash between names.
_SLASHED_NAME = re.compile(rf"(?P<family>{_CAPITALIZED}(?:[- ]{_CAPITALIZED})?), (?P<given>{_CAPITALIZED}"
                           r"(?:[- ][A-Z][\w'\u2019\-]*| [A-Z]\.)*(?: (?:van|von|de|di|du|der|van der|von der))?)")


def _slashed_inverted(text: str) -> list[str] | None:
    """Each 'Family, Given' in reading order, when every piece has that shape and one given
    name at least is known (a title "Harbor/Ocean, Sea" is none)."""
    parts = [_SLASHED_NAME.fullmatch(p.strip()) for p in text.split("/")]
    found = [m for m in parts if m]
    if len(found) < 2 or len(found) < len(parts) or \
            not any(is_given_name(m.group("given").split()[0].split("-")[0]) for m in found):
        return None
    return [f"{m.group('given')} {m.group('family')}" for m in found]


# nameparser's roman numerals ("I" to "X"), whatever their case: a suffix to it, wherever they stand.
_ROMAN = re.compile(r"x|ix|iv|v?i{0,3}")


@lru_cache(maxsize=1)
def _nameparser_words() -> frozenset[str]:
    """Every word of nameparser's shipped vocabularies (titles, suffixes, particles,
    conjunctions, bound given names, ...), lowercased as nameparser matches them."""
    from nameparser import Lexicon
    lexicon = Lexicon.default()
    words = {key for key, _ in lexicon.capitalization_exceptions}
    for field in fields(lexicon):
        value = getattr(lexicon, field.name)
        if isinstance(value, frozenset):
            words.update(word for entry in value for word in entry.split())
    return frozenset(words)


def plain_name(name: str) -> tuple[str, str] | None:
    """(given names, family name) of a name nameparser would read by position alone;
    None for any other name, which goes to nameparser."""
    words = name.split(" ")
    if not 2 <= len(words) <= 4 or not _PLAIN_FAMILY.fullmatch(words[-1]) \
            or not all(_PLAIN_GIVEN.fullmatch(word) for word in words[:-1]):
        return None
    known = _nameparser_words()
    for word in words:
        lower = word.lower().rstrip(".")
        if _ROMAN.fullmatch(lower):   # "Aa Ix": nameparser reads a roman numeral as a suffix
            return None
        # the word, each part of it, and an elided prefix ("d'"), as nameparser may match them
        if lower in known or any(part in known for part in _WORD_PARTS.split(lower)) \
                or (len(lower) > 2 and lower[1] in "'\u2019" and lower[:2] in known):
            return None
    return " ".join(words[:-1]), words[-1]


# A name printed family first whose given names end on an initial: "Casey, Daniel J.", "Grace, C.L.".
_INVERTED_INITIAL_END = re.compile(r", [^,]*(?<![^\s.])[A-Z]$")
_FAMILY_THEN_INITIALS = re.compile(r"^(?P<family>(?:[a-z]+ )*[^\W\d][^\s,]*), (?P<given>(?:[A-Z]\. ?)*[A-Z]\.)$")


# "By Prof. P. Fry", "By Dr. Jane Doe" (Nature, the BMJ): a title of office or rank a catalog
# leaves out of the name; "Sir", "Mrs." and "Rev." stay, as the name is known by them.
_OFFICE_TITLES = frozenset({"prof", "professor", "dr"})
# "By Major R. T. Osgood", "By Lieut.-Col. A. B. Jones" (papers up to the 1950s): a military
# rank before a whole name, given and family ("Major Taylor" is a given name and a family).
_MILITARY_RANK = re.compile(
    r"^(?:(?:Lieut(?:enant)?|Lt|Major|Maj|Brigadier|Brig)\.?[- ]?(?:Col(?:onel)?|Gen(?:eral)?|Cdr|Commander)\.?"
    r"|(?:Rear|Vice)[- ]Admiral|Air (?:Vice[- ])?Marshal|Air Commodore|Wing Commander|Squadron Leader"
    r"|Group Captain|Flight Lieutenant|Field Marshal|Major|Maj\.|Colonel|Col\.|Captain|Capt\.|General|Gen\."
    r"|Brigadier|Brig\.|Commander|Cdr\.|Admiral|Adm\.|Lieutenant|Lieut\.|Lt\.|Sergeant|Sgt\.)"
    r" +(?=\S+ +\S)")


@lru_cache(maxsize=4096)   # corpora repeat names, reviewers' above all (bounded: ~2 MB)
def to_contributor(name: str, role: Role) -> Contributor | None:
    """One printed name -> a Contributor (None when no letter or digit is left of it);
    corporate bodies and single words stay literal."""
    spaced = _SPACES.sub(" ", name)
    name = spaced.strip(" ,.;:")
    if _INVERTED_INITIAL_END.search(name) and spaced.rstrip(" ,;:").endswith(name[-1] + "."):
        name += "."   # "Casey, Daniel J.": the initial keeps its stop
    name = _GLUED_INITIAL.sub(r"\1 ", name)
    if not any(c.isalnum() for c in name):
        return None
    if name[:1] in "ABCFGLMRSVW" and (rank := _MILITARY_RANK.match(name)):
        name = name[rank.end():]
    if name.endswith((" Jr", " Sr")):
        name += "."
    if is_corporate(name) or " " not in name:
        return Contributor(role=role, literal=name)
    if plain := plain_name(name):
        return Contributor(role=role, given=plain[0], family=plain[1])
    if initials := _FAMILY_THEN_INITIALS.match(name):   # "Beaton, M.C.": initials, not a degree ("J.D.", "M.D.")
        family, particle = _split_particle(initials.group("family"))
        return Contributor(role=role, given=initials.group("given"), family=family, particle=particle)
    from nameparser import HumanName  # here, not at the top: 28 ms of start-up a skipped article never needs
    capitals = name.isupper() or is_all_caps(name) or _capitals_then_suffix(name)   # "JANE DOE", "JANE McDOE"
    human = HumanName(name.upper() if capitals else name)
    if capitals:
        human.capitalize(force=True)   # then the family as printed: nameparser makes "MACHADO" "MacHado"
        printed = {word.upper(): word for word in name.split()}
        human.last = " ".join(cased_family(printed.get(word.upper(), word)) for word in human.last.split())
    elif human.last.isupper() and len(human.last) > 1:   # "Jane DOE", "Jane O'DOE": the family alone in capitals
        human.last = " ".join(cased_family(word) for word in human.last.split())
    title = None if human.title.lower().rstrip(".") in _OFFICE_TITLES else human.title
    given = " ".join(p for p in (title, human.first, human.middle) if p) or None
    family, particle = _split_particle(human.last)
    if not family:
        return Contributor(role=role, literal=name)
    return Contributor(role=role, given=given, family=family, particle=particle,
                       suffix=human.suffix or None)


def _capitals_then_suffix(name: str) -> bool:
    """'FREDERICK MARSH GALE, Ph.D.': a name in capitals, its suffix or degree printed as it is written."""
    bare, comma, suffix = name.rpartition(", ")
    return bool(comma) and bare.isupper() and _SUFFIX_WORD.fullmatch(suffix) is not None


def cased_family(word: str) -> str:
    """A family name printed in capitals, cased: "DOE" -> "Doe", "O'DOE" -> "O'Doe", "McDOE" and
    "MCDOE" -> "McDoe", "MacDONALD" -> "MacDonald"; "MACHADO" -> "Machado", since a "MAC" all in
    capitals says nothing of the letter after it."""
    scottish = _SCOTTISH_CAPS.match(word)
    if scottish:
        return f"{scottish.group(1).title()}{scottish.group(2)}{scottish.group(3).lower()}"
    return word.title() if word.isupper() else word


_SCOTTISH_CAPS = re.compile(r"^(M[Cc]|Mac)([A-Z])([A-Z'\-]*)$")


def _split_particle(last: str) -> tuple[str | None, str | None]:
    """'de Beauvoir' -> ('Beauvoir', 'de'); capitalized 'De Niro' stays a family name."""
    words = last.split()
    lead = []
    while len(words) > 1 and words[0] in PARTICLES:
        lead.append(words.pop(0))
    return (" ".join(words) or None), (" ".join(lead) or None)
