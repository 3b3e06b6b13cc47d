"""The learned reader: a CRF labels each token of the notes, and the labelled runs become
the same printed fields the rules give (a ParsedTrailer), normalized by the same code.

It is the rules' sibling, not their replacement: prices, page counts and ISBNs still come
from the rules' item finders, where a marker decides; the labeller reads what the rules
guess at (where the title ends, who is a person, which words are the publisher). The model
is trained by `tools/train.py` (`make train`) and loaded on first use.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

from catalog.model import Book, Role
from catalog.parse.features import FEATURE_SET, observe
from catalog.parse.head import role_printed_after
from catalog.parse.imprint import find_items
from catalog.parse.labelled import label_of
from catalog.parse.names import is_person
from catalog.parse.tables import BINDING_WORDS, CURRENCY_SIGNS, EDITION_FORMATS, STARS, find_role
from catalog.parse.tokens import Token, tokenize
from catalog.parse.trailer import ParsedTrailer, bare_marks, offers_of, split_books, without_list_numbers
from catalog.text.kickers import without_kicker
from catalog.text.locate import Located, is_prose, locate_notes, said_in_a_sentence

MODEL = "data/notes.crfsuite"
MANIFEST = "data/notes.manifest.json"
# The fields a token can belong to; "other" is everything else (role words, punctuation).
LABELS = ("title", "subtitle", "author", "editor", "translator", "illustrator", "publisher", "place",
          "pages", "price", "isbn", "other")
PEOPLE = {"author": Role.AUTHOR, "editor": Role.EDITOR, "translator": Role.TRANSLATOR,
          "illustrator": Role.ILLUSTRATOR}
# What no value starts with (a starred review's "*" or "\u2605" before the title), and what none ends with.
_TRIM = " ,.;:*" + STARS + "([{\"'\u201c\u201d\u2018\u2019"
_TRIM_END = " ,;:([{\"\u201c\u201d\u2018"


_BLANK_LINE = re.compile(r"\n\s*\n")
# Notes the rules could not find are looked for only in short blocks: a trailer printed
# alone, or one paragraph of a list. A review's prose paragraphs are longer.
MAX_BLOCK = 600
MAX_BLOCKS = 12


def book_texts(located: Located) -> list[str]:
    """The located notes, one text per book, as both readers read them."""
    return without_list_numbers([book for trailer in located.trailers for book in split_books(trailer)])


def notes_units(text: str, located: Located | None = None, books: list[str] | None = None) -> list[str]:
    """What the labeller reads, one text per book: a short text whole (a trailer printed
    alone, whatever its lines), unless the rules found notes beside prose (a short review)
    or several books there, each with its price, pages or ISBN; else the rules' located notes
    split into books (`books`, when the caller has split them); else the text's short blocks
    between blank lines. A section's name or reviewer's line that the rules left out above
    the notes is left out here too."""
    located = located or locate_notes(text)
    books = book_texts(located) if books is None else books
    whole = len(text) <= MAX_BLOCK and not (books and is_prose(located.body))
    if whole and not (len(books) > 1 and all(find_items(book).spans for book in books)):
        unit = without_kicker(text, located.trailers)
        if "eview" in unit or "EVIEW" in unit:
            unit = _REVIEWER_LINE.sub("", unit).strip()
        return [unit] if unit else []
    if books:
        return books
    blocks = (b.strip() for b in _BLANK_LINE.split(text)[:MAX_BLOCKS])
    return [b for b in blocks if b and len(b) <= MAX_BLOCK]


# "Reviewed by Mary Smith" on a line of its own, above or below the notes: the review's author,
# never the book's; the rules read the line as the reviewer's, and the labeller does not see it.
_REVIEWER_LINE = re.compile(r"^[ \t]*(?:[Rr]eviewed [Bb]y|REVIEWED BY|Review by|REVIEW BY|Reviewer:|REVIEWER:)"
                            r"[ \t]+[^\n]{2,80}$\n?", re.M)


# Where a long text may hold notes the rules missed: a price, an ISBN or a page count.
_ITEM_HINT = re.compile(rf"[{CURRENCY_SIGNS}]|ISBN|\d\s?(?:pp\b|pages\b|p\.)")


def may_hold_notes(text: str) -> bool:
    """Whether the labeller should look for notes the rules did not find: in a text that
    prints an item of an imprint, or in a short one that is not running prose (a trailer
    printed alone). An article of a newspaper corpus is skipped here, at the cost of one search."""
    return bool(_ITEM_HINT.search(text)) or len(text) <= MAX_BLOCK and not is_prose(text)


# Notes are fields almost word for word; prose the labeller reads leaves most words 'other'.
MIN_COVERED = 0.6


# A byline's verb before "by" ("Reported by", "Posted by"): a role of the news, not a book's.
_BYLINE_VERB = re.compile(r"\w+ed\s*$", re.IGNORECASE)


def _names_its_person(unit: str, title: str) -> bool:
    """A header whose person is named by a role phrase after its title: "Arc of Justice, by
    Kevin Boyle", "Octavia's Brood ... Edited by X"; not a byline ("Reported by X")."""
    role = find_role(unit)
    if role is None:
        return False
    before = unit[:role.start()]
    return bool(title) and title.split()[0] in before and not _BYLINE_VERB.search(before)


