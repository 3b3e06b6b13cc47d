"""plain_name stands in for nameparser only where the two agree: on every name of the dev
set's gold records and on generated names, whatever plain_name reads, nameparser reads the
same (given names, family name, no title or suffix)."""
import json
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nameparser import HumanName

from catalog.model import Contributor, Role
from catalog.parse.names import _given_names, _nameparser_words, plain_name, to_contributor
from tests.conftest import require_dev_data

ROLES = ("authors", "editors", "translators", "illustrators")


def by_nameparser(name: str) -> tuple[str | None, str, str]:
    human = HumanName(name)
    return " ".join(p for p in (human.title, human.first, human.middle) if p) or None, human.last, human.suffix


def agrees(name: str) -> bool:
    plain = plain_name(name)
    return plain is None or (*plain, "") == by_nameparser(name)


def gold_names() -> list[str]:
    names = set()
    data = require_dev_data()
    for path in (data / "dev_gold.jsonl", data / "dev_more_gold.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            for book in json.loads(line)["books"]:
                names.update(n for role in ROLES for n in book[role])
    return sorted(names)


_ACCENTED = {"a": "áàâäã", "e": "éèêë", "i": "íìîï", "o": "óòôöøõ", "u": "úùûü", "n": "ñ", "c": "ç", "s": "ß"}


def _accented(word: str, rnd: random.Random) -> str:
    i = rnd.randrange(len(word))
    return word[:i] + rnd.choice(_ACCENTED.get(word[i].lower(), word[i])) + word[i + 1:] if i else word


def generated_names(count: int, seed: int = 1) -> list[str]:
    """Given names from catalog's list (some of them nameparser's titles, suffixes or
    particles: "Ed", "Van", "Bishop"), initials, and family names from the gold records, the
    same list, endings other rules could key on (-son, -ovich, -ez, -dottir), McX, MacX, O'X,
    D'X, double-barrelled and accented forms."""
    rnd = random.Random(seed)
    givens = sorted(w.capitalize() for w in _given_names())
    forms = ("{}son", "{}sen", "{}ovich", "{}ovna", "{}ez", "{}dottir", "{}-Smith", "Mc{}", "Mac{}", "O'{}",
             "O\u2019{}", "D'{}", "L'{}")
    families = sorted({n.split()[-1] for n in gold_names()} | set(rnd.sample(givens, 2000))
                      | {form.format(rnd.choice(givens)) for form in forms for _ in range(60)}
                      | {_accented(rnd.choice(givens), rnd) for _ in range(500)})
    givens += [_accented(rnd.choice(givens), rnd) for _ in range(2000)]
    names = []
    for _ in range(count):
        middle = [rnd.choice([rnd.choice(givens), rnd.choice("ABCDEFGHJKLMNOPRSTWY") + "."])
                  for _ in range(rnd.choice([0, 0, 0, 1, 1, 2]))]
        names.append(" ".join([rnd.choice(givens), *middle, rnd.choice(families)]))
    return names


def test_agrees_with_nameparser_on_every_gold_name():
    names = gold_names()
    assert len(names) > 200
    assert [n for n in names if not agrees(n)] == []
    assert sum(plain_name(n) is not None for n in names) > len(names) // 2   # it does stand in, mostly


def test_agrees_with_nameparser_on_generated_names():
    names = generated_names(20_000)
    read = [n for n in names if plain_name(n) is not None]
    assert len(read) > 8_000
    assert [n for n in read if not agrees(n)] == []


_WORD = st.from_regex(r"(?:Mc|Mac|[A-Z]['\u2019])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,9}(?:-[A-Z][a-zß-öø-ÿ]{1,6})?",
                      fullmatch=True)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_WORD, st.from_regex(r"[A-Z]\.", fullmatch=True)), min_size=1, max_size=3), _WORD)
def test_agrees_with_nameparser_on_any_capitalized_words(given_words, family):
    assert agrees(" ".join([*given_words, family]))


@pytest.mark.parametrize("name", [
    "Sir Walter Scott", "Ed Smith", "Van Morrison", "Abu Bakr", "Mary Smith Phd",   # vocabulary words
    "Martin Luther King Jr.", "John le Carre", "Madeleine L'Engle", "ROBERT WHYMANT",   # not plain words
    "C. S. Lewis Jones Smith", "Michael D'Orso", "Robert E", "Jane",
    "Aa Ix", "Jane Vi", "Jane Iii",   # a roman numeral is a suffix to nameparser, whatever its case
])
def test_anything_else_is_left_to_nameparser(name):
    assert plain_name(name) is None


def test_plain_names_become_the_contributor_nameparser_would_give():
    assert to_contributor("Charles C. Bolton", Role.AUTHOR) == Contributor(
        Role.AUTHOR, given="Charles C.", family="Bolton")
    assert to_contributor("Christopher Lehmann-Haupt", Role.REVIEWER) == \
        Contributor(Role.REVIEWER, given="Christopher", family="Lehmann-Haupt")


def test_every_word_humanname_knows_is_a_word_plain_name_knows():
    """plain_name reads nameparser's vocabularies from Lexicon.default(); HumanName, which
    to_contributor calls for every other name, reads its compatibility constants. Were a word
    in those alone, plain_name could read by position a name HumanName reads otherwise."""
    from nameparser.config import CONSTANTS

    known = _nameparser_words()
    sets = ("titles", "first_name_titles", "suffix_acronyms", "suffix_not_acronyms", "suffix_acronyms_ambiguous",
            "prefixes", "non_first_name_prefixes", "conjunctions", "bound_first_names")
    unknown = {name: sorted(word for entry in getattr(CONSTANTS, name) for word in str(entry).lower().split()
                            if word not in known and word.rstrip(".") not in known)
               for name in sets}
    assert {name: words for name, words in unknown.items() if words} == {}
