from decimal import Decimal
from itertools import product

import pytest

from catalog.model import Document
from catalog.pipeline import catalog_document
from catalog.text.kickers import is_kicker
from catalog.text.locate import _joined, _one_line, imprint_end, is_prose, locate_notes, unpriced_end


def test_labelled_notes_are_taken_after_the_label():
    located = locate_notes("A fine book.\nPUBLICATION NOTES: TITLE By A Writer. 200 pages.\nKnopf. $20.")
    assert located.trailers == ("TITLE By A Writer. 200 pages. Knopf. $20.",)
    assert located.body.strip() == "A fine book."


def test_inline_trailer_is_cut_before_the_blurb():
    text = "THE GREAT WORK, by Ann Author. (Knopf, $26.) Author sees the world anew in this book."
    located = locate_notes(text)
    assert located.trailers == ("THE GREAT WORK, by Ann Author. (Knopf, $26.)",)
    assert "sees the world" in located.body


def test_header_block_above_the_review():
    text = ("A LONG WAY\n\nBy Paul Writer\n\nVintage, 210 pages, $18\n\n"
            "The novel opens in winter, and the snow never stops falling on the town.")
    assert locate_notes(text).trailers == ("A LONG WAY\nBy Paul Writer\nVintage, 210 pages, $18",)


def test_trailer_at_the_end_with_header_at_the_top():
    text = ("Night Train\n\nBy Clara Oswald\n\nA story of loss.\n\n"
            "It begins in a station, where the narrator waits for a train that is always late and never empty.\n\n"
            "Graywolf. 240 pages. $16.")
    assert locate_notes(text).trailers == ("Night Train\nBy Clara Oswald\nGraywolf. 240 pages. $16.",)


def test_prose_mentioning_a_price_is_not_a_trailer():
    assert imprint_end(
        "He said the tickets were sold for $25 each and that nobody came to see the show at all.") is None


def test_no_notes():
    assert locate_notes("Just an article about the weather, with no book in it.").trailers == ()


def test_several_labelled_trailers_give_several_books():
    from catalog.model import Document
    from catalog.pipeline import catalog_document
    text = ("Two books on one war.\nPUBLICATION NOTES: FIRST BOOK By Ann Lee. 200 pages. Knopf. $20.\n"
            "PUBLICATION NOTES: SECOND BOOK By Tom Reed. 310 pages. Norton. $25.")
    record = catalog_document(Document("d", text))
    assert [b.title for b in record.books] == ["First Book", "Second Book"]
    assert record.review.reviews == tuple(b.key for b in record.books)


def test_a_german_title_with_lowercase_adjectives_is_not_prose():
    # German capitalizes nouns only: the title's adjectives and small words are lowercase
    text = ("Doe, Jana, Staatsdiener auf Außenposten. Die höheren Beamten der inneren Verwaltung in der "
            "bayerischen Pfalz 1870-1918 (= Schriftenreihe zur bayerischen Landesgeschichte 12). "
            "Kommission für bayerische Landesgeschichte, München 2001. XLI, 549 S.")
    assert locate_notes(text).trailers == (text,)
    # the same title with no name printed family first before it (a catalog entry is no prose anyway)
    untitled = text.replace("Doe, Jana, ", "")
    assert locate_notes(untitled).trailers == (untitled,)
    assert imprint_end("Er sagte, die Karten für das Konzert seien für 25 Euro verkauft worden, "
                       "aber niemand kam zu der Vorstellung.") is None


@pytest.mark.parametrize("text", [
    "Le port tranquille, sous la direction de Jane Doe, Paris, Gallimard, 2005, 320 p.",
    "Jane Doe (dir.), Le port tranquille, Paris, Gallimard, 2005, 320 p.",
    # a town no table knows: no catalog entry's shape vouches for them, the words alone must
    "Le port tranquille, traduit de l'anglais par Jane Doe, Harborville, Gallimard, 2005, 320 p.",
    "Jane Doe (dir.), Le port tranquille, Harborville, Gallimard, 2005, 320 p.",
])
def test_the_editors_words_of_french_notes_are_not_prose(text):
    assert locate_notes(text).trailers == (text,)
    assert imprint_end("Elle a dit que la direction du journal vendait le livre sous le manteau pour 25 euros, "
                       "mais personne ne l'a acheté.") is None


def test_a_name_colon_title_and_house_with_its_year_is_located_with_no_price():
    # Australian journals' lists of books reviewed: "Jane Doe: The Quiet Harbor. Harbor House, 1964."
    notes = "Jane Doe: The Quiet Harbor. Harbor House, 1964."
    assert locate_notes(f"{notes}\n\nThe book is long.").trailers == (notes,)
    # a town before the year, or no person before the colon, is no such list's entry
    assert locate_notes("Jane Doe: The Quiet Harbor. London, 1964.").trailers == ()
    assert locate_notes("Harbor Notes: The Quiet Season. Harbor House, 1964.").trailers == ()


def test_a_citation_with_no_price_is_located_by_its_place_and_publisher():
    text = "The Quiet Harbor: A History. By Jane Doe. New York: Harbor House, 1996.\n\nThe book is long."
    assert locate_notes(text).trailers == ("The Quiet Harbor: A History. By Jane Doe. New York: Harbor House, 1996.",)
    # a place and a colon in prose close no citation
    assert imprint_end("He said it plainly in his speech. London: the city had changed, and so had he.") is None
    assert imprint_end("Datelines lead. WASHINGTON: Congress met again on Monday, 1996.") is None
    # the year after its own stop (papers and reviews up to the 1920s), after a known town only
    text = "THE QUIET HARBOR. By Jane Doe. New York: The Harbor Company. 1912.\n\nThe book is long."
    assert locate_notes(text).trailers == ("THE QUIET HARBOR. By Jane Doe. New York: The Harbor Company. 1912.",)
    assert imprint_end("Jane Doe, The Quiet Harbor: A History from the Sea to the Town. 2022") is None


def test_the_last_byline_before_the_parenthesis_ends_the_notes():
    text = "The Quiet Harbor, by Jane Doe, translated from the Spanish by Ann Roe (Harbor House). It is long."
    assert locate_notes(text).trailers == (
        "The Quiet Harbor, by Jane Doe, translated from the Spanish by Ann Roe (Harbor House).",)


def test_a_parenthesis_broken_across_two_lines_is_one_imprint():
    text = "The Quiet Harbor. By Jane Doe. (Harbor Sonnenschein\nand Co.)\n\nThe essays are slight."
    located = locate_notes(text)
    assert located.trailers == ("The Quiet Harbor. By Jane Doe. (Harbor Sonnenschein and Co.)",)
    assert located.body.strip() == "The essays are slight."


def test_an_imprint_line_under_a_byline_with_no_stop_starts_a_field_of_its_own():
    # "THE QUIET HARBOR. By Jane Doe" / "Knopf. $21. 329 pp." — the line break was the stop
    text = "THE QUIET HARBOR. By Jane Doe\nKnopf. $21. 329 pp.\n\nThe novel opens on a pier."
    assert locate_notes(text).trailers == ("THE QUIET HARBOR. By Jane Doe. Knopf. $21. 329 pp.",)
    # a bracket closes a mark, not the field: "(ed.)" / "New York: ..." — a journal's lines
    text = "THE QUIET HARBOR by Jane Doe (ed.)\nNew York: Harbor House, 1994. 311pp\nPaper $29.95"
    assert locate_notes(text).trailers == (
        "THE QUIET HARBOR by Jane Doe (ed.). New York: Harbor House, 1994. 311pp. Paper $29.95",)
    text = "THE QUIET HARBOR. By Jane Doe. 275 pages.\nAlfred A. Knopf. $18.95."
    assert locate_notes(text).trailers == ("THE QUIET HARBOR. By Jane Doe. 275 pages. Alfred A. Knopf. $18.95.",)


def test_a_binding_on_a_line_of_its_own_between_price_and_isbn_is_no_second_book():
    text = ("The Quiet Harbor\nBy Jane Doe\nHarbor House, 2019\n320 pp. $26.95\nPaperback\n"
            "ISBN 978-0-306-40615-7\n\nThe novel opens on a pier.")
    located = locate_notes(text)
    assert located.trailers == ("The Quiet Harbor\nBy Jane Doe\nHarbor House, 2019\n"
                                "320 pp. $26.95 Paperback. ISBN 978-0-306-40615-7",)
    assert "Paperback" not in located.body and "ISBN" not in located.body
    # a line of words between is a title of its own
    text = "The Quiet Harbor\nBy Jane Doe\nHarbor House, $26.95\nThe Dark Sea\nISBN 978-0-306-40615-7"
    assert len(locate_notes(text).trailers) == 2


def test_a_title_ending_in_a_stop_above_its_byline_heads_the_notes():
    # journals print each element as a sentence, one a line
    text = ("The Quiet Harbor: A Coastal History of the North Sea.\nBy Jane Doe.\n"
            "Harbor University Press. 2018. 259pp. \u00a326.99.")
    assert locate_notes(text).trailers == (text,)
    # a sentence above a line that names nobody by role stays out of the notes
    text = ("The harbor was quiet and the boats lay still in the water all night.\nSome Other Heading\n"
            "Harbor University Press. 2018. 259pp. \u00a326.99.")
    assert "quiet and the boats" not in "\n".join(locate_notes(text).trailers)


def test_a_place_and_publisher_line_between_byline_and_pages_belongs_to_the_notes():
    text = "The Quiet Harbor.\nBy Jane Doe and John Roe.\nNew York: Harbor House, 2003.\nPp. xvi, 352. $29.95."
    assert locate_notes(text).trailers == (text,)


def test_a_trailer_printed_alone_over_lines_is_read_as_one_line():
    # the line reading leaves the title line out: it ends in a stop, and no byline follows
    text = "The Quiet Harbor, Jane Doe, ed.\n(Harbor 978-0-306-40615-7, $19.95, 440pp, tp) October 2020."
    assert locate_notes(text).trailers == (
        "The Quiet Harbor, Jane Doe, ed. (Harbor 978-0-306-40615-7, $19.95, 440pp, tp)",)
    # a line with no stop ends a field, unless it ends in a word that runs on
    assert _one_line("The Quiet Harbor of the\nNorth Sea\nJane Doe\nHarbor House, $22.95") == \
        "The Quiet Harbor of the North Sea. Jane Doe. Harbor House, $22.95"
    # blank lines part blocks (books, a reviewer's byline), unless the lines held no notes at all
    text = "The Quiet Harbor\nJane Doe\n\nThe Dark Sea\nJohn Roe\nHarbor House, $22.95"
    assert _one_line(text) == "The Quiet Harbor. Jane Doe\n\nThe Dark Sea. John Roe. Harbor House, $22.95"
    assert _one_line(text, keep_blocks=False) == \
        "The Quiet Harbor. Jane Doe. The Dark Sea. John Roe. Harbor House, $22.95"
    assert _one_line("The Quiet Harbor\n\nJane Doe") is None
    # prose or a long text is no trailer printed alone
    assert _one_line("The Quiet Harbor\n" + "The harbor was quiet, and the boats lay still. " * 3) is None
    assert _one_line("The Quiet Harbor\n" + "Jane Doe, Harbor House, $22.95. " * 20) is None


