"""MODS 3.8 validation against the official XSD, offline, compiled once.

libxml2 refuses the official mods-3-8.xsd: `accessConditionDefinition` adds
IDAttributeGroup that its base `extensionDefinition` already has (duplicate attribute
use 'IDREF'). We keep the official file unchanged as the reference and derive, in
memory, a copy without that one redundant line; the attributes are still inherited,
so the set of valid documents is the same (tests prove the derived copy differs by
that line alone, and that the official file, compiled by xmlschema, agrees).
The two http imports are resolved to the bundled copies: nothing is fetched.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from catalog.errors import BugError
from catalog.validate.schemas import schema_path

IMPORTS = {
    "http://www.loc.gov/mods/xml.xsd": "xml.xsd",
    "http://www.loc.gov/standards/xlink/xlink.xsd": "xlink.xsd",
}
_DUPLICATE = re.compile(
    r'(<xs:complexType name="accessConditionDefinition".*?)\r?\n'
    r'[ \t]*<xs:attributeGroup ref="IDAttributeGroup"/>[ \t]*(?=\r?\n)',
    re.DOTALL,
)


def lxml_compatible_xsd(official: bytes) -> bytes:
    """The official XSD less the one attributeGroup line libxml2 rejects as a duplicate."""
    text = official.decode("utf-8")
    derived, count = _DUPLICATE.subn(r"\1", text, count=1)
    if count != 1:
        raise BugError("mods-3-8.xsd is not the expected official file")
    return derived.encode("utf-8")


class _BundledImports(etree.Resolver):
    def resolve(self, system_url: str, public_id: str, context: object) -> object:  # type: ignore[override]
        name = IMPORTS.get(str(system_url))
        if name is None:
            return None
        return self.resolve_filename(str(schema_path(name)), context)  # type: ignore[attr-defined]


def _parser() -> etree.XMLParser:
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_BundledImports())
    return parser


@lru_cache(maxsize=1)
def mods_schema() -> etree.XMLSchema:
    official = schema_path("mods-3-8.xsd").read_bytes()
    doc = etree.fromstring(lxml_compatible_xsd(official), _parser(),
                           base_url=str(schema_path("mods-3-8.xsd")))
    return etree.XMLSchema(doc)


def safe_parser() -> etree.XMLParser:
    """For documents (ours or anyone's): no network, no entities, no DTD, bounded."""
    return etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False,
                           huge_tree=False, remove_blank_text=False)


def xsd_errors(xml: bytes, schema: etree.XMLSchema) -> list[tuple[int, str]]:
    """(line, message) for every way the document breaks the schema; empty when valid."""
    try:
        doc = etree.fromstring(xml, safe_parser())
    except etree.XMLSyntaxError as exc:
        return [(exc.lineno or 0, f"not well-formed XML: {exc.msg}")]
    if schema.validate(doc):
        return []
    return [(e.line, e.message) for e in schema.error_log]  # type: ignore[attr-defined]


def mods_errors(xml: bytes) -> list[tuple[int, str]]:
    """(line, message) for every way the document breaks MODS 3.8; empty when valid."""
    return xsd_errors(xml, mods_schema())
