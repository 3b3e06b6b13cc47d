"""The notes as tokens with their character spans: what the learned reader labels.

A token keeps its place in the text, so a labelled run of tokens is a slice of the
notes as printed ("St. Martin's Press"), and the fields it becomes can be shown where
they stand.
"""
from __future__ import annotations

import re
from typing import NamedTuple

# A number with its inner separators ("25.95", "1,200"), a word with inner apostrophes
# ("O’Hara"), a possessive's "'s" on its own (as the Penn Treebank has it), or any other
# single character. A word ends where a capital
# follows a small letter: run-together print ("Cox, BrianHow Libraries") is cut where the
# words met ("McKinney" is cut too, and its two parts take one label).
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*|['\u2019][sS]\b|\S")


class Token(NamedTuple):
    """A named tuple, not a dataclass: a trailer has some forty tokens, made anew for each
    text the labeller reads, and a tuple is made in a third of the time."""

    text: str
    start: int
    end: int
    line_start: bool   # first token on its line


def tokenize(text: str) -> list[Token]:
    """Every token of the text in order; a line break marks the token after it."""
    tokens: list[Token] = []
    line_start = True
    last = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        if text.find("\n", last, start) >= 0:
            line_start = True
        word = m.group()
        # no small letter before a capital: a mark, a number (its first digit an ASCII one), a word in one case
        if len(word) == 1 or "0" <= word[0] <= "9" or word[1:].islower() or word.isupper() or word.islower():
            tokens.append(Token(word, start, end, line_start))
        else:
            cuts = [k for k in range(1, len(word)) if word[k].isupper() and word[k - 1].islower()]
            for a, b in zip([0] + cuts, cuts + [len(word)], strict=True):
                tokens.append(Token(word[a:b], start + a, start + b, line_start))
                line_start = False
        line_start = False
        last = end
    return tokens
