"""Provenance spans: each field's printed value found in the notes (catalog/parse/spans.py)."""
from __future__ import annotations

import json

from catalog.errors import CatalogError
from catalog.model import Book, Contributor, Document, Role
from catalog.parse import spans as spans_module
from catalog.parse.spans import find_spans
from catalog.pipeline import catalog_document

NOTES = ("'STALIN 'S SPY' Richard Sorge and the Tokyo Espionage Ring By Robert Whymant Illustrated. 368 pages. "
         "St. Martin's Press. $25.95")


def _printed(book: Book, notes: str) -> dict[str, str]:
    return {field: notes[start:end] for field, start, end in find_spans(book, notes)}


def test_each_value_is_found_where_it_is_printed_whatever_its_case():
    book = Book(key="k", title="Stalin's Spy", subtitle="Richard Sorge and the Tokyo Espionage Ring",
                contributors=(Contributor(Role.AUTHOR, given="Robert", family="Whymant"),),
                publisher="St. Martin's Press", pages=368)
    assert _printed(book, NOTES) == {"title": "STALIN 'S SPY", "subtitle": "Richard Sorge and the Tokyo Espionage Ring",
                                     "author": "Robert Whymant", "pages": "368", "publisher": "St. Martin's Press"}


def test_a_word_inside_another_is_not_a_match_and_claimed_text_is_not_reused():
    book = Book(key="k", title="Press", publisher="Press")
    notes = "Pressure. Press. Press"
    spans = find_spans(book, notes)
    assert [(f, notes[a:b], a) for f, a, b in spans] == [("title", "Press", 10), ("publisher", "Press", 17)]


def test_an_inverted_name_is_found_and_a_value_not_printed_has_no_span():
    book = Book(key="k", title="Not Here", contributors=(Contributor(Role.EDITOR, given="Ann", family="Lee"),))
    assert _printed(book, "Some Title. Edited by Lee, Ann. Knopf.") == {"editor": "Lee, Ann"}


def test_the_pipeline_keeps_the_printed_notes_and_their_spans():
    record = catalog_document(Document("d", NOTES))
    book = record.books[0]
    assert book.printed_notes.startswith("'STALIN")
    fields = {field: book.printed_notes[a:b] for field, a, b in book.spans}
    assert fields["author"] == "Robert Whymant" and fields["publisher"] == "St. Martin's Press"


def test_words_run_together_in_print_are_still_found():
    # OCR runs a name's words together ("ANlHONY" for "ANl HONY"): found as the words' search finds them
    book = Book(key="k", title="Charles Babbage",
                contributors=(Contributor(Role.AUTHOR, given="ANl HONY", family="HYMAN"),))
    assert _printed(book, "ANlHONY HYMAN. Charles Babbage. 278pp.") == {
        "author": "ANlHONY HYMAN", "title": "Charles Babbage"}


def _searched(book: Book, notes: str) -> tuple:
    """The spans as a regular expression per value finds them: what the word index must equal."""
    import re
    taken: list[tuple[int, int]] = []
    spans = []
    for field, value in spans_module._values(book):
        for text in (value, spans_module._inverted(book, field, value)):
            words = re.findall(r"\w+", text or "")
            if not words:
                continue
            pattern = re.compile(r"(?<!\w)" + r"\W*".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
            found = next((m.span() for m in pattern.finditer(notes)
                          if not any(m.start() < b and a < m.end() for a, b in taken)), None)
            if found:
                taken.append(found)
                spans.append((field, *found))
                break
    return tuple(sorted(spans, key=lambda span: span[1]))


def test_the_word_index_finds_what_a_search_per_value_finds():
    """Over every scenario fixture and the dev set where it is beside the checkout."""
    from tests.conftest import DEV_DATA, ROOT
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "fixtures").glob("*/input.txt"))]
    for name in ("dev_inputs.jsonl", "dev_more_inputs.jsonl", "dev_wide_inputs.jsonl"):
        if (DEV_DATA / name).exists():
            texts += [json.loads(line)["text"] for line in (DEV_DATA / name).read_text(encoding="utf-8").splitlines()]
    books = 0
    for i, text in enumerate(texts):
        try:
            record = catalog_document(Document(str(i), text))
        except CatalogError:
            continue
        for book in record.books:
            books += 1
            assert find_spans(book, book.printed_notes) == _searched(book, book.printed_notes), text[:80]
    assert books >= 20