def is_notes_reading(book: Book, reading: Reading, unit: str, alone: bool = False) -> bool:
    """A labeller's book from text the rules found no notes in is kept only when it reads
    like notes: a title, a person or a publisher, and an imprint (a publisher or an item),
    with most of the unit's words given to a field, from a unit that is not running prose
    unless it prints an item. A header printed alone (`alone`: the unit is the whole short
    text) needs no imprint when a role phrase names its person: "Arc of Justice, by Kevin Boyle"."""
    has_item = bool(book.offers or book.pages or book.invalid_isbns)
    header = alone and bool(book.contributors) and _names_its_person(unit, book.title)
    titled = bool(book.title) and label_of(f"{book.title}: -") is None   # a sheet's "Pub Date:" is no title
    return bool(titled and (book.contributors or book.publisher) and (book.publisher or has_item or header)
                and reading.covered >= MIN_COVERED and (has_item or not is_prose(unit))
                and not (has_item and said_in_a_sentence(unit)))


class ModelError(RuntimeError):
    """The model file is missing or was trained with another feature set: a bug in catalog."""


@lru_cache(maxsize=1)
def _model() -> tuple[Any, bytes]:
    """The CRF and the bytes it reads in place (they must outlive it), opened once:
    pycrfsuite is imported here, so a skipped article never pays for it."""
    import pycrfsuite
    manifest = json.loads(files("catalog.parse").joinpath(MANIFEST).read_text(encoding="utf-8"))
    if manifest.get("feature_set") != FEATURE_SET:
        raise ModelError(f"the notes model was trained with features {manifest.get('feature_set')!r}, "
                         f"not {FEATURE_SET!r}: run `make train` (bug in catalog, please report)")
    tagger = pycrfsuite.Tagger()
    model = files("catalog.parse").joinpath(MODEL).read_bytes()
    tagger.open_inmemory(model)
    return tagger, model


def _tagger() -> Any:
    return _model()[0]


def label_tokens(text: str) -> tuple[list[Token], list[str]]:
    """The notes' tokens and the label of each."""
    tokens, labels, _ = _labelled(text)
    return tokens, labels


def _labelled(text: str) -> tuple[list[Token], list[str], list[float]]:
    """The tokens, their labels, and how sure the model is of each label (its marginal)."""
    tokens = tokenize(text)
    if not tokens:
        return tokens, [], []
    tagger = _tagger()
    labels = list(tagger.tag(observe(text, tokens)))
    sure = [tagger.marginal(label, i) for i, label in enumerate(labels)]
    return tokens, _items_kept_apart(text, tokens, labels), sure


_ITEM_LABELS = frozenset({"pages", "price", "isbn", "other"})
_PRICE_MARKERS = frozenset({"RRP", "rrp", "Rrp"})


def _items_kept_apart(text: str, tokens: list[Token], labels: list[str]) -> list[str]:
    """No word of a price, page count or ISBN the item finders found, nor the "RRP" before a
    price, is a title's, a name's or a publisher's: the item finders decide by their markers
    ("Canongate 592pp £18.99"), and the labeller's run ends where an item starts."""
    spans = find_items(text).spans   # memoized: parsed_from_labels asks for the same text's items
    if not spans:
        return labels
    kept = list(labels)
    k = 0
    for i, token in enumerate(tokens):
        while k < len(spans) and spans[k].end <= token.start:
            k += 1
        if k == len(spans):
            break
        inside = spans[k].start <= token.start
        marker = token.text in _PRICE_MARKERS and spans[k].start - token.end <= 1   # "Viking RRP£20"
        if (inside or marker) and kept[i] not in _ITEM_LABELS:
            kept[i] = "other"
    return kept


@dataclass(frozen=True)
class FieldSpan:
    """A labelled run of tokens: its label, its first and last token, and where it stands."""

    label: str
    first: int
    last: int
    start: int
    end: int


# Fields printed on one line: a title may wrap ("FOLLOW ME / TO GROUND"), a name or an
# imprint does not, so a line break ends their run ("Illustrator: Patrice Barton / Macmillan").
_ONE_LINE = frozenset({"author", "editor", "translator", "illustrator", "publisher", "place"})


