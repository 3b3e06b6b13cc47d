"""What copying and typesetting leave in a trailer, undone before anything reads it."""
import pytest

from catalog.model import Document
from catalog.pipeline import catalog_document
from catalog.text.repair import repair_text


@pytest.mark.parametrize("printed, repaired", [
    ("Simon &amp; Schuster, $26", "Simon & Schuster, $26"),
    ("Simon &amp ; Schuster", "Simon & Schuster"),            # tokenized
    ("Ruth &#38; Co., &#x24;20", "Ruth & Co., $20"),
    ("AT&T; R&D; Johnson &Co; Smith &Co ;", "AT&T; R&D; Johnson &Co; Smith &Co ;"),   # no entity: as printed
])
def test_html_entities_are_the_characters_they_name(printed, repaired):
    assert repair_text(printed) == repaired


@pytest.mark.parametrize("printed, repaired", [
    ("*The Quiet Harbor* by Jane Doe (Knopf, $25)", "The Quiet Harbor by Jane Doe (Knopf, $25)"),
    ("**The Quiet Harbor**, by Jane Doe", "The Quiet Harbor, by Jane Doe"),
    ("_The Quiet Harbor_ by Jane Doe", "The Quiet Harbor by Jane Doe"),
    ("5 * 3 = 15, a * b", "5 * 3 = 15, a * b"),                # no emphasis: as printed
    ("file_name_here and snake_case", "file_name_here and snake_case"),
])
def test_markdown_emphasis_is_dropped_like_inline_tags(printed, repaired):
    assert repair_text(printed) == repaired


@pytest.mark.parametrize("printed, repaired", [
    ("(Houg- hton Mifflin Company, $3.00)", "(Houghton Mifflin Company, $3.00)"),   # a house's word
    ("Cambridge, Mass.: Harvard Unive- rsity Press", "Cambridge, Mass.: Harvard University Press"),
    ("By Sio- bhan Doe", "By Siobhan Doe"),                       # a given name
    ("By Jane Doe. Illus- trated. 320 pp.", "By Jane Doe. Illustrated. 320 pp."),   # the notes' own words
    ("Trans- lated by John Roe.", "Translated by John Roe."),
    # compounds broken the same way, and words no table knows: as printed
    ("Nineteenth- century Britain", "Nineteenth- century Britain"),
    ("Self- help and the State", "Self- help and the State"),
    ("Pre- and post-war", "Pre- and post-war"),
])
def test_a_capitalized_word_broken_at_a_flattened_line_end_is_rejoined_where_the_tables_know_it(printed, repaired):
    assert repair_text(printed) == repaired


def test_tabs_and_odd_spaces_are_spaces_and_invisible_marks_nothing():
    assert repair_text("Knopf,\t320\u00a0pages,\u2009$26.95\u202f") == "Knopf, 320 pages, $26.95 "
    assert repair_text("The Qui\u00adet Har\u200bbor\ufeff") == "The Quiet Harbor"
    assert repair_text("Knopf,\t$26.95") == "Knopf, $26.95"   # a tab in a text that is all ASCII


@pytest.mark.parametrize("printed, repaired", [
    ("ISBN 978\u20130\u2013306\u201340615\u20137", "ISBN 978-0-306-40615-7"),
    ("(Pyr 978\u20131645060253, $19.95)", "(Pyr 978-1645060253, $19.95)"),
    ("ISBN 0\u2011306\u201140615\u20112", "ISBN 0-306-40615-2"),
    # a range of years, a ZIP code, a range of pages: fewer digits, as printed
    *[(ranges, ranges) for ranges in ["1990\u20132000; Seattle 98145\u20135096; pp. 101\u2013120"]],
])
def test_a_typesetters_dashes_in_an_isbn_are_hyphens(printed, repaired):
    assert repair_text(printed) == repaired


def test_the_typewriters_two_spaces_after_a_stop_are_one():
    assert repair_text("The Quiet Harbor.  By Jane Doe.  (Bloomington, Ind.:  Harbor House, 2007.  Pp.  xx,  268.)") \
        == "The Quiet Harbor. By Jane Doe. (Bloomington, Ind.: Harbor House, 2007. Pp. xx, 268.)"
    # two spaces with no stop before them may part a head's title from its author: as printed
    # (the stop glued to the count is spaced, as any stop glued to a count)
    assert repair_text("The Quiet Harbor Jane Doe  Harbor House, pp.333") == \
        "The Quiet Harbor Jane Doe  Harbor House, pp. 333"
    # three spaces or more part columns, after a stop too
    assert repair_text("Harbor House    32 pp.    978-0-306-40615-7") == "Harbor House    32 pp.    978-0-306-40615-7"


