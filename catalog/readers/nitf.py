"""NITF XML as in the New York Times Annotated Corpus -> a Document with review metadata.

Parsed safely: no network, no DTD loading (the corpus names an http DTD that must never
be fetched), no entity declarations at all (XXE, billion laughs), bounded size.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from catalog.errors import InputError
from catalog.model import Document, ReviewMetadata, Role
from catalog.parse.names import to_contributor
from catalog.readers.metadata import review_date, review_url

MAX_BYTES = 20 * 1024 * 1024
DEFAULT_OUTLET = "The New York Times"
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


@lru_cache(maxsize=1)   # one parser for the process: lxml reuses its buffers
def _parser() -> etree.XMLParser:
    return etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=True, remove_pis=True)


_NITF_ROOT = re.compile(rb"<(?:[\w.-]+:)?nitf[\s>]")


def looks_like_nitf(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return bool(head.startswith((b"<?xml", b"<")) and _NITF_ROOT.search(data[:4096]))


def _text(node: etree._Element | None) -> str | None:
    """An element's text, whitespace collapsed; None when it has none."""
    if node is None:
        return None
    return " ".join(_all_text(node).split()) or None


@dataclass
class _Parts:
    """The elements an article's record comes from, each the first of its path in document
    order (what ElementPath's find gives), the meta, lead and full-text lists in order."""

    doc_id: etree._Element | None = None          # head/docdata/doc-id
    copyright: etree._Element | None = None       # head/docdata/doc.copyright
    pubdata: etree._Element | None = None         # head/pubdata
    headline: etree._Element | None = None        # body/body.head/hedline/hl1
    byline: etree._Element | None = None          # body/body.head/byline[@class='print_byline']
    metas: dict[str, str | None] = field(default_factory=dict)   # head/meta: name -> content, first of each
    lead: list[etree._Element] = field(default_factory=list)     # body/body.content/block[@class='lead_paragraph']
    full: list[etree._Element] = field(default_factory=list)     # body/body.content/block[@class='full_text']


def _parts(root: etree._Element) -> _Parts:
    """Every element read_nitf uses, in one walk of the head and the body's two parts: a
    find per path cost 3 to 5 µs each, most of the time of an article with no notes.
    tests/readers/test_nitf_parts.py holds it to the paths it stands for."""
    parts = _Parts()
    for section in root:
        if section.tag == "head":
            for element in section:
                tag = element.tag
                if tag == "meta":
                    name = element.get("name")
                    if name is not None and name not in parts.metas:
                        parts.metas[name] = element.get("content")
                elif tag == "pubdata" and parts.pubdata is None:
                    parts.pubdata = element
                elif tag == "docdata":
                    for item in element:
                        if item.tag == "doc-id" and parts.doc_id is None:
                            parts.doc_id = item
                        elif item.tag == "doc.copyright" and parts.copyright is None:
                            parts.copyright = item
        elif section.tag == "body":
            for part in section:
                if part.tag == "body.head":
                    for element in part:
                        if element.tag == "byline" and parts.byline is None and element.get("class") == "print_byline":
                            parts.byline = element
                        elif element.tag == "hedline" and parts.headline is None:
                            parts.headline = next((h for h in element if h.tag == "hl1"), None)
                elif part.tag == "body.content":
                    for block in part:
                        if block.tag == "block":
                            kind = block.get("class")
                            if kind == "full_text":
                                parts.full.append(block)
                            elif kind == "lead_paragraph":
                                parts.lead.append(block)
    return parts


def _date(stamp: etree._Element | None, metas: dict[str, str | None]) -> tuple[str | None, str | None]:
    """The publication date as ISO 8601, and a warning when the file's date is no date."""
    value = stamp.get("date.publication") if stamp is not None else None
    if not value:
        year, month, day = (metas.get(f"publication_{k}") for k in ("year", "month", "day_of_month"))
        value = "-".join(p for p in (year, month if year else None, day if month else None) if p) or None
    if not value:
        return None, None
    try:
        return review_date(value), None
    except InputError as exc:
        return None, f"{exc.detail}; the date is left out"


@lru_cache(maxsize=4096)   # a paper's bylines are its critics' few names, again and again
def reviewer_names(byline: str | None) -> tuple[str, ...]:
    """'By CHRISTOPHER LEHMANN-HAUPT' -> ('Christopher Lehmann-Haupt',)."""
    if not byline:
        return ()
    text = re.sub(r"^\s*By\s+", "", byline, flags=re.IGNORECASE)
    text = re.split(r";|\s+-\s+", text)[0]
    names = [n.strip(" ,.") for n in re.split(r",?\s+and\s+|,\s+(?=[A-Z]{2})", text, flags=re.IGNORECASE)]
    people = (to_contributor(n, Role.REVIEWER) for n in names)
    return tuple(p.display for p in people if p is not None)


def _drop_namespaces(root: etree._Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = element.tag.split("}", 1)[1]


def _all_text(element: etree._Element) -> str:
    """The text of an element and all it holds, without its tail: what
    "".join(element.itertext()) gives (comments and processing instructions left out), read
    in C by lxml's text serializer."""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def _block_lines(block: etree._Element) -> list[str]:
    """A block's paragraphs, and the loose text between and after them."""
    pieces = [block.text] + [piece for p in block for piece in (_all_text(p), p.tail)]
    return [line for line in (" ".join(piece.split()) for piece in pieces if piece) if line]


def _body(parts: _Parts) -> str:
    """The article text: its full_text block, after any lead paragraph that block does not
    repeat (the notes sometimes stand in the lead alone)."""
    full = [line for block in parts.full for line in _block_lines(block)]
    seen = set(full)
    lead = [line for block in parts.lead for line in _block_lines(block) if line not in seen]
    return "\n".join(lead + full)


def read_nitf(data: bytes, name: str) -> Document:
    """One NITF article -> Document; InputError with a one-line reason when it cannot be read."""
    if len(data) > MAX_BYTES:
        raise InputError(f"XML larger than {MAX_BYTES // (1024 * 1024)} MB", name)
    if _ENTITY_DECLARATION.search(data):
        raise InputError("XML declares entities, refused (possible entity expansion attack)", name)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"broken XML: {exc.msg}", name) from None
    if b"xmlns" in data:   # no declaration, no namespaced element: most files skip the walk
        _drop_namespaces(root)   # <nitf xmlns="http://iptc.org/std/NITF/..."> reads as plain NITF
    if root.tag != "nitf":
        raise InputError(f"not NITF (root element <{root.tag}>)", name)
    parts = _parts(root)
    date, date_warning = _date(parts.pubdata, parts.metas)
    holder = parts.copyright.get("holder") if parts.copyright is not None else None
    link = (parts.pubdata.get("ex-ref") if parts.pubdata is not None else None) or parts.metas.get("alternate_url")
    metadata = ReviewMetadata(
        reviewers=reviewer_names(_text(parts.byline)),
        outlet=holder or DEFAULT_OUTLET,
        date=date,
        headline=_text(parts.headline),
        url=review_url(link) if link else None,
        section=parts.metas.get("dsk") or parts.metas.get("print_section"),
    )
    identifier = parts.doc_id.get("id-string") if parts.doc_id is not None else None
    return Document(str(identifier or name), _body(parts), metadata, (date_warning,) if date_warning else ())
