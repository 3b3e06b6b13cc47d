"""One test per family of trailer forms (issue 11), each written from the form itself.

The books are made up; what is checked is that the parser recovers every printed field,
and that a guess is marked for review instead of passing as sure.
"""
from decimal import Decimal

import pytest

from catalog.errors import CatalogError
from catalog.model import Document, ReviewMetadata, Role
from catalog.parse.agreement import DISAGREE, LABELLER_ONLY, RULES_ONLY
from catalog.parse.cuts import is_known_house
from catalog.parse.head import BY_MARKER, BY_NAME_SHAPE, _title_lines, parse_people, split_head
from catalog.parse.imprint import (
    RUN_TOGETHER,
    author_title_house_year,
    publisher_year_end,
    sentence_breaks,
    split_trailer,
)
from catalog.parse.labeller import read_notes
from catalog.parse.names import is_given_name, is_listed_given_name
from catalog.parse.normalize import (
    IMPRINT_MARK,
    IMPRINT_PESO,
    IMPRINT_RUPEE,
    IMPRINT_SHILLING,
    IRISH_POUND_READ,
    UNDATED_IRISH_POUND,
    UNNAMED_KRONE,
    UNNAMED_PESO,
    UNNAMED_RUPEE,
    UNNAMED_SHILLING,
    normalize_book,
)
from catalog.parse.tables import imprint_dollar, is_place
from catalog.parse.trailer import ParsedTrailer, parse_trailer, split_books
from catalog.pipeline import _learned_book, catalog_document
from catalog.text.locate import Located, locate_notes
from catalog.text.repair import repair_text


def book(text, n=0):
    return catalog_document(Document("d", text)).books[n]


def names(b, role=Role.AUTHOR):
    return [p.display for p in b.people(role)]


def prices(b):
    return [(o.price.amount, o.price.currency, o.binding) for o in b.prices]


@pytest.mark.parametrize("text", [
    "Doe, Jane. The Quiet Harbor: A Novel. Knopf, $25 (0-679-40545-3).",
    "Doe, Jane. The Quiet Harbor: A Novel. Knopf, $25 (ISBN 0-679-40545-3).",
])
def test_inverted_name_first(text):
    b = book(text)
    assert (b.title, b.subtitle, names(b), b.publisher) == ("The Quiet Harbor", "A Novel", ["Jane Doe"], "Knopf")
    assert prices(b) == [(Decimal("25"), "USD", None)] and b.isbns == ("9780679405450",)


def test_two_inverted_names_joined_by_and():
    b = book("Roe, Mary Ellen and Doe, John W. Rivers of Salt. Eerdmans, paper, $14 (0-8028-2943-0).")
    assert (b.title, names(b), b.publisher) == ("Rivers of Salt", ["Mary Ellen Roe", "John W. Doe"], "Eerdmans")
    assert prices(b) == [(Decimal("14"), "USD", "paper")]


def test_inverted_name_with_initials_and_imprint_colon_publisher():
    b = book("Lane, P.J. A Winter of Knives. Minotaur: St. Martin's. ISBN 0-312-29016-0. $23.95.")
    assert (b.title, names(b), b.publisher) == ("A Winter of Knives", ["P.J. Lane"], "Minotaur: St. Martin's")


def test_inverted_name_in_the_middle_with_no_full_stops():
    b = book("The Quiet Harbor: A Novel Doe, Jane Graywolf/Macmillan, $50.00")
    assert (b.title, b.subtitle, names(b), b.publisher) == (
        "The Quiet Harbor", "A Novel", ["Jane Doe"], "Graywolf/Macmillan")


def test_no_by_trade_list_marked_for_review():
    b = book("The Quiet Harbor: A Novel\nJane Doe (Graywolf)")
    assert (b.title, b.subtitle, names(b), b.publisher) == ("The Quiet Harbor", "A Novel", ["Jane Doe"], "Graywolf")
    one_line = book("Winter Orchards Jane Doe (Graywolf, $16)")
    assert (one_line.title, names(one_line)) == ("Winter Orchards", ["Jane Doe"])
    assert one_line.confidence == "review"   # only the shape of the name told title from author


@pytest.mark.parametrize("text, publisher", [
    ("THE QUIET HARBOR, by Jane Doe, Knopf, $24", "Knopf"),
    ("The Quiet Harbor By Jane Doe, Graywolf Press, $22", "Graywolf Press"),
    ("THE QUIET HARBOR, by Jane Doe, Farrar, Straus and Giroux, $24", "Farrar, Straus and Giroux"),
    # a house joined by "and" that the publishers' list knows, not two more authors
    ("The Quiet Harbor, by Jane Doe, Faber and Faber, 320pp, \u00a314.99", "Faber and Faber"),
    ("The Quiet Harbor, by Jane Doe, Thames and Hudson, \u00a314.99", "Thames and Hudson"),
    ("The Quiet Harbor, Jane Doe, Thames and Hudson, \u00a314.99", "Thames and Hudson"),   # no "by" before the name
    # a house named like a person, a comma before the items: the list knows it
    ("The Quiet Harbor by Jane Doe, Allen Lane, \u00a325, 320pp", "Allen Lane"),
    ("THE QUIET HARBOR, by Jane Doe, Henry Holt, $25", "Henry Holt"),
])
def test_comma_only_imprint(text, publisher):
    b = book(text)
    assert (b.title.lower(), names(b), b.publisher) == ("the quiet harbor", ["Jane Doe"], publisher)
    assert b.confidence == "high"
    # the comma parts the names from the house: no run of words was cut, so the rules guess nothing
    # (the labeller's agreement would clear the guess, so the split is asked directly)
    assert split_trailer(text).guess is None


def test_people_joined_by_and_after_the_author_stay_people():
    b = parse_trailer("The Quiet Harbor by Jane Doe, John Roe, \u00a325, 320pp")   # no house: a second author
    assert (b.contributors, b.publisher) == (((Role.AUTHOR, "Jane Doe"), (Role.AUTHOR, "John Roe")), None)
    for second in ("John Roe", "John Norton"):   # a family name a house's own is no house
        for imprint, publisher in ((", Knopf, $20", "Knopf"), (", $20", None)):
            b = parse_trailer(f"The Quiet Harbor, by Jane Doe, {second} and Mary Major{imprint}")
            assert (b.contributors, b.publisher) == (((Role.AUTHOR, "Jane Doe"), (Role.AUTHOR, second),
                                                      (Role.AUTHOR, "Mary Major")), publisher)


@pytest.mark.parametrize("text, people", [
    # PW's notes on one line: the names are the sentence after the title's
    ("The Quiet Harbor. Jane Doe and John Roe. Knopf, $28 (320p) ISBN 978-0-306-40615-7",
     [(Role.AUTHOR, "Jane Doe"), (Role.AUTHOR, "John Roe")]),
    ("The Quiet Harbor. Jane Doe, edited by John Roe. Knopf, $28 (320p) ISBN 978-0-306-40615-7",
     [(Role.AUTHOR, "Jane Doe"), (Role.EDITOR, "John Roe")]),
])
def test_names_printed_as_the_sentence_after_the_title(text, people):
    b = parse_trailer(text)
    assert (b.title, list(b.contributors), b.publisher) == ("The Quiet Harbor", people, "Knopf")


def test_a_head_whose_last_sentence_is_empty_has_no_name_in_it():
    assert split_head("The Quiet Harbor. .")[1] == ""


def test_comma_list_entry_with_no_items():
    b = book("The Quiet Harbor, Jane Doe, Henry Holt")
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Henry Holt")


def test_unpunctuated_header():
    b = book("THE QUIET HARBOR By Jane Doe Knopf. 245 pp. $18.95")
    assert (names(b), b.publisher, b.pages, prices(b)) == (
        ["Jane Doe"], "Knopf", 245, [(Decimal("18.95"), "USD", None)])
    # where the name ends was told by the house's name alone, and the labeller read the same house: witnessed
    assert b.review_reasons == ()
    three = book("THE QUIET HARBOR By Mary Ellen Doe. 245 pp. $18.95")
    assert (names(three), three.publisher) == (["Mary Ellen Doe"], None)


@pytest.mark.parametrize("text", [
    "The Quiet Harbor. By Jane Doe. Viking, $27.95 (9780670034581).",
    "The Quiet Harbor. By Jane Doe. Viking, $27.95 9780670034581.",
    "The Quiet Harbor. By Jane Doe. Viking. ISBN 0-670-03458-4. $27.95.",
])
def test_isbn_after_the_price(text):
    b = book(text)
    assert b.publisher == "Viking" and b.isbns == ("9780670034581",) and prices(b)[0][0] == Decimal("27.95")


def test_invalid_printed_isbn_is_reported():
    record = catalog_document(Document("d", "The Quiet Harbor. By Jane Doe. Viking. ISBN 0-670-03458-5. $27.95."))
    assert record.books[0].isbns == () and any("0-670-03458-5" in w for w in record.warnings)
    assert record.books[0].confidence == "review"


@pytest.mark.parametrize("text, role", [
    ("The Quiet Harbor. By Jane Doe. Tr. by John Roe. Knopf, $25.", Role.TRANSLATOR),
    ("The Quiet Harbor. By Jane Doe. trans. from the Norwegian by John Roe. Knopf, $25.", Role.TRANSLATOR),
    ("The Quiet Harbor. Ed. by John Roe. Knopf, $25.", Role.EDITOR),
    ("The Quiet Harbor, edited and with an introduction by John Roe. Knopf $25", Role.EDITOR),
    ("The Quiet Harbor. Edited and introduced by John Roe. Knopf, \u00a325, 320pp", Role.EDITOR),
    ("The Quiet Harbor, edited and annotated by John Roe (Knopf, \u00a325, 320pp)", Role.EDITOR),
    ("The Quiet Harbor. Introduced and edited by John Roe. Knopf, \u00a325, 320pp", Role.EDITOR),
    ("The Quiet Harbor. By Jane Doe. Introduced by John Roe. Knopf, \u00a325, 320pp", Role.INTRODUCTION),
    ("The Quiet Harbor. By Jane Doe. illus. by John Roe. Knopf, $25.", Role.ILLUSTRATOR),
])
def test_role_abbreviations(text, role):
    b = book(text)
    assert names(b, role) == ["John Roe"] and (b.title, b.subtitle) == ("The Quiet Harbor", None)


@pytest.mark.parametrize("text", [
    "The Quiet Harbor by Jane Doe, read by John Roe. Harbor Audio, 10 hours, $30.",
    "The Quiet Harbor, by Jane Doe, narrated by John Roe (Harbor Audio, 10 hrs., $30)",
    "Doe, Jane. The Quiet Harbor. Read by John Roe. Harbor Audio. 2019. $30.",
    "The Quiet Harbor\nJane Doe, narr. by John Roe\nHarbor Audio, 10 hrs.\n$30",
])
def test_an_audiobooks_reader_is_its_narrator(text):
    b = book(text)
    assert (b.title, names(b), names(b, Role.NARRATOR), b.publisher) == (
        "The Quiet Harbor", ["Jane Doe"], ["John Roe"], "Harbor Audio")


def test_translator_after_the_publisher():
    b = book("Doe, Jane. The Quiet Harbor. Holt. tr. from Portuguese by John Roe. ISBN 0-8050-6890-2. $23.")
    assert (b.title, names(b), names(b, Role.TRANSLATOR), b.publisher) == (
        "The Quiet Harbor", ["Jane Doe"], ["John Roe"], "Holt")
    assert b.original_language == "Portuguese"


def test_1980s_daily_form_over_two_paragraphs():
    b = book("THE QUIET HARBOR. By Jane Doe. 275 pages.\n\nAlfred A. Knopf. $18.95.\n\nTHE novel opens on a pier.")
    assert (names(b), b.pages, b.publisher, prices(b)) == (
        ["Jane Doe"], 275, "Alfred A. Knopf", [(Decimal("18.95"), "USD", None)])


def test_one_element_a_line_with_the_binding_alone():
    b = catalog_document(Document("d", "The Quiet Harbor\nBy Jane Doe\nHarbor House, 2019\n320 pp. $26.95\n"
                                       "Paperback\nISBN 978-0-306-40615-7")).books
    assert len(b) == 1 and (b[0].title, b[0].pages, b[0].isbns) == ("The Quiet Harbor", 320, ("9780306406157",))
    assert [(o.binding, o.price.amount) for o in b[0].prices] == [("paper", Decimal("26.95"))]


def test_kirkus_author_family_first_under_the_title_and_the_date_line():
    # Kirkus: the title, "Family, Given", the publisher and pages, price and date, the ISBN
    b = catalog_document(Document("d", "THE QUIET HARBOR\nDoe, Jane\nHarbor House (320 pp.)\n$26.95 | March 5, 2019\n"
                                       "978-0-306-40615-7")).books
    assert len(b) == 1
    assert (b[0].title, names(b[0]), b[0].publisher, b[0].pages, b[0].isbns, b[0].year) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", 320, ("9780306406157",), 2019)
    # above a review long enough that the notes are not read again as one line
    review = "\n\nThe novel opens on a pier, where the fog has not lifted for a week. " * 12
    b = catalog_document(Document("d", "THE QUIET HARBOR\nDoe, Jane\nHarbor House (320 pp.)\n$26.95\n"
                                       "March 5, 2019\n978-0-306-40615-7" + review)).books
    assert len(b) == 1 and (b[0].isbns, b[0].year) == (("9780306406157",), 2019)
    # the date line alone between the price and the ISBN finishes the notes too
    b = catalog_document(Document("d", "The Quiet Harbor\nBy Jane Doe\nHarbor House, $26.95\n2019\n"
                                       "978-0-306-40615-7")).books
    assert len(b) == 1 and b[0].isbns == ("9780306406157",)


def test_a_title_that_reads_like_a_name_above_a_name_family_first():
    # "A HARBOR IN WINTER" has the shape of a name ("A." an initial); the line below is the name
    b = book("A HARBOR IN WINTER\nWhitfield, Anna\nKnopf (24 pp.)\n$5")
    assert (b.title, names(b)) == ("A Harbor in Winter", ["Anna Whitfield"])


def test_a_space_before_a_colon_in_a_library_record_or_french_print():
    assert repair_text("Cambridge, Mass. : Knopf, 2015. \u2014 320 p. ; 24 cm") == \
        "Cambridge, Mass.: Knopf, 2015. \u2014 320 p.; 24 cm"
    # slashes alone part the fields, one a line: the author's name first is told by its line
    assert repair_text("Jane Doe / The Quiet Harbor / Harbor House / $26.95") == \
        "Jane Doe\nThe Quiet Harbor\nHarbor House\n$26.95"
    b = catalog_document(Document("d", "Jane Doe / The Quiet Harbor / Harbor House / $26.95")).books[0]
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House")
    assert "title and author told apart by the shape of a name only" not in b.review_reasons
    b = book("The Quiet Harbor / Jane Doe. \u2014 Cambridge, Mass. : Harbor House, 2015. \u2014 320 p.")
    assert (b.title, names(b), b.place, b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Cambridge, Mass.",
                                                         "Harbor House")


def test_booklist_author_family_first_after_the_title():
    b = book("The Quiet Harbor. Doe, Jane. Illus. by John Roe. 2019. 32p. Harbor House, $17.99 (9780306406157).")
    assert (b.title, b.subtitle, names(b), names(b, Role.ILLUSTRATOR)) == (
        "The Quiet Harbor", None, ["Jane Doe"], ["John Roe"])
    # a comma between two names that are not one person family first stays a list
    b = book("The Quiet Harbor\nJane Doe, John Roe\nHarbor House, $26.95")
    assert names(b) == ["Jane Doe", "John Roe"]


def test_an_editors_mark_at_the_end_of_a_line():
    b = book("THE QUIET HARBOR by Jane Doe (ed.)\nNew York: Harbor House, 1994. 311pp\nPaper $29.95")
    assert (names(b, Role.EDITOR), names(b), b.publisher, b.pages) == (["Jane Doe"], [], "Harbor House", 311)


def test_possessive_author():
    b = book("Jane Doe's The Quiet Harbor (Corgi, $5.95)")
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Corgi")


def test_imprint_slash_publisher_kept_as_printed():
    assert book("THE QUIET HARBOR, by Jane Doe. (Nan A. Talese/Doubleday, $26.)").publisher == "Nan A. Talese/Doubleday"


def test_two_books_on_one_line():
    record = catalog_document(Document(
        "d", "THE QUIET HARBOR, by Jane Doe. (Knopf, $23.95.) FAR FIELDS, by John Roe. (Crown, $25.)"))
    assert [(b.publisher, names(b)) for b in record.books] == [("Knopf", ["Jane Doe"]), ("Crown", ["John Roe"])]


def test_each_price_names_several_books():
    record = catalog_document(Document("d", "The Quiet Harbor; Far Fields, by Jane Doe (Knopf, $22 each)."))
    assert [b.title for b in record.books] == ["The Quiet Harbor", "Far Fields"]
    assert all(prices(b) == [(Decimal("22"), "USD", None)] for b in record.books)


def test_title_and_byline_with_no_imprint():
    b = book("THE QUIET HARBOR: A Novel of the Coast. By Jane Doe\n\nThe review starts here and goes on.")
    assert (b.subtitle, names(b), b.publisher) == ("A Novel of the Coast", ["Jane Doe"], None)


def test_corporate_author_by_the_editors_of():
    b = book("Home Repairs Made Easy, by the editors of Handy Magazine (Handy Books, $20).")
    assert (b.title, names(b)) == ("Home Repairs Made Easy", ["the editors of Handy Magazine"])


def test_glued_role_word_and_broken_word_repaired():
    b = book("THE QUIET HARBORby Jane Doe. (Simon & Schus-\nter, $3.50.)")
    assert (b.title.upper(), names(b), b.publisher) == ("THE QUIET HARBOR", ["Jane Doe"], "Simon & Schuster")


def test_name_glued_to_the_role_after_it_is_parted():
    # a web page that lost its line breaks: "Frank O'HaraEdited by Mark Ford"
    b = book("Selected Poems by Jane O\u2019DoeEdited by John Roe\nKnopf, 2008")
    assert ([(c.role.value, c.display) for c in b.contributors], b.publisher) == (
        [("author", "Jane O\u2019Doe"), ("editor", "John Roe")], "Knopf")
    b = book("The Quiet Harbor by Jane Doetranslated by John Roe\nKnopf, 2008")
    assert [(c.role.value, c.display) for c in b.contributors] == [("author", "Jane Doe"), ("translator", "John Roe")]


def test_a_word_ending_in_the_role_word_is_not_parted():
    printed = "Unedited by Jane Doe; Retranslated by John Roe"
    assert repair_text(printed) == printed


def test_full_stop_glued_to_the_next_word_is_spaced():
    b = book("The Quiet Harbor: A History of the Coast.By Jane Doe.Harbor University Press, 358 pp., $29.95")
    assert (b.subtitle, names(b), b.publisher) == ("A History of the Coast", ["Jane Doe"], "Harbor University Press")
    assert repair_text("Ph.D. thesis, St.Martin's, U.S.A.") == "Ph.D. thesis, St.Martin's, U.S.A."
    # after a word in capitals, and before a count or a price; decimals and initials keep theirs
    b = book("THE QUIET HARBOR.By Jane Doe.320 pp.Knopf.$30.")
    assert (b.title, names(b), b.publisher, b.pages, prices(b)) == (
        "The Quiet Harbor", ["Jane Doe"], "Knopf", 320, [(Decimal("30"), "USD", None)])
    assert repair_text("U.S.Army, 2.50, v.2, NATO.org") == "U.S.Army, 2.50, v.2, NATO.org"
    assert repair_text("THE QUIET HARBOR.Jane Doe.320 pp.") == "THE QUIET HARBOR. Jane Doe. 320 pp."


def test_a_name_printed_as_the_sentence_before_a_role_is_the_author():
    b = book("The Quiet Harbor. Jane Doe. Illus. by John Roe. Harbor House, 2019. 32pp. $17.99.")
    assert (b.title, b.subtitle, names(b), names(b, Role.ILLUSTRATOR)) == (
        "The Quiet Harbor", None, ["Jane Doe"], ["John Roe"])
    assert names(book("The Quiet Harbor. J. Q. Doe. Illus. by John Roe. Harbor House, $17.99.")) == ["J. Q. Doe"]
    # a sentence that names nobody stays in the title
    # "A Novel" before a role is the book's kind, no name; with a translator and no author the
    # rules doubt their reading's shape, and the labeller's reading (no subtitle) is kept
    b = book("The Quiet Harbor. A Novel. Translated by John Roe. Harbor House, 2019. 320pp. $17.99.")
    assert (b.title, names(b), names(b, Role.TRANSLATOR)) == ("The Quiet Harbor", [], ["John Roe"])
    p = parse_trailer("The Quiet Harbor. A Novel. Translated by John Roe. Harbor House, 2019. 320pp. $17.99.")
    assert (p.title, p.subtitle) == ("The Quiet Harbor", "A Novel")


def test_names_family_first_on_a_line_of_their_own_lead_the_notes():
    b = book("Doe, Jane\nThe Quiet Harbor\nCurbside Splendor, 2019\n320 pp.\n$26.95")
    assert (b.title, names(b), b.publisher, b.year, b.pages) == (
        "The Quiet Harbor", ["Jane Doe"], "Curbside Splendor", 2019, 320)


def test_a_header_with_no_items_closed_by_publisher_and_year():
    # a blog's header: no price, pages or ISBN; the year closes the publisher after the names
    for text in ("The Quiet Harbor by Jane Doe\nHarbor House, 2019",
                 "The Quiet Harbor by Jane Doe. Harbor House, 2019."):
        b = book(text)
        assert (b.title, names(b), b.publisher, b.year) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House", 2019)
    b = book("The Quiet Harbor\nWritten by Jane Doe\nIllustrated by John Roe\nHarbor House, 2019")
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR), b.publisher) == (
        "The Quiet Harbor", ["Jane Doe"], ["John Roe"], "Harbor House")
    # a title and year with no names before them is no header, nor a person and a year
    assert publisher_year_end("The Quiet Harbor by Jane Doe. Harbor House, 2019") == 30
    assert publisher_year_end("The Quiet Harbor. Harbor House, 2019") is None
    assert publisher_year_end("The Quiet Harbor by Jane Doe. John Roe, 2019") is None


def test_picture_book_credits_name_the_author():
    b = book("The Quiet Harbor. Text by Jane Doe. Pictures by John Roe. Harbor House. $17.99.")
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR)) == ("The Quiet Harbor", ["Jane Doe"], ["John Roe"])
    b = book("The Quiet Harbor. Story and pictures by Jane Doe. Harbor House. $17.99.")
    assert (names(b), names(b, Role.ILLUSTRATOR)) == (["Jane Doe"], ["Jane Doe"])


def test_a_person_leading_a_comma_list_then_title_and_publisher():
    b = book("Jane Doe, The Quiet Harbor: A Novel, Harbor House, \u00a325, pp. 320")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "The Quiet Harbor", "A Novel", ["Jane Doe"], "Harbor House", 320)
    # a title may name a person too: the rules doubt a split by a name's shape, and the
    # labeller, reading the same title and name, is the witness that settles it
    assert b.confidence == "high"
    rules = parse_trailer("Jane Doe, The Quiet Harbor, Harbor House, \u00a325, pp. 320")
    assert (rules.title, rules.contributors, rules.publisher, rules.split_by) == (
        "The Quiet Harbor", ((Role.AUTHOR, "Jane Doe"),), "Harbor House", BY_NAME_SHAPE)


def test_library_journal_one_clause_a_line():
    # the publisher's line stands above the date's, after the names that led; "Jul." is no stop
    b = book("Doe, Jane\nThe Quiet Harbor: A Novel\nLittle, Brown\nJul. 2019. 416p\nISBN 9780306406157. $30\nHISTORY")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "The Quiet Harbor", "A Novel", ["Jane Doe"], "Little, Brown", 416)
    b = book("Doe, Jane\nThe Quiet Harbor\nHarbor House\n320 pp.\n$26.95")
    assert (names(b), b.publisher) == (["Jane Doe"], "Harbor House")
    b = book("Doe, Jane. The Quiet Harbor. Harbor House. Jun. 2023. 368p. ISBN 9780306406157. $30.")
    assert (b.publisher, b.year) == ("Harbor House", 2023)
    assert sentence_breaks("Harbor House. Jun. 2023. Jul. 2019.") == [13, 24]   # a month's stop ends no clause


def test_unpaged_is_a_page_statement_and_no_publisher():
    b = book("THE QUIET HARBOR. By Jane Doe. Illustrated by John Roe. Harbor House. Unpaged. $17.99. (Ages 4 to 8)")
    assert (names(b), names(b, Role.ILLUSTRATOR), b.publisher, b.pages) == (
        ["Jane Doe"], ["John Roe"], "Harbor House", None)


@pytest.mark.parametrize("imprint", ["Harbor House, 2019, RRP $32.99", "Harbor House, 2019, at $32.99"])
def test_the_year_before_a_recommended_price_is_no_part_of_the_publisher(imprint):
    b = book(f"The Quiet Harbor\nJane Doe\n{imprint}")
    assert (b.publisher, b.year) == ("Harbor House", 2019)


def test_a_web_pages_bars_and_bullets_part_fields_as_line_breaks_do():
    b = book("The Quiet Harbor | By Jane Doe | Knopf | 320 pages | $26.95")
    assert (b.title, names(b), b.publisher, b.pages) == ("The Quiet Harbor", ["Jane Doe"], "Knopf", 320)
    # the rules read the lines with no guess (whether the record is `high` is the labeller's say too)
    p = parse_trailer(repair_text("The Quiet Harbor | By Jane Doe | Knopf | 320 pages | $26.95"))
    assert (p.split_by, p.imprint_guess, p.unparsed) == ("lines", None, ())
    b = book("The Quiet Harbor: A Novel \u2022 Jane Doe \u2022 Harbor House, 2019 \u2022 320 pp. \u2022 $26.95")
    assert (b.subtitle, names(b), b.publisher) == ("A Novel", ["Jane Doe"], "Harbor House")
    assert repair_text("Harbor House \u00b7 $26.95") == "Harbor House\n$26.95"
    # an empty cell between two bars parts no more than one bar does
    b = book("The Quiet Harbor: A History |  |   Jane Doe, Carlton: Harbor Press, 2005, 350 Pages, $39.95")
    assert (b.subtitle, names(b), b.publisher) == ("A History", ["Jane Doe"], "Harbor Press")
    # a raised decimal point, and a bar with no spaces, are left alone
    assert repair_text("$54\u00b795; Doe|Roe") == "$54\u00b795; Doe|Roe"


def test_a_french_journals_names_and_comma_imprint():
    b = book("DOE (Jane) et ROE (John) (dir.), La Baie tranquille, Paris, Gallimard, 2019, 320 p., 25 \u20ac.")
    assert (b.title, names(b, Role.EDITOR), b.place, b.publisher, b.pages) == (
        "La Baie tranquille", ["Jane Doe", "John Roe"], "Paris", "Gallimard", 320)
    # names printed family first lead; the title comes before the town
    b = book("Doe, Jane, Le port tranquille, Paris, Gallimard, 2019, 320 p.")
    assert (b.title, b.place, b.publisher) == ("Le port tranquille", "Paris", "Gallimard")
    # a title closing on an initial: the imprint's cut before the town reads it, not the head's closing town
    for text in ("Doe, Jane, Lettres \u00e0 Jean B., Paris, Gallimard, 2019, 320 p.",
                 "Doe, Jane. Lettres \u00e0 Jean B., Paris, Gallimard, 2019, 320 p."):
        assert (book(text).place, book(text).publisher) == ("Paris", "Gallimard")


def test_a_publisher_then_its_town_with_the_year_in_a_comma_list():
    # German and Italian reviews: "Publisher, Town Year" closes the list before the items
    b = book("Jane Doe, Il porto tranquillo, Feltrinelli, Milano 2019, pp. 320, euro 18.")
    assert (b.title, b.publisher, b.place, b.pages) == ("Il porto tranquillo", "Feltrinelli", "Milano", 320)
    assert [(str(o.price.amount), o.price.currency) for o in b.prices] == [("18", "EUR")]
    b = book("Doe, Jane, Der stille Hafen, Campus, Frankfurt am Main 2014, 320 S.")
    assert (b.title, names(b), b.publisher, b.place) == (
        "Der stille Hafen", ["Jane Doe"], "Campus", "Frankfurt am Main")
    # a year after a word that is no town leaves the list as it was read
    assert book("The Quiet Harbor, by Jane Doe, Harbor House, Spring 2019, $25").place is None
    parsed = parse_trailer("Jane Doe, Harbor Letters, Summer 1969, 320 pp.")
    assert (parsed.title, parsed.contributors) == ("Harbor Letters", ((Role.AUTHOR, "Jane Doe"),))


def test_a_head_in_capitals_with_a_byline_after_a_comma():
    # the byline in capitals names a person though the table knows no given name of it
    b = book("THE QUIET HARBOR, BY ZORBA DAHL AND JOHN ROE. 202 pp. Harbor House. $10.95.")
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Zorba Dahl", "John Roe"], "Harbor House")
    # the rules' own reading (the labeller reads the same names, and would be kept in its stead)
    assert parse_trailer("THE QUIET HARBOR, BY ZORBA DAHL AND JOHN ROE. 202 pp. Harbor House. $10.95.").contributors \
        == ((Role.AUTHOR, "ZORBA DAHL"), (Role.AUTHOR, "JOHN ROE"))
    # a title in capitals with "BY" in it, and no name's shape after it, stays whole
    for title in ("LOVE, BY THE SEA", "DEATH, BY ACCIDENT AND DESIGN", "STAND BY ME"):
        assert parse_trailer(f"{title}. 202 pp. Harbor House. $10.95.").title == title


def test_a_reviewers_line_below_the_notes_names_no_author():
    b = book("The Quiet Harbor (Harbor House, \u00a320)\nReviewed by Mary Smith")
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", [], "Harbor House")


def test_a_description_after_the_author_is_no_name():
    b = book("\u201cThe Quiet Harbor\u201d by Jane Doe, cool personal essays, from Harbor Books, 202 pages, $15.95.")
    assert names(b) == ["Jane Doe"]
    b = book("The Quiet Harbor by Jane C. Doe, professor of history (Knopf, $25)")
    assert names(b) == ["Jane C. Doe"]
    # the description runs on over its list: "harbor life" is no name either
    b = book("\u201cThe Quiet Harbor\u201d by Jane Doe, poems about love, loss, class and harbor life, from Harbor "
             "Press, $15.")
    assert (names(b), b.publisher) == (["Jane Doe"], "Harbor Press")
    # a name after the description still counts
    assert names(book("The Quiet Harbor by Jane Doe, professor of history, and John Roe (Knopf, $25)")) == [
        "Jane Doe", "John Roe"]


def test_illustrated_by_the_author_names_the_author_again():
    b = book("The Quiet Harbor by Jane Doe; illus. by the author (Knopf, $17.99)")
    assert (names(b), names(b, Role.ILLUSTRATOR)) == (["Jane Doe"], ["Jane Doe"])
    b = book("THE QUIET HARBOR. Illustrated by the author. 40 pp. Knopf. $17.99.")
    assert names(b, Role.ILLUSTRATOR) == []   # no author printed: nobody, never "the author"


def test_a_person_credited_twice_in_one_role_is_one_person():
    # the learned reader may label a byline and the notes' "By Jane Doe" both
    parsed = ParsedTrailer(title="The Quiet Harbor", subtitle=None, publisher="Knopf", place=None, pages=None,
                           contributors=((Role.AUTHOR, "Jane Doe"), (Role.AUTHOR, "John Roe"),
                                         (Role.AUTHOR, "Jane Doe"), (Role.ILLUSTRATOR, "Jane Doe")),
                           illustrated=False, offers=(), edition=None, series=None, original_language=None,
                           invalid_isbns=(), unparsed=())
    b = normalize_book(parsed, "", ReviewMetadata())[0]
    assert (names(b), names(b, Role.ILLUSTRATOR)) == (["Jane Doe", "John Roe"], ["Jane Doe"])


@pytest.mark.parametrize("text", [
    "The Quiet Harbor\nBy Jane Doe (Translated by John Roe)\nHarbor Books 281pp \u00a330",
    "The Quiet Harbor by Jane Doe (Translated by John Roe) Harbor Books, 281pp, \u00a330",
])
def test_a_role_clause_in_brackets_closes_the_names_before_the_publisher(text):
    b = book(text)
    assert ([(c.role.value, c.display) for c in b.contributors], b.publisher) == (
        [("author", "Jane Doe"), ("translator", "John Roe")], "Harbor Books")


def test_editors_listed_family_first_in_capitals():
    b = book("ASCH, RONALD G. and ADOLF M. BIRKE, eds. Princes and the Nobility. New York: Oxford UP, 1991.")
    assert (b.title, names(b, Role.EDITOR), names(b)) == (
        "Princes and the Nobility", ["Ronald G. Asch", "Adolf M. Birke"], [])


def test_graphic_novel_credits_writer_and_artist():
    b = book("Doe, Jane (text) & Ann Lee (illus.). The Quiet Harbor: A Novel. Harbor Books. 2013. 128p. "
             "ISBN 9781610392990. pap. $14.99. CURRENT EVENTS")
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR), b.publisher, b.illustrated) == (
        "The Quiet Harbor", ["Jane Doe"], ["Ann Lee"], "Harbor Books", False)
    b = book("Terra Nova. Vols. 1 & 2. By Jane Doe (text) & Ann Lee (illus.). Harbor Books. 2014. 336p. $24.99.")
    assert (names(b), names(b, Role.ILLUSTRATOR)) == (["Jane Doe"], ["Ann Lee"])


def test_a_credit_after_a_name_in_a_list():
    b = book("The Quiet Harbor by Jane Doe, Ann Lee (illus) (Knopf, $17.99)")
    assert (names(b), names(b, Role.ILLUSTRATOR), b.publisher) == (["Jane Doe"], ["Ann Lee"], "Knopf")
    b = book("THE QUIET HARBOR. By Jane Doe. 320 pp. (illus.) Knopf. $25.")
    assert b.illustrated   # a bracket after the pages credits nobody


def test_after_leading_names_the_rest_is_title():
    b = book("Doe, Jane. Terra Nova. Vols. 1 & 2: Two Worlds. Harbor Books. 2014. 336p. $24.99.")
    assert (b.title, b.subtitle, names(b)) == ("Terra Nova. Vols. 1 & 2", "Two Worlds", ["Jane Doe"])


def test_an_illustrated_mark_far_before_the_items_starts_no_imprint():
    # the mark is an item, but only a price, page count or ISBN anchors the imprint's run
    b = book("Doe, Jane. The Quiet Harbor: A History of the Coast. Illustrated. Harbor House Publishers of New "
             "England and the Atlantic Coast. 2013. 128p. ISBN 9780306406157. pap. $14.99.")
    assert (b.pages, b.isbns, prices(b), b.illustrated) == (
        128, ("9780306406157",), [(Decimal("14.99"), "USD", "paper")], True)


def test_a_wrong_looking_name_is_marked_for_review():
    b = book("Winter Orchards The Book That Made Me Famous (Knopf, $16)")
    assert b.confidence == "review" or not b.contributors


@pytest.mark.parametrize("printed, amount", [
    ("12s. 6d.", "0.625"), ("3s. 6d.", "0.175"), ("5s.", "0.25"), ("\u00a31 5s.", "1.25"), ("\u00a32 2s. 6d.", "2.125"),
    ("6s", "0.3"),   # "(6s net.)": before "net" the shilling's stop may go
    ("7/6", "0.375"), ("21/-", "1.05"),   # shillings, a slash, the pence or a dash
])
def test_pre_decimal_british_prices(printed, amount):
    b = book(f"THE QUIET HARBOR. By Jane Doe. (Hamish Hamilton, {printed}{' net.' if printed == '6s' else ''})")
    assert b.publisher == "Hamish Hamilton"
    assert [(o.price.amount, o.price.currency, o.price.printed) for o in b.prices] == [
        (Decimal(amount), "GBP", printed)]


@pytest.mark.parametrize("printed, amount", [("12s 6d", "0.625"), ("15s", "0.75")])
def test_pre_decimal_prices_printed_with_no_stops(printed, amount):
    # the shilling's stop may go before the pence or the imprint's close
    b = book(f"The Quiet Harbor by Jane Doe (Faber, {printed})")
    assert (b.publisher, [(o.price.amount, o.price.currency) for o in b.prices]) == (
        "Faber", [(Decimal(amount), "GBP")])


@pytest.mark.parametrize("text, publisher, pages, amounts", [
    ("The Quiet Harbor by Jane Doe (Penguin, 95p, 320pp)", "Penguin", 320, ["0.95"]),
    ("The Quiet Harbor by Jane Doe (Faber, \u00a32.95; paperback 95p)", "Faber", None, ["2.95", "0.95"]),
    ("The Quiet Harbor. By Jane Doe. Penguin. 320pp. 75p.", "Penguin", 320, ["0.75"]),
    ("The Quiet Harbor by Jane Doe (Walker, 32p. \u00a35.99)", "Walker", 32, ["5.99"]),   # "32p." alone: the count
])
def test_decimal_pence(text, publisher, pages, amounts):
    b = book(text)
    assert (b.publisher, b.pages, [(o.price.amount, o.price.currency) for o in b.prices]) == (
        publisher, pages, [(Decimal(a), "GBP") for a in amounts])


@pytest.mark.parametrize("text, place, publisher, pages, amounts", [
    ("THE QUIET HARBOR. By Jane Doe. 320 pp. New York: Bantam Books. Paper, 50 cents.", "New York", "Bantam Books",
     320, ["0.50"]),
    ("THE QUIET HARBOR. By Jane Doe. Pocket Books. 35\u00a2.", None, "Pocket Books", None, ["0.35"]),
    ("The Quiet Harbor by Jane Doe (Signet, 95\u00a2.)", None, "Signet", None, ["0.95"]),
    ("THE QUIET HARBOR. By Jane Doe. 320 pp. New York: Harper & Brothers. $2.50; paper, 95 cents.", "New York",
     "Harper & Brothers", 320, ["2.50", "0.95"]),
])
def test_us_cents(text, place, publisher, pages, amounts):
    # the cents read as the price leave the "Place: Publisher" clause whole
    b = book(text)
    assert (b.place, b.publisher, b.pages, [(o.price.amount, o.price.currency) for o in b.prices]) == (
        place, publisher, pages, [(Decimal(a), "USD") for a in amounts])


@pytest.mark.parametrize("notes, publisher, pages, amount, currency", [
    ("(Cassava Republic, 320pp, N3,500)", "Cassava Republic", 320, "3500", "NGN"),
    ("(East African Publishers, 320pp, Sh850)", "East African Publishers", 320, "850", "KES"),
    ("(East African Publishers, 320pp, Sh1,200)", "East African Publishers", 320, "1200", "KES"),
    ("(Sub-Saharan Publishers, 320pp, GH\u00a2120)", "Sub-Saharan Publishers", 320, "120", "GHS"),
    (". Beck, 2019. 320 S., 24,\u2013 \u20ac.", "Beck", 320, "24", "EUR"),
    (". Beck, 2019. 320 S., 24,- Euro.", "Beck", 320, "24", "EUR"),
    (". Diogenes, 2019. 320 S., Fr. 32.\u2013.", "Diogenes", 320, "32", "CHF"),
])
def test_naira_shillings_cedis_and_dashed_prices(notes, publisher, pages, amount, currency):
    b = book(f"The Quiet Harbor by Jane Doe{'' if notes[0] == '.' else ' '}{notes}")   # "By Jane Doe. Beck, 2019."
    assert (b.publisher, b.pages, [(o.price.amount, o.price.currency) for o in b.prices]) == (
        publisher, pages, [(Decimal(amount), currency)])


def test_a_decade_or_an_age_is_no_stopless_shilling():
    from catalog.parse.items import find_predecimal
    assert find_predecimal("(Faber, 1950s) in their 20s, 30s and the 40s") == []


def test_the_horn_books_month_and_year_after_the_publisher():
    b = book("The Quiet Harbor; by Jane Doe; illus. by John Roe. 32 pp. Harbor House 3/19. "
             "ISBN 978-0-385-12345-7 $17.99")
    assert (names(b), names(b, Role.ILLUSTRATOR), b.publisher, b.pages) == (
        ["Jane Doe"], ["John Roe"], "Harbor House", 32)


def test_a_slash_price_needs_one_digit_of_pence_or_a_dash_after_a_mark():
    from catalog.parse.items import find_predecimal
    assert find_predecimal("Harbor House 32 pp. 2/12 $17.99") == []        # the Horn Book's month and year
    assert find_predecimal("a page 8 1/2 by 11 inches, 320 pp.") == []     # a fraction after a number
    assert [p.printed for p in find_predecimal("(Harbor House, 12/6)")] == ["12/6"]


@pytest.mark.parametrize("printed, amount, currency", [
    ("\u00a38\u00b795", "8.95", "GBP"), ("$54\u00b795", "54.95", "USD"), ("\u00a31,250", "1250", "GBP")])
def test_raised_decimal_point_of_british_print(printed, amount, currency):
    b = book(f"THE QUIET HARBOR. By Jane Doe. (Hamish Hamilton, {printed})")
    assert [(o.price.amount, o.price.currency) for o in b.prices] == [(Decimal(amount), currency)]


def test_possessive_author_with_shillings():
    b = book("Jane Doe's The Quiet Harbor (Corgi, 5s.)")
    assert (b.title, names(b), b.publisher, prices(b)) == (
        "The Quiet Harbor", ["Jane Doe"], "Corgi", [(Decimal("0.25"), "GBP", None)])


def test_newswire_lead_label():
    b = book("Lead: THE QUIET HARBOR. By Jane Doe. 275 pages. Alfred A. Knopf. $18.95.")
    assert (b.title.upper(), names(b), b.publisher) == ("THE QUIET HARBOR", ["Jane Doe"], "Alfred A. Knopf")


@pytest.mark.parametrize("text, publisher, place", [
    ("HISTORY OF THE QUIET HARBOR: Jane Doe; Orient BlackSwan, 3-6-752, Himayatnagar, Hyderabad-500029. Rs. 450.",
     "Orient BlackSwan", "Hyderabad"),
    ("THE QUIET HARBOR: Jane Doe; Penguin Random House India, 7th Floor, Infinity Tower C, DLF Cyber City, "
     "Gurgaon-122002. Rs. 599.", "Penguin Random House India", "Gurgaon"),
    ("THE QUIET HARBOR: Jane Doe; Rupa & Co., New Delhi 110 002. Rs. 295.", "Rupa & Co.", "New Delhi"),
    # a publisher's name with a comma keeps it; a street's word starts the address too
    ("THE QUIET HARBOR: Jane Doe; Farrar, Straus and Giroux, 4835/24, Ansari Road, Daryaganj, New Delhi-110002. "
     "Rs. 695.", "Farrar, Straus and Giroux", "New Delhi"),
    ("THE QUIET HARBOR: Jane Doe; Oxford University Press, YMCA Library Building, Jai Singh Road, New Delhi 110001. "
     "Rs. 295.", "Oxford University Press", "New Delhi"),
    ("THE QUIET HARBOR: Jane Doe; Rupa & Co., Ansari Road, Daryaganj, New Delhi-110002. Rs. 295.", "Rupa & Co.",
     "New Delhi"),
])
def test_an_indian_publishers_postal_address_ends_at_the_pin_code(text, publisher, place):
    b = book(text)
    assert (names(b), b.publisher, b.place, prices(b)[0][1]) == (["Jane Doe"], publisher, place, "INR")
    assert (parse_trailer(text).publisher, parse_trailer(text).place) == (publisher, place)   # the rules alone


def test_a_number_after_a_publisher_with_no_town_before_it_is_no_pin_code():
    b = book("THE QUIET HARBOR: Jane Doe; Harbor House, 2019, 320 pp. Rs. 295.")
    assert (b.publisher, b.place) == ("Harbor House", None)


@pytest.mark.parametrize("tail", [
    "Graywolf Press, 2402 University Ave., St. Paul, MN 55114. $16.",
    "Graywolf Press, c/o Consortium, (800) 555-0199. $16.",
    "Graywolf Press, P.O. Box 75006. $16.",
])
def test_publisher_address_and_phone_belong_to_no_field(tail):
    b = book(f"THE QUIET HARBOR, by Jane Doe. {tail}")
    assert (names(b), b.publisher, prices(b)) == (["Jane Doe"], "Graywolf Press", [(Decimal("16"), "USD", None)])


def test_imprint_colon_publisher_kept_and_place_told_apart():
    assert book("The Quiet Harbor. By Jane Doe. Minotaur: St. Martin's, $24.").publisher == "Minotaur: St. Martin's"
    b = book("The Quiet Harbor. By Jane Doe. New York: Knopf, $24.")
    assert (b.place, b.publisher) == ("New York", "Knopf")


def test_two_books_title_imprint_author():
    record = catalog_document(Document(
        "d", "The Quiet Harbor (Knopf, $23.95) by Jane Doe and Far Fields (Crown, $25) by John Roe"))
    assert [(b.title, b.publisher, names(b)) for b in record.books] == [
        ("The Quiet Harbor", "Knopf", ["Jane Doe"]), ("Far Fields", "Crown", ["John Roe"])]


def test_inverted_name_comma_form_with_isbn_label():
    b = book("Doe, Jane, The Quiet Harbor, Scribner (ISBN: 0-670-03458-4)")
    assert (b.title, names(b), b.publisher, b.isbns) == (
        "The Quiet Harbor", ["Jane Doe"], "Scribner", ("9780670034581",))


def test_written_and_illustrated_by():
    b = book("The Quiet Harbor. Written and illustrated by Jane Doe. Knopf, $16.")
    assert names(b) == ["Jane Doe"] and names(b, Role.ILLUSTRATOR) == ["Jane Doe"]


# Forms of outlets outside the dev set, written from how those outlets print their notes.
ISBN13 = "9780385123457"


@pytest.mark.parametrize("text, pages, currency", [
    ("Doe, Jane THE QUIET HARBOR Knopf (320 pp.) $26.95 May 5 ISBN: 9780385123457", 320, "USD"),   # Kirkus
    ("Doe, Jane. The Quiet Harbor. Knopf. May 2015. 320p. ISBN 9780385123457. $26.95.", 320, "USD"),   # LJ
    ("Jane Doe\nTHE QUIET HARBOR\n320pp. Knopf. \u00a320.\n978 0 385 12345 7", 320, "GBP"),   # TLS
    ("The Quiet Harbor by Jane Doe. Knopf, 320 pp., \u00a320, May 2015, 978 0 385 12345 7", 320, "GBP"),   # LRB
    ("The Quiet Harbor\nJane Doe. Knopf, $26.95 (320p) ISBN 978-0-385-12345-7", 320, "USD"),   # PW
])
def test_other_outlets_full_records(text, pages, currency):
    b = book(text)
    assert (b.title.lower(), names(b), b.publisher, b.pages) == ("the quiet harbor", ["Jane Doe"], "Knopf", pages)
    assert b.prices[0].price.currency == currency and b.isbns == (ISBN13,)
    # The rules are sure of each; the learned reader, which has not seen every form in print,
    # may still ask for review (tests/parse/test_agreement.py holds that verdict).
    assert [r for r in b.review_reasons if not r.startswith(READERS)] == []


READERS = (DISAGREE, RULES_ONLY)


def test_publication_date_clauses_give_the_year_not_the_publisher():
    b = book("Doe, Jane. The Quiet Harbor. Knopf. May 2015. 320p. ISBN 9780385123457. $26.95.")
    assert (b.publisher, b.year, b.source_of("year").value) == ("Knopf", 2015, "trailer")
    assert book("The Quiet Harbor. By Jane Doe. (Mariner, $30.)").publisher == "Mariner"


def test_guardian_is_published_by():
    b = book("The Quiet Harbor by Jane Doe is published by Faber (\u00a314.99). To order a copy go to the shop.")
    assert (b.title, names(b), b.publisher, prices(b)) == (
        "The Quiet Harbor", ["Jane Doe"], "Faber", [(Decimal("14.99"), "GBP", None)])
    # a sentence or a line of its own
    for text in ("The Quiet Harbor by Jane Doe\nPublished by Harbor House, \u00a314.99",
                 "The Quiet Harbor by Jane Doe. Published by Harbor House, \u00a314.99",
                 "The Quiet Harbor by Jane Doe, published by Harbor House at \u00a314.99",
                 "The Quiet Harbor by Jane Doe is published by Harbor House, priced \u00a314.99",
                 # the binding it is published in (the Yorkshire Post)
                 "The Quiet Harbor by Jane Doe is published by Harbor House in hardback, priced \u00a314.99",
                 "The Quiet Harbor by Jane Doe is published by Harbor House in paperback at \u00a314.99"):
        b = book(text)
        assert (names(b), b.publisher) == (["Jane Doe"], "Harbor House")


def test_name_first_forms_stand_where_the_labeller_reads_the_same_but_a_name_before_a_colon():
    for text in ("Jane Doe, The Quiet Harbor (Knopf, 2015), 320 pp., $26.95",
                 "Jane Doe: The Quiet Harbor (Knopf, $26.95)"):
        b = book(text)
        assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Knopf")
        assert parse_trailer(text).split_by == BY_NAME_SHAPE
    # told by the name's shape alone, witnessed by the labeller's same reading
    assert book("Jane Doe, The Quiet Harbor (Knopf, 2015), 320 pp., $26.95").confidence == "high"
    # a life's title leads with its subject's name and a colon ("Abigail Adams: A Biography")
    for text in ("Jane Doe: The Quiet Harbor (Knopf, $26.95)",
                 "Thomas Jefferson: The Art of Power (Random House, $35)"):
        assert book(text).confidence == "review"


def test_british_weekly_title_name_publisher_run():
    b = book("The Quiet Harbor Jane Doe Faber, pp. 320, \u00a320")
    assert (b.title, names(b), b.publisher, b.pages) == ("The Quiet Harbor", ["Jane Doe"], "Faber", 320)
    assert b.confidence == "review"


@pytest.mark.parametrize("text, title, people, publisher", [
    ("Jane Doe The Quiet Harbor Faber, \u00a318.99", "The Quiet Harbor", ["Jane Doe"], "Faber"),
    ("Jane Doe The Quiet Harbor Hamish Hamilton, \u00a320", "The Quiet Harbor", ["Jane Doe"], "Hamish Hamilton"),
    ("Mary Beth Smithers The Quiet Harbor Fourth Estate, \u00a316.99", "The Quiet Harbor", ["Mary Beth Smithers"],
     "Fourth Estate"),
    ("Ursula K. Le Guin The Quiet Harbor Gollancz, \u00a320", "The Quiet Harbor", ["Ursula K. Le Guin"], "Gollancz"),
    ("Jane Doe and John Roe The Quiet Harbor Faber and Faber, \u00a318.99", "The Quiet Harbor",
     ["Jane Doe", "John Roe"], "Faber and Faber"),
    ("Jane Doe The Quiet Harbor Harbor Press, 320pp, $25", "The Quiet Harbor", ["Jane Doe"], "Harbor Press"),
    ("Jane Doe The Quiet Harbor University of Chicago Press, $25", "The Quiet Harbor", ["Jane Doe"],
     "University of Chicago Press"),
    ("Jane Doe The Quiet Harbor Faber, 5 March 2019, hardback \u00a320", "The Quiet Harbor", ["Jane Doe"], "Faber"),
])
def test_author_title_and_publisher_lines_run_together(text, title, people, publisher):
    # three lines of notes whose breaks were lost: a publisher's known name, or the words of
    # one, closes the run; a given name opens it; the dates between publisher and price part
    b = book(text)
    assert (b.title, names(b), b.publisher) == (title, people, publisher)
    assert parse_trailer(text).imprint_guess == RUN_TOGETHER   # the rules' doubt, which only the same house read
    witnessed = (read_notes(text).parsed.publisher or "").lower() == publisher.lower() \
        and not any(r.startswith(DISAGREE) for r in b.review_reasons)   # by the labeller, agreeing, lifts
    assert (RUN_TOGETHER in b.review_reasons) is not witnessed


def test_a_run_together_publisher_keeps_its_year_and_its_own_name():
    assert parse_trailer("Jane Doe The Quiet Harbor Faber, 5 March 2019, hardback \u00a320").year == 2019
    assert parse_trailer("The Quiet Harbor. By Jane Doe. Faber, 5 March 2019. 320pp.").year == 2019
    # the date printed month first, the year in a clause of its own: the whole date goes
    for text in ("The Quiet Harbor by Jane Doe (Knopf, March 5, 2019, $20)",
                 "The Quiet Harbor. By Jane Doe. Knopf, Sept. 12, 2019. 320 pp. $20",
                 "The Quiet Harbor by Jane Doe (Little, Brown, May 5, 2019, $20)"):
        parsed = parse_trailer(text)
        assert (parsed.publisher, parsed.year) == ("Little, Brown" if "Little" in text else "Knopf", 2019)
    # one publisher's name, not a title before a publisher
    for publisher in ("Nan A. Talese/Doubleday", "The Belknap Press of Harvard University Press",
                      "New York: Harbor House"):
        p = parse_trailer(f"{publisher}, 242 pages, $23.95")
        assert (p.title, p.publisher, p.imprint_guess) == ("", publisher.replace("New York: ", ""), None)


def test_the_name_in_a_run_is_looked_for_at_every_word():
    # "Word Jane" is no name, and the name "Jane Doe" starts inside it; a publisher that
    # bears a given name ("Allen Lane") follows, after the gap a lost line break may leave
    for text in ("The Quiet Word Jane Doe Allen Lane, pp. 320, \u00a320",
                 "The Quiet Word Jane Doe  Allen Lane, pp. 320, \u00a320"):
        b = book(text)
        assert (b.title, names(b), b.publisher, b.pages) == ("The Quiet Word", ["Jane Doe"], "Allen Lane", 320)
        assert b.confidence == "review"
    # a publisher no list knows: only the name in the run parts it from the title
    for text in ("The Quiet Word Jane Doe Harbor Lights, pp. 320, \u00a320",
                 "The Quiet Word Jane Doe  Harbor Lights, pp. 320, \u00a320"):
        b = book(text)
        assert (b.title, names(b), b.publisher) == ("The Quiet Word", ["Jane Doe"], "Harbor Lights")


def test_two_person_lines_keep_title_first():
    b = book("Emily Grey\n\nJane Doe (Knopf, $7.95)")
    assert (b.title, names(b)) == ("Emily Grey", ["Jane Doe"])


def test_publisher_on_a_line_of_its_own_in_a_header_block():
    b = book("THE QUIET HARBOR\nBy Jane Doe\nGraywolf Press\n245 pages, $16")
    assert (b.title, names(b), b.publisher, b.pages) == ("The Quiet Harbor", ["Jane Doe"], "Graywolf Press", 245)


def test_a_name_after_of_belongs_to_the_title():
    b = book("THE COLLECTED STORIES OF JANE DOE. 612 pp. New York: Alfred A. Knopf. $35.")
    assert (b.title, names(b), b.publisher) == ("The Collected Stories of Jane Doe", [], "Alfred A. Knopf")


def test_an_untagged_number_failing_the_check_digit_is_no_isbn():
    record = catalog_document(Document("d", "The Quiet Harbor. By Jane Doe. Knopf, $25 (0670034585)."))
    assert record.books[0].isbns == () and record.warnings == () and record.books[0].confidence == "high"


def test_reviewed_by_names_the_review_not_the_book():
    record = catalog_document(Document(
        "d", "The Quiet Harbor\nBy Jane Doe\nReviewed by John Roe\nKnopf. 320 pp. $26.95"))
    assert names(record.books[0]) == ["Jane Doe"] and [p.display for p in record.review.reviewers] == ["John Roe"]
    given = catalog_document(Document("d", "The Quiet Harbor\nBy Jane Doe\nReviewed by John Roe\nKnopf. $26.95",
                                      ReviewMetadata(reviewers=("Ann Critic",))))
    assert [p.display for p in given.review.reviewers] == ["Ann Critic"]   # metadata wins


def test_tex_quotes_in_plain_text():
    b = book("``THE QUIET HARBOR,'' by Jane Doe (Knopf, $24.95).")
    assert (b.title, b.subtitle, names(b)) == ("The Quiet Harbor", None, ["Jane Doe"])


# --- The wider families: academic journals, British and Commonwealth papers, trade lists ---

def record(b):
    return {"title": b.title, "subtitle": b.subtitle, "authors": names(b), "editors": names(b, Role.EDITOR),
            "translators": names(b, Role.TRANSLATOR), "illustrators": names(b, Role.ILLUSTRATOR),
            "publisher": b.publisher, "place": b.place, "pages": b.pages, "illustrated": b.illustrated,
            "prices": prices(b), "isbns": list(b.isbns)}


def expect(title, subtitle=None, authors=(), editors=(), translators=(), illustrators=(), publisher=None, place=None,
           pages=None, illustrated=False, price=(), isbns=()):
    return {"title": title, "subtitle": subtitle, "authors": list(authors), "editors": list(editors),
            "translators": list(translators), "illustrators": list(illustrators), "publisher": publisher,
            "place": place, "pages": pages, "illustrated": illustrated,
            "prices": [(Decimal(a), c, bd) for a, c, bd in price], "isbns": list(isbns)}


ACADEMIC = [
    # a history journal: the imprint in parentheses, the place with its state, front matter before the count
    ("The Quiet Harbor: A Coastal History. By Jane Doe. (Bloomington, Ind.: Indiana University Press, 2011. "
     "Pp. xiv, 312. $45.00.)",
     expect("The Quiet Harbor", "A Coastal History", ["Jane Doe"], publisher="Indiana University Press",
            place="Bloomington, Ind.", pages=312, price=[("45.00", "USD", None)])),
    # the same with no parentheses, two editors, places joined by "/", "Pp. xxii + 246"
    ("The Quiet Harbor: A Coastal History. Edited by Jane Doe and John Roe. Cambridge/New York: Harbor "
     "University Press, 2004. Pp. xxii + 246. $22.95 paper.",
     expect("The Quiet Harbor", "A Coastal History", editors=["Jane Doe", "John Roe"],
            publisher="Harbor University Press", place="Cambridge/New York", pages=246,
            price=[("22.95", "USD", "paper")])),
    # a German law review: family name first, "Publisher, Town Year", "XII, 221 S."
    ("Doe, Jane, Der stille Hafen. Eine Geschichte der Küste. Böhlau, Wien 2011. XII, 221 S.",
     expect("Der stille Hafen", "Eine Geschichte der Küste", ["Jane Doe"], publisher="Böhlau", place="Wien",
            pages=221)),
    # a French review of German books: "EUR 38,90" with a decimal comma
    ("Doe, Jane. Der stille Hafen. Innsbruck: Studienverlag, 2010. 336 S., EUR 38,90.",
     expect("Der stille Hafen", None, ["Jane Doe"], publisher="Studienverlag", place="Innsbruck", pages=336,
            price=[("38.90", "EUR", None)])),
    # "25 euros" after the amount, "Paris : Fayard" with the French space before the colon
    ("Doe, Jane. Le port tranquille. Paris : Fayard, 2022. 477 pages, 25 euros.",
     expect("Le port tranquille", None, ["Jane Doe"], publisher="Fayard", place="Paris", pages=477,
            price=[("25", "EUR", None)])),
    # a Spanish journal: "329 págs."
    ("Doe, Jane. El puerto tranquilo. Madrid: Editorial Costa, 1994. 329 págs.",
     expect("El puerto tranquilo", None, ["Jane Doe"], publisher="Editorial Costa", place="Madrid", pages=329)),
    # a known town before the publisher, with a comma: "Princeton, Harbor University Press, 2022"
    ("Doe, Jane. The Quiet Harbor. Princeton, Harbor University Press, 2022. 472 pages, $35.00.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor University Press", place="Princeton",
            pages=472, price=[("35.00", "USD", None)])),
]


ACADEMIC += [
    # a philosophy review: the name leads, commas only, "Publisher, Year" before the items (a guess: marked)
    ("Jane Doe, The Quiet Harbor: A History, Its Meaning and Value, Harbor University Press, 2016, 256pp., "
     "$99.00 (hbk), ISBN 9780306406157.",
     expect("The Quiet Harbor", "A History, Its Meaning and Value", ["Jane Doe"], publisher="Harbor University Press",
            pages=256, price=[("99.00", "USD", "cloth")], isbns=["9780306406157"])),
    # editors named before the title with their role after them
    ("Jane Doe and John Roe (eds.), The Quiet Harbor: A History, Harbor University Press, 2016, 466pp., "
     "$39.95 (pbk), ISBN 9780306406157.",
     expect("The Quiet Harbor", "A History", editors=["Jane Doe", "John Roe"], publisher="Harbor University Press",
            pages=466, price=[("39.95", "USD", "paper")], isbns=["9780306406157"])),
    # a history network: "Name. Title. Place: Publisher, Year. xvi + 243 pp."
    ("Jane Doe. The Quiet Harbor: A History. Ithaca: Harbor University Press, 2002. xvi + 243 pp. $62.95 (cloth).",
     expect("The Quiet Harbor", "A History", ["Jane Doe"], publisher="Harbor University Press", place="Ithaca",
            pages=243, price=[("62.95", "USD", "cloth")])),
    # a law review: the role after the name, "(Editor)"
    ("THE QUIET HARBOR by Jane Doe (Editor). Armonk, NY: Harbor Press, 2000. 395 pp. Cloth $79.95.",
     expect("The Quiet Harbor", editors=["Jane Doe"], publisher="Harbor Press", place="Armonk, NY", pages=395,
            price=[("79.95", "USD", "cloth")])),
    # a German review: the series "(= ...)" and the edition ", 6. Aufl." are no part of the title
    ("Doe, Jane, Der stille Hafen. Eine Geschichte (= Schriften zur Küste 12), 6. Aufl. Böhlau, Wien 2005. 308 S.",
     expect("Der stille Hafen", "Eine Geschichte", ["Jane Doe"], publisher="Böhlau", place="Wien", pages=308)),
    # the imprint's parenthesis opened after the title leaves no bracket in it
    ("Jane Doe, The Quiet Harbor (Ithaca: Harbor University Press, 2022). 631pp. Hardcover.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor University Press", place="Ithaca",
            pages=631)),
    # the front matter's pages in roman numerals before the count are no publisher
    ("The Quiet Harbor: A History. Edited by Jane Doe. Harbor House. 1997. x 548pp. \u00a320.00.",
     expect("The Quiet Harbor", "A History", editors=["Jane Doe"], publisher="Harbor House", pages=548,
            price=[("20.00", "GBP", None)])),
    ("Doe, Jane, Der stille Hafen. Beck, München 2005. XIII, 549 S.",
     expect("Der stille Hafen", None, ["Jane Doe"], publisher="Beck", place="München", pages=549)),
    # a citation with no price or pages: "Place: Publisher, Year." closes it, and is its imprint
    ("The Quiet Harbor: A History. By Jane Doe. New York: Harbor House, 1996.",
     expect("The Quiet Harbor", "A History", ["Jane Doe"], publisher="Harbor House", place="New York")),
    # the name in capitals, family first, as a bibliography prints it
    ("DOE, JANE. The Quiet Harbor: A History. Berkeley: U of Harbor P, 1996.",
     expect("The Quiet Harbor", "A History", ["Jane Doe"], publisher="U of Harbor P", place="Berkeley")),
    # editors named before the title, their role after the names and before the title
    ("Jane Doe and John Roe, eds. The Quiet Harbor: A History. Ithaca: Harbor University Press, 2002. 243 pp.",
     expect("The Quiet Harbor", "A History", editors=["Jane Doe", "John Roe"], publisher="Harbor University Press",
            place="Ithaca", pages=243)),
    # an edition in parentheses after the title is no part of it
    ("THE QUIET HARBOR (7TH ed), by Jane Doe and John Roe.\nNew York: Harbor House, 2005. 192pp. Paper. $47.60.",
     expect("The Quiet Harbor", None, ["Jane Doe", "John Roe"], publisher="Harbor House", place="New York",
            pages=192, price=[("47.60", "USD", None)])),
    # a role's "(illus.)" after a name starts no imprint (the items further on do) and credits the artist
    ("Doe, Jane (text) & John Roe (illus.). The Quiet Harbor: A History of the Coast and Its Keepers. Harbor House. "
     "2013. 128p. ISBN 9780306406157. pap. $14.99. HISTORY",
     expect("The Quiet Harbor", "A History of the Coast and Its Keepers", ["Jane Doe"], illustrators=["John Roe"],
            publisher="Harbor House", pages=128,
            price=[("14.99", "USD", "paper")], isbns=["9780306406157"])),
    # Chicago's bibliography: the editors family first, their mark after a comma before the title
    ("Doe, Jane, ed. The Quiet Harbor: Essays. Chicago: Harbor University Press, 2019. 320 pp. $30.00 paper.",
     expect("The Quiet Harbor", "Essays", editors=["Jane Doe"], publisher="Harbor University Press",
            place="Chicago", pages=320, price=[("30.00", "USD", "paper")])),
    ("Doe, Jane, and John Roe, eds. The Quiet Harbor. Toronto: Harbor House, 2017. Pp. 299. $34.95.",
     expect("The Quiet Harbor", editors=["Jane Doe", "John Roe"], publisher="Harbor House", place="Toronto",
            pages=299, price=[("34.95", "CAD", None)])),
    # towns parted by a semicolon, the front matter after the count
    ("The Quiet Harbor. By Jane Doe. Cambridge; New York: Harbor University Press, 2019. Pp. 320 + xii. \u00a375.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor University Press", place="Cambridge; New York",
            pages=320, price=[("75", "GBP", None)])),
    ("The Quiet Harbor. By Jane Doe. Cambridge; New York: Harbor University Press, 2019.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor University Press", place="Cambridge; New York")),
    ("The Quiet Harbor. By Jane Doe. London; New York: Harbor House. 320 pp. \u00a320.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor House", place="London; New York",
            pages=320, price=[("20", "GBP", None)])),
    # a semicolon after a title that is no town ends the title's clause
    ("The Quiet Harbor by Jane Doe; London: Harbor House, 2019. 320 pp. \u00a320.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor House", place="London",
            pages=320, price=[("20", "GBP", None)])),
    ("The Quiet Harbor. By Jane Doe. Oxford: Harbor University Press, 2019. 320 + xii pp. \u00a375.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor University Press", place="Oxford",
            pages=320, price=[("75", "GBP", None)])),
]


@pytest.mark.parametrize("text, fields", ACADEMIC)
def test_academic_forms(text, fields):
    assert record(book(text)) == fields


BRITISH = [
    # newspaper archives spell the pound sign out: "pounds 14.99"
    ("The Quiet Harbor by Jane Doe, Faber, pounds 14.99, 320pp",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Faber", pages=320, price=[("14.99", "GBP", None)])),
    # the Financial Times: "RRP£18.99" — the recommended retail price
    ("The Quiet Harbor, by Jane Doe, Canongate, RRP£18.99, 304 pages",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Canongate", pages=304,
            price=[("18.99", "GBP", None)])),
    # an Indian paper: "Pages 265. Rs 395."
    ("The Quiet Harbor\nBy Jane Doe.\nHarperCollins.\nPages 265. Rs 395.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="HarperCollins", pages=265,
            price=[("395", "INR", None)])),
]


@pytest.mark.parametrize("text, fields", BRITISH)
def test_british_and_commonwealth_forms(text, fields):
    assert record(book(text)) == fields


TRADE = [
    # Library Journal: the month's abbreviation after the publisher, a second author in reading order
    ("Doe, Jane & John Roe. The Quiet Harbor. S. & S. Mar. 2012. 304p. ISBN 9780306406157. $25. FICTION",
     expect("The Quiet Harbor", None, ["Jane Doe", "John Roe"], publisher="S. & S", pages=304,
            price=[("25", "USD", None)], isbns=["9780306406157"])),
    # School Library Journal: the family name in capitals, "ebook available", "pap."
    ("DOE, Jane. The Quiet Harbor. illus. by John Roe. 40p. ebook available. Holt. May 2017. pap. $7.99. "
     "ISBN 9780306406157.",
     expect("The Quiet Harbor", None, ["Jane Doe"], illustrators=["John Roe"], publisher="Holt", pages=40,
            price=[("7.99", "USD", "paper")], isbns=["9780306406157"])),
]


TRADE += [
    # Library Journal: the series and the book's number in it after the publisher, "(Harbor Mysteries, Bk. 8)"
    ("Doe, Jane. The Quiet Harbor. Minotaur: Harbor House. (Harbor Mysteries, Bk. 8). Feb. 2023. 320p. "
     "ISBN 9780306406157. $27.99. MYSTERY",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Minotaur: Harbor House", pages=320,
            price=[("27.99", "USD", None)], isbns=["9780306406157"])),
    # Locus: the title, the editor with ", ed.", then the publisher with its ISBN in parentheses
    ("The Quiet Harbor, Jane Doe, ed. (Harbor 978-0-306-40615-7, $19.95, 440pp, tp) October 2020.",
     expect("The Quiet Harbor", editors=["Jane Doe"], publisher="Harbor", pages=440,
            price=[("19.95", "USD", None)], isbns=["9780306406157"])),
]


TRADE += [
    # a school library's sheet of labelled fields: the title above, the name family first, "NA" for none,
    # an unlabelled "Publisher, Year" line among the labels
    ("The Quiet Harbor: A Novel\nAuthor: Doe, Jane\nIllustrator: NA\nHarbor House, 2017\nISBN: 9780306406157\n"
     "$16.99\nGrades 4 - 5:",
     expect("The Quiet Harbor", "A Novel", ["Jane Doe"], publisher="Harbor House", price=[("16.99", "USD", None)],
            isbns=["9780306406157"])),
    # "ISBN-13:", a label with digits
    ("The Quiet Harbor\nAuthor: Doe, Jane\nIllustrator: John Roe\nHarbor House, 2017\nISBN-13: 9780306406157",
     expect("The Quiet Harbor", None, ["Jane Doe"], illustrators=["John Roe"], publisher="Harbor House",
            isbns=["9780306406157"])),
    # the same with every field labelled in capitals, the name on the line above the title
    ("Doe, Jane\nTITLE: The Quiet Harbor\nRATING: R\nPUBLISHER: Harbor House,  2009\nPRICE: $16.99\n"
     "ISBN: 978-0-306-40615-7\nILLUSTRATOR: NA\nPAGES: 324",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor House", pages=324,
            price=[("16.99", "USD", None)], isbns=["9780306406157"])),
    # a library's form: "Title / by Author." with the series after the name; the imprint below
    ("The Quiet Harbor / by Jane Doe. (Explore the Harbor)\n\nHarbor Publishing ISBN 9780306406157",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor Publishing", isbns=["9780306406157"])),
    # a comma publisher's name broken across lines
    ("Doe, Jane. The Quiet Harbor. Poppy/Little,\nBrown, 2016. 368p. $17.99. 978-0-306-40615-7.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Poppy/Little, Brown", pages=368,
            price=[("17.99", "USD", None)], isbns=["9780306406157"])),
    # a law bookseller's sheet: a series line under the title, "Author: Edited by ...", "Publishers:"
    ("The Quiet Harbor\nHarbor Series in Law\nEdition: 1st\nFormat: Paperback\nAuthor: Edited by Jane Doe & John Roe\n"
     "ISBN: 9780306406157\nPublishers: Harbor House\nPrice: \u00a322\nPublication Date: November 2008",
     expect("The Quiet Harbor", None, editors=["Jane Doe", "John Roe"], publisher="Harbor House",
            price=[("22", "GBP", None)], isbns=["9780306406157"])),
]


US = [
    # a list's mark before the entry is no part of the title
    ("* THE QUIET HARBOR. By Jane Doe. (Harbor House, $14.95).",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor House", price=[("14.95", "USD", None)])),
    ("! The Quiet Harbor by Jane Doe, Harbor House pounds 6.99.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor House", price=[("6.99", "GBP", None)])),
    # a parenthesis in the title is no imprint a second book follows
    ("THE QUIET HARBOR (A NOVEL)\nBy Jane Doe.\nTranslated by John Roe.\n\nHarbor House, paper, $14.95.",
     expect("The Quiet Harbor (A Novel)", None, ["Jane Doe"], translators=["John Roe"], publisher="Harbor House",
            price=[("14.95", "USD", "paper")])),
    # "edited with notes by"; the set's size "(2 volumes)" is no part of the title
    ("The Collected Harbor (2 volumes), edited with notes by Jane Doe (Norton)",
     expect("The Collected Harbor", None, editors=["Jane Doe"], publisher="Norton")),
    # a title in capitals closed by a stop, then the name: the name runs across no full stop
    # ("MARK." is a given name's shape, and the stop still ends the title)
    ("THE HARBOR MARK. Jane D'Amato. Harbor House. $4.99.",
     expect("The Harbor Mark", None, ["Jane D'Amato"], publisher="Harbor House", price=[("4.99", "USD", None)])),
    # two people after the title, each after a comma
    ("The Quiet Harbor, Jane Doe, John Roe (Harbor House).",
     expect("The Quiet Harbor", None, ["Jane Doe", "John Roe"], publisher="Harbor House")),
    # a title asking a question, above the byline
    ("The Quiet Harbor: Why Is the Sea So Calm Here?\n\nBy Jane Doe. Harbor House, 270pp, $29.99",
     expect("The Quiet Harbor", "Why Is the Sea So Calm Here?", ["Jane Doe"], publisher="Harbor House", pages=270,
            price=[("29.99", "USD", None)])),
]


@pytest.mark.parametrize("text, fields", US)
def test_us_forms(text, fields):
    assert record(book(text)) == fields


TRADE += [
    # a review magazine's columns set apart by wide spaces; the reading level closes the head's column
    ("The Quiet Harbor by Jane Doe; illus. by John Roe Preschool, Primary    Harbor House    40 pp. 1/19    "
     "978-0-306-40615-7    $17.99",
     expect("The Quiet Harbor", None, ["Jane Doe"], illustrators=["John Roe"], publisher="Harbor House", pages=40,
            price=[("17.99", "USD", None)], isbns=["9780306406157"])),
    ("The Quiet Harbor by Jane Doe High School    Little, Brown    252 pp. 3/12    978-0-306-40615-7    $17.99",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Little, Brown", pages=252,
            price=[("17.99", "USD", None)], isbns=["9780306406157"])),
    # the same columns closed up, as a tokenized corpus prints them: the levels still end the names
    ("The Quiet Harbor : A Story by Jane Doe ; illus . by John Roe Primary , Intermediate Harbor House 64 pp . "
     "2/12 978-0-306-40615-7 $ 17.99",
     expect("The Quiet Harbor", "A Story", ["Jane Doe"], illustrators=["John Roe"], publisher="Harbor House",
            pages=64, price=[("17.99", "USD", None)], isbns=["9780306406157"])),
    ("The Quiet Harbor by Jane Doe High School Little , Brown 252 pp . 3/12 978-0-306-40615-7 $ 17.99",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Little, Brown", pages=252,
            price=[("17.99", "USD", None)], isbns=["9780306406157"])),
    # the publisher's segment closed by its year, one line each
    ("The Quiet Harbor, \nby Jane Doe,\nHarbor Press, 2016,\n282 pages, paper, $16.95,\nISBN: 9780306406157",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor Press", pages=282,
            price=[("16.95", "USD", "paper")], isbns=["9780306406157"])),
]

BRITISH += [
    # a weekly's title and authors on one line, the publisher with "pp." below: two people joined by "and"
    ("The Harbor in Winter Jane Doe and John Q. Roe\n\nHarbor House, pp.280, \u00a312.99",
     expect("The Harbor in Winter", None, ["Jane Doe", "John Q. Roe"], publisher="Harbor House", pages=280,
            price=[("12.99", "GBP", None)])),
    # "I" after a king's name is a numeral, not an initial opening the author's name
    ("The Quiet Harbor: The Story of the Woman Who Stole the Heart of George I Jane Doe\n\n"
     "Harbor House, pp.353, \u00a320",
     expect("The Quiet Harbor", "The Story of the Woman Who Stole the Heart of George I", ["Jane Doe"],
            publisher="Harbor House", pages=353, price=[("20", "GBP", None)])),
    # a possessive author; a name after "a" belongs to the title
    ("Jane Doe's The Quiet Harbor: Secret Diaries of a Junior Doctor (Harbor House, \u00a316.99)",
     expect("The Quiet Harbor", "Secret Diaries of a Junior Doctor", ["Jane Doe"], publisher="Harbor House",
            price=[("16.99", "GBP", None)])),
    # the work described between the possessive and the title: the name is a person's
    ("Jane Doe\u2019s genial and sassy biography The Quiet Harbor: A Life (Harbor House, \u00a319.25)",
     expect("The Quiet Harbor", "A Life", ["Jane Doe"], publisher="Harbor House", price=[("19.25", "GBP", None)])),
    ("Preti Roe\u2019s new novel The Quiet Harbor (Harbor House, \u00a39.99)",
     expect("The Quiet Harbor", None, ["Preti Roe"], publisher="Harbor House", price=[("9.99", "GBP", None)])),
    # "Faber and Faber, 2013": the year closes the publisher's segment, "and" or not
    ("The Quiet Harbor. By Jane Doe, Faber and Faber, 2013. \u00a39.99.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Faber and Faber", price=[("9.99", "GBP", None)])),
]

BRITISH += [
    # an OCR'd column: a dash before the byline; the shilling's stop gone before "net"
    ('"The Quiet Harbor.\u201d -By Jane Doe. London: Harbor House, Ltd. (6s net.)',
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor House, Ltd.", place="London",
            price=[("0.3", "GBP", None)])),
    # the publisher's parenthesis broken across two lines
    ("The Quiet Harbor. By Jane Doe. (Harbor Sonnenschein\nand Co.)\n\nThe essays are slight.",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor Sonnenschein and Co.")),
    # the last role's names stand before the parenthesis
    ("The Quiet Harbor, by Jane Doe, translated from the Spanish by Ann Roe (Harbor House).",
     expect("The Quiet Harbor", None, ["Jane Doe"], translators=["Ann Roe"], publisher="Harbor House")),
    # a journal printing the pound's ISO code
    ("The Quiet Harbor: A Coastal History. By Jane Doe. Harbor House. 2019. xx + 268pp. GBP 20.00.",
     expect("The Quiet Harbor", "A Coastal History", ["Jane Doe"], publisher="Harbor House", pages=268,
            price=[("20.00", "GBP", None)])),
    # a web page's list, an item a line
    ("The Quiet Harbor\n\u2022 By Jane Doe\n\u2022 Harbor House\n\u2022 320 pages\n\u2022 \u00a318.99",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor House", pages=320,
            price=[("18.99", "GBP", None)])),
    # a typewriter's two spaces after every stop
    ("The Quiet Harbor.  By Jane Doe.  (Bloomington, Ind.:  Harbor House, 2007.  Pp.  xx,  268.  $65.00.)",
     expect("The Quiet Harbor", None, ["Jane Doe"], publisher="Harbor House", place="Bloomington, Ind.",
            pages=268, price=[("65.00", "USD", None)])),
]


def test_labelled_fields_in_a_review_are_one_book():
    text = ("A review.\n\nThe Quiet Harbor\nAuthor: Jane Doe\nPublisher: Harbor House\nISBN: 9780306406157\n\n"
            "Jane Doe's novel is about a harbor: it is quiet.")
    record_ = catalog_document(Document("d", text))
    assert [(b.title, names(b), b.publisher) for b in record_.books] == [
        ("The Quiet Harbor", ["Jane Doe"], "Harbor House")]


@pytest.mark.parametrize("notes, author, publisher", [
    ("Merchants by Jane Doe Canongate \u00a318.95 pp526", "Jane Doe", "Canongate"),   # the Sunday Times
    ("Electric Hour by Jane Doe Profile \u00a312.95/ebook \u00a36.99 pp361", "Jane Doe", "Profile"),
    ("Merchants by Jane Doe Faber \u00a318.95 pp526", "Jane Doe", "Faber"),
])
def test_a_known_house_closing_the_bylines_run_is_the_publisher_marked_for_review(notes, author, publisher):
    b = book(notes)
    assert (names(b), b.publisher) == ([author], publisher)
    assert parse_trailer(notes).imprint_guess == "publisher told from the title by its name alone"
    witnessed = (read_notes(notes).parsed.publisher or "").lower() == publisher.lower() \
        and not any(r.startswith(DISAGREE) for r in b.review_reasons)
    assert ("publisher told from the title by its name alone" in b.review_reasons) is not witnessed
    # parted by a comma, the house is sure; with no house after the name, the name is whole
    b = book(notes.replace(f" {publisher} ", f", {publisher}, "))
    assert (names(b), b.publisher, b.confidence) == ([author], publisher, "high")
    alone = book("Merchants by Michel Faber \u00a318.95 pp526")
    assert (names(alone), alone.publisher) == (["Michel Faber"], None)


@pytest.mark.parametrize("byline", ["written by Jane Doe and illustrated by John Roe",
                                    "Written by Jane Doe & illustrated by John Roe"])
def test_a_written_by_line_under_the_title_of_a_labelled_sheet(byline):
    # Kidsreads: the title, the credits, then the labelled sheet; "and" joins the two roles
    p = parse_trailer(f"The Quiet Harbor\n{byline}\nPublication Date: April 2, 2019\nHardcover: 40 pages\n"
                      "Publisher: Harbor House\nISBN-13: 9780306406157")
    assert (p.title, list(p.contributors), p.publisher) == (
        "The Quiet Harbor", [(Role.AUTHOR, "Jane Doe"), (Role.ILLUSTRATOR, "John Roe")], "Harbor House")


def test_a_described_possessive_with_no_known_given_name_is_marked_for_review():
    assert "not clearly a name: 'Preti Roe'" in book(
        "Preti Roe\u2019s new novel The Quiet Harbor (Harbor House, \u00a39.99)").review_reasons


def test_weekly_title_and_authors_run_is_marked_for_review():
    assert book(BRITISH[4][0]).confidence == "review"   # told by the shape of the names alone


def test_a_count_in_pgs():
    # Cha: "(Penguin Random House SEA, 2022). 214 pgs. ISBN ..."
    b = book("The Quiet Harbor, by Jane Doe (Harbor House, 2022). 214 pgs. ISBN 9789888842995")
    assert (b.title, b.publisher, b.pages) == ("The Quiet Harbor", "Harbor House", 214)


def test_name_first_academic_forms_told_by_the_names_shape_are_witnessed_by_the_labeller():
    for text in (ACADEMIC[7][0], ACADEMIC[9][0]):   # "Jane Doe, Title", "Jane Doe. Title."
        assert parse_trailer(text).split_by == BY_NAME_SHAPE
        assert book(text).confidence == "high"


@pytest.mark.parametrize("text, fields", TRADE)
def test_trade_forms(text, fields):
    assert record(book(text)) == fields


@pytest.mark.parametrize("outlet, currency", [
    ("The Globe and Mail", "CAD"), ("Toronto Star", "CAD"), ("The Sydney Morning Herald", "AUD"),
    ("Australian Financial Review", "AUD"), ("Otago Daily Times", "NZD"), ("The New Zealand Herald", "NZD"),
    ("The Boston Globe", "USD"), (None, "USD"), ("The Age", "AUD"),
    ("Studies in the Age of Chaucer", "USD"),   # "the age" names the Melbourne paper only as its whole name
    ("Overland", "AUD"), ("Overland Monthly", "USD"),   # "overland" names the Melbourne quarterly only alone
    # regional papers, by towns no other country's papers share
    ("Sunraysia Daily", "AUD"), ("The Border Mail", "AUD"), ("Brandon Sun", "CAD"), ("St. Catharines Standard", "CAD"),
    ("Nelson Mail", "NZD"), ("Timaru Herald", "NZD"),
    ("The Spinoff", "NZD"), ("Landfall", "NZD"), ("The Saturday Paper", "AUD"), ("The Straits Times", "SGD"),
    ("South China Morning Post", "HKD"),
    # outlets whose names say no town or country: the table names them
    ("New Zealand Listener", "NZD"), ("North & South", "NZD"), ("Sunday Star-Times", "NZD"), ("Newsroom", "NZD"),
    ("Inside Story", "AUD"), ("Griffith Review", "AUD"), ("The Courier-Mail", "AUD"), ("Kill Your Darlings", "AUD"),
    ("The Walrus", "CAD"), ("Times Colonist", "CAD"), ("Le Devoir", "CAD"), ("Geist", "CAD"),
    # the Caribbean's, Guyana's, Fiji's, Namibia's and Taiwan's papers print their own dollar bare
    ("Kaieteur News", "GYD"), ("Stabroek News", "GYD"), ("The Gleaner", "JMD"), ("Jamaica Observer", "JMD"),
    ("Trinidad Guardian", "TTD"), ("Barbados Today", "BBD"), ("The Nassau Guardian of the Bahamas", "BSD"),
    ("Amandala, Belize", "BZD"), ("The Fiji Times", "FJD"), ("The Namibian", "NAD"), ("Taipei Times", "TWD"),
    ("Georgetown Voice", "USD"),   # a town other countries share names none
    ("Queen's Quarterly", "CAD"), ("The Malahat Review", "CAD"), ("Eureka Street", "AUD"),
    ("The Examiner (Launceston)", "AUD"), ("Bendigo Advertiser", "AUD"), ("Newcastle Herald", "AUD"),
    ("Manawatu Standard", "NZD"),
    ("The Windsor Star", "CAD"), ("The Sun-Herald", "AUD"), ("The Weekly Times", "AUD"), ("Reading Time", "AUD"),
    ("Magpies", "AUD"), ("The Royal Gazette", "BMD"), ("The Bermudian", "BMD"), ("Cayman Compass", "KYD"),
    ("Reading Time for Children", "USD"),   # a journal's name that is common words counts only whole
])
def test_a_bare_dollar_is_the_outlets_dollar(outlet, currency):
    text = "The Quiet Harbor by Jane Doe (Knopf, $24.95) and US$20"
    b = catalog_document(Document("d", "The Quiet Harbor by Jane Doe (Knopf, $24.95)",
                                  ReviewMetadata(outlet=outlet))).books[0]
    assert prices(b) == [(Decimal("24.95"), currency, None)]
    printed = catalog_document(Document("d", "The Quiet Harbor by Jane Doe (Knopf, US$24.95)",
                                        ReviewMetadata(outlet=outlet))).books[0]
    assert prices(printed) == [(Decimal("24.95"), "USD", None)]   # a printed country stays
    assert text


@pytest.mark.parametrize("imprint, currency", [
    ("MUP, 342pp", "AUD"), ("Allen & Unwin, 342pp", "AUD"), ("McClelland & Stewart, 342pp", "CAD"),
    ("University of Toronto Press, 342pp", "CAD"), ("HarperCollins Canada, 342pp", "CAD"),
    ("Auckland University Press, 342pp", "NZD"), ("Knopf, 342pp", "USD"), ("Scribner, 342pp", "USD"),
    ("Quarry Press, 342pp", "CAD"), ("Magabala Books, 342pp", "AUD"), ("Godwit, 342pp", "NZD"),
])
def test_a_bare_dollar_from_an_outlet_that_names_no_country_is_the_publishers(imprint, currency):
    b = catalog_document(Document("d", f"The Quiet Harbor\n\nBy Jane Doe. {imprint}, $34.95",
                                  ReviewMetadata(outlet="Jane Roe reviews"))).books[0]
    assert prices(b) == [(Decimal("34.95"), currency, None)]
    # the imprint is weaker evidence than the outlet: an American paper prices a Canadian book in USD
    assert any("from the publisher's country" in r for r in b.review_reasons) == (currency != "USD")


@pytest.mark.parametrize("title, named", [
    ("The Quiet Harbor: An Australian Coast", "AUD"), ("The Quiet Harbor: Canada's Coast", "CAD"),
    ("The Quiet Harbor of New Zealand", "NZD"),
    ("The Age of Reagan", None), ("Sydney Smith: A Life", None),   # a paper's name, a person's: no country
])
def test_a_bare_dollar_under_a_title_naming_another_dollar_country_is_for_review(title, named):
    b = catalog_document(Document("d", f"{title}\n\nBy Jane Doe. Wiley, 284pp, $29.99",
                                  ReviewMetadata(outlet="Jane Roe reviews"))).books[0]
    assert prices(b) == [(Decimal("29.99"), "USD", None)]   # the value stays: only a doubt is raised
    doubt = [r for r in b.review_reasons if "though the title names" in r]
    assert doubt == ([f"a bare '$' read as USD, though the title names a country with a {named} dollar"]
                     if named else [])
    # the corpus's dollar (--dollar USD) or an outlet that names its country settles it
    for metadata in (ReviewMetadata(outlet="The Boston Globe", currency="USD"), ReviewMetadata(outlet="The Age")):
        b = catalog_document(Document("d", f"{title}\n\nBy Jane Doe. Wiley, 284pp, $29.99", metadata)).books[0]
        assert not any("though the title names" in r for r in b.review_reasons)


def test_a_round_ups_bare_dollar_is_the_one_its_imprints_name():
    # a page prices all its books in one dollar: "Huia, $30" says what "Penguin, $38" beside it is
    text = ("The Harbour Master by Tom Ellery (Penguin, $38)\n\nThe Quiet Harbor by Jane Doe (Huia, $30)\n\n"
            "The Last Tram by John Roe (Random House, $35)")
    books = catalog_document(Document("d", text, ReviewMetadata(outlet="Metro"))).books
    assert [prices(b)[0][1] for b in books] == ["NZD", "NZD", "NZD"]
    assert [r for r in books[0].review_reasons if "$" in r] == [
        "a bare '$' read as NZD, from another book's imprint in these notes: the outlet names none"]
    assert books[2].confidence == "review"
    # imprints that name two dollars, the outlet's own, or the corpus's: no book lends its dollar
    two = text.replace("Random House", "Allen & Unwin")
    assert prices(catalog_document(Document("d", two, ReviewMetadata(outlet="Metro"))).books[0])[0][1] == "USD"
    for metadata in (ReviewMetadata(outlet="The Boston Globe", currency="USD"), ReviewMetadata(outlet="The Age")):
        first = catalog_document(Document("d", text, metadata)).books[0]
        assert not any("another book's imprint" in r for r in first.review_reasons)


def test_the_outlets_dollar_wins_over_the_publishers():
    b = catalog_document(Document("d", "The Quiet Harbor\n\nBy Jane Doe. Allen & Unwin, 342pp, $34.95",
                                  ReviewMetadata(outlet="New Zealand Books"))).books[0]
    assert prices(b) == [(Decimal("34.95"), "NZD", None)]
    assert not any("publisher's country" in r for r in b.review_reasons)


def test_the_corpus_dollar_wins_over_the_outlet():
    b = catalog_document(Document("d", "The Quiet Harbor by Jane Doe (Knopf, $24.95)",
                                  ReviewMetadata(outlet="The Globe and Mail", currency="AUD"))).books[0]
    assert prices(b) == [(Decimal("24.95"), "AUD", None)]


def test_what_copying_from_the_web_and_typesetting_leave_is_read_through():
    b = book("*The Quiet Harbor* by Jane Doe (Simon &amp; Schuster, $25)")
    assert (b.title, names(b), b.publisher, b.confidence) == (
        "The Quiet Harbor", ["Jane Doe"], "Simon & Schuster", "high")
    b = book("The Quiet Harbor. By Jane Doe.\tKnopf,\t320\u00a0pages, "
             "ISBN 978\u20130\u2013306\u201340615\u20137, $26.95")
    assert (b.publisher, b.pages, b.isbns) == ("Knopf", 320, ("9780306406157",))


def test_what_a_book_holds_besides_its_text_is_understood():
    b = book("Doe, Jane. The quiet harbor: a novel. Knopf, 2019. 320p bibl index afp ISBN 9780306406157, $26.95.")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages, b.review_reasons) == (
        "The quiet harbor", "a novel", ["Jane Doe"], "Knopf", 320, ())
    assert book("The Quiet Harbor. By Jane Doe. Knopf, 2019. Bibliography, glossary and index. $26.95.").notes == ()


def test_german_notes_close_the_authors_name_with_a_colon():
    b = book("Jane Doe: Der stille Hafen. Aus dem Englischen von John Roe. Suhrkamp, Berlin 2019. 320 S., 24 \u20ac.")
    assert (b.title, names(b), names(b, Role.TRANSLATOR)) == ("Der stille Hafen", ["Jane Doe"], ["John Roe"])
    b = book("Thomas Mann: Briefe. Herausgegeben von John Roe. Fischer, Frankfurt 2019. 320 S., 24 \u20ac.")
    assert (b.title, names(b), names(b, Role.EDITOR)) == ("Briefe", ["Thomas Mann"], ["John Roe"])
    # in English notes the name before a colon is the book's subject
    b = book("Marcel Proust: A Life, translated by John Roe. Harbor House, 2019. 320 pp. $26.")
    assert (b.title, b.subtitle, names(b)) == ("Marcel Proust", "A Life", [])


def test_a_sheet_of_items_reads_its_head_and_never_a_label_as_title():
    sheet = ("Pub Date: May 5th, 2019\nISBN: 978-0-306-40615-7\nPage Count: 320\nPublisher: Knopf\n"
             "Reviews Issue: March 1, 2019")
    body = "The harbor was quiet, and the author tells of it with care and at length. " * 6
    b = book(f"THE QUIET HARBOR\nby Jane Doe\n\n{body}\n\n{sheet}")
    assert (b.title, names(b), b.publisher, b.pages, b.isbns) == (
        "The Quiet Harbor", ["Jane Doe"], "Knopf", 320, ("9780306406157",))
    from catalog.parse.labelled import read_block
    assert read_block(f"THE QUIET HARBOR\nby Jane Doe\n{sheet}")["people"] == [(Role.AUTHOR, "Jane Doe")]
    # no title anywhere: no book, rather than the title "Pub Date"
    with pytest.raises(CatalogError):
        book(sheet)



def test_a_sheets_head_gives_its_illustrator_and_kirkus_labels_are_no_title():
    sheet = ("Age Range: 4 - 8\nPub Date: May 5th, 2019\nISBN: 978-0-306-40615-7\nPage Count: 32\n"
             "Publisher: Knopf\nCategories: Picture Books")
    body = "The harbor was quiet, and the author tells of it with care and at length. " * 6
    b = book(f"THE QUIET HARBOR\nby Jane Doe\nillustrated by John Roe\nRELEASE DATE: May 5, 2019\n\n{body}\n\n{sheet}")
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR), b.publisher, b.pages) == (
        "The Quiet Harbor", ["Jane Doe"], ["John Roe"], "Knopf", 32)
    from catalog.parse.labelled import label_of
    assert label_of("Age Range: 4 - 8") == (None, "4 - 8")

def test_labels_of_when_are_labels_whose_values_no_field_takes():
    from catalog.parse.labelled import label_of
    assert label_of("Release Date: May 5, 2019") == (None, "May 5, 2019")
    assert label_of("Review Posted Online: Feb. 20th, 2019") == (None, "Feb. 20th, 2019")
    assert label_of("Dinner: at eight") is None


@pytest.mark.parametrize("sep", ["\n", " "])
def test_booklist_credits_each_name_printed_family_first(sep):
    b = book(f"The Quiet Harbor.{sep}Doe, Jane (author), Roe, John (illustrator).{sep}"
             "Mar. 2019. 32p. Knopf, hardcover, $17.99 (9780306406157).")
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR), b.publisher, b.pages) == (
        "The Quiet Harbor", ["Jane Doe"], ["John Roe"], "Knopf", 32)


def test_apa_references_as_review_heads():
    b = book("Doe, J., & Roe, K. (2019). The quiet harbor: A history. New York, NY: Knopf. 320 pp. $26.95.")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "The quiet harbor", "A history", ["J. Doe", "K. Roe"], "Knopf", 320)
    b = book("Doe, J. (Ed.). (2019). The quiet harbor: Essays. New York, NY: Knopf. 320 pp. $26.95.")
    assert (names(b), names(b, Role.EDITOR)) == ([], ["J. Doe"])


def test_the_rupee_sign_is_indian_rupees():
    b = book("The Quiet Harbor by Jane Doe (Harbor House, 320 pages, \u20b9 499)")
    assert (b.publisher, prices(b)) == ("Harbor House", [(Decimal("499"), "INR", None)])
    b = book("The Quiet Harbor\nJane Doe\nHarbor House, \u20b9599\n\n" + "The harbor was quiet all that year. " * 30)
    assert (b.title, prices(b)) == ("The Quiet Harbor", [(Decimal("599"), "INR", None)])


def test_a_reviewers_line_inside_the_notes_names_the_reviews_author():
    record = catalog_document(Document("d", "The Quiet Harbor\nWritten by Jane Doe\nReview by Mary Smith\n"
                                            "Published by Harbor House, 2019\n$26.95, hardcover, 320pp"))
    b = record.books[0]
    assert (b.title, names(b), b.publisher, b.pages) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House", 320)
    assert [p.display for p in record.review.reviewers] == ["Mary Smith"]


def test_a_catalog_records_dashes_and_slash_part_its_areas():
    # ISBD, as library catalogs print a record: title / responsibility. — imprint. — pages. — ISBN
    b = book("The Quiet Harbor / Jane Doe. \u2014 Harbor House, 2019. \u2014 320 p. \u2014 ISBN 978-0-306-40615-7")
    assert (b.title, names(b), b.publisher, b.pages, b.isbns) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", 320, ("9780306406157",))
    assert repair_text("Harbor House \u2014 2019 \u2014 320 p. \u2014 gone").count("\n") == 3


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "-"])
def test_dashes_between_the_fields_part_them_like_bars(dash):
    b = book(f"The Quiet Harbor {dash} by Jane Doe {dash} Harbor House {dash} $26.95 {dash} 320 pages")
    assert (b.title, names(b), b.publisher, b.pages, b.confidence) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", 320, "high")
    # two part them where a person's name comes first
    b = book(f"Jane Doe {dash} The Quiet Harbor: A History {dash} Harbor House, 2019, 320 pp., \u00a320")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "The Quiet Harbor", "A History", ["Jane Doe"], "Harbor House", 320)
    assert repair_text(f"It rained {dash} Jane said {dash} and it cost $5.").count("\n") == 0
    # fewer dashes part the fields where one opens a byline
    b = book(f"The Quiet Harbor: A Coastal History {dash} By Jane Doe {dash} Harbor House; 320 pages; $28")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "The Quiet Harbor", "A Coastal History", ["Jane Doe"], "Harbor House", 320)
    # one dash parts a subtitle (an en or em dash); prose keeps its dashes
    if dash != "-":
        assert book(f"The Quiet Harbor {dash} A History. By Jane Doe. Knopf, $26.").subtitle == "A History"
    prose = f"It rained {dash} it always does {dash} and tickets cost $5 {dash} or so {dash} they said."
    assert repair_text(prose) == prose.replace(f" {dash} ", "\n")
    long_prose = f"It rained all that long summer on the harbor and the old town {dash} as it does {dash} or {dash} $5."
    assert repair_text(long_prose) == long_prose


def test_author_date_and_harvard_heads():
    b = book("Doe, Jane. 2019. The Quiet Harbor: A History. Cambridge, MA: Harvard University Press. 320 pp. $35.00.")
    assert (b.title, b.subtitle, names(b)) == ("The Quiet Harbor", "A History", ["Jane Doe"])
    b = book("Jane Doe (2019) The Quiet Harbor: A History. Harvard University Press, Cambridge, MA, 320 pp. $35.00")
    assert (b.title, names(b), b.publisher, b.place) == (
        "The Quiet Harbor", ["Jane Doe"], "Harvard University Press", "Cambridge, MA")
    assert "no author or editor found" not in b.review_reasons   # the rules read the name, not the labeller alone


def test_an_author_printed_as_a_sentence_before_the_title_and_a_role():
    text = "Jane Doe. The Quiet Harbor. Translated by John Roe. New York: Harbor House, 2019. 320 pp. $35.00."
    b = book(text)
    assert (b.title, names(b), names(b, Role.TRANSLATOR)) == ("The Quiet Harbor", ["Jane Doe"], ["John Roe"])
    # the rules' own reading: with the translator alone the labeller's would be kept, and hide it
    p = parse_trailer(text)
    assert (p.title, [(r, n) for r, n in p.contributors]) == (
        "The Quiet Harbor", [(Role.AUTHOR, "Jane Doe"), (Role.TRANSLATOR, "John Roe")])


def test_a_town_with_its_state_after_the_publisher_is_the_place():
    b = book("Jane Doe: The Quiet Harbor. Harvard University Press, Cambridge, MA, 2019, 320 pp., $35.00")
    assert (b.publisher, b.place) == ("Harvard University Press", "Cambridge, MA")


def test_a_place_of_town_state_and_town_before_the_publisher():
    b = book("The Quiet Harbor: A History. By Jane Doe. Cambridge, Mass., and London: Harvard University Press, "
             "2019. xii, 320 pp. $35.00.")
    assert (b.publisher, b.place, b.pages) == ("Harvard University Press", "Cambridge, Mass., and London", 320)


def test_commonwealth_heads():
    # a tagged ISBN ends where a word starts: the page count on the next line is no part of it
    b = book("The Quiet Harbor\nBy Jane Doe\nHarbor House, Karachi\nISBN: 978-0-306-40615-7\n320pp. Rs995")
    assert (b.publisher, b.place, b.pages, b.isbns, b.invalid_isbns) == (
        "Harbor House", "Karachi", 320, ("9780306406157",), ())
    assert not any("no table knows" in r for r in b.review_reasons)   # the towns' table knows Karachi
    # the name alone on the first line, then title, publisher and price each on its line
    b = book("Jane Doe\nThe Quiet Harbor\nHarbor House\n\u20b9599")
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House")
    # so with the year after the publisher: the name alone on the first line leads the stack
    b = book("Jane Doe\nThe Quiet Harbor\nHarbor House, 2019\n\u20b9599")
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House")
    # Indian papers: a title in capitals, a colon, the names
    b = book("THE QUIET HARBOR \u2014 A HISTORY: Jane Doe, John Roe; Harbor House, New Delhi, Rs. 599.")
    assert (b.title, b.subtitle, names(b), b.publisher, b.place) == (
        "The Quiet Harbor", "A History", ["Jane Doe", "John Roe"], "Harbor House", "New Delhi")
    assert book("NEHRU: A Biography; Harbor House, Rs. 599.").subtitle == "A Biography"


def test_slashes_between_the_fields_part_them_like_bars():
    b = book("The Quiet Harbor / Jane Doe / Harbor House / $26.95")
    assert (b.title, names(b), b.publisher, prices(b)) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", [(Decimal("26.95"), "USD", None)])
    assert repair_text("Either / Or (Harbor House, $26.95)") == "Either / Or (Harbor House, $26.95)"


def test_a_binding_before_the_pages_is_no_publisher():
    b = book("The Quiet Harbor. By Jane Doe. Harbor House. Hardcover, 320 pages, $26.95.")
    assert (names(b), b.publisher, b.pages) == (["Jane Doe"], "Harbor House", 320)
    # the binding after the publisher's year, in one comma list
    for binding in ("hardback", "pbk", "Paperback"):
        b = book(f"The Quiet Harbor, Jane Doe, Harbor House, 2019, {binding}, 320 pages, \u00a320.00, "
                 "ISBN 9780306406157")
        assert (names(b), b.publisher, b.pages) == (["Jane Doe"], "Harbor House", 320)


def test_trans_with_no_by_names_the_translator():
    b = book("The Quiet Harbor. Jane Doe. Trans. John Roe. Harbor House. $26.95.")
    assert (b.title, b.subtitle, names(b), names(b, Role.TRANSLATOR)) == ("The Quiet Harbor", None, ["Jane Doe"],
                                                                         ["John Roe"])
    # "Tr $16.99" is a trade edition's price, not a translator
    assert not names(book("DOE, Jane. The Quiet Harbor. 40p. Harbor House. May 2017. Tr $16.99."), Role.TRANSLATOR)


def test_a_book_label_names_the_title():
    b = book("Book: The Quiet Harbor\nAuthor: Jane Doe\nPublisher: Harbor House\nPages: 320\nPrice: $26.95")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "The Quiet Harbor", None, ["Jane Doe"], "Harbor House", 320)


def test_is_out_now_before_the_imprint_closes_the_names():
    b = book("The Quiet Harbor by Jane Doe is out now (Harbor House, \u00a316.99)")
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House")


def test_a_year_on_a_line_of_its_own_under_the_publisher():
    b = book("The Quiet Harbor\nJane Doe\nHarbor House\n2019\n320 pages, $26.95")
    assert (b.title, names(b), b.publisher, b.year, b.pages) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House",
                                                                2019, 320)


def test_a_whole_name_in_capitals_before_the_title():
    b = book("JANE DOE, The Quiet Harbor. Oxford: Harbor University Press, 2019. 320 pp. \u00a375.")
    assert (b.title, names(b), b.publisher, b.place) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor University Press", "Oxford")


@pytest.mark.parametrize("byline", ["Jane Doe (John Roe illus)", "Jane Doe (illus. John Roe)",
                                    "Jane Doe (Illustrations: John Roe)", "Jane Doe (illustrated by John Roe)"])
def test_the_artist_credited_in_brackets_after_the_author(byline):
    b = book(f"The Quiet Harbor\n{byline}\nHarbor House, $20.00, ISBN 9780306406157")
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR), b.publisher) == (
        "The Quiet Harbor", ["Jane Doe"], ["John Roe"], "Harbor House")
    # the rules' own reading, which the labeller's would hide were the author lost
    p = parse_trailer(f"The Quiet Harbor\n{byline}\nHarbor House, $20.00, ISBN 9780306406157")
    assert (p.title, [n for r, n in p.contributors if r == Role.AUTHOR]) == ("The Quiet Harbor", ["Jane Doe"])


@pytest.mark.parametrize("role, people", [("Translated by", "John Roe"), ("Illustrated by", "Henry James"),
                                          ("Edited by", "Ann Lee")])
@pytest.mark.parametrize("house", ["Harbor House", "Bughaw"])   # a house's name, or a word only its line tells
def test_a_publishers_line_under_a_role_line_whose_family_name_may_be_given(role, people, house):
    # "Roe", "James": family names that are given names too end the names' line all the same
    b = book(f"The Quiet Harbor: A Novel\nBy Jane Doe\n{role} {people}\n{house}\n320 pp. $26.95")
    credited = {"Translated by": Role.TRANSLATOR, "Illustrated by": Role.ILLUSTRATOR, "Edited by": Role.EDITOR}[role]
    assert (b.publisher, names(b, credited), b.pages) == (house, [people], 320)


def test_a_given_name_alone_at_a_lines_end_carries_the_names_on():
    # "... with an essay by Elizabeth" / "Roe Lee": the next line finishes her name, no publisher's
    for rest in ("Roe Lee", "Roe", "McCauley-Roe"):
        b = book(f"The Quiet Harbor\nPhotographs by Jane Doe, with an essay by Elizabeth\n{rest}\n320 pp. $26.95")
        assert (b.publisher, names(b)) == (None, [f"Elizabeth {rest}"])


def test_a_series_in_brackets_after_the_names_is_no_part_of_them():
    # with or without a stop before the bracket ("by Jane Doe. (Explore the Harbor)" is a sentence after a name too)
    assert parse_people("by Jane Doe (Explore the Harbor)") == ([(Role.AUTHOR, "Jane Doe")], None)
    assert parse_people("by Jane Doe. (Explore the Harbor)") == ([(Role.AUTHOR, "Jane Doe")], None)


def test_a_reading_level_after_the_names_is_no_part_of_them():
    # the Horn Book: "illus. by John Roe. Primary." — the level, then the imprint
    b = book("The Quiet Harbor by Jane Doe; illus. by John Roe. Primary. Harbor House, 2019. 32pp. $17.99.")
    assert (names(b), names(b, Role.ILLUSTRATOR), b.publisher) == (["Jane Doe"], ["John Roe"], "Harbor House")
    b = book("The Quiet Harbor / by Jane Doe. 3.16.2017 | Harbor House ISBN 9780306406157")
    assert names(b) == ["Jane Doe"]
    # names before the first role phrase, as the head hands them on
    assert parse_people("Jane Doe. Primary. Illustrated by John Roe") == (
        [(Role.AUTHOR, "Jane Doe"), (Role.ILLUSTRATOR, "John Roe")], None)


@pytest.mark.parametrize("town", ["Boston", "New York", "Garden City, N.Y."])
def test_the_count_before_the_town_and_a_saints_publisher(town):
    # "St. Martin's Press" after the town's colon; "xii" of the count is a number, no word of prose
    b = book(f"Jane Doe. Harbor. xii + 24 pp., bibl., index. {town}: St. Martin's Press, 2015. $5.")
    assert (b.title, names(b), b.publisher, b.place, b.pages) == (
        "Harbor", ["Jane Doe"], "St. Martin's Press", town, 24)


def test_the_count_and_apparatus_before_the_town_and_publisher():
    # Isis: "xii + 320 pp., illus., bibl., index. Cambridge, Mass.: Harvard University Press, 2019. $45 (cloth)."
    b = book("Jane Doe. The Quiet Harbor. xii + 320 pp., illus., bibl., index. Cambridge, Mass.: Harbor "
             "University Press, 2019. $45 (cloth).")
    assert (b.title, names(b), b.publisher, b.place, b.pages, prices(b)) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor University Press", "Cambridge, Mass.", 320,
        [(Decimal("45"), "USD", "cloth")])
    assert "some of the notes were not understood" not in b.review_reasons


@pytest.mark.parametrize("text, series", [
    # Speculum: the series and its number as a sentence of their own, before the imprint
    ("Jane Doe, The Quiet Harbor: Medieval Ports. (Harbor Studies 12.) Turnhout: Brepols, 2019. Pp. xii, 320. "
     "\u20ac90.", "Harbor Studies 12"),
    # the Classical Review: before the count, with a comma before the number
    ("Jane Doe: The Quiet Harbor. (Schriften zur Hafenkunde, Reihe B, 12.) Pp. 320. Turnhout: Brepols, 2019. "
     "DM 124.", "Schriften zur Hafenkunde, Reihe B 12"),
    # the Historische Zeitschrift: the book's number after "Bd."; BSOAS: a series with no number
    ("Jane Doe, The Quiet Harbor. Medieval Ports 1480\u20131620. (Ver\u00f6ffentlichungen der Kommission f\u00fcr "
     "Hafenkunde, Bd. 301.) Turnhout: Brepols, 2019. 486 S., \u20ac 39,90.",
     "Ver\u00f6ffentlichungen der Kommission f\u00fcr Hafenkunde, Bd. 301"),
    ("Jane Doe (ed.): The Quiet Harbor. (Studies in Medieval Ports.) x, 248 pp. Turnhout: Brepols, 2014. \u00a390.",
     "Studies in Medieval Ports"),
])
def test_a_numbered_series_in_parentheses_is_the_series(text, series):
    p = parse_trailer(text)
    assert (p.title, p.publisher, p.place, p.series, p.unparsed) == (
        "The Quiet Harbor", "Brepols", "Turnhout", series, ())


@pytest.mark.parametrize("text", [
    "The Quiet Harbor, by Jane Doe. (Knopf, 2019.) 320 pp. $27.95.",   # a year is no series number
    "Doe, Jane. The Quiet Harbor. Knopf. (Harbor Mysteries, Bk. 8). Feb. 2023. 320p. $28.",   # the imprint's
    # Music & Letters: the imprint in parentheses after the count, its ISBN's last digit closing it
    "The Quiet Harbor. By Jane Doe. pp. xv + 154, illus. (Knopf, Louvain, 2018, \u20ac51.95. ISBN 978 0 306 40615 7.)",
    "The Quiet Harbor. By Jane Doe. (Knopf. Library edition.) $27.95.",   # a price after it: no series alone
])
def test_a_publisher_and_year_or_a_books_number_in_parentheses_is_no_numbered_series(text):
    p = parse_trailer(text)
    assert (p.title, p.publisher) == ("The Quiet Harbor", "Knopf") and not (p.series or "").endswith(" 2019")


def test_a_french_series_in_guillemets_between_publisher_and_year():
    p = parse_trailer("Jane Doe, Le port tranquille, Paris, Gallimard, \u00ab Biblioth\u00e8que des histoires \u00bb, "
                      "2019, 320 p., 24 \u20ac.")
    assert (p.title, p.publisher, p.place, p.series) == (
        "Le port tranquille", "Gallimard", "Paris", "\u00ab Biblioth\u00e8que des histoires \u00bb")


@pytest.mark.parametrize("text", [
    "The Quiet Harbor\nJane Doe, illustrated by John Roe\nCandlewick, 2019\nAges 4-8, 32 pages, $17.99",
    "Doe, Jane. The Quiet Harbor. Illustrated by John Roe. Candlewick, 2019. [32p]. $17.99. Gr 1-3.",
    "Doe, Jane. The Quiet Harbor. Illustrated by John Roe. Candlewick, 2019. 32p. $17.99. PreS-Gr 2.",
    "The Quiet Harbor by Jane Doe, illustrated by John Roe (Ages 4-8; Candlewick, 32 pp., $17.99)",
])
def test_the_readers_a_childrens_book_is_for_belong_to_no_field(text):
    b = book(text)
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR), b.publisher, b.pages) == (
        "The Quiet Harbor", ["Jane Doe"], ["John Roe"], "Candlewick", 32)
    p = parse_trailer(text)   # the rules alone, not the record the learned reader may have mended
    assert (p.publisher, p.unparsed) == ("Candlewick", ())


@pytest.mark.parametrize("clause, audience", [
    ("Ages 4-8", True), ("Gr 1-3", True), ("Grades 4 - 5", True), ("MS Grades 5-8", True), ("PreS-Gr 2", True),
    ("Ages 8 and up", True), ("K-3", True), ("Gr 7\u20139.", True), ("Age 10+", True),
    ("Ages of Man", False), ("Grace 4", False), ("Gray 2-3", False), ("Knopf 3", False),
])
def test_an_audience_clause(clause, audience):
    from catalog.parse.tables import AUDIENCE
    assert bool(AUDIENCE.match(clause)) is audience


@pytest.mark.parametrize("published, publisher, year", [
    ("Published: March 5th 2019 by Harbor House", "Harbor House", 2019),
    ("Published: Harbor House, 2019", "Harbor House", 2019),
    ("Published: March 5th 2019", None, None), ("Published: March, 2019", None, None),
])
def test_goodreads_format_and_published_lines_as_blogs_copy_them(published, publisher, year):
    p = parse_trailer(f"Book: The Quiet Harbor\nAuthor: Jane Doe\nSeries: Harbor Mysteries #2\n"
                      f"Format: Hardcover, 320 pages\n{published}\nISBN: 9780306406157")
    assert (p.title, p.publisher, p.year, p.pages) == ("The Quiet Harbor", publisher, year, 320)


@pytest.mark.parametrize("text, pages", [
    ("THE QUIET HARBOR (320 pp.)\u2014Jane Doe\u2014Harbor House ($3.50).", 320),   # Time
    ("THE QUIET HARBOR (320 pp.) \u2014 Jane Doe and John Roe \u2014 Harbor House ($3.50).", 320),
    ("THE QUIET HARBOR (320 pp.)--Jane Doe--Harbor House ($3.50).", 320),
    ("THE QUIET HARBOR\u2014Jane Doe\u2014Harbor House ($3.50).", None),
])
def test_title_people_and_publisher_parted_by_dashes(text, pages):
    p = parse_trailer(text)
    assert (p.title, [n for _, n in p.contributors][:1], p.publisher, p.pages) == (
        "THE QUIET HARBOR", ["Jane Doe"], "Harbor House", pages)


def test_dashes_around_words_that_are_no_people_part_nothing():
    p = parse_trailer("THE QUIET HARBOR\u2014A NOVEL\u2014By Jane Doe. Harbor House. $3.50.")
    assert p.publisher == "Harbor House" and [n for _, n in p.contributors] == ["Jane Doe"]


@pytest.mark.parametrize("text", [
    # Library Journal's audio reviews: the running time, then the publisher, year and format
    "Doe, Jane. The Quiet Harbor. 10 hrs. Harbor Audio. 2019. digital. ISBN 9780306406157. $30.",
    "Doe, Jane. The Quiet Harbor. 8 hrs., 30 min. Harbor Audio. 2019. CD. ISBN 9780306406157. $30.",
    "The Quiet Harbor. By Jane Doe. Read by John Roe. Harbor Audio. 10 hr. $30.",
    "The Quiet Harbor by Jane Doe (Harbor Audio, 7 CDs, $30)",
])
def test_an_audiobooks_running_time_and_format_belong_to_no_field(text):
    p = parse_trailer(text)
    assert (p.title, p.publisher, p.unparsed) == ("The Quiet Harbor", "Harbor Audio", ())


def test_hours_inside_a_title_are_no_running_time():
    p = parse_trailer("The Quiet Harbor, 24 hours in Paris. By Jane Doe. Knopf. $30.")
    assert p.title == "The Quiet Harbor, 24 hours in Paris"


def test_a_spaced_dash_before_the_make_and_the_publisher_said_in_words():
    # the Spectator's listing: "— hardback, 352 pages, ..., ISBN ..., published 2019 by <publisher>"
    b = book("The Quiet Harbor by Jane Doe \u2014 hardback, 320 pages, ISBN 9780306406157, "
             "published 2019 by Harbor House")
    assert (b.title, names(b), b.publisher, b.year, b.pages, b.isbns) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", 2019, 320, ("9780306406157",))
    p = parse_trailer("The Quiet Harbor \u2014 hardback, 320 pages, with colour plates, ISBN 9780306406157, "
                      "published 2019 by Harbor House")
    assert (p.title, p.publisher, p.year, p.unparsed) == ("The Quiet Harbor", "Harbor House", 2019, ())
    # the book's pictures, said in words, are no publisher
    p = parse_trailer("The Quiet Harbor. By Jane Doe. 320 pp., with 24 colour plates. Harbor House. $30.")
    assert (p.publisher, p.unparsed) == ("Harbor House", ())


def test_published_by_after_the_items_is_one_more_clause_of_the_imprint():
    b = book("The Quiet Harbor by Jane Doe, 320 pages, published by Harbor House in 2019. The book is long.")
    assert (b.title, names(b), b.publisher, b.year, b.pages) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", 2019, 320)


@pytest.mark.parametrize("kind", ["Poems", "Stories", "Essays"])
def test_one_word_naming_the_books_kind_after_the_titles_stop_is_its_subtitle(kind):
    for head in ("THE QUIET HARBOR", "The Quiet Harbor"):
        p = parse_trailer(f"{head}. {kind}. By Jane Doe. 96 pp. Knopf. $25.")
        assert (p.title, p.subtitle) == (head, kind)
    assert parse_trailer("The Quiet Harbor. Again. By Jane Doe. 96 pp. Knopf. $25.").subtitle is None


@pytest.mark.parametrize("tail", [" from the Norwegian", ", from the Norwegian"])
def test_the_source_language_printed_after_the_translators_name(tail):
    p = parse_trailer(f"THE QUIET HARBOR. By Jane Doe. Translated by John Roe{tail}. 320 pp. Knopf. $30.")
    assert ([(r.value, n) for r, n in p.contributors], p.original_language) == (
        [("author", "Jane Doe"), ("translator", "John Roe")], "Norwegian")


@pytest.mark.parametrize("unit", ["s.", "sider", "sidor", "stron"])
def test_scandinavian_and_polish_page_counts(unit):
    # "320 s." (sider, sidor, stron): the count's "s." is no shilling, and locates the notes
    b = book(f"Jane Doe, The Quiet Harbor. Stockholm: Norstedts 2019. 320 {unit}")
    assert (b.title, names(b), b.place, b.publisher, b.pages) == (
        "The Quiet Harbor", ["Jane Doe"], "Stockholm", "Norstedts", 320)
    b = book(f"Jane Doe: The Quiet Harbor. Oslo: Universitetsforlaget, 2019. 320 {unit}")
    assert (b.publisher, b.pages) == ("Universitetsforlaget", 320)


def test_a_shillings_s_after_a_space_is_no_page_count():
    p = parse_trailer("The Quiet Harbor. By Jane Doe. Faber. 12 s. 6 d.")
    assert p.pages is None
    assert parse_trailer("The Quiet Harbor. By Jane Doe. Faber. 320 pp. 15s.").pages == 320


@pytest.mark.parametrize("kind", ["Roman", "Erzählungen", "Gedichte"])
def test_the_books_kind_in_german_after_the_titles_stop(kind):
    p = parse_trailer(f"Jane Doe: Der stille Hafen. {kind}. Berlin: Suhrkamp 2019. 320 S., 24 Euro.")
    assert (p.title, p.subtitle, p.publisher) == ("Der stille Hafen", kind, "Suhrkamp")


@pytest.mark.parametrize("kind", ["roman", "essai", "récit"])
def test_the_books_kind_after_a_comma_in_french_notes(kind):
    b = book(f"Jane Doe, Le port tranquille, {kind}, Paris, Gallimard, 2019, 320 p., 22 \u20ac.")
    assert (b.title, b.subtitle, names(b), b.place, b.publisher, b.pages) == (
        "Le port tranquille", kind, ["Jane Doe"], "Paris", "Gallimard", 320)
    assert parse_trailer("Jane Doe, Le port tranquille, Paris, Gallimard, 2019, 320 p.").subtitle is None
    # the kind is a small word of the notes, weighed alone (no year to make them a catalog entry)
    from catalog.text.locate import is_prose
    assert not is_prose(f"Jane Doe, Le port tranquille, {kind}, Paris, Gallimard. 320 p.")


@pytest.mark.parametrize("printed", ["RM59.90", "RM 59.90"])
def test_malaysian_ringgit(printed):
    b = book(f"The Quiet Harbor by Jane Doe (Marshall Cavendish, {printed})")
    assert (b.publisher, [(str(o.price.amount), o.price.currency) for o in b.prices]) == (
        "Marshall Cavendish", [("59.90", "MYR")])


def test_a_count_in_scandinavian_is_an_item_to_the_locator():
    # no colon, no comma, no price: the "320 s." alone tells the line is an imprint
    b = book("THE QUIET HARBOR\nJane Doe\nUniversitetsforlaget 2019. 320 s.\n\n"
             "The review begins here and it goes on for a while about the sea.")
    assert (b.title, names(b), b.publisher, b.pages) == ("The Quiet Harbor", ["Jane Doe"], "Universitetsforlaget", 320)


@pytest.mark.parametrize("people, role, names_", [
    ("Jane Doe and John Roe, eds.", Role.EDITOR, ["Jane Doe", "John Roe"]),
    ("Jane Doe, ed.", Role.EDITOR, ["Jane Doe"]),
    ("Jane Doe, editor.", Role.EDITOR, ["Jane Doe"]),
    ("Jane Doe (ed.).", Role.EDITOR, ["Jane Doe"]),
    ("Jane Doe, trans.", Role.TRANSLATOR, ["Jane Doe"]),
])
def test_names_with_their_role_after_the_title_as_a_sentence(people, role, names_):
    # "The Quiet Harbor. Jane Doe and John Roe, eds. Knopf": the role's stop ends the names too
    p = parse_trailer(f"The Quiet Harbor. {people} Knopf, 2019. 320 pp. $30.")
    assert (p.title, p.subtitle, [(r, n) for r, n in p.contributors], p.publisher) == (
        "The Quiet Harbor", None, [(role, n) for n in names_], "Knopf")


def test_names_with_their_role_after_the_title_and_a_comma():
    p = parse_trailer("The Quiet Harbor, Jane Doe and John Roe, eds. Knopf, 2019. 320 pp. $30.")
    assert (p.title, [n for _, n in p.contributors], p.publisher) == (
        "The Quiet Harbor", ["Jane Doe", "John Roe"], "Knopf")


@pytest.mark.parametrize("role", ["trans.", "tr."])
def test_a_role_before_a_name_keeps_its_stop(role):
    # "Jane Doe, trans. John Roe": the author, then the translator's name after the role
    p = parse_trailer(f"The Quiet Harbor. Jane Doe, {role} John Roe. Knopf, 2019. 320 pp. $30.")
    assert (p.title, [(r.value, n) for r, n in p.contributors], p.publisher) == (
        "The Quiet Harbor", [("author", "Jane Doe"), ("translator", "John Roe")], "Knopf")
    assert parse_trailer("The Quiet Harbor, ed. John Roe. Knopf, 2019. 320 pp. $30.").publisher == "Knopf"


@pytest.mark.parametrize("people, expected", [
    ("Jane Doe", [("author", "Jane Doe")]),
    ("Jane Doe and John Roe", [("author", "Jane Doe"), ("author", "John Roe")]),
    ("Jane Doe, trans. John Roe", [("author", "Jane Doe"), ("translator", "John Roe")]),
])
def test_names_before_the_count_and_the_publisher_after_it(people, expected):
    p = parse_trailer(f"The Quiet Harbor. {people}. 320 pp. Knopf. $30.")
    assert (p.title, [(r.value, n) for r, n in p.contributors], p.publisher, p.pages) == (
        "The Quiet Harbor", expected, "Knopf", 320)
    # a publisher with a person's name, and nothing after the count, stays the publisher
    assert parse_trailer("The Quiet Harbor. Alfred A. Knopf. 320 pp. $30.").publisher == "Alfred A. Knopf"


def test_a_sentence_before_the_town_is_no_part_of_the_place():
    # "John Roe. New York: Knopf": the stop after a name ends a sentence; "St. Paul" keeps its stop
    p = parse_trailer("The Quiet Harbor. Jane Doe, trans. John Roe. New York: Knopf, 2019.")
    assert ([(r.value, n) for r, n in p.contributors], p.place, p.publisher) == (
        [("author", "Jane Doe"), ("translator", "John Roe")], "New York", "Knopf")
    assert parse_trailer("The Quiet Harbor. By Jane Doe. St. Paul: Graywolf, 2019.").place == "St. Paul"


def test_publisher_and_year_after_a_role_inside_the_names():
    # no items: "Knopf, 2019" closes the notes after "Jane Doe, ed. John Roe", and no year is a name
    p = parse_trailer("The Quiet Harbor. Jane Doe, ed. John Roe. Knopf, 2019.")
    assert ([(r.value, n) for r, n in p.contributors], p.publisher, p.year) == (
        [("author", "Jane Doe"), ("editor", "John Roe")], "Knopf", 2019)


def test_a_roles_stop_after_the_names_ends_their_sentence_but_not_before_a_name():
    text = "The Quiet Harbor. Jane Doe and John Roe, eds. Knopf, 2019."
    assert sentence_breaks(text) == [17, text.index(" Knopf")]
    text = "The Quiet Harbor. Jane Doe, trans. John Roe. Knopf, 2019."
    assert sentence_breaks(text) == [17, text.index(" Knopf")]
    text = "The Quiet Harbor, ed. John Roe. Knopf, 2019."
    assert sentence_breaks(text) == [text.index(" Knopf")]


@pytest.mark.parametrize("place", ["Indianapolis and New York", "London & New York", "Boston/New York"])
def test_two_known_towns_joined_are_the_place(place):
    p = parse_trailer(f"THE QUIET HARBOR. By Jane Doe. 320 pp. {place}: The Bobbs-Merrill Company. $3.")
    assert (p.place, p.publisher) == (place, "The Bobbs-Merrill Company")
    # a town joined to a word that is no town is no place
    p = parse_trailer("THE QUIET HARBOR. By Jane Doe. 320 pp. Boston and Harbor: The Bobbs-Merrill Company. $3.")
    assert p.place is None


@pytest.mark.parametrize("counted", ["incl. 10 ills.", "incl. 10 ills. + 4 plates.", "incl. frontispiece and 10 figs."])
def test_the_illustrations_counted_after_the_pages_then_the_imprint(counted):
    # the Journal of Ecclesiastical History: "Pp. xii + 320 incl. 10 ills. Cambridge: ..., 2019. £75."
    text = (f"The quiet harbor. By Jane Doe. Pp. xii + 320 {counted} Cambridge: Cambridge University Press, "
            "2019. \u00a375.")
    p = parse_trailer(text)
    assert (p.publisher, p.place, p.pages, p.unparsed, [str(o.price.amount) for o in p.offers]) == (
        "Cambridge University Press", "Cambridge", 320, (), ["75"])
    b = book(text + "\n\nThe review begins here, and it is long enough to be prose about the harbor.")
    assert (b.publisher, [str(o.price.amount) for o in b.prices]) == ("Cambridge University Press", ["75"])


@pytest.mark.parametrize("counted", ["+ 26 ill.", "incl. 10 ills."])
def test_counted_illustrations_mark_the_book_illustrated(counted):
    p = parse_trailer(f"Doe, Jane. The Quiet Harbor. Toronto: Harbor Press, 2017. Pp. 299 {counted} $34.95.")
    assert (p.illustrated, p.unparsed, p.pages) == (True, (), 299)
    assert not parse_trailer("Doe, Jane. The Quiet Harbor. Toronto: Harbor Press, 2017. Pp. 299. $34.95.").illustrated


@pytest.mark.parametrize("town", ["Frankfurt a. M.", "Freiburg i. Br."])
def test_german_towns_abbreviated(town):
    p = parse_trailer(f"Doe, Jane: Der stille Hafen. {town}: Suhrkamp 2019. 320 S. 28,00 EUR.")
    assert (p.place, p.publisher) == (town, "Suhrkamp")


def test_an_unbracketed_numbered_series_between_the_title_and_the_imprint():
    p = parse_trailer("Doe, Jane. The Quiet Harbor. Studies in Maritime History 12. Leiden: Brill, 2019. Pp. 320.")
    assert (p.title, p.subtitle, p.series, p.publisher) == (
        "The Quiet Harbor", None, "Studies in Maritime History 12", "Brill")
    # after the author's name the sentence is the title; one word and a number is a title too
    assert parse_trailer("Jane Doe. Harbor Tales 2. Boston: Beacon Press, 2019. 320 pp.").title == "Harbor Tales 2"
    assert parse_trailer("Jane Doe. The Quiet Harbor. Apollo 13. Boston: Beacon Press, 2019. 320 pp.").series is None


@pytest.mark.parametrize("ills", ["10 ills.", "10 ills;"])
def test_illustrations_counted_without_incl_belong_to_no_field(ills):
    # with its stop the count is the illustrations' mark; without, a word of the book's apparatus
    p = parse_trailer(f"The quiet harbor. By Jane Doe. Pp. xii + 320, {ills} Cambridge: Cambridge University Press, "
                      "2019. \u00a375.")
    assert (p.publisher, p.unparsed) == ("Cambridge University Press", ())


@pytest.mark.parametrize("printed", ["(Harbor Mysteries #3) by Jane Doe.", "(Harbor Mysteries, Book 3)\nby Jane Doe\n"])
def test_a_numbered_series_after_the_title_goodreads_style(printed):
    p = parse_trailer(f"The Quiet Harbor {printed} Knopf, 2019. 320 pages. $30.")
    assert (p.title, p.series, [n for _, n in p.contributors]) == (
        "The Quiet Harbor", "Harbor Mysteries 3", ["Jane Doe"])
    # a parenthesis with no series' number stays the title's
    assert parse_trailer("The Quiet Harbor (Volume 2) by Jane Doe. Knopf. $30.").series is None
    assert parse_trailer("The Quiet Harbor (Book Club Edition 12) by Jane Doe. Knopf. $30.").series is None


def test_a_numbered_series_between_commas_before_the_parenthesized_imprint():
    p = parse_trailer("Jane Doe (ed.), The Quiet Harbor, Studies in Maritime History, 12 (Leiden: Brill, 2019), "
                      "320 pp., \u20ac120.")
    assert (p.title, p.series, p.publisher) == ("The Quiet Harbor", "Studies in Maritime History 12", "Brill")
    p = parse_trailer("Jane Doe (ed.), The Quiet Harbor, Volume 12 (Leiden: Brill, 2019), 320 pp., \u20ac120.")
    assert p.series is None   # one word and a number: no series told



@pytest.mark.parametrize("series", ["(Beitr\u00e4ge zur Geschichte der K\u00fcste 190)", "(Studia Maritima; 190)",
                                    "(Studia Maritima, Bd. 190)"])
def test_a_numbered_series_after_the_imprints_year(series):
    # German and Dutch notes: "Tübingen: Mohr Siebeck 2019 (Beiträge ... 190)"
    p = parse_trailer(f"Jane Doe, Der stille Hafen. T\u00fcbingen: Mohr Siebeck 2019 {series}. XII, 320 S. \u20ac 89.")
    assert (p.title, p.subtitle, p.publisher, p.pages) == ("Der stille Hafen", None, "Mohr Siebeck", 320)
    assert p.series.endswith(" 190") and "190" not in (p.publisher or "")
    # a year in the parenthesis is no series' number
    reprint = parse_trailer("Jane Doe, Der stille Hafen. T\u00fcbingen: Mohr Siebeck 2019 (Reprint 2020). 320 S.")
    assert reprint.series is None


@pytest.mark.parametrize("town, house", [("Bologna", "il Mulino"), ("Berlin", "de Gruyter")])
def test_a_house_whose_name_opens_in_small_letters_after_its_town(town, house):
    # "Corpi e confini. Famiglie e patrimoni, a cura di NOME COGNOME, Bologna, il Mulino, 2004, pp.
    # XXII-235." (Italian journals): the house's article or particle is no end of the title's sentence
    p = parse_trailer(f"Il porto quieto. Mercanti e marinai, a cura di GIOVANNA ROSSI e S. B. BIANCHI, {town}, "
                      f"{house}, 2004, pp. XXII-235.")
    assert (p.title, p.subtitle, p.publisher, p.place, p.year, p.pages) == (
        "Il porto quieto", "Mercanti e marinai", house, town, 2004, 235)
    assert [(r, n) for r, n in p.contributors] == [(Role.EDITOR, "GIOVANNA ROSSI"), (Role.EDITOR, "S. B. BIANCHI")]
    q = parse_trailer(f"Giovanna Rossi, Il porto quieto, {town}, {house}, 2004, pp. 235.")
    assert (q.title, q.publisher, q.place) == ("Il porto quieto", house, town)
    r = parse_trailer(f"Giovanna Rossi, Il porto quieto, {house}, {town} 2004, pp. 235.")   # the town with the year
    assert (r.title, r.publisher, r.place) == ("Il porto quieto", house, town)


@pytest.mark.parametrize("house", ["Xlibris", "AuthorHouse", "FriesenPress", "Penguin"])
def test_a_stack_of_title_author_and_house_with_no_items(house):
    # "Homecoming" / "by Yumiko Nakagawa" / "Penguin": the line breaks alone part the author from the house
    p = parse_trailer(f"Small Saints\nby Rui A. Albuquerque\n{house}")
    assert (p.title, [n for _, n in p.contributors], p.publisher) == ("Small Saints", ["Rui A. Albuquerque"], house)
    # a last line that names no house stays the author's
    q = parse_trailer("Small Saints\nby Rui A. Albuquerque\nSpecial Correspondent")
    assert q.publisher is None
    # items on a line above: the imprint is cut where they stand, and no count joins the names
    r = parse_trailer(f"Small Saints\nRui A. Albuquerque, 320 pp.\n{house}")
    assert "320 pp" not in [n for _, n in r.contributors] and r.pages == 320


@pytest.mark.parametrize("names, people", [
    ("Gr\u00fcnewald, J\u00f6rg", [(Role.AUTHOR, "J\u00f6rg Gr\u00fcnewald")]),
    ("M\u00fcller, J\u00fcrgen u. S\u00f6nke B\u00e4rwald",
     [(Role.AUTHOR, "J\u00fcrgen M\u00fcller"), (Role.AUTHOR, "S\u00f6nke B\u00e4rwald")]),
    ("M\u00fcller, J\u00fcrgen, u. S\u00f6nke B\u00e4rwald [Hrsg.]",
     [(Role.EDITOR, "J\u00fcrgen M\u00fcller"), (Role.EDITOR, "S\u00f6nke B\u00e4rwald")]),
    ("Doe, Jane und John Roe (Hrsg.)", [(Role.EDITOR, "Jane Doe"), (Role.EDITOR, "John Roe")]),
    ("M\u00fcller, J\u00fcrgen, u. S\u00f6nke B\u00e4rwald [Hgg.]",   # the editors' plural mark
     [(Role.EDITOR, "J\u00fcrgen M\u00fcller"), (Role.EDITOR, "S\u00f6nke B\u00e4rwald")]),
])
def test_german_names_family_first_before_a_colon(names, people):
    # the Theologische Literaturzeitung: "Family, Given [u. Given Family] [Hrsg.]: Titel. Untertitel. Ort:
    # Verlag Jahr. XVI, 220 S. m. Abb. Kart. EUR 89,00." — an umlaut in the given name, "u." between
    # the names, the editors' mark in square brackets; the pictures and the binding are understood
    p = parse_trailer(f"{names}: Der stille Hafen. Eine Geschichte des 19. Jahrhunderts. G\u00fctersloh: "
                      "G\u00fctersloher Verlagshaus 2012. XVI, 220 S. m. Abb. Kart. EUR 89,00.")
    assert (p.title, p.subtitle, p.publisher, p.place, p.pages) == (
        "Der stille Hafen", "Eine Geschichte des 19. Jahrhunderts", "G\u00fctersloher Verlagshaus", "G\u00fctersloh",
        220)
    assert list(p.contributors) == people and p.unparsed == ()


@pytest.mark.parametrize("title, subtitle", [
    ("Die Reichstage des 16. Jahrhunderts", "Neue Perspektiven"),
    ("Die Pest in der Stadt", "Seuchenabwehr in Z\u00fcrich und Basel im 17. Jahrhundert"),
    ("Der 2. Weltkrieg im Dorf", "Eine Chronik"),
])
def test_a_german_ordinals_stop_parts_no_title_from_its_subtitle(title, subtitle):
    # "des 16. Jahrhunderts": an article or a preposition before the number; the stop after a
    # title's year still parts it ("Berlin 1848. Eine Revolution")
    p = parse_trailer(f"Doe, Jane: {title}. {subtitle}. K\u00f6ln: B\u00f6hlau 2014. 276 S. \u20ac 39,90.")
    assert (p.title, p.subtitle, p.publisher) == (title, subtitle, "B\u00f6hlau")
    p = parse_trailer("Doe, Jane: Berlin 1848. Eine Revolution. K\u00f6ln: B\u00f6hlau 2014. 276 S. \u20ac 39,90.")
    assert (p.title, p.subtitle) == ("Berlin 1848", "Eine Revolution")


def test_german_pictures_after_a_slash_and_a_price_label_in_french():
    # ZHF: "Stuttgart 2017, Steiner, 412 S. / Abb., \u20ac 64,00."; Le Moyen \u00c2ge: "Prix : 85 \u20ac."
    p = parse_trailer("Doe, Jane, Ehre und Kredit, Stuttgart 2017, Steiner, 412 S. / Abb., \u20ac 64,00.")
    assert (p.title, p.publisher, p.place, p.pages, p.illustrated, p.unparsed) == (
        "Ehre und Kredit", "Steiner", "Stuttgart", 412, True, ())
    for notes in ("Jane Doe, Le port tranquille, Turnhout, Brepols, 2019. 412 p. Prix : 85 \u20ac.",
                  "Jane Doe, Le port tranquille, Turnhout, Brepols, 2019 ; 412 p. Prix : 85 \u20ac."):
        p = parse_trailer(notes)
        assert p.publisher != "Prix" and p.unparsed == (), notes
        assert [(o.price.amount, o.price.currency) for o in p.offers] == [(Decimal("85"), "EUR")]


def test_the_series_after_the_count_and_an_equals_sign():
    # ThLZ: "XIV, 398 S. = Beiträge zur historischen Theologie, 189. Lw. EUR 119,00." — ISBD's series
    p = parse_trailer("Doe, Jane: Der stille Hafen. Eine Geschichte. T\u00fcbingen: Mohr Siebeck 2018. XIV, 398 S. "
                      "= Beitr\u00e4ge zur historischen Theologie, 189. Lw. EUR 119,00.")
    assert (p.title, p.subtitle, p.publisher, p.pages, p.unparsed) == (
        "Der stille Hafen", "Eine Geschichte", "Mohr Siebeck", 398, ())
    assert p.series is not None and p.series.startswith("= Beitr\u00e4ge")


@pytest.mark.parametrize("names, people", [
    ("Echevarr\u00eda Lasa, Joseba y Ortiz de Z\u00e1rate, Ainhoa (eds.)",
     [(Role.EDITOR, "Joseba Echevarr\u00eda Lasa"), (Role.EDITOR, "Ainhoa Ortiz de Z\u00e1rate")]),
    ("Moreno Salda\u00f1a, Inmaculada", [(Role.AUTHOR, "Inmaculada Moreno Salda\u00f1a")]),
    ("Rossi, Giovanna e Bianchi, Marco", [(Role.AUTHOR, "Giovanna Rossi"), (Role.AUTHOR, "Marco Bianchi")]),
])
def test_spanish_and_italian_names_family_first_before_a_colon(names, people):
    # Hispania: "Apellido Apellido, Nombre y Apellido, Nombre (eds.): Título. Subtítulo, Lugar,
    # Editorial, año, N págs." — two family names, the first of them a given name too ("Moreno")
    p = parse_trailer(f"{names}: El puerto tranquilo. Comercio y conflicto, Bilbao, Universidad del Pa\u00eds Vasco, "
                      "2021, 312 p\u00e1gs.")
    assert (p.title, p.subtitle, p.publisher, p.pages) == (
        "El puerto tranquilo", "Comercio y conflicto", "Universidad del Pa\u00eds Vasco", 312)
    assert list(p.contributors) == people


def test_an_italian_series_in_guillemets_after_the_year_and_its_front_matter():
    # "NOME COGNOME, Titolo. Sottotitolo, Roma, Viella, 2004 («Collana», 82), pp. XII-326." — Italian
    # journals: the series in guillemets after the year, the front matter's roman count before a hyphen
    p = parse_trailer("GIOVANNA ROSSI, Il porto quieto. Mercanti e marinai nel Settecento, Roma, Viella, 2004 "
                      "(\u00abBiblioteca di storia\u00bb, 82), pp. XII-326.")
    assert (p.title, p.subtitle, p.publisher, p.place, p.year, p.pages, p.series) == (
        "Il porto quieto", "Mercanti e marinai nel Settecento", "Viella", "Roma", 2004, 326, "Biblioteca di storia 82")


@pytest.mark.parametrize("size", [", 2 vols.", ", two volumes", " (2 vols.)"])
def test_the_sets_size_after_the_title_is_no_part_of_it(size):
    p = parse_trailer(f"The Quiet Harbor{size}, by Jane Doe. Cambridge: Cambridge University Press, 2019. Pp. 640.")
    assert (p.title, [n for _, n in p.contributors]) == ("The Quiet Harbor", ["Jane Doe"])


@pytest.mark.parametrize("printed, currency", [
    ("CDN$34.95", "CAD"), ("Cdn $34.95", "CAD"), ("U.S. $34.95", "USD"), ("IR\u00a334.95", "IEP"),
])
def test_a_currency_marked_by_its_country(printed, currency):
    b = book(f"The Quiet Harbor by Jane Doe (McClelland, {printed})")
    assert (b.publisher, [(str(o.price.amount), o.price.currency) for o in b.prices]) == (
        "McClelland", [("34.95", currency)])


@pytest.mark.parametrize("house", ["Random House Canada", "Knopf Canada", "Simon & Schuster Canada"])
def test_a_houses_country_is_no_mark_of_the_dollar_after_it(house):
    # Canadian papers' "Random House Canada $29.95": the house's name, then a bare dollar
    b = catalog_document(Document("d", f"Jane Doe. The Quiet Harbor. {house} $29.95",
                                  ReviewMetadata(outlet="Quill & Quire"))).books[0]
    assert (b.publisher, [(str(o.price.amount), o.price.currency) for o in b.prices]) == (
        house, [("29.95", "CAD")])
    # after a bracket or a price, "Canada $37" is the price's own mark
    b = book("The Quiet Harbor by Jane Doe (Norton, $29.95; Canada $37)")
    assert [(str(o.price.amount), o.price.currency) for o in b.prices] == [("29.95", "USD"), ("37", "CAD")]


@pytest.mark.parametrize("role, expected", [
    ("transl.", "translator"), ("trs.", "translator"), ("trans", "translator"),
    ("illus.", "illustrator"), ("ill.", "illustrator"), ("intro.", "introduction"),
])
def test_an_abbreviated_role_after_a_comma_before_a_name(role, expected):
    p = parse_trailer(f"The Quiet Harbor, by Jane Doe, {role} John Roe (Faber, \u00a316.99)")
    assert [(r.value, n) for r, n in p.contributors] == [("author", "Jane Doe"), (expected, "John Roe")]


@pytest.mark.parametrize("lines", [
    "JANE DOE\nThe Quiet Harbor", "Jane Doe\nThe Quiet Harbor",
    "The Quiet Harbor\nJANE DOE", "The Quiet Harbor\nJane Doe",
])
def test_the_authors_line_beside_the_title_above_a_role_line(lines):
    # the TLS: the author's name and the title on lines of their own, then "Translated by"
    p = parse_trailer(f"{lines}\nTranslated by John Roe\n320pp. Faber. \u00a316.99.")
    assert (p.title, [(r.value, n.title()) for r, n in p.contributors], p.publisher) == (
        "The Quiet Harbor" if "The" in lines else "THE QUIET HARBOR",
        [("author", "Jane Doe"), ("translator", "John Roe")], "Faber")


def test_a_title_with_a_persons_name_above_a_by_line_stays_the_title():
    p = parse_trailer("Jane Eyre\nThe Story of a Governess\nBy Charlotte Bronte\nKnopf, $30")
    assert [n for _, n in p.contributors] == ["Charlotte Bronte"]
    # both lines could be a name: neither is taken for the author
    p = parse_trailer("Jane Doe\nRichard Sorge\nTranslated by John Roe\nFaber, \u00a316.99")
    assert [(r.value, n) for r, n in p.contributors] == [("translator", "John Roe")]


@pytest.mark.parametrize("text", [
    "The Quiet Harbor. By Jane Doe. Faber. 21s. The Silent Sea. By John Roe. Cape. 18s.",
    "The Quiet Harbor by Jane Doe. Faber, 320pp, \u00a316.99. The Silent Sea by John Roe. Cape, 280pp, \u00a318.99.",
])
def test_two_books_in_title_case_after_one_anothers_price(text):
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher) for b in books] == [
        ("The Quiet Harbor", ["Jane Doe"], "Faber"), ("The Silent Sea", ["John Roe"], "Cape")]


def test_a_credit_after_the_price_starts_no_book():
    text = "The Quiet Harbor by Jane Doe. Faber, 320pp, \u00a316.99. Photographs by John Roe. Cape, \u00a35."
    assert len(split_books(text)) == 1


@pytest.mark.parametrize("town", ["Cham", "Turnhout", "Lund"])
def test_more_academic_publishing_towns(town):
    # "Jane Doe, Title, Town, Publisher, 2019": only a known town is told from the title's words
    p = parse_trailer(f"Jane Doe, The Quiet Harbor, {town}, Brepols, 2019, 320 pp.")
    assert (p.title, p.place, p.publisher) == ("The Quiet Harbor", town, "Brepols")
    p = parse_trailer("The Quiet Harbor. By Jane Doe. 320 pp. Newcastle upon Tyne: Cambridge Scholars. \u00a360.")
    assert (p.place, p.publisher) == ("Newcastle upon Tyne", "Cambridge Scholars")


@pytest.mark.parametrize("text, role", [
    ("Jane Doe, John Roe (Hrsg.): Der stille Hafen. T\u00fcbingen: Mohr Siebeck 2019. 320 S., 89 \u20ac.", Role.EDITOR),
    ("Jane Doe et John Roe (\u00e9d.), Le port tranquille, Paris, Gallimard, 2019, 320 p., 24 \u20ac.", Role.EDITOR),
    ("Jane Doe e John Roe (a cura di), Il porto tranquillo, Roma, Carocci, 2019, 320 pp., \u20ac 24.", Role.EDITOR),
    ("Jane Doe og John Roe (red.): Den stille havn. Oslo: Gyldendal, 2019. 320 s.", Role.EDITOR),
    ("Jane Doe e John Roe (orgs.), O porto tranquilo. Lisboa: Tinta-da-china, 2019. 320 pp.", Role.EDITOR),
    ("Jane Doe, John Roe, and Mary Poe, eds. The Quiet Harbor. Leiden: Brill, 2019. xii + 320 pp. $120.", Role.EDITOR),
    ("Jane Doe, John Roe, and Mary Poe, The Quiet Harbor. Leiden: Brill, 2019. 320 pp. $120.", Role.AUTHOR),
    ("Jane Doe, John Roe & Mary Poe: The Quiet Harbor. Leiden: Brill, 2019. 320 pp. $120.", Role.AUTHOR),
])
def test_names_listed_before_the_title_each_a_whole_person(text, role):
    # academic notes in several languages list whole names before the title, their role
    # after them: no name is read family first ("John Roe Jane Doe"), none left in the title
    p = parse_trailer(text)
    title = p.title.split(":")[0]
    assert title.split()[-1] in ("Hafen", "tranquille", "tranquillo", "havn", "tranquilo", "Harbor")
    assert [name for r, name in p.contributors if r == role] == (
        ["Jane Doe", "John Roe"] if "Mary" not in text else ["Jane Doe", "John Roe", "Mary Poe"])
    assert len(p.contributors) == (3 if "Mary" in text else 2)


def test_a_list_is_no_list_without_its_and():
    # "Jane Doe, Salt and Sea, ...": a name, then a title with "and" in it
    p = parse_trailer("Jane Doe, Salt and Sea, The Quiet Harbor. Leiden: Brill, 2019. 320 pp. $120.")
    assert [name for _, name in p.contributors] == ["Jane Doe"]
    # "Jane Doe, John Keats: A Life": a name, then a life titled by its man's name
    p = parse_trailer("Jane Doe, John Keats: A Life. Leiden: Brill, 2019. 320 pp. $120.")
    assert ([name for _, name in p.contributors], p.title, p.subtitle) == (["Jane Doe"], "John Keats", "A Life")
    # family first, as before: "Doe, Jane Ann, and John Roe"
    p = parse_trailer("Doe, Jane Ann, and John Roe. The Quiet Harbor. Leiden: Brill, 2019. 320 pp. $120.")
    assert [name for _, name in p.contributors] == ["Jane Ann Doe", "John Roe"]


@pytest.mark.parametrize("price, amount, currency", [
    ("\u20a63,500", "3500", "NGN"), ("\u20b1450", "450", "PHP"), ("Ksh 1,200", "1200", "KES"),
    ("SGD 26.90", "26.90", "SGD"), ("$24.95 (Can. $34.95)", "34.95", "CAD")])
def test_a_commonwealth_price_is_no_part_of_the_publisher(price, amount, currency):
    b = book(f"The Quiet Harbor. By Jane Doe. Harbor House, {price}. 320 pp.")
    assert (b.publisher, b.pages) == ("Harbor House", 320)
    assert (Decimal(amount), currency) in [(o.price.amount, o.price.currency) for o in b.offers]
    # a line whose only item is the price is still read as notes
    b = book(f"The Quiet Harbor by Jane Doe (Harbor House, {price})\n\n" + "The harbor was quiet all winter. " * 12)
    assert (b.title, b.publisher) == ("The Quiet Harbor", "Harbor House")


def test_illustrations_described_after_the_count_make_the_book_illustrated():
    b = book("THE QUIET HARBOR by Jane Doe (Harbor House: $11.95; 222 pp., illustrated).")
    assert (b.illustrated, b.publisher, b.pages, b.confidence) == (True, "Harbor House", 222, "high")
    # the Spectator: the description is no prose, and the notes run on to the ISBN and publisher
    line = ("The Quiet Harbor \u2014 hardback, 352 pages, with colour plate section and in-text black and white "
            "illustrations, 234x156mm, ISBN 9780306406157, published 2019 by Harbor House")
    from catalog.text.locate import imprint_end
    assert imprint_end(line) == len(line)
    b = book(line)
    assert (b.illustrated, b.publisher, b.isbns) == (True, "Harbor House", ("9780306406157",))


@pytest.mark.parametrize("house", ["W. W. Norton", "Alfred A. Knopf", "Henry Holt"])
def test_a_house_named_for_a_person_on_its_own_line_is_the_publisher(house):
    # stacked notes: title / byline / publisher / items; a known house is no second author
    for byline in ("By Jane Doe", "Jane Doe"):
        p = parse_trailer(f"The Silent Sea\n{byline}\n{house}\n320 pages; $27.95")
        assert (p.title, [n for _, n in p.contributors], p.publisher) == ("The Silent Sea", ["Jane Doe"], house)
    # the name first, then the title (TLS, ABR): the house's line under the title
    p = parse_trailer(f"Jane Doe\nThe Silent Sea\n{house}\n320 pages; $27.95")
    assert (p.title, [n for _, n in p.contributors], p.publisher) == ("The Silent Sea", ["Jane Doe"], house)
    # a name no house bears stays a name
    p = parse_trailer("The Silent Sea\nBy Jane Doe\nJohn Roe\n320 pages; $27.95")
    assert p.publisher is None


@pytest.mark.parametrize("quoted", ["\u201eDer stille Hafen\u201c", "\u00bbDer stille Hafen\u00ab",
                                    "\u00abDer stille Hafen\u00bb"])
def test_a_title_in_german_or_french_quotation_marks_after_the_name(quoted):
    p = parse_trailer(f"Jane Doe: {quoted}. Roman. Hanser, M\u00fcnchen 2019. 320 S., 24 \u20ac.")
    assert (p.title, [n for _, n in p.contributors], p.publisher) == ("Der stille Hafen", ["Jane Doe"], "Hanser")


@pytest.mark.parametrize("by", ["de", "par", "di", "por", "von", "door", "gan", "av", "af"])
def test_the_french_italian_and_spanish_by_after_the_titles_comma(by):
    p = parse_trailer(f"Le Port tranquille, {by} Jane Doe (Gallimard, 320 p., 22 \u20ac).")
    assert (p.title, [(r, n) for r, n in p.contributors], p.publisher) == (
        "Le Port tranquille", [(Role.AUTHOR, "Jane Doe")], "Gallimard")
    # the publisher after a comma, no bracket: the comma closes the name
    p = parse_trailer(f"Le Port tranquille, {by} Jane Doe, Gallimard, 320 p., 22 \u20ac.")
    assert (p.title, [(r, n) for r, n in p.contributors], p.publisher, p.split_by) == (
        "Le Port tranquille", [(Role.AUTHOR, "Jane Doe")], "Gallimard", BY_MARKER)
    # with no comma before it, the word is no part of the title, though the parting stays a guess
    p = parse_trailer(f"Le Port tranquille {by} Jane Doe (Gallimard, 320 p., 22 \u20ac).")
    assert (p.title, [(r, n) for r, n in p.contributors], p.split_by) == (
        "Le Port tranquille", [(Role.AUTHOR, "Jane Doe")], BY_NAME_SHAPE)
    # a place's "de" in the title is no byline
    assert parse_trailer("Le Port de Brest, par Jane Doe. Gallimard, 320 p.").title == "Le Port de Brest"
    # after the comma, words that are no name are the title's
    p = parse_trailer("Les Ports, de Brest \u00e0 Marseille (Gallimard, 320 p., 22 \u20ac).")
    assert p.contributors == () and p.title.startswith("Les Ports, de Brest")


@pytest.mark.parametrize("text, subtitle, author", [
    ("Le Roman de l'exil: Hugo \u00e0 Guernesey. Par CLAIRE DUMESNIL. Paris, Presses Universitaires de France, 1984."
     " 264 pp.", "Hugo \u00e0 Guernesey", "Claire Dumesnil"),
    ("\u00c9crire la peste : Marseille 1720 et ses t\u00e9moins. Par Isabelle Rouvi\u00e8re. Paris: Honor\u00e9"
     " Champion, 2010. 412 pp.", "Marseille 1720 et ses t\u00e9moins", "Isabelle Rouvi\u00e8re"),
    # the German "Von", a doctor's title before the name (left out of it, as after "By")
    ("Heinrich Lenz und die Romantik. Von Dr. Karl Wendling. Stuttgart, J. B. Metzler, 1909. VIII u. 216 S.",
     None, "Karl Wendling"),
    ("Le Port tranquille. Par J.-P. Doe. Paris: Gallimard, 1990. 200 p.", None, "J.-P. Doe"),
])
def test_the_foreign_by_capitalized_after_the_titles_stop(text, subtitle, author):
    """French and German journals print their "by" as a sentence of its own: ". Par Jane Doe.", ". Von Dr. ..."."""
    b = book(text)
    assert (b.subtitle, names(b), b.people(Role.AUTHOR)[0].given is not None) == (subtitle, [author], True)
    p = parse_trailer(text)
    assert p.split_by == BY_MARKER and "Par" not in p.title and "Von" not in p.title


def test_a_capitalized_foreign_word_after_a_stop_with_no_name_after_it_stays_the_titles():
    p = parse_trailer("Le Port. Par les chemins de la mer. Paris: Gallimard, 1990. 200 p.")
    assert p.contributors == () or all(n != "les chemins de la mer" for _, n in p.contributors)
    assert "Par les chemins" in f"{p.title}. {p.subtitle}"


@pytest.mark.parametrize("text", [
    "Jane Doe, ed., The Quiet Harbor: Essays on the Sea, Brill's Studies in Maritime History 12 (Leiden: Brill, "
    "2019), xii + 320 pp.",
    "Jane Doe, ed. The Quiet Harbor: Essays on the Sea (Studies in Maritime History 12). Leiden: Brill, 2019. "
    "Pp. xii + 320. $149.",
    "The Quiet Harbor: Essays on the Sea. Edited by Jane Doe. Studies in Maritime History, vol. 12. Leiden: Brill, "
    "2019. Pp. xii + 320. $149.",
])
def test_a_numbered_series_after_the_subtitle_is_no_part_of_it(text):
    p = parse_trailer(text)
    assert (p.title, p.subtitle, p.publisher) == ("The Quiet Harbor", "Essays on the Sea", "Brill")
    assert p.series.endswith("Studies in Maritime History 12")
    assert [(r, n) for r, n in p.contributors] == [(Role.EDITOR, "Jane Doe")]


@pytest.mark.parametrize("text, title, publisher, place", [
    ("Jane Doe, El puerto tranquilo. Ensayos sobre el mar, Madrid, Alianza Editorial, 2019, 320 pp.",
     "El puerto tranquilo", "Alianza Editorial", "Madrid"),
    ("Jane Doe, Il porto tranquillo. Saggi sul mare, Bologna, Il Mulino, 2019, pp. 320, \u20ac 24.",
     "Il porto tranquillo", "Il Mulino", "Bologna"),
    ("Jane Doe. The Quiet Harbor. Baltimore, Md., Johns Hopkins University Press, 2019. 320 pp. $45.",
     "The Quiet Harbor", "Johns Hopkins University Press", "Baltimore, Md."),
    ("Jane Doe, Der stille Hafen. K\u00f6ln/Weimar/Wien, B\u00f6hlau 2019. 320 S., 45 \u20ac.",
     "Der stille Hafen", "B\u00f6hlau", "K\u00f6ln/Weimar/Wien"),
    ("THE QUIET HARBOR. By Jane Doe. 320 pp. St. Louis: Harbor House. $27.95.",
     "The Quiet Harbor", "Harbor House", "St. Louis"),
])
def test_town_and_publisher_in_academic_and_foreign_notes(text, title, publisher, place):
    # Spanish and Italian titles in sentence case are no prose when a known town, its
    # publisher and the year follow the name; a state or other towns go with the town
    b = book(text)
    assert (b.title, [c.display for c in b.contributors], b.publisher, b.place) == (
        title, ["Jane Doe"], publisher, place)


def test_a_dash_after_the_publisher_is_no_part_of_it():
    # Time: "THE QUIET HARBOR—Jane Doe—Knopf—$2.50."
    assert parse_trailer("THE QUIET HARBOR\u2014Jane Doe\u2014Knopf\u2014$2.50.").publisher == "Knopf"


def test_a_people_line_with_a_credit_ends_before_the_publishers_line():
    # Foreword Reviews: title / "Jane Doe, John Roe (Illustrator)" / publisher (date) / binding, price, count
    p = parse_trailer("The Quiet Harbor\nJane Doe, John Roe (Illustrator)\nHarbor House (Mar 5, 2019)\n"
                      "Hardcover $17.99 (40pp)\n978-0-306-40615-7")
    assert (p.title, p.publisher) == ("The Quiet Harbor", "Harbor House")
    assert list(p.contributors) == [(Role.AUTHOR, "Jane Doe"), (Role.ILLUSTRATOR, "John Roe")]


def test_apparatus_and_pictures_clauses_no_item_reads_are_no_publisher():
    # the apparatus listed with a stop after each word, "illus." not among them
    b = book("Jane Doe. The Quiet Harbor. xii + 320 pp., notes, bibl., index. Cambridge, Mass.: Harbor "
             "University Press, 2019. $45 (cloth).")
    assert (b.publisher, b.place, b.pages) == ("Harbor University Press", "Cambridge, Mass.", 320)
    assert "some of the notes were not understood" not in b.review_reasons
    # the pictures said in a sentence of their own after the count, where no item reads them
    p = parse_trailer("The Quiet Harbor. By Jane Doe. 320 pp. With 24 black-and-white illustrations. Knopf. $26.95.")
    assert (p.publisher, p.unparsed) == ("Knopf", ())


@pytest.mark.parametrize("label", ["Format: ", "Binding: ", ""])
def test_a_line_naming_the_binding_finishes_stacked_notes(label):
    # review sites and BookPage print the binding on a line of its own between the items
    books = catalog_document(Document("d", "The Quiet Harbor\nJane Doe\nHarbor House\n$16.99, 320 pages\n"
                                           f"{label}Paperback\nISBN: 9780385547345")).books
    assert len(books) == 1
    assert (books[0].title, books[0].publisher, books[0].pages) == ("The Quiet Harbor", "Harbor House", 320)
    assert [o.isbn13 for o in books[0].offers] == ["9780385547345"]
    assert "some of the notes were not understood" not in books[0].review_reasons
    # the label's binding alone is no publisher, in any clause
    p = parse_trailer("The Quiet Harbor. By Jane Doe. Harbor House. $16.99. Format: Softcover. 320 pp.")
    assert (p.publisher, p.unparsed) == ("Harbor House", ())


@pytest.mark.parametrize("text", [
    "The Quiet Harbor. (Lighthouse Trilogy, bk. 2). By Jane Doe. 2024. 320p. Harbor House, $18.99.",
    "Doe, Jane. The Quiet Harbor. 320p. (The Lighthouse Trilogy: Bk. 2). Harbor House. Mar. 2024. Tr $18.99. "
    "ISBN 9780385547345.",
    "The Quiet Harbor (Lighthouse Trilogy, bk. 2). Doe, Jane (author). Mar. 2024. 320p. Harbor House, $18.99.",
])
def test_a_series_with_the_books_mark_and_number_is_no_title_nor_a_book(text):
    # Booklist, SLJ, LJ print the series and the book's number in it in parentheses
    books = catalog_document(Document("d", text)).books
    assert len(books) == 1
    assert (books[0].title, books[0].publisher, books[0].pages) == ("The Quiet Harbor", "Harbor House", 320)
    assert books[0].series.startswith("Lighthouse Trilogy") or books[0].series.startswith("The Lighthouse")
    assert books[0].series.endswith("2")


def test_a_series_after_the_publisher_keeps_its_mark_and_the_imprint_its_house():
    # LJ: "Minotaur: St. Martin's" is an imprint and its house, then the series, then the month
    p = parse_trailer("Doe, Jane. The Quiet Harbor. Minotaur: St. Martin\u2019s. (Harbor Mysteries, Bk. 8). "
                      "Feb. 2023. ISBN 9780385547345. $27.99. MYSTERY")
    assert (p.title, p.publisher, p.place, p.series) == (
        "The Quiet Harbor", "Minotaur: St. Martin\u2019s", None, "Harbor Mysteries, Bk. 8")
    # a month before the year: a date, so the words before the colon are no town
    p = parse_trailer("Doe, Jane. The Quiet Harbor. Minotaur: St. Martin\u2019s. Feb. 2023. ISBN 9780385547345.")
    assert (p.publisher, p.place) == ("Minotaur: St. Martin\u2019s", None)
    # an academic imprint's year alone still dates a place of any name
    assert parse_trailer("The Quiet Harbor. Houndmills: Palgrave Macmillan, 2004. Pp. 320.").place == "Houndmills"


@pytest.mark.parametrize("text", [
    "Jane Doe: Der stille Hafen. \u00dcbers. v. John Roe. M\u00fcnchen: Hanser 2019. 320 S., 24 \u20ac.",
    "Jane Doe: Der stille Hafen. Deutsch von John Roe. Hanser Verlag, M\u00fcnchen 2019. 320 Seiten, 24 Euro.",
    "Jane Doe, Le Port tranquille, trad. de l'anglais par John Roe, Paris, Gallimard, 2019, 320 p., 22 \u20ac.",
    "Jane Doe, Le Port tranquille, traduit de l'anglais (\u00c9tats-Unis) par John Roe, Gallimard, 320 p., 22 \u20ac.",
    "Jane Doe, Il porto tranquillo, trad. it. di John Roe, Milano, Adelphi, 2019, pp. 320, \u20ac 19.",
    "Jane Doe, El puerto tranquilo, trad. de John Roe, Barcelona, Anagrama, 2019, 320 pp., 19,90 \u20ac.",
])
def test_translators_credited_in_the_journals_languages(text):
    p = parse_trailer(text)
    assert list(p.contributors) == [(Role.AUTHOR, "Jane Doe"), (Role.TRANSLATOR, "John Roe")]
    assert p.title in ("Der stille Hafen", "Le Port tranquille", "Il porto tranquillo", "El puerto tranquilo")
    assert p.subtitle is None and p.pages == 320
    assert p.publisher in ("Hanser", "Hanser Verlag", "Gallimard", "Adelphi", "Anagrama")


def test_german_front_matter_joined_by_und_and_a_series_closing_the_sentence():
    # "XII u. 320 S." — the front matter and the count; the Historische Zeitschrift's series in
    # parentheses closes the subtitle's sentence before "Town, Publisher Year"
    p = parse_trailer("Jane Doe, Der stille Hafen. Eine Geschichte der K\u00fcste. G\u00f6ttingen: Wallstein 2019. "
                      "XII u. 320 S. \u20ac 34,90.")
    assert (p.publisher, p.place, p.pages, p.unparsed) == ("Wallstein", "G\u00f6ttingen", 320, ())
    p = parse_trailer("Jane Doe: Der stille Hafen. Eine Geschichte der K\u00fcste (Historische Studien, Bd. 12.) "
                      "G\u00f6ttingen, Wallstein 2019. 320 S.")
    assert (p.title, p.subtitle, p.publisher, p.place) == (
        "Der stille Hafen", "Eine Geschichte der K\u00fcste", "Wallstein", "G\u00f6ttingen")
    assert p.series == "Historische Studien 12"


@pytest.mark.parametrize("text", [
    "In 2009 Knopf published the memoir, by Jane Doe, at $27.",
    "The new edition, by Jane Doe, with an introduction by John Roe, costs $18 from New York Review Books.",
    "The paperback, by Mary Poe, is out now from Juggernaut at \u20b9399, a price that has angered booksellers.",
    "The Booker longlist, announced on Tuesday, includes novels from Jonathan Cape, Granta, Fitzcarraldo "
    "Editions and Hamish Hamilton, with an average price of \u00a318.99.",
    "Q: How long was the first draft?\nA: Constantly. My editor at Milkweed Editions cut 200 pages, and she was right.",
    "Q: The book runs to almost 449 pages. Did you ever worry about length?",
])
def test_a_price_or_count_said_in_a_sentence_makes_no_book(text):
    # notes print the price alone; "at $27", "costs $18", "a price of £18.99" are a sentence's,
    # and neither reader may make a record of it
    with pytest.raises(CatalogError):
        catalog_document(Document("d", text))
    # the notes' own sentence, and a price word after the imprint's comma, stay notes
    guardian = book("The Quiet Harbor by Jane Doe is published by Faber at \u00a316.99.")
    assert (guardian.title, guardian.publisher) == ("The Quiet Harbor", "Faber")
    assert book("The Quiet Harbor\nJane Doe\nHarbor House, 2019, at $32.99").publisher == "Harbor House"


def test_a_round_ups_verdicts_between_titled_notes_are_no_titles():
    books = catalog_document(Document("d", "In brief\nRed Earth, Blue Water by Jane Doe (Seren, \u00a316.99)\n"
                                           "Spare, precise and unsettling.\nThe Quiet Harbor by John Roe (Seren, "
                                           "\u00a316.99)\nQuietly devastating, and very funny in places.\nThe Weight "
                                           "of Rain by Mary Poe (Lilliput Press, \u20ac12.99)\n"
                                           "Spare and precise.")).books
    assert [(b.title, b.subtitle, b.publisher) for b in books] == [
        ("Red Earth, Blue Water", None, "Seren"), ("The Quiet Harbor", None, "Seren"),
        ("The Weight of Rain", None, "Lilliput Press")]


@pytest.mark.parametrize("text, title", [
    ("Browser\nThe Quiet Harbor by Jane Doe (Seren, \u00a39.99)", "The Quiet Harbor"),
    ("Nation.Cymru Books\nWhat the Tide Keeps: A Novel by Jane Doe\nSeren, \u00a310.99", "What the Tide Keeps"),
    ("SCOTTISH REVIEW OF BOOKS\nThe Winter Almanac, by Jane Doe\nPolygon, \u00a39.99", "The Winter Almanac"),
    # the title runs on to the byline's line, or the line under it names the book's kind
    ("The Long and\nWinding Road by Jane Doe\nKnopf, $27", "The Long and Winding Road"),
    ("THE QUIET HARBOR\nA Novel by Jane Doe (Knopf, $27)", "The Quiet Harbor"),
])
def test_a_section_line_above_a_whole_title_and_byline_is_no_part_of_the_title(text, title):
    # a page or site names its section above the book's own "Title by Author" line
    b = book(text)
    assert (b.title, names(b)) == (title, ["Jane Doe"])
    # the same at the head of a whole review, too long to be read again as one line
    b = book(text + "\n\n" + "The harbor was quiet that winter, and the town kept to itself. " * 12)
    assert (b.title, names(b)) == (title, ["Jane Doe"])


@pytest.mark.parametrize("kind", ["A Novel", "Stories", "A History"])
def test_the_books_kind_before_the_byline_under_the_title_is_its_subtitle(kind):
    p = parse_trailer(f"THE QUIET HARBOR\n{kind} by Jane Doe\nKnopf, $27")
    assert (p.title, p.subtitle, list(p.contributors)) == ("THE QUIET HARBOR", kind, [(Role.AUTHOR, "Jane Doe")])


@pytest.mark.parametrize("text, outlet, currency", [
    ("Borrowed Light\nBy Jane Doe\nFolio Books, Karachi\n192pp. Rs995", None, "PKR"),
    ("Borrowed Light by Jane Doe (Harbor House, Colombo) Rs 1,200", None, "LKR"),
    ("Borrowed Light by Jane Doe (Harbor House, Rs995)", "Dawn", "PKR"),
    ("Borrowed Light by Jane Doe (Harbor House, Rs995)", "The Hindu", "INR"),
    ("Borrowed Light by Jane Doe (Harbor House, Rs995)", "Business Recorder", "PKR"),
    ("Borrowed Light by Jane Doe (Harbor House, Rs995)", "The Nation", "PKR"),
    ("Borrowed Light by Jane Doe (Harbor House, Rs995)", "The Island", "LKR"),
    ("Borrowed Light by Jane Doe (Harbor House, Rs995)", "The Tribune", "INR"),
    ("Borrowed Light by Jane Doe (Harbor House, Rs995)", "Economic and Political Weekly", "INR"),
    ("Borrowed Light by Jane Doe (Harbor House, Rs995)", "The Express Tribune", "PKR"),
    ("Borrowed Light by Jane Doe (Penguin Random House India, Rs995)", "The News on Sunday", "PKR"),
    ("Borrowed Light by Jane Doe (Harbor House, New Delhi, Rs995)", None, "INR"),
    ("Borrowed Light by Jane Doe (Rupa, 240pp, Rs995)", None, "INR"),
    # "\u20b9" is India's alone, whatever the outlet
    ("Borrowed Light by Jane Doe (Harbor House, \u20b9995)", "Dawn", "INR"),
])
def test_a_bare_rupee_is_the_rupee_of_the_country_outlet_or_imprint_name(text, outlet, currency):
    metadata = ReviewMetadata(outlet=outlet) if outlet else ReviewMetadata()
    b = catalog_document(Document("d", text, metadata)).books[0]
    assert [o.price.currency for o in b.offers if o.price] == [currency]
    assert UNNAMED_RUPEE not in b.review_reasons
    # where the outlet names no country, the imprint's is a guess: a paper prices a neighbour's
    # book in its own rupee
    assert (IMPRINT_RUPEE.format(currency) in b.review_reasons) == (outlet is None and "\u20b9" not in text)


@pytest.mark.parametrize("outlet", [None, "The Herald", "Books and Authors"])
def test_a_bare_rupee_no_outlet_or_imprint_places_is_indias_with_the_reason_to_look_again(outlet):
    """Pakistan, Sri Lanka and Nepal print "Rs" too: read as India's, the likeliest, never `high`."""
    metadata = ReviewMetadata(outlet=outlet) if outlet else ReviewMetadata()
    b = catalog_document(Document("d", "Borrowed Light by Jane Doe (Harbor House, 240pp, Rs995)", metadata)).books[0]
    assert [o.price.currency for o in b.offers if o.price] == ["INR"]
    assert UNNAMED_RUPEE in b.review_reasons and b.confidence == "review"


@pytest.mark.parametrize("text, outlet, currency", [
    ("Borrowed Light by Jane Doe (Harbor House, 240pp, Shs25,000)", "Daily Monitor", "UGX"),
    ("Borrowed Light by Jane Doe (Harbor House, 240pp, Shs. 25,000)", "New Vision", "UGX"),
    ("Borrowed Light by Jane Doe (Harbor House, 240pp, Sh850)", "Daily Nation", "KES"),
    ("Borrowed Light by Jane Doe (Harbor House, 240pp, Sh 12,000)", "The Citizen, Dar es Salaam", "TZS"),
    ("Borrowed Light by Jane Doe (Fountain Publishers, 240pp, Shs25,000)", None, "UGX"),
    ("Borrowed Light by Jane Doe (Harbor House, Nairobi, 240pp, Sh.850)", None, "KES"),
    ("Borrowed Light by Jane Doe (Mkuki na Nyota, 240pp, Sh12,000)", None, "TZS"),
    # "Ush" and "KSh" name their country, whatever the outlet
    ("Borrowed Light by Jane Doe (Harbor House, 240pp, Ush25,000)", "Daily Nation", "UGX"),
    ("Borrowed Light by Jane Doe (Harbor House, 240pp, KSh850)", "Daily Monitor", "KES"),
])
def test_a_bare_shilling_is_the_shilling_of_the_country_outlet_or_imprint_name(text, outlet, currency):
    """Kenyan, Ugandan and Tanzanian papers print "Sh" and "Shs" alike."""
    metadata = ReviewMetadata(outlet=outlet) if outlet else ReviewMetadata()
    b = catalog_document(Document("d", text, metadata)).books[0]
    assert (b.publisher, b.pages, [o.price.currency for o in b.offers if o.price]) == (
        text.split("(")[1].split(",")[0], 240, [currency])
    assert UNNAMED_SHILLING not in b.review_reasons
    assert (IMPRINT_SHILLING.format(currency) in b.review_reasons) == (outlet is None)


@pytest.mark.parametrize("outlet", [None, "The Herald", "The Standard"])
def test_a_bare_shilling_no_outlet_or_imprint_places_is_kenyas_with_the_reason_to_look_again(outlet):
    metadata = ReviewMetadata(outlet=outlet) if outlet else ReviewMetadata()
    text = "Borrowed Light by Jane Doe (Harbor House, 240pp, Shs25,000)"
    b = catalog_document(Document("d", text, metadata)).books[0]
    assert [(o.price.amount, o.price.currency) for o in b.offers if o.price] == [(Decimal("25000"), "KES")]
    assert UNNAMED_SHILLING in b.review_reasons and b.confidence == "review"


@pytest.mark.parametrize("imprint, outlet, amount, currency, reason", [
    (", published by Harbor House, P295.00, 240 pages", "Philippine Daily Inquirer", "295.00", "PHP", None),
    (", Harbor House, 240 pages, P1,250", "The Philippine Star", "1250", "PHP", None),
    (" (Harbor House, 240pp, P250)", "Mmegi", "250", "BWP", None),
    (" (Anvil Publishing, 240pp, P295)", None, "295", "PHP", IMPRINT_PESO.format("PHP")),
    (" (Botswana Book Centre, 240pp, P250)", None, "250", "BWP", IMPRINT_PESO.format("BWP")),
    # "Inquirer" alone names no country: the Philadelphia Inquirer's too
    (" (Harbor House, 240pp, P295)", "The Inquirer", "295", "PHP", UNNAMED_PESO),
])
def test_a_bare_p_is_the_peso_or_botswanas_pula_as_the_outlet_or_imprint_names(imprint, outlet, amount, currency,
                                                                              reason):
    """Philippine papers print "P295" for the peso; Botswana's print "P250" for the pula."""
    metadata = ReviewMetadata(outlet=outlet) if outlet else ReviewMetadata()
    b = catalog_document(Document("d", f"Borrowed Light by Jane Doe{imprint}", metadata)).books[0]
    house = next(h for h in ("Harbor House", "Anvil Publishing", "Botswana Book Centre") if h in imprint)
    assert (b.publisher, b.pages, [(o.price.amount, o.price.currency) for o in b.offers if o.price]) == (
        house, 240, [(Decimal(amount), currency)])
    assert [r for r in b.review_reasons if "bare 'P'" in r] == ([reason] if reason else [])


def test_a_p_with_one_digit_or_inside_a_word_is_no_peso():
    from catalog.parse.items import find_prices
    assert find_prices("(Harbor House, P9) a P38 pistol, TOP25, (P&P 320)") == []


_KITES = "A House of Kites by Jane Doe (Harbor House, {})"


@pytest.mark.parametrize("price, outlet, date, currency, doubted", [
    # an Irish paper's "£" while Ireland had its own pound: dated by the review, or by the imprint
    ("\u00a37.99", "The Irish Times", "1995-03-02", "IEP", False),
    ("1994, \u00a37.99", "Irish Independent", None, "IEP", False),
    ("1994, \u00a37.99", "Books Ireland", "2003-05-01", "GBP", False),   # the review's date decides
    ("1926, \u00a37.99", "The Irish Times", None, "GBP", False),   # before the Irish pound
    # after the euro, or with the euro beside it, or an ISBN-13: the UK price
    ("2014, \u00a37.99", "Dublin Review of Books", None, "GBP", False),
    ("\u20ac9.99, \u00a37.99", "The Irish Times", None, "GBP", False),
    ("\u00a37.99, ISBN 978-0-14-103614-4", "The Irish Times", None, "GBP", False),
    # marked sterling: "in UK", "(UK)", "stg"
    ("\u00a37.99 in UK", "The Irish Times", None, "GBP", False),
    ("\u00a37.99 (UK)", "Sunday Tribune", "1990-01-07", "GBP", False),
    ("\u00a37.99 stg", "Irish Examiner", "1998-01-01", "GBP", False),
    ("IR\u00a37.99", None, None, "IEP", False),
    # undated: sterling, with the reason to look again
    ("\u00a37.99", "The Irish Times", None, "GBP", True),
    ("pounds 7.99", "Evening Herald", None, "GBP", True),
    # the paper's run dates it: the Irish Press (1931-1995) only ever printed the Irish pound,
    # the Dublin Review of Books (2007-) only sterling
    ("\u00a37.99", "The Irish Press", None, "IEP", False),
    ("\u00a37.99", "Hibernia", None, "IEP", False),
    ("\u00a37.99", "Dublin Review of Books", None, "GBP", False),
    # shillings and pence are bare pounds too; shillings end in 1971, but undated they may
    # still come before 1928
    ("21s.", "The Irish Press", None, "IEP", False),
    ("12s. 6d.", "The Irish Times", "1950-05-06", "IEP", False),
    ("1957. Price 25s.", "Studies: An Irish Quarterly Review", None, "IEP", False),
    ("21s.", "The Irish Times", None, "GBP", True),
    ("21s.", "Irish Historical Studies", None, "IEP", False),   # born in 1938: its shillings are Irish
    ("\u00a37.99", "Irish Historical Studies", None, "GBP", True),
    ("320pp, 95p", "Irish Independent", "1985-01-01", "IEP", False),
    ("21s.", "The Irish Times", "1925-01-01", "GBP", False),
    # Northern Ireland's and the diaspora's papers, and British ones: sterling, whatever the year
    ("1994, \u00a37.99", "The Irish News", None, "GBP", False),
    ("1994, \u00a37.99", "Belfast Telegraph", None, "GBP", False),
    ("1994, \u00a37.99", "News Letter, Northern Ireland", None, "GBP", False),
    ("\u00a37.99", "The Guardian", None, "GBP", False),
])
def test_a_bare_pound_in_an_irish_outlet_is_the_irish_pound_until_2002(price, outlet, date, currency, doubted):
    b = catalog_document(Document("d", _KITES.format(price), ReviewMetadata(outlet=outlet, date=date))).books[0]
    assert [o.price.currency for o in b.offers if o.price][-1] == currency
    assert (UNDATED_IRISH_POUND in b.review_reasons) == doubted
    # read as the Irish pound from a bare mark, the price is looked at again: the paper may print the UK price
    read_irish = currency == "IEP" and "IR" not in price
    assert (IRISH_POUND_READ in b.review_reasons) == read_irish
    assert "some of the notes were not understood" not in b.review_reasons
    assert b.confidence == ("review" if doubted or read_irish else "high")


@pytest.mark.parametrize("text, amount, currency", [
    ("A House of Kites by Jane Doe (Kwela Books) R280", "280", "ZAR"),
    ("A House of Kites\nJane Doe\nPublisher: Farafina\nPages: 320\nPrice: N3,500", "3500", "NGN"),
    ("A House of Kites\nJane Doe\nPublisher: Sub-Saharan Publishers\nPrice: GHS 850", "850", "GHS"),
    ("A House of Kites\nJane Doe\nPublisher: Folio Books, Lahore\nPrice: PKR 1,200", "1200", "PKR"),
    ("A House of Kites\nJane Doe\nPublisher: Diogenes\nPrice: Fr. 32.\u2013", "32", "CHF"),
])
def test_a_commonwealth_price_after_the_imprints_close_or_its_label(text, amount, currency):
    b = book(text)
    assert [(o.price.amount, o.price.currency) for o in b.offers if o.price] == [(Decimal(amount), currency)]


def test_a_count_and_a_price_labelled_under_stacked_notes():
    # Frontline: "Pages: 512" / "Price: Rs.799" under the title, byline and publisher
    b = book("THE QUIET HARBOR\nBy Jane Doe\nRupa Publications\nPages: 512\nPrice: Rs.799")
    assert (b.title, names(b), b.publisher, b.pages) == ("The Quiet Harbor", ["Jane Doe"], "Rupa Publications", 512)
    assert "some of the notes were not understood" not in b.review_reasons


@pytest.mark.parametrize("isbn", ["\nISBN-13: 978-0-306-40615-7", ""])
def test_a_town_publisher_and_year_line_between_the_count_and_the_isbn(isbn):
    # JAMA and the medical journals: title / credit / "368 pp, $89.99" / "Town, Publisher, Year" / ISBN
    books = catalog_document(Document("d", "Nine Bridges: A Novel\nEdited by Jane Doe\n368 pp, $89.99\n"
                                           f"Manchester, Manchester University Press, 2019{isbn}")).books
    assert len(books) == 1
    assert (books[0].title, books[0].publisher, books[0].place, books[0].pages) == (
        "Nine Bridges", "Manchester University Press", "Manchester", 368)
    assert [o.isbn13 for o in books[0].offers] == (["9780306406157"] if isbn else [None])
    # a line that names no town is no imprint
    b = book("Nine Bridges: A Novel\nEdited by Jane Doe\n368 pp, $89.99\nAlso reviewed, The Far Shore, 2021")
    assert b.publisher is None


@pytest.mark.parametrize("text, subtitle, people", [
    ("The Quiet Harbor: A History; Jane Doe, translated by John Roe, Aleph Book Company, \u20b9599.", "A History",
     [(Role.AUTHOR, "Jane Doe"), (Role.TRANSLATOR, "John Roe")]),
    ("The Quiet Harbor: A History; Jane Doe, Aleph Book Company, \u20b9599.", "A History", [(Role.AUTHOR, "Jane Doe")]),
    ("The Quiet Harbor; Jane Doe, Aleph Book Company, \u20b9599.", None, [(Role.AUTHOR, "Jane Doe")]),
    ("The Quiet Harbor; Jane Doe, Tranquebar, \u20b9599.", None, [(Role.AUTHOR, "Jane Doe")]),   # no list names it
    ("The Quiet Harbor; Jane Doe, Harbor Lights, \u20b9599.", None, [(Role.AUTHOR, "Jane Doe")]),   # nor this one
    ("The Quiet Harbor; Jane Doe and John Roe, Tranquebar, \u20b9599.", None,
     [(Role.AUTHOR, "Jane Doe"), (Role.AUTHOR, "John Roe")]),
])
def test_the_names_after_the_titles_semicolon(text, subtitle, people):
    # the Hindu: "Title; Author, Publisher, ₹ price" — told apart by the name's shape, so reviewed
    p = parse_trailer(text)
    assert (p.title, p.subtitle, list(p.contributors), p.publisher) == (
        "The Quiet Harbor", subtitle, people, text.split(", ")[-2])
    # a second title after the semicolon stays the title's
    p = parse_trailer("The Reedcutter; Quicksand, by Jane Doe. Knopf. $27.")
    assert [n for _, n in p.contributors] == ["Jane Doe"] and p.publisher == "Knopf"


@pytest.mark.parametrize("text, title", [
    ("Anjali Rao on Borrowed Light by Jane Doe (Seren, \u00a39.99)", "Borrowed Light"),
    ("Mary Poe is unconvinced by The Ninth Orchard by Jane Doe (Polygon, \u00a316.99)", "The Ninth Orchard"),
    ("Mary Poe enjoys Glass Orchard by Jane Doe (Lilliput Press, \u20ac14.99)", "Glass Orchard"),
    ("Sipho Khumalo enjoys Glass Orchard by Jane Doe (Lilliput Press, \u20ac14.99)", "Glass Orchard"),
    # a first name no table knows ("Sipho" is known since the wider table)
    ("Zuberiyah Khumalo enjoys Glass Orchard by Jane Doe (Lilliput Press, \u20ac14.99)", "Glass Orchard"),
    ("Tom Ripley is back by Jane Doe (Faber, \u00a39.99)", "Tom Ripley is back"),
    ("I loved Red Earth, Blue Water by Jane Doe (Parthian, \u00a39.99).", "Red Earth, Blue Water"),
    ("Nothing this year matched A Season of Rivers by Jane Doe (Canongate, \u00a312.99).", "A Season of Rivers"),
    # a title with a verb of its own keeps it
    ("Life is Elsewhere by Jane Doe (Faber, \u00a39.99)", "Life is Elsewhere"),
    ("Love Is a Dog from Hell by Jane Doe (Faber, \u00a39.99)", "Love Is a Dog from Hell"),
    # a round-up's sentence in small letters before a title in capitals, after a comma or not
    ("Weather-watchers will prefer The Forecasters by Jane Doe (Bantam Press, \u00a318.99)", "The Forecasters"),
    ("And for the cook who has everything, Ask the Gardeners by Jane Doe (Ebury, \u00a314.99)", "Ask the Gardeners"),
    # a sentence whose verb comes after one word in small letters, and a round-up's bidding
    ("Rather different is Before the Hollow, by Jane Doe (Duckworth, 18s.)", "Before the Hollow"),
    ("Don't miss Bright Kingdoms by Jane Doe (Simon & Schuster, $28.99)", "Bright Kingdoms"),
    ("Also try Glass Orchard by Jane Doe (Lilliput Press, \u20ac14.99)", "Glass Orchard"),
    # a title in sentence case keeps its words: a stop, a colon or a single word after them
    ("La memoria divisa. Studi sul Rinascimento by Jane Doe (Carocci, \u20ac23.50)", "La memoria divisa"),
    ("Harbour Lights: a memoir of growing up Irish Catholic by Jane Doe (Faber, \u00a39.99)", "Harbour Lights"),
    ("Essays on early modern Europe by Jane Doe (Faber, \u00a39.99)", "Essays on early modern Europe"),
])
def test_a_standfirsts_or_sentences_words_before_the_title_are_no_part_of_it(text, title):
    b = book(text)
    assert (b.title, names(b)) == (title, ["Jane Doe"])


@pytest.mark.parametrize("kicker", ["SCOTTISH REVIEW OF BOOKS", "DAILY NATION SATURDAY"])
def test_a_section_line_above_title_comma_by_is_no_part_of_the_title(kicker):
    b = book(f"{kicker}\nWhat the Tide Keeps, by Tunde Adeyemi-Cole (Seren, \u00a39.99)")
    assert (b.title, b.subtitle, names(b)) == ("What the Tide Keeps", None, ["Tunde Adeyemi-Cole"])
    # a first name no table knows: the name's shape alone tells the byline
    b = book(f"{kicker}\nWhat the Tide Keeps, by Zuberiyah Adeyemi-Cole (Seren, \u00a39.99)")
    assert (b.title, b.subtitle, names(b)) == ("What the Tide Keeps", None, ["Zuberiyah Adeyemi-Cole"])
    # a title wrapped from the line above, its comma running on, is one title
    b = book("THE DEEPEST HARBOR OF ALL: TRUE STORIES FROM NATCHEZ,\nMISSISSIPPI, by Jane Doe. (Knopf, $26.)"
             + "\n\n" + "The harbor was quiet that winter, and the town kept to itself. " * 12)
    assert (b.title, b.subtitle) == ("The Deepest Harbor of All", "True Stories From Natchez, Mississippi")


@pytest.mark.parametrize("town", ["Cambridge, MA", "Cambridge, Mass.", "New York, NY"])
def test_a_town_with_its_state_publisher_and_year_line_under_the_count(town):
    b = book(f"Songs for the Ferryman\nBy Jane Doe\n448 pp, $29.95\n{town}, Harvard University Press, 2019")
    assert (b.publisher, b.place) == ("Harvard University Press", town)


@pytest.mark.parametrize("text", [
    "Jane Doe: Zout en sintel. Uit het Engels vertaald door John Roe. Verloren, 288 blz. \u20ac 19,99",
    "Jane Doe, De glazen boomgaard, vertaald door John Roe, Querido, 336 blz., 24,99 euro",
    "Jane Doe: Den stille havn. Oversat af John Roe. Gyldendal, 288 sider.",
    "Jane Doe: Den stille havn. Oversatt av John Roe. Oslo: Cappelen Damm 2019. 288 sider.",
    "Jane Doe: Den stilla hamnen. \u00d6vers. John Roe. Natur & Kultur, 352 s.",
])
def test_translators_and_counts_of_dutch_scandinavian_and_polish_notes(text):
    books = catalog_document(Document("d", text)).books
    assert [(r, c.display) for c in books[0].contributors for r in [c.role]] == [
        (Role.AUTHOR, "Jane Doe"), (Role.TRANSLATOR, "John Roe")]
    assert books[0].pages in (288, 304, 336, 352)


def test_a_dutch_count_in_pagina_s_and_a_polish_count_after_its_s():
    b = book("Jane Doe: Negen bruggen\nAtlas Contact; 448 pagina's; \u20ac 24,99.")
    assert (b.title, names(b), b.publisher, b.pages) == ("Negen bruggen", ["Jane Doe"], "Atlas Contact", 448)
    assert book("Jane Doe, \u201eCicha przysta\u0144\u201d, Znak, Krak\u00f3w 2019, s. 352").pages == 352
    # the translator's Polish abbreviation is a role phrase
    assert parse_trailer("Cicha przysta\u0144, by Jane Doe, prze\u0142. John Roe. Znak, 352 pp.").contributors == (
        (Role.AUTHOR, "Jane Doe"), (Role.TRANSLATOR, "John Roe"))
    # a German page reference ("S. 304") is no count
    assert parse_trailer("Jane Doe, Der stille Hafen, Hanser, S. 304.").pages is None


def test_a_sheet_printing_each_value_under_its_label():
    # the Irish Times: "Book Title:" / the title / "ISBN-13:" / the ISBN / ... / "Guideline Price:" / the price
    b = book("Review: the quiet power of a debut\nBook Title:\nRed Earth, Blue Water\nISBN-13:\n9780306406157\n"
             "Author:\nJane Doe\nPublisher:\nThe O'Brien Press\nGuideline Price:\n\u20ac16.99\n"
             "This is a novel of small rooms and long memories.")
    assert (b.title, names(b), b.publisher) == ("Red Earth, Blue Water", ["Jane Doe"], "The O'Brien Press")
    assert [(o.isbn13, o.price.amount if o.price else None) for o in b.offers] == [("9780306406157", Decimal("16.99"))]


def test_a_decimal_comma_before_the_lists_comma():
    # "€ 29,95, ISBN ...": the cents, then the comma that parts the items
    p = parse_trailer("Jane Doe: Der stille Hafen. M\u00fcnchen: Hanser 2019. 320 S., \u20ac 29,95, "
                      "ISBN 978-0-306-40615-7.")
    assert ([o.price.amount for o in p.offers if o.price], p.publisher) == ([Decimal("29.95")], "Hanser")


def test_two_titles_stacked_with_and_over_their_comma_byline():
    text = "Corregidora\n\nand\n\nEva's Man , by Gayl Jones (Beacon, $7.95 each)."
    books = catalog_document(Document("d", text)).books
    assert [b.title for b in books] == ["Corregidora", "Eva's Man"]


# a review's opening paragraphs: past the length a short text is read again as one line
_REVIEW_BODY = ("\n\nIn this novel the author returns to the harbour towns of her earlier work, with a new urgency "
                "and a sharper eye for the telling detail.\n\nIt is a book that rewards patience. The opening "
                "chapters move slowly, but by the midpoint the threads begin to pull together in ways that feel "
                "earned rather than engineered.\n\nNot every chapter succeeds. A long digression in the middle sags, "
                "and some of the secondary characters are drawn too quickly to hold our attention.\n\nThe prose "
                "is spare and exact, and the author has a gift for the telling detail: a cracked cup, a door left "
                "open, a letter that is never sent.")


@pytest.mark.parametrize("page, header, title, people", [
    ("By Mei Strachan", "A Hidden Ledger: Poems\nBy Ellen Thornbury", "A Hidden Ledger", ["Ellen Thornbury"]),
    ("", "Burning Lighthouse\nby Thabo K. Oyelaran", "Burning Lighthouse", ["Thabo K. Oyelaran"]),
    ("By Mei Strachan", "THE FROZEN ISLANDS\nLEAH FAIRBAIRN", "The Frozen Islands", ["Leah Fairbairn"]),
    ("By Mei Strachan", "The Frozen Islands\nChioma Draycott", "The Frozen Islands", ["Chioma Draycott"]),
    ("By Mei Strachan", "Farah Ferreira and Edwin Naidoo\nWhat the Parish Knew", "What the Parish Knew",
     ["Farah Ferreira", "Edwin Naidoo"]),
])
def test_a_pages_headline_and_byline_above_a_whole_header_are_not_the_books(page, header, title, people):
    # web pages and archives print the review's headline and its reviewer's byline, a blank
    # line, then the book's own header: the lines above the blank line are the page's
    b = book(f"Counting the Cost\n{page}\n\n{header}\nKnopf Canada, 312 pages, $32.95".replace("\n\n\n", "\n\n")
             + _REVIEW_BODY)
    assert (b.title, names(b), b.publisher) == (title, people, "Knopf Canada")


def test_a_headline_and_byline_above_notes_that_open_with_their_title_are_the_pages():
    # "Strangers at the Gate" / "By Priya Kariuki" / "" / "A Salt Orchard Rosalind Ravensworth Polygon, £16.99":
    # the notes print their own title, so the lines above are the review's headline and reviewer
    b = book("Strangers at the Gate\nBy Priya Kariuki\n\nA Salt Orchard Rosalind Ravensworth Polygon, £16.99"
             + _REVIEW_BODY)
    assert (b.title, names(b), b.publisher) == ("A Salt Orchard", ["Rosalind Ravensworth"], "Polygon")
    # a short page too, read again as one line: the headline and byline make no book of their own
    short = catalog_document(Document("d", "Strangers at the Gate\nBy Priya Kariuki\n\nA Salt Orchard Rosalind "
                                      "Ravensworth Polygon, £16.99\n\nIn “A Salt Orchard,” Ravensworth returns to "
                                      "territory that will be familiar."))
    assert [(b.title, b.publisher) for b in short.books] == [("A Salt Orchard", "Polygon")]


@pytest.mark.parametrize("head, title, people", [
    ("A Salt Orchard Rosalind Ravensworth", "A Salt Orchard", ["Rosalind Ravensworth"]),
    ("I Saw the Lights Go Out", "I Saw the Lights Go Out", []),
])
def test_a_head_opening_with_a_bare_a_or_i_is_a_title_not_a_name(head, title, people):
    # the lone "A" or "I" of a title is no initial: the imprint line's head holds a title, and the
    # page's headline above the blank line stays the page's
    from catalog.text.locate import _headless
    assert not _headless(head)
    assert _headless("A. Rosalind Ravensworth") and _headless("Rosalind Ravensworth")
    b = book(f"Counting the Cost\n\n{head} (Polygon, £16.99)" + _REVIEW_BODY)
    assert (b.title, names(b)) == (title, people)


def test_a_header_over_blank_lines_still_climbs():
    # a byline run over two lines is no header of its own: the title above the blank line is the book's
    b = book("EAKINS AND THE PHOTOGRAPH\nWorks by Thomas Eakins and His Circle in the Collection of the\n"
             "Pennsylvania Academy of the Fine Arts\n\nBy Susan Danly and Cheryl "
             "Leibold, with essays by Elizabeth\nJohns, Anne McCauley and Mary Panzer\n\nIllustrated. 235 pages. "
             "Smithsonian Institution Press. $85." + _REVIEW_BODY)
    assert (b.title, b.publisher) == ("Eakins and the Photograph", "Smithsonian Institution Press")
    # a subtitle and a bare name under a title climb over the blank line when no byline stands above it
    b = book("THE QUIET HARBOR\n\nAn Uneasy Peace\nJane Doe\nKnopf, 312 pages, $27" + _REVIEW_BODY)
    assert (b.title, b.subtitle, names(b)) == ("The Quiet Harbor", "An Uneasy Peace", ["Jane Doe"])
    # two bylines under a blank line hold no title of their own
    b = book("THE QUIET HARBOR\n\nBy Jane Doe\nIllustrated by John Roe\nKnopf, 312 pages, $27" + _REVIEW_BODY)
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR)) == ("The Quiet Harbor", ["Jane Doe"], ["John Roe"])


def test_a_title_and_its_byline_on_the_notes_line_keep_the_headline_out():
    # "The Sunken Mountain: A Memoir. By Rafael Rutledge." heads its own notes: a head that
    # starts "The" and names its author is no corporate author's line
    b = book("Strangers at the Gate\nBy Owen Fitzwilliam\n\nThe Sunken Mountain: A Memoir. By Rafael Rutledge. "
             "419 pp. New York: Alfred A. Knopf. $2.50." + _REVIEW_BODY)
    assert (b.title, b.subtitle, names(b)) == ("The Sunken Mountain", "A Memoir", ["Rafael Rutledge"])


@pytest.mark.parametrize("lines, title, subtitle", [
    ("LOST ROAD\nA NOVEL", "Lost Road", "A Novel"),
    ("Lost Road\nStories", "Lost Road", "Stories"),
    ("THE HARBORS\nSound, Noise, and the Modern Ear", "The Harbors", "Sound, Noise, and the Modern Ear"),
    ("THE AGE OF REAGAN:\nA History, 1974-2008", "The Age of Reagan", "A History, 1974-2008"),
    ("FOLLOW ME\nTO GROUND", "Follow Me to Ground", None),
    # magazines: a whole title's line in small letters, and its subtitle's line under it
    ("The Silver Season\nTravels in Madras", "The Silver Season", "Travels in Madras"),
    ("Forty Winters\nThe Secret History of the Surveyor", "Forty Winters", "The Secret History of the Surveyor"),
    ("The Lives of\nThe Saints in Winter", "The Lives of The Saints in Winter", None),   # the first breaks off
    ("Under the Quiet Kingdom\nIbadan Bergen Ibadan", "Under the Quiet Kingdom Ibadan Bergen Ibadan", None),
])
def test_a_title_over_two_lines_and_its_subtitle(lines, title, subtitle):
    # the book's kind on a line of its own, or a line in small letters under a title in
    # capitals, is the subtitle; a title in capitals runs on to the next line in capitals
    b = book(f"{lines}\nBy Ingrid Pellham\n304 pp. Milkweed Editions. $17.")
    assert (b.title, b.subtitle, names(b)) == (title, subtitle, ["Ingrid Pellham"])
    b = book(f"{lines}\nIngrid Pellham\nMilkweed Editions, $17")
    assert (b.title, b.subtitle, names(b)) == (title, subtitle, ["Ingrid Pellham"])


@pytest.mark.parametrize("first", ["By Walter T. Eberhardt", "8-10 Junior/Middle", "Jane Doe"])
def test_a_line_above_that_is_no_title_takes_no_subtitle(first):
    # a byline, a reading level or a name above the title's line: the lines run on as printed
    assert _title_lines([first, "The Bear Who Borrowed the Moon"]) == f"{first} The Bear Who Borrowed the Moon"


def test_a_byline_with_a_colon_under_notes_at_the_reviews_end():
    # the Star Tribune prints the notes after the review, "By:" before the names; the byline at
    # the review's head is its reviewer's
    b = book("Where the River Bends\nBy Thabo Sandoval" + _REVIEW_BODY + "\n\nWhat the Archive Knew: Medicine at "
             "the Edge of Empire\nBy: Louis J. Lindqvist and Owen Ferreira.\nPublisher: Milkweed Editions, 154 pages, "
             "$35.95.")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "What the Archive Knew", "Medicine at the Edge of Empire", ["Louis J. Lindqvist", "Owen Ferreira"],
        "Milkweed Editions", 154)


@pytest.mark.parametrize("imprint, offers", [
    ("New Island, 478 pages, hardback \u20ac14.99; e-book \u20ac7.99",
     [(Decimal("14.99"), "EUR", "cloth"), (Decimal("7.99"), "EUR", "ebook")]),   # the Irish Independent
    ("Jonathan Ball, R280", [(Decimal("280"), "ZAR", None)]),   # the Sunday Times, South Africa
])
def test_notes_of_bindings_words_and_a_rand_after_the_publishers_comma(imprint, offers):
    b = book(f"The Iron Meridian\nAgnes Kariuki\n{imprint}" + _REVIEW_BODY)
    assert (b.title, names(b), prices(b)) == (
        "The Iron Meridian", ["Agnes Kariuki"], offers)
    assert LABELLER_ONLY not in b.review_reasons   # the rules read the notes


def test_notes_opening_with_town_comma_publisher_and_year_take_the_title_above():
    # Reviews in History: title, authors, then "Town, Publisher, Year, ISBN: ...; 178pp.; Price: £60.00"
    b = book("Crooked Meridian: Family, Land, and Power in Colonial Kenya\nVikram Merriweather and Edwin Calloway\n"
             "London, Bloomsbury Academic, 2021, ISBN: 9781350115187; 178pp.; Price: \u00a360.00" + _REVIEW_BODY)
    assert (b.title, b.subtitle, names(b), b.publisher, b.place, b.pages) == (
        "Crooked Meridian", "Family, Land, and Power in Colonial Kenya", ["Vikram Merriweather", "Edwin Calloway"],
        "Bloomsbury Academic", "London", 178)


def test_a_bare_dollar_the_labeller_alone_read_is_the_outlets_dollar_too(monkeypatch):
    # notes the rules find nowhere: the labeller's book prices its bare "$" in the outlet's
    # dollar, and in US dollars with no outlet
    monkeypatch.setattr("catalog.pipeline.locate_notes", lambda t: Located((), t))
    text = "Under the Crooked Islands by Rosalind Ashgrove (Harbor House, $37.99) is published on 5 March."
    for outlet, currency in (("The Spinoff", "NZD"), (None, "USD")):
        b = catalog_document(Document("d", text, ReviewMetadata(outlet=outlet))).books[0]
        assert LABELLER_ONLY in b.review_reasons
        assert (b.title, prices(b)) == ("Under the Crooked Islands", [(Decimal("37.99"), currency, None)])


@pytest.mark.parametrize("label", ["Year: 2016", "Publication Date: November 2008", "Pub Date: Oct. 3, 2016"])
def test_a_sheets_year_or_publication_date_is_the_books_year(label):
    b = book(f"Title: Burning Crowns\nAuthor: Jane Doe\nPublisher: Masobe Books\n{label}\nPages: 126\nPrice: N2,500")
    assert (b.title, b.publisher, b.year) == ("Burning Crowns", "Masobe Books", int(label[-4:]))


def test_frontlines_count_after_the_word_pages_between_semicolons():
    # Frontline (India): "Title by Author; Publisher, Year; pages 171, Rs.799."
    b = book("John's Harbor: How the Telegraph Changed the World by Jane Doe; Speaking Tiger, 2012; pages 171, Rs.799.")
    assert (b.title, names(b), b.publisher, b.year, b.pages) == (
        "John's Harbor", ["Jane Doe"], "Speaking Tiger", 2012, 171)
    assert parse_trailer("The Quiet Harbor by Jane Doe (Knopf, $27). She read pages 171 to 180 twice.").pages is None


@pytest.mark.parametrize("label, role", [("Author", Role.AUTHOR), ("Editor", Role.EDITOR),
                                         ("Translator", Role.TRANSLATOR), ("Illustrator", Role.ILLUSTRATOR)])
def test_a_persons_label_under_the_title_is_a_role_phrase(label, role):
    # the Star (Malaysia): title, "Author: Jane Doe", then "Publisher: ..., 261 pages, RM60"
    b = book(f"Winter Country: Citizenship and Its Discontents\n{label}: Jane Doe\n"
             "Publisher: Buku Fixi, 261 pages, RM60")
    assert (b.title, names(b, role), b.publisher, b.pages) == ("Winter Country", ["Jane Doe"], "Buku Fixi", 261)


def test_a_translator_alone_is_no_author_found():
    # the Telegraph names the author only in its headline: notes that credit a translator or an
    # illustrator and no author are incomplete, and say so
    from catalog.parse.confidence import NO_AUTHOR, NO_AUTHOR_BESIDE
    b = book("Three Days in Krak\u00f3w, translated by Katalin V\u00f6r\u00f6s, is published by Granta at \u00a310.99."
             + _REVIEW_BODY)
    assert (b.title, names(b, Role.TRANSLATOR), b.publisher) == (
        "Three Days in Krak\u00f3w", ["Katalin V\u00f6r\u00f6s"], "Granta")
    assert NO_AUTHOR_BESIDE in b.review_reasons and NO_AUTHOR not in b.review_reasons and b.confidence == "review"
    assert NO_AUTHOR_BESIDE not in book("The Quiet Harbor by Jane Doe, translated by John Roe (Granta, \u00a310.99)"
                                        + _REVIEW_BODY).review_reasons


def test_an_illustrator_alone_is_a_doubt_of_the_readings_shape():
    # "Quimby, Ame. Wolfie the Hare. illus. by ..." (School Library Journal): the author's name,
    # printed family first with a first name no table knows, ran into the title, leaving the
    # illustrator alone; the rules doubt their reading's shape, and the labeller's title is kept
    from catalog.parse.agreement import LEARNED_KEPT
    b = book("Quimby, Ame. Wolfie the Hare. illus. by Zachary Orr. 40p. Little, Brown. Feb. 2015. Tr $17. "
             "ISBN 9780316226141.")
    assert b.title == "Wolfie the Hare" and any(r.startswith(LEARNED_KEPT) for r in b.review_reasons)


def test_a_sheets_number_of_pages_label_with_its_stop():
    # the Daily Graphic (Accra): "No. of pages: 428" under the labelled title, author and publisher
    text = ("Title: The Bishop's Almanac: A Novel\nAuthor: Abena Quaye\nPublisher: Sub-Saharan Publishers\n"
            "No. of pages: 428\nPrice: GH\u00a2150")
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.pages, [(o.price.amount, o.price.currency) for o in b.prices]) == (
        "The Bishop's Almanac", 428, [(Decimal("150"), "GHS")])


@pytest.mark.parametrize("label", ["Book name", "Name of book", "Name of the book"])
def test_a_sheets_book_name_label_names_the_title(label):
    # the Indian Express: "Book name: Halloran's Spy" / "Author: ..." / "Publisher: ..." / "Price: Rs 499"
    text = f"{label}: The Bishop's Almanac\nAuthor: Abena Quaye\nPublisher: Westland\nPages: 272\nPrice: Rs 499"
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.publisher, b.pages) == ("The Bishop's Almanac", "Westland", 272)


def test_a_spanish_journals_inverted_name_of_an_accented_capital_and_its_publisher_before_the_town():
    # Revista de Indias: "APELLIDO, Nombre: Título. Subtítulo, Editorial, Lugar, año, pp."
    text = ("Lagarde, Étienne: La plata y la cruz. Minería y trabajo en Potosí, 1570-1650, Universidad de Sevilla,"
            " Sevilla, 2011, 491 pp. ISBN: 978-84-9045-230-1.")
    parsed = parse_trailer(text)
    assert (parsed.title, parsed.subtitle, parsed.publisher, parsed.place) == (
        "La plata y la cruz", "Minería y trabajo en Potosí, 1570-1650", "Universidad de Sevilla", "Sevilla")
    assert parsed.contributors == ((Role.AUTHOR, "Étienne Lagarde"),)


@pytest.mark.parametrize("price, expected", [("95\u00a2", (Decimal("0.95"), "USD")),
                                             ("Fr. 32.\u2013", (Decimal("32"), "CHF"))])
def test_a_sheets_price_in_cents_or_francs_is_read_after_its_label(price, expected):
    # cents and the Swiss franc are read only after a mark; a sheet's label is that mark
    text = f"Title: The Quiet Harbor\nAuthor: Jane Doe\nPublisher: Diogenes\nPrice: {price}"
    b = catalog_document(Document("d", text))
    assert [(o.price.amount, o.price.currency) for o in b.books[0].prices] == [expected]


_GUARDIAN_BODY = "\n\nDoe writes with the confidence of someone who has done the reading and the legwork.\n\n"


@pytest.mark.parametrize("headline", [
    "The Quiet Harbor by Jane Doe review \u2013 a luminous debut",
    "The Quiet Harbor: A Memoir by Jane Doe review: quietly devastating",
    "\u2018The Quiet Harbor\u2019 by Jane Doe review \u2014 a luminous debut",
])
def test_the_reviews_headline_names_the_author_the_notes_leave_out(headline):
    # the Guardian, the Observer, the Telegraph: "Title by Author review – ...", and notes with no author
    notes = ("\u2022 The Quiet Harbor: A Memoir is published by Faber (\u00a314.99). To support the Guardian "
             "order your copy at guardianbookshop.com.")
    b = book(headline + _GUARDIAN_BODY + notes)
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Faber")
    assert b.confidence == "high"
    # from the review's metadata too (an NITF headline), the notes printed alone
    b = catalog_document(Document("d", notes, ReviewMetadata(headline=headline))).books[0]
    assert names(b) == ["Jane Doe"]
    # the learned reader's book takes the headline's author too, as the rules' does
    learned = _learned_book(read_notes(notes.lstrip("\u2022 ")), "", ReviewMetadata(), ("The Quiet Harbor", "Jane Doe"))
    assert learned is not None and names(learned) == ["Jane Doe"]


def test_a_headline_of_another_title_or_notes_with_their_own_author_keep_the_notes_people():
    notes = "\u2022 The Quiet Harbor is published by Faber (\u00a314.99)."
    b = book("Salt and Iron by Jane Doe review \u2013 a luminous debut" + _GUARDIAN_BODY + notes)
    assert names(b) == [] and "no author or editor found" in b.review_reasons
    b = book("The Quiet Harbor by Jane Doe review \u2013 a luminous debut" + _GUARDIAN_BODY +
             "The Quiet Harbor by John Roe (Faber, \u00a314.99)")
    assert names(b) == ["John Roe"]
    # a headline alone is no notes: nothing is made of it
    with pytest.raises(CatalogError):
        book("The Quiet Harbor by Jane Doe review \u2013 a luminous debut" + _GUARDIAN_BODY)


def test_the_list_price_named_inside_a_bookshops_offer_is_the_books():
    # the Guardian: "To order a copy for £12.99 (RRP £14.99) go to ..."; the offer's own price is not
    b = book("The Quiet Harbor by Jane Doe is published by Faber. To order a copy for \u00a312.99 "
             "(RRP \u00a314.99) go to bookshop.theguardian.com or call 0330 333 6846.")
    assert [(str(o.price.amount), o.price.currency) for o in b.offers if o.price] == [("14.99", "GBP")]


_BFK_REVIEW = ("The pacing is brisk and the short chapters make it ideal for newly independent readers. Bright, "
               "busy illustrations invite young readers to linger on every spread.")


@pytest.mark.parametrize("band", ["8-10 Junior/Middle\n\n", "14+ Secondary/Adult\n\n", ""])
def test_a_books_for_keeps_header_under_its_age_band_with_the_review_right_below(band):
    # the title, "Author, ill. Illustrator", the imprint's line, then the review with no blank line between
    b = book(f"{band}My Friend the Governess\nOmar al-Khatib, ill. Harold Thornbury\nMacmillan Children's Books, "
             f"48pp, 978 1 5271 0873 8, \u00a37.99 pbk\n{_BFK_REVIEW}")
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR), b.publisher, b.pages) == (
        "My Friend the Governess", ["Omar al-Khatib"], ["Harold Thornbury"], "Macmillan Children's Books", 48)


@pytest.mark.parametrize("text, author", [
    ("Hans van der Berg. The Quiet Harbor: A History. Oxford: Harbor House, 2019. 320 pp. $29.95.",
     "Hans van der Berg"),
    ("Ursula von der Leyen. The Quiet Harbor: A History. Oxford: Harbor House, 2019. 320 pp. $29.95.",
     "Ursula von der Leyen"),
    ("van der Berg, Hans. The Quiet Harbor: A History. Oxford: Harbor House, 2019. 320 pp. $29.95.",
     "Hans van der Berg"),
    ("de Vries, Jan. The Quiet Harbor: A History. Oxford: Harbor House, 2019. 320 pp. $29.95.", "Jan de Vries"),
    ("Van der Berg, Hans. The Quiet Harbor: A History. Oxford: Harbor House, 2019. 320 pp. $29.95.",
     "Hans Van der Berg"),
    ("Teixeira da Silva, Jo\u00e3o. The Quiet Harbor: A History. Oxford: Harbor House, 2019. 320 pp. $29.95.",
     "Jo\u00e3o Teixeira da Silva"),
    ("Doe, Mary-Kate. The Quiet Harbor: A History. Oxford: Harbor House, 2019. 320 pp. $29.95.", "Mary-Kate Doe"),
    ("Jane Doe. 1968: A History. Oxford: Harbor House, 2019. 320 pp. $29.95.", "Jane Doe"),
    ("Jean Dupont. \u00c9loge de l'ombre: A History. Paris: Harbor House, 2019. 320 p. 25 \u20ac.", "Jean Dupont"),
])
def test_academic_names_with_particles_or_joined_given_names_lead_the_title(text, author):
    """A family name opened by its particles ("Jan de Vries.", "van der Berg, Hans."), a given
    name of two joined by a hyphen ("Mary-Kate"), a title opened by a number or an accented capital."""
    b = book(text)
    assert names(b) == [author]
    assert b.subtitle == "A History" and b.publisher == "Harbor House" and b.pages == 320
    assert b.title in ("The Quiet Harbor", "1968", "\u00c9loge de l'ombre")


@pytest.mark.parametrize("text", [
    "The Quiet Harbor: A History, by Jane Doe, New York, Farrar, Straus and Giroux, 2019, xii + 320 pp., "
    "$25.00 (hardback), ISBN 978-0-19-955477-5",
    "Jane Doe, The Quiet Harbor: A History, Farrar, Straus and Giroux, New York, 2019, 320 pp., $25.00",
    "Jane Doe, The Quiet Harbor: A History, Farrar, Straus and Giroux, 2019, 320 pp., $25.00",
])
def test_a_house_whose_name_holds_commas_between_the_town_and_the_year(text):
    """Taylor & Francis's journals print "by Author, Town, House, Year", Wiley's "Author, Title,
    House, Town, Year": a comma inside "Farrar, Straus and Giroux" parts nothing."""
    b = book(text)
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "The Quiet Harbor", "A History", ["Jane Doe"], "Farrar, Straus and Giroux", 320)


def test_a_house_named_like_a_person_before_the_year_is_the_house():
    b = book("The Quiet Harbor: A History, by Jane Doe, New York, W. W. Norton, 2019, xii + 320 pp., $25.00 (hardback)")
    assert (names(b), b.publisher) == (["Jane Doe"], "W. W. Norton")


@pytest.mark.parametrize("text", [
    "Doe, Jane. The Quiet Harbor: A History. London: Harbor House, 2019. xii, 320 p. : ill. ; 24 cm. \u00a325.",
    "Doe, Jane. The Quiet Harbor: A History. London: Harbor House, 2019. 320 p. 24 cm. \u00a325.",
    "Doe, Jane. The Quiet Harbor: A History. London: Harbor House, 2019. 320 pp., 23 x 15 cm. \u00a325.",
])
def test_a_library_records_physical_description_is_understood(text):
    """ISBD's "xii, 320 p. : ill. ; 24 cm": the pictures mark the book illustrated, the size is no field."""
    b = book(text)
    assert (b.title, names(b), b.publisher, b.pages) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House", 320)
    assert b.illustrated == ("ill." in text)
    assert not any("not understood" in r for r in b.review_reasons)


@pytest.mark.parametrize("text, subtitle", [
    ("Jan Novak, M\u011bsto a jeho p\u00e1n. D\u011bjiny jedn\u00e9 rodiny, Praha, Host 2008, 412 s.",
     "D\u011bjiny jedn\u00e9 rodiny"),
    ("Jan Novak, M\u011bsto a jeho p\u00e1n, Praha, Host 2008, 412 s.", None),
    ("Jan Novak, M\u011bsto a jeho p\u00e1n. D\u011bjiny jedn\u00e9 rodiny, Praha 2008, Host, 412 s.",
     "D\u011bjiny jedn\u00e9 rodiny"),
    ("Jan Novak, M\u011bsto a jeho p\u00e1n, Praha 2008, Host, 412 s.", None),
    ("Jan Novak, M\u011bsto a jeho p\u00e1n. D\u011bjiny jedn\u00e9 rodiny, Host, Praha 2008, 412 s.",
     "D\u011bjiny jedn\u00e9 rodiny"),
])
def test_the_town_and_year_in_the_european_journals_other_orders(text, subtitle):
    """"Town, Publisher Year" (Czech, German), "Town Year, Publisher" (Polish, German) and
    "Publisher, Town Year" after a subtitle: the known town leads or closes the imprint."""
    b = book(text)
    assert (b.title, b.subtitle, names(b), b.publisher, b.place, b.pages) == (
        "M\u011bsto a jeho p\u00e1n", subtitle, ["Jan Novak"], "Host", "Praha", 412)


def test_a_word_no_table_knows_as_a_town_stays_the_titles():
    # "..., Kronika, Host 2008": the word before the house is no known town, so it stays in the title
    b = book("Jan Novak, M\u011bsto a jeho p\u00e1n, Kronika, Host 2008, 412 s.")
    assert (b.title, b.place, b.publisher) == ("M\u011bsto a jeho p\u00e1n, Kronika", None, "Host")


_REVIEW_BELOW = ("\n\nIt would be easy to call this a quiet book, but that would undersell its anger. By the final"
                 " third, the tension is almost unbearable.\n\nShelby Dorsey")


@pytest.mark.parametrize("notes, title, people, house", [
    # the Brooklyn Rail: the author, the title, the house and year in brackets, one a line
    ("Sharmila Banerjee\nThe Seamstress of Varna Street\n(New Directions, 2019)", "The Seamstress of Varna Street",
     ["Sharmila Banerjee"], "New Directions"),
    ("Nadia el-Khoury\nThe Chandler's Wife\nTranslated by Dwight Strickland\n(Open Letter, 2019)",
     "The Chandler's Wife", ["Nadia el-Khoury", "Dwight Strickland"], "Open Letter"),
    # Full Stop: the title and byline, the house and year in square brackets, a translator's line between
    ("What the Heron Kept by Vivek Bhatnagar\n[Melville House; 2019]", "What the Heron Kept", ["Vivek Bhatnagar"],
     "Melville House"),
    ("The Sugar Chemist by Zofia Grabowska\ntr. Maxine Albright\n[Open Letter; 2021]", "The Sugar Chemist",
     ["Zofia Grabowska", "Maxine Albright"], "Open Letter"),
    # the Chicago Review of Books: the house over the publication date's line
    ("Harrowgate Lane by Dov Schatz\nHarper\nPublished Jan. 10, 2021", "Harrowgate Lane", ["Dov Schatz"], "Harper"),
    ("The Understudy's Winter\nBy Renata Abernathy\nAlgonquin Books\nPublished March 20, 2017",
     "The Understudy's Winter", ["Renata Abernathy"], "Algonquin Books"),
    # Strange Horizons, Meanjin: the author first, one line, no price
    ("Jolene Bledsoe, Children of the Long Dark (Angry Robot, 2009)", "Children of the Long Dark",
     ["Jolene Bledsoe"], "Angry Robot"),
    ("Stavros Zervos, The Opal Cutter, UQP, 2020", "The Opal Cutter", ["Stavros Zervos"], "UQP"),
])
def test_notes_with_no_price_stacked_or_on_one_line_above_the_review(notes, title, people, house):
    b = book(notes + _REVIEW_BELOW)
    assert (b.title, [p.display for p in b.contributors], b.publisher) == (title, people, house)
    assert "Dorsey" not in b.printed_notes


def test_a_headline_over_its_byline_and_words_or_a_town_in_brackets_are_no_notes():
    assert book("Letters from Home\nBy John Smith\n(Harbor Review, 2019)" + _REVIEW_BELOW).publisher == "Harbor Review"
    with pytest.raises(CatalogError):   # words in small letters are no house's
        book("Letters from Home\nBy John Smith\n(staff writer, 2019)" + _REVIEW_BELOW)
    with pytest.raises(CatalogError):   # a town with its year is no house's
        book("Letters from Home\nBy John Smith\n(London, 2019)" + _REVIEW_BELOW)
    with pytest.raises(CatalogError):   # lines that name no author above the brackets are no title's
        book("Corrections\nAn earlier version of this review misstated a date.\n(Harbor Review, 2019)"
             + _REVIEW_BELOW)


@pytest.mark.parametrize("text, price", [
    ("The Quiet Harbor\nBy Jane Doe\nRoutledge & Kegan Paul, 35s", Decimal("1.75")),
    ("THE QUIET HARBOR: A History\nBy Jane Doe\nFalmer Press Pounds 16.99 - 0 302 58008 5", Decimal("16.99")),
])
def test_a_stacked_imprints_shillings_or_archived_pounds_open_the_notes(text, price):
    """"35s" (before decimal coinage) and "Pounds 16.99" (the TES as archived) are prices the
    quick gate must let through; an ISBN after a spaced dash is the notes' too."""
    b = book("A review of a history\n\nJohn Roe\n\n" + text + _REVIEW_BELOW.replace("Shelby Dorsey", ""))
    assert (b.title, names(b), prices(b)[0][0]) == ("The Quiet Harbor", ["Jane Doe"], price)
    assert b.isbns == (("9780302580080",) if "0 302" in text else ())


def test_books_listed_above_an_imprint_priced_each_share_it():
    """'TITLE. By X.' / 'TITLE. By Y.' / '(Secker & Warburg. 9s. each.)' — British weeklies' round-ups."""
    text = ("NEW NOVELS\n\nNINE LETTERS TO OTTOLINE. By Lydia Amberley.\nFOXGLOVE ACCOUNTS. By Louisa Tregaskis.\n"
            "(Secker & Warburg. 9s. each.)\n\nThere is a fine description of a storm at sea. The plot is slight.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher, prices(b)[0][0]) for b in books] == [
        ("Nine Letters to Ottoline", ["Lydia Amberley"], "Secker & Warburg", Decimal("0.45")),
        ("Foxglove Accounts", ["Louisa Tregaskis"], "Secker & Warburg", Decimal("0.45"))]
    assert not any("not understood" in r for b in books for r in b.review_reasons)
    # an imprint not priced "each" is its own book's alone
    single = catalog_document(Document("d", text.replace(" each.)", ".)"))).books
    assert single[0].publisher is None and single[1].publisher == "Secker & Warburg"



def test_an_each_imprint_is_given_to_no_book_with_its_own():
    text = ("NINE LETTERS TO OTTOLINE. By Lydia Amberley. (Cape. 10s. 6d.)\nFOXGLOVE ACCOUNTS. By Louisa Tregaskis.\n"
            "(Secker & Warburg. 9s. each.)\n\nThere is a fine description of a storm at sea. The plot is slight.")
    books = catalog_document(Document("d", text)).books
    assert [(b.publisher, prices(b)[0][0]) for b in books] == [
        ("Cape", Decimal("0.525")), ("Secker & Warburg", Decimal("0.45"))]



def test_shillings_and_pence_in_a_review_after_decimal_coinage_are_no_price():
    """"Our rating: 3/5" is no 3s. 5d.; and a review printed after 1972 quotes any shillings as an old price."""
    text = "The Quiet Harbor\nby Jane Doe\nHarbor House\nHardcover, 212 pages, $26.99\nOur rating: 3/5\n\nIt is long."
    assert prices(book(text)) == [(Decimal("26.99"), "USD", None)]
    old = "THE QUIET HARBOR. By Jane Doe. (Cape, 12s. 6d.)"
    for date, found in (("1961-05-01", [Decimal("0.625")]), ("2004-05-01", []), (None, [Decimal("0.625")])):
        b = catalog_document(Document("d", old, ReviewMetadata(date=date))).books[0]
        assert [p[0] for p in prices(b)] == found, date


def test_illustrated_between_the_imprints_commas():
    b = book("The Quiet Harbor\nJane Doe\nDelacorte Press, illustrated, $30")
    assert (b.publisher, b.illustrated, prices(b)) == ("Delacorte Press", True, [(Decimal("30"), "USD", None)])


@pytest.mark.parametrize("text, outlet, price", [
    ("\"Let Them Eat Quarry\" by Parbattie Khan (Penguin, 2013) is available at the Water Street Bookshop "
     "for G$4,000.",
     "Stabroek News", (Decimal("4000"), "GYD", None)),
    ("The Tea Planter's Ledger by Lasantha de Silva, published by Stamford Lake, is available at leading bookshops "
     "for Rs. 1,800.", "Daily FT, Colombo", (Decimal("1800"), "LKR", None)),
])
def test_where_the_book_is_sold_and_its_price_close_the_notes_sentence(text, outlet, price):
    """Caribbean and Sri Lankan papers say where to buy the book, at its price, in the sentence
    the notes open: with no other price, that one is the book's."""
    b = catalog_document(Document("d", "A long review of the book.\n\n" + text, ReviewMetadata(outlet=outlet))).books[0]
    assert prices(b) == [price] and b.publisher in ("Penguin", "Stamford Lake")
    assert not any("not understood" in r for r in b.review_reasons)


def test_a_shops_price_after_the_notes_own_is_its_offer():
    b = book("A long review.\n\nThe Quiet Harbor by Jane Doe (Harbor House, $37.99) is available at Unity Books "
             "for $35.")
    assert prices(b) == [(Decimal("37.99"), "USD", None)]


@pytest.mark.parametrize("text", [
    "Jean Dupont, \u00c9loge de l'ombre, Paris, Gallimard, 2019, 320 p.",
    "Jean Dupont: \u00c9loge de l'ombre. Paris: Gallimard 2019. 320 S.",
    "Jean Dupont. 2019. \u00c9loge de l'ombre. Paris: Gallimard. 320 p.",
])
def test_a_title_opening_with_an_accented_capital_after_its_author(text):
    b = book(text)
    assert (b.title, names(b), b.publisher) == ("\u00c9loge de l'ombre", ["Jean Dupont"], "Gallimard")
    assert "no author or editor found" not in b.review_reasons


def test_a_segment_naming_no_town_before_a_commas_house_opens_no_imprint():
    # "Volume Two" before "Farrar, Straus and Giroux, 2019" is no town: it starts no imprint
    b = book("The Quiet Harbor, by Jane Doe, Volume Two, Farrar, Straus and Giroux, 2019, 320 pp., $25.00")
    assert not (b.publisher or "").startswith("Volume Two")


def test_an_author_first_entry_takes_no_headline_above_it_and_no_town_for_its_house():
    text = ("Heartbreak, beautifully told\n\nMarcus Varley\n\nStavros Zervos, The Opal Cutter, UQP, 2020\n"
            "Lionel Tilney, Cicada Summer, UQP, 2020" + _REVIEW_BELOW)
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher) for b in books] == [
        ("The Opal Cutter", ["Stavros Zervos"], "UQP"), ("Cicada Summer", ["Lionel Tilney"], "UQP")]
    # a town where the house would stand: the entry is not read as author, title, house and year
    assert parse_trailer("Stavros Zervos, The Opal Cutter, London, 2020").publisher != "London"


@pytest.mark.parametrize("price", ["RRP\u00a325.95", "RRP \u00a325.95", "rrp \u00a325.95"])
def test_the_price_label_after_a_house_named_like_a_person(price):
    # the FT: "by Jane Doe, John Murray, RRP£25.95, 180 pages" — the label opens the items
    b = book(f"Who Owns the Sea?, by Jane Doe, John Murray, {price}, 180 pages")
    assert (names(b), b.publisher, b.pages, [o.price.amount for o in b.prices]) == (
        ["Jane Doe"], "John Murray", 180, [Decimal("25.95")])


@pytest.mark.parametrize("stack, title, author, house", [
    ("Paper Lanterns\nPumla Meyer\nNB Publishers\nR320", "Paper Lanterns", "Pumla Meyer", "NB Publishers"),
    ("CITIES OF THE PLAIN\nWiti Perkins\nPenguin Random House\n$30", "CITIES OF THE PLAIN", "Witi Perkins",
     "Penguin Random House"),
    ("The Quiet Harbor\nSindiwe Okoro-Meyer\nHarbor Publishers\n$35", "The Quiet Harbor", "Sindiwe Okoro-Meyer",
     "Harbor Publishers"),
])
def test_a_house_stacked_under_a_line_shaped_as_a_name(stack, title, author, house):
    # South African and New Zealand papers: title, author, house and price, one a line; the
    # author's given name need not be one the tables know
    p = parse_trailer(stack)
    assert (p.title, [name for _, name in p.contributors], p.publisher) == (title, [author], house)


@pytest.mark.parametrize("offer", [", buy the book for \u00a317.85 at books.telegraph.co.uk or call 0844 871 1514",
                                   ". Buy the book for \u00a317.85 at books.telegraph.co.uk",
                                   "; to order for \u00a317.85 call 0844 871 1514"])
def test_the_papers_offer_after_a_comma_is_no_list_price(offer):
    # the Telegraph: the list price, then the paper's bookshop's price in the same sentence
    b = catalog_document(Document("d", f"Winter Orchards\nby Jane Doe\n491pp, Virago, RRP \u00a321.00{offer}")).books[0]
    assert (b.publisher, b.pages, [o.price.amount for o in b.prices]) == ("Virago", 491, [Decimal("21.00")])


@pytest.mark.parametrize("outlet, currency, reason", [
    ("Politiken", "DKK", None), ("Aftenposten", "NOK", None), ("Svenska Dagbladet", "SEK", None),
    ("Weekendavisen", "DKK", None), ("Morgenbladet", "NOK", None),
    # "Information", a Danish paper's name, is a common word: it names no country
    ("Information", "SEK", UNNAMED_KRONE), (None, "SEK", UNNAMED_KRONE)])
def test_a_bare_kr_is_the_crown_of_the_country_the_outlet_names(outlet, currency, reason):
    metadata = ReviewMetadata(outlet=outlet) if outlet else ReviewMetadata()
    b = catalog_document(Document("d", "Jane Doe: Den lange nat. Harbor Forlag, 320 sider, 249,95 kr.",
                                  metadata)).books[0]
    assert (b.publisher, b.pages, [(o.price.amount, o.price.currency) for o in b.offers if o.price]) == (
        "Harbor Forlag", 320, [(Decimal("249.95"), currency)])
    assert [r for r in b.review_reasons if "bare 'kr'" in r] == ([reason] if reason else [])


def test_a_bare_kr_is_the_crown_of_the_country_the_imprint_names():
    text = "Jane Doe: Den lange nat. Aarhus Universitetsforlag, 320 sider, 249,95 kr."
    b = catalog_document(Document("d", text)).books[0]
    assert [o.price.currency for o in b.offers if o.price] == ["DKK"]
    assert IMPRINT_MARK.format("kr", "DKK") in b.review_reasons


@pytest.mark.parametrize("place, state", [("Cambridge", "Mass."), ("New Haven", "Conn."), ("Berkeley", "Calif.")])
def test_a_towns_state_inside_a_list_of_towns(place, state):
    # JEL and Isis: "Cambridge, Mass. and London: MIT Press, 2011. Pp. xxvi, 432."
    b = book(f"Doe, Jane. The Quiet Harbor: Essays. {place}, {state} and London: Harbor University Press, 2011. "
             "Pp. xxvi, 432. $80.00, cloth.")
    assert (b.title, b.subtitle, names(b), b.publisher, b.place, b.pages) == (
        "The Quiet Harbor", "Essays", ["Jane Doe"], "Harbor University Press", f"{place}, {state} and London", 432)


@pytest.mark.parametrize("text, title, people", [
    # Dutch papers: "Name: Title. Vert. Translator."
    ("Jane Doe: De verloren stad. Een biografie. Vert. Pieter van Dijk. Wereldbibliotheek, 497 blz. \u20ac 35,99",
     "De verloren stad", [(Role.AUTHOR, "Jane Doe"), (Role.TRANSLATOR, "Pieter van Dijk")]),
    # Polish journals: "Title, red. Editor"; "i" joins two names
    ("Król i szlachta, red. Anna Nowak, Znak, Kraków 2020, ss. 256.", "Król i szlachta",
     [(Role.EDITOR, "Anna Nowak")]),
    ("Historia Polski. Studia z dziejów XVI wieku, red. Ewa Lis i Anna Nowak, Kraków: Znak, 2011, 462 s.",
     "Historia Polski", [(Role.EDITOR, "Ewa Lis"), (Role.EDITOR, "Anna Nowak")]),
    # Spanish journals: "ed. de", "y" joins two names
    ("La patria en el exilio, ed. de Isabel García y Pedro Gómez, Barcelona, Anagrama, 2019, 320 pp.",
     "La patria en el exilio", [(Role.EDITOR, "Isabel García"), (Role.EDITOR, "Pedro Gómez")]),
    # German: "Aus dem Amerikanischen übers. von"
    ("Jane Doe: Gott, Staat und Gesellschaft. Aus dem Amerikanischen übers. von Martina Weiß. "
     "Tübingen: Mohr Siebeck 2019. 320 S.", "Gott, Staat und Gesellschaft",
     [(Role.AUTHOR, "Jane Doe"), (Role.TRANSLATOR, "Martina Weiß")]),
])
def test_the_role_words_of_dutch_polish_spanish_and_german_notes(text, title, people):
    p = parse_trailer(text)
    assert (p.title, list(p.contributors)) == (title, people)


@pytest.mark.parametrize("outlet", ["Telegraph-Journal", "The Province", "Regina Leader-Post", "Kingston Whig-Standard",
                                    "The Chronicle Herald", "The London Free Press", "Saturday Night"])
def test_canadian_regional_papers_price_in_their_dollar(outlet):
    # their names say no province: each is known by name
    b = catalog_document(Document("d", "Winter Orchards by Jane Doe (Harbor House, 407 pages, $38)",
                                  ReviewMetadata(outlet=outlet))).books[0]
    assert [(o.price.amount, o.price.currency) for o in b.offers if o.price] == [(Decimal("38"), "CAD")]


@pytest.mark.parametrize("printed", ["$35 Cdn", "$35 in Canada", "$35 Cdn."])
def test_a_dollars_country_after_it(printed):
    b = book(f"Why We Remember by Jane Doe (Harbor House, {printed})")
    assert [(o.price.amount, o.price.currency) for o in b.prices] == [(Decimal("35"), "CAD")]


def test_a_paperbacks_cents_after_the_point_alone():
    # "$3.95; paperbound, $.95." — mid-century papers
    b = book("The Quiet Harbor. By Jane Doe. 302 pp. New York: Harbor House. $3.95; paperbound, $.95.")
    assert [o.price.amount for o in b.prices] == [Decimal("3.95"), Decimal("0.95")]


@pytest.mark.parametrize("house", ["Henry Regnery", "David R. Godine", "Marion Boyars", "Hamish Hamilton Canada"])
def test_a_house_named_like_a_person_after_the_author(house):
    b = book(f"Where the Rivers Meet, by Jane Doe, {house}, 255 pages, $27.95.")
    assert (names(b), b.publisher) == (["Jane Doe"], house)


@pytest.mark.parametrize("heading", ["What we're selling: ", "Here's what we're reading this week: ",
                                     "Local best-sellers\nThe week's top sellers at Harbor Books:\n",
                                     "Also recommended: ", "Also received: "])
def test_a_lists_heading_is_no_part_of_the_first_title(heading):
    # bookshops' and papers' lists print a heading in a sentence's words before the first book
    books = [catalog_document(Document("d", f"{heading}The Quiet Harbor by Jane Doe (Harbor House, $26); "
                                            "Far Fields by John Roe (Harbor House, $30)")).books[0]]
    assert [(b.title, b.subtitle, names(b)) for b in books] == [("The Quiet Harbor", None, ["Jane Doe"])]


@pytest.mark.parametrize("sentence", ["Series fans will welcome ", "For something lighter, try ",
                                      "Nobody should miss "])
def test_a_sentence_hands_over_to_the_author_in_the_possessive(sentence):
    # a round-up's sentence, its last word in small letters, then "Jane Doe's The Quiet Harbor"
    b = book(f"{sentence}Malcolm Hollings's An Autumn in Greyhaven (Mysterious Press, $13.50). It reads fast.")
    assert (b.title, names(b)) == ("An Autumn in Greyhaven", ["Malcolm Hollings"])


def test_a_possessive_in_a_title_after_a_word_in_capitals_stays():
    # no sentence before: a capitalized word or a title's small word hands over to no author
    for text in ("Walking with Charles Darwin's Garden by Jane Doe (Faber, \u00a39.99)",
                 "Finding Charles Darwin's Garden by Jane Doe (Faber, \u00a39.99)"):
        b = book(text)
        assert (b.title, names(b)) == (text.split(" by ")[0], ["Jane Doe"])


@pytest.mark.parametrize("title, subtitle", [("Our Mutual Friend", "A Study"), ("What We Carry", "A Memoir"),
                                             ("All Our Yesterdays", "Notes on Maps"), ("Everything You Need", "Poems")])
def test_a_title_in_capitals_with_a_pronoun_keeps_its_words(title, subtitle):
    b = book(f"{title}: {subtitle} by Jane Doe (Harbor House, $25)")
    assert (b.title, b.subtitle) == (title, subtitle)


_CHART = ("HARDCOVER NONFICTION\n1 (6) THE QUIET HARBOR, by Jane Doe. (Harbor House, $25.95.) 18 weeks on list.\n"
          "2 (1) FAR FIELDS, by John Roe. (Harbor House, $26.99.) 15 weeks on list.\n"
          "3 12 YEARS A SLAVE, by Ann Lee. (Harbor House, $32.) 1 week on list.")


def test_a_best_seller_charts_columns_are_no_titles_words():
    # Publishers Weekly, the NYT: this week's rank, last week's, and the weeks on the list
    books = catalog_document(Document("d", _CHART)).books
    assert [(b.title, names(b), b.publisher) for b in books] == [
        ("The Quiet Harbor", ["Jane Doe"], "Harbor House"), ("Far Fields", ["John Roe"], "Harbor House"),
        ("12 Years a Slave", ["Ann Lee"], "Harbor House")]
    assert all(b.confidence == "review" for b in books)


def test_a_title_opening_with_a_number_outside_a_chart_keeps_it():
    text = ("12 Years a Slave by Jane Doe (Harbor House, $15)\n\nIt spent weeks on the list, and 12 More Years "
            "by John Roe (Harbor House, $16) followed.")
    b = catalog_document(Document("d", text)).books[0]
    assert b.title == "12 Years a Slave"


@pytest.mark.parametrize("place, state", [("Cambridge", "Mass."), ("New Haven", "Conn.")])
def test_a_towns_state_inside_a_citations_list_of_towns(place, state):
    # a citation's imprint with no price or count: "Cambridge, Mass. and London: Harvard University Press, 2019."
    p = parse_trailer(f"The Quiet Harbor. By Jane Doe. {place}, {state} and London: Harbor University Press, 2019.")
    assert (p.title, p.publisher, p.place) == (
        "The Quiet Harbor", "Harbor University Press", f"{place}, {state} and London")


@pytest.mark.parametrize("printed, publisher", [
    ("(Chatto andWindus. 7s. 6d.)", "Chatto and Windus"), ("(Farrar &Rinehart, $2.50)", "Farrar & Rinehart"),
    ("Doubleday,Doran. $2.50.", "Doubleday, Doran"), ("(Longmans,Green and Co., 12s. 6d.)", "Longmans, Green and Co."),
    ("New York: G. P.Putnam's Sons, 1919. Pp. 226. $3.50.", "G. P. Putnam's Sons"),
    ("New York: Harper& Brothers. 1911. Pp. 184. $2.25.", "Harper & Brothers"),
    ("Boston: A.A.Balkema Publishers, 1989. Pp. 344. $45.", "A.A.Balkema Publishers"),   # initials closed up as printed
])
def test_the_spaces_ocr_lost_inside_a_houses_name_are_put_back(printed, publisher):
    assert book(f"THE QUIET HARBOR. By Jane Doe. {printed}").publisher == publisher
    # a labelled sheet's house, read apart from the notes' own mending
    sheet = "Title: The Quiet Harbor\nAuthor: Jane Doe\nPublisher: Doubleday,Doran\nPrice: $2.50"
    assert book(sheet).publisher == "Doubleday, Doran"


@pytest.mark.parametrize("notes, pages, price", [
    # the JEH: the first edition's year after the imprint, then the price and a bare ISBN
    ("The Quiet Harbor. By Jane Doe. Pp. xxix + 322. Liverpool: Harbor University Press, 2001 (first publ. 1982). "
     "\u00a370.50. 0 306 40615 2.", 322, (Decimal("70.50"), "GBP")),
    # a numbered series between the count and the price
    ("The Quiet Harbor. By Jane Doe. Durham, NC: Harbor University Press, 1986. Pp. xxx + 334. (Studies in "
     "Maritime History of the Ancient and the Modern World, 81.) $32.50.", 334, (Decimal("32.50"), "USD")),
])
def test_the_notes_run_on_past_a_first_editions_year_or_a_series_to_the_price(notes, pages, price):
    b = book(notes)
    assert (b.title, b.publisher, b.pages, b.confidence) == (
        "The Quiet Harbor", "Harbor University Press", pages, "high")
    assert [(o.price.amount, o.price.currency) for o in b.offers if o.price] == [price]


def test_one_house_for_two_books_listed_before_it():
    # the NYT Book Review: "A, by X (411 pp.; $26) and B, by Y (196 pp.; $28), both Harper."
    text = ("Love in a Cold Season, by Jane Doe (411 pp.; $26) and Who Owns the Sea?, by John Roe (196 pp.; $28), "
            "both Harper.\n\nThe two books share a subject.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher, b.pages, b.confidence) for b in books] == [
        ("Love in a Cold Season", ["Jane Doe"], "Harper", 411, "high"),
        ("Who Owns the Sea?", ["John Roe"], "Harper", 196, "high")]
    # "(both Allen Lane, £25 each)": the house, without the word that shares it
    assert {b.publisher for b in catalog_document(Document(
        "d", "The Age of Drift by Jane Doe and After the Boom by John Roe (both Allen Lane, \u00a325 each)")).books} \
        == {"Allen Lane"}


@pytest.mark.parametrize("notes, publisher, place, pages", [
    # the Geographical Journal: the book's size in inches before its count
    ("The Quiet Harbor. By Jane Doe. Oxford: Harbor House 1951. 8\u00bd x 5\u00bd inches; xxxiii + 206 pages; "
     "index. 25s.", "Harbor House", "Oxford", 206),
    ("The Quiet Harbor. By Jane Doe. London: Harbor House 1921. 9 x 6 inches; xxii + 480 pages. 5s.",
     "Harbor House", "London", 480),
    # the American Mercury's check list: the size in inches, unnamed, after the price, the imprint last
    ("THE QUIET HARBOR, by Jane Doe. $4.50. 8 x 5\u00bd; 296 pp. New York: Harbor House.",
     "Harbor House", "New York", 296),
    ("THE QUIET HARBOR, by Jane Doe. $3.95. 7\u00be x 5\u00bc; 368 pp. Boston: Little, Brown.",
     "Little, Brown", "Boston", 368),
    # French journals of the 1900s: the format, then the count after its roman front matter and a hyphen
    ("DOE (Jane). \u2014 Le Port tranquille. Politique et religion. Paris, Picard, 1911 ; in-4\u00b0, XI-296 p.",
     "Picard", "Paris", 296),
    ("DOE (Jane). \u2014 Le Port tranquille. Paris, Presses universitaires de France, 1908 ; in-16, XXII-360 p.",
     "Presses universitaires de France", "Paris", 360),
])
def test_the_books_size_or_format_before_its_count_is_no_publisher(notes, publisher, place, pages):
    p = parse_trailer(notes)
    assert (p.publisher, p.place, p.pages) == (publisher, place, pages)
    assert locate_notes(f"{notes}\n\nThe novel opens on a wharf.").trailers == (notes,)


@pytest.mark.parametrize("imprint, publisher", [
    ("New York: G. P. Putnam's Sons.", "G. P. Putnam's Sons"), ("Philadelphia: J. B. Lippincott.", "J. B. Lippincott")])
def test_a_town_and_house_closing_the_line_after_the_count_are_the_notes(imprint, publisher):
    notes = f"THE QUIET HARBOR, by Jane Doe. $2.50. 9 x 6; 216 pp. {imprint}"
    assert locate_notes(notes).trailers == (notes,)
    assert parse_trailer(notes).publisher == publisher
    # a town no table knows before it is no imprint's: the line's words after the items stay out
    assert locate_notes("THE QUIET HARBOR, by Jane Doe. $2.50. 216 pp. Harbor Lights: Knopf.").trailers == (
        "THE QUIET HARBOR, by Jane Doe. $2.50. 216 pp.",)


@pytest.mark.parametrize("imprint, place", [("New York:Harbor House", "New York"),
                                            ("Garden City, N.Y.:Harbor House", "Garden City, N.Y.")])
def test_an_imprints_colon_with_the_space_ocr_lost(imprint, place):
    p = parse_trailer(f"The Quiet Harbor. By Jane Doe. {imprint}. 1932. Pp. xx, 456. $4.25.")
    assert (p.title, p.place, p.publisher, p.pages) == ("The Quiet Harbor", place, "Harbor House", 456)


@pytest.mark.parametrize("text, title, author", [
    ("Memorials of Strathnaver. By the Rev. Angus Gunn. Edinburgh: Oliphant, Anderson and Ferrier, 1904. 200 pp.",
     "Memorials of Strathnaver", "Rev. Angus Gunn"),
    ("THE HARBOR LIGHTS. By the Hon. Mrs. Jane Doe. London: John Murray, 1912. 320 pp. 10s. 6d.", "The Harbor Lights",
     "Hon. Mrs. Jane Doe"),
    ("Poems. By the late John Roe. London: John Murray, 1820. 320 pp.", "Poems", "John Roe"),
])
def test_the_article_before_a_clergymans_or_a_peers_style_opens_the_byline(text, title, author):
    """'By the Rev. Angus Gunn': the lowercase article opens a name here, and is no part of it."""
    b = book(text)
    assert (b.title, b.subtitle, names(b)) == (title, None, [author])


def test_the_article_before_other_words_opens_no_byline():
    assert names(book("Memoirs. By the Author of Waverley. Edinburgh: Constable, 1820. 320 pp.")) == []
    assert parse_trailer("Tales. By the Sea Captain. Knopf, 2001. 300 pp. $25.").contributors == ()
    assert parse_trailer("Poems. By the Later Romantics. London: Murray, 1820. 320 pp.").contributors == ()


@pytest.mark.parametrize("degree", ["M.A.", "D.D.", "LL.D.", "B.A.", "F.R.S."])
def test_a_degree_after_the_bylines_comma_takes_the_stop_before_the_place(degree):
    """'By Alexander Maclure, M.A. Edinburgh: Blackwood': the degree's stop ends the byline, so
    the place is Edinburgh, not 'M.A. Edinburgh'."""
    b = book(f"THE BIBLE IN THE HIGHLANDS. By Alexander Maclure, {degree} Edinburgh: Blackwood, 1887. 320 pp. 7s. 6d.")
    assert (names(b), b.place, b.publisher, b.pages) == (["Alexander Maclure"], "Edinburgh", "Blackwood", 320)


@pytest.mark.parametrize("text, publisher, pages, illustrated, price", [
    # the plates ("pl."), a series numbered by its tome after the count, a label before the Belgian franc
    ("Pierre Vandenberghe, Les affranchis de Pomp\u00e9i. \u00c9tude d'histoire sociale. Bruxelles, Latomus, 1990."
     " 1 vol. 16 \u00d7 24 cm, 268 p., 12 pl. (Collection Latomus, 214). Prix : 1.800 FB.", "Latomus", 268, True,
     (Decimal("1800"), "BEF")),
    ("Jean-Luc Dessart, Les chanoines de Saint-Lambert. \u00c9tude prosopographique. Bruxelles, Palais des"
     " Acad\u00e9mies, 1977 ; un vol. in-8\u00b0, 312 p. (Acad\u00e9mie royale de Belgique. M\u00e9moires de la"
     " Classe des Lettres, 2e s\u00e9rie, t. LXIII). Prix : 850 FB.", "Palais des Acad\u00e9mies", 312, False,
     (Decimal("850"), "BEF")),
    # the size in centimetres with no unit, "Prix :" with French spacing
    ("Jean de La Motte. \u2014 La Justice du roi. Les \u00e9lites de la France. Paris, \u00c9ditions de l'EHESS, 1991."
     " 13,5 \u00d7 21,5, 244 p. Prix : 218 FF.", "\u00c9ditions de l'EHESS", 244, False, (Decimal("218"), "FRF")),
    # maps, in French and German
    ("Jean Doe, L'Empire des livres, Paris, Les Belles Lettres, 1995, 358 p., cartes, 99 FF.", "Les Belles Lettres",
     358, True, (Decimal("99"), "FRF")),
    ("Jane Doe, Der Hafen. Berlin: Akademie Verlag, 1990. 216 S., 8 Taf., 3 Karten, DM 48.", "Akademie Verlag", 216,
     True, (Decimal("48"), "DEM")),
])
def test_french_belgian_and_german_journals_imprints(text, publisher, pages, illustrated, price):
    b = book(text)
    assert (b.publisher, b.pages, b.illustrated, prices(b)) == (publisher, pages, illustrated, [(*price, None)])
    assert len(catalog_document(Document("d", text)).books) == 1   # the tome's series starts no book
    assert not parse_trailer(text).unparsed


def test_a_french_journals_name_a_stop_and_a_dash_before_the_title():
    """'Jean de La Motte. — La Justice du roi.' (the Revue historique's form): the name, its stop, a dash."""
    for name in ("Olivier Roussel", "Olivier ROUSSEL"):   # the family name in capitals too
        b = book(f"{name}. \u2014 Les Voix de l'exil. Pouvoir et soci\u00e9t\u00e9 \u00e0 Toulouse. Paris, La"
                 " D\u00e9couverte, 1991. 16 x 24, 573 p. Prix : 175 FF.")
        assert (b.title, b.subtitle, names(b), b.publisher) == (
            "Les Voix de l'exil", "Pouvoir et soci\u00e9t\u00e9 \u00e0 Toulouse", ["Olivier Roussel"],
            "La D\u00e9couverte")


def test_a_tomes_series_is_the_books_series():
    p = parse_trailer("Jean Doe, Le Port. Bruxelles, Palais, 1977, 312 p. (Acad\u00e9mie royale de Belgique."
                      " M\u00e9moires de la Classe des Lettres, 2e s\u00e9rie, t. LXIII). 850 FB.")
    assert p.series == ("Acad\u00e9mie royale de Belgique. M\u00e9moires de la Classe des Lettres, 2e s\u00e9rie,"
                        " t. LXIII")


def test_a_town_printed_alone_before_the_year_is_the_place():
    """"By J. H. Ormerod. London, 1895." names the town and no house; "Stanford, 2009." (Choice) and
    "(Oxford, $24.95)" name a university press by its town, and stay the publisher."""
    b = book("The Admiralty under Charles the Second. By J. H. Ormerod. London, 1895.")
    assert (b.publisher, b.place) == (None, "London")
    b = book("Barnes, Daniel. What Is a Nation?: How the West Was Sold. Stanford, 2009. 459p bibl afp ISBN"
             " 9780262998475, $85.50")
    assert (b.publisher, b.place) == ("Stanford", None)


@pytest.mark.parametrize("text, illustrated", [
    ("ENGLISH PEWTER. By Arthur Dunstable. With 64 Plates. (B. T. Batsford. 25s. net.)", True),
    ("THE HARBOR. By Jane Doe. With 12 photographs. (Cape. 10s. 6d.)", True),
])
def test_the_pictures_counted_after_with_are_no_co_author(text, illustrated):
    b = book(text)
    assert (names(b), b.illustrated) == ([text.split("By ")[1].split(".")[0]], illustrated)
    # a word no table reads as pictures stays a name, for review
    assert "32 photogruphs" in names(book("THE HARBOR. By Jane Doe. With 32 photogruphs. (Cape. 10s. 6d.)"))


@pytest.mark.parametrize("text, publisher, place, pages", [
    ("THE ADIRONDACK GUIDES. By Ansel B. Putney. New York : D. Appleton & Co. 1889. 12mo, pp. 214.",
     "D. Appleton & Co.", "New York", 214),
    ("Studies in the Old French Epic. By Frederick Marsh Gale. Boston: Ginn & Co., 1893. 8vo, pp. x, 196.",
     "Ginn & Co.", "Boston", 196),
    ("The Annals of Ballymore. By Patrick J. Dunne. Dublin: M. H. Gill & Son. 1912. 8vo. Pp. xii + 196. 3s. 6d.",
     "M. H. Gill & Son", "Dublin", 196),
    # the size after the title, the house after the items (a British list): the size opens the imprint
    ("JAGGER (Iris). The Map of Quiet Rooms. 8vo, pp. 471, 6s. Secker & Warburg", "Secker & Warburg", None, 471),
])
def test_the_old_sizes_by_the_sheets_folds_are_no_publisher(text, publisher, place, pages):
    b = book(text)
    assert (b.publisher, b.place, b.pages) == (publisher, place, pages)


@pytest.mark.parametrize("text, author, place", [
    # the degree closes the name with no stop before the first item
    ("THE LAIRDS OF LOCHABER. By Alexander MacLure, B.D. Pp. xii, 284. Edinburgh: William Blackwood & Sons. 1906."
     " 7s. 6d. net.", "Alexander MacLure", "Edinburgh"),
    # a name in capitals, its degree as written
    ("Studies in the Old French Epic. By FREDERICK MARSH GALE, Ph.D. Boston: Ginn & Co., 1893. 8vo, pp. x, 196.",
     "Frederick Marsh Gale, Ph.D", "Boston"),
    ("Olympian Inscriptions. By E. H. WALCOTT, M.A. Cambridge: University Press, 1896. 8vo. Pp. xvi + 214. 10s. 6d.",
     "E. H. Walcott", "Cambridge"),
    ("The Annals of Ballymore. By Patrick J. Dunne, P.P. Dublin: M. H. Gill & Son. 1912. Pp. xii + 196. 3s. 6d.",
     "Patrick J. Dunne", "Dublin"),
])
def test_an_authors_degrees_stay_out_of_the_imprint_and_the_name(text, author, place):
    b = book(text)
    assert (names(b), b.place) == ([author], place)
    assert b.publisher and not any(d in b.publisher for d in ("B.D", "M.A", "P.P"))


def test_a_paragraphs_dash_before_a_title_is_no_part_of_it():
    """"—The Orchard and Fruit Garden. By ..." (1880s weeklies open each notice with a dash); "-30-" is a title's."""
    b = book("\u2014The Orchard and Fruit Garden. By Eben W. Pratt. Illustrated. New York: Orange Judd Company. 12mo,"
             " pp. 244. $1.50.")
    assert (b.title, b.publisher) == ("The Orchard and Fruit Garden", "Orange Judd Company")
    assert book("-30- Stories. By Jane Doe. Knopf. $20.").title == "-30- Stories"


@pytest.mark.parametrize("text, title, publisher", [
    # an audiobook's format after its running time (audio blogs)
    ("Wasteland Kings by Greg Stanwick (Audible Frontiers, 14 hours, unabridged), read by Paul Ardmore.",
     "Wasteland Kings", "Audible Frontiers"),
    # the body it was printed for (imprints to the 1920s)
    ("Memoirs of Sir Thomas Allenby. Edited by Francis Brereton. London: Printed for the Navy Records Society, 1894.",
     "Memoirs of Sir Thomas Allenby", "the Navy Records Society"),
    # the binding in capitals after the house (The Wire)
    ("Dub Plates: Sound System Culture\nRay Tennant\nSerpent's Tail PBK 288pp \u00a312.99", "Dub Plates",
     "Serpent's Tail"),
    # a blog's year of the book after its title
    ("The Gilded Gun (2013), Carla Mendes (Jo Fletcher Books, \u00a314.99)", "The Gilded Gun", "Jo Fletcher Books"),
])
def test_words_beside_the_title_and_the_house_that_are_neither(text, title, publisher):
    b = book(text)
    assert (b.title, b.publisher, b.edition) == (title, publisher, None)


def test_an_author_first_entrys_house_is_no_town():
    """'Jane Doe, The Quiet Harbor, Harbor House, 2020' (Meanjin) names its house before the year;
    'Jane Doe, The Quiet Harbor, Sydney, 2020' names a town there, and no house."""
    assert author_title_house_year("Jane Doe, The Quiet Harbor, Harbor House, 2020") is not None
    assert author_title_house_year("Jane Doe, The Quiet Harbor, Sydney, 2020") is None


@pytest.mark.parametrize("size", ["1 vol.", "2 vols.", "in-8\u00b0", "12mo"])
def test_the_format_after_the_years_comma_is_no_part_of_the_imprint(size):
    # French and Italian journals print the format between the year and the count, all by commas
    b = book(f"G\u00e9rard Courtin, La ville et ses pauvres, Paris, Belin, 2012, {size}, 530 p., 25 \u20ac.")
    assert (b.title, names(b), b.place, b.publisher, b.year, b.pages) == (
        "La ville et ses pauvres", ["G\u00e9rard Courtin"], "Paris", "Belin", 2012, 530)
    # a decimal comma inside a size in centimetres is no comma between clauses
    b = book("Guillaume Lef\u00e8vre. \u2014 Les Fronti\u00e8res du royaume. Gen\u00e8ve, Labor et Fides, 2005."
             " 15,5 \u00d7 24, 296 p. Prix : 21,90 euros.")
    assert (b.place, b.publisher, b.pages) == ("Gen\u00e8ve", "Labor et Fides", 296)


@pytest.mark.parametrize("towns", ["Roma-Bari", "Berlin-New York", "Paris-Gen\u00e8ve", "Louvain-la-Neuve"])
def test_towns_joined_by_a_hyphen_are_the_place(towns):
    b = book(f"Rosa Guidotti, Il sale e l'argento, {towns}, Laterza, 2015, pp. 486, \u20ac 52.")
    assert (b.title, b.place, b.publisher, b.year) == ("Il sale e l'argento", towns, "Laterza", 2015)
    b = book("Rosa Guidotti, Il sale e l'argento, Bobbs-Merrill, 2015, pp. 486, \u20ac 52.")
    assert (b.place, b.publisher) == (None, "Bobbs-Merrill")   # a house joined by a hyphen is no town


@pytest.mark.parametrize("town, house", [("Cork", "Cork University Press"), ("Dublin", "Gill and Son")])
def test_the_prices_own_word_before_it_is_no_part_of_the_imprint(town, house):
    b = book(f"BORDER AND CROSSING. By P\u00e1draig Scanlon. {town}: {house}. Price 15s.")
    assert (names(b), b.place, b.publisher, prices(b)) == (
        ["P\u00e1draig Scanlon"], town, house, [(Decimal("0.75"), "GBP", None)])


def test_irish_given_names_with_their_accents_close_a_byline_before_the_house():
    b = book("The Invention of the Census by Liam \u00d3 Ceallaigh and Ciar\u00e1n Dunleavy, O'Brien Press,"
             " IR\u00a317.50")
    assert (names(b), b.publisher) == (["Liam \u00d3 Ceallaigh", "Ciar\u00e1n Dunleavy"], "O'Brien Press")


@pytest.mark.parametrize("dash", ["\u2013", "\u2014"])
def test_an_author_in_capitals_and_a_dash_before_the_title(dash):
    # blogs head a review "CLIVE PENNYCOOK – Before the Margin (Gollancz)", with or without a price
    b = book(f"CLIVE PENNYCOOK {dash} Before the Margin (Gollancz, \u00a38.99)")
    assert (b.title, names(b), b.publisher) == ("Before the Margin", ["Clive Pennycook"], "Gollancz")
    body = "One puts it down with the sense of having lived somewhere else for a while. " * 3
    b = book(f"CLIVE PENNYCOOK {dash} Before the Margin (Gollancz)\n\n{body}")
    assert (b.title, names(b), b.publisher) == ("Before the Margin", ["Clive Pennycook"], "Gollancz")
    # a title in capitals with its subtitle after the dash stays a title
    b = book(f"THE QUIET HARBOR {dash} A NOVEL. By Jane Doe. Knopf. $25.")
    assert (b.title, b.subtitle, names(b)) == ("The Quiet Harbor", "A Novel", ["Jane Doe"])
    b = book(f"JANE EYRE {dash} A STUDY (Knopf, $25)")
    assert b.title.startswith("Jane Eyre") and names(b) == []


def test_the_author_leads_the_bracket_before_the_house():
    # Books+Publishing: "Title (Author, Publisher, $price pb, ISBN)"; told by the name's shape, so reviewed
    b = catalog_document(Document("d", "The Last Days of Greyhaven (Tegan Penfold, Allen & Unwin, $16.95 pb,"
                                       " 9781864484267)")).books[0]
    assert (names(b), b.publisher, b.confidence) == (["Tegan Penfold"], "Allen & Unwin", "review")
    assert "title and author told apart by the shape of a name only" in b.review_reasons
    # a house alone, or a town before it, is no author
    assert names(book("The Last Days (Text Publishing, $16.95 pb)")) == []
    b = book("The Last Days (Boston, Harbor House, $16.95)")
    assert (names(b), b.publisher) == ([], "Harbor House")


def test_the_house_then_its_town_after_a_colon():
    # Sage's journals: "Author, Title: Subtitle, Publisher: Town, Year; pp. xv + 416; £42.99 (hbk)"
    b = book("Alasdair Jessop, Making Reform: Ropemakers in Canada, Cambridge University Press: Cambridge, 2015;"
             " pp. xv + 416; \u00a342.99 (hbk)")
    assert (b.title, b.subtitle, names(b), b.publisher, b.place, b.year, b.pages) == (
        "Making Reform", "Ropemakers in Canada", ["Alasdair Jessop"], "Cambridge University Press", "Cambridge",
        2015, 416)
    # the town first, as most print it, stays so
    b = book("Jane Doe, The Harbor, New York: Knopf, 2015; 416 pp.; $42.99")
    assert (b.publisher, b.place) == ("Knopf", "New York")
    # a house no list names and no word of its own closes is no house before a town
    b = book("Jane Doe, The Harbor, Quiet Waters: Boston, 2015; 416 pp.; $42.99")
    assert b.publisher != "Quiet Waters"


def test_a_blogs_genre_among_the_imprints_words_is_no_field():
    b = book("What the Lighthouse-Keeper Knew by Desmond Rendle, Fourth Estate, 2009, paperback, fiction, 352 pages")
    assert (b.publisher, b.year, b.pages) == ("Fourth Estate", 2009, 352)
    b = book("The Sea by Jane Doe, Crime Fiction Press, 2009, 352 pages")   # a house's own word stays
    assert b.publisher == "Crime Fiction Press"


@pytest.mark.parametrize("line", ["Published 04.09.2016", "Released 2 January", "Date: 2 October 2014",
                                  "Published September 4, 2016"])
def test_the_day_a_book_comes_out_on_its_own_line_is_no_name(line):
    # the LA Review of Books, SFX, SFRevu: a stack's line between the names and the house
    b = book(f"The Painted Estuary\nBy Randi S\u00e6ther\nTranslated by Curtis Whitlock\n{line}\nPenguin Press\n438pp.")
    assert (names(b), names(b, Role.TRANSLATOR), b.publisher) == (
        ["Randi S\u00e6ther"], ["Curtis Whitlock"], "Penguin Press")


def test_a_binding_after_the_house_and_a_list_prices_label_are_no_house():
    text = ("The House at Dunmere by Jerome E. Quarles\nBantam Spectra Trade Paperback ISBN: 978-0-553-95165-3\n"
            "Date: 2 October 2014\nList Price $21.99")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher, prices(b)) for b in books] == [
        ("The House at Dunmere", ["Jerome E. Quarles"], "Bantam Spectra", [(Decimal("21.99"), "USD", None)])]
    assert "some of the notes were not understood" not in books[0].review_reasons


@pytest.mark.parametrize("house", ["Tafelberg", "Kwela Books", "Rupa", "Zubaan"])
def test_south_african_and_indian_houses_close_a_stack(house):
    # the publishers' list names the houses Commonwealth papers review; a stack's house line is one
    # (the author's given name one no list holds: the house alone tells the lines apart)
    b = book(f"THE SHADOW OF THE HILL\nThandiswa Olivier\n{house}\nR245")
    assert (b.title, names(b), b.publisher) == ("The Shadow of the Hill", ["Thandiswa Olivier"], house)


@pytest.mark.parametrize("text, series", [
    ("DIETER FLEISCHAUER, Die Ordnung der Dinge. Kl\u00f6ster am Niederrhein (Studien zur Geschichte des"
     " Mittelalters 12). Stuttgart: Kohlhammer 1975. VIII, 330 S. DM 53,\u2013.",
     "Studien zur Geschichte des Mittelalters 12"),
    ("Monika VOGELSANG (Hg.), Die Ordnung der Dinge. Kl\u00f6ster am Niederrhein (Beihefte zum Archiv f\u00fcr"
     " Kulturgeschichte 58) M\u00fcnchen 2011, C. H. Beck, 230 S., EUR 44,90.",
     "Beihefte zum Archiv f\u00fcr Kulturgeschichte 58"),
])
def test_a_series_named_in_the_journals_language_after_the_subtitle(text, series):
    b = book(text)
    assert (b.title, b.subtitle, b.series) == ("Die Ordnung der Dinge", "Kl\u00f6ster am Niederrhein", series)


def test_a_french_citations_fields_parted_by_stops_and_dashes():
    b = book("SAUVAGEOT (Yves). \u2014 Le livre et la chaire. Assistance et charit\u00e9 \u00e0 Rouen (1680-1789)."
             " \u2014 Paris : Picard, 1978. \u2014 1 vol. 15,5 \u00d7 24 cm, 392 p., bibliogr., index.")
    assert (b.title, b.subtitle, names(b), b.place, b.publisher, b.year, b.pages) == (
        "Le livre et la chaire", "Assistance et charit\u00e9 \u00e0 Rouen (1680-1789)", ["Yves Sauvageot"], "Paris",
        "Picard", 1978, 392)
    # after an initial the dash parts the name from the title
    b = book("Lassiter, H.T. \u2014 The Archive of B\u0113l-iddina: Neo-Babylonian Temple Accounts from Sippar."
             " (Oriental Institute Publications, 108). The Oriental Institute, Chicago, 1984. (28 cm, XX, 212, 64"
             " pls.). $45.00.")
    assert b.subtitle == "Neo-Babylonian Temple Accounts from Sippar"


@pytest.mark.parametrize("count, pages", [("3o9 pages", 309), ("5o3 p\u00e1gs.", 503), ("l84 pp.", 184),
                                          ("2l0 S.", 210)])
def test_a_scans_letters_in_the_page_count_are_its_digits(count, pages):
    b = book(f"\"The Copper Kettle,\" by Louisa J. Marchbanks.\nHoughton Mifflin Company. {count} $4.95.")
    assert (b.publisher, b.pages) == ("Houghton Mifflin Company", pages)
    assert book("The 1ol Club, by Jane Doe. Knopf. 250 pages. $4.95.").title == "The 1ol Club"   # a count names pages


def test_the_space_a_scan_lost_after_a_comma():
    b = book("MONTOYA IBARRA, Tom\u00e1s: Los pasos del r\u00edo,M\u00e9xico, El Colegio de M\u00e9xico,2008,"
             " 503 p\u00e1gs.")
    assert (b.title, b.place, b.publisher, b.year, b.pages) == (
        "Los pasos del r\u00edo", "M\u00e9xico", "El Colegio de M\u00e9xico", 2008, 503)
    assert book("The Harbor, by Jane Doe. Knopf, 1,000 pages. $4.95.").pages == 1000   # digits keep their comma


@pytest.mark.parametrize("text, place, publisher", [
    ("IBARRA GARC\u00cdA (Pilar): Los hombres del puerto. Madrid, Tip. de Archivos, 1943. 404 p\u00e1gs., con"
     " l\u00e1minas. Precio: 8 pesetas.", "Madrid", "Tip. de Archivos"),
    ("Jean Doe, Le port. Gen\u00e8ve, Libr. Droz, 1950. 404 p., avec planches.", "Gen\u00e8ve", "Libr. Droz"),
])
def test_a_european_houses_abbreviated_word_and_plates_in_its_language(text, place, publisher):
    parsed = parse_trailer(text)
    assert (parsed.place, parsed.publisher, parsed.pages, parsed.illustrated, parsed.unparsed) == (
        place, publisher, 404, True, ())


@pytest.mark.parametrize("text, title, subtitle, place, publisher", [
    # World Literature Today: the town a sentence of its own before the house
    ("G\u00e9rard Doe. Chemin de halage. Paris. Beauchesne. 2002. 378 pages. 14,90 \u20ac.",
     "Chemin de halage", None, "Paris", "Beauchesne"),
    # Spanish and Italian journals: the town a comma's part of its own before the house
    ("Andr\u00e9s Dom\u00ednguez (ed.): Impresores y hidalgos: C\u00e1diz en el siglo XVII, Madrid,"
     " Iberoamericana, 2006, 428 pp.", "Impresores y hidalgos", "C\u00e1diz en el siglo XVII", "Madrid",
     "Iberoamericana"),
    ("S. Dekker, Tussen preekstoel en raadhuis. Armenzorg in Dordrecht. 's-Gravenhage, Nijhoff, 1940. 316 blz.",
     "Tussen preekstoel en raadhuis", "Armenzorg in Dordrecht", "'s-Gravenhage", "Nijhoff"),
])
def test_the_town_before_the_house_is_the_place_not_the_titles_end(text, title, subtitle, place, publisher):
    b = book(text)
    assert (b.title, b.subtitle, b.place, b.publisher) == (title, subtitle, place, publisher)


def test_a_town_after_an_initial_is_a_names_end():
    b = book("The Dry-Stone Wall. Craft and Landscape in the Pennines. By\nAmbrose E. Stroud. (Grant Richards."
             " pp. 394. 21s.)")
    assert (names(b), b.place) == (["Ambrose E. Stroud"], None)


def test_a_dutch_entry_whose_town_prints_its_article():
    b = book("J. de Vries, Armenzorg en stadsbestuur in de late middeleeuwen. 's-Hertogenbosch, Adelborst, 1961."
             " 212 blz.")
    assert (b.title, names(b), b.place, b.publisher, b.pages) == (
        "Armenzorg en stadsbestuur in de late middeleeuwen", ["J. de Vries"], "'s-Hertogenbosch", "Adelborst", 212)


def test_tr_a_sentence_naming_the_translator():
    b = book("Enrico Doe. The Wandering Marsh. Tr. Emmett Roe. New York. Alfred A. Knopf. 2005. 188 pages. $22.95.")
    assert (b.title, names(b), names(b, Role.TRANSLATOR), b.place, b.publisher) == (
        "The Wandering Marsh", ["Enrico Doe"], ["Emmett Roe"], "New York", "Alfred A. Knopf")


def test_an_italian_entry_led_by_an_initial_and_a_family_name():
    b = book("A. Tagliaferri, Famiglie, prestigio e patrimoni. Padova tra Medioevo ed et\u00e0 moderna, Brescia,"
             " Morcelliana, 1999, pp. 367, L. 45.000.")
    assert (b.title, b.subtitle, names(b), b.place, b.publisher, b.pages) == (
        "Famiglie, prestigio e patrimoni", "Padova tra Medioevo ed et\u00e0 moderna", ["A. Tagliaferri"],
        "Brescia", "Morcelliana", 367)


@pytest.mark.parametrize("town", ["'s-Gravenhage", "Newton Abbot", "Allahabad", "Enugu", "Launceston"])
def test_more_publishing_towns(town):
    assert is_place(town)


def test_a_german_entry_whose_fields_en_dashes_part():
    b = book("Oberl\u00e4nder, Johanna: Zwischen Gelehrsamkeit und Herrschaft. Studien zur Geschichte der Stadt"
             " Augsburg. \u2013 Mainz: Schott, 1974. \u2013 XVIII, 336 S. \u2013 ISBN 3-7957-9806-X.")
    assert (b.title, b.subtitle, names(b), b.place, b.publisher, b.pages) == (
        "Zwischen Gelehrsamkeit und Herrschaft", "Studien zur Geschichte der Stadt Augsburg",
        ["Johanna Oberl\u00e4nder"], "Mainz", "Schott", 336)


def test_a_series_after_the_page_count_and_its_en_dash():
    parsed = parse_trailer("Althaus, Dieter: Herrschaft im Wandel. \u2013 Mainz: Schott, 1974. \u2013 XIV, 267 S."
                           " \u2013 (Studien zur deutschen Literatur; 209). \u2013 ISBN 3-7957-5859-9.")
    assert (parsed.title, parsed.series, parsed.pages, parsed.unparsed) == (
        "Herrschaft im Wandel", "Studien zur deutschen Literatur 209", 267, ())


@pytest.mark.parametrize("text, name", [
    ("Althaus, Dieter von: Herrschaft im Wandel. Mainz: Schott, 1974. 267 S.", "Dieter von Althaus"),
    ("Berg, Hans van den. Het stille huis. Amsterdam: Prometheus, 1990. 207 blz.", "Hans van den Berg"),
])
def test_the_particle_printed_after_the_given_name(text, name):
    assert parse_trailer(text).contributors == ((Role.AUTHOR, name),)


@pytest.mark.parametrize("text, title, author, publisher", [
    ("RECENT FICTION\n\nIn The Road to Harrowgate (Henry Holt & Co., $2.35 net) Maxine Cartwright has found a subject"
     " worthy of her gifts. The volume is a welcome addition.", "The Road to Harrowgate", "Maxine Cartwright",
     "Henry Holt & Co."),
    ("In \u2018A Vigil of One's Own\u2019 (John Lane, 15s.) Beatrice Warburton has written a tale that young girls"
     " may safely be given.", "A Vigil of One's Own", "Beatrice Warburton", "John Lane"),
])
def test_a_round_ups_sentence_in_the_title_then_its_author(text, title, author, publisher):
    b = book(text)
    assert (b.title, names(b), b.publisher, b.confidence) == (title, [author], publisher, "review")


def test_an_afrikaans_list_title_dash_author_then_house_and_rand():
    text = ("LEES DIT\n\nDie verdronke tuin \u2013 Andries Smit (Umuzi, R232) Jy sal dit nie kan neersit nie.\n\n"
            "Die veerman se dogter \u2013 Willem Nel (Human & Rousseau, R338) Perfek vir die leesklub.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher, prices(b)) for b in books] == [
        ("Die verdronke tuin", ["Andries Smit"], "Umuzi", [(Decimal("232"), "ZAR", None)]),
        ("Die veerman se dogter", ["Willem Nel"], "Human & Rousseau", [(Decimal("338"), "ZAR", None)])]


def test_deur_the_afrikaans_by():
    b = book("Wintermaan deur Sonja Pienaar. Protea Boekhuis. R151.")
    assert (b.title, names(b), b.publisher) == ("Wintermaan", ["Sonja Pienaar"], "Protea Boekhuis")


@pytest.mark.parametrize("name", ["Andries", "Zakes", "Tsitsi", "Wole"])
def test_given_names_beyond_the_lists_are_given_names_but_no_feature(name):
    assert is_given_name(name) and not is_listed_given_name(name)


def test_a_title_dash_author_line_over_a_bracketed_house_and_year():
    b = book("A Causeway at Marrowby \u2013 Opal Tankersley\n[W. W. Norton; 2018]\n\nBy the final chapter the reader"
             " is entirely in Tankersley's hands.")
    assert (b.title, names(b), b.publisher, b.confidence) == (
        "A Causeway at Marrowby", ["Opal Tankersley"], "W. W. Norton", "review")


@pytest.mark.parametrize("house", ["Herbert Jenkins", "George Allen & Unwin", "Angus and Robertson", "J. M. Dent",
                                   "Houghton, Mifflin & Co.", "Whitcombe & Tombs", "Browne & Nolan"])
def test_houses_of_the_older_british_american_and_commonwealth_trade(house):
    assert is_known_house(house)


def test_a_known_house_and_its_town_after_a_byline_with_no_price():
    text = ("THE BOOKSHELF\n\nA LANTERN AT GREYHAVEN. By Christopher Boswell. Herbert Jenkins, London.\n\n"
            "The author's learning is considerable, but it is never paraded.")
    b = book(text)
    assert (b.title, names(b), b.publisher, b.place) == (
        "A Lantern at Greyhaven", ["Christopher Boswell"], "Herbert Jenkins", "London")


def test_the_house_and_its_town_after_the_price_keep_cos_stop():
    b = book("\u201cThe Road to Marrowby.\u201d By Burton Pendergrass. Cloth. Pp. 266. Price, $1.00. Boston: Little,"
             " Brown & Co.\n\nThe author's learning is considerable.")
    assert (b.publisher, b.place, b.pages) == ("Little, Brown & Co.", "Boston", 266)


def test_a_house_its_count_and_price_parted_by_double_dashes():
    text = ("THE MEADOW\nBy Florence Tankersley\nCoffee House Press -- 188pp -- $27.95\n\n"
            "THE SOUND OF THE TOWPATH\nBy Lowell Overstreet\nG. P. Putnam's Sons -- 189pp -- $20.99\n\n"
            "It would be easy to call The Meadow a quiet book.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher, b.pages) for b in books] == [
        ("The Meadow", ["Florence Tankersley"], "Coffee House Press", 188),
        ("The Sound of the Towpath", ["Lowell Overstreet"], "G. P. Putnam's Sons", 189)]
    assert repair_text("The war -- 300 pages of it -- was long.") == "The war -- 300 pages of it -- was long."


def test_ed_after_an_inverted_name_with_no_comma():
    b = book("CARLYON, Imogen ed. A harbour of One's own: writing lives in the Low Countries. George Allen & Unwin,"
             " 1979. 272pp. \u00a35.50.")
    assert (b.title, names(b, Role.EDITOR), names(b)) == ("A harbour of One's own", ["Imogen Carlyon"], [])


def test_the_year_before_the_house_on_a_stacked_imprint_line():
    b = book("A Theory of Everything Else\nJanet Boswell\n2002 Wiley \u00a320.99/$23.00hb 272pp\nIt would be easy"
             " to call it a quiet book.")
    assert (b.publisher, b.year, b.pages) == ("Wiley", 2002, 272)


def test_a_blogs_title_and_byline_on_top_and_its_untitled_notes_at_the_end():
    text = ("\u2018An Unquiet Inheritance\u2019 by Rosamund Swinburne\n\nIt is a pleasure to report that the book lives"
            " up to its advance billing.\n\nThere is a real intelligence at work on every page.\n\nHutchinson; 266"
            " pages; 2014. Review copy courtesy of the publisher.")
    b = book(text)
    assert (b.title, names(b), b.publisher, b.pages) == ("An Unquiet Inheritance", ["Rosamund Swinburne"],
                                                         "Hutchinson", 266)
    # a first line that is no title and byline heads nothing
    with pytest.raises(CatalogError):
        book(text.replace("\u2018An Unquiet Inheritance\u2019 by Rosamund Swinburne", "It rained all week."))


def test_the_year_a_sentence_of_its_own_between_the_names_and_the_house():
    b = book("The Weight of Light. Priscilla Fairbanks and Hiram Culpepper. 2011. Candlewick Press. 364pp. $19.95.")
    assert (b.title, names(b), b.publisher, b.year) == (
        "The Weight of Light", ["Priscilla Fairbanks", "Hiram Culpepper"], "Candlewick Press", 2011)


@pytest.mark.parametrize("place, currency", [("Markham, ON", "CAD"), ("Victoria, B.C.", "CAD"), ("Kew, Vic.", "AUD"),
                                             ("Boston, Mass.", None), ("Seattle, WA", None)])
def test_a_province_or_states_mark_after_the_town_names_the_dollar(place, currency):
    assert imprint_dollar("Harbor House", place) == currency


def test_an_ampersand_between_a_capitals_titles_words():
    b = book("FIRE & ICE\nThe Making of Modern Britain\nBy Alison MacDonald\n447 pp. John Murray. $27.95.")
    assert (b.title, b.subtitle) == ("Fire & Ice", "The Making of Modern Britain")


@pytest.mark.parametrize("printed, amount", [("Price Rs. 2-12.", "2.75"), ("Rs. 3-8-0.", "3.50"), ("Re. 1-4.", "1.25")])
def test_rupees_and_annas(printed, amount):
    b = book(f"A RIVER OF WORDS. By Anasuya Deshpande. Asia Publishing House, Bombay. {printed}")
    assert prices(b) == [(Decimal(amount), "INR", None)]


@pytest.mark.parametrize("fold", ["8\u00b0", "24\u00b0"])   # "24°": no fold's word reads it (tables.FOLD_SIZE)
def test_the_italian_format_in_degrees_is_no_house(fold):
    b = book(f"MARIA RIGHETTI, Una citt\u00e0 di contadini, Milano, Guerini e Associati, 1980, {fold}, pp. XII-230.")
    assert (b.title, b.place, b.publisher, b.pages) == (
        "Una citt\u00e0 di contadini", "Milano", "Guerini e Associati", 230)


def test_the_books_apparatus_after_its_count_is_no_field():
    text = ("REVIEWS\n\nA Field Guide to the Wintergarden\nGilbert Mallinson\nGranta Books 2002\nPb, 417pp, ind, bib,"
            " notes, \u00a318.99\n\nNot everything works.\n\nA Towpath of One's Own\nRalph Drinkwater\nDuckworth 2002\n"
            "Hb, 288pp, illus, bib, ind, \u00a320\n\nThe prose is clean.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher, b.pages, b.illustrated) for b in books] == [
        ("A Field Guide to the Wintergarden", ["Gilbert Mallinson"], "Granta Books", 417, False),
        ("A Towpath of One's Own", ["Ralph Drinkwater"], "Duckworth", 288, True)]


@pytest.mark.parametrize("printed, currency", [("JA$2,950", "JMD"), ("GY$2,950", "GYD"), ("A$29.50", "AUD")])
def test_the_caribbeans_dollars_by_their_letters(printed, currency):
    b = book(f"Painted Border by Paulette Thompson (Macmillan Caribbean, 2022, {printed})")
    assert [c for _, c, _ in prices(b)] == [currency]


def test_a_houses_postal_address_under_its_name_is_no_field():
    b = book("A Dowry for Ada\nBernard Urquhart\nRiverhead Books\n1500 Main Street, Bozeman, MT 59715\n"
             "www.riverheadbooks.com\n9781573228923, $27.00, HC, 195pp\n\nIt is a quiet book.")
    assert (b.title, names(b), b.publisher, b.pages) == (
        "A Dowry for Ada", ["Bernard Urquhart"], "Riverhead Books", 195)


def test_a_labelled_page_count():
    b = book("SILENT HARBOUR\n\nAuthor: Eamon Marchbank\n\nPublisher: Soho Crime\nPub Date: September 13, 2007\n"
             "ISBN: 978-1-61695-701-8\nPage count: 295\nPrice: $17.00")
    assert (b.publisher, b.pages) == ("Soho Crime", 295)
    # Kirkus's "Page Count:" is its sheet's label, read there (its dates beside it stay out of the head)
    kirkus = book("DR. JOHNSON'S CIRCLE\nby Eleanor Whitfield\nRELEASE DATE: Dec. 9th, 2018\n\nBOOK DETAILS\nPub Date:"
                  " July 13th, 2018\nISBN: 9780525156192\nPage Count: 337\nPublisher: Catapult")
    assert (kirkus.subtitle, kirkus.pages) == (None, 337)


@pytest.mark.parametrize("outlet, imprint, doubted", [
    # an outlet's name that says no country: a regional or student paper of Canada or Australia
    # that no table names prints its own dollar bare
    ("Honi Soit", "Penguin", True), ("Blue Mountains Gazette", "HarperCollins", True),
    ("The New Paper", "Picador", True),
    # "review" names no country: Sydney and Newtown print reviews of books in their own dollar
    ("Newtown Review of Books", "Picador", True), ("The Harbour Review", "Penguin", True),
    # US periodicals whose names say no place, and the older and smaller houses of the US alone
    ("The Sewanee Review", "Penguin", False), ("Vanity Fair", "Penguin", False), ("Newsday", "Penguin", False),
    ("Science News", "Penguin", False), ("Our Sunday Visitor", "Penguin", False),
    ("The Toledo Blade", "Penguin", False), ("Sarasota Herald-Tribune", "Penguin", False),   # towns of the US alone
    ("Honi Soit", "Lippincott", False), ("Honi Soit", "Harper & Brothers", False),
    ("Honi Soit", "Wipf and Stock", False), ("Honi Soit", "MIT Press", False),
    # a US place, a US or British paper, a trade review, a scholarly journal: the US dollar
    ("Orlando Sentinel", "Penguin", False), ("The Spectator", "Penguin", False), ("Kirkus Reviews", "Penguin", False),
    ("Journal of Southern History", "Penguin", False), ("Teacher Librarian", "Penguin", False),
    ("The Oregonian", "Penguin", False), ("The Virginian-Pilot", "Penguin", False), ("U.S. Catholic", "Penguin", False),
    (None, "Penguin", False),   # no outlet at all: the corpus's dollar, USD unless --dollar says
    # an imprint in the US settles it
    ("Honi Soit", "New York: Knopf", False), ("Honi Soit", "Chapel Hill, NC: Algonquin", False),
    ("Honi Soit", "Chapel Hill, NC: Harbor House", False),   # the town alone, its house no list names
    ("Honi Soit", "University of North Carolina Press", False),
    ("Honi Soit", "Knopf", False), ("Honi Soit", "Beacon Press", False),   # houses that publish in the US alone
    ("Honi Soit", "Scholastic", True),   # a multinational publishes in each dollar country
])
def test_a_bare_dollar_under_an_outlet_that_names_no_country_is_a_guess(outlet, imprint, doubted):
    b = catalog_document(Document("d", f"The Quiet Harbor\n\nBy Jane Doe. {imprint}, 284pp, $29.99",
                                  ReviewMetadata(outlet=outlet))).books[0]
    assert prices(b) == [(Decimal("29.99"), "USD", None)]   # the value stays: only a doubt is raised
    doubt = [r for r in b.review_reasons if "neither the outlet" in r]
    assert doubt == ([f"a bare '$' read as USD, though neither the outlet ({outlet!r}) nor the imprint names a"
                      " country: a Canadian or Australian paper prints its own"] if doubted else [])
    assert (b.confidence == "review") if doubted else True
    settled = catalog_document(Document("d", f"The Quiet Harbor\n\nBy Jane Doe. {imprint}, 284pp, $29.99",
                                        ReviewMetadata(outlet=outlet, currency="USD"))).books[0]
    assert not any("neither the outlet" in r for r in settled.review_reasons)   # --dollar USD settles it


def test_a_german_series_marked_with_equals_before_the_imprints_comma_and_towns_parted_by_spaced_slashes():
    text = ("Matthias Kornfeld: Stadt und Seuche. Pest und Obrigkeit in N\u00fcrnberg 1500\u20131650 (= Norm und"
            " Struktur; Bd. 45), K\u00f6ln / Weimar / Wien: B\u00f6hlau 2014, 388 S., 12 s/w-Abb., EUR 49,90")
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.subtitle, b.series) == ("Stadt und Seuche", "Pest und Obrigkeit in N\u00fcrnberg 1500\u20131650",
                                               "Norm und Struktur; Bd. 45")
    assert (b.publisher, b.place, b.pages, b.illustrated) == ("B\u00f6hlau", "K\u00f6ln/Weimar/Wien", 388, True)
    # a spaced slash between words that are no publishing towns parts a web page's fields, as before
    from catalog.text.repair import repair_text
    assert "Jane Doe/Harbor" not in repair_text("The Quiet Harbor / Jane Doe / Harbor Books: 2014, 388 pp., $25")
    assert "Berlin/Boston: De Gruyter" in repair_text("Ein Buch, Berlin / Boston: De Gruyter 2014, 388 S.")


@pytest.mark.parametrize("text, subtitle, series", [
    # an unnumbered series as a sentence between the subtitle and "Town: Publisher", its name saying so
    ("Adrienne Colquhoun. Olive Oil and Empire: The Economy of Roman Baetica. Oxford Studies on the Roman Economy."
     " Oxford: Oxford University Press 2012. Pp. xviii + 276. US $110.00.",
     "The Economy of Roman Baetica", "Oxford Studies on the Roman Economy"),
    # ... and before "House, Town, Year." (the SEER), numbered or not
    ("Adrienne Colquhoun. Olive Oil and Empire: The Economy of Roman Baetica, 1861\u20131914. Harbor Studies in"
     " History. Routledge, Abingdon, 2014. xviii + 332 pp. \u00a345.00.",
     "The Economy of Roman Baetica, 1861\u20131914", "Harbor Studies in History"),
    ("Adrienne Colquhoun. Olive Oil and Empire: The Economy of Roman Baetica. Harbor Studies 12. Routledge, 2014."
     " 332 pp. \u00a345.00.", "The Economy of Roman Baetica", "Harbor Studies 12"),
    # a numbered series whose name has two parts, between commas before "(Town: Publisher"
    ("Catherine Elsworth, The Anchoress and the Book: Reading Enclosure in Late Medieval England, Medieval Women:"
     " Texts and Contexts 21 (Turnhout: Brepols, 2008). xviii + 310 pp. \u20ac70.00.",
     "Reading Enclosure in Late Medieval England", "Medieval Women: Texts and Contexts 21"),
    # a second sentence that names no series stays the subtitle's, and one after a title with no
    # subtitle may be the subtitle itself
    ("Adrienne Colquhoun. Olive Oil and Empire: The Economy of Roman Baetica. Oxford: Oxford University Press 2012."
     " Pp. 276. $110.00.", "The Economy of Roman Baetica", None),
])
def test_an_academic_series_between_the_subtitle_and_the_imprint(text, subtitle, series):
    b = catalog_document(Document("d", text)).books[0]
    assert (b.subtitle, b.series) == (subtitle, series)
    assert b.publisher in ("Oxford University Press", "Brepols", "Routledge")


def test_a_named_series_sentence_after_a_title_with_no_subtitle_is_left_alone():
    b = catalog_document(Document("d", "Jane Doe. The Sea. Maritime Studies in Britain. London: Faber, 2012."
                                       " Pp. 276. \u00a320.")).books[0]
    assert b.series is None and "Maritime Studies in Britain" in f"{b.title} {b.subtitle}"


IMPRINT_FRANC = "a bare 'fr' read as {}, from the publisher's country: the outlet names none"


@pytest.mark.parametrize("outlet, imprint, currency, doubt", [
    ("Revue belge de philologie et d'histoire", "Paris, Picard", "BEF", None),   # the outlet names Belgium
    ("Revue suisse d'histoire", "Paris, Picard", "CHF", None),
    ("Revue historique de la France", "Bruxelles, Lamertin", "FRF", None),
    ("Romania", "Bruxelles, Lamertin", "BEF", IMPRINT_FRANC.format("BEF")),
    ("Romania", "Genève, Droz", "CHF", IMPRINT_FRANC.format("CHF")),
    ("Romania", "Harbor Books", "FRF", "a bare 'fr' read as FRF: neither the outlet nor the imprint names its country"),
])
def test_a_bare_franc_is_the_franc_of_the_country_the_outlet_or_imprint_names(outlet, imprint, currency, doubt):
    text = f"LECLERCQ (Albert). Les Bourgeois de Tournai au XIVe si\u00e8cle. {imprint}, 1933; 312 p. Prix : 40 fr."
    b = catalog_document(Document("d", text, ReviewMetadata(outlet=outlet))).books[0]
    assert prices(b) == [(Decimal("40"), currency, None)]
    assert [r for r in b.review_reasons if "bare 'fr'" in r] == ([doubt] if doubt else [])


def test_the_counts_pp_before_the_count_of_its_plates():
    # "xiv + 262pp. 18 plates.": the count's "pp.", not "pp. 18"
    b = catalog_document(Document("d", "Gareth Penhaligon, Tramways and Townscape: Municipal Enterprise in Edwardian"
                                       " Bristol. Aldershot: Ashgate, 2005. xiv + 262pp. 18 plates. 14 figures."
                                       " Bibliography. \u00a350.")).books[0]
    assert (b.subtitle, b.publisher, b.place, b.pages, b.illustrated) == (
        "Municipal Enterprise in Edwardian Bristol", "Ashgate", "Aldershot", 262, True)


def test_a_swiss_franc_named_after_the_count():
    # "286 pp. 30 Sw. fr.": the count's "pp." before a price whose mark follows it, not "pp. 30"
    b = catalog_document(Document("d", "Le Th\u00e9\u00e2tre de Jean Mairet. By H. C. Lamberton. Geneva: Droz."
                                       " 1961. 286 pp. 30 Sw. fr.")).books[0]
    assert (b.publisher, b.pages, prices(b)) == ("Droz", 286, [(Decimal("30"), "CHF", None)])
    b = catalog_document(Document("d", "The Quiet Harbor. By Jane Doe. Paris: Gallimard. 1961. 286 pp. 30 F.",
                                  ReviewMetadata(outlet="Revue historique de la France"))).books[0]
    assert (b.pages, prices(b)) == (286, [(Decimal("30"), "FRF", None)])


@pytest.mark.parametrize("house", ["Peepal Tree Press", "Faber"])
def test_a_house_after_a_bylines_name_no_list_holds(house):
    # "by Shondel Persaud-Hinds, Peepal Tree Press, 256pp": after "by" a name's shape is enough,
    # where the next segment is a house by its words or the publishers' list
    b = catalog_document(Document("d", f"Demerara Days by Shondel Persaud-Hinds, {house}, 256pp, \u00a39.99")).books[0]
    assert ([p.display for p in b.contributors], b.publisher) == (["Shondel Persaud-Hinds"], house)
    # a second name there is a second author, not a house
    two = catalog_document(Document("d", "Demerara Days by Shondel Persaud-Hinds, Kwame Osei, 256pp, \u00a39.99"))
    assert two.books[0].publisher is None


def test_a_price_labelled_pr_before_its_mark():
    # "Pr. €115.00" (Dutch and German journals: prijs, Preis) is the price's label, no text left over
    b = catalog_document(Document("d", "M. J. van Heerden, Poetics of the Threshold in Statius' Silvae. Leiden/Boston:"
                                       " Brill, 2015. xii, 312 pp. Pr. \u20ac115.00.")).books[0]
    assert "some of the notes were not understood" not in b.review_reasons
    author = b.contributors[0]
    assert (author.given, author.particle, author.family) == ("M. J.", "van", "Heerden")
    assert prices(b) == [(Decimal("115.00"), "EUR", None)]


def test_a_sheets_label_with_a_slash():
    # Readers' Favorite: "Publisher/Imprint:", "Author(s):", "Release Date:"
    text = ("The Gilded Cage: Women and Wealth in the Gilded Age\nAuthor(s): Cordelia Whitmore\n"
            "Release Date: March 8, 2016\nPublisher/Imprint: Pegasus Books\nPages: 352")
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.subtitle, b.publisher, b.pages) == ("The Gilded Cage", "Women and Wealth in the Gilded Age",
                                                          "Pegasus Books", 352)
    assert [p.display for p in b.contributors] == ["Cordelia Whitmore"]


def test_a_sheets_isbn_its_check_digit_fails_is_a_printed_isbn_still():
    # a bookseller's sheet prints a digit short: no ISBN is read, and the book is doubted for it
    text = ("The Quiet Harbor\nFormat: Paperback\nAuthor: Jane Doe\nISBN: 978030640615\n"
            "Publishers: Harbor House\nPrice: \u00a322\nPublication Date: November 2008")
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.publisher, b.isbns) == ("The Quiet Harbor", "Harbor House", ())
    assert b.invalid_isbns == ("978030640615",)
    assert b.confidence == "review" and "an ISBN printed with a wrong check digit" in b.review_reasons
    good = catalog_document(Document("d", text.replace("978030640615", "9780306406157"))).books[0]
    assert (good.isbns, good.invalid_isbns) == (("9780306406157",), ())


@pytest.mark.parametrize("house", ["Westminster John Knox Press", "Harbor Mary Lee Books"])
def test_a_house_with_a_names_shape_under_a_byline(house):
    # under its byline the imprint's line holds no title: the words before "Knox Press" are the house's own
    text = f"THE QUIET HARBOR: A NOVEL\nBy Jane Doe\n{house}, 176 pages, $20"
    assert locate_notes(text).trailers == (text,)
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == ("The Quiet Harbor", "A Novel", ["Jane Doe"],
                                                                     house, 176)
    assert "no author or editor found" not in b.review_reasons   # the rules' own reading, not the labeller's
    # with no byline above, the line may be the whole book ("The Quiet Harbor Jane Doe Faber, pp. 320, £20")
    b = book("The Quiet Harbor Jane Doe Faber, pp. 320, \u00a320")
    assert (b.title, names(b), b.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Faber")


@pytest.mark.parametrize("text, title, people, publisher, doubted", [
    ("Inven- tory of Drownings. By Jane Doe. Harbor House, $25.", "Inventory of Drownings", ["Jane Doe"],
     "Harbor House", True),
    ("THE LAKE SHORE SUM- MER. By Jane Doe. Harbor House, $25.", "The Lake Shore Summer", ["Jane Doe"],
     "Harbor House", True),
    ("The Lake Shore: Memo- ries of Kenya. By Jane Doe. Harbor House, $25.", "The Lake Shore", ["Jane Doe"],
     "Harbor House", True),
    ("The Quiet Harbor. By Jane Thi- bodeaux. Harbor House, $25.", "The Quiet Harbor", ["Jane Thibodeaux"],
     "Harbor House", True),
    # a house's name stays as printed: the tables join the words they know (below), and doubt the rest
    ("The Quiet Harbor. By Jane Doe. Harbor Hou- sing, $25.", "The Quiet Harbor", ["Jane Doe"],
     "Harbor Hou- sing", True),
    # words the tables know are joined before the parse, with no doubt (text.repair)
    ("The Quiet Harbor. By Jona- than Doe. Harbor Pub- lishing, $25.", "The Quiet Harbor", ["Jonathan Doe"],
     "Harbor Publishing", False),
    # a compound broken at its own hyphen keeps it: its first part opens compounds, or its second closes them
    ("Self- help in the Harbor. By Jane Doe. Harbor House, $25.", "Self- help in the Harbor", ["Jane Doe"],
     "Harbor House", True),
    ("A Nineteenth- century Harbor. By Jane Doe. Harbor House, $25.", "A Nineteenth- century Harbor", ["Jane Doe"],
     "Harbor House", True),
    ("The Harbor- known Coast. By Jane Doe. Harbor House, $25.", "The Harbor- known Coast", ["Jane Doe"],
     "Harbor House", True),
    # a suspended hyphen before its conjunction, a capital after it: no word broken
    ("Harbor- and Coast-Lines. By Jane Doe. Harbor House, $25.", "Harbor- and Coast-Lines", ["Jane Doe"],
     "Harbor House", False),
    ("Harbor- Coast. By Jane Doe. Harbor House, $25.", "Harbor- Coast", ["Jane Doe"], "Harbor House", True),
])
def test_a_word_a_scan_broke_at_a_lines_end_is_whole_again_and_the_book_doubted(text, title, people, publisher,
                                                                                doubted):
    b = book(text)
    assert (b.title, names(b), b.publisher) == (title, people, publisher)
    assert b.subtitle == ("Memories of Kenya" if "Memo-" in text else None)
    broken = any(r.startswith("a word may be broken by a scan's line break") for r in b.review_reasons)
    assert broken == doubted and (b.confidence == "review" if doubted else True)


def test_the_pages_label_for_its_book_is_no_title():
    # "The book:" before the notes on their line, "THE BOOK" on a line above them (regional papers)
    b = book("The book: Death at Caddon Water by Jane Doe (Harbor House, \u00a320)")
    assert (b.title, b.subtitle, names(b), b.publisher) == ("Death at Caddon Water", None, ["Jane Doe"], "Harbor House")
    b = catalog_document(Document("d", "THE BOOK\nWinter Tenancies. Jane Doe. Dutton. 348 pages. $28.99.")).books[0]
    assert (b.title, b.subtitle, names(b), b.publisher) == ("Winter Tenancies", None, ["Jane Doe"], "Dutton")
    # "The Book:" opening a title in capitals and small letters is the title's own
    b = book("The Book: On the Taboo Against Knowing Who You Are. By Jane Doe. Pantheon, $5.95.")
    assert (b.title, b.subtitle) == ("The Book", "On the Taboo Against Knowing Who You Are")


def test_a_physical_description_after_the_imprints_bracket_closing_the_line():
    text = "THE QUIET HARBOR, by Jane Doe (Harbor House, Melbourne). Illustrated."
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, names(b), b.publisher, b.place, b.illustrated) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", "Melbourne", True)
    assert b.printed_notes.endswith("Illustrated.")
    # the review's sentence after the bracket is no description
    text = "THE QUIET HARBOR, by Jane Doe (Harbor House, Melbourne). Illustrated maps help the reader here."
    assert catalog_document(Document("d", text)).books[0].printed_notes.endswith("Melbourne).")


@pytest.mark.parametrize("lines, title, subtitle", [
    # above a "By" line, a second heading line in small letters is the subtitle (WSJ, the Weekly Standard)
    ("Flax and Chalk\nTravels Through Patagonia", "Flax and Chalk", "Travels Through Patagonia"),
    ("The Quiet Harbor\nHow Quants Conquered Wall Street", "The Quiet Harbor", "How Quants Conquered Wall Street"),
    # a line that breaks off, one word alone, or capitals: one title run over lines
    ("The Lives of\nthe Saints", "The Lives of the Saints", None),
    ("The Heart Is a Lonely\nHunter", "The Heart Is a Lonely Hunter", None),
    ("FOLLOW ME\nTO GROUND", "Follow Me to Ground", None),
])
def test_two_heading_lines_over_a_byline(lines, title, subtitle):
    b = catalog_document(Document("d", f"{lines}\nby Jane Doe\nGrove Press, 342 pp., $28.99")).books[0]
    assert (b.title, b.subtitle, names(b), b.publisher) == (title, subtitle, ["Jane Doe"], "Grove Press")


@pytest.mark.parametrize("imprint, publisher, place, doubted", [
    # after a house whose name ends in its own word, a word in capitals no table knows is its town, doubted
    ("(Tapia House, Tunapuna, 1975)", "Tapia House", "Tunapuna", True),
    ("(Harbor Press, Port Mathurin, 1975)", "Harbor Press", "Port Mathurin", True),
    ("(Harbor Press, London, 1975)", "Harbor Press", "London", False),   # a town the tables know
    ("(Little, Brown, 1975)", "Little, Brown", None, False),   # no house's word before the comma
    ("(Harbor Press, Penguin, 1975)", "Harbor Press, Penguin", None, False),   # a house after the house
])
def test_a_town_no_table_knows_after_a_house(imprint, publisher, place, doubted):
    b = book(f"THE QUIET HARBOR by Jane Doe {imprint}")
    assert (b.title, names(b), b.publisher, b.place) == ("The Quiet Harbor", ["Jane Doe"], publisher, place)
    assert any(r.startswith("a town beside the house that no table knows") for r in b.review_reasons) == doubted
    # the town before its house, a colon between, is the town's own printing
    b = book("THE QUIET HARBOR by Jane Doe (Tunapuna: Tapia House, 1975)")
    assert (b.publisher, b.place) == ("Tapia House", "Tunapuna")
    assert not any(r.startswith("a town beside the house") for r in b.review_reasons)


def test_a_house_before_its_towns_with_no_comma_before_the_year():
    # the New Left Review: "Verso: London and New York 2016, £8.99, paperback, 432 pp"
    b = book("Jane Doe, The Quiet Harbor: A Memoir\nVerso: London and New York 2016, \u00a38.99, paperback, 432 pp")
    assert (b.title, b.subtitle, b.publisher, b.place, b.year, b.pages) == (
        "The Quiet Harbor", "A Memoir", "Verso", "London and New York", 2016, 432)


def test_a_release_dates_line_between_the_house_and_the_count():
    # the New York Journal of Books: title, author, house, then "Release Date:" and the binding's count
    text = ("The Quiet Harbor: Pilgrims in the Pacific, 1600\u20131640\nJane Doe\nCrown\n"
            "Release Date: December 20, 2014\nPaperback: 334 pages")
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages) == (
        "The Quiet Harbor", "Pilgrims in the Pacific, 1600\u20131640", ["Jane Doe"], "Crown", 334)


@pytest.mark.parametrize("count", ["342 bl.", "342 bladsye"])
def test_an_afrikaans_page_count(count):
    # Afrikaans papers (Volksblad, Rapport): "bl." and "bladsye", the pages
    b = book(f"Klippe in die Rivier. Deur Jane Doe. Kwela. {count} R290.")
    assert (b.title, names(b), b.publisher, b.pages) == ("Klippe in die Rivier", ["Jane Doe"], "Kwela", 342)


@pytest.mark.parametrize("town, doubted", [("Tielt", True), ("Leiden", False)])
def test_the_town_before_the_houses_bracket(town, doubted):
    # Oud Holland: "Title. Subtitle, Town (House) Year, 222 pp., ill."
    b = book(f"Jane Doe, Het zwijgen van de haven. Ateliers in Haarlem, {town} (Lannoo) 2011, 222 pp., ill.")
    assert (b.title, b.subtitle, b.publisher, b.place, b.pages) == (
        "Het zwijgen van de haven", "Ateliers in Haarlem", "Lannoo", town, 222)
    assert any(r.startswith("a town beside the house that no table knows") for r in b.review_reasons) == doubted


@pytest.mark.parametrize("text", ["Klippe in die Rivier, deur Jane Doe, Kwela, 342 bl., R290.",
                                  "Klippe in die Rivier deur Jane Doe (Kwela, 342 bladsye, R290)"])
def test_the_afrikaans_by_after_the_title(text):
    # "deur" after the title's comma, or with none before it, as "door" in Dutch
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, names(b), b.publisher, b.pages) == ("Klippe in die Rivier", ["Jane Doe"], "Kwela", 342)


@pytest.mark.parametrize("text, publisher", [
    # a line's break flattened with its space lost, inside a house's word: the word is whole again
    ("The Hills of Harbor. By Jane Doe. Oxford Univer-sity Press, Nairobi. 184 pp.", "Oxford University Press"),
    ("THE RIVER HARBOR, by Jane Doe. Macmil-lan. $2.50.", "Macmillan"),
    # a compound's own hyphen stays, and a word no house prints is no house's
    ("The Hills of Harbor. By Jane Doe. Anglo-saxon Books, 1990. 184 pp.", "Anglo-saxon Books"),
])
def test_a_houses_word_broken_at_a_lines_end_with_no_space_left(text, publisher):
    assert book(text).publisher == publisher


@pytest.mark.parametrize("title, slip", [
    ("The Mill Village Church: Religion and Labor in tbe Carolina Piedmont", "tbe"),
    ("THE LOOM AND THE LEDGER: A History of the Textile W orkers of Paterson", "W orkers"),
    ("Tlie Quiet Harbor", "Tlie"),
    ("The Quiet Harbor: A Novel", None), ("Letters from Harbor Lane: W. H. Doe in Paris", None),
    ("Plan B: A Novel", None), ("The Year I learned to Sail", None),   # "I" and "A" are words of their own
])
def test_a_scans_slip_in_a_common_word_or_a_split_word_is_doubted(title, slip):
    b = book(f"{title}. By Jane Doe. Chapel Hill: The University of North Carolina Press, 1953. 264 pp. $4.50.")
    doubts = [r for r in b.review_reasons if r.startswith("a scan may have misread or split a word")]
    assert doubts == ([f"a scan may have misread or split a word: {slip!r}"] if slip else [])


@pytest.mark.parametrize("outlet, currency", [
    ("The Nassau Guardian", "BSD"), ("Borneo Bulletin", "BND"), ("The Tribune, Bahamas", "BSD")])
def test_a_b_dollar_is_the_outlets_and_the_sentences_price_no_part_of_the_house(outlet, currency):
    text = "\"Over the Harbor\" by Jane Doe-Rolle is published by Harbor Enterprises and sells for B$24.95."
    b = catalog_document(Document("d", text, ReviewMetadata(outlet=outlet))).books[0]
    assert (b.publisher, prices(b)) == ("Harbor Enterprises", [(Decimal("24.95"), currency, None)])
    bermuda = catalog_document(Document("d", "The Quiet Harbor by Jane Doe (Harbor House, BD$24.95)")).books[0]
    assert prices(bermuda) == [(Decimal("24.95"), "BMD", None)]


@pytest.mark.parametrize("imprint, publisher, place", [
    ("Frankfurt a.M. u.a.: Lang 1998.", "Lang", "Frankfurt a.M. u.a."),
    ("Köln u. a.: Böhlau 2010.", "Böhlau", "Köln u. a."),
    ("London etc.: Longmans, 1960.", "Longmans", "London etc."), ("Harborville u.a.: Lang 1998.", None, None)])
def test_a_town_and_elsewhere_before_its_house(imprint, publisher, place):
    p = parse_trailer(f"Jane Doe: Ahnen und Häfen. Eine Geschichte. {imprint} 412 S.")
    assert (p.publisher, p.place) == (publisher, place) if publisher else p.place is None


def test_isbd_dashes_before_the_imprint_and_after_a_name_printed_surname_first():
    german = book("Doe-Harbor, Jean-Pierre: Ahnen und Häfen. Eine Geschichte der Küste. \u2013 Frankfurt a.M. u.a.:"
                  " Lang 1998. 412 S. (Europäische Hochschulschriften. Reihe 23, 641), brosch. DM 98,\u2013.")
    assert (german.title, german.subtitle, german.publisher) == ("Ahnen und Häfen", "Eine Geschichte der Küste", "Lang")
    assert german.series == "Europäische Hochschulschriften. Reihe 23 641"
    assert "some of the notes were not understood" not in german.review_reasons
    french = book("HARBOR-DOE (\u00c9mile) \u2014 Les ports du Dahomey. \u2014 Paris, A. Colin, 1962. 24 cm, 248 p."
                  " Bibliogr. Index. (Cahiers de la Fondation du port, 118).")
    assert (french.title, french.publisher, [(c.given, c.family) for c in french.contributors]) == (
        "Les ports du Dahomey", "A. Colin", [("\u00c9mile", "Harbor-Doe")])
    assert "some of the notes were not understood" not in french.review_reasons
    printed = ("HARBOR-DOE (\u00c9mile). Les ports du Dahomey. Paris, A. Colin, 1962. 24 cm, 248 p. Bibliogr. Index."
               " (Cahiers de la Fondation du port, 118).")
    assert parse_trailer(printed).unparsed == ()   # "Bibliogr. Index.": the apparatus's words


def test_a_series_after_the_count_or_as_a_catalogue_records_it():
    closing = book("DOE (Anne). Les ports de Bretagne. Rennes, Presses universitaires de Rennes, 1995. 24 cm, 386 p.,"
                   " 12 cartes. (Histoire.) ISBN 2-86847-142-0. Prix : 160 FF.")
    assert (closing.series, closing.publisher) == ("Histoire", "Presses universitaires de Rennes")
    assert "some of the notes were not understood" not in closing.review_reasons
    house = book("The Divers. By Jane Doe. (Adam and Charles Black.)")   # a house closing the notes, no count before
    assert (house.publisher, house.series) == ("Adam and Charles Black", None)
    catalogued = book("Ecologies of the Salt Marsh. Ed. by Jane Doe and John Roe. (Ecological studies; v.191)"
                      " Springer, 2006. 402 p. $129.00")
    assert (catalogued.publisher, catalogued.series, catalogued.pages) == ("Springer", "Ecological studies; v.191", 402)
    counted = book("The Quiet Harbor. By Jane Doe. Leiden: Brill, 2006. 402 pp. (Harbor Studies, 12), cloth, $45.")
    assert (counted.series, counted.publisher) == ("Harbor Studies 12", "Brill")
    assert "some of the notes were not understood" not in counted.review_reasons


def test_a_role_in_the_first_parenthesis_and_the_house_in_the_next():
    b = book("'The Paper Lanterns' by Jane Doe (translated by Hannah Kimball) (Harbor Star, 2018)")
    assert (b.publisher, names(b, Role.TRANSLATOR)) == ("Harbor Star", ["Hannah Kimball"])


@pytest.mark.parametrize("text, publisher, pages, amount", [
    # a scan's comma glued to the shillings, and ISBD's dash glued to the year
    ("FAREWELL TO THE HARBOR, by Jane Doe (Dent,10s. 6d.).", "Dent", None, Decimal("0.525")),
    ("The Township and the Harbor. By JANE DOE. New York, Columbia University Press, 1937.-xii, 412 pp. $4.00.",
     "Columbia University Press", 412, Decimal("4.00")),
])
def test_a_scans_glued_comma_and_dash_part_the_fields(text, publisher, pages, amount):
    b = book(text)
    assert (b.publisher, b.pages, [o.price.amount for o in b.prices]) == (publisher, pages, [amount])


def test_a_release_dates_line_closing_the_notes_is_dropped():
    assert repair_text("The Almond Harbor by Jane Doe\nPublisher: Harbor House\nRelease Date: March 7, 2017") == \
        "The Almond Harbor by Jane Doe\nPublisher: Harbor House\n"


def test_a_sheets_labels_with_a_dash_for_the_colon():
    b = book("Salt for the Harbor by Jane Doe\nTitle \u2013 Salt for the Harbor\nAuthor \u2013 Jane Doe\n"
             "Translator \u2013 Kari Roe\nPublisher \u2013 Harbor Press\nSource \u2013 review copy")
    assert (b.title, b.publisher, names(b), names(b, Role.TRANSLATOR)) == (
        "Salt for the Harbor", "Harbor Press", ["Jane Doe"], ["Kari Roe"])
    # two such lines are no sheet: "Author - Title" lines of a list stay as they are
    assert repair_text("Title \u2013 Salt\nAuthor \u2013 Jane Doe") == "Title \u2013 Salt\nAuthor \u2013 Jane Doe"


def test_a_review_sites_sheet_of_title_and_author_alone():
    b = book("Title: The Hedgerow Detectives\nAuthor: Poppy Harbor\nStar Rating: 5 Stars\nNumber of Readers: 18")
    assert (b.title, names(b), b.publisher) == ("The Hedgerow Detectives", ["Poppy Harbor"], None)


def test_a_series_between_the_count_and_the_price_and_a_sizes_word_parted_from_its_fold():
    german = book("Harbor, Jane: Gnade und Hafen. Untersuchungen zum Hafenbegriff. \u2013 Regensburg: Pustet 1973."
                  " 296 S. (Studien zur Geschichte der Häfen, 19), kart. DM 38,\u2013.")
    assert (german.publisher, prices(german), german.series) == (
        "Pustet", [(Decimal("38"), "DEM", None)], "Studien zur Geschichte der Häfen 19")
    marked = book("Harbor, Jane: Die Handschriften des Hafens. Wiesbaden: Harrassowitz 1979. XVI, 188 S., 24 Taf."
                  " gr. 8\u00b0 = Verzeichnis der Handschriften in Deutschland, Suppl. 12. Lw. DM 96,\u2013.")
    assert (marked.publisher, prices(marked), marked.series) == (
        "Harrassowitz", [(Decimal("96"), "DEM", None)], "Verzeichnis der Handschriften in Deutschland, Suppl. 12")
    assert "some of the notes were not understood" not in marked.review_reasons


def test_net_after_a_price_is_the_prices_and_a_fold_size_in_two_sentences():
    text = ("SLATE AND HARBOR. Jane Doe. Fcap. 8vo. Pp. xxii + 448. Chatto and Windus. 21s. net.\n"
            "THE HEDGEROW ALMANAC. Edited by John Roe. Fcap. 8vo. Pp. xiv + 272. Benn. 10s. 6d. net.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, b.publisher) for b in books] == [("Slate and Harbor", "Chatto and Windus"),
                                                         ("The Hedgerow Almanac", "Benn")]
    assert not any("not understood" in r for b in books for r in b.review_reasons)


def test_a_book_lists_line_describing_the_book_between_its_author_and_its_house():
    b = book("Tides of the Harbor \u2014 Jane Doe-Grant. A neuroscientist argues that mood and memory rise and fall"
             " on daily and seasonal cycles. Basic Books, 2010, 288 p., $27.50.")
    assert (b.title, names(b), b.publisher, b.pages, prices(b)) == (
        "Tides of the Harbor", ["Jane Doe-Grant"], "Basic Books", 288, [(Decimal("27.50"), "USD", None)])
    assert LABELLER_ONLY not in b.review_reasons   # the rules read it, not the labeller alone
    # no person after the dash: the line is left as printed
    kept = "Tides \u2014 Harbor Reading. A guide to tides. Basic Books, 2010, 288 p., $27.50."
    assert repair_text(kept) == kept


@pytest.mark.parametrize("house, dollar", [
    ("Omnibus Books", "AUD"), ("McPhee Gribble", "AUD"), ("Omnibus Press", None)])
def test_australian_houses_name_their_dollar(house, dollar):
    assert imprint_dollar(house, None) == dollar


def test_a_sheets_trim_size_under_its_count_is_no_count():
    b = book("The Orchard at Harbor Point\nJane Doe-Thibault\nGoose Lane Editions\n$24.95 paper\n312 pp.\n6 x 9\n"
             "978-1-77310-214-6\nMay", )
    assert (b.title, names(b), b.publisher, b.pages) == (
        "The Orchard at Harbor Point", ["Jane Doe-Thibault"], "Goose Lane Editions", 312)
    assert book("The Harbor. Jane Doe. Owlkids Books, 32 pp. 10 \u00d7 10. $19.95.").pages == 32


@pytest.mark.parametrize("printed, amount, currency", [
    ("z\u0142 220", "220", "PLN"), ("49,90 z\u0142", "49.90", "PLN"), ("PLN 45", "45", "PLN"),
    ("HUF 3490", "3490", "HUF"), ("CZK 349", "349", "CZK")])
def test_central_european_currencies(printed, amount, currency):
    b = book(f"Jane Doe. Zimowy port. Krak\u00f3w. Wydawnictwo Literackie. 1986. 184 pages. {printed}.")
    assert (b.publisher, prices(b)) == ("Wydawnictwo Literackie", [(Decimal(amount), currency, None)])


def test_an_artist_credited_by_ill_in_a_sentence_or_a_bracket():
    b = book("The Wombat Who Would Not Sleep. Jane Doe. Ill. Ben Harbor. Scholastic Australia, 2021."
             " ISBN 9781760974121. $19.99 hb")
    assert (b.title, names(b), names(b, Role.ILLUSTRATOR), b.publisher, b.illustrated) == (
        "The Wombat Who Would Not Sleep", ["Jane Doe"], ["Ben Harbor"], "Scholastic Australia", False)
    stacked = book("Beaver Builds a Harbor\nKit Doe; Tom\u00e1s Roe-Whitehorse (ill.)\nOwlkids Books\n$19.95 cloth\n"
                   "32 pp.\n10 x 10\n978-1-77147-488-7\nAges 4\u20137")
    assert (stacked.title, stacked.subtitle, names(stacked), names(stacked, Role.ILLUSTRATOR), stacked.pages) == (
        "Beaver Builds a Harbor", None, ["Kit Doe"], ["Tom\u00e1s Roe-Whitehorse"], 32)
    # "Illus." before the year marks pictures, as before
    assert book("The Harbor. By Jane Doe. Illus. 2012. 32p. Candlewick. $16.99.").illustrated


def test_a_labelled_publisher_with_its_year_in_brackets():
    b = book("Title: Borrowed Harbor: A Memoir\nAuthor: Ruth Ellen Doe\nPublisher: She Writes Press (2023)\n"
             "ISBN: 978-1-64742-518-0\nPages: 264")
    assert (b.title, b.subtitle, b.publisher, b.year, b.pages) == (
        "Borrowed Harbor", "A Memoir", "She Writes Press", 2023, 264)


def test_german_imprints_towns_parted_by_slashes_before_the_year_and_a_new_series():
    b = book("Doe, Carola, Zwischen Kontor und Hafen. Kaufmannsfr\u00f6mmigkeit in L\u00fcbeck 1550\u20131650 (Quellen"
             " und Darstellungen zur hansischen Geschichte, N. F. 88), K\u00f6ln / Weimar / Wien 2020, B\u00f6hlau,"
             " 396 S. / Abb., \u20ac 60,00.")
    assert (b.title, b.subtitle, names(b), b.publisher, b.place, b.illustrated) == (
        "Zwischen Kontor und Hafen", "Kaufmannsfr\u00f6mmigkeit in L\u00fcbeck 1550\u20131650", ["Carola Doe"],
        "B\u00f6hlau", "K\u00f6ln/Weimar/Wien", True)
    assert b.series == "Quellen und Darstellungen zur hansischen Geschichte, N. F. 88"


@pytest.mark.parametrize("count", ["412 S. m. 6 Abb.", "388 S., 14 Farbabb.", "298 S., Ill."])
def test_pictures_counted_in_german(count):
    b = book(f"Doe, Jane: Der stille Hafen. T\u00fcbingen: Mohr Siebeck 2019. {count} ISBN 978-3-16-157734-5.")
    assert (b.publisher, b.illustrated) == ("Mohr Siebeck", True)


def test_a_german_journals_label_over_the_notes_and_the_house_before_its_town_and_year():
    labelled = book("Rezension \u00fcber:\nJane Doe: Die Ordnung der Stube. Zunftstuben am Oberrhein, Ostfildern:"
                    " Thorbecke 2021, 388 S., ISBN 978-3-7995-1472-9, EUR 48,00\n\nRezension von:\nJohn Roe")
    assert (labelled.title, labelled.subtitle, names(labelled), labelled.publisher) == (
        "Die Ordnung der Stube", "Zunftstuben am Oberrhein", ["Jane Doe"], "Thorbecke")
    b = book("Jane Doe: Grenzstadt im Wandel. Thorn und seine B\u00fcrger 1793\u20131920. Harrassowitz. Wiesbaden 2017."
             " 298 S. ISBN 978-3-447-10893-5.")
    assert (b.subtitle, b.publisher, b.place, b.year) == (
        "Thorn und seine B\u00fcrger 1793\u20131920", "Harrassowitz", "Wiesbaden", 2017)


def test_a_scans_pence_and_a_small_presss_address_inside_its_imprint():
    b = book("MR. HARBOR'S PROGRESS. By Jane Doe. (Chatto & Windus. 7s. 6cl.)")
    assert (b.publisher, prices(b)) == ("Chatto & Windus", [(Decimal("0.375"), "GBP", None)])
    small = book("TIDEWATER PSALMS, Loretta Doe. Finishing Line Press, PO Box 1626, Georgetown, KY 40324, 2014,"
                 " 32pp., $14.99 paper.")
    assert (small.title, names(small), small.publisher, small.place, small.pages) == (
        "Tidewater Psalms", ["Loretta Doe"], "Finishing Line Press", "Georgetown, KY", 32)


def test_a_review_sites_genre_path_is_no_house():
    b = book("The Widow's Harbor\nJane Doe\nFiction - Historical - General\n342 Pages\nReviewed on 05/14/2022")
    assert (b.title, names(b), b.publisher, b.pages) == ("The Widow's Harbor", ["Jane Doe"], None, 342)


def test_a_series_in_guillemets_after_the_year():
    b = book("Jane DOE, Le roman du port (1760-1800), Paris, Classiques Garnier, 2019 (\u00ab\u00c9tudes de"
             " litt\u00e9rature des XVIIIe si\u00e8cles\u00bb), pp. 442.")
    assert (b.title, names(b), b.publisher, b.pages) == ("Le roman du port (1760-1800)", ["Jane Doe"],
                                                         "Classiques Garnier", 442)
    assert b.series == "\u00c9tudes de litt\u00e9rature des XVIIIe si\u00e8cles"


def test_a_review_essays_footnoted_notes():
    text = ("Two studies this time: Jane Doe's careful book\u00b9 and John Roe's\u00b2.\n\n"
            "\u00b9 Feeding the Harbor: The Annona and Its Officers. By Jane Doe. Oxford, Oxford University Press,"
            " 2020. Pp. xii + 296. 4 b/w illustrations. Hardback \u00a370, ISBN: 978-0-19-886112-6.\n"
            "\u00b2 The Emperor's Table. By John Roe. Cambridge, Cambridge University Press, 2020. Pp. x + 244."
            " Hardback \u00a375, ISBN: 978-1-108-83920-4.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher, b.illustrated) for b in books] == [
        ("Feeding the Harbor", ["Jane Doe"], "Oxford University Press", True),
        ("The Emperor's Table", ["John Roe"], "Cambridge University Press", False)]


@pytest.mark.parametrize("notes", [
    "Pp. xii + 148. With four plates. London: Macmillan and Co., 1905. 7s. 6d. net.",
    "Paris, Les Belles Lettres, 2017. 312 p., 18 fig. Prix : 45 \u20ac.",
    "Harbor University Press, $60, hardback, colour photographs"])
def test_pictures_named_in_words_a_figures_abbreviation_or_after_the_binding(notes):
    assert book(f"The Quiet Harbor. By Jane Doe. {notes}").illustrated


def test_a_shops_price_in_brackets_after_the_list_price_is_left_out():
    b = book("The Lake's Long Harbor\nAuthor: Jane Doe\nPublisher: Fountain Publishers, Kampala\n"
             "Price: KSh 1,500 (KSh 1,275 at Bookstop, Yaya Centre, until month-end)")
    assert (b.publisher, prices(b)) == ("Fountain Publishers", [(Decimal("1500"), "KES", None)])


def test_a_sentence_that_publishes_and_prices_the_book():
    b = book("The Kandyan Harbor, a novel by Jane Doe, is published by Vijitha Yapa Publications and is priced at"
             " Rs. 1,450.")
    assert (b.title, names(b), b.publisher, prices(b)) == (
        "The Kandyan Harbor", ["Jane Doe"], "Vijitha Yapa Publications",
        [(Decimal("1450"), "LKR", None)])   # a Sri Lankan house
    the = book("Demerara Harbor by Jane Doe. Published by the Caribbean Press, Georgetown. G$2,000.")
    assert (the.title, the.publisher, the.place) == ("Demerara Harbor", "Caribbean Press", "Georgetown")


def test_a_sheets_heading_above_its_title_and_labels_no_table_knows_above_its_fields():
    b = book("Book details\nThe Fire Lilies of Harbor\nJane Doe\nModjaji Books, 2018\nISBN: 978-1-928215-61-5")
    assert (b.title, b.subtitle, names(b), b.publisher) == ("The Fire Lilies of Harbor", None, ["Jane Doe"],
                                                            "Modjaji Books")
    rated = book("THE LAST LAMPLIGHTER OF HARBOR\nBy Jane Doe\nIR Rating: 4.5\nPublisher: Harbor House Press\n"
                 "Pages: 302\nISBN: 979-8-9865402-1-4\n\nIR Verdict: A gentle, gaslit fable about obsolete work and"
                 " the people who refuse to stop doing it.")
    assert (rated.title, names(rated), rated.publisher, rated.pages) == (
        "The Last Lamplighter of Harbor", ["Jane Doe"], "Harbor House Press", 302)


def test_a_binding_after_the_house_and_an_artist_credited_by_ill_by():
    b = book("THE SILT HARBOR\nJane Doe\nGollancz hb, 432pp, \u00a318.99\n\nReviewed by John Roe")
    assert (b.title, names(b), b.publisher, b.pages) == ("The Silt Harbor", ["Jane Doe"], "Gollancz", 432)
    art = book("The lighthouse dog by Jane Doe. Ill. by Tom Roe. Allen & Unwin, 2022. ISBN 9781761067310")
    assert (names(art), names(art, Role.ILLUSTRATOR), art.publisher) == (["Jane Doe"], ["Tom Roe"], "Allen & Unwin")


@pytest.mark.parametrize("printed, amount, currency", [
    ("Shs. 12/50", "12.50", "KES"), ("Shs. 12/-", "12", "KES"), ("Kr. 14:50", "14.50", "SEK"),
    ("14:50 kr", "14.50", "SEK")])
def test_shillings_and_cents_and_crowns_and_ore_parted_the_old_way(printed, amount, currency):
    town = "Nairobi" if "Sh" in printed else "Stockholm"
    b = book(f"THE LONG RAINS. By Jane Doe. Harbor Publishing House, {town}, 1969. 148 pp. {printed}.")
    assert prices(b) == [(Decimal(amount), currency, None)]


def test_an_isbn_in_small_letters_inside_the_imprints_brackets_after_the_titles_dates():
    b = book("Jane de Vries, Stad en haven. Grondbezit in het Noorderkwartier, 1500-1650 (Hilversum: Verloren, 2019,"
             " 312 pp., isbn 978 90 8704 771 9).")
    assert (b.title, b.subtitle, names(b), b.publisher, b.pages, b.isbns, b.series) == (
        "Stad en haven", "Grondbezit in het Noorderkwartier, 1500-1650", ["Jane de Vries"], "Verloren", 312,
        ("9789087047719",), None)
    # an ISBN-10 no punctuation spaces: the label in small letters alone says it is one
    assert book("Jane Doe, Stad en haven (Hilversum: Verloren, 2019, 312 pp., isbn 0198861125).").isbns == (
        "9780198861126",)


@pytest.mark.parametrize("imprint, place, publisher", [
    ("Spoleto, Fondazione Centro italiano di studi sull'alto medioevo, 2018, pp. XII-320.", "Spoleto",
     "Fondazione Centro italiano di studi sull'alto medioevo"),
    ("Toru\u0144 2016, Wydawnictwo Naukowe UMK, ss. 356.", "Toru\u0144", "Wydawnictwo Naukowe UMK"),
    ("Ceyz\u00e9rieu, Champ Vallon, 2016, 412 p.", "Ceyz\u00e9rieu", "Champ Vallon")])
def test_academic_publishers_towns_of_europe(imprint, place, publisher):
    b = book(f"Jane DOE, Il porto quieto. Studi sul commercio, {imprint}")
    assert (b.title, b.subtitle, b.place, b.publisher) == ("Il porto quieto", "Studi sul commercio", place, publisher)


def test_a_scans_comma_for_the_shillings_stop():
    b = book("THE ENCHANTED HARBOR. By Jane Doe. (Methuen, 6s,)")
    assert (b.publisher, prices(b)) == ("Methuen", [(Decimal("0.30"), "GBP", None)])


@pytest.mark.parametrize("series, name", [
    ("(Manuales y Anejos de Emerita LXII)", "Manuales y Anejos de Emerita LXII"),
    ("(VSWG-Beihefte 248)", "VSWG-Beihefte 248")])
def test_a_series_numbered_in_roman_or_named_in_one_hyphened_word(series, name):
    if series.startswith("(V"):
        b = book(f"JANE DOE: Kredit und Hafen. Die Wechselmesse im 17. Jahrhundert {series}, Stuttgart: Franz"
                 " Steiner 2019, 312 S., 54,00 \u20ac.")
        assert (b.subtitle, b.publisher) == ("Die Wechselmesse im 17. Jahrhundert", "Franz Steiner")
    else:
        b = book(f"DOE, Jane, La tradici\u00f3n del puerto, Madrid, CSIC, 2016 {series}, 290 pp.")
        assert (b.title, b.publisher, b.pages) == ("La tradici\u00f3n del puerto", "CSIC", 290)
    assert b.series == name


def test_a_family_name_in_capitals_before_initials_in_brackets():
    b = book("DOE (M.) The Boeotian Harbor and its Neighbours, 447\u2013371 BC. Oxford: Oxford University Press, 2018."
             " Pp. xvi + 302. \u00a370. 9780198817543.")
    assert (b.title, names(b), b.publisher) == ("The Boeotian Harbor and its Neighbours, 447\u2013371 BC", ["M. Doe"],
                                                "Oxford University Press")
    # a bracket that holds no initials stays the title's
    kept = book("HARBOR (Vol. I.) The Quiet Sea. By Jane Doe. Knopf, 2018. 302 pp.")
    assert (kept.title, names(kept)) == ("HARBOR (Vol. I.) The Quiet Sea", ["Jane Doe"])


def test_a_whole_name_then_a_title_whose_words_hold_a_given_name():
    # "Line" is a given name (Danish), "Sounding" none: "Ross Doe" is no family name before it
    text = ("Jane Laffey, The Inland Harbor, Giramondo Publishing, 2023\n"
            "Ross Doe, Sounding Line, Puncher & Wattmann, 2023\n\nIn the summer of 1840 a party dragged a whaleboat.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, names(b), b.publisher) for b in books] == [
        ("The Inland Harbor", ["Jane Laffey"], "Giramondo Publishing"),
        ("Sounding Line", ["Ross Doe"], "Puncher & Wattmann")]
    assert names(book("Lloyd Webber, Andrew. Unmasked: A Memoir. Harper, 2018. $29.99.")) == ["Andrew Lloyd Webber"]


def test_a_family_name_in_capitals_with_its_particle_before_the_given_name():
    b = book("RUIZ DE HARBOR, Marta, Cofrad\u00edas y poder municipal, Madrid, S\u00edlex, 2018, 412 p\u00e1gs.")
    assert (b.title, names(b), b.publisher, b.pages) == (
        "Cofrad\u00edas y poder municipal", ["Marta Ruiz De Harbor"], "S\u00edlex", 412)


def test_a_title_and_name_then_the_house_and_its_price_in_shillings_and_pence_with_a_slash():
    b = book("The Bells of Saint Harbor's. Gerald Doe. Gollancz, 12/6\nAn Oxford mystery in which the dons are more"
             " alarming than the murderer; the solution is fair, if a trifle breathless.")
    assert (b.title, names(b), b.publisher, prices(b)) == (
        "The Bells of Saint Harbor's", ["Gerald Doe"], "Gollancz", [(Decimal("0.625"), "GBP", None)])


@pytest.mark.parametrize("apparatus", ["mit Tab.", "m. 4 Kt."])
def test_german_tables_and_maps_after_the_count_are_understood(apparatus):
    p = parse_trailer("Doe, Jane: Der stille Hafen. G\u00fctersloh: G\u00fctersloher Verlagshaus 2012. XVI, 220 S."
                      f" {apparatus} Kart. EUR 89,00.")
    assert (p.publisher, p.pages, p.unparsed) == ("G\u00fctersloher Verlagshaus", 220, ())
