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
from catalog.parse.confidence import NAME_SHAPE, NO_AUTHOR, NO_AUTHOR_BESIDE, NOT_UNDERSTOOD
from catalog.parse.cuts import is_vouched_house
from catalog.parse.imprint import RUN_TOGETHER
from catalog.parse.names import is_given_name
from catalog.parse.tables import is_place

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
# A word run into the "by" before the name ("The American Fight Over the English Languageby
# Peter Martin"): a scan's join that hid the marker, so both readers split where a name begins.
_RUN_INTO_BY = re.compile(r"[a-z]by\b")


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
                 and not (field == "publisher" and _same_house_cut_otherwise(rules, a[field], b[field]))
                 and not (field == "subtitle" and _subtitle_after_the_same_titles_colon(rules, a, b))
                 and not (field in _ROLES and not b[field]))


def _house_the_list_vouches_for(field: str, rules: Book, learned: dict[str, str]) -> bool:
    """A publisher the labeller found none of, where the rules' is a house the publishers' list
    names whole ("Klincksieck", "Mohr Siebeck", "Polity Press") or a university's press: the
    list, or the name's shape, is the second witness, and the labeller's silence no evidence
    against it."""
    return field == "publisher" and not learned["publisher"] and rules.publisher is not None \
        and is_vouched_house(rules.publisher)


def _subtitle_after_the_same_titles_colon(rules: Book, ours: dict[str, str], theirs: dict[str, str]) -> bool:
    """A subtitle the labeller read none of, where it cut the same title and the notes print the
    rules' subtitle after that title's colon ("The Quiet Harbor: A History of the Coast"): the
    colon is the witness, and the labeller's silence no evidence against it. Not where the rules
    doubt their reading's shape: there the labeller's reading is kept (_learned_fields), and on
    the held-apart outlets its empty subtitle was the better one."""
    if theirs["subtitle"] or not ours["subtitle"] or ours["title"] != theirs["title"] \
            or not _SHAPE_DOUBTS.isdisjoint(rules.review_reasons):
        return False
    return f"{ours['title']}: {ours['subtitle']}" in _norm(rules.printed_notes)


_CLOSING_HOUSE_WORDS = (" books", " press", " publishers", " publishing")


def _same_house_cut_otherwise(rules: Book, ours: str, theirs: str) -> bool:
    """Both readers read the same house, the labeller's cut at another word: its town after it,
    a town the towns' table knows ("Fifth House Publishers, Calgary"); the house's own closing
    word left off ("Little Lamb" for "Little Lamb Books"); or a word of a name the publishers'
    list holds whole left off ("Elder & Co" for "Smith, Elder & Co."). The table, the word or the
    list is the witness of the rules' cut."""
    if not ours or not theirs:
        return False
    head, _, town = theirs.rpartition(", ")
    if head == ours and rules.place and fold(rules.place) == town and is_place(rules.place):
        return True
    if any(ours == theirs + word for word in _CLOSING_HOUSE_WORDS):
        return True
    cut = ours.startswith(theirs + " ") or ours.endswith(" " + theirs)
    return cut and rules.publisher is not None and is_vouched_house(rules.publisher)


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
        return _witnessed(rules, learned) if learned is not None else rules
    taken = _learned_fields(rules, learned) if learned is not None else ()
    book = _with_learned(rules, learned, taken) if learned is not None and taken else rules
    kept = (LEARNED_KEPT + ", ".join(taken),) if taken else ()
    return replace(book, review_reasons=rules.review_reasons + reasons + kept)


def _witnessed(rules: Book, learned: Book) -> Book:
    """The rules' book, without the doubt of a title and a name told apart by the name's shape
    alone where the labeller read the same title and the same people (each role the rules
    name, named alike): the second reader is the witness the split lacked. On the dev set and
    two audits, 57 such books of 57 split right (tools/cv.py for the held-apart outlets).
    So with a title and a publisher told apart by the publisher's name alone, where the labeller
    read the same house, printed (on the dev set and an audit, 13 such books of 13 were exact)."""
    witnessed = set()
    if NAME_SHAPE in rules.review_reasons and not _both_misled(rules, learned):
        witnessed.add(NAME_SHAPE)
    if RUN_TOGETHER in rules.review_reasons and field_values(learned)["publisher"]:
        witnessed.add(RUN_TOGETHER)
    if not witnessed:
        return rules
    return replace(rules, review_reasons=tuple(r for r in rules.review_reasons if r not in witnessed))


def _both_misled(rules: Book, learned: Book) -> bool:
    """Where the labeller's agreement is no witness: it found none of the people the rules
    name, a word ran into the "by" that would have parted them, or a name leads the notes
    before a colon ("Thomas Jefferson: The Art of Power (Random House, $35)"), the shape of a
    life's title that both readers take for an author before a title."""
    ours, theirs = field_values(rules), field_values(learned)
    return any(ours[field] and not theirs[field] for field in _ROLES) \
        or any(_RUN_INTO_BY.search(text or "") for text in (rules.title, rules.subtitle)) \
        or any(re.search(rf"\b{re.escape(person.family)}\s*:", rules.printed_notes, re.IGNORECASE)
               for person in rules.contributors if person.family) \
        or _cut_inside_a_name(rules)


def _cut_inside_a_name(rules: Book) -> bool:
    """The title ends on a given name that the first person's name follows in the notes: "The
    Adventures of Arthur Conan Doyle. Russell Millar HARVILL SECKER" read as "The Adventures of
    Arthur" by "Conan Doyle" — the split went through the subject's name, and both readers can
    make it (the one wrong `high` book of the cross-validation at 6a345a4)."""
    last = (rules.title or "").rsplit(" ", 1)[-1]
    people = [p.display for p in rules.contributors]
    return bool(people) and is_given_name(last) and f"{last} {people[0]}".lower() in rules.printed_notes.lower()


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
