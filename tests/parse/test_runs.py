"""Runs of words no mark cuts: where a publisher's name closes one, and where a name opens it."""
import pytest

from catalog.parse.cuts import is_known_house, name_in_run, publisher_at_end
from catalog.parse.head import split_leading_name, split_trailing_name
from catalog.parse.tables import DATE_CLAUSE
from catalog.parse.trailer import parse_trailer


def publisher_of(run):
    start = publisher_at_end(run, len(run))
    return None if start is None else run[start:]


@pytest.mark.parametrize("run, publisher", [
    ("Jane Doe The Quiet Harbor Faber", "Faber"),                       # a known house
    ("Jane Doe Der stille Hafen Suhrkamp", "Suhrkamp"),                 # a house's own word
    ("Jane Doe Der stille Hafen Rowohlt", "Rowohlt"),                   # a house's own word, a listed house too
    ("Jane Doe Der stille Hafen Hanser", "Hanser"),                     # one the publishers' list holds in no name
    ("Jane Doe El puerto tranquilo Alfaguara", "Alfaguara"),
    ("Jane Doe The Quiet Harbor Hamish Hamilton", "Hamish Hamilton"),   # a known house
    ("Jane Doe The Quiet Harbor Penguin Random House", "Penguin Random House"),   # the longest known
    ("Jane Doe The Quiet Harbor Serpent\u2019s Tail", "Serpent\u2019s Tail"),
    ("Jane Doe The Quiet Harbor Allen and Unwin", "Allen and Unwin"),   # "and" for "&"
    ("JANE DOE THE QUIET HARBOR FABER", "FABER"),
    ("Jane Doe The Quiet Harbor Harbor Press", "Harbor Press"),         # one word before "Press"
    ("Jane Doe The Quiet Harbor Coach House Books", "Coach House Books"),
    ("Jane Doe The Quiet Harbor Chatto & Windus", "Chatto & Windus"),
    ("Jane Doe The Quiet Harbor Thames & Hudson Books", "Thames & Hudson Books"),
    ("Jane Doe The Quiet Harbor University of Chicago Press", "University of Chicago Press"),
    ("Jane Doe The Quiet Harbor University Press of Kansas", "University Press of Kansas"),
    ("Jane Doe The Quiet Harbor London: Faber", "London: Faber"),       # the place opens the imprint
    ("Jane Doe The Quiet Harbor", None),                                # no publisher's word
    ("Jane Doe the quiet harbour text", None),                          # a known name, not capitalized
    ("Viking Penguin", None),                                           # no run before it
    ("Alfred A. Knopf", None),
    ("Nan A. Talese/Doubleday", None),                                  # one name, an imprint's
    ("Nan A. Talese / Doubleday", None),
    ("The Belknap Press of Harvard University Press", None),
    ("A Marian Wood Book for Putnam", None),
    ("New York: Harbor House", None),                                   # a place, no title
])
def test_a_publisher_closing_a_run(run, publisher):
    assert publisher_of(run) == publisher


@pytest.mark.parametrize("text, known", [
    ("Faber and Faber", True), ("Chatto & Windus", True), ("thames and hudson", False),   # a name is capitalized
    ("John Norton and Mary Major", False), ("Mary Major and John Norton", False), ("Norton", True),
    ("Faber and Faber Ltd", False),
    ("iUniverse", True), ("iuniverse", False),   # a house that opens with a small "i" and a capital
    ("Picador Africa", True), ("Penguin Random House South Africa", True), ("Hamish Hamilton Canada", True),
    ("Out of Africa", False), ("Canada", False), ("Picador Africa Books", False)])   # a known house's branch
def test_a_known_house_is_the_whole_of_the_text(text, known):
    assert is_known_house(text) is known


def test_a_name_in_a_run_is_no_name_when_a_publisher_closes_more_than_a_publisher():
    assert name_in_run("The Quiet Harbor Jane Doe Faber", 31) == len("The Quiet Harbor Jane Doe")
    run = "Jane Doe and John Roe The Quiet Harbor Faber"
    assert name_in_run(run, len(run)) is None


@pytest.mark.parametrize("head, split", [
    ("Jane Doe The Quiet Harbor", ("The Quiet Harbor", "Jane Doe")),
    ("Mary Beth Smithers The Quiet Harbor", ("The Quiet Harbor", "Mary Beth Smithers")),
    ("Mary Beth Smithers Harbor Lights", ("Harbor Lights", "Mary Beth Smithers")),   # a family name no given name
    ("Jane Austen The Quiet Harbor", ("The Quiet Harbor", "Jane Austen")),   # no family name but a given one
    ("Ursula K. Le Guin The Quiet Harbor", ("The Quiet Harbor", "Ursula K. Le Guin")),
    ("Vincent van Gogh The Quiet Harbor", ("The Quiet Harbor", "Vincent van Gogh")),   # a particle in the name
    ("Jane Doe and John Roe The Quiet Harbor", ("The Quiet Harbor", "Jane Doe and John Roe")),
    ("The Quiet Harbor Jane Doe", None),
    ("Jane Doe", None),
    ("Jane Doe the quiet harbor", None),
    ("Jane Q. The Quiet Harbor", None),   # an initial is no family name
])
def test_a_name_leading_a_run(head, split):
    assert split_leading_name(head) == split


def test_a_trailing_name_runs_across_no_full_stop():
    # "Grace" is a given name's shape, and the stop after it still ends the title
    assert split_trailing_name("Amazing Grace. Jane Doe") == ("Amazing Grace.", "Jane Doe")


def test_a_trailing_name_holds_no_article():
    assert split_trailing_name("Mary Beth Smithers The Quiet Harbor") is None
    assert split_trailing_name("Homesick Guy Vanderhaeghe") == ("Homesick", "Guy Vanderhaeghe")


@pytest.mark.parametrize("clause, year", [("5 March", None), ("12th Sept. 2019", "2019"), ("5 March 2019", "2019"),
                                          ("May 2015", "2015"), ("1953", "1953")])
def test_a_date_with_the_day_first(clause, year):
    date = DATE_CLAUSE.match(clause)
    assert date and (date.group("year") or date.group("day_first_year")) == year
    assert not DATE_CLAUSE.match("5 Marches")


@pytest.mark.parametrize("clause, year", [("c2001", 2001), ("c. 2001", 2001), ("\u00a9 2001", 2001), ("c", None),
                                          ("\u00a9", None), ("cloth", None)])
def test_a_copyright_year(clause, year):
    # "Simon Pulse, 224p. c2001. $5.99." (Kliatt, library lists): the year of the book's copyright
    date = DATE_CLAUSE.match(clause)
    assert (int(date.group("year")) if date and date.group("year") else None) == year
    assert (date is not None) is (year is not None)
    if year:
        assert parse_trailer(f"Doe, Jane. The Quiet Harbor. Harbor House, 224p. {clause}. $5.99.").publisher == \
            "Harbor House"