def test_each_element_in_a_paragraph_of_its_own():
    # a web page's header: the title above its byline across a blank line
    text = ("The Quiet Harbor: A Coastal History of the North Sea.\n\nBy Jane Doe.\n\n"
            "Harbor University Press. 2018. 259pp. \u00a326.99.")
    assert locate_notes(text).trailers == (
        "The Quiet Harbor: A Coastal History of the North Sea.\nBy Jane Doe.\n"
        "Harbor University Press. 2018. 259pp. \u00a326.99.",)
    # the lines read found only pages and a price, with no title: the whole text is one line
    text = "The Quiet Harbor, Jane Doe, ed.\n\n(Harbor 978-0-306-40615-7, $19.95, 440pp, tp) October 2020."
    assert locate_notes(text).trailers == (
        "The Quiet Harbor, Jane Doe, ed. (Harbor 978-0-306-40615-7, $19.95, 440pp, tp)",)
    # a trailer with its title is not read again with the paragraph above it
    text = "A review.\n\nDer stille Hafen. By Jane Doe. 200 pp. Suhrkamp. ISBN 0-306-40615-2."
    assert locate_notes(text).trailers == ("Der stille Hafen. By Jane Doe. 200 pp. Suhrkamp. ISBN 0-306-40615-2.",)
    # two books, each in its paragraphs, stay two
    text = ("The Quiet Harbor\n\nJane Doe\n\nHarbor House, pp. 320, \u00a320\n\n"
            "The Dark Sea\n\nJohn Roe\n\nSea Books, pp. 210, \u00a315")
    assert locate_notes(text).trailers == ("The Quiet Harbor\nJane Doe\nHarbor House, pp. 320, \u00a320",
                                           "The Dark Sea\nJohn Roe\nSea Books, pp. 210, \u00a315")


# A review's body long enough that the notes are not read again as one line: each rule of
# the line reading below must hold on its own there.
_BODY = "The essays are slight, and the harbor they describe is quieter than the sea around it. " * 8


@pytest.mark.parametrize("notes, located", [
    # a title that asks a question, above its byline
    ("The Quiet Harbor: Why Is the Sea So Calm Here?\n\nBy Jane Doe. Harbor House, 270pp, $29.99",
     "The Quiet Harbor: Why Is the Sea So Calm Here?\nBy Jane Doe. Harbor House, 270pp, $29.99"),
    # a head of place and publisher under its title line
    ("THE QUIET HARBOR (7TH ed), by Jane Doe and John Roe.\nNew York: Harbor House, 2005. 192pp. Paper. $47.60.",
     "THE QUIET HARBOR (7TH ed), by Jane Doe and John Roe.\nNew York: Harbor House, 2005. 192pp. Paper. $47.60."),
    # notes that open with their town, state and publisher: the title and byline stand above
    ("The Quiet Harbor: A Coastal History.\n\nEdited by Jane Doe.\n\nPortsmouth, N.H.: Harbor House, 2002.\n\n"
     "Pp. viii, 305. $69.95.",
     "The Quiet Harbor: A Coastal History.\nEdited by Jane Doe.\nPortsmouth, N.H.: Harbor House, 2002. "
     "Pp. viii, 305. $69.95."),
    # notes that open with any town, publisher and year, items after them: the title and byline above
    ("The Quiet Harbor: A Coastal History.\nBy Jane Doe.\nCarlton: Harbor House, 2002. Pp. 305. $69.95.",
     "The Quiet Harbor: A Coastal History.\nBy Jane Doe.\nCarlton: Harbor House, 2002. Pp. 305. $69.95."),
    # a line of names with their role after them heads the title
    ("JANE DOE and JOHN ROE, eds.\n\nThe Quiet Harbor: Essays.\n\nSan Marino, Ca.: Harbor House, 1995.\n\n"
     "Pp. xvi, 363. $75.00.",
     "JANE DOE and JOHN ROE, eds.\nThe Quiet Harbor: Essays.\nSan Marino, Ca.: Harbor House, 1995. "
     "Pp. xvi, 363. $75.00."),
    # a name, then any town with a dated imprint: the title stands above
    ("The Quiet Harbor: A Coastal History\n\nJane Doe, Carlton: Harbor House, 2005, 350 Pages, Hardcover, $39.95",
     "The Quiet Harbor: A Coastal History\nJane Doe, Carlton: Harbor House, 2005, 350 Pages, Hardcover, $39.95"),
    # a byline closes the line's notes; the next line opens with the publisher and goes on with them
    ("The Quiet Harbor: A History. By Jane Doe, John Roe and Ann Lee.\n"
     "Harbor University Press. 2013. x + 457pp. $39.50/\u00a327.95.",
     "The Quiet Harbor: A History. By Jane Doe, John Roe and Ann Lee. "
     "Harbor University Press. 2013. x + 457pp. $39.50/\u00a327.95."),
    # a title with a colon and a year is no place and publisher: the section's name stays out
    ("BOOK REVIEW\nThe Quiet Harbor: Life in Dublin from 1500 to the Present by Jane Doe (Harbor Press, \u20ac24.95)",
     "The Quiet Harbor: Life in Dublin from 1500 to the Present by Jane Doe (Harbor Press, \u20ac24.95)"),
    # a parenthesis broken across two lines
    ("The Quiet Harbor. By Jane Doe. (Harbor Sonnenschein\nand Co.)",
     "The Quiet Harbor. By Jane Doe. (Harbor Sonnenschein and Co.)"),
])
def test_the_line_reading_holds_above_a_long_review(notes, located):
    assert locate_notes(f"{notes}\n\n{_BODY}").trailers == (located,)


# The page's own lines above a header block: a section's name, the reviewer.
_HARBOR = "The Quiet Harbor\nBy Jane Doe\nKnopf, 320 pages, $26.95"


