"""MARC 21 validation: MARCXML against the Library of Congress schema, ISO 2709 by structure.

MARC21slim.xsd is bundled unchanged and compiles in lxml as it is. An ISO 2709 file is
read back record by record with pymarc, which checks the leader and directory lengths
against the bytes; each record must also be UTF-8 (leader/09 'a') and have a 001 and a
245, which every record catalog writes has.
"""
from __future__ import annotations

from functools import lru_cache
from io import BytesIO

from lxml import etree
from pymarc import MARCReader

from catalog.validate.mods import safe_parser, xsd_errors
from catalog.validate.schemas import schema_path


@lru_cache(maxsize=1)
def marcxml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schema_path("MARC21slim.xsd")), safe_parser()))


def marcxml_errors(xml: bytes) -> list[tuple[int, str]]:
    """(line, message) for every way the document breaks MARCXML; empty when valid."""
    return xsd_errors(xml, marcxml_schema())


RECORD_END = b"\x1d"


def iso2709_errors(data: bytes) -> list[tuple[int, str]]:
    """(record number, message) for each record pymarc cannot read or that lacks what ours have."""
    if not data:
        return [(0, "no MARC records")]
    if not data.endswith(RECORD_END):
        return [(0, "the file does not end with a record terminator (0x1D): cut short?")]
    errors = []
    reader = MARCReader(BytesIO(data), to_unicode=True, force_utf8=True, utf8_handling="strict")
    for number, record in enumerate(reader, start=1):
        if record is None:
            errors.append((number, f"unreadable record: {reader.current_exception}"))
            continue
        if record.leader[9] != "a":
            errors.append((number, "leader/09 is not 'a': not a UTF-8 record"))
        for tag in ("001", "245"):
            if not record.get_fields(tag):
                errors.append((number, f"record has no {tag}"))
    return errors
