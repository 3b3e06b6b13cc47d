"""Two readers, one verdict: a book is sure only when the rules and the labeller agree.

The two read the notes in different ways (a grammar of cuts and markers; a CRF over token
features), so where they give the same value for every field the record is almost always
right, and where they differ a cataloger should look. A disagreement is a named reason,
never a silent pick: the fields in dispute are listed. The rules' values are kept, unless
the rules doubt the shape of their own reading (no author found, text left over): then the
labeller's title, subtitle, authors and publisher are kept, and a reason says so.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from catalog.keys import rekeyed
from catalog.model import Book, Role
from catalog.parse.confidence import NO_AUTHOR, NO_AUTHOR_BESIDE, NOT_UNDERSTOOD
from catalog.parse.cuts import is_known_house

# The fields both readers read; prices, pages and ISBNs come from the rules' item finders
# for both, so they cannot disagree.
COMPARED = ("title", "subtitle", "authors", "editors", "translators", "illustrators", "publisher")
_ROLES = {"authors": Role.AUTHOR, "editors": Role.EDITOR, "translators": Role.TRANSLATOR,
          "illustrators": Role.ILLUSTRATOR}
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "`": "'",
                       "\u2013": "-", "\u2014": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")

DISAGREE = "the readers disagree on: "
LABELLER_ONLY = "read by the learned reader alone: the rules found no notes here"
RULES_ONLY = "read by the rules alone: the learned reader found no book here"
LEARNED_KEPT = "the rules were unsure of their reading, so the learned reader's is kept for: "
LEARNED_UNSURE = "the learned reader was unsure of these, so they are left empty: "
DOUBTFUL_AGREEMENT = "the readers agree, but the learned reader doubted: "

# Measured by cross-validation (tools/cv.py) on the books where the rules raise one of these
# doubts and the readers differ: the labeller's title was right 3 times as often as the
# rules', and its subtitle, authors and publisher more often too; prices, pages and ISBNs
# come from the rules' item finders for both readers, other roles are the rules' better.
_SHAPE_DOUBTS = frozenset({NO_AUTHOR, NO_AUTHOR_BESIDE, NOT_UNDERSTOOD})
_LEARNED_FIELDS = ("title", "subtitle", "authors", "publisher")


def fold(text: str) -> str:
    """Case, quotes and dashes folded: how a printed word is compared with another."""
    return unicodedata.normalize("NFC", text).translate(_FOLD).casefold()


@lru_cache(maxsize=4096)   # settling a book folds each reader's values; half are the other's too
def _norm(text: str | None) -> str:
    """A value as the two readers may both print it: case, quotes, dashes and spacing folded,
    and the quotation marks around it dropped (one reader may keep "''Love Is Nothing''")."""
    return _SPACE.sub(" ", fold(text)).strip(" .,;:'\"") if text else ""


def field_values(book: Book) -> dict[str, str]:
    """The compared fields of a book, each as one folded string."""
    values = {"title": _norm(book.title), "subtitle": _norm(book.subtitle), "publisher": _norm(book.publisher)}
    for field, role in _ROLES.items():
        values[field] = " | ".join(_norm(person.display).replace(",", "") for person in book.people(role))
    return values


def disputed_fields(rules: Book, learned: Book) -> tuple[str, ...]:
    """The compared fields whose values differ, in COMPARED order. People the labeller found none
    of are no dispute: the rules read people after a role phrase, or by a name's shape, and a
    shape alone is a review reason of its own (on the audits, 24 such books of 24 were exact)."""
    a, b = field_values(rules), field_values(learned)
    return tuple(field for field in COMPARED
                 if a[field] != b[field] and not _house_the_list_vouches_for(field, rules, b)
                 and not (field in _ROLES and not b[field]))


def _house_the_list_vouches_for(field: str, rules: Book, learned: dict[str, str]) -> bool:
    """A publisher the labeller found none of, where the rules' is a house the publishers' list
    names whole ("Klincksieck", "Mohr Siebeck"): the list is the second witness, and the
    labeller's silence no evidence against it."""
    return field == "publisher" and not learned["publisher"] and rules.publisher is not None \
        and is_known_house(rules.publisher)


