"""The hub JSON lines check: each line one JSON value, a broken line named by number."""
from catalog.formats import FORMATS, jsonl_errors, render
from catalog.model import Document
from catalog.pipeline import catalog_document
from tests.conftest import SEED


def test_our_json_lines_pass():
    record = catalog_document(Document("seed", SEED.read_text(encoding="utf-8")))
    assert jsonl_errors(render(FORMATS["json"], [record])) == []


def test_a_broken_line_is_named_by_number():
    errors = jsonl_errors('{"id": "a"}\n{"id": "b"\n\n{"id": "c"}\n')
    # a blank line is no JSON value either
    assert [line for line, _ in errors] == [2, 3] and "not JSON" in errors[0][1]
