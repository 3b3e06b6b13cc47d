"""MARC 21 validation: MARCXML against the Library of Congress schema, ISO 2709 by structure.

MARC21slim.xsd is bundled unchanged and compiles in lxml as it is. An ISO 2709 file is
read record by record and checked by its structure: the leader's record length and base
address, a directory whose every entry points at a field of the length it says ending in
a field terminator, no byte outside the fields, indicators and subfield codes as MARC 21
has them, UTF-8 throughout (leader/09 'a'), and a 001 and 245, which every record catalog
writes has. tests/validate/test_iso2709.py shows that whatever this check accepts, pymarc
reads as the same records.
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
# Indicators and subfield codes as MARC21slim.xsd has them (its \d read as ASCII digits).
# pymarc reads a record with any other indicator (say the two bytes of an "é"), or with a
# code that is not ASCII, as no record at all.
_INDICATORS = re.compile(rb"[0-9a-z ]{2}")
_CODE = rb"[0-9A-Za-z!\"#$%&'()*+,\-./:;<=>?{}_^`~\[\]\\]"
_BAD_CODE = re.compile(rb"\x1f(?!" + _CODE + rb")")
# A data field: its indicators, then subfields each with its code, then the field terminator.
_DATA_FIELD = re.compile(rb"[0-9a-z ]{2}(?:\x1f" + _CODE + rb"[^\x1d\x1e\x1f]*)+\x1e")


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
    tags = _end_to_end_tags(record, base, directory)
    if tags is None:
        fault = _field_fault(record, base, directory)
        if fault:
            return [fault]
        tags = [directory[n:n + 3] for n in range(0, len(directory) - 1, 12)]
    try:
        record.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [f"not UTF-8 at byte {exc.start}"]
    return [f"record has no {tag.decode()}" for tag in (b"001", b"245") if tag not in tags]


_ENTRY = re.compile(rb"(\d{3})(\d{4})(\d{5})")


def _end_to_end_tags(record: bytes, base: int, directory: bytes) -> list[bytes] | None:
    """The tags, when the fields lie end to end in the directory's order, as catalog writes
    them, and each is sound: what _field_fault finds no fault in, read in one pass over the
    fields split at their terminators instead of a search per field. None sends the record
    to _field_fault, which names what is wrong (or finds nothing, for fields in another order)."""
    body = record[base:-1]
    if RECORD_END in body:
        return None
    parts = body.split(FIELD_END)
    entries = _ENTRY.findall(directory)
    if len(parts) != len(entries) + 1 or parts[-1]:
        return None
    tags, offset = [], 0
    for (tag, size, start), part in zip(entries, parts[:-1], strict=True):
        end = offset + len(part) + 1
        if int(start) != offset or int(size) != end - offset:
            return None
        if tag >= b"010":
            if not _DATA_FIELD.fullmatch(record, base + offset, base + end):
                return None
        elif SUBFIELD in part:
            return None
        tags.append(tag)
        offset = end
    return tags


def _field_fault(record: bytes, base: int, directory: bytes) -> str | None:
    """The first field that breaks ISO 2709 or MARC 21, read field by field as the directory
    names them, or bytes no field covers; None when there is neither."""
    spans, last = [], len(record) - 1
    for n in range(0, len(directory) - 1, 12):
        tag, size, start = directory[n:n + 3], int(directory[n + 3:n + 7]), base + int(directory[n + 7:n + 12])
        stop = start + size
        if size < 1 or stop > last or record.find(FIELD_END, start, stop) != stop - 1:
            return f"field {tag.decode()}: its directory entry does not match the data"
        if record.find(RECORD_END, start, stop) >= 0:
            return f"field {tag.decode()}: holds a record terminator (0x1D)"
        if tag >= b"010":
            if not _DATA_FIELD.fullmatch(record, start, stop):
                return f"field {tag.decode()}: {_data_field_fault(record, start, stop)}"
        elif record.find(SUBFIELD, start, stop) >= 0:
            return f"control field {tag.decode()}: holds a subfield delimiter (0x1F)"
        spans.append((start, stop))
    if _uncovered(spans, base, last):
        return "data outside the fields the directory names"
    return None


def _data_field_fault(record: bytes, start: int, stop: int) -> str:
    """Why a data field (one terminator, at its end; no record terminator) is not MARC 21's."""
    if stop - start < 3 or record[start + 2] != 0x1F:
        return "no indicators and subfields"
    if not _INDICATORS.fullmatch(record, start, start + 2):
        return f"indicators {record[start:start + 2]!r} are not 0-9, a-z or blank"
    bad = _BAD_CODE.search(record, start + 2, stop)
    assert bad is not None, "a data field _DATA_FIELD refuses has a fault named here"
    return f"subfield code {record[bad.start() + 1:bad.start() + 2]!r} is not a MARC 21 code"


def _uncovered(spans: list[tuple[int, int]], base: int, last: int) -> bool:
    """Does a byte between the base address and the record terminator lie in no field? A
    record terminator there would be one no reader counts, and no field's data."""
    covered = base
    for start, stop in sorted(spans):
        if start > covered:
            return True
        covered = max(covered, stop)
    return covered != last


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
