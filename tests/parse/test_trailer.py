"""One test per trailer style, written from how each outlet prints its notes."""
from decimal import Decimal

import pytest

from catalog.model import Document, Role
from catalog.parse.head import BY_NAME_SHAPE, split_title_and_people
from catalog.parse.imprint import RUN_TOGETHER, sentence_breaks
from catalog.parse.names import is_person
from catalog.parse.tables import is_place, place_imprint
from catalog.parse.trailer import ocr_years, parse_trailer, split_books, without_list_numbers
from catalog.pipeline import catalog_document


def fields(text):
    p = parse_trailer(text)
    people = [(r.value, n) for r, n in p.contributors]
    prices = [(str(o.price.amount), o.price.currency, o.binding) for o in p.offers if o.price]
    return p.title, p.subtitle, people, p.publisher, p.pages, p.illustrated, prices


def test_nyt_books_of_the_times_with_quotes():
    assert fields("'A CITY OF GLASS' Life in Venice By Mark Rowe Illustrated. 290 pages. Houghton Mifflin. $24.95") == (
        "A CITY OF GLASS", "Life in Venice", [("author", "Mark Rowe")], "Houghton Mifflin", 290, True,
        [("24.95", "USD", None)])


def test_nyt_books_of_the_times_without_quotes():
    t = fields("THE LONG MARCH Mao and the Red Army By Ann Lee. 412 pages. Little, Brown & Company. $30")
    assert t[:2] == ("THE LONG MARCH", "Mao and the Red Army")
    assert t[3] == "Little, Brown & Company"


def test_nyt_book_review_with_translator_and_bindings():
    assert fields("THE SEA: A Novel. By Jon Fosse. Translated by May Stone. 180 pp. Dalkey Archive. "
                  "Paper, $12.95.") == (
        "THE SEA", "A Novel", [("author", "Jon Fosse"), ("translator", "May Stone")], "Dalkey Archive", 180,
        False, [("12.95", "USD", "paper")])


def test_nyt_cloth_and_paper():
    assert fields("LETTERS. Edited by Ruth Hale. 500 pp. Yale University Press. Cloth, $40; paper, $18.")[6] == [
        ("40", "USD", "cloth"), ("18", "USD", "paper")]


@pytest.mark.parametrize("phrase,role", [
    ("Illustrated by Dan Gray", "illustrator"), ("Photographs by Dan Gray", "photographer"),
    ("With an introduction by Dan Gray", "introduction"), ("Edited by Dan Gray", "editor"),
    ("Foreword by Dan Gray", "foreword"),
])
def test_nyt_role_phrases(phrase, role):
    assert (role, "Dan Gray") in fields(f"NIGHT GARDEN. By Eve Hart. {phrase}. 96 pp. Knopf. $17.")[2]


def test_co_authors_by_and_with():
    assert fields("A TITLE. By Ann Bell and Tom Reed. 200 pp. Norton. $25.")[2] == [
        ("author", "Ann Bell"), ("author", "Tom Reed")]
    assert fields("A TITLE. By Ann Bell with Tom Reed. 200 pp. Norton. $25.")[2] == [
        ("author", "Ann Bell"), ("author", "Tom Reed")]


def test_recommendation_list_with_comma_publisher_and_imprint():
    assert fields("NORTHERN LIGHTS: A Memoir, by Sara Quinn. (Farrar, Straus & Giroux, $27.)")[3] == (
        "Farrar, Straus & Giroux")
    assert fields("THE FIELD, by Tom Hill. (Ecco/HarperCollins, paper, $15.)")[3:] == (
        "Ecco/HarperCollins", None, False, [("15", "USD", "paper")])


def test_magazine_column_title_then_author_by_casing():
    assert fields("Winter Orchard Margaret Atwood (Knopf, $24.95)")[:4] == (
        "Winter Orchard", None, [("author", "Margaret Atwood")], "Knopf")


def test_los_angeles_times_header():
    assert fields("A WINTER WAR; A Novel; By Mark Dean; Knopf: 280 pp., $23")[:5] == (
        "A WINTER WAR", "A Novel", [("author", "Mark Dean")], "Knopf", 280)


def test_newspaper_header_on_separate_lines_with_translator_language():
    p = parse_trailer("THE SILENT HOUSE\nBy Orhan Pamuk, translated from the Turkish by Robert Finn\n"
                      "Knopf, 334 pages, $26.95")
    assert p.title == "THE SILENT HOUSE" and p.original_language == "Turkish"
    assert [(r.value, n) for r, n in p.contributors] == [("author", "Orhan Pamuk"), ("translator", "Robert Finn")]


def test_parenthesized_imprint_with_semicolons_and_missing_paren():
    assert fields("DEEP WATER\nBy Ann Lee\n(Scribner; 320 pages; $26")[3:5] == ("Scribner", 320)


def test_prize_notices_several_books():
    block = ("\u201cRiver: Poems\u201d by Ann Lee (Graywolf); \u201cThe Harbor\u201d by Tom Reed (Knopf); "
             "\u201cSalt\u201d by Eve Hart (Norton)")
    books = [parse_trailer(t) for t in split_books(block)]
    assert [(b.title, b.subtitle, b.publisher) for b in books] == [
        ("River", "Poems", "Graywolf"), ("The Harbor", None, "Knopf"), ("Salt", None, "Norton")]


@pytest.mark.parametrize("block", [
    # a word joins two books, each with its imprint
    "The Quiet Harbor by Jane Doe (Faber, \u00a314.99) and The Open Sea by John Roe (Cape, \u00a316.99)",
    # NYT lists: each book's title in capitals and its byline, after the last book's stop
    "THE QUIET HARBOR. By Jane Doe. 320 pp. Knopf. $27.95. THE OPEN SEA. By John Roe. 280 pp. Viking. $26.",
    "THE QUIET HARBOR, by Jane Doe. (Knopf, $27.95.) THE OPEN SEA, By John Roe. (Viking, $26.)",
])
def test_two_books_in_one_paragraph(block):
    books = [parse_trailer(t) for t in split_books(block)]
    assert [(b.title.title(), [n for _, n in b.contributors]) for b in books] == [
        ("The Quiet Harbor", ["Jane Doe"]), ("The Open Sea", ["John Roe"])]


def test_a_stop_before_a_title_in_capitals_parts_no_book_without_its_byline():
    block = "THE QUIET HARBOR. By Jane Doe. 320 pp. Knopf. $27.95. ALSO RECOMMENDED. Knopf."
    assert len(split_books(block)) == 1
    # a section's name in capitals between two books is no book's title
    block = ("THE QUIET HARBOR. By Jane Doe. 320 pp. Knopf. $27.95. CHILDREN'S BOOKS. THE OPEN SEA. By John Roe. "
             "280 pp. Viking. $26.")
    assert all(parse_trailer(t).title != "CHILDREN'S BOOKS" for t in split_books(block))
    # a title that opens with "and" keeps it where no book stood before it
    assert split_books("and the Harbor, by Jane Doe (Knopf, $25)") == ["and the Harbor, by Jane Doe (Knopf, $25)"]


@pytest.mark.parametrize("text", ["THE QUIET HARBOR. By Jane Doe. Faber. 320 pp. 15s.",
                                  "THE QUIET HARBOR. By Jane Doe. Faber. 320 pp. 10s. 6d."])
def test_shillings_after_the_page_count_are_a_price_not_a_count(text):
    p = parse_trailer(text)
    assert (p.publisher, p.pages, len(p.offers)) == ("Faber", 320, 1)


def test_quarterly_notes_with_glued_initials_and_two_bindings():
    t = fields("Planters and Kin: Family in the South, by Paul D.Smith. LSU $45 cloth, $19.95 paper")
    assert t[2:4] == ([("author", "Paul D.Smith")], "LSU")
    assert t[6] == [("45", "USD", "cloth"), ("19.95", "USD", "paper")]


def test_publishers_weekly_with_isbn():
    p = parse_trailer("Morning Birds\nAnn Lee, illus. by Tom Reed. Candlewick, $17.99 (40p) ISBN 978-0-306-40615-7")
    assert p.title == "Morning Birds" and p.pages == 40 and not p.illustrated
    assert [(r.value, n) for r, n in p.contributors] == [("author", "Ann Lee"), ("illustrator", "Tom Reed")]
    assert [o.isbn13 for o in p.offers] == ["9780306406157"]