def field_spans(tokens: list[Token], labels: list[str], text: str = "") -> list[FieldSpan]:
    """Runs of tokens with one label (other than 'other'), in order; a run takes the
    possessive or the abbreviation's stop that follows it unspaced ("St. Martin's", "G."), a
    title its question or exclamation mark ("What Is Literature?"), and a name's or an
    imprint's run ends at a line break of `text`."""
    runs: list[list] = []   # [label, first, last, start, end], grown a token at a time; a FieldSpan each at the end
    for i, (token, label) in enumerate(zip(tokens, labels, strict=True)):
        if label == "other":
            if runs and runs[-1][2] == i - 1 and token.start == runs[-1][4] and (
                    _belongs(tokens[i - 1], token) or token.text in ("?", "!") and runs[-1][0] in _TITLES):
                runs[-1][2], runs[-1][4] = i, token.end   # the run takes the mark: new last token, new end
            continue
        if runs and runs[-1][0] == label and runs[-1][2] == i - 1 and not (
                label in _ONE_LINE and "\n" in text[runs[-1][4]:token.start]):
            runs[-1][2], runs[-1][4] = i, token.end
        else:
            runs.append([label, i, i, token.start, token.end])
    return [FieldSpan(*run) for run in runs]


# A title's own question or exclamation mark, printed against its last word ("What Is Literature?").
_TITLES = frozenset({"title", "subtitle"})


def _belongs(word: Token, mark: Token) -> bool:
    """A possessive, or the stop of an initial or an abbreviation, printed against the word."""
    if mark.text in ("'s", "\u2019s"):
        return True
    return mark.text == "." and (len(word.text) == 1 and word.text.isupper() or word.text.lower() in _ABBREVIATED)


_ABBREVIATED = frozenset({"st", "jr", "sr", "inc", "co", "ltd", "bros", "dr", "mt", "ft", "corp"})


# Name parts that run into the next capital without a space ("McKinney", "DeLillo").
_JOINED_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "O"})


def _value(text: str, tokens: list[Token], span: FieldSpan, person: bool = False) -> str:
    """The run's text as printed, without the punctuation around it. In a person's name, words
    run together in print ("PeterJones") are parted again."""
    parts = [text[span.start:span.end]]
    if person:
        parts = []
        for i in range(span.first, span.last + 1):
            token = tokens[i]
            if i > span.first:
                gap = text[tokens[i - 1].end:token.start]
                joined = not gap and token.text[:1].isupper() and tokens[i - 1].text[-1:].islower()
                parts.append(" " if joined and tokens[i - 1].text not in _JOINED_PREFIXES else gap)
            parts.append(token.text)
    value = " ".join("".join(parts).split()).strip(_TRIM_END).lstrip(_TRIM)
    if value.count("(") > value.count(")"):
        if text[span.end:span.end + 1] == ")":
            value += ")"
        elif (opened := value.rfind("(")) > 0:   # "Reason in Law (7th": the bracket holds another field
            value = value[:opened].rstrip(_TRIM_END)
    if value.endswith(".") and not re.search(r"(?:\b[A-Z]|\b(?:St|Jr|Sr|Co|Inc|Ltd|Bros))\.$", value):
        value = value[:-1]
    return _CONNECTOR_END.sub("", value).rstrip(_TRIM_END)


# Words that join a field to the next and end no title, name or publisher: "The Quiet Harbor
# is published by Faber at £16.99" — a run the model stretched over them loses them.
_CONNECTOR_END = re.compile(r"(?:,?\s+(?:(?:is|are|was|were|has been) (?:published|reissued)|published|by|at))+$")


# "from Harbor House, 202 pages", "published by Harbor House": the words that announce a
# publisher are no part of its name. A run that is only a binding or a role ("Paper.",
# "(Editor)") names no publisher at all.
_PUBLISHER_LEAD = re.compile(r"^(?:(?:is |was )?published by|from)\s+(?=[A-Z0-9])")
_NO_PUBLISHER = re.compile(rf"\(?(?i:(?:{BINDING_WORDS}|{EDITION_FORMATS})\.?|editors?|eds?\.?|illustrator|translator)"
                           r"\)?\.?")


def _publisher_value(value: str) -> str:
    if _NO_PUBLISHER.fullmatch(value):
        return ""
    return _PUBLISHER_LEAD.sub("", value)


# Where one run of a person's label holds several people: "X and Y", "X & Y", "X; Y".
_PEOPLE_JOIN = re.compile(r",?\s+(?:and|&|AND)\s+|;\s+")   # "JANE DOE AND JOHN ROE" too
_POSSESSIVE = re.compile(r"['\u2019]s$")