@pytest.mark.parametrize("kicker", ["Nonfiction", "FICTION", "BOOK REVIEW", "Children's Books", "Book of the Week",
                                    "Novel of the week", "Science Fiction & Fantasy", "Editor's Choice", "In Brief:",
                                    "Reviewed by Mary Smith", "Recommended", "Also recommended",
                                    "New on the shelves", "New Zealand fiction", "Australian poetry", "QUICK READS"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_section_name_or_reviewer_above_the_notes_is_the_pages_own(kicker, gap):
    # short, the text is read again as one line; long, by its lines alone
    for body in ("", f"\n\n{_BODY}"):
        assert locate_notes(f"{kicker}{gap}{_HARBOR}{body}").trailers == (_HARBOR,)
    # above a trailer with its own title, and above a title ending in a stop
    own = "The Quiet Harbor. By Jane Doe. Knopf, 320 pages, $26.95"
    assert locate_notes(f"{kicker}{gap}{own}").trailers == (own,)
    assert locate_notes(f"{kicker}{gap}{own}{gap}{_BODY}").trailers == (own,)


def test_a_section_name_is_the_title_where_none_stands_below_it():
    text = "Memoir\nBy John McGahern\nFaber, 320 pages, \u00a316.99"
    assert locate_notes(text).trailers == (text,)
    assert locate_notes(f"{text}\n\n{_BODY}").trailers == (text,)
    assert locate_notes(text.replace("By ", "")).trailers == (text.replace("By ", ""),)
    # above a title and its author's name, each on its line, it is the section's name
    pink = "Pink Lady\n\nJane Doe\nUniversity of Pittsburgh Press ($20)"
    assert locate_notes(f"BOOK REVIEW\n{pink}\n\n{_BODY}").trailers == (pink.replace("\n\n", "\n"),)
    # above another title it is the section's name again
    assert locate_notes(f"Fiction\n{text}\n\n{_BODY}").trailers == (text,)
    # 'The Book Review.' below the byline is a publisher, not a section's name
    text = "Civil Disobedience\nBy Jane Doe.\nThe Book Review.\nPages 265. Rs 395."
    assert locate_notes(f"{text}\n\n{_BODY}").trailers == (text,)


def test_a_section_name_above_a_sheet_of_labelled_fields_is_left_out():
    sheet = "The Quiet Harbor\nAuthor: Doe, Jane\nIllustrator: John Roe\nHarbor House, 2017\nISBN: 9781626721777"
    for kicker in ("BOOK REVIEW", "Reviewed by Mary Smith"):
        assert locate_notes(f"{kicker}\n{sheet}\n\n{_BODY}").trailers == (sheet,)
    # the title's own line right above the fields stays, even when it is a section's word
    sheet = sheet.replace("The Quiet Harbor", "Poetry")
    assert locate_notes(f"{sheet}\n\n{_BODY}").trailers == (sheet,)


def test_a_catalog_entry_with_a_sentence_case_title_is_no_prose():
    # Choice prints titles in sentence case, after the name printed family first
    entry = ("Doe, Jane. The quiet harbor: a novel of the sea and its people. Knopf, 2019. "
             "320p ISBN 9780306406157, $26.95.")
    assert locate_notes(f"{entry}\n\n{_BODY}").trailers == (entry,)
    # the same words with no name leading them read as prose, and so does a long paragraph led by one
    assert locate_notes(entry.replace("Doe, Jane. ", "") + f"\n\n{_BODY}").trailers == ()
    letter = "Doe, Jane. " + "I read the review of the quiet harbor and thought it unfair to the author. " * 4 + "$25."
    assert imprint_end(letter) is None


_SHEET = ("Pub Date: May 5th, 2019\nISBN: 978-0-306-40615-7\nPage Count: 320\nPublisher: Knopf\n"
          "Review Posted Online: Feb. 20th, 2019")


def test_a_sheet_of_items_after_the_review_takes_the_title_and_byline_at_its_head():
    # Kirkus: title and byline above the review, its items in labelled lines below
    text = f"THE QUIET HARBOR\nby Jane Doe\n\n{_BODY}\n\n{_SHEET}"
    located = locate_notes(text)
    assert located.trailers == (f"THE QUIET HARBOR\nby Jane Doe\n{_SHEET}",)
    assert "QUIET HARBOR" not in located.body and "Page Count" not in located.body
    # with no byline at the head, the sheet stands alone
    assert locate_notes(f"THE QUIET HARBOR\n\n{_BODY}\n\n{_SHEET}").trailers == (_SHEET,)
    assert locate_notes(f"THE QUIET HARBOR\nA Tale of the Sea\n\n{_BODY}\n\n{_SHEET}").trailers == (_SHEET,)



def test_a_sheets_head_keeps_its_credit_lines_and_leaves_the_release_date():
    # Kirkus prints the release date beside or under the byline, and an illustrator's line
    located = locate_notes(f"THE QUIET HARBOR\nby Jane Doe \u2027 RELEASE DATE: Oct. 3, 2019\n\n{_BODY}\n\n{_SHEET}")
    assert located.trailers == (f"THE QUIET HARBOR\nby Jane Doe\n{_SHEET}",)
    assert "RELEASE" not in located.body
    head = "THE QUIET HARBOR\nby Jane Doe\nillustrated by John Roe\nRELEASE DATE: Oct. 3, 2019"
    located = locate_notes(f"{head}\n\n{_BODY}\n\n{_SHEET}")
    assert located.trailers == (f"THE QUIET HARBOR\nby Jane Doe\nillustrated by John Roe\n{_SHEET}",)
    assert "RELEASE" not in located.body and "John Roe" not in located.body
    # title and byline on one line, the title in capitals
    located = locate_notes(f"THE QUIET HARBOR by Jane Doe \u2027 RELEASE DATE: Oct. 3, 2019\n\n{_BODY}\n\n{_SHEET}")
    assert located.trailers == (f"THE QUIET HARBOR\nby Jane Doe\n{_SHEET}",)
    # a subtitle with "by" inside it is no credit line
    assert locate_notes(f"THE QUIET HARBOR\nStories Told by Sailors\n\n{_BODY}\n\n{_SHEET}").trailers == (_SHEET,)

def test_a_reviewers_line_inside_the_notes_belongs_to_them():
    # the Historical Novel Society's layout: title, author, reviewer, publisher, items
    notes = ("The Quiet Harbor\nWritten by Jane Doe\nReview by Mary Smith\nPublished by Harbor House, 2019\n"
             "$26.95, hardcover, 320pp")
    assert locate_notes(f"{notes}\n\n{_BODY}").trailers == (notes,)


def test_an_elided_article_weighs_as_the_word_after_it():
    # "d'une" is French's "of a": a small word, not prose's lowercase; "L'homme" stays capitalized
    text = "Jane Doe, Le port tranquille. Histoire d'une c\u00f4te, Paris, Gallimard, 2019, 320 p."
    assert not is_prose(text)
    assert locate_notes(text).trailers == (text,)
    assert is_prose("the l'homme and the d'arte were seen in the garden")


def test_a_quoted_title_described_before_from_its_publisher_is_notes_not_prose():
    # web reviews: a quoted title, its author, a phrase on the book, and "from" the publisher
    notes = ("\u201cThe Quiet Harbor\u201d by Jane Doe, poems about love and memory, loss, class and harbor "
             "life, from Harbor Press, $15.")
    assert locate_notes(f"{_BODY}\n\n{notes}").trailers == (notes,)
    # a sentence of prose with no person after "by" stays prose, and so does one with no "from"
    assert imprint_end("\u201cThe Quiet Harbor\u201d by The Harbor Wall, where we went with love and memory, loss and "
                       "class, from Harbor Press, $15.") is None
    assert imprint_end(notes.replace(", from Harbor Press", " and the harbor press")) is None


@pytest.mark.parametrize("label", ["Review: ", "Book review: ", "BOOK REVIEW: ", "Reviewed: ", "In brief: ",
                                   "NEW IN PAPERBACK: ", "Editor's choice: ", "Book of the Week: "])
def test_the_pages_label_before_the_notes_on_their_line_is_left_out(label):
    notes = "The Quiet Harbor by Jane Doe (Knopf, 320 pp., $27.95)"
    assert locate_notes(f"{label}{notes}").trailers == (notes,)
    assert locate_notes(f"{label}{notes}\n\n{_BODY}").trailers == (notes,)


@pytest.mark.parametrize("label", ["Books reviewed:\n", "Works discussed in this essay:\n", "BOOKS UNDER REVIEW: ",
                                   "Discussed in this essay:\n\n", "Mentioned in this review:\n"])
def test_a_review_essays_label_above_its_books_is_left_out(label):
    books = ("Jane Doe, The Quiet Harbor (Cambridge: Harbor University Press, 2019), 320 pp., $45.00.",
             "John Roe, The Open Sea (New York: Oxford University Press, 2018), 280 pp., $35.00.")
    assert locate_notes(label + "\n".join(books)).trailers == books


@pytest.mark.parametrize("notes", [
    "Poetry: A Very Short Introduction by Jane Doe (Oxford, 160 pp., $11.95)",   # a genre's name may open a title
    "Reviews of the Year: Essays by Jane Doe (Knopf, 320 pp., $27.95)",   # a label's word, no colon after it
    "Reviewers: A Novel by Jane Doe (Knopf, 320 pp., $27.95)",
])
def test_a_title_opening_with_a_section_word_stays(notes):
    assert locate_notes(notes).trailers == (notes,)


def test_the_review_headline_above_the_notes_is_the_pages_own():
    # the Guardian's headline: "<title> by <author> review – <a line of praise>"
    notes = "The Quiet Harbor by Jane Doe (Faber, \u00a314.99)"
    for headline in ("The Quiet Harbor by Jane Doe review \u2013 a luminous debut",
                     "The Quiet Harbor by Jane Doe review: a luminous debut",
                     "The Quiet Harbor by Jane Doe review"):
        assert locate_notes(f"{headline}\n{notes}").trailers == (notes,)
    # "Review" with a capital in a title is the book's ("The Kenyon Review")
    assert not is_kicker("Poems Chosen by the Editors of The Kenyon Review: Volume Two", titled=True)
    assert is_kicker("The Quiet Harbor by Jane Doe review", titled=True)


@pytest.mark.parametrize("house, site", [("She Writes Press", "www.shewritespress.com"),
                                         ("Harbor House", "https://harborhouse.example.org/books")])
def test_a_reviewers_shelf_and_the_web_addresses_are_no_part_of_the_notes(house, site):
    # the Midwest Book Review: the reviewer's shelf above, the house's site under its name, the shop's after the items
    text = (f"Jane Roe's Bookshelf\n\nThe Quiet Harbor\nJane Doe\n{house}\n{site}\n"
            f"9780306406157, $17, PB, 312pp, www.amazon.com\n\n{_BODY}")
    (b,) = catalog_document(Document("d", text)).books
    assert (b.title, [c.family for c in b.contributors], b.publisher, b.pages) == (
        "The Quiet Harbor", ["Doe"], house, 312)
    assert is_kicker("Jane Roe\u2019s Bookshelf", titled=True) and not is_kicker("The Bookshelf", titled=True)


ISIS = ("Jane Doe. The Quiet Harbor. xii + 320 pp., illus., bibl., index. Cambridge, Mass.: Harvard University "
        "Press, 2019. $45 (cloth).")


def test_a_town_and_publisher_between_the_count_and_the_price_keep_the_notes_whole():
    # the Isis form: the count, the book's apparatus, then "Town: Publisher, Year." and the price
    located = locate_notes(f"{ISIS} The harbor of the title is a town on the coast, and its people are the book's.")
    assert located.trailers == (ISIS,)


def test_prose_between_two_items_still_ends_the_notes():
    text = ("Jane Doe. The Quiet Harbor. 320 pp. The town she grew up in had a harbor that she writes about "
            "with love, and the book costs $45.")
    assert locate_notes(text).trailers == ("Jane Doe. The Quiet Harbor. 320 pp.",)


def test_front_matter_in_roman_numerals_is_no_word_of_prose():
    assert not is_prose("Jane Doe. Harbor. xii + 24 pp., bibl., index. Boston: Knopf, 2015. $5.")
    assert is_prose("she was ill and went home and slept in the old house by the sea")


def test_the_publishers_line_between_the_isbn_and_the_price_finishes_the_notes():
    # a blog's stacked lines: title, byline, ISBN, publisher, price — one book, not a second called "Knopf"
    text = "The Quiet Harbor\nby Jane Doe\nISBN 978-0-306-40615-7\nKnopf\n$30\n\nThe review begins here, at length."
    books = catalog_document(Document("d", text)).books
    assert [(b.title, b.publisher, [str(o.price.amount) for o in b.prices]) for b in books] == [
        ("The Quiet Harbor", "Knopf", ["30"])]
    # after notes that name their publisher, such a line is the next book's title
    text = "The Quiet Harbor\nby Jane Doe\nKnopf, ISBN 978-0-306-40615-7\nThe Open Sea\n$30"
    assert [b.title for b in catalog_document(Document("d", text)).books] == ["The Quiet Harbor", "The Open Sea"]


@pytest.mark.parametrize("line", [
    "John Roe's most recent book is The Long Tide (Harper, $24.99).",
    "Her previous novel was The Long Tide (Picador, \u00a39.99).",
])
def test_a_sentence_under_the_notes_is_no_more_of_them(line):
    # a reviewer's note under titled notes names another book, with its own imprint
    notes = "The Silent Sea. By Jane Doe. Knopf. 320 pp. $27.95."
    located = locate_notes(f"{notes}\n{line}")
    assert located.trailers == (notes,) and located.body.strip() == line


@pytest.mark.parametrize("above", ["By John Roe", "MARY POE", "Starred review"])
def test_a_reviewers_line_above_titled_notes_is_no_part_of_them(above):
    notes = "THE SILENT SEA. By Jane Doe. Knopf. 320 pp. $27.95."
    located = locate_notes(f"{above}\n{notes}")
    assert located.trailers == (notes,) and located.body.strip() == above
    # stacked notes take no kicker above their title either
    stacked = "The Silent Sea\nBy Jane Doe\nKnopf, 320 pp., $27.95"
    assert locate_notes(f"Starred review\n{stacked}").trailers == (stacked,)


def test_a_head_with_a_title_before_its_byline_is_no_headless_credit():
    from catalog.text.locate import _headless
    assert not _headless("The Silent Sea. By Jane Doe.")
    assert not _headless("The Quiet Harbor. By Jane Doe.")   # a title that reads like a company's name
    assert _headless("Edited by Jane Doe.") and _headless("Jane Doe, illus. by John Roe.")


def test_a_sentence_naming_a_publisher_and_year_after_a_name_is_prose():
    # the foreign catalog entry needs a known town before its publisher and year
    prose = ("Jane Doe, whose first novel we praised here, returns with a book about the sea. Its Spanish "
             "edition, Alianza Editorial, 2019, has 320 pages.")   # not "runs to": a count said in a sentence
    assert imprint_end(prose) is None


def test_a_book_named_inside_a_sentence_is_no_notes():
    # a reviewer's line names the reviewer's own book, its imprint in parentheses, and the sentence goes on
    line = ('Mary Poe reviews fiction for The Post. Her novel "Salt and Iron" (Scribner, 288 pp., $26) '
            'was published in May.')
    assert imprint_end(line) is None
    located = locate_notes(f"The Silent Sea. By Jane Doe. Knopf. 320 pp. $27.95.\n\n{_BODY}\n{line}")
    assert located.trailers == ("The Silent Sea. By Jane Doe. Knopf. 320 pp. $27.95.",)
    # a blurb after the notes starts a sentence of its own
    assert imprint_end("THE SILENT SEA, by Jane Doe. (Knopf, $25.) Was there ever a quieter book?") is not None


@pytest.mark.parametrize("shop", ["is available from Unity Books.", "is available in bookstores nationwide.",
                                  "is out now.", "are on sale now."])
def test_notes_followed_by_where_to_buy_the_book_are_notes(shop):
    # "Title by Jane Doe (Victoria University Press, $37.99) is available from Unity Books." (The
    # Spinoff): the notes end at the imprint's close, and where to buy it stays in the body
    notes = "Under the Crooked Islands by Rosalind Ashgrove (Victoria University Press, $37.99)"
    assert imprint_end(f"{notes} {shop}") == len(notes)
    located = locate_notes(f"{_BODY}\n\n{notes} {shop}")
    assert located.trailers == (notes,)
    # inside a sentence the same words are prose
    assert imprint_end(f'Her novel "Salt and Iron" (Scribner, $26) {shop}') is None
    # a title with no byline before its imprint: where to buy it still ends the notes
    untitled = "Under the Crooked Islands (Victoria University Press, $37.99)"
    assert imprint_end(f"{untitled} {shop}") == len(untitled)


@pytest.mark.parametrize("goes_on", ["is a furious, funny account of life on the breadline.",
                                     "was the surprise of the spring, and deserves its readers."])
def test_a_review_whose_first_sentence_opens_with_the_notes(goes_on):
    # "The Lost Rivers: Essays by Jane Doe (Serpent's Tail, £20) is a furious ..." (The Big Issue):
    # the title, its byline and its imprint open the review's sentence, which goes on to review it
    notes = "The Quiet Harbor: Essays by Jane Doe (Serpent's Tail, \u00a320)"
    assert imprint_end(f"{notes} {goes_on}") == len(notes)
    located = locate_notes(f"Salt and the sea\nMary Poe\n\n{notes} {goes_on} {_BODY}")
    assert located.trailers == (notes,)
    # with no byline before the bracket, or after small words, the book is named in a sentence
    assert imprint_end(f"The Quiet Harbor (Serpent's Tail, \u00a320) {goes_on}") is None
    assert imprint_end(f"Her novel The Quiet Harbor by Jane Doe (Serpent's Tail, \u00a320) {goes_on}") is None


@pytest.mark.parametrize("above", ["Fiction", "The Quiet Harbor by Jane Doe review \u2013 a luminous debut"])
def test_a_section_or_headline_above_notes_titled_by_the_books_kind_is_the_pages_own(above):
    # "Stories by Jane Doe (...)": the notes' own title is the book's kind, so the line above
    # them is weighed as a section's name or the page's headline, and left out
    trailer = "Stories by Jane Doe (Faber, \u00a314.99)"
    assert locate_notes(f"{above}\n{trailer}").trailers == (trailer,)


@pytest.mark.parametrize("kicker", ["FICTION", "BOOK REVIEW"])
def test_a_section_name_above_stacked_notes_read_again_as_one_line_is_left_apart(kicker):
    # notes with no price or count ("Knopf, 2019", "(Knopf)") are found only when read again
    # as one line; the section's name above them stays out of that line
    for imprint in ("Knopf, 2019", "(Knopf)"):
        assert locate_notes(f"{kicker}\nThe Quiet Harbor\nBy Jane Doe\n{imprint}").trailers == (
            f"The Quiet Harbor. By Jane Doe. {imprint}",)


@pytest.mark.parametrize("heading, line", [
    ("THE SLOW COUNTRY.", '"The Quiet Harbor." By Jane Doe. (Harbor House. 7s. 6d. net.)'),   # a quoted title
    ("NEW ZEALAND BOOKS", '"The Quiet Harbor." By Jane Doe. (Harbor House.) 214 pages.'),
    ("MISSIONS AND POWER", "The Quiet Harbor: A History. By Jane Doe. Oxford: Harbor House, 1998. Pp. 256."),
])
def test_a_headings_line_in_capitals_above_a_title_and_its_byline_is_the_pages_own(heading, line):
    assert locate_notes(f"{heading}\n{line}").trailers == (line,)
    # a title in capitals over its subtitle in small letters is one title, its stop or colon after it
    for notes in ("THE QUIET HARBOR:\nA History of the Sea. By Jane Doe. Harbor House. $35.",
                  "THE QUIET HARBOR.\nA Novel. By Jane Doe. Harbor House. $35."):
        assert "THE QUIET HARBOR" in locate_notes(notes).trailers[0]


def test_a_sentence_case_foreign_entry_with_no_count_is_no_prose():
    # a whole name, its title in sentence case, a known town, its publisher and the year: the
    # price alone follows (the entry with a page count is read as one on that count too)
    entry = "Jane Doe, El puerto tranquilo. Ensayos sobre el mar, Madrid, Alianza Editorial, 2019, \u20ac 19,90."
    assert locate_notes(entry).trailers == (entry,)


@pytest.mark.parametrize("role", ["org.", "ed.", "coord.", "dir."])
def test_a_sentence_case_foreign_entry_led_by_a_name_and_its_role_in_brackets_is_no_prose(role):
    # Análise Social: "NAME (org.), title in sentence case, town, publisher, year, pages. ISBN"
    entry = (f"IN\u00caS LOPES CORDEIRO ({role}), Os senhores da terra. Cr\u00e9dito e fam\u00edlia em Lisboa no "
             "s\u00e9culo XVIII, Lisboa, Gradiva, 2023, 517 p\u00e1ginas. ISBN 9789726712657")
    review = "A an\u00e1lise das fontes notariais \u00e9 particularmente s\u00f3lida. " * 6
    text = f"{entry}\n\n{review}"
    assert locate_notes(text).trailers == (entry,)
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.publisher, b.pages, [c.role.value for c in b.contributors]) == (
        "Os senhores da terra", "Gradiva", 517, ["editor"])


@pytest.mark.parametrize("size", ["5.5 x 8.5", "6 x 9", "8\u00bd x 11 in.", "15 \u00d7 23 cm"])
def test_a_trim_size_line_among_stacked_notes_is_part_of_them(size):
    # Quill & Quire: title, author, publisher, price, pages, trim size, ISBN, release date, one a line;
    # the trim size neither ends the notes nor heads a second book
    text = (f"Is There Anybody in Aleppo?\nSamuel Fairweather\nFreehand Books\n$36.00 cloth\n273 pp.\n{size}\n"
            "ISBN: 9780385309332\nReleased: May 2021\n\nReviewed by Haruka Nakagawa\n\n"
            "Fairweather has written a novel of unusual patience, one that trusts the reader to notice what its "
            "characters cannot.")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, b.publisher, b.pages, [o.isbn13 for o in b.prices]) for b in books] == [
        ("Is There Anybody in Aleppo?", "Freehand Books", 273, ["9780385309332"])]


