"""Where each field of a book is printed in its notes: (field, start, end) spans.

The review desk colours each field's text in the notes. The spans are found by a careful
search for each field's value in the notes the readers saw, rather than carried through
every stage of the rules: the rules rewrite values as they go (casing from the body, names
in reading order, "pp." to a count), and one search in the final record reads every
reader's book the same way. A value not printed as such (a cased title is still found:
case and punctuation between words are ignored) simply has no span.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from catalog.model import Book

Span = tuple[str, int, int]

_WORD = re.compile(r"\w+")


def _pattern(value: str) -> re.Pattern[str] | None:
    """The value's words in order, anything but a word between them ("Stalin's" matches
    "STALIN 'S"), whole words only."""
    words = _WORD.findall(value)
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\W*".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)


def _values(book: Book) -> Iterator[tuple[str, str]]:
    """(field, printed value) in the order the notes usually print them."""
    if book.title:
        yield "title", book.title
    if book.subtitle:
        yield "subtitle", book.subtitle
    for person in book.contributors:
        yield person.role.value, person.display
    if book.publisher:
        yield "publisher", book.publisher
    if book.place:
        yield "place", book.place
    if book.pages:
        yield "pages", str(book.pages)
    if book.year:
        yield "year", str(book.year)


def _inverted(book: Book, field: str, value: str) -> str | None:
    """A person's name as an index prints it, "Whymant, Robert"."""
    for person in book.contributors:
        if person.role.value == field and person.display == value and person.family and person.given:
            return f"{person.family}, {person.given}"
    return None


def find_spans(book: Book, notes: str) -> tuple[Span, ...]:
    """Each field's first printing in the notes that no earlier field has claimed."""
    taken: list[tuple[int, int]] = []
    spans: list[Span] = []
    for field, value in _values(book):
        for text in (value, _inverted(book, field, value)):
            found = _first_free(text, notes, taken) if text else None
            if found:
                taken.append(found)
                spans.append((field, *found))
                break
    return tuple(sorted(spans, key=lambda span: span[1]))


def _first_free(value: str, notes: str, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    pattern = _pattern(value)
    if pattern is None:
        return None
    for match in pattern.finditer(notes):
        start, end = match.span()
        if not any(start < b and a < end for a, b in taken):
            return start, end
    return None


def with_spans(book: Book) -> Book:
    """The book with the spans of its values in its printed notes."""

    return replace(book, spans=find_spans(book, book.printed_notes)) if book.printed_notes else book
