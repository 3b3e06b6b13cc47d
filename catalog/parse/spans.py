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


class _Words:
    """The notes' words, each with where it stands, found once for all the fields: a value
    is found where its words stand in a row with anything but a word between them
    ("Stalin's" matches "STALIN 'S"), whole words only, case ignored. Compiling a pattern
    for each value cost a quarter of the time of a whole parse."""

    def __init__(self, notes: str) -> None:
        self.notes = notes
        self.found = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(notes)]
        self.starts: dict[str, list[int]] = {}
        for i, (_, _, word) in enumerate(self.found):
            self.starts.setdefault(word, []).append(i)
        self.run_together = "".join(word for _, _, word in self.found)

    def printings(self, value: str) -> Iterator[tuple[int, int]]:
        """Every place the value's words stand in a row, in order."""
        words = [w.lower() for w in _WORD.findall(value)]
        if not words:
            return
        n = len(words)
        seen = False
        for i in self.starts.get(words[0], ()):
            if all(i + k < len(self.found) and self.found[i + k][2] == words[k] for k in range(1, n)):
                seen = True
                yield self.found[i][0], self.found[i + n - 1][1]
        if not seen and "".join(words) in self.run_together:
            # the notes run two of the value's words together ("ANlHONY" for "ANl HONY"), or
            # split one: the words are looked for anywhere, with nothing but non-words between
            pattern = re.compile(r"(?<!\w)" + r"\W*".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
            yield from (m.span() for m in pattern.finditer(self.notes))


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
    words = _Words(notes)
    for field, value in _values(book):
        for text in (value, _inverted(book, field, value)):
            found = _first_free(text, words, taken) if text else None
            if found:
                taken.append(found)
                spans.append((field, *found))
                break
    return tuple(sorted(spans, key=lambda span: span[1]))


def _first_free(value: str, words: _Words, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    for start, end in words.printings(value):
        if not any(start < b and a < end for a, b in taken):
            return start, end
    return None


def with_spans(book: Book) -> Book:
    """The book with the spans of its values in its printed notes."""

    return replace(book, spans=find_spans(book, book.printed_notes)) if book.printed_notes else book
