"""ISO 2709 counts lengths in four and five digits: a field or record beyond them is refused
by name, and a field that holds non-ASCII text is counted in UTF-8 bytes."""
import pytest

from catalog.errors import UnwritableError
from catalog.writers.marc import Field, MarcRecord, _iso2709

LEADER = "     nam a22     3i 4500"


def _note(text: str) -> MarcRecord:
    """A record with a 500 of two indicators, $a, the text and the terminator: 5 bytes more than the text."""
    return MarcRecord(LEADER, (Field("001", data="k"), Field("500", subfields=(("a", text),))))


def test_a_field_longer_than_four_digits_is_refused_by_its_tag():
    with pytest.raises(UnwritableError, match=r"field 500 is 10,001 bytes, the limit is 9,999"):
        _iso2709(_note("é" * 4998))


def test_a_field_of_exactly_the_limit_is_written_with_its_length_in_bytes():
    text = _iso2709(_note("é" * 4997))
    assert text[24 + 12:24 + 24] == "500999900002"   # the 001 takes bytes 0-1, the 500 starts at 2


def test_a_record_longer_than_five_digits_is_refused():
    fields = (Field("001", data="k"),) + tuple(Field("500", subfields=(("a", "x" * 9000),)) for _ in range(12))
    with pytest.raises(UnwritableError, match=r"the record is [\d,]+ bytes, the limit is 99,999"):
        _iso2709(MarcRecord(LEADER, fields))
