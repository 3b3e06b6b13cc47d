"""Rebuild catalog/parse/data/given_names.txt from permissively licensed name lists.

Why: telling where a title ends and an author's name begins ("Homesick Guy Vanderhaeghe")
needs to know given names. Sources, each installed only to run this script:
- the 1990 US Census first-name lists (public domain), as shipped in the `names`
  package (MIT);
- Faker's person providers (MIT): first names of its Latin-script locales, and the
  romanized first names of its Japanese and Chinese locales;
- nomquamgender's name table (MIT), gathered from many countries' records: the names it
  found as first names in at least 6 of its sources, at least 20 times. It knows the
  Indian, African and Middle Eastern names the other two lack ("Vikram", "Thabo",
  "Hisham"), which the rules need to tell "The Quiet Harbor Thabo Nkosi" apart. Its table
  also holds words and surnames, so a name it alone gives is left out when it is an English
  word (Webster's Second, public domain, as shipped in `english-words`, MIT), a small word of
  the languages reviews quote titles in ("Eine", "Une"), or a common US
  surname (the census list: "Drummond", "Raynor"), where a title or a family name would
  read as a first name.
Run: python tools/build_given_names.py, after
  pip install names==0.3.0 faker==40.63.0 nomquamgender==0.1.4 english-words==2.0.2 --no-deps
(other versions give other lists).
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
import unicodedata
from pathlib import Path

import faker.providers.person as person
import names
from english_words import get_english_words_set

OUT = Path(__file__).resolve().parent.parent / "catalog" / "parse" / "data" / "given_names.txt"
FIRST_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female",
                         "first_names_nonbinary", "first_romanized_names",
                         "first_romanized_names_male", "first_romanized_names_female")


# Words that some list holds as a name but that titles use far more often as words.
NOT_NAMES = frozenset("""
an in on of to the and or at by as is it no so man men press little river king queen young
red green black white brown love hope joy faith glory war peace city house home story sea
land sky star sun moon day night summer winter spring autumn
""".split())


# The small words of the languages reviews quote titles in: a table built from records of
# people holds some as names ("Eine", "Une", "Der"), which would open a German or French
# title as a person's name ("Doe, Jane (Hrsg.): Der stille Hafen. Eine Geschichte").
FUNCTION_WORDS = frozenset("""
der die das den dem des ein eine einer eines einem einen und oder aber mit von zu zum zur im am auf aus bei
nach über unter vor für durch gegen ohne um als wie wenn dass nicht auch noch nur sich ist sind war
le la les un une du de et ou mais avec sans pour par sur sous dans entre vers chez est sont qui que quoi
dont où au aux ce cette ces son sa ses leur leurs
el los las una unos unas pero con sin para por sobre hacia desde hasta es del al su sus lo
il gli uno ma senza su tra fra di da della dei degli delle alla nel nella che sono
os um uma mas com sem do dos das no na nos nas ao
het een en maar met zonder voor door op onder tussen naar te zijn
och eller men utan på mellan till från av är og uden mellem til fra af er
""".split())
# nomquamgender's name: [sources it was found in, times found, ...]; the least that counts.
MIN_SOURCES, MIN_COUNT = 6, 20
# A surname more frequent than this (percent of the 1990 census) is no first name to add.
MAX_SURNAME_PERCENT = 0.001


def census() -> set[str]:
    found = set()
    for file in ("dist.male.first", "dist.female.first"):
        found |= set(_census_file(file))
    return found


def _census_file(file: str) -> dict[str, float]:
    """Name -> percent of the population, from one of the census lists in `names`."""
    text = (Path(names.__file__).parent / file).read_text()
    return {line.split()[0].lower(): float(line.split()[1]) for line in text.splitlines() if line.strip()}


def nomquamgender_first_names(known: set[str]) -> set[str]:
    """The table's names seen often as first names, beyond `known`: no English word, no common
    US surname. Read from the package's data file (importing it would need pandas)."""
    spec = importlib.util.find_spec("nomquamgender")
    assert spec is not None and spec.submodule_search_locations, "pip install nomquamgender"
    table = json.loads((Path(spec.submodule_search_locations[0]) / "name_data.json").read_text())
    words = get_english_words_set(["web2"], lower=True, alpha=True)
    surnames = _census_file("dist.all.last")
    return {name for name, (sources, count, *_) in table.items()
            if sources >= MIN_SOURCES and count >= MIN_COUNT and len(name) > 2 and _latin(name)
            and name not in known and name not in words and name not in FUNCTION_WORDS
            and surnames.get(name, 0) <= MAX_SURNAME_PERCENT}


def faker_first_names() -> set[str]:
    found = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attribute in FIRST_NAME_ATTRIBUTES:
            values = vars(provider).get(attribute, ())
            if not isinstance(values, (dict, list, tuple)):
                continue   # a computed property, not a list
            values = values.keys() if isinstance(values, dict) else values
            for name in values:
                if _latin(name):
                    found.add(name.lower())
    return found


def _latin(name: str) -> bool:
    """One word of Latin letters (accents allowed), so non-Latin scripts stay out."""
    return name.isalpha() and len(name) > 1 and all(
        "LATIN" in unicodedata.name(c, "") for c in name)


def main() -> None:
    known = census() | faker_first_names()
    given = sorted((known | nomquamgender_first_names(known)) - NOT_NAMES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(given) + "\n", encoding="utf-8")
    print(f"{len(given)} given names -> {OUT}")


if __name__ == "__main__":
    main()
