import string

from hypothesis import given, strategies as st

from catalog.parse.casing import _may_cite, _pattern_for, restore_casing, title_case


def test_all_caps_titles_are_title_cased_with_care():
    assert title_case("THE HORSE, THE WHEEL, AND LANGUAGE") == "The Horse, the Wheel, and Language"
    assert title_case("WORLD WAR II AND THE FBI") == "World War II and the FBI"
    assert title_case("MCCARTHY AND O'BRIEN") == "McCarthy and O'Brien"
    assert title_case("T.C. BOYLE STORIES") == "T.C. Boyle Stories"


def test_mixed_case_titles_are_kept():
    assert title_case("OSS in China") == "OSS in China"
    assert title_case("Because It Is Bitter") == "Because It Is Bitter"


def test_casing_restored_from_the_body():
    body = "But thanks to \u201cStalin\u2019s Spy,\u201d by the journalist, we know more."
    assert restore_casing("STALIN'S SPY", body) == "Stalin's Spy"
    assert restore_casing("STALIN'S SPY", "STALIN'S SPY is all caps here") is None


@given(st.text(alphabet=string.ascii_letters + " '.,", max_size=30),
       st.text(alphabet=string.printable, max_size=200), st.booleans())
def test_the_quick_check_never_hides_a_citation(title, prose, cite):
    body = prose + (" " + title.swapcase() + " " if cite else "")
    if not _may_cite(title, body):
        assert _pattern_for(title).search(body) is None
