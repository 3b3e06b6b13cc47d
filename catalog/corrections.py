"""A cataloger's corrections: an append-only journal, and the records it corrects.

The review desk (catalog review) appends one JSON line per saved book, written and
fsynced before the page says "saved", so nothing saved is lost to a crash:

    {"id": "dev-001", "book": 0, "fields": {<the book in the shared gold format>}, "time": "..."}

The latest line for a book wins. `catalog export --corrections` and `make train
CORRECTIONS=...` read the journal; a corrected book is `verified`, its fields' provenance
`cataloger`.
"""
from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from catalog.errors import InputError
from catalog.keys import rekeyed, review_key, unique
from catalog.model import Book, Record, Role, Source
from catalog.parse.names import to_contributor
from catalog.parse.spans import with_spans

# gold list -> the role of the people in it; other roles ("introduction by") are kept as read
PEOPLE = {"authors": Role.AUTHOR, "editors": Role.EDITOR, "translators": Role.TRANSLATOR,
          "illustrators": Role.ILLUSTRATOR}
TEXTS = ("title", "subtitle", "publisher", "place")
NUMBERS = ("pages", "year")
EDITABLE = (*TEXTS[:2], *PEOPLE, *TEXTS[2:], *NUMBERS, "illustrated")

Corrections = Mapping[str, Mapping[int, Mapping[str, Any]]]   # document id -> book index -> gold fields


def book_gold(book: Book) -> dict[str, Any]:
    """The book in the shared gold format (../shared/data/README.md), with the unscored
    extras the desk edits (place, year)."""
    return {
        "title": book.title, "subtitle": book.subtitle,
        **{name: [p.display for p in book.people(role)] for name, role in PEOPLE.items()},
        "publisher": book.publisher, "place": book.place, "pages": book.pages, "year": book.year,
        "illustrated": book.illustrated,
        "price": [{"amount": str(o.price.amount), "currency": o.price.currency, "binding": o.binding}
                  for o in book.prices],
        "isbn": list(book.isbns),
    }


def checked_fields(fields: object) -> dict[str, Any]:
    """The editable fields of a correction, typed; InputError names the first wrong one.
    Prices and ISBNs are read-only at the desk: they come from the item finders."""
    if not isinstance(fields, dict):
        raise InputError("a correction's fields must be an object")
    out: dict[str, Any] = {}
    for name in EDITABLE:
        if name not in fields:
            continue
        value = fields[name]
        if name in TEXTS:
            if value is not None and not isinstance(value, str):
                raise InputError(f"{name} must be text")
            value = " ".join(value.split()) or None if value else None
        elif name in PEOPLE:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise InputError(f"{name} must be a list of names")
            value = [" ".join(v.split()) for v in value if v.strip()]
        elif name in NUMBERS:
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
                raise InputError(f"{name} must be a whole number")
        elif not isinstance(value, bool):
            raise InputError(f"{name} must be true or false")
        out[name] = value
    if not out.get("title", "x"):
        raise InputError("a book needs a title")
    return out


def apply_correction(book: Book, fields: Mapping[str, Any]) -> Book:
    """The book as the cataloger corrected it: verified, the corrected fields' provenance
    `cataloger`, no reasons left to review it, and its spans found again."""
    fields = checked_fields(dict(fields))
    changes: dict[str, Any] = {k: fields[k] for k in (*TEXTS, *NUMBERS, "illustrated") if k in fields}
    if "title" in changes:
        changes["title"] = changes["title"] or book.title
    provenance = dict(book.provenance)
    if any(name in fields for name in PEOPLE):
        kept = [p for p in book.contributors if p.role not in PEOPLE.values() or
                not any(r == p.role and name in fields for name, r in PEOPLE.items())]
        named = [to_contributor(n, role) for name, role in PEOPLE.items() if name in fields for n in fields[name]]
        changes["contributors"] = tuple(kept + [p for p in named if p is not None])
        provenance["contributors"] = Source.CATALOGER
    provenance.update((name, Source.CATALOGER) for name in changes if name != "contributors")
    corrected = replace(book, **changes, provenance=tuple(sorted(provenance.items())), review_reasons=(),
                        verified=True)
    return with_spans(corrected)


def apply_corrections(record: Record, corrections: Corrections) -> Record:
    """The record with its corrected books, keyed by their corrected title and first person
    (the review's key follows its first book); a correction for a book it lacks is ignored."""
    mine = corrections.get(record.id)
    if not mine or not any(i < len(record.books) for i in mine):
        return record
    books = [rekeyed(apply_correction(b, mine[i])) if i in mine else b for i, b in enumerate(record.books)]
    books = [replace(b, key=k) for b, k in zip(books, unique(b.key for b in books), strict=True)]
    first = record.review.reviewers[0] if record.review.reviewers else None
    review = replace(record.review, reviews=tuple(b.key for b in books),
                     key=review_key(books[0].key, first.family or first.literal if first else None))
    return replace(record, books=tuple(books), review=review)


def entry(doc_id: str, index: int, fields: Mapping[str, Any], now: datetime | None = None) -> dict[str, Any]:
    """One journal line's content."""
    when = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    return {"id": doc_id, "book": index, "fields": dict(fields), "time": when}


def append_correction(path: Path, line: Mapping[str, Any]) -> None:
    """Append one line and fsync it (and the folder, for a new journal) before returning."""
    new = not path.exists()
    data = (json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        if os.fstat(fd).st_size and not _ends_with_newline(fd):
            data = b"\n" + data   # after a torn line, start afresh on a line of its own
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if new:
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _ends_with_newline(fd: int) -> bool:
    return os.pread(fd, 1, os.fstat(fd).st_size - 1) == b"\n"


def read_journal(path: Path) -> tuple[dict[str, dict[int, dict[str, Any]]], list[str]]:
    """The latest correction of each book, and warnings; a journal not there is empty.
    A line that is not JSON (a save a crash cut short) is ignored with a warning; a JSON
    line that is not a correction is an InputError: a journal edited by hand is looked at."""
    latest: dict[str, dict[int, dict[str, Any]]] = {}
    warnings: list[str] = []
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return latest, warnings
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from None
    for n, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:   # not JSON, or not UTF-8: a save cut short by a crash
            warnings.append(f"{path}: line {n} is incomplete (a save cut short), ignored")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("id"), str) \
                or not isinstance(row.get("book"), int) or isinstance(row.get("book"), bool):
            raise InputError(f"{path}: line {n}: not a correction (id, book, fields)")
        try:
            fields = checked_fields(row.get("fields"))
        except InputError as exc:
            raise InputError(f"{path}: line {n}: {exc.detail}") from None
        latest.setdefault(row["id"], {})[row["book"]] = fields
    return latest, warnings
