"""Field survival: which of our fields a client still has after reading our output.

Each path (a client reading one of our formats) yields, per record key, either a
CSL-like item (what pandoc and citation-js produce, or what we read back from the MODS
and RIS that bibutils writes) or the text a style rendered. Both are checked against
the hub record, field by field, so the interop tests can assert a share and name the
fields that were lost. `python -m tests.interop.survival` prints the README's table.
"""
from __future__ import annotations

import calendar
import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from lxml import etree

from catalog.model import Contributor, Record, Role

BOOK_FIELDS = ("title", "subtitle", "authors", "publisher", "year", "pages")
REVIEW_FIELDS = ("reviewer", "outlet", "date", "headline", "url", "reviewed book")
# Styles print no page count for a book, so rendered bibliographies are not asked for one.
NOT_RENDERED = frozenset({"pages"})


def fold(text: str) -> str:
    """Compare as a reader would: no quote marks, dashes plain, spacing folded, no case."""
    # quotes go: styles swap double for single and move a period inside them
    text = text.translate({0x2019: None, 0x2018: None, 0x201c: None, 0x201d: None, ord("'"): None,
                           ord('"'): None, ord("`"): None, 0x2026: "...", 0x2013: "-", 0x2014: "-", 0xa0: " "})
    return " ".join(text.split()).casefold()


def _families(people: Iterable[Contributor]) -> list[str]:
    """Family names without particles: styles and readers place "de la" as they please."""
    return [fold(p.literal or p.family or "") for p in people]


def expected_fields(record: Record) -> list[tuple[str, str, str | int | list[str]]]:
    """(key, field, value) for every field the hub record holds."""
    out: list[tuple[str, str, str | int | list[str]]] = []
    for book in record.books:
        values: dict[str, str | int | list[str] | None] = {
            "title": book.title, "subtitle": book.subtitle,
            "authors": _families(book.people(Role.AUTHOR)) or None,
            "publisher": book.publisher, "year": book.year, "pages": book.pages}
        out += [(book.key, name, v) for name, v in values.items() if v is not None]
    review = record.review
    values = {"reviewer": _families(review.reviewers) or None, "outlet": review.outlet,
              "date": review.date, "headline": review.headline, "url": review.url,
              "reviewed book": record.books[0].title}
    out += [(review.key, name, v) for name, v in values.items() if v is not None]
    return out


# --- checking a CSL-like item -------------------------------------------------------

def _item_names(item: Mapping, variable: str) -> list[str]:
    return [fold(n.get("family") or n.get("literal", "")) for n in item.get(variable) or []]


def _same_names(got: list[str], expected: list[str]) -> bool:
    """A reader that keeps a particle in the family name ("de la Cruz") still has the name."""
    return len(got) == len(expected) and all(g == e or g.endswith(" " + e) for g, e in zip(got, expected, strict=True))


def _item_date(item: Mapping) -> list[int]:
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return [int(p) for p in parts[0]]


def _all_text(item: Mapping) -> str:
    return fold(" ".join(str(v) for v in item.values() if isinstance(v, (str, int))))


def item_keeps(item: Mapping, name: str, value: str | int | list[str]) -> bool:
    title = fold(str(item.get("title", "")))
    if name == "title":
        return title.startswith(fold(str(value)))
    if name == "subtitle":
        return fold(str(value)) in title
    if name in ("authors", "reviewer"):
        return _same_names(_item_names(item, "author"), value)  # type: ignore[arg-type]
    if name == "publisher":   # "Henry Holt & Co.": MARC's closing stop, which Zotero takes off, is no loss
        return fold(str(item.get("publisher", ""))).rstrip(".") == fold(str(value)).rstrip(".")
    if name == "year":
        return _item_date(item)[:1] == [value]
    if name == "pages":
        return str(item.get("number-of-pages", "")) == str(value)
    if name == "outlet":
        return fold(str(item.get("container-title", ""))) == fold(str(value))
    if name == "date":
        return _item_date(item) == [int(p) for p in str(value).split("-")]
    if name == "headline":
        return title == fold(str(value))
    if name == "url":
        return item.get("URL") == value
    if name == "reviewed book":
        return fold(str(value)) in _all_text(item)
    raise ValueError(name)


