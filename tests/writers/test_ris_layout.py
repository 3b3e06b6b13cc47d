"""The RIS writer lays references out by hand, with rispy's tag names; rispy's own writer
is the reference, kept here. On every dev record and on generated hostile records, both
give the same bytes."""
import rispy
from hypothesis import given, settings

from catalog.writers.ris import fragment, references
from tests.writers.test_hostile_roundtrip import TEXT, record


class _RispyWriter(rispy.RisWriter):
    """rispy's writer without its '1.', '2.' line before each reference: the writer as it was."""

    def set_header(self, count: int) -> str:
        return ""


def reference_fragment(rec) -> str:
    return _RispyWriter().formats(references(rec))


def test_every_dev_record_is_laid_out_as_rispy_writes_it(all_records):
    for rec in all_records:
        assert fragment(rec) == reference_fragment(rec)


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT, TEXT)
def test_hostile_records_are_laid_out_as_rispy_writes_them(title, subtitle, given_name, family, publisher):
    rec = record(title, subtitle, given_name, family, publisher)
    assert fragment(rec) == reference_fragment(rec)