def test_british_review_pound_prices():
    assert fields("The Long Shore, by Ann Lee; Faber, 304 pages, \u00a318.99.")[3:] == (
        "Faber", 304, False, [("18.99", "GBP", None)])


def test_invalid_isbn_is_a_warning_and_kept_out():
    record = catalog_document(Document("d", "Morning\nAnn Lee. Candlewick, $17 (40p) ISBN 978-0-306-40615-8"))
    assert record.books[0].isbns == ()
    assert any("invalid ISBN" in w for w in record.warnings)


def test_unknown_imprint_words_are_kept_with_a_warning():
    record = catalog_document(Document(
        "d", "A TITLE. By Ann Bell. 200 pp. Norton. A Book-of-the-Month Selection. $25."))
    assert record.books[0].notes == ("A Book-of-the-Month Selection",)
    assert any("not understood" in w for w in record.warnings)


def test_amounts_are_decimals():
    assert parse_trailer("T, by Ann Lee. (Holt, $1,250.)").offers[0].price.amount == Decimal("1250")


def test_magazine_column_corporate_author():
    p = parse_trailer("Soup for Winter The Recipe Club of Saint Mary's Church (Knopf, $19.95)")
    assert (p.title, p.contributors[0][1], p.publisher) == (
        "Soup for Winter", "The Recipe Club of Saint Mary's Church", "Knopf")
    record = catalog_document(Document("d", "Soup for Winter The Recipe Club of Saint Mary's Church (Knopf, $19.95)"))
    assert record.books[0].contributors[0].literal == "The Recipe Club of Saint Mary's Church"


def test_edited_by_two_editors():
    assert fields("Letters From Home: Essays, edited by Ann Lee and Tom Reed. Yale $30")[2:4] == (
        [("editor", "Ann Lee"), ("editor", "Tom Reed")], "Yale")


def test_line_broken_inside_a_title_and_a_name():
    record = catalog_document(Document(
        "d", "THE LONG\nWINTER\nBy Ann\nLee\n(Knopf; 210 pages; $24)\n\n"
             "The novel begins in a cold town by the sea and never lets go."))
    book = record.books[0]
    assert (book.title, book.contributors[0].display, book.pages) == ("The Long Winter", "Ann Lee", 210)


@pytest.mark.parametrize("text,series", [
    ("THE ODYSSEY. By Homer. 582 pp. Norton. (Norton Library.) $39.95.", "Norton Library"),
    ("POEMS, by Ann Lee. (Yale, Yale Series of Younger Poets, $18.)", "Yale Series of Younger Poets"),
])
def test_series_after_the_publisher(text, series):
    p = parse_trailer(text)
    assert p.series == series and p.publisher in {"Norton", "Yale"}


def test_a_head_of_people_alone_has_no_title():
    # "By Jane Doe" under a line the locator did not take: no title is made of "By"
    from catalog.parse.head import BY_MARKER, split_head
    assert split_head("By Jane Doe") == ("", "By Jane Doe", BY_MARKER)


def test_a_name_no_given_name_list_knows_still_ends_a_comma_entry():
    # "Title, Name, Publisher: pages, price" (a newspaper's list): the name is told by its shape
    # alone, so the publisher is found and the cut is a guess the record says
    from catalog.parse.imprint import split_trailer
    split = split_trailer("The Harbor of the Dead, Askold Melnyczuk, Counterpoint: 266 pp., $25")
    assert split.head.strip() == "The Harbor of the Dead, Askold Melnyczuk,"
    assert split.guess == "title, author and publisher told apart by the shape of a name"
    assert parse_trailer("The Harbor of the Dead, Askold Melnyczuk, Counterpoint: 266 pp., $25").publisher \
        == "Counterpoint"
    # a title's words are no name: "Harbor of the Dead" is not cut from "Counterpoint" by a
    # name's shape; the publisher's known name closes the run (a guess the record says too)
    split = split_trailer("The Quiet Harbor, The Harbor of the Dead, Counterpoint: 266 pp., $25")
    assert (split.head.strip(), split.guess) == ("The Quiet Harbor, The Harbor of the Dead,", RUN_TOGETHER)


def test_a_german_review_head_with_the_year_before_the_publisher():
    p = parse_trailer("Doe, Jane; Roe, John: Der stille Hafen. Eine Geschichte der Küste, "
                      "München 2011: C.H. Beck, 320 S., € 24,95.")
    assert (p.title, p.subtitle, [n for _, n in p.contributors]) == (
        "Der stille Hafen", "Eine Geschichte der Küste", ["Jane Doe", "John Roe"])
    assert (p.place, p.year, p.publisher, p.pages) == ("München", 2011, "C.H. Beck", 320)
    assert [(str(o.price.amount), o.price.currency) for o in p.offers] == [("24.95", "EUR")]
    p = parse_trailer("Doe, Jane: Der stille Hafen, Frankfurt am Main 2014: Campus Verlag, 320 S.")
    assert (p.title, p.place, p.publisher) == ("Der stille Hafen", "Frankfurt am Main", "Campus Verlag")


@pytest.mark.parametrize("imprint, place", [
    ("G\u00f6ttingen 2016, Vandenhoeck & Ruprecht,", "G\u00f6ttingen"),   # Deutsches Archiv, ZHF
    ("Stuttgart 1953, Vandenhoeck & Ruprecht.", "Stuttgart"),
])
def test_a_known_town_and_its_year_before_the_publisher_with_a_comma(imprint, place):
    p = parse_trailer(f"Jane Doe, Der stille Hafen. Eine Geschichte der K\u00fcste (MGH Schriften 70) {imprint} "
                      "XVI u. 303 S., EUR 120.")
    assert (p.title, p.subtitle, p.place, p.year, p.publisher, p.pages) == (
        "Der stille Hafen", "Eine Geschichte der K\u00fcste", place, int(imprint.split()[1].strip(",")),
        "Vandenhoeck & Ruprecht", 303)
    # a word no table knows as a town before the year ("Summer 2016, Harbor House") is no place
    p = parse_trailer("The Quiet Harbor. By Jane Doe. Summer 2016, Harbor House. 303 pp. $25.")
    assert (p.place, p.publisher) == (None, "Summer 2016, Harbor House")


def test_the_guardians_published_by_at_a_price():
    p = parse_trailer("The Quiet Harbor by Jane Doe is published by Harbor House at \u00a316.99.")
    assert (p.title, [n for _, n in p.contributors], p.publisher) == ("The Quiet Harbor", ["Jane Doe"], "Harbor House")


@pytest.mark.parametrize("text,place,publisher", [
    ("Jane Doe, Le port tranquille, Paris, Gallimard, 2005, 320 p.", "Paris", "Gallimard"),
    ("Jane Doe, El puerto tranquilo, Madrid, Alianza Editorial, 2005, 320 p\u00e1gs.", "Madrid", "Alianza Editorial"),
    ("Jane Doe, Der stille Hafen, Berlin: Suhrkamp 2005, 320 S., 24,80 \u20ac", "Berlin", "Suhrkamp"),
])
def test_a_known_town_before_the_publisher_is_no_part_of_the_title(text, place, publisher):
    p = parse_trailer(text)
    assert (p.title, [n for _, n in p.contributors], p.place, p.publisher) == (
        p.title.split(",")[0], ["Jane Doe"], place, publisher)
    assert p.title in {"Le port tranquille", "El puerto tranquilo", "Der stille Hafen"}


@pytest.mark.parametrize("text,title,subtitle,place,publisher", [
    # the subtitle's sentence runs into the town, the publisher and the year
    ("Jane Doe, Le port tranquille. Histoire d'une c\u00f4te, Paris, Gallimard, 2019, 320 p.",
     "Le port tranquille", "Histoire d'une c\u00f4te", "Paris", "Gallimard"),
    # the town after the publisher
    ("Jane Doe, The Quiet Harbor, Harbor University Press, Chicago, 2019, 320 pp, $45.00.",
     "The Quiet Harbor", None, "Chicago", "Harbor University Press"),
    ("Jane Doe, The Quiet Harbor: A History, Routledge, London, 2019, 320 pp.",
     "The Quiet Harbor", "A History", "London", "Routledge"),
])
def test_a_comma_imprint_with_its_known_town_before_or_after_the_publisher(text, title, subtitle, place, publisher):
    p = parse_trailer(text)
    assert (p.title, p.subtitle, [n for _, n in p.contributors], p.place, p.publisher) == (
        title, subtitle, ["Jane Doe"], place, publisher)