# --- checking a rendered bibliography entry ---------------------------------------

def _date_forms(iso: str) -> list[str]:
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return [str(parts[0])]
    month = calendar.month_name[parts[1]]
    if len(parts) == 2:
        return [f"{month} {parts[0]}", f"{parts[0]}, {month}"]
    return [f"{month} {parts[2]}, {parts[0]}", f"{parts[0]}, {month} {parts[2]}", f"{parts[2]} {month} {parts[0]}"]


# "1996d": a style's year suffix, which tells apart one author's works of one year.
YEAR_SUFFIX = re.compile(r"\b(\d{4})[a-z]\b")
# "———.": Chicago's mark for "the same author(s) as the entry above".
SAME_AUTHORS = "\u2014\u2014\u2014"


def text_keeps(text: str, name: str, value: str | int | list[str]) -> bool:
    if name in ("authors", "reviewer") and text.startswith(SAME_AUTHORS):
        return True
    text = fold(text)
    if name in ("date", "year"):
        text = YEAR_SUFFIX.sub(r"\1", text)
    if name in ("authors", "reviewer"):
        return all(family in text for family in value)      # type: ignore[union-attr]
    if name == "date":
        return any(fold(form) in text for form in _date_forms(str(value)))
    if name == "reviewed book":
        return "review of" in text and fold(str(value)) in text
    return fold(str(value)) in text


# --- reading back what bibutils writes --------------------------------------------

MODS = "{http://www.loc.gov/mods/v3}"


def _mods_names(mods: etree._Element) -> list[dict]:
    names = []
    for name in mods.findall(f"{MODS}name"):
        roles = [r.text for r in name.iter(f"{MODS}roleTerm")]
        if roles and not any(r in ("author", "aut") for r in roles):
            continue
        family = name.find(f"{MODS}namePart[@type='family']")
        if family is not None:
            names.append({"family": family.text})
        else:
            names.append({"literal": " ".join(p.text or "" for p in name.findall(f"{MODS}namePart"))})
    return names


def _mods_title(mods: etree._Element) -> str:
    info = mods.find(f"{MODS}titleInfo")
    if info is None:
        return ""
    return ": ".join(e.text or "" for e in info if e.tag in (f"{MODS}title", f"{MODS}subTitle"))


def _mods_date(mods: etree._Element) -> dict | None:
    for date in mods.iter(f"{MODS}dateIssued"):
        digits = re.findall(r"\d+", date.text or "")
        if digits:
            return {"date-parts": [[int(d) for d in digits[:3]]]}
    return None


def mods_items(text: str) -> dict[str, dict]:
    """Each <mods> of a collection as a CSL-like item, keyed by its ID."""
    root = etree.fromstring(text.encode("utf-8"))
    items = {}
    for mods in root.iter(f"{MODS}mods"):
        key = mods.get("ID") or ""
        item: dict = {"title": _mods_title(mods), "author": _mods_names(mods)}
        publisher = mods.find(f"{MODS}originInfo/{MODS}publisher")
        if publisher is not None:
            item["publisher"] = publisher.text
        date = _mods_date(mods)
        if date:
            item["issued"] = date
        for extent in mods.iter(f"{MODS}extent"):
            pages = extent.find(f"{MODS}total")
            found = pages.text if pages is not None else re.match(r"\d*", extent.text or "").group()
            if found:
                item["number-of-pages"] = found
        host = mods.find(f"{MODS}relatedItem[@type='host']")
        if host is not None:
            item["container-title"] = _mods_title(host)
        url = mods.find(f"{MODS}location/{MODS}url")
        if url is not None:
            item["URL"] = url.text
        item["note"] = " ".join(n.text or "" for n in mods.iter(f"{MODS}note"))
        items[key] = item
    return items