def test_a_lists_markers_opening_lines_are_dropped():
    printed = "The Quiet Harbor\n\u2022 By Jane Doe\n  - Harbor House, 2019\n\u25cf 320 pages\n\u25aa $26.95"
    assert repair_text(printed) == "The Quiet Harbor\nBy Jane Doe\nHarbor House, 2019\n320 pages\n$26.95"
    # a star marks a starred review, for the head to read: it stays
    assert repair_text("* THE QUIET HARBOR. By Jane Doe.\n\u2022 $25") == "* THE QUIET HARBOR. By Jane Doe.\n$25"
    # a dash or a star inside a line is no list's marker
    assert repair_text("Harbor House - 320 pages, 5 * 3") == "Harbor House - 320 pages, 5 * 3"


def test_a_colon_ocr_read_as_a_raised_dot_is_a_colon():
    assert repair_text("Westport\u00b7 Greenwood Press, 1995.") == "Westport: Greenwood Press, 1995."
    assert repair_text("$54\u00b795; $19\u00b795") == "$54\u00b795; $19\u00b795"   # a raised decimal point
    assert repair_text("Directorate S \u00b7 by Steve Coll") == "Directorate S\nby Steve Coll"   # a separator
    book = catalog_document(Document("d", "Colby, Robin B. Women and Vocation. Westport\u00b7 Greenwood Press, "
                                          "1995. 120 pp. $49.95")).books[0]
    assert (book.place, book.publisher) == ("Westport", "Greenwood Press")


@pytest.mark.parametrize("printed, repaired", [
    ("THE QUIET HAR-\nBOR. By Jane Doe. Knopf. $30.", "THE QUIET HARBOR. By Jane Doe. Knopf. $30."),
    ("(Simon & Schus-\nter, $26.)", "(Simon & Schuster, $26.)"),
    ("THE QUIET HARBOR-\nBy Jane Doe", "THE QUIET HARBOR-\nBy Jane Doe"),   # a capital and lowercase: no word
    ("By Florence Mac-\nEwen. Bobbs-Merrill.", "By Florence MacEwen. Bobbs-Merrill."),   # a Scots name's prefix
    ("(Toronto: McC-\nlelland & Stewart.)", "(Toronto: McClelland & Stewart.)"),   # and after its capital
    ("(Toronto: MacM-\nillan.)", "(Toronto: MacMillan.)"),
    ("By Jane Doe. T-\nshirts.", "By Jane Doe. T-\nshirts."),   # a capital alone before: no name's prefix
    ("By Jane Doe. Bobbs-\nMerrill. $2.50.", "By Jane Doe. Bobbs-Merrill. $2.50."),   # a compound keeps its hyphen
    ("The Quiet Harbor-\nBy Jane Doe", "The Quiet Harbor-\nBy Jane Doe"),   # a byline is its own line
])
def test_a_word_hyphenated_across_a_line_is_one_word_in_capitals_too(printed, repaired):
    assert repair_text(printed) == repaired


@pytest.mark.parametrize("printed, repaired", [
    ("32O pp. Knopf. $3.5O.", "320 pp. Knopf. $3.50."),
    ("l92 pages. Faber. \u00a3l2.50", "192 pages. Faber. \u00a312.50"),
    ("3O2pp, $1O", "302pp, $10"),
    ("32O pp. Knopf.", "320 pp. Knopf."), ("Knopf. l92 pages", "Knopf. 192 pages"),   # a count, no price
    ("Old pages. OO pages. $Old.", "Old pages. OO pages. $Old."),   # no digit: words, as printed
    ("Pages: 3l2\nPrice: Rs 395", "Pages: 312\nPrice: Rs 395"), ("Pages: l96", "Pages: 196"),   # a sheet's count
    ("Pages: lots", "Pages: lots"),
])
def test_ocr_letters_among_the_digits_of_a_count_or_a_price(printed, repaired):
    assert repair_text(printed) == repaired


@pytest.mark.parametrize("printed, repaired", [
    ("London: Methuen. Pp. 3l2. l5s. net.", "London: Methuen. Pp. 312. 15s. net."),
    ("(Richmond: The Dietz Press, 1959. Pp. x, 2l4. $5.00.)", "(Richmond: The Dietz Press, 1959. Pp. x, 214. $5.00.)"),
    ("Pp. xii+32O+8 plates. (London: Macmillan, 1935.) l0s. 6d. net.",
     "Pp. xii+320+8 plates. (London: Macmillan, 1935.) 10s. 6d. net."),
    ("Pp. xvi + 2l8; 6 plates.", "Pp. xvi + 218; 6 plates."),
    ("Marburg, Elwert 1962. XV, 3l4 S., DM 32.", "Marburg, Elwert 1962. XV, 314 S., DM 32."),
    ("Pp. 320. Ols. Old S. Lo S.", "Pp. 320. Ols. Old S. Lo S."),   # no digit: words, as printed
    ("Pp. l, 320. xii+l. $45.", "Pp. l, 320. xii+l. $45."),   # fifty in roman numerals, front matter
    ("Pp. 320. The Model l5 engine, 1O2 of them", "Pp. 320. The Model l5 engine, 1O2 of them"),   # no count's place
])
def test_ocr_letters_among_the_digits_of_a_citations_count_or_an_old_price(printed, repaired):
    assert repair_text(printed) == repaired