def test_a_one_word_title_before_a_stop_has_a_subtitle():
    from catalog.parse.head import split_title
    assert split_title("Tocqueville. L\u2019homme qui comprit la d\u00e9mocratie") == (
        "Tocqueville", "L\u2019homme qui comprit la d\u00e9mocratie")
    assert split_title("Keats. Poetry") == ("Keats. Poetry", None)      # one word after: no subtitle
    assert split_title("The Quiet Harbor. 400 Years of a Coastal Town") == (
        "The Quiet Harbor", "400 Years of a Coastal Town")                # a count opens the subtitle
    assert split_title("Poems. 1950-1960 and After") == ("Poems. 1950-1960 and After", None)   # a range does not


@pytest.mark.parametrize("text, title, editors", [
    ("Der stille Hafen. Eine Geschichte, hg. v. Doe, Jane/Roe, John (= Schriften des Hafens 12). "
     "Suhrkamp, Berlin 2011. 320 S.", "Der stille Hafen", ["Jane Doe", "John Roe"]),
    ("Der stille Hafen. Eine Geschichte. Herausgegeben von Jane Doe und John Roe. Suhrkamp, Berlin 2011. 320 S.",
     "Der stille Hafen", ["Jane Doe", "John Roe"]),
    ("Der stille Hafen, hrsg. von Jane Doe, Berlin: Suhrkamp 2005, 320 S.", "Der stille Hafen", ["Jane Doe"]),
    ("Le port tranquille, sous la direction de Jane Doe et John Roe, Paris, Gallimard, 2005, 320 p.",
     "Le port tranquille", ["Jane Doe", "John Roe"]),
    ("Il porto tranquillo, a cura di Jane Doe, Roma, Laterza, 2005, 320 pp.", "Il porto tranquillo", ["Jane Doe"]),
    ("Jane Doe et John Roe (dir.), Le port tranquille, Paris, Gallimard, 2005, 320 p.", "Le port tranquille",
     ["Jane Doe", "John Roe"]),
    ("Jane Doe and John Roe (eds.), The Quiet Harbor: A History. Oxford: Harbor University Press, 2005. "
     "Pp. xii + 320. \u00a345.", "The Quiet Harbor", ["Jane Doe", "John Roe"]),
    ("Jane Doe (ed.): The Quiet Harbor. Oxford: Harbor University Press, 2005. 320 pp.", "The Quiet Harbor",
     ["Jane Doe"]),
])
def test_editors_named_in_the_reviews_language_or_marked_before_the_title(text, title, editors):
    p = parse_trailer(text)
    assert p.title == title
    assert p.contributors == tuple((Role.EDITOR, name) for name in editors)


def test_a_mark_after_no_person_names_no_editor():
    p = parse_trailer("Harbor Studies (ed.), The Quiet Harbor. Oxford: Harbor University Press, 2005. 320 pp.")
    assert all(role != Role.EDITOR for role, _ in p.contributors)


@pytest.mark.parametrize("head", ["The Quiet Harbor. By Banksy. With words by Jane Doe.",
                                  "The Quiet Harbor, By Banksy, with words by Jane Doe"])
def test_a_capital_by_after_a_stop_or_comma_opens_the_people_whoever_it_names(head):
    # the name need not be one the tables know as a person's
    assert split_title_and_people(head)[1].startswith("By Banksy")


@pytest.mark.parametrize("text, title, authors", [
    ("Death by Chocolate, by Jane Doe (Knopf, $25)", "Death by Chocolate", ["Jane Doe"]),
    ("Stand by Me by Jane Doe (Knopf, \u00a312.99)", "Stand by Me", ["Jane Doe"]),
    ("Murder by the Book by J. D. Roe (Knopf, $25)", "Murder by the Book", ["J. D. Roe"]),
    ("Great by Choice: Uncertainty, Chaos, and Luck, by Jane Doe and John Roe, Random House, RRP\u00a325",
     "Great by Choice", ["Jane Doe", "John Roe"]),
    # a 'by' that names a person is the people's, whatever follows
    ("The Quiet Harbor by Jane Doe, illustrated by John Roe (Knopf, $17.99)", "The Quiet Harbor", ["Jane Doe"]),
    # a title in title case prints its 'By' with a capital, inside its sentence
    ("Stand By Me: A Memoir. By Jane Doe. Knopf. 320 pp. $27.95.", "Stand By Me", ["Jane Doe"]),
    ("Death By Water by Jane Doe (Knopf, $25)", "Death By Water", ["Jane Doe"]),
    # a 'By' opening a sentence, or after a comma, is the people's
    ("The Quiet Harbor. By Jane Doe. Illustrated By John Roe. Knopf. 320 pp. $27.95.", "The Quiet Harbor",
     ["Jane Doe"]),
    ("'The Quiet Harbor,' By Jane Doe, Translated By John Roe. Knopf. $27.95.", "The Quiet Harbor", ["Jane Doe"]),
    ("The Quiet Harbor By Jane Doe. Knopf. 320 pp. $27.95.", "The Quiet Harbor", ["Jane Doe"]),
])
def test_a_by_in_the_title_before_the_by_of_the_author(text, title, authors):
    p = parse_trailer(text)
    assert p.title == title
    assert [name for role, name in p.contributors if role == Role.AUTHOR] == authors


@pytest.mark.parametrize("text, publisher, place, series", [
    ("Jane Doe, Le port tranquille, Paris, Armand Colin, coll. \u00ab U \u00bb, 2005, 320 p.",
     "Armand Colin", "Paris", "coll. \u00ab U \u00bb"),
    ("Jane Doe, El puerto tranquilo, Madrid, Alianza Editorial, col. Ensayo, 2005, 320 p\u00e1gs.",
     "Alianza Editorial", "Madrid", "col. Ensayo"),
    ("Doe, Jane. Le port tranquille. Paris : Fayard, coll. \u00ab Pluriel \u00bb, 2022. 477 pages, 25 euros.",
     "Fayard", "Paris", "coll. \u00ab Pluriel \u00bb"),
])
def test_a_french_or_spanish_series_after_the_publisher(text, publisher, place, series):
    p = parse_trailer(text)
    assert p.title in {"Le port tranquille", "El puerto tranquilo"}
    assert [n for _, n in p.contributors] == ["Jane Doe"]
    assert (p.publisher, p.place, p.series) == (publisher, place, series)
    assert p.year in {2005, 2022}


def test_a_town_before_the_publisher_is_no_family_name():
    from catalog.parse.cuts import inverted_name_end
    assert inverted_name_end("Le port tranquille Paris, Armand Colin", 38) is None
    assert inverted_name_end("The Quiet Harbor: A Novel Doe, Jane Graywolf", 44) == 35


def test_a_name_in_reading_order_after_a_comma_is_not_family_first():
    # Locus: "Title, Author (ISBN, $price, pages, binding)", with no publisher printed
    p = parse_trailer("Six Months, Three Days, Five Others, Charlie Jane Anders ( 9781250099068, $12.99, 185pp, tp)")
    assert (p.title, [n for _, n in p.contributors], p.publisher) == (
        "Six Months, Three Days, Five Others", ["Charlie Jane Anders"], None)
    from catalog.parse.cuts import inverted_name_end
    assert inverted_name_end("The Quiet Harbor: A Novel Doe, Jane Henry Holt", 47) == 35   # a publisher's name


@pytest.mark.parametrize("text, publisher", [
    ("The Quiet Harbor by Jane Doe, Ann Lee (Illustrations)", None),
    ("The Quiet Harbor by Jane Doe, Ann Lee (Illustrations) 32 pp.", None),
    ("The Quiet Harbor by Jane Doe, Ann Lee (Illustrations) W. W. Norton, 32 pp.", "W. W. Norton"),
    ("The Quiet Harbor by Jane Doe, Ann Lee (illus) (Knopf, $17.99)", "Knopf"),
])
def test_a_credit_closes_the_names_and_is_no_imprint(text, publisher):
    p = parse_trailer(text)
    assert (p.title, p.contributors, p.publisher) == (
        "The Quiet Harbor", ((Role.AUTHOR, "Jane Doe"), (Role.ILLUSTRATOR, "Ann Lee")), publisher)


