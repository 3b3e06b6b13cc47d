"""Records are checked a chunk at a time; one bad record in a chunk is named and kept out,
and the good ones around it are written, exactly as a record-by-record check would do."""
from dataclasses import replace

import pytest

from catalog.errors import InvalidOutputError
from catalog.formats import FORMATS, render_chunk, render_fragment


@pytest.mark.parametrize("name", ["mods", "csljson", "bibtex", "biblatex", "marcxml", "ris"])
def test_one_bad_record_in_a_chunk(dev_records, name):
    records = list(dev_records[:20])
    book = records[7].books[0]
    # A key no format may carry: not an XML ID, not a BibTeX key, not a CSL id fit for our files.
    broken_key = "9 bad key{"
    records[7] = replace(records[7], books=(replace(book, key=broken_key),) + records[7].books[1:],
                         review=replace(records[7].review, reviews=(broken_key,)))
    fmt = FORMATS[name]
    pieces = render_chunk(fmt, records)
    one_by_one = []
    for record in records:
        try:
            one_by_one.append(render_fragment(fmt, record))
        except InvalidOutputError as exc:
            one_by_one.append(exc)
    assert [isinstance(p, str) for p in pieces] == [isinstance(p, str) for p in one_by_one]
    assert [p for p in pieces if isinstance(p, str)] == [p for p in one_by_one if isinstance(p, str)]
    if name in ("mods", "bibtex", "biblatex"):
        assert isinstance(pieces[7], InvalidOutputError) and sum(isinstance(p, str) for p in pieces) == 19


def test_a_chunk_of_good_records_is_checked_once(all_records, monkeypatch):
    fmt = FORMATS["mods"]
    calls = []
    monkeypatch.setattr(type(fmt), "write_errors", lambda self, text: calls.append(text) or [])
    assert all(isinstance(p, str) for p in render_chunk(fmt, all_records[:50]))
    assert len(calls) == 1
