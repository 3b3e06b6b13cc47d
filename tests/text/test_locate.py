import pytest

from catalog.text.locate import imprint_end, locate_notes


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
    assert imprint_end("Er sagte, die Karten für das Konzert seien für 25 Euro verkauft worden, "
                       "aber niemand kam zu der Vorstellung.") is None


@pytest.mark.parametrize("text", [
    "Le port tranquille, sous la direction de Jane Doe, Paris, Gallimard, 2005, 320 p.",
    "Jane Doe (dir.), Le port tranquille, Paris, Gallimard, 2005, 320 p.",
])
def test_the_editors_words_of_french_notes_are_not_prose(text):
    assert locate_notes(text).trailers == (text,)
    assert imprint_end("Elle a dit que la direction du journal vendait le livre sous le manteau pour 25 euros, "
                       "mais personne ne l'a acheté.") is None


def test_a_citation_with_no_price_is_located_by_its_place_and_publisher():
    text = "The Quiet Harbor: A History. By Jane Doe. New York: Harbor House, 1996.\n\nThe book is long."
    assert locate_notes(text).trailers == ("The Quiet Harbor: A History. By Jane Doe. New York: Harbor House, 1996.",)
    # a place and a colon in prose close no citation
    assert imprint_end("He said it plainly in his speech. London: the city had changed, and so had he.") is None
    assert imprint_end("Datelines lead. WASHINGTON: Congress met again on Monday, 1996.") is None


def test_the_last_byline_before_the_parenthesis_ends_the_notes():
    text = "The Quiet Harbor, by Jane Doe, translated from the Spanish by Ann Roe (Harbor House). It is long."
    assert locate_notes(text).trailers == (
        "The Quiet Harbor, by Jane Doe, translated from the Spanish by Ann Roe (Harbor House).",)


def test_a_parenthesis_broken_across_two_lines_is_one_imprint():
    text = "The Quiet Harbor. By Jane Doe. (Harbor Sonnenschein\nand Co.)\n\nThe essays are slight."
    located = locate_notes(text)
    assert located.trailers == ("The Quiet Harbor. By Jane Doe. (Harbor Sonnenschein and Co.)",)
    assert located.body.strip() == "The essays are slight."
