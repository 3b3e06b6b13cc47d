"""The desk's data, pure: a run's books in review order, filtered and paged, each shown with
its latest saved correction and the spans of its fields in its notes.

The run is the hub JSON lines `catalog export --to json` writes; corrections come from the
journal (catalog/corrections.py). No I/O here but reading the run's lines given to it.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from catalog.corrections import PEOPLE, book_gold
from catalog.model import Book, Contributor, Role
from catalog.parse.names import to_contributor
from catalog.parse.spans import find_spans

PAGE = 100   # queue rows a page


# A hub line (json.dumps) prints each book's confidence as exactly this; inside a JSON string
# every quote is escaped, so the text cannot occur there: counting it is exact.
_CONFIDENCE = '"confidence": "'
_REVIEW = _CONFIDENCE + 'review"'


class Line:
    """One hub JSON line, parsed only when one of its books is shown: a run of 10,000 books
    opens without reading every record (only lines with a book to review are read first)."""

    __slots__ = ("raw", "_row", "books", "has_review")

    def __init__(self, raw: str, books: int):
        self.raw = raw
        self._row: dict[str, Any] | None = None
        self.books = books
        self.has_review = _REVIEW in raw

    @property
    def row(self) -> dict[str, Any]:
        return self.read()

    def read(self) -> dict[str, Any]:
        """The parsed line: parsed now if it was not yet."""
        if self._row is None:
            self._row = json.loads(self.raw)
        return self._row

    @property
    def is_read(self) -> bool:
        return self._row is not None


@dataclass(frozen=True)
class Item:
    """One book of the run: its place in the run (its address on the desk), its line and
    its index in the line's record."""

    number: int
    line: Line
    index: int

    @property
    def doc_id(self) -> str:
        return str(self.line.row.get("id"))

    @property
    def book(self) -> Mapping[str, Any]:
        """The hub JSON book."""
        return self.line.row["books"][self.index]

    @property
    def outlet(self) -> str:
        return (self.line.row.get("review") or {}).get("outlet") or ""

    @property
    def to_review(self) -> bool:
        """Marked review: a line of one book says so without being read."""
        if not self.line.has_review:
            return False
        return self.line.books == 1 or self.book.get("confidence") == "review"

    @property
    def reasons(self) -> list[str]:
        return list(self.book.get("review_reasons") or []) if self.line.has_review else []

    @property
    def kinds(self) -> list[str]:
        """Each reason without its particulars ("the readers disagree on"), to filter by."""
        return [reason.split(":")[0] for reason in self.reasons]


def read_run(lines: Iterable[str]) -> list[Item]:
    """Every book of the run's hub JSON lines, in run order; error and skip lines have none.
    A line with no book to review is only counted here (its books' confidences), and read
    when shown."""
    items: list[Item] = []
    for raw in lines:
        count = raw.count(_CONFIDENCE)
        if not count:   # an error or skipped line, or blank
            continue
        line = Line(raw, count)
        items.extend(Item(len(items) + n, line, n) for n in range(count))
    return items


def queue(items: list[Item], reason: str = "", outlet: str = "") -> list[Item]:
    """Books marked `review` first, then the rest, each in run order; filtered by words of a
    reason ("disagree", "title") and by outlet when given (reading the lines it needs, once)."""
    words = reason.lower()
    chosen = [i for i in items if (not words or (i.line.has_review and any(words in r.lower() for r in i.reasons)))
              and (not outlet or i.outlet == outlet)]
    return sorted(chosen, key=lambda i: not i.to_review)


def known(items: list[Item]) -> tuple[list[str], list[str]]:
    """The reasons' kinds and the outlets of the lines read so far: the filters' suggestions."""
    read = [i for i in items if i.line.is_read]
    return sorted({k for i in read for k in i.kinds}), sorted({i.outlet for i in read if i.outlet})


def page(rows: list[Item], number: int) -> list[Item]:
    return rows[number * PAGE:(number + 1) * PAGE]


def neighbours(rows: list[Item], item: Item) -> tuple[Item | None, Item | None]:
    """The previous and next book in the queue (None at its ends, or off the queue)."""
    at = next((n for n, row in enumerate(rows) if row.number == item.number), None)
    if at is None:
        return None, rows[0] if rows else None
    return (rows[at - 1] if at else None), (rows[at + 1] if at + 1 < len(rows) else None)


def _person(data: Mapping[str, Any]) -> Contributor:
    return Contributor(Role(data["role"]), *(data.get(k) for k in ("given", "family", "particle", "suffix", "literal")))


def hub_book(data: Mapping[str, Any]) -> Book:
    """The hub JSON book as a Book, for the fields the desk shows (prices as printed in
    the gold view come from `prices`)."""
    return Book(key=data.get("key") or "", title=data.get("title") or "", subtitle=data.get("subtitle"),
                contributors=tuple(_person(p) for p in data.get("contributors") or []),
                publisher=data.get("publisher"), place=data.get("place"), year=data.get("year"),
                pages=data.get("pages"), illustrated=bool(data.get("illustrated")))


def gold_of(data: Mapping[str, Any]) -> dict[str, Any]:
    """The hub JSON book in the shared gold format, prices and ISBNs as the hub has them."""
    gold = book_gold(hub_book(data))
    gold["price"] = [{"amount": p["amount"], "currency": p["currency"], "binding": p.get("binding")}
                     for p in data.get("prices") or []]
    gold["isbn"] = list(data.get("isbns") or [])
    return gold


def shown(item: Item, corrected: Mapping[str, Any] | None) -> dict[str, Any]:
    """The fields the desk shows: the latest saved correction over the parser's reading."""
    return {**gold_of(item.book), **(corrected or {})}


def _gold_book(fields: Mapping[str, Any]) -> Book:
    people = (to_contributor(name, role) for key, role in PEOPLE.items() for name in fields.get(key) or [])
    return Book(key="", title=fields.get("title") or "", subtitle=fields.get("subtitle"),
                contributors=tuple(p for p in people if p is not None), publisher=fields.get("publisher"),
                place=fields.get("place"), pages=fields.get("pages"), year=fields.get("year"))


# spans name a role ("author"); the desk's fields are the gold format's lists ("authors")
FIELD_OF_SPAN = {role.value: key for key, role in PEOPLE.items()}


def segments(notes: str, fields: Mapping[str, Any]) -> list[tuple[str, str | None]]:
    """The notes cut into (text, field or None) pieces, each field's text where it is printed."""
    spans = find_spans(_gold_book(fields), notes)
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for field, start, end in spans:
        if start > at:
            pieces.append((notes[at:start], None))
        pieces.append((notes[start:end], FIELD_OF_SPAN.get(field, field)))
        at = end
    if at < len(notes):
        pieces.append((notes[at:], None))
    return pieces
