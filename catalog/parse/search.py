"""Regex searches tried only where a match can start.

A pattern that opens with a lookbehind or an alternation is tried by the engine at every
position of the text, each try paying the engine's full entry. The item finders and the
role phrases know the few places their matches can begin (a digit, a currency sign, a
word that opens a role phrase) and try those alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def finditer_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), given ascending `starts` that hold every position a match
    of the pattern can begin at (lookbehinds still see the text before each)."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            yield m
            end = m.end()
