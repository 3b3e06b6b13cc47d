"""The corrections journal and its use (catalog/corrections.py, export --corrections)."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from catalog.corrections import append_correction, apply_correction, book_gold, entry, read_journal
from catalog.errors import InputError
from catalog.model import Document, Source
from catalog.pipeline import catalog_document

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "stalins-spy.txt"


def _book():
    return catalog_document(Document("stalins-spy", EXAMPLE.read_text())).books[0]


def test_the_latest_line_for_a_book_wins_and_each_book_keeps_its_own(tmp_path):
    journal = tmp_path / "c.jsonl"
    append_correction(journal, entry("a", 0, {"title": "First"}))
    append_correction(journal, entry("a", 1, {"title": "Other"}))
    append_correction(journal, entry("a", 0, {"title": "Second"}))
    latest, warnings = read_journal(journal)
    assert latest == {"a": {0: {"title": "Second"}, 1: {"title": "Other"}}} and warnings == []


def test_a_torn_last_line_is_ignored_with_a_warning_and_the_next_save_starts_a_new_line(tmp_path):
    journal = tmp_path / "c.jsonl"
    append_correction(journal, entry("a", 0, {"title": "Kept"}))
    with journal.open("a") as torn:
        torn.write('{"id": "a", "book": 0, "fields": {"title": "Lo')
    latest, warnings = read_journal(journal)
    assert latest["a"][0] == {"title": "Kept"} and len(warnings) == 1 and "line 2" in warnings[0]
    append_correction(journal, entry("a", 0, {"title": "After"}))
    assert read_journal(journal)[0]["a"][0] == {"title": "After"}


def test_a_json_line_that_is_no_correction_is_an_error(tmp_path):
    journal = tmp_path / "c.jsonl"
    journal.write_text('{"id": "a", "book": 0, "fields": {"pages": "many"}}\n')
    with pytest.raises(InputError, match="pages must be a whole number"):
        read_journal(journal)


def test_a_corrected_book_is_verified_by_the_cataloger_and_keeps_what_was_not_corrected():
    book = _book()
    fixed = apply_correction(book, {**book_gold(book), "title": "Stalin's Spy!",
                                    "authors": ["Robert Whymant", "Ann Lee"]})
    assert fixed.confidence == "verified" and fixed.review_reasons == ()
    assert fixed.title == "Stalin's Spy!" and [p.display for p in fixed.contributors] == ["Robert Whymant", "Ann Lee"]
    assert fixed.source_of("title") == Source.CATALOGER and fixed.source_of("contributors") == Source.CATALOGER
    assert fixed.prices == book.prices and fixed.pages == 368


def run(*args):
    return subprocess.run([sys.executable, "-m", "catalog", *args], capture_output=True, cwd=ROOT, timeout=120)


def test_export_with_corrections_writes_verified_valid_records_in_every_format(tmp_path):
    journal = tmp_path / "c.jsonl"
    append_correction(journal, entry("stalins-spy", 0, {**book_gold(_book()), "title": "Stalins Spy Corrected"}))
    result = run("export", str(EXAMPLE), "--to", "all", "-o", str(tmp_path / "out"), "--corrections", str(journal))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    check = run("validate", *map(str, out.iterdir()))
    assert check.returncode == 0, check.stdout + check.stderr
    csl = json.loads((out / "stalins-spy.csl.json").read_text())
    book = next(item for item in csl if item["type"] == "book")
    assert book["title"].startswith("Stalins Spy Corrected:") and book["custom"]["confidence"] == "verified"
    assert book["custom"]["provenance"]["title"] == "cataloger"
    for name in ("stalins-spy.mods.xml", "stalins-spy.bib", "stalins-spy.biblatex.bib", "stalins-spy.ris",
                 "stalins-spy.marcxml"):
        text = (out / name).read_text()
        assert "Stalins Spy Corrected" in text and "Verified by a cataloger" in text, name
    hub = json.loads((out / "stalins-spy.jsonl").read_text())
    assert hub["books"][0]["confidence"] == "verified"


def test_strict_keeps_a_book_a_cataloger_verified(tmp_path):
    text = tmp_path / "unsure.txt"
    text.write_text("Winter Orchards Jane Doe (Knopf, $25, 240 pp.)\n")
    assert run("export", str(text), "--to", "mods", "--strict").returncode == 1
    journal = tmp_path / "c.jsonl"
    append_correction(journal, entry("unsure", 0, {"title": "Winter Orchards", "authors": ["Jane Doe"]}))
    result = run("export", str(text), "--to", "mods", "--strict", "--corrections", str(journal))
    assert result.returncode == 0, result.stderr
    assert b"Verified by a cataloger" in result.stdout


def test_a_journal_named_but_missing_is_a_usage_error(tmp_path):
    result = run("export", str(EXAMPLE), "--to", "mods", "--corrections", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 2 and b"no such file" in result.stderr
