"""MARC 21 validation: MARCXML against the Library of Congress schema, ISO 2709 by structure.

MARC21slim.xsd is bundled unchanged and compiles in lxml as it is. An ISO 2709 file is
read record by record and checked by its structure: the leader's record length and base
address, a directory whose every entry points at a field of the length it says ending in
a field terminator, subfields in data fields, UTF-8 throughout (leader/09 'a'), and a 001
and 245, which every record catalog writes has. tests/validate/test_iso2709.py shows that
whatever this check accepts, pymarc reads as the same records.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from catalog.validate.mods import safe_parser, xsd_errors
from catalog.validate.schemas import schema_path


@lru_cache(maxsize=1)
def marcxml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schema_path("MARC21slim.xsd")), safe_parser()))


def marcxml_errors(xml: bytes) -> list[tuple[int, str]]:
    """(line, message) for every way the document breaks MARCXML; empty when valid."""
    return xsd_errors(xml, marcxml_schema())


RECORD_END, FIELD_END, SUBFIELD = b"\x1d", b"\x1e", b"\x1f"
_LEADER = re.compile(rb"\d{5}[ -~]{7}\d{5}[ -~]{3}4500")
_DIRECTORY = re.compile(rb"(?:\d{12})*\x1e")   # entries of tag, length, start: ASCII digits


def _record_errors(record: bytes) -> list[str]:
    """What is wrong with one record (cut at the length its leader gives, ending in its
    terminator: iso2709_errors checks that), by ISO 2709 and MARC 21."""
    leader = record[:24]
    if not _LEADER.fullmatch(leader):
        return [f"bad leader {leader[:24].decode('latin-1')!r}"]
    if leader[9:10] != b"a":
        return ["leader/09 is not 'a': not a UTF-8 record"]
    base = int(leader[12:17])
    directory = record[24:base]
    if base > len(record) or not directory.endswith(FIELD_END) or (len(directory) - 1) % 12:
        return ["the directory does not end at the base address"]
    if not _DIRECTORY.fullmatch(directory):
        bad = next(directory[n:n + 12] for n in range(0, len(directory) - 1, 12) if not directory[n:n + 12].isdigit())
        return [f"bad directory entry {bad.decode('latin-1')!r}"]
    tags, end, last = [], base, len(record) - 1
    for n in range(0, len(directory) - 1, 12):
        tag, size, start = directory[n:n + 3], int(directory[n + 3:n + 7]), base + int(directory[n + 7:n + 12])
        stop = start + size
        if size < 1 or stop > last or record.find(FIELD_END, start, stop) != stop - 1:
            return [f"field {tag.decode()}: its directory entry does not match the data"]
        if record.find(RECORD_END, start, stop) >= 0:
            return [f"field {tag.decode()}: holds a record terminator (0x1D)"]
        if tag >= b"010":
            if size < 3 or record[start + 2] != 0x1F:
                return [f"field {tag.decode()}: no indicators and subfields"]
        elif record.find(SUBFIELD, start, stop) >= 0:
            return [f"control field {tag.decode()}: holds a subfield delimiter (0x1F)"]
        if stop > end:
            end = stop
        tags.append(tag)
    if end != last:
        return ["data outside the fields the directory names"]
    try:
        record.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"not UTF-8 at byte {exc.start}"]
    return [f"record has no {tag.decode()}" for tag in (b"001", b"245") if tag not in tags]


def iso2709_errors(data: bytes) -> list[tuple[int, str]]:
    """(record number, message) for each record that breaks ISO 2709 or lacks what ours have."""
    if not data:
        return [(0, "no MARC records")]
    if not data.endswith(RECORD_END):
        return [(0, "the file does not end with a record terminator (0x1D): cut short?")]
    errors: list[tuple[int, str]] = []
    start = number = 0
    while start < len(data):
        number += 1
        head = data[start:start + 5]
        length = int(head) if head.isdigit() else 0
        if length < 25 or data[start + length - 1:start + length] != RECORD_END:
            return errors + [(number, "unreadable record: its length does not end at a record terminator")]
        errors += [(number, message) for message in _record_errors(data[start:start + length])]
        start += length
    return errors
