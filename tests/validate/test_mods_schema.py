"""The lxml-compatible MODS schema is the official one less one redundant line."""
import difflib

import pytest
from lxml import etree

from catalog.validate.mods import IMPORTS, _parser, lxml_compatible_xsd, mods_errors
from catalog.validate.schemas import schema_path
from catalog.writers.mods import to_mods


def test_derived_schema_differs_by_one_line_only():
    official = schema_path("mods-3-8.xsd").read_bytes().decode().splitlines()
    derived = lxml_compatible_xsd(schema_path("mods-3-8.xsd").read_bytes()).decode().splitlines()
    diff = [d for d in difflib.unified_diff(official, derived, lineterm="", n=0)
            if d[:1] in "+-" and d[:3] not in ("+++", "---")]
    assert diff == ['-\t\t\t\t<xs:attributeGroup ref="IDAttributeGroup"/>\r'] or \
        [d.rstrip("\r") for d in diff] == ['-\t\t\t\t<xs:attributeGroup ref="IDAttributeGroup"/>']


def test_official_schema_rejected_by_libxml2_as_documented():
    """With its imports resolved to the bundled copies, libxml2 still refuses the official
    file, and for the documented reason: the duplicate IDREF attribute use."""
    official = schema_path("mods-3-8.xsd").read_bytes()
    doc = etree.fromstring(official, _parser(), base_url=str(schema_path("mods-3-8.xsd")))
    with pytest.raises(etree.XMLSchemaParseError) as refused:
        etree.XMLSchema(doc)
    message = str(refused.value)
    assert "accessConditionDefinition" in message and "IDREF" in message, message
    derived = etree.fromstring(lxml_compatible_xsd(official), _parser(), base_url=str(schema_path("mods-3-8.xsd")))
    etree.XMLSchema(derived)   # the derived copy compiles with the very same imports


def test_official_schema_with_xmlschema_agrees(seed_record):
    xmlschema = pytest.importorskip("xmlschema")
    locations = {"http://www.w3.org/XML/1998/namespace": str(schema_path("xml.xsd")),
                 "http://www.w3.org/1999/xlink": str(schema_path("xlink.xsd"))}
    official = xmlschema.XMLSchema(str(schema_path("mods-3-8.xsd")), locations=locations,
                                   allow="local", defuse="always")
    good = to_mods([seed_record])
    bad = good.replace("<genre ", "<genre bogus=\"1\" ", 1)
    assert official.is_valid(good) and not mods_errors(good.encode())
    assert not official.is_valid(bad) and mods_errors(bad.encode())


def test_broken_mods_is_reported_with_its_line(seed_record):
    text = to_mods([seed_record]).replace("<typeOfResource>", "<shelfMark/><typeOfResource>", 1)
    errors = mods_errors(text.encode())
    line = next(n for n, text_line in enumerate(text.splitlines(), 1) if "shelfMark" in text_line)
    assert errors and errors[0][0] == line


def test_every_http_import_of_the_official_schema_resolves_to_a_bundled_copy():
    """Each schemaLocation the official XSD imports over http is one the resolver maps to a
    bundled file, so compiling it fetches nothing."""
    official = etree.parse(str(schema_path("mods-3-8.xsd")))
    xs = "{http://www.w3.org/2001/XMLSchema}"
    imported = {e.get("schemaLocation") for e in official.iter(f"{xs}import", f"{xs}include")}
    assert imported and all(location.startswith("http") for location in imported)
    assert imported == set(IMPORTS)
    assert all(schema_path(name).exists() for name in IMPORTS.values())
