"""Citation keys: readable slugs, and run-wide uniqueness kept in little memory."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.keys import KeySet, book_key, review_key, unique


def test_keys_are_readable_and_valid_ids():
    assert book_key("Stalin's Spy", "Whymant") == "whymant-stalins-spy"
    assert book_key("The Bush Tragedy", "Weisberg") == "weisberg-bush-tragedy"
    assert book_key("1984", None) == "k1984"
    assert review_key("whymant-stalins-spy", "Critic") == "critic-review-whymant-stalins-spy"


@pytest.mark.parametrize("title, key", [
    # A title's article is skipped only in the title's own language...
    ("Le Rouge et le Noir", "stendhal-rouge-et-le"),
    ("L'Étranger de la ville", "stendhal-etranger-de-la"),
    ("Der Untergang des Abendlandes", "stendhal-untergang-des-abendlandes"),
    ("Die Blechtrommel und der Rest", "stendhal-blechtrommel-und-der"),
    ("El amor en los tiempos del cólera", "stendhal-amor-en-los"),
    ("La casa de los espíritus", "stendhal-casa-de-los"),
    ("Il nome della rosa", "stendhal-nome-della-rosa"),
    ("I promessi sposi e il resto", "stendhal-promessi-sposi-e"),
    # ...and English rules, for English titles, are as they were.
    ("The Road", "stendhal-road"),
    ("A Tale of Two Cities", "stendhal-tale-of-two"),
    ("An Unquiet Mind", "stendhal-unquiet-mind"),
    ('"The Road" and Other Stories', "stendhal-road-and-other"),
    ("Die Hard", "stendhal-die-hard"),                           # English: "die" is a verb here
    ("Die Another Day", "stendhal-die-another-day"),
    ("La Bamba of the West", "stendhal-la-bamba-of"),
    ("Les Misérables", "stendhal-les-miserables"),               # nothing tells its language
    ("I Know Why the Caged Bird Sings", "stendhal-i-know-why"),
    ("Theory of Everything", "stendhal-theory-of-everything"),
])
def test_keys_skip_an_article_of_the_titles_own_language(title, key):
    assert book_key(title, "Stendhal") == key


def test_keyset_holds_what_was_added_and_nothing_else():
    taken = KeySet()
    keys = [f"author{i}-title-{i % 97}" for i in range(20_000)]   # forces several resizes
    for key in keys:
        taken.add(key)
    taken.add(keys[0])
    assert len(taken) == len(keys)
    assert all(key in taken for key in keys)
    assert not any(f"other-{key}" in taken for key in keys[:2_000])


@given(st.lists(st.sampled_from(["a", "a-2", "b", "whymant-stalins-spy", "k1984", "x-y-z"])) | st.lists(st.text()))
def test_unique_with_keyset_matches_unique_with_a_set(keys):
    assert unique(keys, KeySet()) == unique(keys, set())
    assert len(set(unique(keys, KeySet()))) == len(keys)


@given(st.lists(st.lists(st.sampled_from(["a", "a-2", "a-3", "a-2-2", "b", "b-4"]), max_size=4), max_size=60))
def test_keyset_claims_as_a_set_does_across_a_run(batches):
    """As the batch calls it: one taken set for the run, keys claimed record by record."""
    keyset, plain = KeySet(), set()
    assert [unique(b, keyset) for b in batches] == [unique(b, plain) for b in batches]


def test_a_key_repeated_many_times_costs_linear_probes(monkeypatch):
    taken = KeySet()
    probes = 0
    original = KeySet.__contains__

    def counting(self, key):
        nonlocal probes
        probes += 1
        return original(self, key)

    monkeypatch.setattr(KeySet, "__contains__", counting)
    keys = [taken.claim("whymant-stalins-spy") for _ in range(2_000)]
    assert keys[:3] == ["whymant-stalins-spy", "whymant-stalins-spy-2", "whymant-stalins-spy-3"]
    assert keys[-1] == "whymant-stalins-spy-2000"
    assert probes < 3 * 2_000
