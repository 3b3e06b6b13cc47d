"""Provenance spans: each field's printed value found in the notes (catalog/parse/spans.py)."""
from __future__ import annotations

from catalog.model import Book, Contributor, Document, Role
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
