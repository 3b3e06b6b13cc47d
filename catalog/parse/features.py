"""What the learned reader sees of each token: small named features in one ordered table.

The features read the tables the rules read (given names, role phrases, currencies and
items, bindings, towns, corporate words), plus the token's shape, punctuation, brackets,
quotes, line breaks and position. Each is computed once per token over the located notes,
by table lookups; the few that need the whole text (items, role phrases, brackets) are
worked out in one pass first (`Context`).

FEATURE_SET names this table: a model records the set it was trained with, and the
labeller refuses a model of another set.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from catalog.parse.imprint import find_items
from catalog.parse.names import is_given_name
from catalog.parse.tables import ABBREVIATIONS, BINDINGS, CORPORATE_WORDS, role_phrases, roles_of
from catalog.parse.tokens import Token, tokenize
from catalog.parse.trailer import PUBLISHING_TOWNS

FEATURE_SET = "notes-features-3"

# Words a publisher's name is made of ("Farrar, Straus and Giroux", "Coach House Books").
PUBLISHER_WORDS = frozenset({
    "press", "books", "book", "publishers", "publisher", "publishing", "publications", "house", "editions",
    "edition", "verlag", "éditions", "editorial", "editore", "editori", "ediciones", "presses", "universitaires",
    "university", "univ", "co", "inc", "ltd", "company", "sons", "brothers", "bros", "random", "knopf",
    "penguin", "norton", "harper", "harpercollins", "doubleday", "scribner", "viking", "simon", "schuster",
    "macmillan", "farrar", "straus", "giroux", "houghton", "mifflin", "little", "brown", "putnam", "crown",
    "faber", "cape", "bloomsbury", "hutchinson", "heinemann", "collins", "chatto", "windus", "gollancz",
    "vintage", "picador", "verso", "routledge", "palgrave", "wiley", "blackwell", "springer", "oxford",
    "cambridge", "yale", "princeton", "harvard", "chicago", "columbia", "stanford", "cornell", "duke",
    "hachette", "pantheon", "atheneum", "holt", "morrow", "dutton", "ballantine", "bantam", "grove",
    "graywolf", "hogarth", "orion", "allen", "unwin", "pan", "fourth", "estate", "granta", "scholastic",
    "candlewick", "clarion", "dial", "tor", "orbit", "minotaur", "kensington", "sourcebooks", "abrams",
    "suhrkamp", "gallimard", "seuil", "fayard", "flammarion", "anagrama", "alfaguara", "hanser", "beck",
    "fischer", "rowohlt", "einaudi", "mondadori", "feltrinelli", "puf", "karthala", "armand", "colin",
})
MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
})
TOWN_WORDS = frozenset(word for town in PUBLISHING_TOWNS for word in town.split())
_ROLE_NAMES = {"author": "by", "editor": "ed", "translator": "tr", "illustrator": "ill", "reviewer": "rev"}
_OPEN, _CLOSE = frozenset("([{"), frozenset(")]}")
_QUOTES = frozenset("\"\u201c\u201d\u00ab\u00bb\u2018\u2019`'")


@dataclass(frozen=True)
class Context:
    """What is worked out once for the whole notes before any token is observed."""

    tokens: list[Token]
    item: list[str | None]     # price / pages / isbn / ill: the rules' typed items
    role: list[str | None]     # the role a role phrase names ("by", "ed", "tr", ...)
    depth: list[int]           # inside brackets
    quoted: list[bool]         # inside quotation marks
    clause: list[int]          # sentence stops before the token
    line: list[int]            # line number
    after_role: list[str | None]   # the role phrase earlier in the token's sentence
    after_colon: list[bool]    # a colon earlier in the token's sentence
    segment: list[int]         # the token's segment: a run between stops, brackets, ";", ":", "," and lines
    segment_start: list[bool]
    segment_marks: list[frozenset[str]]    # what the segment holds: items, publisher words, towns, names
    sentence_marks: list[frozenset[str]]   # what the sentence holds


def _context(text: str, tokens: list[Token]) -> Context:
    n = len(tokens)
    item: list[str | None] = [None] * n
    role: list[str | None] = [None] * n
    found = find_items(text)
    spans = ([(p.span, "price") for p in found.prices] + [(s, "pages") for s, _ in found.pages]
             + [(i.span, "isbn") for i in found.isbns] + [(s, "ill") for s in found.illustrated])
    phrases = [(m.start(), m.end(), _ROLE_NAMES.get(roles_of(m)[0][0].value, "other")) for m in role_phrases(text)]
    depth, quoted, clause, line = [0] * n, [False] * n, [0] * n, [0] * n
    after_role: list[str | None] = [None] * n
    after_colon, segment, sentence, segment_start = [False] * n, [0] * n, [0] * n, [False] * n
    level = stops = lines = segments = sentences = 0
    in_quote = colon = False
    last_role: str | None = None
    for i, token in enumerate(tokens):
        for span, kind in spans:
            if span.start <= token.start < span.end:
                item[i] = kind
        for start, end, name in phrases:
            if start <= token.start < end:
                role[i] = name
        if token.line_start and i:
            lines += 1
        char = token.text
        if char in _CLOSE:
            level = max(0, level - 1)
        if char in _QUOTES and len(char) == 1:
            in_quote = char not in "\u201d\u2019" and not in_quote
        if token.line_start and i or char in _SENTENCE_BREAKS:
            sentences += 1
            last_role, colon = None, False
        if token.line_start and i or char in _SEGMENT_BREAKS:
            segments += 1
        segment_start[i] = not i or segment[i - 1] != segments
        depth[i], quoted[i], clause[i], line[i] = level, in_quote, stops, lines
        after_role[i], after_colon[i], segment[i], sentence[i] = last_role, colon, segments, sentences
        if role[i] is not None:
            last_role = role[i]
        colon = colon or char == ":"
        if char in _OPEN:
            level += 1
        if char == "." and i and not _abbreviation(tokens[i - 1].text):
            stops += 1
            sentences += 1
            segments += 1
            last_role, colon = None, False
    return Context(tokens, item, role, depth, quoted, clause, line, after_role, after_colon, segment, segment_start,
                   _marks(tokens, item, segment), _marks(tokens, item, sentence))


_SENTENCE_BREAKS = frozenset("();[]")
_SEGMENT_BREAKS = frozenset("();[]:,")


def _marks(tokens: list[Token], item: list[str | None], group: list[int]) -> list[frozenset[str]]:
    """For each token, the marks of the group (segment or sentence) it stands in."""
    found: dict[int, set[str]] = {}
    for token, kind, g in zip(tokens, item, group):
        marks = found.setdefault(g, set())
        low = token.text.lower()
        if kind:
            marks.add(kind)
        if low in PUBLISHER_WORDS:
            marks.add("pub")
        if token.text in TOWN_WORDS:
            marks.add("town")
        if len(low) == 4 and low.isdigit():
            marks.add("year")
        if token.text[:1].isupper() and len(low) > 1 and is_given_name(token.text):
            marks.add("given")
        if token.text[:1].islower() and low.isalpha():
            marks.add("lower")
    frozen = {g: frozenset(m) for g, m in found.items()}
    return [frozen[g] for g in group]


def _abbreviation(word: str) -> bool:
    return len(word) == 1 and word.isupper() or word.lower() in ABBREVIATIONS


def _shape(word: str) -> str:
    if word.isdigit():
        return "d" if len(word) < 4 else "dddd"
    if not word[0].isalnum():
        return word[0]
    if word.isupper():
        return "X" if len(word) == 1 else "XX"
    if word[0].isupper():
        return "Xx"
    if word.islower():
        return "x"
    return "other"


# One named observation of a token, None when it does not apply.
Feature = Callable[[Context, int, str], "str | None"]


def _word(c: Context, i: int, low: str) -> str:
    return low


def _shape_of(c: Context, i: int, low: str) -> str:
    return _shape(c.tokens[i].text)


def _given(c: Context, i: int, low: str) -> str | None:
    word = c.tokens[i].text
    return "1" if word[:1].isupper() and len(word) > 1 and is_given_name(word) else None


def _publisher_word(c: Context, i: int, low: str) -> str | None:
    return "1" if low in PUBLISHER_WORDS else None


def _corporate(c: Context, i: int, low: str) -> str | None:
    return "1" if low in CORPORATE_WORDS else None


def _town(c: Context, i: int, low: str) -> str | None:
    return "1" if c.tokens[i].text in TOWN_WORDS else None


def _month(c: Context, i: int, low: str) -> str | None:
    return "1" if low in MONTHS else None


def _year(c: Context, i: int, low: str) -> str | None:
    word = c.tokens[i].text
    return "1" if len(word) == 4 and word.isdigit() and word[:2] in ("15", "16", "17", "18", "19", "20") else None


def _binding(c: Context, i: int, low: str) -> str | None:
    return "1" if low in BINDINGS or low in ("pap", "hb", "pb", "hc", "pbk") else None


def _item(c: Context, i: int, low: str) -> str | None:
    return c.item[i]


def _role(c: Context, i: int, low: str) -> str | None:
    return c.role[i]


def _bracket(c: Context, i: int, low: str) -> str | None:
    return "1" if c.depth[i] else None


def _quote(c: Context, i: int, low: str) -> str | None:
    return "1" if c.quoted[i] else None


def _clause(c: Context, i: int, low: str) -> str:
    return str(min(c.clause[i], 4))


def _line(c: Context, i: int, low: str) -> str:
    return str(min(c.line[i], 4))


def _line_start(c: Context, i: int, low: str) -> str | None:
    return "1" if c.tokens[i].line_start else None


def _position(c: Context, i: int, low: str) -> str:
    return str(min(4, 5 * i // len(c.tokens)))


def _first(c: Context, i: int, low: str) -> str | None:
    return "1" if i == 0 else "2" if i == 1 else None


def _last(c: Context, i: int, low: str) -> str | None:
    return "1" if i == len(c.tokens) - 1 else None


def _after_role(c: Context, i: int, low: str) -> str | None:
    return c.after_role[i]


def _after_colon(c: Context, i: int, low: str) -> str | None:
    return "1" if c.after_colon[i] else None


def _to_segment_end(c: Context, i: int, low: str) -> str | None:
    """How many tokens before its segment ends (1 to 4): a name often ends a head's segment."""
    n, k = len(c.tokens), 1
    while i + k < n and c.segment[i + k] == c.segment[i] and k <= 4:
        k += 1
    return str(k) if k <= 4 else None


