"""Two readers, one record: `high` only when both read every field the same."""
from __future__ import annotations

from dataclasses import replace

import pytest

from catalog.errors import NoNotesError
from catalog.model import Book, Contributor, Document, Role
from catalog.parse.agreement import COMPARED, DISAGREE, LABELLER_ONLY, RULES_ONLY, agreement_reasons, disputed_fields
from catalog.pipeline import catalog_document
from tests.readers.nitf_fixture import nitf

BOOK = Book(key="doe-harbor", title="The Quiet Harbor", subtitle="A Novel",
            contributors=(Contributor(Role.AUTHOR, "Jane", "Doe"), Contributor(Role.EDITOR, "John", "Roe"),
                          Contributor(Role.TRANSLATOR, "Ann", "Lee"), Contributor(Role.ILLUSTRATOR, "Bo", "Li")),
            publisher="Knopf")
CHANGED = {
    "title": replace(BOOK, title="The Quiet"),
    "subtitle": replace(BOOK, subtitle=None),
    "authors": replace(BOOK, contributors=BOOK.contributors[1:]),
    "editors": replace(BOOK, contributors=(BOOK.contributors[0],) + BOOK.contributors[2:]),
    "translators": replace(BOOK, contributors=BOOK.contributors[:2] + BOOK.contributors[3:]),
    "illustrators": replace(BOOK, contributors=BOOK.contributors[:3]),
    "publisher": replace(BOOK, publisher="Alfred A. Knopf"),
}


def test_every_compared_field_is_checked():
    assert set(CHANGED) == set(COMPARED)


@pytest.mark.parametrize("field", COMPARED)
def test_one_field_read_otherwise_is_named(field):
    assert disputed_fields(BOOK, CHANGED[field]) == (field,)
    assert agreement_reasons(BOOK, CHANGED[field]) == (f"{DISAGREE}{field}",)


def test_the_same_reading_adds_no_reason():
    folded = replace(BOOK, title="the quiet harbor.", subtitle="A  Novel", publisher="KNOPF")
    assert agreement_reasons(BOOK, BOOK) == () and agreement_reasons(BOOK, folded) == ()


def test_several_fields_in_dispute_are_named_in_order():
    other = replace(BOOK, title="Harbor", contributors=(), publisher=None)
    assert agreement_reasons(BOOK, other) == (
        "the readers disagree on: title, authors, editors, translators, illustrators, publisher",)


def test_a_book_the_labeller_did_not_read_is_for_review():
    assert agreement_reasons(BOOK, None) == (RULES_ONLY,)


def test_high_only_when_both_readers_agree(monkeypatch):
    text = "THE QUIET HARBOR. By Jane Doe. 320 pages. Alfred A. Knopf. $24.95."
    book = catalog_document(Document("d", text)).books[0]
    assert book.confidence == "high" and book.review_reasons == ()
    from catalog.parse import labeller

    def misread(unit):
        reading = labeller.read_notes(unit)
        return replace(reading, parsed=replace(reading.parsed, title="Another Title"))
    monkeypatch.setattr("catalog.pipeline.read_notes", misread)
    book = catalog_document(Document("d", text)).books[0]
    assert book.confidence == "review" and book.review_reasons == ("the readers disagree on: title",)


def test_notes_the_rules_cannot_read_get_the_labellers_record(monkeypatch):
    text = "Doe, Jane. The Quiet Harbor. London: Faber, 1994. 320 pp. £18.99"
    monkeypatch.setattr("catalog.pipeline.locate_notes", lambda t: __import__("catalog.text.locate", fromlist=["Located"]).Located((), t))
    record = catalog_document(Document("d", text))
    book = record.books[0]
    assert book.confidence == "review" and book.review_reasons[0] == LABELLER_ONLY
    assert (book.title, book.contributors[0].family, book.publisher, book.pages) == ("The Quiet Harbor", "Doe", "Faber", 320)


ARTICLES = [
    "The city council met on Tuesday, and voted, twice, on the budget.",
    "Tickets cost $25 and $12.50 for students. The concert begins at 8 p.m. at the Town Hall.",
    "The 300-page report, published by the Port Authority in 1994, cost $2.5 million to prepare, "
    "officials said on Monday. By Jane Doe, the agency's director, it was called 'a plan for the harbor.'",
    "Mayor Jane Doe said the city would spend $40 million. \"We are ready,\" she said.\n\n" + "The harbor was quiet. " * 40,
]


@pytest.mark.parametrize("text", ARTICLES)
def test_an_article_without_notes_stays_skipped(text):
    with pytest.raises(NoNotesError):
        catalog_document(Document("news", text))


def test_nitf_news_articles_stay_skipped():
    from catalog.readers.nitf import read_nitf
    for n, text in enumerate(ARTICLES):
        document = read_nitf(nitf(f"n{n}", text.split("\n\n"), headline="Council Adjourns"), f"n{n}.xml")
        with pytest.raises(NoNotesError):
            catalog_document(document)
