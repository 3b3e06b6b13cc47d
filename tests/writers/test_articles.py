"""A leading article is skipped in sorting only when it is one in the title's language."""
import pytest
from lxml import etree

from catalog.language import leading_article
from catalog.model import Book, Record, Review
from catalog.writers import marc, mods


@pytest.mark.parametrize("title, article", [
    ("The Road", "The "),
    ("A Tale of Two Cities", "A "),
    ("An Unquiet Mind", "An "),
    ("the lowercase road", "the "),
    # An article of another language counts only when the title is plainly in it.
    ("Le Rouge et le Noir", "Le "),
    ("L'Étranger de la ville", "L'"),
    ("Der Untergang des Abendlandes", "Der "),
    ("Die Blechtrommel und der Rest", "Die "),
    ("El amor en los tiempos del cólera", "El "),
    ("La casa de los espíritus", "La "),
    ("Il nome della rosa", "Il "),
    ("I promessi sposi e il resto", "I "),
    # The quotation marks and brackets about an article are skipped with it, as MARC counts them.
    ('"The Road" and Other Stories', '"The '),
    ("\u201cThe Road\u201d and Other Stories", "\u201cThe "),
    ("The 'Road' Ahead", "The '"),
    ('"Le Rouge" et le Noir', '"Le '),
])
def test_leading_articles(title, article):
    assert leading_article(title) == article
    assert marc.nonfiling(title) == str(len(article))


@pytest.mark.parametrize("title", [
    "Stalin's Spy",
    "Die Hard",                            # English: "die" is a verb here
    "I Know Why the Caged Bird Sings",     # English "I", not Italian "i"
    "El Norte",                            # nothing tells its language: filed as printed
    "Les Misérables",
    "La Bamba of the West",                # an English word: English rules
    "A",                                   # an article with nothing after it is the title
    "The",
    "Theory of Everything",                # a word that starts like one
    "L'Chaim to Life",
    "...And Ladies of the Club",           # punctuation before a word that is no article is filed
    "'Tis the Season",
    '"The"',
    "",
])
def test_no_article(title):
    assert leading_article(title) == ""
    assert marc.nonfiling(title) == "0"


def _mods_titles(record):
    root = etree.fromstring(mods.to_mods([record]).encode())
    ns = {"m": mods.MODS_NS}
    return [(info.findtext("m:nonSort", namespaces=ns), info.findtext("m:title", namespaces=ns))
            for info in root.iterfind(".//m:titleInfo", ns)]


def test_mods_nonsort_matches_marc_indicator():
    book = Book(key="roth-the-road", title="The Road")
    review = Review(key="review", outlet="The Times", reviews=(book.key,))
    titles = _mods_titles(Record(id="x", books=(book,), review=review))
    assert ("The ", "Road") in titles            # the book and its reviewOf
    assert ("The ", "Times") in titles           # the host outlet
    assert ("The ", "Road") == titles[0]
    marc_245 = marc.to_pymarc(marc.book_record(book))["245"]
    assert marc_245.indicator2 == "4"
    assert marc_245["a"].startswith("The Road")


def test_mods_without_article_has_no_nonsort():
    book = Book(key="k", title="Die Hard")
    review = Review(key="review", reviews=(book.key,))
    assert _mods_titles(Record(id="x", books=(book,), review=review))[0] == (None, "Die Hard")


def test_a_quoted_article_is_skipped_with_its_quote_in_mods_and_marc():
    book = Book(key="doe-road", title='"The Road" and Other Stories')
    review = Review(key="review", reviews=(book.key,))
    assert _mods_titles(Record(id="x", books=(book,), review=review))[0] == ('"The ', 'Road" and Other Stories')
    marc_245 = marc.to_pymarc(marc.book_record(book))["245"]
    assert marc_245.indicator2 == "5" and marc_245["a"].startswith('"The Road"')
