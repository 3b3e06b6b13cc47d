"""NITF XML as in the New York Times Annotated Corpus -> a Document with review metadata.

Parsed safely: no network, no DTD loading (the corpus names an http DTD that must never
be fetched), no entity declarations at all (XXE, billion laughs), bounded size.
"""
from __future__ import annotations

import re
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
    if node is None:
        return None
    text = " ".join("".join(str(t) for t in node.itertext()).split())
    return text or None


def _metas(root: etree._Element) -> dict[str, str | None]:
    """The content of the head's first <meta> of each name, in one pass (a find per name
    cost a path search each)."""
    found: dict[str, str | None] = {}
    for node in root.iterfind("head/meta"):
        name = node.get("name")
        if name is not None and name not in found:
            found[name] = node.get("content")
    return found


def _date(root: etree._Element, metas: dict[str, str | None]) -> tuple[str | None, str | None]:
    """The publication date as ISO 8601, and a warning when the file's date is no date."""
    stamp = root.find("head/pubdata")
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


def _body(root: etree._Element) -> str:
    """The article text: its full_text block, after any lead paragraph that block does not
    repeat (the notes sometimes stand in the lead alone)."""
    full = [line for block in root.findall("body/body.content/block[@class='full_text']") for line in _block_lines(block)]
    seen = set(full)
    lead = [line for block in root.findall("body/body.content/block[@class='lead_paragraph']")
            for line in _block_lines(block) if line not in seen]
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
    doc_id = root.find("head/docdata/doc-id")
    body = _body(root)
    pubdata = root.find("head/pubdata")
    holder = root.find("head/docdata/doc.copyright")
    metas = _metas(root)
    date, date_warning = _date(root, metas)
    metadata = ReviewMetadata(
        reviewers=reviewer_names(_text(root.find("body/body.head/byline[@class='print_byline']"))),
        outlet=(holder.get("holder") if holder is not None and holder.get("holder") else DEFAULT_OUTLET),
        date=date,
        headline=_text(root.find("body/body.head/hedline/hl1")),
        url=review_url(link) if (link := (pubdata.get("ex-ref") if pubdata is not None else None)
                                     or metas.get("alternate_url")) else None,
        section=metas.get("dsk") or metas.get("print_section"),
    )
    identifier = doc_id.get("id-string") if doc_id is not None else None
    return Document(str(identifier or name), body, metadata, (date_warning,) if date_warning else ())