@pytest.mark.parametrize("price", ["R350", "N5,000", "Sh850", "Shs25,000", "Shs. 25,000", "P295", "\u00a314.99"])
def test_stacked_notes_with_a_word_marked_price_on_its_own_line(price):
    # "Three Rooms: Stories" / "Wambui Wafula" / "Umuzi" / "R350", then the review: the rand,
    # the naira and the shilling alone on their line close the notes as a pound sign does
    located = locate_notes(f"Three Rooms: Stories\nWambui Wafula\nUmuzi\n{price}\n\n{_BODY}")
    assert located.trailers == (f"Three Rooms: Stories\nWambui Wafula\nUmuzi\n{price}",)


@pytest.mark.parametrize("stack", ["Eleven Letters from Penang\nAoi Fujimoto\nFreehand Books",
                                   "Homecoming\nby Yumiko Nakagawa\nPenguin",
                                   "Homecoming\nBy Yumiko Nakagawa\nPenguin"])
@pytest.mark.parametrize("rating", ["", "\n3.5/5 stars"])
def test_a_title_author_and_publisher_stacked_with_no_price_are_notes(stack, rating):
    # The Globe and Mail, the South China Morning Post: title, author and publisher one a line,
    # a block of their own under the headline and the reviewer, no price; a rating below is the page's
    located = locate_notes(f"Lives on the Margins\nTakeshi Hasegawa\n\n{stack}{rating}\n\n{_BODY}")
    assert located.trailers == (stack,)
    # a headline, its reviewer and the paper's credit are no such block: the last line names no publisher
    assert locate_notes(f"Books\n\nLives on the Margins\nTakeshi Hasegawa\nSpecial to The Globe and Mail\n\n{_BODY}"
                        ).trailers == ()
    # nor is an article's first block, its headline, byline and agency
    assert locate_notes(f"Senate Passes Budget\nBy John Smith\nAssociated Press\n\n{_BODY}").trailers == ()
    # the rules read the stack's lines as title, author and publisher
    text = f"Lives on the Margins\nTakeshi Hasegawa\n\n{stack}{rating}\n\n{_BODY}"
    b = catalog_document(Document("d", text)).books[0]
    title, who, house = stack.split("\n")
    assert (b.title, b.contributors[0].family, b.publisher) == (title, who.split()[-1], house)


@pytest.mark.parametrize("agency", ["Associated Press", "Canadian Press", "The Canadian Press", "United Press"])
def test_a_stack_at_the_pages_top_is_notes_unless_an_agency_closes_it(agency):
    # US Review of Books: "Small Saints" / "by Rui A. Albuquerque" / "Outskirts Press" opens the page
    stack = "Small Saints\nby Rui A. Albuquerque\nOutskirts Press"
    b = catalog_document(Document("d", f"{stack}\n\nbook review by Jane Roe\n\n{_BODY}")).books[0]
    assert (b.title, b.contributors[0].family, b.publisher) == ("Small Saints", "Albuquerque", "Outskirts Press")
    # a news article's headline, byline and wire service
    assert locate_notes(f"Senate Passes Budget\nBy John Smith\n{agency}\n\n{_BODY}").trailers == ()