def test_a_person_ends_a_list_entry_by_shape_not_a_publisher():
    from catalog.parse.cuts import comma_publisher
    assert comma_publisher("The Quiet Harbor, Five Others, Jane Doe ", 0, 40, by_shape=True) is None
    text = "The Quiet Harbor, Askold Melnyczuk, Counterpoint "
    assert comma_publisher(text, 0, len(text), by_shape=True) == text.index(" Counterpoint")


@pytest.mark.parametrize("title, parts", [
    ("Keats\u2014Poetry and Prose", ("Keats", "Poetry and Prose")),
    ("Escape With Me \u2014 An Oriental Sketchbook", ("Escape With Me", "An Oriental Sketchbook")),
    ("Escape With Me -- An Oriental Sketchbook", ("Escape With Me", "An Oriental Sketchbook")),   # typed, or PTB
    ("Rechtsgeschichte \u2013 Eine Einf\u00fchrung", ("Rechtsgeschichte", "Eine Einf\u00fchrung")),
    ("The Great War, 1914\u20131918", ("The Great War, 1914\u20131918", None)),   # a range
    ("Studies in Little - Known Subjects", ("Studies in Little - Known Subjects", None)),   # a hyphen
    ("Crisis \u2014 and After", ("Crisis \u2014 and After", None)),   # the words run on
])
def test_a_dash_between_title_and_subtitle_parts_them(title, parts):
    from catalog.parse.head import split_title
    assert split_title(title) == parts
    p = parse_trailer(f"{title}. By Jane Doe. Harbor House, 2005. 320 pp.")
    assert (p.title, p.subtitle, p.publisher) == (*parts, "Harbor House")


@pytest.mark.parametrize("title", ["U.S. Foreign Policy Today", "F.B.I. Secrets and Lies", "FBI Secrets and Lies",
                                   "U.S.A. Stories of a Country"])
def test_an_abbreviation_opening_a_title_is_no_title_in_capitals(title):
    from catalog.parse.head import split_title
    assert split_title(title) == (title, None)
    assert split_title("HOLLYWOOD Stories of a Town") == ("HOLLYWOOD", "Stories of a Town")   # a capital word is one


AUTHOR, EDITOR, TRANSLATOR = ("author", "Jane Doe"), ("editor", "Jane Doe"), ("translator", "John Roe")


@pytest.mark.parametrize("text,title,people", [
    # a translator named in the review's language, and the author before the title
    ("Jane Doe, Le port tranquille, traduit de l\u2019anglais par John Roe, Paris, Gallimard, 2005, 320 p.",
     "Le port tranquille", [AUTHOR, TRANSLATOR]),
    ("Jane Doe, The Quiet Harbor, translated by John Roe, Paris, Gallimard, 2005, 320 p.",
     "The Quiet Harbor", [AUTHOR, TRANSLATOR]),
    ("Doe, Jane: Der stille Hafen. Aus dem Englischen von John Roe, Berlin 2011: Suhrkamp, 320 S.",
     "Der stille Hafen", [AUTHOR, TRANSLATOR]),
    # a person before a colon is the book's subject, not its author
    ("G. B. Shaw: A Critical Survey, edited by Louis Kronenberger (World, $6)",
     "G. B. Shaw", [("editor", "Louis Kronenberger")]),
    # an editors' mark after names printed family first
    ("Doe, Jane (Hrsg.): Der stille Hafen. Eine Geschichte, M\u00fcnchen 2011: C.H. Beck, 320 S.",
     "Der stille Hafen", [EDITOR]),
    ("Doe, Jane; Roe, John (Hg.): Der stille Hafen, Berlin 2011: Suhrkamp, 320 S.",
     "Der stille Hafen", [EDITOR, ("editor", "John Roe")]),
    ("Doe, Jane (ed.). The Quiet Harbor. Oxford: Harbor Press, 2005. 320 pp.", "The Quiet Harbor", [EDITOR]),
])
def test_roles_of_the_people_in_academic_heads(text, title, people):
    p = parse_trailer(text)
    assert (p.title, [(r.value, n) for r, n in p.contributors]) == (title, people)


@pytest.mark.parametrize("place", ["Portsmouth, N.H.", "Trenton, NJ", "San Marino, Ca.", "Lawrence, Kans.",
                                   "Norman, Okla.", "Morgantown, W. Va.", "Garden City, N. Y."])
def test_a_town_and_its_state_is_a_place_that_closes_a_citation(place):
    assert is_place(place)
    assert place_imprint(f"The Quiet Harbor. {place}: Harbor House, 2002") == len("The Quiet Harbor. ")
    p = parse_trailer(f"The Quiet Harbor. By Jane Doe. {place}: Harbor House, 2002. Pp. 305. $69.95.")
    assert (p.title, p.place, p.publisher) == ("The Quiet Harbor", place, "Harbor House")
    # the older order: the count, the place and the publisher, no year (NYT, 1950s)
    p = parse_trailer(f"The Quiet Harbor. By Jane Doe. 305 pp. {place}: Harbor House & Co. $4.95.")
    assert (p.place, p.publisher) == (place, "Harbor House & Co.")


@pytest.mark.parametrize("place, publisher", [("Liverpool", "Liverpool University Press"),
                                               ("Cheltenham", "Edward Elgar"), ("Dordrecht", "Kluwer"),
                                               ("Barnsley", "Pen & Sword"), ("Collingwood", "Black Inc.")])
def test_the_university_presses_towns_are_places_with_the_year_after_a_stop(place, publisher):
    # "Liverpool: Liverpool University Press. 2011. xiv+442 pp. £60." (the Modern Language Review):
    # with the year after a stop, only a known town tells the place from the publisher
    assert is_place(place)
    p = parse_trailer(f"The Silent Houses. By Jane Doe. {place}: {publisher}. 2011. xiv+442 pp. £60.")
    assert (p.title, p.place, p.publisher, p.year) == ("The Silent Houses", place, publisher, 2011)


def test_a_town_and_its_state_after_the_publisher_keep_the_states_stop():
    p = parse_trailer("The Quiet Harbor. By Jane Doe. Doubleday, Garden City, N. Y. 320 pp. $4.95.")
    assert (p.publisher, p.place) == ("Doubleday", "Garden City, N. Y.")
    p = parse_trailer("The Quiet Harbor. By Jane Doe. Doubleday, Garden City, Mass. 320 pp. $4.95.")
    assert (p.publisher, p.place) == ("Doubleday", "Garden City, Mass.")


def test_a_name_then_any_town_with_a_dated_imprint():
    # Australian reviews: "Author, Place: Publisher, Year" whatever the town
    p = parse_trailer("The Quiet Harbor. Jane Doe, Carlton: Harbor House, 2005, 350 Pages, Hardcover, $39.95")
    assert (p.title, [n for _, n in p.contributors], p.place, p.publisher) == (
        "The Quiet Harbor", ["Jane Doe"], "Carlton", "Harbor House")
    # a title with a subtitle and a year after the name is no town and publisher
    p = parse_trailer("Jane Doe, The Quiet Harbor: A History, 2016, 256pp., $99.00")
    assert (p.title, p.subtitle, p.place, p.publisher) == ("The Quiet Harbor", "A History", None, None)


@pytest.mark.parametrize("text, title, authors", [
    # a header in capitals: BY before a person's name in capitals opens the names
    ("THE QUIET HARBOR, BY JANE DOE. (Harbor House, $27.95.)", "THE QUIET HARBOR", ["JANE DOE"]),
    ("DEATH BY WATER BY JANE Q. DOE (Harbor House, $25)", "DEATH BY WATER", ["JANE Q. DOE"]),
    # BY before no person's name is the title's
    ("STAND BY ME (Harbor House, $25)", "STAND BY ME", []),
    ("STAND BY ME. By Jane Doe. Harbor House, $25.", "STAND BY ME", ["Jane Doe"]),
])
def test_by_in_capitals(text, title, authors):
    p = parse_trailer(text)
    assert (p.title, [n for _, n in p.contributors]) == (title, authors)


