import json
import random
import string
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from titlecase import titlecase

from catalog.model import Document
from catalog.parse.casing import _keep_word, _may_cite, _pattern_for, restore_casing, title_case, titlecase_words
from catalog.pipeline import catalog_document
from tests.conftest import require_dev_data
from tests.forms import FORMS, GeneratedBook, Person


def test_all_caps_titles_are_title_cased_with_care():
    assert title_case("THE HORSE, THE WHEEL, AND LANGUAGE") == "The Horse, the Wheel, and Language"
    assert title_case("WORLD WAR II AND THE FBI") == "World War II and the FBI"
    assert title_case("MCCARTHY AND O'BRIEN") == "McCarthy and O'Brien"
    assert title_case("T.C. BOYLE STORIES") == "T.C. Boyle Stories"


@pytest.mark.parametrize("printed, cased", [
    # A title in another language keeps its own small words in lowercase...
    ("LE ROUGE ET LE NOIR", "Le Rouge et le Noir"),
    ("L'ÉTRANGER DE LA VILLE", "L'Étranger de la Ville"),
    ("QU'EST-CE QUE LA LITTÉRATURE?", "Qu'est-ce que la Littérature?"),
    ("JEAN-PAUL SARTRE ET LA GUERRE D'ALGÉRIE", "Jean-Paul Sartre et la Guerre d'Algérie"),
    ("DER UNTERGANG DES ABENDLANDES", "Der Untergang des Abendlandes"),
    ("DIE BLECHTROMMEL UND DER REST", "Die Blechtrommel und der Rest"),
    ("VOM ANFANG BIS ZUM ENDE: EINE GESCHICHTE", "Vom Anfang bis zum Ende: Eine Geschichte"),
    ("EL AMOR EN LOS TIEMPOS DEL CÓLERA", "El Amor en los Tiempos del Cólera"),
    ("LO QUE EL VIENTO SE LLEVÓ", "Lo que el Viento se Llevó"),
    ("IL NOME DELLA ROSA", "Il Nome della Rosa"),
    ("DELL'AMORE E ALTRI DEMONI", "Dell'Amore e Altri Demoni"),
    # ...and an English title is cased as before, even one that starts like another language.
    ("DIE HARD", "Die Hard"),
    ("EL NORTE", "El Norte"),
    ("LES MISÉRABLES", "Les Misérables"),
    ("I KNOW WHY THE CAGED BIRD SINGS", "I Know Why the Caged Bird Sings"),
    ("A TALE OF TWO CITIES", "A Tale of Two Cities"),
])
def test_all_caps_titles_are_cased_by_their_languages_rules(printed, cased):
    assert title_case(printed) == cased


def test_mixed_case_titles_are_kept():
    assert title_case("OSS in China") == "OSS in China"
    assert title_case("Because It Is Bitter") == "Because It Is Bitter"
    assert title_case("Le rouge et le noir") == "Le rouge et le noir"


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


# --- through the parser: a foreign title in every trailer form that prints titles in capitals ---

FOREIGN = {"LE ROUGE ET LE NOIR": ("Le Rouge et le Noir", "beyle-rouge-et-le"),
           "DER UNTERGANG DES ABENDLANDES": ("Der Untergang des Abendlandes", "beyle-untergang-des-abendlandes"),
           "DIE HARD": ("Die Hard", "beyle-die-hard")}


def _book(title: str) -> GeneratedBook:
    return GeneratedBook(title, "Chronique", Person("Henri", "Beyle"), Person("Hans", "Mann"), "Knopf", 320,
                         Decimal("24"), Decimal("12"), "039412345")


IN_CAPITALS = [f for f in FORMS if "QUIET HARBOR" in f.render(_book("Quiet Harbor"))]
# Kirkus runs the author's name, the title in capitals and the publisher together: once the
# name family first has led, no "LE NOIR" after it is read as a name by its shape.
CASES = [pytest.param(printed, form, id=f"{printed}-{form.name}") for printed in FOREIGN for form in IN_CAPITALS]


@pytest.mark.parametrize("printed, form", CASES)
def test_a_foreign_title_in_capitals_is_cased_and_keyed_by_its_language_in_every_form(printed, form):
    [found] = catalog_document(Document("foreign", form.render(_book(printed)))).books
    assert (found.title, found.key) == FOREIGN[printed]


@pytest.mark.parametrize("printed, cased", [
    ("McCARTHY AND THE QUIET HARBOR", "McCarthy and the Quiet Harbor"),
    ("THE MacDONALDS OF THE QUIET HARBOR", "The MacDonalds of the Quiet Harbor"),
    ("MACBETH AT THE QUIET HARBOR", "Macbeth at the Quiet Harbor"),
])
def test_a_scottish_name_in_capitals_keeps_its_prefix(printed, cased):
    # "McCARTHY" is printed in capitals all but its prefix: the title is in capitals still
    assert title_case(printed) == cased
    assert title_case("McCarthy and the Quiet Harbor") == "McCarthy and the Quiet Harbor"   # mixed case stays