def test_a_sheet_whose_labelled_lines_are_each_a_paragraph_is_one_sheet():
    # Kirkus as a web page copies it: the items' labels one a paragraph, after the review
    sheet = ("Pub Date: December 11, 2014\n\nISBN: 978-1-98216-477-5\n\nPage Count: 190\n\nPublisher: Mariner Books"
             "\n\nKirkus Reviews Issue: October 1, 2014")
    b = catalog_document(Document("d", f"THE SILVER LEDGER\nby Meihua Liu\n\n{_BODY}\n\n{sheet}")).books[0]
    assert (b.title, b.publisher, b.pages, b.isbns) == ("The Silver Ledger", "Mariner Books", 190, ("9781982164775",))
    # two labelled paragraphs are no sheet of their own: "Note: ..." / "Update: ..." stay as printed
    text = f"{_BODY}\n\nNote: this review first ran in May.\n\nUpdate: the author replied."
    assert locate_notes(text).trailers == ()


def test_a_sheets_opening_header_keeps_its_subtitle_line():
    # Kirkus: the title in capitals, the subtitle in small letters under it, then the credits
    sheet = ("Pub Date: April 4, 2009\n\nISBN: 978-0-374-20882-0\n\nPage Count: 163\n\n"
             "Publisher: Farrar, Straus and Giroux\n\nKirkus Reviews Issue: February 1, 2009")
    head = ("A HOLLOW REPUBLIC\nThe Untold Story of the Apiary\nby H. D. Bowen ; translated by Walter Marsh\n"
            "\u2027 RELEASE DATE: April 4, 2009")
    b = catalog_document(Document("d", f"{head}\n\n{_BODY}\n\n{sheet}")).books[0]
    assert (b.title, b.subtitle, b.publisher, b.pages) == (
        "A Hollow Republic", "The Untold Story of the Apiary", "Farrar, Straus and Giroux", 163)


def test_a_byline_whose_name_opens_with_an_accented_capital_ends_the_header():
    # "By Íñigo ...", "By Łukasz ...": a byline all the same; the reviewer's lines above the blank stay the page's
    for name in ("Íñigo Sánchez-Albornoz", "Łukasz Orbitowski"):
        text = (f"Family secrets on the shore\nDouglas Whitcombe\nFor The Inquirer\n\nWhere Do the Rivers Go?\n"
                f"By {name}\nMariner Books. 439 pp. $27.50\n\n{_BODY}")
        assert locate_notes(text).trailers == (f"Where Do the Rivers Go?\nBy {name}\nMariner Books. 439 pp. $27.50",)


def test_a_reviewers_byline_of_an_accented_capital_above_a_whole_header_is_the_pages():
    # the headline and the reviewer's byline above a blank line; the title and its author under it
    for byline, head in (("Special correspondent", "Where Do the Rivers Go?\nBy Íñigo Sánchez-Albornoz"),
                         ("By Łukasz Orbitowski", "THE FROZEN ISLANDS\nLeah Fairbairn")):
        notes = f"{head}\nMariner Books. 439 pp. $27.50"
        assert locate_notes(f"Family secrets on the shore\n{byline}\n\n{notes}\n\n{_BODY}").trailers == (notes,)


def test_the_paper_a_reviewer_wrote_for_is_no_part_of_the_header():
    # "Jane Roe" / "For The Inquirer" (the Philadelphia Inquirer), "Special to The Star": the reviewer's
    # credit; the book's author under its title has a first name no table knows
    notes = "Where Do the Rivers Go?\nQwyllan Tarsk\nMariner Books. 439 pp. $27.50"
    for credit in ("Douglas Whitcombe\nFor The Inquirer", "Special to The Star"):
        assert locate_notes(f"Family secrets on the shore\n{credit}\n\n{notes}\n\n{_BODY}").trailers == (notes,)
    # a title that opens with "For the" stays the book's
    notes = "For the Love of Trees\nQwyllan Tarsk\nMariner Books. 439 pp. $27.50"
    assert locate_notes(f"Family secrets on the shore\nBy Jane Roe\n\n{notes}\n\n{_BODY}").trailers == (notes,)
    notes = "For The Record\nBy Jane Roe\nKnopf. 320 pp. $28"
    assert locate_notes(f"{notes}\n\n{_BODY}").trailers == (notes,)


def test_the_day_a_review_was_posted_is_no_part_of_the_notes():
    # Publishers Weekly on the web: "Reviewed on: 04/10/2000" above a starred review's title
    notes = "My Mother's Orphanage\nArvind Sen Gupta. Simon & Schuster, $30 (496p) ISBN 1-6431-5227-0"
    for stamp, gap in product(("Reviewed on: 04/10/2000", "Posted: March 3, 2019"), ("\n", "\n\n")):
        text = f"Nonfiction\n{stamp}{gap}{notes}\n{_BODY}\nAgent: Yumiko Nakagawa, Aevitas Creative. (Nov.)"
        assert locate_notes(text).trailers == (notes,)
        b = catalog_document(Document("d", text)).books[0]
        assert (b.title, b.subtitle, b.confidence) == ("My Mother's Orphanage", None, "high")


def test_a_starred_reviews_star_is_no_part_of_the_title():
    text = f"\u2605 My Mother's Orphanage\nArvind Sen Gupta. Simon & Schuster, $30 (496p) ISBN 1-6431-5227-0\n{_BODY}"
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.confidence) == ("My Mother's Orphanage", "high")


def test_an_author_line_with_a_translator_from_a_language_names_no_title():
    # "Joao Mascarenhas, trans. from the Portuguese by Tiago Albuquerque. Doubleday, ...": the title is the line above
    text = ("I Remember the Monsoon\nJoao Mascarenhas, trans. from the Portuguese by Tiago Albuquerque. Doubleday,"
            f" $16.95 (226p) ISBN 978-1-64572-599-2\n{_BODY}")
    located = locate_notes(text)
    assert located.trailers[0].startswith("I Remember the Monsoon\n")
    b = catalog_document(Document("d", text)).books[0]
    assert b.title == "I Remember the Monsoon"
    people = [(c.role.value, c.family) for c in b.contributors]
    assert people == [("author", "Mascarenhas"), ("translator", "Albuquerque")]


def test_a_footnote_number_before_the_notes_is_the_reviews_marker():
    # the New Criterion: "... on the record.1 It is ..." in the review, the notes as its footnote
    notes = "My Mother's Bridge: The Untold Story, by Temitope Adebayo-Williams; Mariner Books, 368 pages, $24.95."
    for marked in ("on the record.1 It is", "on the record1 and it is"):
        text = f"Wit, grief and a missing dog\nby Jane Roe\n\n{_BODY}{marked} short.\n\n{_BODY}\n\n1 {notes}"
        assert locate_notes(text).trailers == (notes,)
        assert catalog_document(Document("d", text)).books[0].title == "My Mother's Bridge"
    # a title that opens with a number keeps it where no sentence calls a footnote so
    for body in (_BODY, f"{_BODY}In chapter 1 The argument turns."):
        text = f"{body}\n\n1 Dead in Attic, by Chris Rose; Simon & Schuster, 368 pages, $24.95."
        assert locate_notes(text).trailers == ("1 Dead in Attic, by Chris Rose; Simon & Schuster, 368 pages, $24.95.",)


def test_a_businesss_money_makes_no_book():
    text = ("Penguin Random House Revenue Rises as Backlist Sales Hold Up\nBy Shintaro Morishita\n\n"
            "Penguin Random House reported $4.2 billion in revenue for the first half, up 3% from a year earlier,"
            " as sales of older titles offset a slowdown.\n\nOperating earnings rose to $512 million."
            " Print sales in the U.S. were flat.\n")
    assert locate_notes(text).trailers == ()


def test_a_title_and_byline_right_above_a_sheet_of_items_head_it():
    # Bookreporter: the review, "Reviewed by ...", then the title and byline, a blank line, the sheet
    sheet = ("Publication Date: April 27, 2015\nGenres: Fiction\nHardcover: 467 pages\nPublisher: W. W. Norton\n"
             "ISBN-10: 1324488352\nISBN-13: 9781324488354")
    head = "Drowned Lanterns\nby Yewande Okafor"
    text = f"Review\nDrowned Lanterns\n\n{_BODY}\n\nReviewed by Hannah Whitcombe\n\n{head}\n\n{sheet}"
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, [c.family for c in b.contributors], b.publisher, b.pages) == (
        "Drowned Lanterns", ["Okafor"], "W. W. Norton", 467)
    # a paragraph of the review above the sheet is no header
    assert catalog_document(Document("d", f"{head}\n\n{_BODY}\n\n{sheet}")).books[0].title == "Drowned Lanterns"
    # nor are two lines of the review, the reviewer's under the last sentence
    text = f"{_BODY}\n\nIt is a fine book, and a short one.\nReviewed by Hannah Whitcombe\n\n{sheet}"
    assert locate_notes(text).trailers == (sheet,)


def test_swedish_notes_with_an_editor_are_no_prose():
    # Historisk tidskrift: "(red.)" the editor, "och" and "i" the title's small words
    notes = ("Johan Nyberg (red.), Prästen och socknen: Stat och lokalsamhälle i Sverige 1750–1850, Lund: Historiska"
             " Media 2010, 347 s.")
    assert locate_notes(f"Recensioner\n\n{notes}\n\n{_BODY}").trailers == (notes,)
    b = catalog_document(Document("d", f"Recensioner\n\n{notes}\n\n{_BODY}")).books[0]
    assert (b.title, b.publisher, b.pages) == ("Prästen och socknen", "Historiska Media", 347)


def test_the_burlington_magazines_colour_and_black_and_white_plates_are_one_item():
    first = ("The Painted Harbour: British Watercolours, 1750–1850. By H. D. Mirzaei. 229 pp. incl. 80 col."
             " + 59 b. & w. ills. (Mercatorfonds, Brussels, 2019), £95.00. ISBN 978-1-3928-5007-7.")
    second = ("Stone and Spirit. By Walter Kettering. 346 pp. incl. 232 col. ills. (Yale University Press,"
              " New Haven and London, 2012), £125.00. ISBN 978-0-300-10631-2.")
    books = catalog_document(Document("d", f"Reviewed by WALTER RENWICK\n\n{first}\n\n{second}\n\n{_BODY}")).books
    assert [(b.publisher, b.pages, b.isbns, b.illustrated) for b in books] == [
        ("Mercatorfonds", 229, ("9781392850077",), True), ("Yale University Press", 346, ("9780300106312",), True)]
    assert not any(b.notes for b in books)   # the whole count of plates is one item, nothing left over


