"""Rebuild catalog/parse/data/given_names.txt from permissively licensed name lists.

Why: telling where a title ends and an author's name begins ("Homesick Guy Vanderhaeghe")
needs to know given names. Sources, both installed only to run this script:
- the 1990 US Census first-name lists (public domain), as shipped in the `names`
  package (MIT);
- Faker's person providers (MIT): first names of its Latin-script locales, and the
  romanized first names of its Japanese and Chinese locales.
Run: python tools/build_given_names.py  (after `pip install names faker`).
"""
from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from pathlib import Path

import faker.providers.person as person
import names

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


def census() -> set[str]:
    folder = Path(names.__file__).parent
    found = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text().splitlines():
            if line.strip():
                found.add(line.split()[0].lower())
    return found


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
    given = sorted((census() | faker_first_names()) - NOT_NAMES)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(given) + "\n", encoding="utf-8")
    print(f"{len(given)} given names -> {OUT}")


if __name__ == "__main__":
    main()