def test_two_prices_parted_by_a_slash():
    # British journals: "£26.99/$34.95"; the slash is neither publisher nor a clause not understood
    imprint = "Harbor University Press. 2013. x + 457pp. $39.50/\u00a327.95."
    for notes in (f"The Quiet Harbor: A History. By Jane Doe. {imprint}", imprint):
        p = parse_trailer(notes)
        assert (p.publisher, p.pages, p.unparsed) == ("Harbor University Press", 457, ())
        assert sorted((o.price.amount, o.price.currency) for o in p.offers) == [
            (Decimal("27.95"), "GBP"), (Decimal("39.50"), "USD")]


@pytest.mark.parametrize("text, title, subtitle", [
    ("THE FOURTH K. By Jane Doe. Harbor House. $22.", "The Fourth K", None),
    ("PLAN B. By Jane Doe. Harbor House. $22.", "Plan B", None),
    ("THE QUIET HARBOR A History of the North Sea. By Jane Doe. Harbor House. $22.", "The Quiet Harbor",
     "A History of the North Sea"),
])
def test_a_capitals_title_runs_into_a_subtitle_in_mixed_case_only(text, title, subtitle):
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.subtitle) == (title, subtitle)


@pytest.mark.parametrize("text", [
    "\u201cThe Quiet Harbor\u201d by Jane Doe, from Harbor House, 202 pages, $15.95.",
    "\u201cThe Quiet Harbor\u201d by Jane Doe, stories of the sea, from Harbor House, 202 pages, $15.95.",
])
def test_from_names_the_publisher_before_the_items(text):
    p = parse_trailer(text)
    assert (p.title, [n for _, n in p.contributors], p.publisher, p.pages) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", 202)


@pytest.mark.parametrize("imprint, place, publisher", [
    ("Berlin: de Gruyter, 2019", "Berlin", "de Gruyter"),
    ("Berlin: de Gruyter 2019", "Berlin", "de Gruyter"),
    ("Assen: van Gorcum, 2019", "Assen", "van Gorcum"),
    ("Darmstadt 2019: von Zabern", "Darmstadt", "von Zabern"),
])
def test_a_publisher_named_with_a_particle_after_the_place(imprint, place, publisher):
    # "de Gruyter": a family name's particle may open the publisher after "Place:"
    p = parse_trailer(f"Jane Doe: Der stille Hafen. {imprint}. 320 S., 39,95 \u20ac.")
    assert (p.title, p.place, p.publisher, p.pages) == ("Der stille Hafen", place, publisher, 320)
    # and closes a citation with no price
    assert place_imprint(f"The Quiet Harbor. {imprint}") == len("The Quiet Harbor. ")


@pytest.mark.parametrize("marker", ["RRP", "rrp"])
@pytest.mark.parametrize("comma", [",", ""])
def test_the_recommended_price_word_is_no_part_of_the_publisher(marker, comma):
    p = parse_trailer(f"The Quiet Harbor by Jane Doe (Harbor House{comma} {marker} $32.99)")
    assert (p.publisher, [str(o.price.amount) for o in p.offers if o.price]) == ("Harbor House", ["32.99"])


@pytest.mark.parametrize("by, publisher", [("By:", "Publisher:"), ("BY:", "Published by:"), ("By :", "PUBLISHER :")])
def test_two_labels_on_the_lines_of_notes_too_short_for_a_sheet(by, publisher):
    # "By: Jane Doe" / "Publisher: Harbor House, ...": the labels name the author and the publisher
    p = parse_trailer(f"The Quiet Harbor\n{by} Jane Doe.\n{publisher} Harbor House, 320 pages, $26.95.")
    assert (p.title, [(r.value, n) for r, n in p.contributors], p.publisher, p.pages) == (
        "The Quiet Harbor", [("author", "Jane Doe")], "Harbor House", 320)


@pytest.mark.parametrize("title, parts", [
    ('"Some Appointed Work To Do": Women and Vocation', ('"Some Appointed Work To Do"', "Women and Vocation")),
    ("\u201cThe Quiet Harbor\u201d: A Coastal History", ("\u201cThe Quiet Harbor\u201d", "A Coastal History")),
    ("'STALIN'S SPY' Richard Sorge and the Tokyo Espionage Ring",   # marks that set off a title are not its own
     ("STALIN'S SPY", "Richard Sorge and the Tokyo Espionage Ring")),
    ('"The Quiet Harbor: A Coastal History"', ("The Quiet Harbor", "A Coastal History")),
])
def test_a_title_that_is_a_quotation_keeps_its_marks_before_the_subtitle(title, parts):
    from catalog.parse.head import split_title
    assert split_title(title) == parts
    p = parse_trailer(f"Doe, Jane. {title}. Westport: Harbor House, 1995. 120 pp. $49.95")
    assert (p.title, p.subtitle, p.publisher) == (*parts, "Harbor House")


@pytest.mark.parametrize("text, author, publisher", [
    # a name's suffix takes the one stop printed; the next sentence is the imprint
    ("The Quiet Harbor. By Martin Luther King Jr. Knopf. 320 pp. $27.95.", "Martin Luther King, Jr.", "Knopf"),
    ("The Quiet Harbor. By John Roe, Sr. Knopf. 320 pp. $27.95.", "John Roe, Sr.", "Knopf"),
    ("The Quiet Harbor. By John Roe Jr. New York: Knopf. 320 pp. $27.95.", "John Roe, Jr.", "Knopf"),
    # not before a small word, nor as a title with no name before it
    ("The Quiet Harbor. By John Roe Jr. and others. Knopf. 320 pp. $27.95.", "John Roe, Jr.", "Knopf"),
    ("The Quiet Harbor. By Sr. Mary Joseph. Knopf. 320 pp. $27.95.", "Sr. Mary Joseph", "Knopf"),
])
def test_a_name_suffix_before_a_capital_closes_the_names_sentence(text, author, publisher):
    book, = catalog_document(Document("x", text)).books
    people = [p.display for p in book.contributors]
    assert (book.title, people, book.publisher) == ("The Quiet Harbor", [author], publisher)


@pytest.mark.parametrize("text, authors", [
    ("Roe, John, Jr. The Quiet Harbor. Knopf, 2019. 320 pp. $30.00.", ["John Roe, Jr."]),
    ("Roe, John Jr. The Quiet Harbor. Knopf, 2019. 320 pp. $30.00.", ["John Roe, Jr."]),
    ("Roe, John, III. The Quiet Harbor. Knopf, 2019. 320 pp. $30.00.", ["John Roe, III"]),
    ("Roe, John, Jr., and Jane Doe. The Quiet Harbor. Knopf, 2019. 320 pp. $30.00.", ["John Roe, Jr.", "Jane Doe"]),
    ("Roe, John, Jr.: Der stille Hafen. Berlin: de Gruyter 2019. 320 S., \u20ac 89,95.", ["John Roe, Jr."]),
])
def test_a_suffix_after_a_name_printed_family_first_stays_with_the_name(text, authors):
    book, = catalog_document(Document("x", text)).books
    assert [p.display for p in book.contributors] == authors
    assert book.title in ("The Quiet Harbor", "Der stille Hafen")


@pytest.mark.parametrize("text, breaks", [
    ("By John Roe Jr. Knopf.", ["By John Roe Jr.", " Knopf."]),
    ("By John Roe, Sr. 320 pp.", ["By John Roe, Sr.", " 320 pp."]),
    ("By John Roe Jr. and Mary Major.", ["By John Roe Jr. and Mary Major."]),   # a small word goes on
    ("By Sr. Mary Joseph. Knopf.", ["By Sr. Mary Joseph.", " Knopf."]),   # a title before a name
    ("Edited by Sr. Mary Joseph.", ["Edited by Sr. Mary Joseph."]),
])
def test_where_a_name_suffix_ends_a_sentence(text, breaks):
    cuts = [0, *sentence_breaks(text), len(text)]
    assert [text[a:b] for a, b in zip(cuts[:-1], cuts[1:], strict=True) if a < b] == breaks


@pytest.mark.parametrize("text, title, confidence", [
    # both readers leave the page's label out, and agree on the book
    ("Review: The Quiet Harbor by Jane Doe (Knopf, 320 pp., $27.95)", "The Quiet Harbor", "high"),
    ("In brief: The Quiet Harbor by Jane Doe (Faber, \u00a314.99)", "The Quiet Harbor", "high"),
    ("The Quiet Harbor by Jane Doe review \u2013 a luminous debut\nThe Quiet Harbor by Jane Doe (Faber, \u00a314.99)",
     "The Quiet Harbor", "high"),
    # a genre's name before a colon may open the title: kept, and the book is reviewed
    ("Fiction: The Quiet Harbor by Jane Doe (Faber, \u00a314.99)", "Fiction", "review"),
])
def test_the_pages_label_before_the_notes(text, title, confidence):
    book, = catalog_document(Document("x", text)).books
    assert (book.title, book.confidence) == (title, confidence)