def test_a_taka_price_under_a_stack_and_a_known_reviewers_name_above_it():
    # the Daily Star (Dhaka): headline and the reviewer's name, a blank line, the stacked notes
    notes = "The Rivers of Bergen\nMahfuz Ahmed\nDaily Star Books, 2020\nTk 350"
    text = f"Star Books & Literature\nThe stories we tell ourselves\nNadia Rahman\n\n{notes}\n\n{_BODY}"
    assert locate_notes(text).trailers == (notes,)
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.publisher, [(o.price.amount, o.price.currency) for o in b.prices]) == (
        "The Rivers of Bergen", "Daily Star Books", [(Decimal("350"), "BDT")])


def test_notes_that_open_with_their_publisher_take_the_title_above():
    # BlueInk Review: title, author, then "Outskirts Press, 440 pages, (paperback) $18.99, ISBN"
    text = ("Everything the Bridge Took\nMisaki Ishikawa\nOutskirts Press, 440 pages, (paperback) $18.99, 9780060188658"
            f"\n(Reviewed: November, 2019) {_BODY}")
    assert locate_notes(text).trailers[0].startswith("Everything the Bridge Took\nMisaki Ishikawa\nOutskirts Press")
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.publisher, [c.family for c in b.contributors]) == (
        "Everything the Bridge Took", "Outskirts Press", ["Ishikawa"])


@pytest.mark.parametrize("retails, price", [
    # a bare "Sh": the shilling of the house's country (Mkuki na Nyota, Dar es Salaam), the outlet naming none
    (". It retails at Sh950 at Prestige Bookshop, Nairobi.", (Decimal("950"), "TZS")),
    (". It retails at Ush50,000 at Aristoc Booklex, Kampala.", (Decimal("50000"), "UGX")),
    (" and retails at TSh25,000.", (Decimal("25000"), "TZS")),
    (" and retails at RM39.90. It is available at Kinokuniya.", (Decimal("39.90"), "MYR")),
    (" and retails for R250.", (Decimal("250"), "ZAR")),
])
def test_a_closing_sentence_that_names_the_house_and_where_the_book_retails(retails, price):
    # The EastAfrican, the Malay Mail: "<title> by <author> is published by <house>. It retails at Sh950 ..."
    notes = "Matilda and the Sea by Kiprono Njoroge is published by Mkuki na Nyota"
    b = catalog_document(Document("d", f"A quiet debut\nJane Roe\n\n{_BODY}\n\n{notes}{retails}\n")).books[0]
    assert (b.title, [c.family for c in b.contributors], b.publisher) == (
        "Matilda and the Sea", ["Njoroge"], "Mkuki na Nyota")
    assert [(o.price.amount, o.price.currency) for o in b.prices] == [price]
    assert "some of the notes were not understood" not in b.review_reasons
    # a shilling's "Sh" said in a sentence that sells nothing is no price
    assert locate_notes(f"{_BODY}\n\nThe Sh950 he owed was paid at last by Kiprono Njoroge.\n").trailers == ()


def test_a_closing_sentence_that_names_title_author_and_house_is_the_notes():
    # the Mail & Guardian: "<title> by <author> is published by <house>", no price, a paragraph of its own
    notes = "A House in Lagos: A Family, a City and a Garden by Marlise van der Merwe is published by Jacana Publishers"
    b = catalog_document(Document("d", f"A quiet debut\nJane Roe\n\n{_BODY}\n\n{notes}\n")).books[0]
    assert (b.title, b.subtitle, b.publisher) == (
        "A House in Lagos", "A Family, a City and a Garden", "Jacana Publishers")
    # a sentence of the review that says so of a house no table knows, or in small letters, stays prose
    for said in ("Her first book by Marlise van der Merwe is published by the university press",
                 "A House in Lagos by Marlise van der Merwe is published by Zqwertyuiop",
                 "A House in Lagos by Marlise van der Merwe is published by Zqwertyuiop Qwerty"):
        assert locate_notes(f"A quiet debut\nJane Roe\n\n{_BODY}\n\n{said}\n").trailers == ()


@pytest.mark.parametrize("house", ["Marchmont Fine Art Books", "Ngong Hills Press", "Mara Road Publishers"])
@pytest.mark.parametrize("after", ["", ".", ". The book is available at leading bookshops in Kampala at Shs50,000."])
def test_a_closing_published_by_sentence_names_a_house_by_its_capitals_and_closing_word(house, after):
    # Apollo, the Daily Monitor: a house no table knows, then perhaps the review's own sentence
    notes = f"The Draughtsman's Hand: The Complete Etchings by Douglas Dunmore is published by {house}"
    b = catalog_document(Document("d", f"A quiet debut\nJane Roe\n\n{_BODY}\n\n{notes}{after}\n")).books[0]
    assert (b.title, b.subtitle, [c.family for c in b.contributors], b.publisher) == (
        "The Draughtsman's Hand", "The Complete Etchings", ["Dunmore"], house)


def test_an_arabic_family_name_with_its_joined_article_is_no_prose_word():
    # "al-Rashid" opens in a small letter, but is a name's word: a line of names is no sentence
    assert not is_prose("Layla al-Rashid and Omar al-Khatib")
    assert is_prose("the rain fell and the wind rose")


@pytest.mark.parametrize("title", ["Dust\u2014The Pilot's Year: The Untold Story of the Hours", "The Quiet Harbor",
                                   "1919 and After"])
def test_a_title_glued_to_the_reviews_last_sentence_above_the_byline_heads_the_notes(title):
    # a copied page that lost the break before the title: "... most personal. <title>" / "By ..." / "(...)"
    last = "A chapter on shame is the emotional heart of the book, and the most personal."
    text = f"Too neat by half\nBy Joao Roe\n\n{_BODY}\n\n{_BODY} {last} {title}\nBy Sabra Quill\n" \
           "(Red Fern Editions, 258 pages, $16.95)"
    b = catalog_document(Document("d", text)).books[0]
    assert (": ".join(filter(None, (b.title, b.subtitle))), [c.family for c in b.contributors], b.publisher) == (
        title, ["Quill"], "Red Fern Editions")
    body = locate_notes(text).body
    assert last in body and title not in body


@pytest.mark.parametrize("tail", ["", " and then it ends", " Highly recommended"])
def test_a_last_sentence_that_is_no_title_stays_in_the_review(tail):
    # a paragraph that ends as prose does, or on words in small letters, lends the notes no title
    text = f"Too neat by half\n\n{_BODY} It was the most personal.{tail}\nBy Sabra Quill\n" \
           "(Red Fern Editions, 258 pages, $16.95)"
    assert all("personal" not in t and "Highly" not in t for t in locate_notes(text).trailers)


@pytest.mark.parametrize("imprint", ["Published by Paulist Press, $29.95", "Published by Paulist Press\nPrice $29.95",
                                     "Publisher: Paulist Press, $29.95"])
def test_a_published_by_line_under_the_title_and_byline_holds_no_title(imprint):
    # the National Catholic Reporter, The Island: "TITLE" / "By Author" / "Published by House, $29.95"
    text = f"The stories we tell\nBy Jane Roe\n\nTHE LONG OBEDIENCE: RECOVERING THE SABBATH\nBy Judith Calloway\n" \
           f"{imprint}\n\n{_BODY}"
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.subtitle, [c.family for c in b.contributors], b.publisher) == (
        "The Long Obedience", "Recovering the Sabbath", ["Calloway"], "Paulist Press")
    assert [(o.price.amount, o.price.currency) for o in b.prices] == [(Decimal("29.95"), "USD")]


@pytest.mark.parametrize("month", ["May", "Sept.", "October"])
def test_a_house_and_the_month_of_a_date_under_the_title_and_byline_hold_no_title(month):
    # Mystery Scene: "A Quarry for Amaka" / "By Jane Doe" / "Doubleday, May 2018, $27.99", then the review
    text = f"The Crime Lab: new & noteworthy\nby Mary Roe\n\nA Quarry for Amaka\nBy Jane Doe\n" \
           f"Doubleday, {month} 2018, $27.99\nIf the ending feels hurried, it is because everything before it " \
           f"has been so carefully built.\n\n{_BODY}"
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, [c.family for c in b.contributors], b.publisher) == ("A Quarry for Amaka", ["Doe"], "Doubleday")


@pytest.mark.parametrize("names, role", [("Ingrid Doe and Ffion Roe", "author"),
                                         ("Ingrid Doe and Ffion Roe, eds", "editor")])
def test_the_lancets_names_on_the_imprints_line_take_the_title_above_and_no_headline(names, role):
    # The Lancet: section, headline, blank line, "Title: Subtitle" / "Names. Publisher, 2017. Pp 419. £20·00."
    text = (f"Perspectives\nA riveting reckoning\n\nUnfinished Islands: A Family, a City and a Parish\n"
            f"{names}. Oxford University Press, 2017. Pp 419. \u00a320\u00b700. ISBN 9780199614004\n\n{_BODY}")
    assert locate_notes(text).trailers[0].startswith(f"Unfinished Islands: A Family, a City and a Parish\n{names}. ")
    if role == "author":
        b = catalog_document(Document("d", text)).books[0]
        assert (b.title, b.subtitle, [c.family for c in b.contributors], b.publisher, b.pages) == (
            "Unfinished Islands", "A Family, a City and a Parish", ["Doe", "Roe"], "Oxford University Press", 419)


@pytest.mark.parametrize("edition", ["Kindle Edition", "Hardcover", "Mass Market Paperback", "Paperback"])
@pytest.mark.parametrize("published, isbn", [
    ("Published September 16th 2015 by Harbor House", ""),
    ("Published September 16th 2015 by Harbor House", "\nISBN 9780306406157"),
    ("Published 2015 by Harbor House", "\nISBN 9780306406157"),
    ("Harbor House, September 16th 2015", "\nISBN 9780306406157"),
])
def test_goodreads_details_under_the_count_are_the_books_imprint(edition, published, isbn):
    # book blogs copy Goodreads' details: the format and count, then "Published <date> by <house>"
    text = f"The Quiet Harbor\nby Jane Doe\n{edition}, 398 pages\n{published}{isbn}\n\n{_BODY}"
    books = catalog_document(Document("d", text)).books
    assert [(b.title, [c.family for c in b.contributors], b.publisher, b.pages, b.year) for b in books] == [
        ("The Quiet Harbor", ["Doe"], "Harbor House", 398, 2015)]
    assert [o.isbn13 for o in books[0].offers] == (["9780306406157"] if isbn else [])
    # neither reader takes the format for the publisher: they agree
    assert books[0].confidence == "high", books[0].review_reasons


