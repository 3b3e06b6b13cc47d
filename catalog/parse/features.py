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

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from catalog.parse.imprint import find_items
from catalog.parse.names import is_listed_given_name
from catalog.parse.tables import (
    ABBREVIATIONS,
    BINDINGS,
    CORPORATE_WORDS,
    PUBLISHER_WORDS,
    PUBLISHING_TOWNS,
    role_phrases,
    roles_of,
)
from catalog.parse.tokens import Token, tokenize

FEATURE_SET = "notes-features-5"

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
    after_colon, segment, segment_start = [False] * n, [0] * n, [False] * n
    level = stops = lines = segments = 0
    in_quote = colon = False
    last_role: str | None = None
    starts = [token.start for token in tokens]
    for span, kind in spans:   # in this order: a later kind wins where two overlap
        for i in range(bisect_left(starts, span.start), bisect_left(starts, span.end)):
            item[i] = kind
    for start, end, name in phrases:
        for i in range(bisect_left(starts, start), bisect_left(starts, end)):
            role[i] = name
    for i, token in enumerate(tokens):
        char = token.text
        mark = len(char) == 1   # every bracket, quote and break below is one character: a word passes them by
        if token.line_start and i:   # a new line: a new segment and sentence
            lines += 1
            segments += 1
            last_role, colon = None, False
        elif mark and char in _SEGMENT_BREAKS:
            segments += 1
            if char in _SENTENCE_BREAKS:
                last_role, colon = None, False
        if mark and char in _CLOSE:
            level = max(0, level - 1)
        if mark and char in _QUOTES:
            in_quote = char not in "\u201d\u2019" and not in_quote
        segment_start[i] = not i or segment[i - 1] != segments
        depth[i], quoted[i], clause[i], line[i] = level, in_quote, stops, lines
        after_role[i], after_colon[i], segment[i] = last_role, colon, segments
        if role[i] is not None:
            last_role = role[i]
        colon = colon or char == ":"
        if mark and char in _OPEN:
            level += 1
        if char == "." and i and not _abbreviation(tokens[i - 1].text):
            stops += 1
            segments += 1
            last_role, colon = None, False
    return Context(tokens, item, role, depth, quoted, clause, line, after_role, after_colon, segment,
                   segment_start, _marks(tokens, item, segment))


_SENTENCE_BREAKS = frozenset("();[]")
_SEGMENT_BREAKS = frozenset("();[]:,")


def _marks(tokens: list[Token], item: list[str | None], group: list[int]) -> list[frozenset[str]]:
    """For each token, the marks of the segment it stands in: its items, and what its words are."""
    found: dict[int, frozenset[str]] = {}
    for token, kind, g in zip(tokens, item, group, strict=True):
        marks = _word_marks(token.text)
        if kind:
            marks = marks | {kind}
        found[g] = found[g] | marks if g in found else marks
    return [found[g] for g in group]


@lru_cache(maxsize=4096)
def _word_marks(word: str) -> frozenset[str]:
    low = word.lower()
    marks = (("pub", low in PUBLISHER_WORDS), ("town", word in TOWN_WORDS), ("year", len(low) == 4 and low.isdigit()),
             ("given", _given(word) is not None), ("lower", word[:1].islower() and low.isalpha()))
    return frozenset(name for name, present in marks if present)


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


_YEAR_STARTS = frozenset({"15", "16", "17", "18", "19", "20"})
_EXTRA_BINDINGS = frozenset({"pap", "hb", "pb", "hc", "pbk"})

# What a token's text alone says: one named observation of the word, None when it does not
# apply. Worked out once per distinct word (trailers repeat their words).
WordFeature = Callable[[str], "str | None"]


def _word(word: str) -> str:
    return word.lower()


def _given(word: str) -> str | None:
    return "1" if word[:1].isupper() and len(word) > 1 and is_listed_given_name(word) else None


def _publisher_word(word: str) -> str | None:
    return "1" if word.lower() in PUBLISHER_WORDS else None


def _corporate(word: str) -> str | None:
    return "1" if word.lower() in CORPORATE_WORDS else None


def _town(word: str) -> str | None:
    return "1" if word in TOWN_WORDS else None


def _month(word: str) -> str | None:
    return "1" if word.lower() in MONTHS else None


def _year(word: str) -> str | None:
    return "1" if len(word) == 4 and word.isdigit() and word[:2] in _YEAR_STARTS else None


def _binding(word: str) -> str | None:
    low = word.lower()
    return "1" if low in BINDINGS or low in _EXTRA_BINDINGS else None


WORD_FEATURES: tuple[tuple[str, WordFeature], ...] = (
    ("w", _word), ("shape", _shape), ("given", _given), ("pubword", _publisher_word), ("corp", _corporate),
    ("town", _town), ("month", _month), ("year", _year), ("binding", _binding),
)

# One named observation made of every token at once, in its context (a column): a value
# per token, None where it does not apply.
Feature = Callable[[Context], "Sequence[str | None]"]


def _item(c: Context) -> list[str | None]:
    return c.item


def _role(c: Context) -> list[str | None]:
    return c.role


def _bracket(c: Context) -> list[str | None]:
    return ["1" if d else None for d in c.depth]


def _quote(c: Context) -> list[str | None]:
    return ["1" if q else None for q in c.quoted]


