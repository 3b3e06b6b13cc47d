"""CSL-JSON is checked as the items it is written from, before they are text: the text is
their JSON, read back as the same values of the same types, so the compiled check gives
the items the verdict it gives the text. Shown on every dev record and on generated
hostile records (any code point, lone surrogates, controls, long values); a chunk the
check refuses is checked record by record as text, as before."""
import json
from dataclasses import replace

from hypothesis import given, settings

from catalog.errors import InvalidOutputError
from catalog.formats import FORMATS, InMemory, render_chunk
from catalog.validate.csljson import csl_items_valid, csl_write_errors
from catalog.writers.csljson import fragment, fragment_items
from tests.writers.test_mods_layout import records

CSL = FORMATS["csljson"]


def same(read, made) -> bool:
    """Equal, and of the same JSON type at every depth (a tuple is no array, True no number)."""
    if type(read) is not type(made):
        return False
    if isinstance(made, dict):
        return list(read) == list(made) and all(same(read[k], made[k]) for k in made)
    if isinstance(made, list):
        return len(read) == len(made) and all(same(a, b) for a, b in zip(read, made, strict=True))
    return read == made


def _text_and_items(record):
    piece, items = fragment_items(record)
    return CSL.document([piece]), items


def test_every_dev_record_reads_back_as_its_items_and_gets_their_verdict(all_records):
    for record in all_records:
        text, items = _text_and_items(record)
        assert same(json.loads(text), items), record.id
        assert csl_items_valid(items) == (csl_write_errors(text) == [])
        assert fragment(record) == text[len(CSL.header):-len(CSL.footer)]
    pieces = [fragment_items(r) for r in all_records]
    whole = CSL.document([p for p, _ in pieces])
    assert same(json.loads(whole), [item for _, items in pieces for item in items])


@settings(max_examples=400, deadline=None)
@given(records())
def test_hostile_records_read_back_as_their_items_and_get_their_verdict(record):
    text, items = _text_and_items(record)
    assert same(json.loads(text), items)
    assert csl_items_valid(items) == (csl_write_errors(text) == [])


def test_items_the_check_refuses_are_refused_as_text_too(all_records):
    text, items = _text_and_items(all_records[0])
    for bad in ({**items[0], "price": "USD 25.95"}, {**items[0], "title": 7}, {**items[0], "type": "tome"},
                {k: v for k, v in items[0].items() if k != "id"}):
        assert not csl_items_valid([bad, *items[1:]])
        assert csl_write_errors(CSL.header + json.dumps([bad, *items[1:]])[1:-1] + CSL.footer)


def test_a_chunk_whose_items_fail_is_checked_as_text_record_by_record(all_records):
    """The bad record is named by the text check and kept out; the good ones around it go on."""
    chunk = list(all_records[:10])

    def fragment_with_a_bad_fifth(record):
        piece, items = fragment_items(record)
        if record is not chunk[4]:
            return piece, items
        bad = [{**items[0], "price": "USD 25.95"}, *items[1:]]
        return CSL.separator.join(json.dumps(item) for item in bad), bad

    fmt = replace(CSL, in_memory=InMemory(fragment_with_a_bad_fifth, csl_items_valid))
    pieces = render_chunk(fmt, chunk)
    assert isinstance(pieces[4], InvalidOutputError) and "price" in str(pieces[4])
    assert [p for i, p in enumerate(pieces) if i != 4] == [fragment(r) for i, r in enumerate(chunk) if i != 4]
