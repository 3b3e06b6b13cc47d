"""The ISO 2709 check is our own structural reader; pymarc is the reference. Whatever the
check accepts, pymarc reads as the same number of UTF-8 records, each with a 001 and a 245
and the fields the directory names; damaged files are refused."""
from io import BytesIO

import pymarc
import pytest
from hypothesis import HealthCheck, event, given, settings, strategies as st

from catalog.validate.marc import iso2709_errors
from catalog.writers.marc import records, to_marc, to_pymarc


@pytest.fixture(scope="module")
def dev_marc(all_records):
    """Each dev record's MARC records, as the bytes written for it."""
    return [to_marc([r]).encode("utf-8") for r in all_records]


def _pymarc_reads(data: bytes) -> list[pymarc.Record] | None:
    reader = pymarc.MARCReader(BytesIO(data), to_unicode=True, force_utf8=True, utf8_handling="strict")
    read = []
    for record in reader:
        if record is None:
            return None
        read.append(record)
    return read


def test_every_dev_record_passes_and_reads_back_as_written(all_records):
    data = to_marc(all_records).encode("utf-8")
    assert iso2709_errors(data) == []
    ours = [to_pymarc(m) for r in all_records for m in records(r)]
    read = _pymarc_reads(data)
    assert read is not None and [r.as_marc() for r in read] == [r.as_marc() for r in ours]


_damage = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10_000), st.integers(0, 255)),
    st.tuples(st.just("insert"), st.integers(0, 10_000), st.integers(0, 255)),
    st.tuples(st.just("delete"), st.integers(0, 10_000), st.just(0)),
    st.tuples(st.just("cut"), st.integers(0, 10_000), st.just(0)),
)


def _apply(data: bytes, damage: tuple[str, int, int]) -> bytes:
    kind, at, byte = damage
    if not data:
        return data
    at %= len(data)
    if kind == "flip":
        return data[:at] + bytes([byte]) + data[at + 1:]
    if kind == "insert":
        return data[:at] + bytes([byte]) + data[at:]
    if kind == "delete":
        return data[:at] + data[at + 1:]
    return data[:at]


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_damage, min_size=1, max_size=3), st.integers(0, 200))
def test_what_the_check_accepts_pymarc_reads(dev_marc, damages, pick):
    """A byte changed, added or removed in real records: accepted only if pymarc agrees."""
    data = dev_marc[pick % len(dev_marc)]
    for damage in damages:
        data = _apply(data, damage)
    if iso2709_errors(data):
        event("refused")
        return
    event("accepted")
    read = _pymarc_reads(data)
    assert read is not None, data
    expected = data.count(b"\x1d")
    assert len(read) == expected
    for record in read:
        assert record.leader[9] == "a" and record.get_fields("001") and record.get_fields("245")


def test_a_directory_entry_that_misses_its_field_is_refused(seed_record):
    """001 one byte longer and 008 one byte later and shorter: the lengths still add up,
    but 001 no longer ends at its terminator, and only the directory says so."""
    data = bytearray(to_marc([seed_record]).encode("utf-8"))
    base = int(data[12:17])
    entries = [data[24 + i:24 + i + 12] for i in range(0, base - 25, 12)]
    assert entries[0][:3] == b"001" and entries[1][:3] == b"008"
    length_001, start_008, length_008 = int(entries[0][3:7]), int(entries[1][7:12]), int(entries[1][3:7])
    data[24 + 3:24 + 7] = b"%04d" % (length_001 + 1)
    data[36 + 3:36 + 7] = b"%04d" % (length_008 - 1)
    data[36 + 7:36 + 12] = b"%05d" % (start_008 + 1)
    errors = iso2709_errors(bytes(data))
    assert errors and "directory entry" in errors[0][1], errors
