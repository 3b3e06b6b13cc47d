"""Each reason the rules give for a second look, given exactly when its sign is there."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from catalog.model import Contributor, Document, Offer, Price, Role
from catalog.parse.confidence import LISTED, OFFER_LEFT_OUT, RANKED, review_reasons
from catalog.parse.head import BY_MARKER, BY_NAME_SHAPE
from catalog.parse.trailer import ParsedTrailer
from catalog.pipeline import catalog_document

SURE = ParsedTrailer(title="The Quiet Harbor", subtitle="A Novel", contributors=((Role.AUTHOR, "Jane Doe"),),
                     publisher="Knopf", place=None, pages=320, illustrated=False, offers=(), edition=None,
                     series=None, original_language=None, invalid_isbns=(), unparsed=(), split_by=BY_MARKER)
JANE = (Contributor(Role.AUTHOR, "Jane", "Doe"),)


def test_a_price_an_archive_printed_with_no_mark_is_kept_in_the_notes_and_doubted():
    # the Spectator as archived: two books, each title and author over its house, the "£" lost
    text = ("No Angel: The Secret Life of Jane Doe Tom Roe\n\nFaber, pp.432, 18.99\n\n"
            "Harbor John Lee\n\nHaynes, pp.416, 19.99")
    first, second = catalog_document(Document("d", text)).books
    assert (first.title, first.publisher, first.pages, first.offers) == ("No Angel", "Faber", 432, ())
    assert (second.title, second.publisher, second.pages) == ("Harbor", "Haynes", 416)
    assert first.printed_notes.endswith("pp. 432, 18.99") and second.printed_notes.endswith("19.99")
    assert "a price printed with no currency mark is left unread: '18.99'" in first.review_reasons
    assert first.confidence == second.confidence == "review"
    # with its mark it is a price, and no doubt
    marked = catalog_document(Document("d", text.replace(", 18.99", ", \u00a318.99"))).books[0]
    assert [str(o.price.amount) for o in marked.offers] == ["18.99"]
    assert not any("currency mark" in reason for reason in marked.review_reasons)


def test_a_sure_parse_has_no_reason():
    assert review_reasons(SURE, JANE) == ()


@pytest.mark.parametrize("change, people, reason", [
    ({"split_by": BY_NAME_SHAPE}, JANE, "title and author told apart by the shape of a name only"),
    ({"imprint_guess": "no punctuation marked where the publisher starts"}, JANE,
     "no punctuation marked where the publisher starts"),
    ({}, (), "no author or editor found"),
    ({}, (Contributor(Role.AUTHOR, "made", "vaudeville famous"),), "not clearly a name: 'made vaudeville famous'"),
    ({"split_by": BY_NAME_SHAPE}, (Contributor(Role.AUTHOR, "Quiet", "Harbor"),), "not clearly a name: 'Quiet Harbor'"),
    ({"title": "The Quiet Harbor of the"}, JANE, "title may be cut short: 'The Quiet Harbor of the'"),
    ({"subtitle": "A Novel and"}, JANE, "title may be cut short: 'A Novel and'"),
    ({"subtitle": " ".join(["word"] * 23)}, JANE, "title unusually long: it may hold other text"),
    ({"unparsed": ("c/o Consortium",)}, JANE, "some of the notes were not understood"),
    ({"unparsed": ("18.99",)}, JANE, "a price printed with no currency mark is left unread: '18.99'"),
    ({"unparsed": ("18.99", "c/o Consortium")}, JANE, "some of the notes were not understood"),
    ({"publisher": None}, JANE, "no publisher found, though the notes print the book's price, pages or ISBN"),
    ({"publisher": None, "pages": None, "offers": (Offer(None, Price(Decimal("26"), "USD", "$26")),)}, JANE,
     "no publisher found, though the notes print the book's price, pages or ISBN"),
    ({"invalid_isbns": ("0-394-12345-0",)}, JANE, "an ISBN printed with a wrong check digit"),
    ({"title": "Crisis\u2014and After", "subtitle": None}, JANE,
     "a dash in the title may part it from a subtitle"),
    ({"title": "Crisis -- and After", "subtitle": None}, JANE,
     "a dash in the title may part it from a subtitle"),
    ({"title": "Fiction", "subtitle": "The Quiet Harbor"}, JANE, "the title may be the name of the page's section"),
    ({"title": "Books", "subtitle": "The Quiet Harbor"}, JANE, "the title may be the name of the page's section"),
    # a scan's misread letters in a house's name, read against the publishers' list
    ({"publisher": "Tbe Macmillan Company"}, JANE, "the publisher may hold a scan's misread letters: 'Tbe'"),
    ({"publisher": "Alfred A. Knopt"}, JANE, "the publisher may hold a scan's misread letters: 'Knopt'"),
    ({"publisher": "Macrnillan"}, JANE, "the publisher may hold a scan's misread letters: 'Macrnillan'"),
    ({"publisher": "Faber and Fabcr"}, JANE, "the publisher may hold a scan's misread letters: 'Fabcr'"),
    # a scan's digit for a letter, in the title, the subtitle, a name or the house
    ({"title": "THE LAST DAY5 OF GREYHAVEN"}, JANE, "a scan may have read a letter as a digit: 'DAY5'"),
    ({"subtitle": "The 5altmaker's Secret"}, JANE, "a scan may have read a letter as a digit: '5altmaker'"),
    ({}, (Contributor(Role.AUTHOR, "William", "Yarbr0ugh"),), "a scan may have read a letter as a digit: 'Yarbr0ugh'"),
    ({"publisher": "Thacker, 5pink & Co."}, JANE, "a scan may have read a letter as a digit: '5pink'"),
    # a word a scan broke at a line's end, the break flattened to a space
    ({"subtitle": "Memo- ries of Kenya"}, JANE, "a word may be broken by a scan's line break: 'Memo- ries'"),
    ({"title": "THE LAKE SHORE SUM- MER"}, JANE, "a word may be broken by a scan's line break: 'SUM- MER'"),
    ({"contributors": ((Role.AUTHOR, "Jona- than Doe"),)}, JANE,
     "a word may be broken by a scan's line break: 'Jona- than'"),
    ({"publisher": "Houg- hton Mifflin"}, JANE, "a word may be broken by a scan's line break: 'Houg- hton'"),
])
def test_each_sign_gives_its_reason(change, people, reason):
    assert reason in review_reasons(replace(SURE, **change), people)


@pytest.mark.parametrize("publisher", [
    "The Macmillan Company", "Harbor House", "Crown Books for Young Readers", "Free Press", "Hans Harbor Verlag",
    "Alfred A. Knopf", "Tafelberg"])
def test_a_house_as_printed_or_like_none_has_no_misread_letters(publisher):
    # a word of the house's name, a common word, a founder's given name, or a name no house's word is like
    assert not any("misread" in r for r in review_reasons(replace(SURE, publisher=publisher), JANE))


def test_notes_with_no_items_need_name_no_publisher():
    # "THE AFTERLIFE. By Jane Doe" (the NYT's title and byline alone): nothing says a house was printed
    assert review_reasons(replace(SURE, publisher=None, pages=None), JANE) == ()


def test_a_name_with_no_given_name_is_not_plausible_and_never_crashes():
    family_only = (Contributor(Role.AUTHOR, None, "Doe"),)
    assert review_reasons(replace(SURE, split_by=BY_NAME_SHAPE), family_only)[-1] == "not clearly a name: 'Doe'"


@pytest.mark.parametrize("title, subtitle", [
    ("Shaping the Nation", "England, 1360\u20141461"),   # a span of years
    ("The Governance of England 1272\u20141461", None),
    ("No Applause\u2014Just Throw Money", "The Book That Made Vaudeville Famous"),   # the colon parted them
    ("Studies in Little-Known Subjects", None),   # a hyphen joins words
    ("Nineteenth- and Twentieth-Century Verse", None),   # a suspended hyphen before its conjunction
    ("Kinder- und Jugendliteratur", "Pre- or Post-War"),
])
def test_a_dash_that_parts_nothing_gives_no_reason(title, subtitle):
    assert review_reasons(replace(SURE, title=title, subtitle=subtitle), JANE) == ()


@pytest.mark.parametrize("title, subtitle", [
    ("Memoir", None),   # a genre's name alone may be the whole title
    ("Fiction and Its Readers", "A History"),
])
def test_a_title_that_is_no_sections_name_gives_no_reason(title, subtitle):
    assert review_reasons(replace(SURE, title=title, subtitle=subtitle), JANE) == ()


def test_books_listed_one_after_another_with_no_items_are_for_review():
    # a prize's longlist: "Title by Author (Publisher)" line after line, no price, pages or ISBN
    entries = ["Homecoming by Tang Wei (Victoria University Press)",
               "A Year of Sleeping Weather by Samuel Harlow (Canterbury University Press)",
               "Small Saints by Edwin Calloway (Allen & Unwin)"]
    text = ("Book awards: fiction longlist announced\nStaff reporter\n\nSix novels have made the longlist for"
            " the prize, worth $65,000 to the winner.\n\n" + "\n".join(entries) +
            "\n\nThe shortlist will be announced in March and the winners at a ceremony in May.")
    books = catalog_document(Document("d", text)).books
    assert len(books) == 3 and all(LISTED in b.review_reasons for b in books)
    # the New Yorker's "Briefly Noted": a few words of review under each book's notes
    noted = "\n\n".join(f"{e}. It is a book that rewards patience, and the ending is earned." for e in entries)
    books = catalog_document(Document("d", f"BRIEFLY NOTED\n\n{noted}")).books
    assert len(books) == 3 and not any(LISTED in b.review_reasons for b in books)
    # two such books, or a list whose books print a price, are no such list
    for listing in (entries[:2], [f"{e[:-1]}, $28)" for e in entries]):
        books = catalog_document(Document("d", "Longlist\n\n" + "\n".join(listing))).books
        assert books and not any(LISTED in b.review_reasons for b in books)


def test_books_listed_under_their_ranks_are_for_review_price_and_all():
    """A best-seller list prints whole notes, price and all, one after another under ranks."""
    entries = ["Homecoming, Tang Wei (Harbor House, Rs 799)",
               "A Year of Sleeping Weather, Samuel Harlow (Harbor House, Rs 599)",
               "Small Saints, Edwin Calloway (Saltmarsh Editions, Rs 999)"]
    head = "Bestsellers: what the city is reading\n\nCompiled from sales at leading bookstores\n\n"
    ranked = "\n".join(f"{n}. {e}" for n, e in enumerate(entries, 1))
    books = catalog_document(Document("d", head + ranked + "\n\nThe list is based on retail sales.")).books
    assert len(books) == 3 and all(RANKED in b.review_reasons and b.confidence == "review" for b in books)
    # without ranks, or with a review between the entries, the books are read as notes
    for text in ("\n".join(entries), "\n\n".join(f"{n}. {e}. It rewards patience, and its ending is well earned."
                                                  for n, e in enumerate(entries, 1))):
        books = catalog_document(Document("d", head + text)).books
        assert len(books) == 3 and not any(RANKED in b.review_reasons for b in books)


@pytest.mark.parametrize("text", [
    "The Quiet Harbor\nby Jane Doe\nHarbor House 352pp \u00a325\nThe Week Bookshop \u00a319.99",   # the Week
    "The Quiet Harbor\nJane Doe\nHarbor House, 224pp, \u00a312.99\nTablet bookshop price \u00a311.69",   # the Tablet
    "The Quiet Harbor by Jane Doe (Harbor House, RRP \u00a321.00, buy the book for \u00a317.85 at books.example.co.uk)",
    "The Quiet Harbor by Jane Doe (Harbor House, \u00a320, Telegraph offer \u00a316.99, 320pp)",   # inside the notes
])
def test_a_shops_offer_left_out_marks_the_book_for_review(text):
    book = catalog_document(Document("d", text)).books[0]
    assert OFFER_LEFT_OUT in book.review_reasons
    assert len([o for o in book.offers if o.price]) == 1   # the list price alone


def test_only_the_book_the_offer_follows_is_marked_for_it():
    # the Week: each book in its block, the shop's offer under the second
    text = ("Book of the week\nThe Quiet Harbor\nby Jane Doe\nHarbor House 352pp \u00a325\n\n"
            "Novel of the week\nThe Open Sea\nby John Roe\nCape 320pp \u00a316.99\nThe Week Bookshop \u00a313.99")
    books = catalog_document(Document("d", text)).books
    assert [(b.title, OFFER_LEFT_OUT in b.review_reasons) for b in books] == [
        ("The Quiet Harbor", False), ("The Open Sea", True)]


def test_notes_with_no_offer_after_them_are_not_marked_for_it():
    for text in ("The Quiet Harbor by Jane Doe (Knopf, $26). To order, call 555-0100.",
                 "The Quiet Harbor\nby Jane Doe\nHarbor House 352pp \u00a325\n\nThe shop down the road sells it."):
        assert OFFER_LEFT_OUT not in catalog_document(Document("d", text)).books[0].review_reasons


@pytest.mark.parametrize("publisher, slip", [("D. Appletou & Co.", "Appletou"), ("Richard Bentiey & Son", "Bentiey"),
                                             ("The Rycrson Press", "Rycrson"), ("Gnorne Press", "Gnorne")])
def test_the_old_houses_misread_by_a_scan_are_for_review(publisher, slip):
    """The houses of scanned reviews (1880s-1950s): the publishers' list names them, so a scan's
    misread letters in them are seen."""
    assert any(slip in r for r in review_reasons(replace(SURE, publisher=publisher), JANE))


@pytest.mark.parametrize("title", ["1Q84", "The 1960s", "Catch-22", "MP3 and After", "The 4th of July", "Room 101"])
def test_digits_a_title_prints_are_no_scans_slip(title):
    assert not any("digit" in r for r in review_reasons(replace(SURE, title=title), JANE))