@pytest.mark.parametrize("head", ["The Quiet Harbor by Jane Doe", "The Quiet Harbor\nby Jane Doe"])
@pytest.mark.parametrize("isbn", ["", "\nISBN 0306406152 (ISBN13: 9780306406157)"])
def test_goodreads_date_vouches_for_a_house_no_table_knows(head, isbn):
    # "Published June 21st 2014 by Montlake": the day's ordinal is Goodreads' own, and its line the house's
    text = f"{head}\nPaperback, 320 pages\nPublished June 21st 2014 by Montlake{isbn}\n\nGrade: C+"
    (b,) = catalog_document(Document("d", text)).books
    assert (b.title, [c.family for c in b.contributors], b.publisher, b.pages) == (
        "The Quiet Harbor", ["Doe"], "Montlake", 320)
    assert [o.isbn13 for o in b.offers if o.isbn13] == (["9780306406157"] * 2 if isbn else [])


@pytest.mark.parametrize("line", ["John Roe, September 16th 2015", "Boston, September 16th 2015"])
def test_a_name_or_a_town_before_goodreads_date_is_no_house(line):
    text = f"The Quiet Harbor\nby Jane Doe\nHardcover, 398 pages\n{line}\n\n{_BODY}"
    assert [b.publisher for b in catalog_document(Document("d", text)).books] == [None]


def test_an_isbn_with_an_ocr_letter_after_the_items_stays_in_the_notes():
    # the check digit fails with the letter read as a digit too: the ISBN is no item, but the notes'
    text = "Doe, Jane. The Quiet Harbor. Knopf, 2019. 320p. $26. ISBN 0-316-740l2-9."
    assert locate_notes(text).trailers == (text,)
    (b,) = catalog_document(Document("d", f"{text}\n\n{_BODY}")).books
    assert (b.publisher, b.confidence) == ("Knopf", "review")


@pytest.mark.parametrize("house", ["Secker and Warburg", "Faber"])
def test_a_house_in_brackets_after_an_old_price_closes_the_notes(house):
    # "IRON ROADS. By Jane Doe. 3s. 6d. (Secker and Warburg.)" — British weeklies
    text = f"THE QUIET HARBOR. By Jane Doe. 3s. 6d. ({house}.)"
    assert locate_notes(text).trailers == (text,)
    (b,) = catalog_document(Document("d", text)).books
    assert b.publisher == house
    assert locate_notes("THE QUIET HARBOR. By Jane Doe. 3s. 6d. (Faber").trailers == (
        "THE QUIET HARBOR. By Jane Doe. 3s. 6d.",)   # no closing bracket: no house's


def test_a_heading_over_a_list_is_no_title_when_the_first_book_credits_a_translator():
    text = ("Our favourite books of 2019\n\nThe Harbor by Jane Doe, translated by John Roe (Harbor Editions, "
            "\u00a325)\n\nThe Open Sea by Eve Hart (Sceptre, \u00a318.99)")
    assert [b.title for b in catalog_document(Document("d", text)).books] == ["The Harbor", "The Open Sea"]


@pytest.mark.parametrize("label", ["Publisher: ", "Publishers: ", "Imprint: "])
def test_a_publishers_label_under_unlabelled_notes_is_no_part_of_its_name(label):
    # BookBrowse: "Hardcover (May 2019), 496 pages." / "Publisher: St. Martin's Press" / "ISBN-13: ..."
    text = (f"The Quiet Harbor\nby Jane Doe\nHardcover (May 2019), 496 pages.\n{label}Harbor House\n"
            "ISBN-13: 9780306406157")
    (b,) = catalog_document(Document("d", f"{text}\n\nReviewed by John Roe")).books
    assert (b.title, b.publisher, b.pages) == ("The Quiet Harbor", "Harbor House", 496)


@pytest.mark.parametrize("name, roles", [("Jane Doe", ["author"]), ("Jane Doe (red.)", ["editor"]),
                                         ("Jane Doe og John Roe (red.)", ["editor", "editor"])])
def test_a_sentence_case_title_under_its_people_above_an_imprint_that_opens_the_notes(name, roles):
    # Scandinavian journals (Edda): the people, the title in sentence case, then the imprint and count
    notes = "Den stille havn. Studier i norsk lyrikk etter 1950\nOslo: Harbor Forlag 2002, 424 sider"
    text = f"{name}\n{notes}\n\n{_BODY}"
    (b,) = catalog_document(Document("d", text)).books
    assert (b.title, b.subtitle, [c.role.value for c in b.contributors], b.publisher, b.pages) == (
        "Den stille havn", "Studier i norsk lyrikk etter 1950", roles, "Harbor Forlag", 424)


def test_a_line_of_prose_above_an_imprint_is_no_title():
    # no name above it: the line is the page's, not a title in sentence case
    for above in ("", "Jane Doe says the book is fine\n"):
        text = f"{above}The review ends here and we all go home happy now\nOslo: Harbor Forlag 2002, 424 sider"
        assert locate_notes(text).trailers == ("Oslo: Harbor Forlag 2002, 424 sider",)


@pytest.mark.parametrize("town", ["Oslo", "Mellomby"])
def test_an_entry_led_by_an_editor_with_its_imprint_in_brackets_is_notes(town):
    # Scandia: "Per Doe (red.), Title: subtitle in sentence case (Town: House 2012). 326 s."
    notes = (f"Jane Doe (red.), Mellan hamn och stad: kvinnor och arbete i textilindustrin ({town}: Harbor förlag "
             "2012). 326 s.")
    assert locate_notes(notes).trailers == (notes,)


_AUDIO = "{title}\nby {author}, Read by John Roe\nUnabridged \u00b7 14 hrs. and 47 min. \u00b7 {house} \u00b7 2013"


@pytest.mark.parametrize("house", ["Harbor Audio", "The Listening Harbor"])
def test_an_audiobooks_title_people_format_running_time_house_and_year(house):
    # AudioFile: "Unabridged · 14 hrs. and 47 min. · Recorded Books · 2010" under the title and its people;
    # a few capitals will do for its house, its article too, where its running time stands above it
    text = _AUDIO.format(title="The Quiet Harbor", author="Jane Doe", house=house) + "\n\n" + _BODY
    (b,) = catalog_document(Document("d", text)).books
    assert (b.title, [(c.role.value, c.family) for c in b.contributors], b.publisher, b.year) == (
        "The Quiet Harbor", [("author", "Doe"), ("narrator", "Roe")], house, 2013)


def test_each_audiobook_block_is_a_book():
    text = "\n\n".join(_AUDIO.format(title=t, author=a, house=h) for t, a, h in [
        ("The Quiet Harbor", "Jane Doe", "Recorded Books"), ("The Open Sea", "Eve Hart", "Brilliance Audio"),
        ("Salt", "Mary Poe", "Highbridge Audio")])
    books = catalog_document(Document("d", text)).books
    assert [(b.title, b.publisher) for b in books] == [
        ("The Quiet Harbor", "Recorded Books"), ("The Open Sea", "Brilliance Audio"), ("Salt", "Highbridge Audio")]


def test_a_reviewers_line_under_a_stack_is_the_pages_own():
    # the US Review of Books: "Title" / "by Jane Doe" / "Outskirts Press" / "book review by John Roe"
    text = f"The Quiet Harbor\nby Jane Doe\nOutskirts Press\nbook review by John Roe\n\n{_BODY}"
    (b,) = catalog_document(Document("d", text)).books
    assert (b.title, [c.family for c in b.contributors], b.publisher) == (
        "The Quiet Harbor", ["Doe"], "Outskirts Press")


@pytest.mark.parametrize("printed, joined", [
    ("THE QUIET HARBOR. A NOVEL OF THE NORTH. By JANE\nDOE. (Harbor House. 25/-.)",
     "THE QUIET HARBOR. A NOVEL OF THE NORTH. By JANE DOE. (Harbor House. 25/-.)"),
    ("THE QUIET HARBOR: FISHING AND SETTLEMENT IN UPPER\nCANADA, by Jane Doe. Harbor House. pp. 523. $4.00.",
     "THE QUIET HARBOR: FISHING AND SETTLEMENT IN UPPER CANADA, by Jane Doe. Harbor House. pp. 523. $4.00."),
])
def test_a_narrow_columns_break_inside_a_byline_or_a_long_title_is_a_space(printed, joined):
    assert locate_notes(printed).trailers == (joined,)


def test_a_short_stacked_title_line_still_ends_its_field():
    # "THE QUIET HARBOR" / "A Novel, by Jane Doe. ...": a stack's title line, short, ends the title
    assert _joined(["THE QUIET HARBOR", "A Novel, by Jane Doe."]) == "THE QUIET HARBOR. A Novel, by Jane Doe."
    # a long line whose next line names no people in its first clause ends its field too
    assert _joined(["The Quiet Harbor: Fishing and Settlement in Canada", "Jane Doe. Harbor House, by sea."]) == \
        "The Quiet Harbor: Fishing and Settlement in Canada. Jane Doe. Harbor House, by sea."


@pytest.mark.parametrize("heading", ["FOR YOUNG READERS", "Books for Children", "For Younger Readers"])
def test_a_section_for_young_readers_above_a_list_is_the_pages_own(heading):
    text = (f"{heading}\n\u201cThe Quiet Harbor,\u201d by Jane Doe (Harbor House, $21.99; ages 9-12)\n"
            "\u201cThe Open Sea,\u201d by Eve Hart (Candlewick Press, $17.99; ages 3-7)")
    assert [b.title for b in catalog_document(Document("d", text)).books] == ["The Quiet Harbor", "The Open Sea"]
    assert not is_kicker("For Young Readers: A Guide", titled=True)


def test_a_reviewers_name_and_date_under_the_notes_is_no_imprint():
    # a line under notes that hold their publisher, or a name that is no house's, stays the page's
    text = f"The Quiet Harbor\nby Jane Doe\nHarbor House, 398 pages\nJohn Roe, September 16th 2015\n\n{_BODY}"
    (b,) = catalog_document(Document("d", text)).books
    assert (b.publisher, b.year) == ("Harbor House", None)
    text = f"The Quiet Harbor\nby Jane Doe\nHardcover, 398 pages\nJohn Roe, September 16th 2015\n\n{_BODY}"
    assert [b.publisher for b in catalog_document(Document("d", text)).books] == [None]


