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


@dataclass(frozen=True)
class Item:
    """One book of the run, where it is (document id, index in its record) and what the
    parser said of it."""

    number: int          # position in the run, the book's address on the desk
    doc_id: str
    index: int
    book: Mapping[str, Any]   # the hub JSON book
    outlet: str

    @property
    def reasons(self) -> list[str]:
        return list(self.book.get("review_reasons") or [])

    @property
    def kinds(self) -> list[str]:
        """Each reason without its particulars ("the readers disagree on"), to filter by."""
        return [reason.split(":")[0] for reason in self.reasons]


def read_run(lines: Iterable[str]) -> list[Item]:
    """Every book of the run's hub JSON lines, in run order; error and skip lines have none."""
    items: list[Item] = []
    for line in lines:
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row, dict) or not isinstance(row.get("books"), list):
            continue
        outlet = (row.get("review") or {}).get("outlet") or ""
        for index, book in enumerate(row["books"]):
            items.append(Item(len(items), str(row.get("id")), index, book, outlet))
    return items


def queue(items: list[Item], reason: str = "", outlet: str = "") -> list[Item]:
    """Books marked `review` first, then the rest, each in run order; filtered by a reason's
    kind and by outlet when given."""
    chosen = [i for i in items if (not reason or reason in i.kinds) and (not outlet or i.outlet == outlet)]
    return sorted(chosen, key=lambda i: i.book.get("confidence") != "review")


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
