"""The learned reader: tokens, features, the model it loads, and what it reads."""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import replace

import pytest

from catalog.errors import NoNotesError
from catalog.model import Book, Document
from catalog.parse import features, labeller
from catalog.parse.labeller import field_spans, notes_units, parsed_from_labels, read_notes
from catalog.parse.tokens import tokenize
from catalog.pipeline import catalog_document
from tests.conftest import DEV_DATA, ROOT, require_dev_data

DATA = ROOT / "catalog" / "parse" / "data"


def test_tokens_keep_their_place_in_the_text():
    text = "Doe, JaneThe Quiet Harbor.\nKnopf's list, $24.95"
    tokens = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert [t.text for t in tokens] == ["Doe", ",", "Jane", "The", "Quiet", "Harbor", ".", "Knopf", "'s", "list",
                                        ",", "$", "24.95"]
    assert [t.text for t in tokens if t.line_start] == ["Doe", "Knopf"]


def test_capitals_and_name_prefixes_stay_one_token_or_one_run():
    assert [t.text for t in tokenize("McKINNEY ÉDOUARD O’Hara")] == ["Mc", "KINNEY", "ÉDOUARD", "O’Hara"]


def test_features_read_the_rules_tables():
    text = "THE QUIET HARBOR. Edited by Jane Doe. Penguin Press, London, 1994. 320 pp. $24.95"
    tokens = tokenize(text)
    seen = dict(zip((t.text for t in tokens), features.observe(text, tokens), strict=True))
    assert "role=ed" in seen["Edited"] and "role=ed" in seen["by"] and "given=1" in seen["Jane"]
    assert "pubword=1" in seen["Press"] and "town=1" in seen["London"] and "year=1" in seen["1994"]
    assert "item=pages" in seen["320"] and "item=price" in seen["24.95"]
    assert "shape=XX" in seen["QUIET"] and "clause=0" in seen["QUIET"] and "clause=1" in seen["Edited"]
    assert "-1:w=jane" in seen["Doe"] and "-1:given=1" in seen["Doe"]
    assert "1:w=jane" in seen["by"] and "-2:edge" in seen["THE"]


def test_a_labelled_run_becomes_a_field_as_printed():
    text = "“Quiet Harbor.” By PeterJones. (McKinney Books, $5.)"
    tokens = tokenize(text)
    labels = ["other", "title", "title", "other", "other", "other", "author", "author", "other", "other",
              "publisher", "publisher", "publisher", "other", "price", "price", "other", "other"]
    assert len(labels) == len(tokens)
    assert [s.label for s in field_spans(tokens, labels)] == ["title", "author", "publisher", "price"]
    parsed = parsed_from_labels(text, tokens, labels)
    assert (parsed.title, parsed.contributors[0][1], parsed.publisher) == (
        "Quiet Harbor", "Peter Jones", "McKinney Books")
    assert parsed.offers[0].price.amount == 5 and parsed.split_by == "labeller"


def test_an_item_the_item_finders_found_is_no_part_of_a_labelled_field():
    text = "The Book\nBy Jane Doe\nCanongate 592pp RRP\u00a318.99"
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["The", "Book", "By", "Jane", "Doe", "Canongate", "592", "pp", "RRP",
                                        "\u00a3", "18.99"]
    labels = ["title", "title", "other", "author", "author", "publisher", "publisher", "publisher", "publisher",
              "price", "price"]
    kept = labeller._items_kept_apart(text, tokens, labels)
    assert kept == labels[:6] + ["other", "other", "other", "price", "price"]
    assert parsed_from_labels(text, tokens, kept).publisher == "Canongate"
    assert labeller._items_kept_apart("The Book By Jane Doe", tokenize("The Book By Jane Doe"), ["title"] * 5) == \
        ["title"] * 5   # no items: the labels stand