@pytest.mark.parametrize("printed, repaired", [
    ("464p. $26.00 cloth. ISBN 0-316-740l2-8.", "464p. $26.00 cloth. ISBN 0-316-74012-8."),
    ("ISBN: O-316-74012-8", "ISBN: 0-316-74012-8"), ("ISBN-13: 978O3O6406157", "ISBN-13: 9780306406157"),
    ("ISBN 0-316-740l2-9.", "ISBN 0-316-740l2-9."),   # the check digit fails either way: as printed
    ("ISBN 0-316-74012-8, l5s.", "ISBN 0-316-74012-8, l5s."),   # no letter in the ISBN
])
def test_ocr_letters_in_a_tagged_isbn_are_digits_when_its_check_digit_then_holds(printed, repaired):
    assert repair_text(printed) == repaired


@pytest.mark.parametrize("printed, repaired", [
    ("She Writes Press\nwww.shewritespress.com\n9781647426538, $17, PB, 312pp, www.amazon.com\n",
     "She Writes Press\n9781647426538, $17, PB, 312pp\n"),
    ("Harbor House\nhttp://harbor.example.org/\n$17", "Harbor House\n$17"),
    ("See www.harbor.example.org for more.", "See www.harbor.example.org for more."),   # said in a sentence: kept
])
def test_a_web_address_on_its_own_line_or_closing_one_after_a_comma_goes(printed, repaired):
    assert repair_text(printed) == repaired


def test_the_ocr_hint_is_there_whenever_a_letter_would_be_read_as_a_digit():
    from catalog.text.repair import _AS_DIGITS, _OCR_DIGITS, _OCR_HINT
    pieces = ["O", "l", "3", ".", " ", "pp", "pages", "$", "\u00a3", "\u20ac", "x", "("]
    import random
    rnd = random.Random(3)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))) for _ in range(20_000)]
    changed = [t for t in texts if _OCR_DIGITS.sub(lambda m: m.group().translate(_AS_DIGITS), t) != t]
    assert [t for t in changed if not _OCR_HINT.search(t)] == []
    assert len(changed) > 300


@pytest.mark.parametrize("printed, repaired", [
    ('"Harbor," by Jane Doe [Random House, $6.00].', '"Harbor," by Jane Doe (Random House, $6.00).'),
    ("Granta 336pp 14.99 [pounds sterling] ISBN", "Granta 336pp 14.99 [pounds sterling] ISBN"),
    ("This haunting debut[1] novel [sic] costs $5", "This haunting debut[1] novel [sic] costs $5"),
])
def test_an_imprint_in_square_brackets_is_one_in_parentheses(printed, repaired):
    assert repair_text(printed) == repaired
    b = catalog_document(Document("d", '"The Quiet Harbor," by Jane Doe [The Macmillan Company, $3.95].')).books[0]
    assert (b.title, b.publisher, b.confidence) == ("The Quiet Harbor", "The Macmillan Company", "high")


def test_an_imprints_fields_parted_by_bare_slashes():
    # the Straits Times: "Publisher/Binding/Pages/Price/Available here"
    assert repair_text("Ethos Books/Paperback/224 pages/$24/Available here") == \
        "Ethos Books, Paperback, 224 pages, $24, Available here"
    for kept in ("and/or 1/2 of the $5 tip", "Jane Doe/John Roe/Mary Poe/Ann Lee", "http://example.com/a/b/c $5 pages"):
        assert repair_text(kept) == kept
    b = catalog_document(Document("d", "The Quiet Harbor\nBy Jane Doe\nEthos Books/Paperback/224 pages/$24")).books[0]
    assert (b.title, b.publisher, b.pages) == ("The Quiet Harbor", "Ethos Books", 224)


def test_a_labelled_blocks_dates_stay_for_the_labelled_reader():
    block = "BOOK DETAILS\nPub Date: Sept. 23rd, 2021\nPublication Date: April 2, 2019\nISBN: 9780812923827\n"
    assert repair_text(block) == block
    assert repair_text("Translated by Curtis Whitlock\nPublished 04.09.2016\nPenguin Press") == (
        "Translated by Curtis Whitlock\nPenguin Press")


@pytest.mark.parametrize("text, repaired", [
    ("Rain on the Fells. Tom Hebblethwaite. Gollancz,15/-", "Rain on the Fells. Tom Hebblethwaite. Gollancz, 15/-"),
    ("The Quiet Harbor. By Jane Doe. Cape,7/6.", "The Quiet Harbor. By Jane Doe. Cape, 7/6."),
    ("Sold 1,500 copies in 3/4 of the towns", "Sold 1,500 copies in 3/4 of the towns"),   # no house before it
])
def test_a_scans_comma_glued_to_a_price_in_shillings(text, repaired):
    assert repair_text(text) == repaired
