"""The notes as tokens with their character spans: what the learned reader labels.

A token keeps its place in the text, so a labelled run of tokens is a slice of the
notes as printed ("St. Martin's Press"), and the fields it becomes can be shown where
they stand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# A number with its inner separators ("25.95", "1,200"), a word with inner apostrophes
# ("O’Hara"), a possessive's "'s" on its own (as the Penn Treebank has it), or any other
# single character. A word ends where a capital
# follows a small letter: run-together print ("Cox, BrianHow Libraries") is cut where the
# words met ("McKinney" is cut too, and its two parts take one label).
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*|['\u2019][sS]\b|\S")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    line_start: bool   # first token on its line


def tokenize(text: str) -> list[Token]:
    """Every token of the text in order; a line break marks the token after it."""
    tokens = []
    line_start = True
    last = 0
    for m in _TOKEN.finditer(text):
        start = m.start()
        if "\n" in text[last:start]:
            line_start = True
        word = m.group()
        cuts = [k for k in range(1, len(word)) if word[k].isupper() and word[k - 1].islower()] \
            if not (word[1:].islower() or word.isupper() or word.islower()) else []
        for a, b in zip([0] + cuts, cuts + [len(word)], strict=True):
            tokens.append(Token(word[a:b], start + a, start + b, line_start))
            line_start = False
        last = m.end()
    return tokens