def agreement_reasons(rules: Book, learned: Book | None, doubted: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Why the rules' book needs review in the light of the labeller's reading of it. An
    agreement on a value the labeller doubted (labeller.AGREEMENT_DOUBT) is no evidence."""
    if learned is None:
        return (RULES_ONLY,)
    disputed = disputed_fields(rules, learned)
    if disputed:
        return (DISAGREE + ", ".join(disputed),)
    if not doubted:
        return ()
    values = field_values(learned)
    weak = tuple(field for field in COMPARED if field in doubted and values[field])
    return (DOUBTFUL_AGREEMENT + ", ".join(weak),) if weak else ()


def settle(rules: Book, learned: Book | None, doubted: frozenset[str] = frozenset()) -> Book:
    """The book to record from the two readings of one book, with the reasons to review it;
    `doubted`: the fields the labeller doubted."""
    reasons = agreement_reasons(rules, learned, doubted)
    if not reasons:
        return rules
    taken = _learned_fields(rules, learned) if learned is not None else ()
    book = _with_learned(rules, learned, taken) if learned is not None and taken else rules
    kept = (LEARNED_KEPT + ", ".join(taken),) if taken else ()
    return replace(book, review_reasons=rules.review_reasons + reasons + kept)


def _learned_fields(rules: Book, learned: Book) -> tuple[str, ...]:
    """The disputed fields the labeller's values are kept for: none unless the rules doubt
    their reading's shape, and never an empty value for a printed one but a subtitle."""
    if _SHAPE_DOUBTS.isdisjoint(rules.review_reasons):
        return ()
    values = field_values(learned)
    return tuple(f for f in disputed_fields(rules, learned)
                 if f in _LEARNED_FIELDS and (values[f] or f == "subtitle"))


def _with_learned(rules: Book, learned: Book, fields: tuple[str, ...]) -> Book:
    """The rules' book with the labeller's values of these fields, keyed anew. A title goes
    with its subtitle: the two readers may cut one title in different places."""
    changes: dict[str, object] = {}
    if {"title", "subtitle"} & set(fields):
        changes.update(title=learned.title, subtitle=learned.subtitle)
    if "publisher" in fields:
        changes["publisher"] = learned.publisher
    if "authors" in fields:
        changes["contributors"] = learned.people(Role.AUTHOR) + tuple(
            p for p in rules.contributors if p.role != Role.AUTHOR)
    return rekeyed(replace(rules, **changes))   # type: ignore[arg-type]


# What a book the labeller alone read leaves empty when the model is unsure of it
# (labeller.SURE_ENOUGH): a wrong value is worse than none. The title stays: a record needs one.
_EMPTIED = ("subtitle", "publisher", "place", "authors", "editors", "translators", "illustrators")
_PLAIN_FIELDS = ("subtitle", "publisher", "place")


def without_unsure(book: Book, unsure: frozenset[str]) -> Book:
    """A book the labeller alone read, with the fields it was unsure of left empty, named in
    a reason, and keyed anew."""
    fields = tuple(f for f in _EMPTIED if f in unsure and (book.people(_ROLES[f]) if f in _ROLES else getattr(book, f)))
    if not fields:
        return book
    dropped = {_ROLES[f] for f in fields if f in _ROLES}
    people = tuple(p for p in book.contributors if p.role not in dropped)
    gone = {f for f in fields if f in _PLAIN_FIELDS} | (set() if people else {"contributors"})
    book = replace(book, **{f: None for f in fields if f in _PLAIN_FIELDS}, contributors=people,   # type: ignore[arg-type]
                   provenance=tuple((f, source) for f, source in book.provenance if f not in gone),
                   review_reasons=book.review_reasons + (LEARNED_UNSURE + ", ".join(fields),))
    return rekeyed(book)