@pytest.mark.parametrize("text, publisher, place", [
    # a publisher's name may open with an accented capital, after its town and a comma
    ("Jean Dupont, Le port tranquille, Paris, \u00c9ditions du Seuil, 2019, 320 p.", "\u00c9ditions du Seuil", "Paris"),
    ("Jean Dupont, Le port tranquille. Commerce et empire, Paris, \u00c9ditions du Seuil, 2019, 320 p.",
     "\u00c9ditions du Seuil", "Paris"),
    ("Jean Dupont, Le port tranquille. Paris: \u00c9ditions du Seuil, 2019. 320 p.", "\u00c9ditions du Seuil", "Paris"),
    ("Jean Dupont, Le port tranquille, Lyon, ENS \u00c9ditions, 2019, 320 p., 24 \u20ac.", "ENS \u00c9ditions", "Lyon"),
    # "e" is Italian's and Spanish's "and": a title's small word, no sign of prose
    ("Giovanni Rossi, Il porto tranquillo. Commercio e impero, Roma, Carocci, 2019, pp. 320, \u20ac 25,00.",
     "Carocci", "Roma"),
    ("Juan P\u00e9rez, El puerto tranquilo. Comercio e imperio, Barcelona, Cr\u00edtica, 2019, 320 pp.",
     "Cr\u00edtica", "Barcelona"),
])
def test_a_european_imprint_town_then_publisher(text, publisher, place):
    book, = catalog_document(Document("x", text)).books
    assert (book.publisher, book.place) == (publisher, place)


def test_italian_and_spanish_e_is_a_small_word_of_a_title():
    # weighed alone, with no town or publisher after it to make it a catalog entry
    from catalog.text.locate import is_prose
    assert not is_prose("Giovanni Rossi, Il porto tranquillo. Commercio e impero, Roma, Carocci. 320 pp.")


@pytest.mark.parametrize("text, title", [
    ("Juan P\u00e9rez, El puerto tranquilo, Madrid, C\u00e1tedra, 2019, 320 p\u00e1ginas.", "El puerto tranquilo"),
    ("El puerto tranquilo. By Juan P\u00e9rez. C\u00e1tedra 2019. 320 p\u00e1ginas.", "El puerto tranquilo"),
    ("Jan de Vries, De stille haven. Amsterdam: Prometheus, 2019. 320 blz. \u20ac 24,99.", "De stille haven"),
])
def test_a_page_count_in_spanish_and_dutch(text, title):
    book, = catalog_document(Document("x", text)).books
    assert (book.pages, book.title) == (320, title)


@pytest.mark.parametrize("text", [
    "The Quiet Harbor. By Jane Doe. New York: Dover, 2019 (orig. pub. 1950). 320 pp. $14.95.",
    "The Quiet Harbor. By Jane Doe. New York: Dover, 2019 (Orig. pub. 1950). 320 pp. $14.95.",
    "The Quiet Harbor. By Jane Doe. New York: Dover, 2019 (originally published 1950). 320 pp. $14.95.",
    "The Quiet Harbor. By Jane Doe. New York: Dover, 2019. First published in 1950. 320 pp. $14.95.",
    "The Quiet Harbor. By Jane Doe. New York: Dover, 2019 [1950]. 320 pp. $14.95.",
    "The Quiet Harbor. By Jane Doe. New York: Dover, [2019]. 320 pp. $14.95.",
])
def test_a_reprints_first_year_is_no_field_of_this_edition(text):
    p = parse_trailer(text)
    assert (p.title, [n for _, n in p.contributors], p.publisher, p.place, p.year) == (
        "The Quiet Harbor", ["Jane Doe"], "Dover", "New York", 2019)


def test_no_date_printed_leaves_the_publisher_alone():
    p = parse_trailer("Jane Doe. The Quiet Harbor. New York: Dover, n.d. 320 pp. $14.95 paper.")
    assert (p.publisher, p.year) == ("Dover", None)
    # "First published" in a title is the title's
    p = parse_trailer("First Published in Paris. By Jane Doe. Knopf. 320 pp. $27.95.")
    assert p.title == "First Published in Paris"
    p = parse_trailer("Poems First Published in 1922. By Jane Doe. Knopf. 320 pp. $27.95.")
    assert (p.title, p.contributors) == ("Poems First Published in 1922", ((Role.AUTHOR, "Jane Doe"),))


@pytest.mark.parametrize("text, people", [
    # German reviews part the names by slashes, family first or in reading order
    ("Doe, Jane / Roe, John (Hrsg.): Der stille Hafen. Berlin: De Gruyter 2019. 320 S., \u20ac 89,95.",
     [("editor", "Jane Doe"), ("editor", "John Roe")]),
    ("Doe, Jane/Roe, John: Der stille Hafen. Berlin: De Gruyter 2019. 320 S., \u20ac 89,95.",
     [("author", "Jane Doe"), ("author", "John Roe")]),
    ("Jane Doe / John Roe (Hrsg.), Der stille Hafen, Berlin: De Gruyter 2019, 320 S.",
     [("editor", "Jane Doe"), ("editor", "John Roe")]),
])
def test_names_parted_by_a_slash_lead_a_german_head(text, people):
    p = parse_trailer(text)
    credited = [(r.value, n) for r, n in p.contributors]
    assert (p.title, credited, p.publisher) == ("Der stille Hafen", people, "De Gruyter")


@pytest.mark.parametrize("text, edition", [
    # a sentence that states the edition is the edition's, never the publisher's, title's or a name
    ("The Quiet Harbor. By Jane Doe. 2nd ed. Knopf, 2019. 320 pp. $27.95.", "2nd ed."),
    ("The Quiet Harbor. By Jane Doe. Rev. ed. Knopf. 320 pp. $27.95.", "Rev. ed."),
    ("The Quiet Harbor. By Jane Doe. Revised and expanded edition. Knopf, 2019. 320 pp. $27.95.",
     "Revised and expanded edition"),
    ("Jane Doe. The Quiet Harbor. 3rd ed. Knopf, 2019. 320 pp. $18 paper.", "3rd ed."),
    ("Jane Doe. The Quiet Harbor. Reprint. Knopf, 2019. 320 pp. $14.95.", "Reprint"),
    # the volumes, stated so, are no field
    ("The Quiet Harbor. By Jane Doe. 2 vols. Knopf. 820 pp. $75.", None),
    ("The Quiet Harbor. By Jane Doe. Two volumes. Knopf. 820 pp. $75.", None),
])
def test_an_edition_or_volumes_stated_in_a_sentence_of_their_own(text, edition):
    p = parse_trailer(text)
    people = [n for _, n in p.contributors]
    assert (p.title, people, p.publisher, p.edition) == ("The Quiet Harbor", ["Jane Doe"], "Knopf", edition)


def test_edition_words_opening_a_title_are_the_titles():
    p = parse_trailer("New Edition of the Bible. By Jane Doe. Knopf. 320 pp. $27.95.")
    assert (p.title, p.edition) == ("New Edition of the Bible", None)
    p = parse_trailer("The Quiet Harbor. By Jane Doe. Second Edition Press. 320 pp. $27.95.")
    assert (p.publisher, p.edition) == ("Second Edition Press", None)


def test_an_edition_stated_in_capitals_alone():
    # no other word of the notes holds "ed": the edition's own capital is enough
    p = parse_trailer("The Quiet Harbor. By Jane Doe. Second Edition. Knopf. 320 pp. $27.95.")
    assert (p.title, p.publisher, p.edition) == ("The Quiet Harbor", "Knopf", "Second Edition")
    p = parse_trailer("New Edition of the Bible. By Jane Doe. Knopf. 320 pp. $27.95.")
    assert (p.title, p.edition) == ("New Edition of the Bible", None)


