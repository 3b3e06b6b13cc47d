"""Quotation marks at a title's ends: a title never starts or ends with a mark it does not pair.

Trailers quote titles ("'THE PURPOSE OF THIS CREATURE MAN' By ..."), and a cut or a lost
mark can leave one of the pair on the title. A catalog would then file the title under the
quote, and MARC's nonfiling count would miss the article behind it. A pair stays: around a
quotation inside the title ("... from the ‘New York Times Book Review’") or around the
whole title when the book prints it so.
"""
from __future__ import annotations

from functools import lru_cache

# The marks by kind, the longer first: PTB's `` and '' are one mark each, and '' opens too
# where plain text types it for a straight " ("''Love Is Nothing''"); German closes „ with “.
_DOUBLE_OPEN = ("``", "''", '"', "\u201c", "\u201e", "\u00ab", "\u00bb")   # German prints »Titel«
_DOUBLE_CLOSE = ("''", '"', "\u201d", "\u201c", "\u00bb", "\u00ab")
_SINGLE_OPEN = ("`", "'", "\u2018")   # not ’: at a title's start it is an apostrophe ("’Tis")
_SINGLE_CLOSE = ("'", "\u2019")
# An apostrophe before these stands for letters left out, not for a quotation: "'Tis the Season".
_ELIDED = frozenset({"tis", "twas", "twere", "twill", "til", "cause", "em", "n", "round", "bout", "nuff"})


def _opening(text: str) -> tuple[str, bool] | None:
    """The opening mark the text starts with, and whether it is a double one."""
    double = next((m for m in _DOUBLE_OPEN if text.startswith(m)), None)
    if double:
        return double, True
    single = next((m for m in _SINGLE_OPEN if text.startswith(m)), None)
    return (single, False) if single else None


def _closing(text: str) -> tuple[str, bool] | None:
    """The closing mark the text ends with, and whether it is a double one."""
    double = next((m for m in _DOUBLE_CLOSE if text.endswith(m)), None)
    if double:
        return double, True
    single = next((m for m in _SINGLE_CLOSE if text.endswith(m)), None)
    return (single, False) if single else None


def _elided(text: str) -> bool:
    """An apostrophe that starts a shortened word ("'Tis", "'Round Midnight")."""
    word = text[1:].split(" ", 1)[0].rstrip(",.;:!?").casefold()
    return word in _ELIDED


def _has_close(text: str, double: bool) -> bool:
    """A mark in the text that closes a quotation; an apostrophe inside a word ("Don’t") does not."""
    if double:
        return any(m in text for m in _DOUBLE_CLOSE)
    return any(c in _SINGLE_CLOSE and not text[i + 1:i + 2].isalnum() for i, c in enumerate(text))


def _has_open(text: str, double: bool) -> bool:
    """A mark in the text that opens a quotation; an apostrophe after a letter ("Stalin's") does not."""
    if double:
        return any(m in text for m in _DOUBLE_OPEN)
    return any(c in "`\u2018" or (c == "'" and not text[i - 1:i].isalnum()) for i, c in enumerate(text))


@lru_cache(maxsize=4096)   # both readers' books trim the same title and subtitle
def strip_unmatched_quotes(text: str) -> str:
    """The text without a quotation mark at either end that nothing in it pairs:
    "'The Purpose of This Creature Man" -> "The Purpose of This Creature Man"."""
    while True:
        text = text.strip()
        opening, closing = _opening(text), _closing(text)
        if opening and not _elided(text) and not _has_close(text[len(opening[0]):], opening[1]):
            text = text[len(opening[0]):]
        elif closing and not _has_open(text[:-len(closing[0])], closing[1]):
            text = text[:-len(closing[0])]
        else:
            return text
