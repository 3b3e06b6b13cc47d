"""lxml's pretty printer over the same MODS tree: the reference that
tests/writers/test_mods_layout.py holds catalog/writers/mods.py's own serializer to,
byte for byte. The writer builds its elements as tuples (mods.elements); this turns them
into lxml elements and lets lxml lay them out, as the writer once did itself."""
from __future__ import annotations

from lxml import etree

from catalog.model import Record
from catalog.writers import mods

_PREFIXES = {"xml": mods.XML_NS, "xlink": mods.XLINK_NS}


def _qualified(name: str, default: str | None) -> str:
    prefix, _, local = name.rpartition(":")
    namespace = _PREFIXES[prefix] if prefix else default
    return f"{{{namespace}}}{local}" if namespace else local


def _add(parent: etree._Element, node: mods.Node) -> None:
    tag, attrs, text, children = node
    element = etree.SubElement(parent, _qualified(tag, mods.MODS_NS),
                               {_qualified(k, None): v for k, v in attrs})
    element.text = text
    for child in children:
        _add(element, child)


def _collection() -> etree._Element:
    root = etree.Element(f"{{{mods.MODS_NS}}}modsCollection",
                         nsmap={None: mods.MODS_NS, "xlink": mods.XLINK_NS, "xsi": mods.XSI_NS})
    root.set(f"{{{mods.XSI_NS}}}schemaLocation", mods.SCHEMA_LOCATION)
    return root


def _serialize(root: etree._Element) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(root, pretty_print=True, encoding="unicode")


_EMPTY = _serialize(_collection())                       # '<modsCollection .../>'
HEADER = _EMPTY[: _EMPTY.rindex("/>")] + ">\n"             # the same, opened
FOOTER = "</modsCollection>\n"


def fragment(record: Record) -> str:
    """The record's <mods> elements as lxml lays them out inside the collection."""
    root = _collection()
    for node in mods.elements(record):
        _add(root, node)
    return _serialize(root)[len(HEADER):-len(FOOTER)]