@pytest.mark.parametrize("text", [
    "1. The Quiet Harbor by Jane Doe (Knopf, $25)\n2. The Open Sea by John Roe (Viking, $26)",
    "1) The Quiet Harbor by Jane Doe (Knopf, $25)\n\n2) The Open Sea by John Roe (Viking, $26)",
    "1. The Quiet Harbor by Jane Doe (Knopf, $25)\n2. The Open Sea by John Roe (Viking, $26)\n"
    "Salt by Eve Hart (Norton, $9)",
    # a journal's subject review numbers its books with no stop
    "1 The Quiet Harbor. By Jane Doe. Oxford, Clarendon Press, 2005. Pp. xii + 320. \u00a385.\n"
    "2 The Open Sea. By John Roe. Cambridge, Cambridge University Press, 2006. Pp. 280. \u00a375.",
])
def test_a_numbered_lists_numbers_are_no_part_of_its_books(text):
    books = catalog_document(Document("x", text)).books
    assert [b.title for b in books][:2] == ["The Quiet Harbor", "The Open Sea"]
    assert all(b.confidence == "high" for b in books)


def test_numbers_that_open_no_numbered_list_stay():
    assert without_list_numbers(["1984. By George Orwell. Secker & Warburg, 10s. 6d."])[0].startswith("1984")
    books = ["12. By Jane Doe (Knopf, $25)", "13. By John Roe (Viking, $26)"]   # no list that starts at 1
    assert without_list_numbers(books) == books
    books = ["1 the quiet harbor (Knopf, $25)", "2 by John Roe (Viking, $26)"]   # no title after the number
    assert without_list_numbers(books) == books
    books = ["2. The Open Sea (Viking, $26)", "1. The Quiet Harbor (Knopf, $25)"]
    assert without_list_numbers(books) == books
    # a book of the list printed with no number keeps whatever number its notes hold
    assert without_list_numbers(["1. Salt (Norton, $9)", "2. Sea (Knopf, $5)", "Ocean, 12. Ed. (Knopf, $5)"])[2] == \
        "Ocean, 12. Ed. (Knopf, $5)"


@pytest.mark.parametrize("text, title, people", [
    # LA Times lists: the title, a comma, the author, then a semicolon before another's role
    ("The Quiet Harbor, Jane Doe; illustrated by John Roe (Candlewick, $17.99)", "The Quiet Harbor",
     [("author", "Jane Doe"), ("illustrator", "John Roe")]),
    ("War and Peace, Leo Tolstoy; translated by Richard Pevear (Knopf, $35)", "War and Peace",
     [("author", "Leo Tolstoy"), ("translator", "Richard Pevear")]),
    # given names joined by a hyphen make a person
    ("Harbor Days: The Adventures of Jane, Jean-Pierre Doe; translated by John Roe (Harbor Books, $7.95)",
     "Harbor Days", [("author", "Jean-Pierre Doe"), ("translator", "John Roe")]),
    # no person after the comma: the title keeps it
    ("Salt, Sea and Sky; translated by John Roe (Knopf, $30)", "Salt, Sea and Sky", [("translator", "John Roe")]),
    # a comma before the role does as a semicolon does
    ("Letters to Milena, Franz Kafka, translated by John Roe (Schocken, $30)", "Letters to Milena",
     [("author", "Franz Kafka"), ("translator", "John Roe")]),
    ("Memoirs, Volume One, translated by John Roe (Knopf, $30)", "Memoirs, Volume One", [("translator", "John Roe")]),
    # a two-word title before a name with an initial is no name printed family first
    ("Selected Letters, Harry S. Truman; edited by John Roe (Knopf, $30)", "Selected Letters",
     [("author", "Harry S. Truman"), ("editor", "John Roe")]),
    ("Collected Poems, W. H. Auden, edited by John Roe (Knopf, $30)", "Collected Poems",
     [("author", "W. H. Auden"), ("editor", "John Roe")]),
    # a name printed family first, then a one-word title, stays so
    ("Doe, Jane Q. Harbor; edited by John Roe. Knopf, 2019. $30.", "Harbor",
     [("author", "Jane Q. Doe"), ("editor", "John Roe")]),
])
def test_a_name_after_a_comma_and_before_a_semicolon_and_a_role(text, title, people):
    p = parse_trailer(text)
    assert (p.title, [(r.value, n) for r, n in p.contributors]) == (title, people)


def test_a_co_authors_with_after_one_word_leaves_the_name_printed_family_first():
    from catalog.parse.names import leading_inverted_names
    assert leading_inverted_names("Harbor Roe, Jane Q. Harbor; with John Roe.")[0] == ["Jane Q. Harbor Roe"]
    assert leading_inverted_names("Harbor Roe, Jane Q. Harbor; edited by John Roe.") is None


def test_a_hyphen_joins_given_names_not_any_words():
    assert is_person("Jean-Pierre Doe") and is_person("Mary-Kate Roe")
    assert not is_person("Rose-Colored Glasses")   # one part no given name


def test_the_word_joining_two_books_is_no_part_of_the_second():
    pieces = split_books("The Quiet Harbor by Jane Doe (Faber, \u00a314.99) and The Open Sea by John Roe "
                         "(Cape, \u00a316.99)")
    assert [p.split(" by ")[0].strip() for p in pieces] == ["The Quiet Harbor", "The Open Sea"]


@pytest.mark.parametrize("printed, year", [("l976", 1976), ("20l2", 2012), ("2O06", 2006), ("200O", 2000)])
def test_ocrs_letters_in_the_imprints_year_are_read_as_digits(printed, year):
    """"l976", "20l2", "2O06": an l for a one and an O for a nought, where the imprint's year stands."""
    parsed = parse_trailer(f"Jane Doe, The Quiet Harbor. A History, Paris, Gallimard, {printed}, 469 p.")
    assert (parsed.title, parsed.subtitle, parsed.publisher, parsed.year) == (
        "The Quiet Harbor", "A History", "Gallimard", year)


def test_words_like_an_ocrd_year_stay_words():
    words = "the l9th century, Hollow 2Old, a 1lb bag, 1O80s, lOOO"
    assert ocr_years(words) == words


@pytest.mark.parametrize("text, publisher", [
    ("The Quiet Harbor by Jane Doe. Weidenfeld\n& Nicolson. \u00a31.50.", "Weidenfeld & Nicolson"),
    ("THE QUIET HARBOR. By Jane Doe. New York: G. P.\nPutnam's Sons. 1939. 428 pp. $2.25.", "G. P. Putnam's Sons"),
    ("THE QUIET HARBOR by Jane Doe. Hamish\nHamilton. 35s.", "Hamish Hamilton"),
    ("The Quiet Harbor, by Jane M. Doe. Houghton\nMifflin Company. $1.75.", "Houghton Mifflin Company"),
])
def test_a_publisher_a_narrow_column_wrapped_is_whole(text, publisher):
    p = parse_trailer(text)
    assert (p.title.lower(), p.publisher) == ("the quiet harbor", publisher)


@pytest.mark.parametrize("text, publisher", [
    # a stack's lines are its fields: a byline line, a title and subtitle line, a line opening a field
    ("By Jane Doe, translated by John M. Roe and Mary Poe\nSchocken Books, 195 pages, $21", "Schocken Books"),
    ("La memoria divisa. Chiesa e Stato in et\u00e0 moderna\nil Mulino, Bologna, pagg. 175, \u20ac 31,00", "il Mulino"),
    ("The Quiet Harbor. A Novel. By Jane Doe\nHarbor House, 320 pp., $25.", "Harbor House"),
    # a line that ends on a bracket or a date ends its clause (Christian Library Journal)
    ("The Quiet Harbor / by Jane Doe. (Explore Colonial America)\nHarbor House ISBN 9780306406157", "Harbor House"),
    ("The Quiet Harbor / by Jane Doe. 3.16.2017\nHarbor House ISBN 9780306406157", "Harbor House"),
])
def test_a_stacks_lines_are_not_read_as_wrapped(text, publisher):
    assert parse_trailer(text).publisher == publisher


@pytest.mark.parametrize("house", ["Knopf", "Orient BlackSwan", "Penguin Random House India"])
def test_a_stacks_house_under_its_byline_above_the_item_lines(house):
    # India Today: "TITLE" / "by Jane Doe" / "<house>" / "Price Rs 150" / "Pages 399"
    p = parse_trailer(f"THE QUIET HARBOR\nby Jane Doe\n{house}\nPrice Rs 150. Pages 399")
    assert ([n for _, n in p.contributors], p.publisher, p.pages) == (["Jane Doe"], house, 399)