def test_a_run_stretched_over_the_words_that_join_fields_loses_them():
    text = "The Quiet Harbor is published by Harbor House at \u00a316.99"
    tokens = tokenize(text)
    assert [t.text for t in tokens][:8] == ["The", "Quiet", "Harbor", "is", "published", "by", "Harbor", "House"]
    labels = ["title"] * 5 + ["other"] + ["publisher"] * 3 + ["price"] * (len(tokens) - 9)
    parsed = parsed_from_labels(text, tokens, labels)
    assert (parsed.title, parsed.publisher) == ("The Quiet Harbor", "Harbor House")


def test_the_words_announcing_a_publisher_and_a_binding_alone_are_no_publisher():
    text = "The Quiet Harbor by Jane Doe, poems, from Harbor Books, 79 pages"
    tokens = tokenize(text)
    assert [t.text for t in tokens][9:12] == ["from", "Harbor", "Books"]
    labels = ["title"] * 3 + ["other"] + ["author"] * 2 + ["other"] * 3 + ["publisher"] * 3 + ["other"] + ["pages"] * 2
    assert parsed_from_labels(text, tokens, labels).publisher == "Harbor Books"
    text = "The Quiet Harbor. Jane Doe (Editor). Paper. $40."
    tokens = tokenize(text)
    labels = ["title"] * 3 + ["other"] + ["author"] * 2 + ["publisher"] * 3 + ["other", "publisher", "other",
                                                                           "price", "price", "other"]
    assert [t.text for t, label in zip(tokens, labels, strict=True) if label == "publisher"] == [
        "(", "Editor", ")", "Paper"]
    assert parsed_from_labels(text, tokens, labels).publisher is None


def test_the_labeller_reads_a_plain_trailer():
    reading = read_notes("THE QUIET HARBOR. By Jane Doe. 320 pages. Alfred A. Knopf. $24.95.")
    parsed = reading.parsed
    assert reading.covered > 0.9
    assert parsed.title == "THE QUIET HARBOR" and parsed.publisher == "Alfred A. Knopf"
    assert [name for _, name in parsed.contributors] == ["Jane Doe"]
    assert parsed.pages == 320 and str(parsed.offers[0].price.amount) == "24.95"


def test_labelling_is_deterministic():
    text = "Doe, Jane. The Quiet Harbor: A Novel. London: Faber, 2001. 320 pp. £18.99"
    assert read_notes(text) == read_notes(text)
    assert labeller.label_tokens(text) == labeller.label_tokens(text)


def test_what_the_labeller_reads():
    long_review = "THE QUIET HARBOR. By Jane Doe. 320 pages. Knopf. $24.95.\n\n" + "The harbor was quiet. " * 40
    assert notes_units(long_review) == ["THE QUIET HARBOR. By Jane Doe. 320 pages. Knopf. $24.95."]
    header = "Doe, Jane\n\nThe Quiet Harbor\n\nKnopf"
    assert notes_units(header) == [header]   # a short text is read whole, whatever its lines
    short_review = ("The Quiet Harbor\nBy JANE DOE\nKnopf, $23.\n\n"
                    "This grave, lucid novel about fathers and sons reaches back.")
    assert notes_units(short_review) == ["The Quiet Harbor\nBy JANE DOE\nKnopf, $23."]   # notes beside prose
    # a section's name above notes printed alone: the rules leave it out, and so does the labeller
    assert notes_units("FICTION\n" + header) == [header]
    assert notes_units("Reviewed by Mary Smith\n\n" + header) == [header]
    # below the notes, or among them, a reviewer's line is left out too: the reviewer wrote no book
    assert notes_units(header + "\nReviewed by Mary Smith") == [header]
    assert notes_units("The Quiet Harbor\nReview by Mary Smith\nKnopf, $23.") == ["The Quiet Harbor\nKnopf, $23."]
    notes = "The Quiet Harbor (Cape, \u00a320)"
    assert notes_units(notes + "\n\nREVIEWER: Mary Smith") == [notes]
    memoir = "Memoir\nBy Jane Doe\nKnopf, $23."   # no other title: the section's word is the title
    assert notes_units(memoir) == [memoir]
    assert not labeller.may_hold_notes("The council met on Tuesday, and voted, twice, on the budget.")
    assert labeller.may_hold_notes("Doe, Jane. The Quiet Harbor. Knopf, 1994.")