def _segment_start(c: Context, i: int, low: str) -> str | None:
    return "1" if c.segment_start[i] else None


def _segment(c: Context, i: int, low: str) -> str | None:
    return "|".join(sorted(c.segment_marks[i])) or None


def _sentence(c: Context, i: int, low: str) -> str | None:
    return "|".join(sorted(c.sentence_marks[i])) or None


# The table: name -> observation. Order is the order of the feature strings.
FEATURES: tuple[tuple[str, Feature], ...] = (
    ("w", _word), ("shape", _shape_of), ("given", _given), ("pubword", _publisher_word),
    ("corp", _corporate), ("town", _town), ("month", _month), ("year", _year), ("binding", _binding),
    ("item", _item), ("role", _role), ("bracket", _bracket), ("quote", _quote), ("clause", _clause),
    ("line", _line), ("linestart", _line_start), ("pos", _position), ("first", _first), ("last", _last),
    ("afterrole", _after_role), ("aftercolon", _after_colon), ("segstart", _segment_start), ("segend", _to_segment_end), ("seg", _segment),
    ("sent", _sentence),
)
# The features a token also sees of its neighbours, one and two away.
NEIGHBOUR_FEATURES = frozenset({"w", "shape", "given", "pubword", "town", "item", "role", "month"})


def observe(text: str, tokens: list[Token] | None = None) -> list[list[str]]:
    """Each token's features as "name=value" strings, neighbours' included."""
    tokens = tokenize(text) if tokens is None else tokens
    if not tokens:
        return []
    c = _context(text, tokens)
    own: list[list[str]] = []
    shared: list[list[str]] = []
    for i, token in enumerate(tokens):
        low = token.text.lower()
        mine, theirs = [], []
        for name, feature in FEATURES:
            value = feature(c, i, low)
            if value is not None:
                mine.append(f"{name}={value}")
                if name in NEIGHBOUR_FEATURES:
                    theirs.append(f"{name}={value}")
        own.append(mine)
        shared.append(theirs)
    n = len(tokens)
    for i, mine in enumerate(own):
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                mine.extend(f"{offset}:{f}" for f in shared[j])
            else:
                mine.append(f"{offset}:edge")
    return own
