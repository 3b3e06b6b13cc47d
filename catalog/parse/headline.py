"""The authors a review's headline names, for notes that print none.

The Guardian, the Observer, the Telegraph and the Times head a review "The Quiet Harbor by
Jane Doe review – a luminous debut" and close it with notes that name the book and its house
but not its author: "• The Quiet Harbor is published by Faber (£14.99)". Where the headline's
title is the notes' title, the headline's names are the book's authors. The headline is the
review's (metadata) or the page's first line; it is never read as notes (text/kickers.py).
"""
from __future__ import annotations

import re
from dataclasses import replace

from catalog.model import ReviewMetadata, Role
from catalog.parse.agreement import fold
from catalog.parse.head import parse_people
from catalog.parse.trailer import ParsedTrailer
from catalog.text.kickers import REVIEW_HEADLINE_NAMES

_REVIEW_HEADLINE = re.compile(r"^\s*(?P<title>[^\n]{1,200}?) by " + REVIEW_HEADLINE_NAMES)
_QUOTES = " \"'\u201c\u201d\u2018\u2019"


def review_headline(text: str, metadata: ReviewMetadata) -> tuple[str, str] | None:
    """(title, names) of a "Title by Names review – ..." headline, from the review's metadata
    or the page's first line; None when neither is one."""
    for line in (metadata.headline or "", text[:400].lstrip().partition("\n")[0]):
        m = _REVIEW_HEADLINE.match(line) if " review" in line else None
        if m:
            return m.group("title").strip(_QUOTES), m.group("names")
    return None


def with_headline_authors(parsed: ParsedTrailer, headline: tuple[str, str] | None) -> ParsedTrailer:
    """The notes' reading with the headline's authors, when the notes name no author or editor
    and the headline names their title (with or without its subtitle)."""
    if headline is None or not parsed.title or any(role in (Role.AUTHOR, Role.EDITOR)
                                                   for role, _ in parsed.contributors):
        return parsed
    title = fold(parsed.title.strip(_QUOTES))
    full = f"{title}: {fold(parsed.subtitle)}" if parsed.subtitle else title
    if fold(headline[0]) not in (title, full):
        return parsed
    people, _ = parse_people(f"by {headline[1]}")
    authors = tuple((role, name) for role, name in people if role == Role.AUTHOR)
    return replace(parsed, contributors=authors + parsed.contributors) if authors else parsed