def test_the_model_was_trained_with_this_feature_set_and_is_small():
    manifest = json.loads((DATA / "notes.manifest.json").read_text(encoding="utf-8"))
    model = (DATA / "notes.crfsuite").read_bytes()
    assert manifest["feature_set"] == features.FEATURE_SET
    assert manifest["model_sha256"] == hashlib.sha256(model).hexdigest()
    assert len(model) < 4_000_000


def test_a_model_of_another_feature_set_is_refused(monkeypatch):
    monkeypatch.setattr(labeller, "FEATURE_SET", "another")
    labeller._model.cache_clear()
    try:
        with pytest.raises(labeller.ModelError, match="make train"):
            labeller._model()
    finally:
        labeller._model.cache_clear()


@pytest.fixture(scope="module")
def trainer():
    require_dev_data()
    sys.path.insert(0, str(ROOT / "tools"))
    import train
    return train


def test_the_model_is_not_stale(trainer):
    """The committed model was trained on the dev set as it is now: `make train` after it changes."""
    manifest = json.loads((DATA / "notes.manifest.json").read_text(encoding="utf-8"))
    assert manifest["data"] == trainer.data_digest(DEV_DATA), "the dev set changed: run `make train`"


def test_training_is_deterministic(trainer, tmp_path):
    examples = trainer.load_examples(DEV_DATA)[:60]
    seqs, stats = trainer.training_sequences(examples)
    assert stats["books_aligned"] > 40 and stats["synthetic"] > 100
    trainer.train(seqs, tmp_path / "a.crfsuite")
    trainer.train(trainer.training_sequences(examples)[0], tmp_path / "b.crfsuite")
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


def test_the_gold_aligns_to_the_words_it_was_read_from(trainer):
    book = {"title": "The Quiet Harbor", "subtitle": None, "authors": ["Jane Doe"], "publisher": "Faber",
            "place": "London", "pages": 320, "price": [{"amount": "18.99"}]}
    text = "DOE, JANE. The Quiet Harbor. London: Faber, 1994. 320 pp. £18.99"
    labels = trainer.align(text, book)
    got = {label: [t.text for t, tag in zip(tokenize(text), labels, strict=True) if tag == label]
           for label in set(labels)}
    assert got["author"] == ["DOE", ",", "JANE"] and got["title"] == ["The", "Quiet", "Harbor"]
    assert got["place"] == ["London"] and got["publisher"] == ["Faber"]
    assert got["pages"] == ["320", "pp", "."] and got["price"] == ["£", "18.99"]
    assert trainer.align(text, {**book, "publisher": "Knopf"}) is None   # never guessed


def test_a_run_keeps_the_possessive_and_the_initials_stop_printed_against_it():
    text = "Doe, Jane Q. The Harbor. St. Martin's, 2001."
    tokens = tokenize(text)
    labels = ["author"] * 4 + ["other"] + ["title"] * 2 + ["other"] + ["publisher"] * 3 + ["other"] * 4
    assert len(labels) == len(tokens)
    parsed = parsed_from_labels(text, tokens, labels)
    assert parsed.contributors[0][1] == "Doe, Jane Q." and parsed.publisher == "St. Martin's"
    assert parsed.title == "The Harbor"   # a title's closing stop is punctuation, not part of it