_BUCKETS = ("0", "1", "2", "3", "4")


def _clause(c: Context) -> list[str]:
    return [_BUCKETS[n] if n < 4 else "4" for n in c.clause]


def _line(c: Context) -> list[str]:
    return [_BUCKETS[n] if n < 4 else "4" for n in c.line]


def _line_start(c: Context) -> list[str | None]:
    return ["1" if t.line_start else None for t in c.tokens]


def _position(c: Context) -> list[str]:
    n = len(c.tokens)
    return [_BUCKETS[5 * i // n] for i in range(n)]   # i < n: 5 * i // n is 0 to 4


def _first(c: Context) -> list[str | None]:
    return ["1", "2"][:len(c.tokens)] + [None] * (len(c.tokens) - 2)


def _last(c: Context) -> list[str | None]:
    return [None] * (len(c.tokens) - 1) + ["1"]


def _after_role(c: Context) -> list[str | None]:
    return c.after_role


def _after_colon(c: Context) -> list[str | None]:
    return ["1" if a else None for a in c.after_colon]


def _to_segment_end(c: Context) -> list[str | None]:
    """How many tokens before its segment ends (1 to 4): a name often ends a head's segment."""
    segment, n = c.segment, len(c.tokens)
    ends: list[str | None] = [None] * n
    k = 0
    for i in range(n - 1, -1, -1):
        k = k + 1 if i + 1 < n and segment[i + 1] == segment[i] else 1
        ends[i] = _BUCKETS[k] if k <= 4 else None
    return ends


def _segment_start(c: Context) -> list[str | None]:
    return ["1" if s else None for s in c.segment_start]


def _segment(c: Context) -> list[str | None]:
    return [_joined(m) for m in c.segment_marks]


@lru_cache(maxsize=512)
def _joined(marks: frozenset[str]) -> str | None:
    return "|".join(sorted(marks)) or None


# The table of context features: name -> observation. Order is the order of the strings.
FEATURES: tuple[tuple[str, Feature], ...] = (
    ("item", _item), ("role", _role), ("bracket", _bracket), ("quote", _quote), ("clause", _clause),
    ("line", _line), ("linestart", _line_start), ("pos", _position), ("first", _first), ("last", _last),
    ("afterrole", _after_role), ("aftercolon", _after_colon), ("segstart", _segment_start),
    ("segend", _to_segment_end), ("seg", _segment),
)
# The features a token also sees of its neighbours, one and two away.
NEIGHBOUR_FEATURES = frozenset({"w", "shape", "given", "pubword", "town", "item", "role", "month"})
_OFFSETS = (-2, -1, 1, 2)
# What a token sees beyond the notes' edges, one list per offset in _OFFSETS' order.
_EDGE = tuple([f"{offset}:edge"] for offset in _OFFSETS)


def observe(text: str, tokens: list[Token] | None = None) -> list[list[str]]:
    """Each token's features as "name=value" strings: its word's, its context's, and its
    neighbours' (one and two away) of both."""
    tokens = tokenize(text) if tokens is None else tokens
    if not tokens:
        return []
    c = _context(text, tokens)
    words = [_word_features(t.text) for t in tokens]
    # Each context feature named as one column ("bracket=1" or None a token), then read a
    # token at a time: one list built per token, not an append per feature and token.
    contexts = zip(*(_named(f"{name}=", feature(c)) for name, feature in FEATURES), strict=True)
    # What each token shows its neighbours at each offset: its word's features (worked out
    # once per word), with its item and role where it has them.
    shown = [w[2] if i is None and r is None else
             _seen_all(w[1] + _shared((f"item={i}" if i else None, f"role={r}" if r else None)))
             for w, i, r in zip(words, c.item, c.role, strict=True)]
    padded = [_EDGE, _EDGE, *shown, _EDGE, _EDGE]   # token i's neighbour at offset k is padded[i + 2 + k]
    return [[*word[0], *filter(None, context), *two_before[0], *before[1], *after[2], *two_after[3]]
            for word, context, two_before, before, after, two_after
            in zip(words, contexts, padded[:-4], padded[1:-3], padded[3:-1], padded[4:], strict=True)]


def _named(prefix: str, column: Sequence[str | None]) -> list[str | None]:
    """A context feature's values as the strings the model reads ("bracket=1"); None stays None."""
    return [None if value is None else prefix + value for value in column]


@lru_cache(maxsize=4096)
def _word_features(word: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[list[str], ...]]:
    """The word's features, those of them its neighbours see, and those as its neighbours
    see them at each offset (callers only read the lists)."""
    found = [(name, value) for name, feature in WORD_FEATURES if (value := feature(word)) is not None]
    shared = tuple(f"{name}={value}" for name, value in found if name in NEIGHBOUR_FEATURES)
    return tuple(f"{name}={value}" for name, value in found), shared, _seen_all(shared)


def _shared(row: tuple[str | None, ...]) -> tuple[str, ...]:
    return tuple(f for f in row if f is not None)


@lru_cache(maxsize=4096)
def _seen_all(features: tuple[str, ...]) -> tuple[list[str], ...]:
    """A neighbour's features as a token sees them at each offset ("-1:w=by"), a list per
    offset in _OFFSETS' order; tokens repeat, so memoized (callers only read the lists)."""
    return tuple([f"{offset}:{f}" for f in features] for offset in _OFFSETS)
