"""Zotero's import of each of our formats, run for real: its translation-server over HTTP.

The server (../shared/zotero, AGPL) is a separate program that the `zotero` session fixture
starts on 127.0.0.1 and stops; nothing of it is imported or copied into catalog. Its import
returns Zotero items in the order of the file, each item's notes after it as `note` items,
so items are matched to our records by order. Each item becomes a CSL-like item, so that
survival.py checks it as it checks every other client. `python -m tests.interop.zotero PORT`
prints the README's table against a running server.
"""
from __future__ import annotations

import calendar
import html
import json
import re
import sys
import urllib.request
from collections.abc import Callable, Mapping, Sequence

from catalog.model import Record
from catalog.writers.biblatex import to_biblatex
from catalog.writers.bibtex import to_bibtex
from catalog.writers.csljson import to_csljson
from catalog.writers.marc import to_marc, to_marcxml
from catalog.writers.mods import to_mods
from catalog.writers.ris import to_ris
from tests.interop.survival import Survival, field_table, survival

# Every format of ours that a Zotero import translator reads.
FORMATS: list[tuple[str, Callable[[Sequence[Record]], str]]] = [
    ("Zotero, from .bib", to_bibtex),
    ("Zotero, from .biblatex.bib", to_biblatex),
    ("Zotero, from MODS", to_mods),
    ("Zotero, from CSL-JSON", to_csljson),
    ("Zotero, from RIS", to_ris),
    ("Zotero, from MARCXML", to_marcxml),
    ("Zotero, from ISO 2709 (.mrc)", to_marc),
]

MONTHS = {name.casefold(): n for n, name in enumerate(calendar.month_name) if name}


def import_items(url: str, text: str) -> list[dict]:
    """POST /import: the Zotero items the server's translators make of one file."""
    request = urllib.request.Request(f"{url}/import", data=text.encode("utf-8"),
                                     headers={"Content-Type": "text/plain"})
    with urllib.request.urlopen(request, timeout=300) as answer:
        return json.loads(answer.read().decode("utf-8"))


def _date_parts(date: str) -> list[int]:
    """Zotero keeps a date as written or as it read it: "1996-07-01", "July 1, 1996", "1996?"."""
    iso = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", date)
    if iso:
        return [int(p) for p in iso.groups() if p]
    year = re.search(r"\b(\d{4})\b", date)
    month = next((n for word, n in MONTHS.items() if word in date.casefold()), None)
    day = re.search(r"\b(\d{1,2})\b", date)
    parts = [int(year.group(1))] if year else []
    if parts and month:
        parts.append(month)
        if day:
            parts.append(int(day.group(1)))
    return parts


def _note_text(note: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", note))


def csl_like(item: Mapping, notes: Sequence[str]) -> dict:
    """A Zotero item as the CSL-like item survival.py reads; its notes and Extra as `note`."""
    authors = [{"family": c["lastName"]} if "lastName" in c else {"literal": c.get("name", "")}
               for c in item.get("creators", []) if c.get("creatorType") == "author"]
    out: dict = {"title": item.get("title", ""), "author": authors, "type": item.get("itemType"),
                 "publisher": item.get("publisher"), "number-of-pages": item.get("numPages"),
                 "container-title": item.get("publicationTitle"), "URL": item.get("url"),
                 "note": " ".join([item.get("extra", "")] + [_note_text(n) for n in notes]).strip()}
    parts = _date_parts(item.get("date", ""))
    if parts:
        out["issued"] = {"date-parts": [parts]}
    return {k: v for k, v in out.items() if v is not None}


def record_keys(records: Sequence[Record]) -> list[str]:
    """The keys in the order every writer writes them: each record's books, then its review."""
    return [key for r in records for key in [b.key for b in r.books] + [r.review.key]]


def zotero_items(url: str, text: str, keys: Sequence[str]) -> dict[str, dict]:
    """Import one file and key its items by our records, in order."""
    items: list[tuple[dict, list[str]]] = []
    for item in import_items(url, text):
        if item.get("itemType") == "note" and items:
            items[-1][1].append(item.get("note", ""))
        else:
            items.append((item, []))
    if len(items) != len(keys):
        raise AssertionError(f"Zotero made {len(items)} items of {len(keys)} records")
    return {key: csl_like(item, notes) for key, (item, notes) in zip(keys, items, strict=True)}


def measure(url: str, records: Sequence[Record]) -> list[Survival]:
    keys = record_keys(records)
    return [survival(name, records, zotero_items(url, write(records), keys)) for name, write in FORMATS]


if __name__ == "__main__":
    from tests.interop.records import interop_records
    measured = measure(f"http://127.0.0.1:{sys.argv[1]}", interop_records())
    print(field_table(measured))
    if "-v" in sys.argv:
        for r in measured:
            print(r.summary(), file=sys.stderr)