@pytest.mark.parametrize("house", ["Scribner", "Doubleday", "St. Martin's Press"])
def test_both_readers_leave_a_goodreads_format_out_of_the_publisher(house):
    text = (f"The Quiet Harbor: A Biography\nby Jane Doe\nKindle Edition, 540 pages\n"
            f"Published January 14th 2018 by {house}")
    (b,) = catalog_document(Document("d", text)).books
    assert (b.publisher, b.confidence) == (house, "high"), b.review_reasons


@pytest.mark.parametrize("house", ["Gyldendal", "Aarhus Universitetsforlag", "Politikens Forlag", "Harbor Press",
                                   "Harbor Forlag", "Harbor Bokförlag", "Harbor Edizioni"])
def test_a_house_closing_the_line_after_the_items_is_in_the_notes(house):
    # Danish papers: "Kirsten Thygesen: Kongens magt. 207 sider. 249,95 kr. Gyldendal."
    text = f"Jane Doe: Den lange nat. 207 sider. 249,95 kr. {house}.\n\n{_BODY}"
    assert locate_notes(text).trailers == (f"Jane Doe: Den lange nat. 207 sider. 249,95 kr. {house}.",)
    (b,) = catalog_document(Document("d", text)).books
    assert (b.title, [c.family for c in b.contributors], b.publisher, b.pages) == ("Den lange nat", ["Doe"], house, 207)


def test_words_after_the_items_that_name_no_house_stay_the_reviews():
    text = f"Jane Doe: Den lange nat. 207 sider. 249,95 kr. Highly recommended.\n\n{_BODY}"
    assert locate_notes(text).trailers == ("Jane Doe: Den lange nat. 207 sider. 249,95 kr.",)


_PEOPLES_SHEET = ("Author: Rosa Hinton\nIllustrator: Sam Okoro\nPublisher: Mascot Books\nISBN: 978-1-64543-810-6\n"
                  "Pages: 32")


def test_a_title_alone_above_a_sheet_that_names_its_people_is_the_sheets():
    # the heading above a blank line titles the sheet (Feathered Quill); without it the sheet
    # names no book
    assert locate_notes(f"Pip and the Paper Moon\n\n{_PEOPLES_SHEET}\n\n{_BODY}").trailers == (
        f"Pip and the Paper Moon\n{_PEOPLES_SHEET}",)
    # a paragraph's last line, or a sheet with its own title, takes no line from above
    prose = "The reviewer read it twice\nand said so"
    found = locate_notes(f"{prose}\n\n{_PEOPLES_SHEET}").trailers
    assert all("reviewer" not in t and "said so" not in t for t in found)
    titled = f"Title: Pip and the Paper Moon\n{_PEOPLES_SHEET}"
    assert locate_notes(f"Picture books\n\n{titled}").trailers == (titled,)


def test_a_citation_in_sentence_case_with_its_year_after_the_house_is_no_prose():
    # Swedish journals: "Stockholm: Carlssons bokf\u00f6rlag 1987." — no comma before the year
    notes = ("Jane Doe (red.), Reformernas tid: en social historia. Stockholm: Harbor bokf\u00f6rlag 1987. "
             "226 sidor. SEK 199.")
    assert locate_notes(notes).trailers == (notes,)


@pytest.mark.parametrize("text, title, author, publisher, place", [
    ("Prairie Psalms, by Ernest Holm Lindgren. Alfred A. Knopf.", "Prairie Psalms", "Ernest Holm Lindgren",
     "Alfred A. Knopf", None),
    ("\"The Cane Cutters,\" by Leslie Harwood. Sydney: The Endeavour Press. Our copy from the publishers.",
     "The Cane Cutters", "Leslie Harwood", "The Endeavour Press", "Sydney"),
    ("Prairie Psalms. By Ernest Holm Lindgren. Harbor Press.", "Prairie Psalms", "Ernest Holm Lindgren",
     "Harbor Press", None),
])
def test_a_title_its_byline_and_a_house_with_no_items_are_notes(text, title, author, publisher, place):
    """Papers and little magazines to the 1950s: the title, its byline, and a sentence that is the
    house alone (perhaps after its town) are the notes, though no price, count or ISBN is printed."""
    doc = catalog_document(Document("d", f"{text}\n\nMr. Lindgren is a Swedish-American from the Dakotas, and his"
                                         " first book has the bareness of the plains."))
    b = doc.books[0]
    assert (b.title, [p.display for p in b.contributors], b.publisher, b.place) == (title, [author], publisher, place)
    assert "Our copy" not in locate_notes(text).trailers[0]


@pytest.mark.parametrize("text", [
    "The novel, by Jane Doe. It is the best thing she has written.",
    "The second novel, by Jane Doe. Harbor Street is its setting.",   # a sentence, no house
    "Collected Letters, by Special Request. Alfred A. Knopf.",   # no person after "by"
])
def test_a_byline_and_a_sentence_that_is_no_house_are_no_notes(text):
    assert unpriced_end(text) is None
    assert locate_notes(f"{text}\n\nThe rest of the review, a sentence of prose.").trailers == ()


def test_a_journals_running_head_with_an_articles_range_is_no_notes():
    text = ("Pacific Historical Review, Vol. 80, No. 3, pages 478\u2013512. ISSN 0030-8684.\n\nBOOK REVIEWS\n\n"
            "Guardians of the Sound. By Lorna Ketchum. (Seattle: University of Washington Press, 2011. xvi + 288 pp."
            " $35 paper)\n\nThe treaties of Medicine Creek promised the Coast Salish much.")
    assert [t[:20] for t in locate_notes(text).trailers] == ["Guardians of the Sou"]


def test_a_scanned_citations_year_read_as_letters_still_closes_its_notes():
    """'London : Kegan Paul, Trench & Co. l886.' (a scan's footnote): the year's "l" is a 1."""
    text = ("IT is now some twelve years since Mr. Edmund Aldworth published his first volume of verse.\n\n"
            "* Lyrics and Idylls. By Edmund Aldworth. London : Kegan Paul, Trench & Co. l886.")
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.publisher, b.place, b.year) == ("Lyrics and Idylls", "Kegan Paul, Trench & Co.", "London", 1886)


@pytest.mark.parametrize("text, title, people, publisher", [
    # a title, its author and "House, Year" with no brackets (the Sydney Review of Books)
    ("The Weight of Water Tanks\nSean Kelleher\nGiramondo, 2016", "The Weight of Water Tanks", ["Sean Kelleher"],
     "Giramondo"),
    # a blog's stack: the roles in small letters, where the copy came from under the house
    ("Night Walk\nby Hana Okada\nillustrated by Sam Ng\nCandlewick, 2012\nreview copy provided by the publisher",
     "Night Walk", ["Hana Okada", "Sam Ng"], "Candlewick"),
    # the editor's mark after the name, the house and year in brackets (the Griffith Review)
    ("Nona Farrell (ed.), The Dry Country: Writing from the Interior (UQP, 2013)", "The Dry Country", ["Nona Farrell"],
     "UQP"),
])
def test_notes_with_no_price_stacked_or_listed_with_their_year(text, title, people, publisher):
    doc = catalog_document(Document("d", f"REVIEW\n\n{text}\n\nThere is a moment early in the second novel when the"
                                         " narrator realises what the town has become."))
    b = doc.books[0]
    assert (b.title, [p.display for p in b.contributors], b.publisher) == (title, people, publisher)
    assert "review copy" not in " ".join(locate_notes(text).trailers)


def test_a_headline_byline_and_a_town_with_its_year_are_no_notes():
    text = "Senate Passes Budget\nBy John Smith\nSydney, 2016\n\nThe Senate passed the budget."
    assert locate_notes(text).trailers == ()


@pytest.mark.parametrize("town", ["T\u00fcbingen", "Bielefeld", "Wien"])
def test_a_reviewers_signature_with_a_town_is_no_notice(town):
    # German journals sign a review "Wolfgang Osterkamp (Tübingen)" on its last line
    notes = ("Jessen, Claudia: Zwischen Kanzel und Kontor. G\u00f6ttingen: Vandenhoeck & Ruprecht 1984."
             " 216 S., DM 37,80.")
    assert locate_notes(f"{notes}\n\n{_BODY}\n\nWolfgang Osterkamp ({town})").trailers == (notes,)


def test_a_person_with_a_press_town_is_a_notice():
    # a town whose university press goes by its name is the house: "(Oxford)"
    text = "The Quiet Harbor\nJane Doe (Oxford)"
    assert locate_notes(f"{text}\n\n{_BODY}").trailers == (text,)


def test_a_houses_labelled_line_after_the_items_and_formats_closes_the_notes():
    # SFX: "440 pages | Hardback/ebook" / "Publisher Hodder & Stoughton", no colon after the label
    text = ("CROOKED TIDES\nAdrian Yeoman\n440 pages | Hardback/ebook\nPublisher Hodder & Stoughton\n\n"
            "The villain is more interesting than the hero, which is not always a bad thing.")
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.publisher, b.pages) == ("Crooked Tides", "Hodder & Stoughton", 440)
    # a sentence after the items names no house
    text = "CROOKED TIDES\nAdrian Yeoman\n440 pages\nPublisher and author met in 1990 at a party in London."
    assert catalog_document(Document("d", text)).books[0].publisher is None


def test_an_author_in_the_possessive_before_the_title_house_and_year():
    line = "Nathan F. Whitfield's The Last Days of Dunmere (St. Martin's, 2013)"
    located = locate_notes(f"{line} sets its puzzle in a fishing village. The plotting is tight.")
    assert located.trailers == (line,)
    # the house must be one: a person's possessive before a bracketed year is prose
    assert locate_notes("Jane Doe's The Quiet Harbor (Boston, 2013) sets its puzzle in a village.").trailers == ()


def test_a_title_by_its_author_then_the_house_its_town_and_year():
    notes = ("THE MARGINS OF FAITH: Religion and Politics in a Bengal District, 1905\u20131947 by Partha Roychowdhury."
             " Oxford University Press, New Delhi, 1998.")
    text = f"{notes}\n\nPARTHA Roychowdhury's study of Nadia district is a welcome addition to the growing literature."
    b = catalog_document(Document("d", text)).books[0]
    assert (b.title, b.publisher, b.place, b.year) == ("The Margins of Faith", "Oxford University Press", "New Delhi",
                                                       1998)
    # a house with a comma of its own is no house and town
    text = "Prairie Psalms, by Ernest Holm Lindgren. Farrar, Straus and Giroux.\n\nThe poems are fine, and plain."
    assert catalog_document(Document("d", text)).books[0].publisher == "Farrar, Straus and Giroux"
