"""Two readers, one record: `high` only when both read every field the same."""
from __future__ import annotations

from dataclasses import replace

import pytest

from catalog.errors import NoNotesError
from catalog.model import Book, Contributor, Document, Role
from catalog.parse.agreement import (
    COMPARED,
    DISAGREE,
    DOUBTFUL_AGREEMENT,
    LABELLER_ONLY,
    LEARNED_KEPT,
    LEARNED_UNSURE,
    RULES_ONLY,
    agreement_reasons,
    disputed_fields,
    settle,
    without_unsure,
)
from catalog.parse.confidence import NAME_SHAPE, NO_AUTHOR, NOT_UNDERSTOOD
from catalog.parse.imprint import RUN_TOGETHER
from catalog.pipeline import catalog_document
from tests.readers.nitf_fixture import nitf

BOOK = Book(key="doe-harbor", title="The Quiet Harbor", subtitle="A Novel",
            contributors=(Contributor(Role.AUTHOR, "Jane", "Doe"), Contributor(Role.EDITOR, "John", "Roe"),
                          Contributor(Role.TRANSLATOR, "Ann", "Lee"), Contributor(Role.ILLUSTRATOR, "Bo", "Li")),
            publisher="Knopf")
CHANGED = {
    "title": replace(BOOK, title="The Quiet"),
    "subtitle": replace(BOOK, subtitle=None),
    # a person read otherwise (a person the labeller found none of is no dispute)
    "authors": replace(BOOK, contributors=(replace(BOOK.contributors[0], given="Janet"),) + BOOK.contributors[1:]),
    "editors": replace(BOOK, contributors=BOOK.contributors[:1] + (replace(BOOK.contributors[1], family="Rowe"),)
                       + BOOK.contributors[2:]),
    "translators": replace(BOOK, contributors=BOOK.contributors[:2] + (replace(BOOK.contributors[2], given="Anne"),)
                           + BOOK.contributors[3:]),
    "illustrators": replace(BOOK, contributors=BOOK.contributors[:3] + (replace(BOOK.contributors[3], given="Bob"),)),
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
    quoted = replace(BOOK, title="\u2018The Quiet Harbor\u2019", subtitle="''A Novel''")
    assert agreement_reasons(BOOK, quoted) == ()   # the same words, quoted by one reader
    assert disputed_fields(BOOK, replace(BOOK, title="The Quiet Harbor's")) == ("title",)


def test_a_known_house_the_labeller_left_empty_is_no_dispute():
    # the publishers' list names "Knopf" whole: the labeller's silence is no evidence against it
    assert disputed_fields(BOOK, replace(BOOK, publisher=None)) == ()
    # a house no list names stays disputed, and so does another reading of a known one
    unknown = replace(BOOK, publisher="Harbor Lane Books")
    assert disputed_fields(unknown, replace(unknown, publisher=None)) == ("publisher",)
    assert disputed_fields(BOOK, replace(BOOK, publisher="Knopf Doubleday")) == ("publisher",)


@pytest.mark.parametrize("house, vouched", [
    # a listed house with its own closing word, the academic and regional houses the list names
    ("Penguin Books", True), ("Polity Press", True), ("Bloomsbury Academic", True), ("Brill", True),
    ("Ashgate", True), ("Harlequin", True), ("Peter Lang", True), ("Marshall Cavendish", True),
    # a university's press by the shape of its name
    ("Yale University Press", True), ("Louisiana State University Press", True), ("Oxford UP", True),
    ("University of North Carolina Press", True), ("The University Press of Kentucky", True),
    # a house's shape alone, words before a university press, a known house with more words: no witness
    ("Harbor Lane Books", False), ("Jane Doe Books", False), ("Bibliography Oxford University Press", False),
    ("Quiet Harbor Jane Doe Yale University Press", False),   # a run of words before the press's name
    ("Penguin Books Harbor", False), ("Knopf Doubleday", False)])
def test_a_house_the_list_or_a_university_presss_shape_vouches_for(house, vouched):
    book = replace(BOOK, publisher=house)
    assert disputed_fields(book, replace(book, publisher=None)) == (() if vouched else ("publisher",))


@pytest.mark.parametrize("ours, place, theirs, disputed", [
    # the labeller's cut with the town after the house, a town the table knows and the rules' place
    ("Harbor Lane Publishers", "Calgary", "Harbor Lane Publishers, Calgary", False),
    ("Harbor Lane Publishers", "Harborville", "Harbor Lane Publishers, Harborville", True),   # no table knows it
    ("Harbor Lane Publishers", None, "Harbor Lane Publishers, Calgary", True),   # the rules read no town there
    # the house's own closing word left off
    ("Little Lamb Books", None, "Little Lamb", False), ("Little Lamb Books", None, "Little", True),
    # a word of a house the list holds whole left off, at either end
    ("Smith, Elder & Co.", None, "Elder & Co.", False), ("Serpent's Tail", None, "Serpent's", False),
    ("Harbor Lane Tail", None, "Harbor Lane", True),   # a house no list names
])
def test_the_same_house_cut_at_another_word_is_no_dispute(ours, place, theirs, disputed):
    rules = replace(BOOK, publisher=ours, place=place)
    assert disputed_fields(rules, replace(rules, publisher=theirs)) == (("publisher",) if disputed else ())



@pytest.mark.parametrize("field", ["authors", "editors", "translators", "illustrators"])
def test_people_the_labeller_found_none_of_are_no_dispute(field):
    role = {"authors": Role.AUTHOR, "editors": Role.EDITOR, "translators": Role.TRANSLATOR,
            "illustrators": Role.ILLUSTRATOR}[field]
    silent = replace(BOOK, contributors=tuple(c for c in BOOK.contributors if c.role != role))
    assert disputed_fields(BOOK, silent) == ()
    # people it read otherwise stay disputed, and so does a title or subtitle it left empty
    assert disputed_fields(BOOK, CHANGED["authors"] if field != "authors" else CHANGED["editors"]) != ()
    assert disputed_fields(BOOK, replace(BOOK, subtitle=None)) == ("subtitle",)


def test_several_fields_in_dispute_are_named_in_order():
    other = replace(BOOK, title="Harbor", contributors=tuple(replace(c, given="Zed") for c in BOOK.contributors),
                    publisher="Harbor House")
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


def test_an_agreement_on_a_value_the_labeller_doubted_is_no_evidence():
    assert agreement_reasons(BOOK, BOOK, frozenset({"title", "publisher"})) == (
        DOUBTFUL_AGREEMENT + "title, publisher",)
    # a doubted field the labeller left empty, or one it read otherwise, adds nothing more
    no_publisher = replace(BOOK, publisher=None)
    assert agreement_reasons(no_publisher, no_publisher, frozenset({"publisher"})) == ()
    assert agreement_reasons(BOOK, CHANGED["title"], frozenset({"title"})) == (f"{DISAGREE}title",)
    assert settle(BOOK, BOOK, frozenset({"authors"})).review_reasons == (DOUBTFUL_AGREEMENT + "authors",)


def test_the_pipeline_hands_on_the_fields_the_labeller_doubted(monkeypatch):
    text = "THE QUIET HARBOR. By Jane Doe. 320 pages. Alfred A. Knopf. $24.95."
    from catalog.parse import labeller

    def doubting(unit):
        return replace(labeller.read_notes(unit), doubtful=frozenset({"title"}))
    monkeypatch.setattr("catalog.pipeline.read_notes", doubting)
    book = catalog_document(Document("d", text)).books[0]
    assert book.confidence == "review" and book.review_reasons == (DOUBTFUL_AGREEMENT + "title",)


def test_the_labellers_doubted_fields_come_from_its_marginals(monkeypatch):
    from catalog.parse import labeller
    real = labeller._labelled

    def wavering(text):
        tokens, labels, sure = real(text)
        return tokens, labels, [0.4] * len(sure)
    monkeypatch.setattr(labeller, "_labelled", wavering)
    reading = labeller.read_notes("THE QUIET HARBOR. By Jane Doe. 320 pages. Alfred A. Knopf. $24.95.")
    assert "title" in reading.doubtful and reading.doubtful <= reading.unsure
    monkeypatch.setattr(labeller, "_labelled", lambda text: (lambda t, lab, s: (t, lab, [0.6] * len(s)))(*real(text)))
    reading = labeller.read_notes("THE QUIET HARBOR. By Jane Doe. 320 pages. Alfred A. Knopf. $24.95.")
    assert reading.doubtful == frozenset() and "title" in reading.unsure


def test_notes_the_rules_cannot_read_get_the_labellers_record(monkeypatch):
    text = "Doe, Jane. The Quiet Harbor. London: Faber, 1994. 320 pp. £18.99"
    monkeypatch.setattr("catalog.pipeline.locate_notes",
                        lambda t: __import__("catalog.text.locate", fromlist=["Located"]).Located((), t))
    record = catalog_document(Document("d", text))
    book = record.books[0]
    assert book.confidence == "review" and book.review_reasons[0] == LABELLER_ONLY
    assert (book.title, book.contributors[0].family, book.publisher, book.pages) == (
        "The Quiet Harbor", "Doe", "Faber", 320)


def test_a_labeller_only_book_leaves_the_fields_it_is_unsure_of_empty():
    book = without_unsure(BOOK, frozenset({"subtitle", "authors", "translators", "publisher", "place", "pages"}))
    assert (book.title, book.subtitle, book.publisher) == ("The Quiet Harbor", None, None)
    assert [p.role for p in book.contributors] == [Role.EDITOR, Role.ILLUSTRATOR]
    assert book.review_reasons == (LEARNED_UNSURE + "subtitle, publisher, authors, translators",)   # place was empty
    assert book.key == "roe-quiet-harbor"   # keyed by the first name left
    assert without_unsure(BOOK, frozenset({"title", "place"})) is BOOK   # the title stays; nothing else to empty


def test_the_labellers_unsure_fields_come_from_its_marginals(monkeypatch):
    from catalog.parse import labeller
    text = "Doe, Jane. The Quiet Harbor. London: Faber, 1994. 320 pp. \u00a318.99"
    tokens, labels, sure = labeller._labelled(text)
    assert labeller._read_labels(text, tokens, labels, [1.0] * len(sure))[1].get("authors") == 1.0
    monkeypatch.setattr(labeller, "SURE_ENOUGH", 1.01)   # every field below it
    assert {"title", "authors", "publisher"} <= labeller.read_notes(text).unsure
    monkeypatch.setattr(labeller, "SURE_ENOUGH", 0.0)
    assert labeller.read_notes(text).unsure == frozenset()


def test_a_record_the_labeller_alone_reads_names_what_it_left_empty(monkeypatch):
    from catalog.parse import labeller
    text = "Doe, Jane. The Quiet Harbor. London: Faber, 1994. 320 pp. \u00a318.99"
    monkeypatch.setattr("catalog.pipeline.locate_notes",
                        lambda t: __import__("catalog.text.locate", fromlist=["Located"]).Located((), t))
    monkeypatch.setattr(labeller, "SURE_ENOUGH", 1.01)
    book = catalog_document(Document("d", text)).books[0]
    assert (book.title, book.contributors, book.publisher, book.pages) == ("The Quiet Harbor", (), None, 320)
    assert book.review_reasons[:2] == (LABELLER_ONLY, LEARNED_UNSURE + "publisher, place, authors")


ARTICLES = [
    "The city council met on Tuesday, and voted, twice, on the budget.",
    "Tickets cost $25 and $12.50 for students. The concert begins at 8 p.m. at the Town Hall.",
    "The 300-page report, published by the Port Authority in 1994, cost $2.5 million to prepare, "
    "officials said on Monday. By Jane Doe, the agency's director, it was called 'a plan for the harbor.'",
    "Mayor Jane Doe said the city would spend $40 million. \"We are ready,\" she said.\n\n"
    + "The harbor was quiet. " * 40,
    # the same report with its price not after a sentence's price word: the labeller's own gates
    # (most words given to a field, no running prose) keep it skipped ("$2.5 million" is no price at all)
    "The 300-page report, published by the Port Authority in 1994 (cost: $25), "
    "officials said on Monday. By Jane Doe, the agency's director, it was called 'a plan for the harbor.'",
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


# The rules unsure of their reading's shape: the labeller's text fields are kept, and said so.
UNSURE = replace(BOOK, title="The Quiet Harbor A Novel Jane Doe", subtitle=None,
                 contributors=BOOK.contributors[1:], review_reasons=(NO_AUTHOR,))


def test_unsure_rules_keep_the_labellers_title_subtitle_and_authors():
    book = settle(UNSURE, BOOK)
    assert (book.title, book.subtitle, book.people(Role.AUTHOR)) == (
        "The Quiet Harbor", "A Novel", BOOK.people(Role.AUTHOR))
    assert book.people(Role.EDITOR) == UNSURE.people(Role.EDITOR) and book.publisher == "Knopf"
    assert book.key == "doe-quiet-harbor" and book.confidence == "review"
    assert book.review_reasons == (
        NO_AUTHOR, f"{DISAGREE}title, subtitle, authors", f"{LEARNED_KEPT}title, subtitle, authors")


@pytest.mark.parametrize("reason", [NO_AUTHOR, NOT_UNDERSTOOD])
def test_either_doubt_of_shape_keeps_the_labellers_publisher(reason):
    book = settle(replace(BOOK, publisher="Knopf 320 pages", review_reasons=(reason,)), BOOK)
    assert book.publisher == "Knopf" and book.review_reasons[-1] == f"{LEARNED_KEPT}publisher"


def test_rules_sure_of_their_shape_keep_their_values():
    other_doubt = replace(UNSURE, review_reasons=("title and author told apart by the shape of a name only",))
    assert settle(other_doubt, BOOK) == replace(other_doubt, review_reasons=other_doubt.review_reasons + (
        f"{DISAGREE}title, subtitle, authors",))


SHAPED = replace(BOOK, review_reasons=(NAME_SHAPE,), printed_notes="The Quiet Harbor: A Novel, Jane Doe, Knopf, $25")


def test_a_split_by_a_names_shape_is_witnessed_by_the_same_reading():
    assert settle(SHAPED, BOOK).review_reasons == ()
    assert settle(SHAPED, BOOK).confidence == "high"
    other = replace(SHAPED, review_reasons=(NO_AUTHOR, NAME_SHAPE))   # only the shape's doubt goes
    assert settle(other, BOOK).review_reasons == (NO_AUTHOR,)
    assert settle(SHAPED, None).review_reasons == (NAME_SHAPE, RULES_ONLY)


@pytest.mark.parametrize("rules, learned", [
    # the labeller found none of the rules' people (no dispute, and no witness either)
    (SHAPED, replace(BOOK, contributors=BOOK.contributors[1:])),
    (SHAPED, replace(BOOK, contributors=BOOK.contributors[:1] + BOOK.contributors[2:])),
    # a word run into the "by" that would have parted title and name
    (replace(SHAPED, subtitle="A Novelby"), replace(BOOK, subtitle="A Novelby")),
    # a life's title: the subject's name, a colon, then the rest
    (replace(SHAPED, printed_notes="Jane Doe: The Quiet Harbor (Knopf, $25)"), BOOK),
    (replace(SHAPED, printed_notes="JANE DOE : The Quiet Harbor (Knopf, $25)"), BOOK),
    # a title ending on a given name that the name read as the author's follows: a cut inside a name
    (replace(SHAPED, title="The Adventures of Arthur", contributors=(Contributor(Role.AUTHOR, "Conan", "Doyle"),),
             printed_notes="The Adventures of Arthur Conan Doyle. Jane Roe HARBOR HOUSE, \u00a320"),
     replace(BOOK, title="The Adventures of Arthur", contributors=(Contributor(Role.AUTHOR, "Conan", "Doyle"),))),
])
def test_a_split_by_a_names_shape_stays_doubted_where_the_reading_is_no_witness(rules, learned):
    assert settle(rules, learned).review_reasons == (NAME_SHAPE,)


def test_a_publisher_told_from_the_title_by_its_name_is_witnessed_by_the_same_house_read():
    run = replace(BOOK, review_reasons=(RUN_TOGETHER,), printed_notes="Jane Doe The Quiet Harbor Knopf, $25")
    assert settle(run, BOOK).review_reasons == () and settle(run, BOOK).confidence == "high"
    # the labeller read no house (the list vouches for Knopf, but a silence is no witness), or none of the book
    assert settle(run, replace(BOOK, publisher=None)).review_reasons == (RUN_TOGETHER,)
    assert settle(run, None).review_reasons == (RUN_TOGETHER, RULES_ONLY)
    both = replace(run, review_reasons=(NAME_SHAPE, RUN_TOGETHER))   # each doubt has its own witness
    assert settle(both, BOOK).review_reasons == ()


def test_a_subtitle_after_the_same_titles_colon_the_labeller_left_empty_is_no_dispute():
    printed = replace(BOOK, printed_notes="The Quiet Harbor: A Novel. By Jane Doe. Knopf, $25")
    assert disputed_fields(printed, replace(printed, subtitle=None)) == ()
    # no colon between them in the notes, or another title cut: the silence is a dispute
    dashed = replace(BOOK, printed_notes="The Quiet Harbor — A Novel. By Jane Doe. Knopf, $25")
    assert disputed_fields(dashed, replace(dashed, subtitle=None)) == ("subtitle",)
    assert disputed_fields(printed, replace(printed, title="The Quiet", subtitle=None)) == ("title", "subtitle")
    # where the rules doubt their reading's shape, the labeller's reading stands as before
    unsure = replace(printed, review_reasons=(NO_AUTHOR,))
    assert disputed_fields(unsure, replace(unsure, subtitle=None)) == ("subtitle",)


def test_an_empty_learned_value_never_replaces_a_printed_one():
    book = settle(replace(UNSURE, title=BOOK.title, subtitle=BOOK.subtitle),
                  replace(BOOK, contributors=(), publisher=None))
    assert book.publisher == "Knopf" and book.people(Role.EDITOR) == UNSURE.people(Role.EDITOR)
    assert not any(r.startswith(LEARNED_KEPT) for r in book.review_reasons)
    # a house no list names, disputed by the labeller's silence, is kept too
    unlisted = settle(replace(UNSURE, title=BOOK.title, subtitle=BOOK.subtitle, publisher="Harbor Lane Books"),
                      replace(BOOK, publisher=None))
    assert unlisted.publisher == "Harbor Lane Books"


def test_readers_that_agree_settle_on_the_rules_book_unchanged():
    assert settle(BOOK, BOOK) is BOOK


HEADERS = [("Arc of Justice, by Kevin Boyle", "Arc of Justice", "Boyle"),
           ("The Quiet Harbor · by Jane Doe", "The Quiet Harbor", "Doe"),
           ("Harbor Lights\nEdited by John Roe and Ann Lee", "Harbor Lights", "Roe")]


@pytest.mark.parametrize("text, title, family", HEADERS)
def test_a_header_printed_alone_needs_no_imprint(text, title, family, monkeypatch):
    monkeypatch.setattr("catalog.parse.labeller.SURE_ENOUGH", 0.0)   # what the model is unsure of: tested above
    book = catalog_document(Document("h", text)).books[0]
    assert (book.title, book.contributors[0].family) == (title, family)
    assert book.review_reasons[0] == LABELLER_ONLY


@pytest.mark.parametrize("text", ["Reported by John Roe; edited by Ann Lee.", "Posted by Jane Doe on Monday",
                                  "Harbor Lights and the Quiet Harbor"])
def test_a_byline_or_a_heading_alone_is_no_header(text):
    with pytest.raises(NoNotesError):
        catalog_document(Document("b", text))


def test_a_header_inside_a_longer_text_needs_its_imprint():
    text = "Arc of Justice, by Kevin Boyle\n\n" + "The harbor was quiet, and the council met on Tuesday. " * 12 + "$5"
    with pytest.raises(NoNotesError):
        catalog_document(Document("l", text))


@pytest.mark.parametrize("kicker", ["FICTION\n", "Book Review\n\n", "Reviewed by Mary Smith\n"])
def test_a_section_name_above_the_notes_is_in_neither_readers_title(kicker):
    """Both readers once took 'Nonfiction' into the title and agreed: a wrong `high` book."""
    book = catalog_document(Document("d", kicker + "The Quiet Harbor\nBy Jane Doe\nKnopf, 320 pages, $26.95")).books[0]
    assert (book.title, book.confidence, book.review_reasons) == ("The Quiet Harbor", "high", ())
