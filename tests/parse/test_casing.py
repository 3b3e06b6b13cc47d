import json
import random
import string

from hypothesis import given, strategies as st
from titlecase import titlecase

from catalog.parse.casing import _keep_word, _may_cite, _pattern_for, restore_casing, title_case, titlecase_words
from tests.conftest import require_dev_data


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


# --- titlecase_words stands in for titlecase(text, callback=_keep_word) -----------------

# Words that reach each of titlecase's rules: small words, initials, O'/D'/L' names,
# Mc/Mac names, Mr/Dr, inline periods, slashes, hyphens, consonant runs, roman numerals,
# acronyms, punctuation at either end, digits and non-ASCII letters.
_WORDS = ("a an and as at but by en for if in of on or the to v v. via vs vs. "
          "t.c. j.r.r. o'brien d'arcy l'amour d'état mcCarthy mccarthy macdonald mc mrs mr ms dr "
          "u.s.a. e.g. and/or w/ 1/2 //x bronze-age -x x- well-to-do ii iv xiv mcmxc nbc fbi cd tv st "
          "war 1984 19th ¿qué? (the) \"a\" 'tis 'the' the: a; of. to! at? — – ‒ ― is.a "
          "élan ñandú straße ærø ǆungla ﬁn café".split())


def _phrase(rnd: random.Random) -> str:
    words = [rnd.choice(_WORDS) if rnd.random() < 0.8 else "".join(
        rnd.choice("abcdeiouxyz.'-/:;,!?()\"‘’“”") for _ in range(rnd.randint(1, 6)))
        for _ in range(rnd.randint(1, 9))]
    return "".join(w + rnd.choice((" ", " ", " ", ": ", "  ", "\t", ". ", "- ")) for w in words).rstrip(" \t")


def _agrees(text: str) -> bool:
    return titlecase_words(text) == titlecase(text, callback=_keep_word)


def test_titlecase_words_agrees_with_titlecase_on_generated_titles():
    rnd = random.Random(1)
    phrases = [_phrase(rnd) for _ in range(20_000)]
    assert [p for p in phrases if not _agrees(p)] == []
    assert [p for p in phrases if not _agrees(p.upper())] == []   # capitals: titlecase itself


def test_titlecase_words_agrees_with_titlecase_on_gold_titles():
    titles = set()
    data = require_dev_data()
    for path in (data / "dev_gold.jsonl", data / "dev_more_gold.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            for book in json.loads(line)["books"]:
                titles.update(t for t in (book["title"], book["subtitle"]) if t)
    assert len(titles) > 250
    assert [t for t in sorted(titles) if not _agrees(t.lower())] == []


@given(st.text(alphabet=string.ascii_lowercase + "éñßǆ .'-/:;,!?()\t\"‘’“”0123", max_size=60))
def test_titlecase_words_agrees_with_titlecase_on_any_text(text):
    assert _agrees(text)


def test_the_word_path_is_the_one_tested():
    """The agreement tests prove something only when titlecase_words replays the line steps."""
    from catalog.parse import casing
    assert casing._LINE_STEPS