def test_a_title_keeps_its_question_mark_and_loses_a_starred_reviews_mark():
    text = "*What Is Literature? Jean Doe. Harbor Books, $25."
    tokens = tokenize(text)
    labels = ["other"] + ["title"] * 3 + ["other"] + ["author"] * 2 + ["other"] + ["publisher"] * 2 + ["other"] * 4
    assert len(labels) == len(tokens)
    parsed = parsed_from_labels(text, tokens, labels)
    assert parsed.title == "What Is Literature?" and parsed.contributors[0][1] == "Jean Doe"
    labels[1] = "title"   # a starred review's mark the model gave to the title
    labels[0] = "title"
    assert parsed_from_labels(text, tokens, labels).title == "What Is Literature?"
    labels[4] = "other"
    assert parsed_from_labels(text.replace("?", " ?"), tokenize(text.replace("?", " ?")), labels).title \
        == "What Is Literature"   # a mark spaced off the title is not its own


def test_a_value_loses_the_bracket_it_does_not_close():
    text = "Doe, Jane. Reason in Law (7th ed.). Chicago: Harbor Press, 2019."
    tokens = tokenize(text)
    assert [t.text for t in tokens][4:10] == ["Reason", "in", "Law", "(", "7", "th"]
    labels = ["author"] * 3 + ["other"] + ["title"] * 6 + ["other"] * (len(tokens) - 10)
    assert parsed_from_labels(text, tokens, labels).title == "Reason in Law"
    text = "Doe, Jane. Reason in Law (Revised). Chicago: Harbor Press, 2019."
    tokens = tokenize(text)
    labels = ["author"] * 3 + ["other"] + ["title"] * 5 + ["other"] * (len(tokens) - 9)
    assert parsed_from_labels(text, tokens, labels).title == "Reason in Law (Revised)"   # closed just after


@pytest.mark.parametrize("run, names", [
    ("Lisa Marie Griffith & Ciarán Wallace", ["Lisa Marie Griffith", "Ciarán Wallace"]),
    ("Faye J. Crosby and Cheryl VanDeVeer", ["Faye J. Crosby", "Cheryl VanDeVeer"]),
    ("Robert S. Olpin, Ann W. Orton", ["Robert S. Olpin", "Ann W. Orton"]),
    ("Jane Doe; John Roe", ["Jane Doe", "John Roe"]),
    ("Patka, Marcus G.", ["Patka, Marcus G."]),
    ("Martin Luther King, Jr.", ["Martin Luther King, Jr."]),
    ("Robert A. Caro's", ["Robert A. Caro"]),
    ("Christopher Pyne\u2019s", ["Christopher Pyne"]),
    ("MARCUS ODUYA AND ANJALI DRAYCOTT", ["MARCUS ODUYA", "ANJALI DRAYCOTT"]),   # names in capitals
])
def test_one_run_of_a_persons_label_holds_each_name_apart(run, names):
    assert labeller.people_in(run) == names


def _labelled(text: str, runs: dict[str, str]) -> tuple[list, list[str]]:
    """Tokens of `text`, each labelled by the run (a substring of the text) it falls in."""
    tokens = tokenize(text)
    labels = []
    for token in tokens:
        found = [label for label, run in runs.items()
                 if text.index(run) <= token.start < text.index(run) + len(run)]
        labels.append(found[0] if found else "other")
    return tokens, labels


@pytest.mark.parametrize("text, role", [
    ("The Quiet Harbor, Jane Doe, ed. (Pyr, $19.95)", "editor"),
    ("THE QUIET HARBOR by Jane Doe (Editor). Armonk: Sharpe, 2000.", "editor"),
    ("Jane Doe (trans.), The Quiet Harbor. Knopf.", "translator"),
    ("The Quiet Harbor, Jane Doe, Ed Roe Books.", "author"),
])
def test_a_role_printed_after_a_name_is_its_role(text, role):
    tokens, labels = _labelled(text, {"title": "The Quiet Harbor" if "The Quiet" in text else "THE QUIET HARBOR",
                                      "author": "Jane Doe"})
    assert [r.value for r, _ in parsed_from_labels(text, tokens, labels).contributors] == [role]


