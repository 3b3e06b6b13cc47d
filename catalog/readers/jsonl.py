"""JSON lines {"id", "text", "review": {...}} -> Documents, one bad line never stops the rest."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from catalog.errors import InputError
from catalog.model import Document, ReviewMetadata
from catalog.readers.metadata import is_text, review_metadata

_META_KEYS = ("outlet", "date", "headline", "url", "section")


def metadata_from(row: dict) -> ReviewMetadata:
    """The line's `review` object, typed: InputError names what is not a string or a date."""
    given = row.get("review") or {}
    if not isinstance(given, dict):
        raise InputError("'review' must be an object")
    reviewers = given.get("reviewers") if given.get("reviewers") is not None else given.get("reviewer")
    return review_metadata(reviewers, **{k: given.get(k) or None for k in _META_KEYS})


MAX_LINE = 50 * 1024 * 1024   # a document's limit, as for a text file


def split_lines(text: str) -> list[str]:
    """JSON lines end at "\\n" only: U+2028 and U+0085 are characters inside a line."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()   # the newline that ends the last line
    return lines


def read_jsonl(lines: Iterable[str], first_line: int = 1) -> Iterator[Document | InputError]:
    """Each line -> a Document, or an InputError naming the line, in order."""
    for n, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        if len(line) > MAX_LINE:
            yield InputError(f"longer than {MAX_LINE // (1024 * 1024)} MB", f"line {n}")
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"not JSON ({exc.msg})", f"line {n}")
            continue
        except RecursionError:   # 100,000 nested "[": refused, not a crash
            yield InputError("JSON nested too deeply", f"line {n}")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            yield InputError("expected an object with a 'text' string", f"line {n}")
            continue
        doc_id = str(row.get("id", f"line-{n}"))
        if not is_text(doc_id) or not is_text(row["text"]):
            yield InputError("'id' and 'text' must be valid Unicode (no lone surrogates)",
                             doc_id if is_text(doc_id) else f"line {n}")
            continue
        try:
            metadata = metadata_from(row)
        except InputError as exc:
            yield InputError(exc.detail, doc_id) if exc.doc_id is None else exc
            continue
        yield Document(doc_id, row["text"], metadata)