@pytest.mark.parametrize("text", [
    # a book blog's stack: the format alone on a line under the house (Curled Up With a Good Book)
    "The Quiet Harbor\nJane Doe\nHarbor Books\nPaperback\n278 pages\nISBN 978-0-306-40615-7\nApril 2012",
    "The Quiet Harbor\nJane Doe\nHarbor Books\nKindle Edition\n278 pages",
    # a house whose name reads like a person's, its own word closing it (Christian Retailing)
    "The Quiet Harbor\nJane Doe\nBethany House\n978-0-306-40615-7\n$14.99",
    "The Quiet Harbor\nJane Doe\nHarriet House\n978-0-306-40615-7\n$14.99",   # one no list names
])
def test_a_stacks_house_under_its_author_with_its_format_or_a_name_like_a_persons(text):
    p = parse_trailer(text)
    house = text.split("\n")[2] if "House" in text else "Harbor Books"
    assert (p.title, [n for _, n in p.contributors], p.publisher) == ("The Quiet Harbor", ["Jane Doe"], house)


@pytest.mark.parametrize("line", ["Mary Poe", "London"])
def test_a_name_or_a_town_under_the_byline_is_no_house(line):
    p = parse_trailer(f"THE QUIET HARBOR\nby Jane Doe\n{line}\nPrice Rs 150. Pages 399")
    assert p.publisher is None
    # under no byline, a short capitalized line is the title's: the book's kind under it
    assert parse_trailer("Jane Doe\nThe Quiet Harbor\nEssays and Poems\nPrice Rs 150. Pages 399").publisher is None


@pytest.mark.parametrize("town", ["Montr\u00e9al", "S\u00e3o Paulo", "Malm\u00f6"])
def test_a_town_printed_with_its_accents_is_a_place(town):
    assert is_place(town)
    assert not is_place("Montr\u00e9alville")


def test_a_stacks_house_under_its_author_above_a_line_that_opens_with_the_town():
    # Le Devoir: "Title" / "Jane Doe" / "House" / "Montréal, 2017, 334 pages"
    p = parse_trailer("La Maison du port\nJane Doe\nHarbor \u00c9ditions\nMontr\u00e9al, 2017, 334 pages")
    assert (p.title, [n for _, n in p.contributors], p.publisher, p.place, p.pages) == (
        "La Maison du port", ["Jane Doe"], "Harbor \u00c9ditions", "Montr\u00e9al", 334)
    # a university press's town too, which alone would stand for the press
    p = parse_trailer("The Quiet Harbor\nJane Doe\nHarbor Press\nCambridge, 2017, 334 pages")
    assert (p.publisher, p.place) == ("Harbor Press", "Cambridge")



@pytest.mark.parametrize("imprint, publisher, place", [
    # a year of its own after "Town: House." vouches for a town no table knows, with its county too
    ("Derby: Harbor House. 1961. 96 pp.", "Harbor House", "Derby"),
    ("Woodbridge, Suffolk: The Harbor Press. 1987. Pp. xi, 244.", "The Harbor Press", "Woodbridge, Suffolk"),
    ("Derby: Harbor House. 96 pp.", "Derby: Harbor House", None),   # no year: an unknown town stays
    # the town after the house, as its name says it, or known towns joined by a dash
    ("Universidad de Guadalajara, Guadalajara, 2003, 312 pp.", "Universidad de Guadalajara", "Guadalajara"),
    ("Harbor Verlag, K\u00f6ln\u2013Graz 1962. XII, 230 S.", "Harbor Verlag", "K\u00f6ln\u2013Graz"),
    ("Harbor House, Harbor, 2003, 312 pp.", "Harbor House", "Harbor"),
    # a house after the house is no town; a word no table knows is one, doubted (test_families)
    ("Harbor House, Lighthouse Books, 2003, 312 pp.", "Harbor House, Lighthouse Books", None),
    ("Harbor House, Lighthouse, 2003, 312 pp.", "Harbor House", "Lighthouse"),
])
def test_the_town_of_an_imprint_its_name_or_its_year_vouches_for(imprint, publisher, place):
    p = parse_trailer(f"The Quiet Harbor. By Jane Doe. {imprint}")
    assert (p.publisher, p.place) == (publisher, place)


@pytest.mark.parametrize("line, publisher, place", [
    ("Publisher: Harbor Publishers, Accra", "Harbor Publishers", "Accra"),   # the house's town after it
    ("Publisher: Harbor Books (@HarborKids)", "Harbor Books", None),   # the house's account
    ("Publication Info: Harbor Zebra 2012", "Harbor Zebra", None),   # All About Romance
])
def test_a_sheets_publisher_line_without_its_town_or_account(line, publisher, place):
    p = parse_trailer(f"Title: The Quiet Harbor\nAuthor: Jane Doe\n{line}\nISBN: 978-0-306-40615-7\nPages: 196")
    assert (p.title, p.publisher, p.place) == ("The Quiet Harbor", publisher, place)


def test_a_name_no_table_knows_over_a_title_its_article_opens_is_the_author_for_review():
    # "Rajiv Menon" / "The Cartographer's Daughter" (Indian reviews): the name's shape alone tells it
    p = parse_trailer("Zorvan Quellard\nThe Quiet Harbor\nHarbor Books India, New Delhi, 2009, pp. 296, Rs 399")
    assert (p.title, [n for _, n in p.contributors], p.split_by) == (
        "The Quiet Harbor", ["Zorvan Quellard"], BY_NAME_SHAPE)
    # a town, or a line its own article opens, is no name
    for first in ("New Delhi", "The Harbor"):
        p = parse_trailer(f"{first}\nThe Quiet Harbor\nHarbor Books India, 2009, pp. 296, Rs 399")
        assert first not in [n for _, n in p.contributors] and p.split_by != BY_NAME_SHAPE, first


@pytest.mark.parametrize("sheet", [
    "Titel: The Quiet Harbor\nSkrywer: Jane Doe\nUitgewer: Harbor House\nPrys: R260",   # Afrikaans (Die Burger)
    "Titel: The Quiet Harbor\nAuteur: Jane Doe\nUitgeverij: Harbor House\nPrijs: \u20ac 19,90",   # Dutch
    "Titel: The Quiet Harbor\nAutor: Jane Doe\nVerlag: Harbor House\nSeiten: 320\nPreis: 24 \u20ac",   # German
])
def test_a_sheets_labels_in_the_papers_own_language(sheet):
    p = parse_trailer(sheet)
    assert (p.title, [n for _, n in p.contributors], p.publisher, len(p.offers)) == (
        "The Quiet Harbor", ["Jane Doe"], "Harbor House", 1)
    assert p.pages == (320 if "Seiten" in sheet else None)


@pytest.mark.parametrize("text", [
    # a children's list: title, author, "ill." and the illustrator, the house before the price
    "The Quiet Harbor, Jane Doe, ill. John Roe, Harbor Books \u00a34.95",
    "The Quiet Harbor, Jane Doe, illus. John Roe, Harbor Books \u00a34.95",
    # the stacked form: "ill." ends no sentence
    "THE QUIET HARBOR\nJane Doe, ill. John Roe\nHarbor Books, 32pp, \u00a310.99 hbk",
])
def test_an_illustrator_after_ill_and_the_house_after_the_names(text):
    p = parse_trailer(text)
    assert (p.title.title(), p.contributors, p.publisher) == (
        "The Quiet Harbor", ((Role.AUTHOR, "Jane Doe"), (Role.ILLUSTRATOR, "John Roe")), "Harbor Books")
    # a person's name after the names' comma is no house
    assert parse_trailer("The Quiet Harbor, Jane Doe, ill. John Roe, Mary Poe \u00a34.95").publisher != "Mary Poe"


@pytest.mark.parametrize("text", [
    "The Quiet Harbor by Jane Doe (Harbor House/\u00a37.95 paper)",   # a slash between house and price
    "The Quiet Harbor, by Jane Doe (Harbor House, 2015, middle grade)",   # the readership after the year
    "The Quiet Harbor, by Jane Doe (Harbor House, 2015, young adult)",
])
def test_a_publisher_without_the_slash_or_readership_after_it(text):
    assert parse_trailer(text).publisher == "Harbor House"