def people_in(run: str) -> list[str]:
    """The names in one labelled run, as the rules print them apart: split at "and", "&" and
    ";", and at commas only between whole names ("Robert S. Olpin, Ann W. Orton"), never in
    an inverted one ("Patka, Marcus G."); a possessive is the notes' grammar, not the name
    ("Robert A. Caro's The Path to Power")."""
    names: list[str] = []
    for part in _PEOPLE_JOIN.split(run):
        pieces = part.split(", ")
        names += pieces if len(pieces) > 1 and all(is_person(p) for p in pieces) else [part]
    return [name for name in (_POSSESSIVE.sub("", n).strip(" ,") for n in names) if name]


# Below this mean marginal over its words, a field of the labeller's reading is as often
# wrong as right: in a 10-fold outlet cross-validation over the dev set (the held-apart
# outlets left out of the count), its subtitles, publishers and names below it were right
# 45 % of the time, at or above it 89 %. A book the labeller alone reads leaves them empty.
SURE_ENOUGH = 0.95
# Below this, the labeller's value is more likely wrong than right: its agreement with the
# rules is no evidence. In the leave-one-outlet-out cross-validation, a gate here took 2 of
# 284 `high` books (both exact) to review; on the held-apart outlets, read by a model trained
# without them, it took the one `high` book of 18 whose title and names both readers got wrong.
AGREEMENT_DOUBT = 0.5


@dataclass(frozen=True)
class Reading:
    """The labeller's reading of one unit: the printed fields, how much of the unit's words
    it gave to a field, the fields it was unsure of (see SURE_ENOUGH), and those it doubted
    (see AGREEMENT_DOUBT)."""

    parsed: ParsedTrailer
    covered: float
    unsure: frozenset[str] = frozenset()
    doubtful: frozenset[str] = frozenset()   # below AGREEMENT_DOUBT


def read_notes(text: str) -> Reading:
    """The labeller's reading of one book's notes, with the rules' typed items."""
    tokens, labels, sure = _labelled(text)
    words = [label for token, label in zip(tokens, labels, strict=True) if token.text[0].isalnum()]
    covered = sum(label != "other" for label in words) / len(words) if words else 0.0
    parsed, sureness = _read_labels(text, tokens, labels, sure)
    return Reading(parsed, covered, frozenset(field for field, score in sureness.items() if score < SURE_ENOUGH),
                   frozenset(field for field, score in sureness.items() if score < AGREEMENT_DOUBT))


def parsed_from_labels(text: str, tokens: list[Token], labels: list[str],
                       sure: list[float] | None = None) -> ParsedTrailer:
    """Labelled tokens -> the printed fields: of several title, subtitle, publisher or place
    runs, the one the model is surest of (the first on a tie, or without `sure`); every run
    of a person's label is one name."""
    return _read_labels(text, tokens, labels, sure)[0]


def _read_labels(text: str, tokens: list[Token], labels: list[str],
                 sure: list[float] | None) -> tuple[ParsedTrailer, dict[str, float]]:
    """parsed_from_labels, and how sure the model is of each field it fills: the mean
    marginal of the run kept, for people the least sure of their runs ("authors")."""
    first: dict[str, str] = {}
    best: dict[str, float] = {}
    people: list[tuple[Role, str]] = []
    for span in field_spans(tokens, labels, text):
        value = _value(text, tokens, span, span.label in PEOPLE)
        if not value:
            continue
        score = sum(sure[span.first:span.last + 1]) / (span.last - span.first + 1) if sure else 0.0
        if span.label in PEOPLE:
            role = role_printed_after(text[span.end:]) if span.label == "author" else None
            people += [(role or PEOPLE[span.label], name) for name in people_in(value)]
            field = f"{(role or PEOPLE[span.label]).value}s"
            best[field] = min(score, best.get(field, 1.0))
            continue
        if span.label == "publisher" and not (value := _publisher_value(value)):
            continue
        if span.label not in first or score > best[span.label]:
            first[span.label], best[span.label] = value, score
    found = find_items(text)
    offers, invalid = offers_of(found)
    return ParsedTrailer(
        title=first.get("title", ""),
        subtitle=first.get("subtitle"),
        contributors=tuple(people),
        publisher=first.get("publisher"),
        place=first.get("place"),
        pages=found.pages[0][1] if found.pages else None,
        illustrated=bool(found.illustrated),
        offers=offers,
        edition=None,
        series=None,
        original_language=None,
        invalid_isbns=invalid,
        unparsed=(),
        split_by="labeller",
        **bare_marks(found),   # the outlet's dollar, the country's rupee, as the rules'
    ), best