RIS_TAG = re.compile(r"^([A-Z][A-Z0-9])  - ?(.*)$")


def _first(tags: dict[str, list[str]], *names: str) -> str | None:
    """The first value of the first of `names` that the record has."""
    return next((tags[n][0] for n in names if n in tags), None)


def ris_items(text: str) -> dict[str, dict]:
    """Each RIS record as a CSL-like item, keyed by its ID tag."""
    items: dict[str, dict] = {}
    tags: dict[str, list[str]] = {}
    for line in text.splitlines():
        match = RIS_TAG.match(line)
        if not match:
            continue
        tag, value = match.groups()
        if tag == "ER":
            book = tags.get("TY") == ["BOOK"]
            item: dict = {"title": ": ".join(v for v in (_first(tags, "TI", "T1", "BT"),
                                                         _first(tags, "T2") if book else None) if v),
                          "author": [{"family": a.split(",")[0]} for a in tags.get("AU", []) + tags.get("A1", [])],
                          "publisher": _first(tags, "PB"),
                          "container-title": _first(tags, "JO", "JF", "T2", "BT") if not book else None,
                          "URL": _first(tags, "UR"), "number-of-pages": _first(tags, "SP"),
                          "note": " ".join(tags.get("N1", []) + tags.get("KW", []))}
            digits = re.findall(r"\d+", _first(tags, "DA", "PY", "Y1") or "")
            if digits:
                item["issued"] = {"date-parts": [[int(d) for d in digits[:3]]]}
            items[_first(tags, "ID") or str(len(items))] = {k: v for k, v in item.items() if v is not None}
            tags = {}
        else:
            tags.setdefault(tag, []).append(value)
    return items


def html_entries(text: str) -> dict[str, str]:
    """pandoc's HTML bibliography: each <div id="ref-KEY" class="csl-entry"> as plain text."""
    entries = {}
    for key, body in re.findall(r'<div id="ref-([^"]+)" class="csl-entry"[^>]*>(.*?)</div>', text, re.S):
        entries[html.unescape(key)] = html.unescape(re.sub(r"<[^>]+>", "", body)).strip()
    return entries


# --- the tally ----------------------------------------------------------------------

@dataclass
class Survival:
    """Kept and lost fields of one path."""

    path: str
    kept: int = 0
    lost: list[tuple[str, str]] = field(default_factory=list)   # (record key, field)

    @property
    def share(self) -> float:
        total = self.kept + len(self.lost)
        return self.kept / total if total else 1.0

    def lost_by_field(self) -> list[tuple[str, int]]:
        """(field, how many records lost it), by field name."""
        return sorted(Counter(name for _, name in self.lost).items())

    def summary(self) -> str:
        detail = ", ".join(f"{name} {n}" for name, n in self.lost_by_field()) or "none"
        return f"{self.path}: {self.share:.1%} kept; lost: {detail}; first: {self.lost[:5]}"


def survival(path: str, records: Sequence[Record], found: Mapping[str, Mapping | str],
             rendered: bool = False) -> Survival:
    """Tally every hub field of every record against what the path gave back."""
    result = Survival(path)
    for record in records:
        for key, name, value in expected_fields(record):
            if rendered and name in NOT_RENDERED:
                continue
            got = found.get(key)
            kept = got is not None and (text_keeps(got, name, value) if isinstance(got, str)
                                        else item_keeps(got, name, value))
            if kept:
                result.kept += 1
            else:
                result.lost.append((key, name))
    return result


def field_table(results: Sequence[Survival]) -> str:
    """A Markdown table: one row per path, the share kept and the fields it loses."""
    lines = ["| path | fields kept | lost (count) |", "|---|---|---|"]
    for r in results:
        detail = ", ".join(f"{n} ({c})" for n, c in r.lost_by_field()) or "none"
        lines.append(f"| {r.path} | {r.share:.1%} | {detail} |")
    return "\n".join(lines)

