"""Citation keys: readable slugs, and run-wide uniqueness kept in little memory."""
from hypothesis import given, strategies as st

from catalog.keys import KeySet, book_key, review_key, unique


def test_keys_are_readable_and_valid_ids():
    assert book_key("Stalin's Spy", "Whymant") == "whymant-stalins-spy"
    assert book_key("The Bush Tragedy", "Weisberg") == "weisberg-bush-tragedy"
    assert book_key("1984", None) == "k1984"
    assert review_key("whymant-stalins-spy", "Critic") == "critic-review-whymant-stalins-spy"


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