def test_a_name_or_an_imprint_ends_at_a_line_break_a_title_does_not():
    text = "FOLLOW ME\nTO GROUND\nIllustrator: Patrice Barton\nMacmillan, 2017"
    tokens, labels = _labelled(text, {"title": "FOLLOW ME\nTO GROUND", "publisher": "Patrice Barton\nMacmillan"})
    spans = field_spans(tokens, labels, text)
    assert [(s.label, text[s.start:s.end]) for s in spans] == [
        ("title", "FOLLOW ME\nTO GROUND"), ("publisher", "Patrice Barton"), ("publisher", "Macmillan")]


def test_a_run_of_two_names_gives_two_people():
    text = "The Quiet Harbor by Jane Doe & John Roe (Knopf, $5)"
    tokens, labels = _labelled(text, {"title": "The Quiet Harbor", "author": "Jane Doe & John Roe"})
    assert [name for _, name in parsed_from_labels(text, tokens, labels).contributors] == ["Jane Doe", "John Roe"]


def test_a_review_desks_corrections_become_training_sequences(trainer, tmp_path):
    from catalog.corrections import append_correction, entry
    journal = tmp_path / "corrections.jsonl"
    notes = "Evil Title. By Ann Lee. 200 pages. Knopf. $25."
    fields = {"title": "Evil Title", "authors": ["Ann Lee"], "publisher": "Knopf", "pages": 200,
              "price": [{"amount": "25", "currency": "USD", "binding": None}]}
    append_correction(journal, {**entry("d", 0, {**fields, "title": "Wrong"}), "notes": notes})
    append_correction(journal, {**entry("d", 0, fields), "notes": notes})   # the latest wins
    append_correction(journal, {**entry("e", 0, {"title": "Not In The Notes"}), "notes": notes})
    seqs, missed = trainer.correction_sequences(journal)
    assert missed == 1 and len(seqs) == 1
    labels = seqs[0][1]
    got = {label: [t.text for t, tag in zip(tokenize(notes), labels, strict=True) if tag == label]
           for label in set(labels)}
    assert got["title"] == ["Evil", "Title"] and got["author"] == ["Ann", "Lee"] and got["publisher"] == ["Knopf"]


def test_a_sheets_label_is_no_title():
    book = Book(key="k", title="Pub Date", subtitle=None, contributors=(), publisher="Knopf")
    reading = read_notes("Pub Date: May 5th, 2019\nISBN: 978-0-306-40615-7\nPublisher: Knopf")
    assert not labeller.is_notes_reading(book, reading, "Pub Date: May 5th, 2019\nPublisher: Knopf")
    assert labeller.is_notes_reading(replace(book, title="The Quiet Harbor"), reading, "The Quiet Harbor\nKnopf")


@pytest.mark.parametrize("head", [
    "SENATE PASSES BUDGET\nBy JOHN SMITH\nThe New York Times",
    "Senate Passes Budget\nBy John Smith\nAssociated Press",
    "SENATE PASSES BUDGET\nBy John Smith\nWashington Post Staff Writer",
    "Senate passes budget\nJohn Smith\nThe Guardian, 2019",
    "Senate Passes Budget, 2019",
])
def test_a_news_articles_headline_and_byline_block_makes_no_record(head):
    # the same shape as a review's header with no item (title, byline, publisher): a long
    # article that prints no item is no review, and no record is made up from it
    body = ("The Senate voted on Tuesday to approve the budget after a long debate, and the House "
            "is expected to follow next week. " * 3 + "\n\n") * 4
    with pytest.raises(NoNotesError):
        catalog_document(Document("news", f"{head}\n\n{body}"))


def test_the_features_read_given_names_as_the_lists_print_them():
    # the model was trained on the lists as printed: an accented name they hold only without its
    # accents is no given name to the features, though the rules know it ("Ciarán")
    text = "The Census. By Ciar\u00e1n Dunleavy and Ciaran Doyle. Penguin, 1994."
    tokens = tokenize(text)
    seen = dict(zip((t.text for t in tokens), features.observe(text, tokens), strict=True))
    assert "given=1" not in seen["Ciar\u00e1n"] and "given=1" in seen["Ciaran"]
