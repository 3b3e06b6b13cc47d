"""The trailer forms the parser supports, as renderers of a known book.

Each form prints a book the way one family of outlets prints its notes. The property test
(`tests/parse/test_forms_property.py`) renders generated books in every form, plain and
PTB-tokenized, and checks that the parser gives every field back; the scenario fixtures
(`tests/fixtures/<form>/`) are one fixed book per form, as data.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

import isbnlib


@dataclass(frozen=True)
class Person:
    given: str
    family: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def inverted(self) -> str:
        return f"{self.family}, {self.given}"


@dataclass(frozen=True)
class GeneratedBook:
    title: str
    subtitle: str
    author: Person
    translator: Person
    publisher: str
    pages: int
    price: Decimal
    paper_price: Decimal
    isbn_core: str   # nine digits after 978-
    place: str = "New York"

    @property
    def isbn13(self) -> str:
        core = "978" + self.isbn_core
        return core + isbnlib.check_digit13(core)

    @property
    def isbn10(self) -> str:
        return isbnlib.to_isbn10(self.isbn13)


@dataclass(frozen=True)
class Form:
    """How one family of outlets prints a book, and which fields that form carries."""

    name: str
    render: Callable[[GeneratedBook], str]
    carries: frozenset[str] = field(default_factory=frozenset)
    currency: str = "USD"
    town: str | None = None   # a place the form prints whatever the book's ("New Delhi-110002")


def _caps(text: str) -> str:
    return text.upper()


def _hyphenated(isbn13: str) -> str:
    return f"{isbn13[:3]}-{isbn13[3]}-{isbn13[4:7]}-{isbn13[7:12]}-{isbn13[12]}"


def _hyphenated10(isbn10: str) -> str:
    return f"{isbn10[0]}-{isbn10[1:4]}-{isbn10[4:9]}-{isbn10[9]}"


def _spaced(isbn13: str) -> str:
    return f"{isbn13[:3]} {isbn13[3]} {isbn13[4:7]} {isbn13[7:12]} {isbn13[12]}"


def _money(amount: Decimal) -> str:
    return f"{amount}"


T, S, A, TR, P, PG, PR, PR2, I13, IL = ("title", "subtitle", "author", "translator", "publisher", "pages",
                                        "price", "paper", "isbn", "illustrated")
ED, ILL, PL = "editor", "illustrator", "place"   # the author edits; the translator illustrates
FORMS: tuple[Form, ...] = (
    Form("nyt-daily",
         lambda b: f"{_caps(b.title)}. By {b.author.name}. {b.pages} pages. {b.publisher}. ${_money(b.price)}.",
         frozenset({T, A, P, PG, PR})),
    Form("nyt-book-review",
         lambda b: f"{_caps(b.title)}: {b.subtitle}. By {b.author.name}. {b.pages} pp. {b.publisher}. "
                   f"${_money(b.price)}.",
         frozenset({T, S, A, P, PG, PR})),
    Form("publication-notes-label",
         lambda b: f"PUBLICATION NOTES: {_caps(b.title)} By {b.author.name} Illustrated. {b.pages} pages. "
                   f"{b.publisher}. ${_money(b.price)}",
         frozenset({T, A, P, PG, PR, IL})),
    Form("parenthesized-imprint",
         lambda b: f"{_caps(b.title)}, by {b.author.name}. ({b.publisher}, ${_money(b.price)}.)",
         frozenset({T, A, P, PR})),
    Form("semicolon-columns",
         lambda b: f"{_caps(b.title)}; {b.subtitle}; By {b.author.name}; {b.publisher}: {b.pages} pp., "
                   f"${_money(b.price)}",
         frozenset({T, S, A, P, PG, PR})),
    Form("header-block",
         lambda b: f"{b.title}\nBy {b.author.name}\n{b.publisher}, {b.pages} pages, ${_money(b.price)}",
         frozenset({T, A, P, PG, PR})),
    Form("magazine-parentheses",
         lambda b: f"{b.title} by {b.author.name} ({b.publisher}, {b.pages} pages, ${_money(b.price)})",
         frozenset({T, A, P, PG, PR})),
    Form("inverted-name-first",
         lambda b: f"{b.author.inverted}. {b.title}: {b.subtitle}. {b.publisher}, "
                   f"${_money(b.price)} ({_hyphenated10(b.isbn10)}).",
         frozenset({T, S, A, P, PR, I13})),
    Form("booklist-by",
         lambda b: f"{b.title}: {b.subtitle}. By {b.author.name}. {b.publisher}, ${_money(b.price)} ({b.isbn13}).",
         frozenset({T, S, A, P, PR, I13})),
    Form("trade-list",
         lambda b: f"{b.title}\n{b.author.name}. {b.publisher}, ${_money(b.price)} ({b.pages}p) "
                   f"ISBN {_hyphenated(b.isbn13)}",
         frozenset({T, A, P, PG, PR, I13})),
    Form("library-journal",
         lambda b: f"{b.author.inverted}. {b.title}. {b.publisher}. ISBN {b.isbn10}. ${_money(b.price)}.",
         frozenset({T, A, P, PR, I13})),
    Form("comma-only",
         lambda b: f"{_caps(b.title)}, by {b.author.name}, {b.publisher}, ${_money(b.price)}",
         frozenset({T, A, P, PR})),
    Form("list-entry",
         lambda b: f"{b.title}, {b.author.name}, {b.publisher}",
         frozenset({T, A, P})),
    Form("kirkus",
         lambda b: f"{b.author.inverted} {_caps(b.title)} {b.publisher} ({b.pages} pp.) "
                   f"${_money(b.price)} May 5 ISBN: {b.isbn13}",
         frozenset({T, A, P, PG, PR, I13})),
    Form("british-review",
         lambda b: f"{b.title} by {b.author.name}. {b.publisher}, {b.pages} pp., \u00a3{_money(b.price)}, May 2015, "
                   f"{_spaced(b.isbn13)}",
         frozenset({T, A, P, PG, PR, I13}), "GBP"),
    Form("translated",
         lambda b: f"{_caps(b.title)}. By {b.author.name}. Translated by {b.translator.name}. {b.pages} pp. "
                   f"{b.publisher}. ${_money(b.price)}.",
         frozenset({T, A, TR, P, PG, PR})),
    Form("is-published-by",
         lambda b: f"{b.title} by {b.author.name} is published by {b.publisher} (\u00a3{_money(b.price)}).",
         frozenset({T, A, P, PR}), "GBP"),
    Form("editor-illustrator-place",
         lambda b: f"{_caps(b.title)}. Edited by {b.author.name}. Illustrated by {b.translator.name}. "
                   f"{b.pages} pp. {b.place}: {b.publisher}. ${_money(b.price)}.",
         frozenset({T, ED, ILL, P, PL, PG, PR})),
    Form("academic-parenthesized",
         lambda b: f"{b.title}: {b.subtitle}. By {b.author.name}. ({b.place}: {b.publisher}, 2015. "
                   f"Pp. xii, {b.pages}. ${_money(b.price)}.)",
         frozenset({T, S, A, P, PL, PG, PR})),
    Form("academic-inverted",
         lambda b: f"{b.author.inverted}. {b.title}: {b.subtitle}. {b.place}: {b.publisher}, 2015. {b.pages} pp.",
         frozenset({T, S, A, P, PL, PG})),
    Form("british-parentheses",
         lambda b: f"{b.title} by {b.author.name} ({b.publisher}, \u00a3{_money(b.price)}, {b.pages}pp)",
         frozenset({T, A, P, PG, PR}), "GBP"),
    Form("possessive-author",
         lambda b: f"{b.author.name}\u2019s {b.title} ({b.publisher}, \u00a3{_money(b.price)})",
         frozenset({T, A, P, PR}), "GBP"),
    Form("title-then-name",
         lambda b: f"{b.title} {b.author.name} ({b.publisher}, ${_money(b.price)})",
         frozenset({T, A, P, PR})),
    Form("kirkus-lines",
         lambda b: f"{_caps(b.title)}\n{b.author.inverted}\n{b.publisher} ({b.pages} pp.)\n"
                   f"${_money(b.price)} | May 5, 2015\n{_hyphenated(b.isbn13)}",
         frozenset({T, A, P, PG, PR, I13})),
    Form("labelled-lines",
         lambda b: f"{b.title}\nBy: {b.author.name}.\nPublisher: {b.publisher}, {b.pages} pages, ${_money(b.price)}.",
         frozenset({T, A, P, PG, PR})),
    Form("catalog-record",
         lambda b: f"{b.title} / {b.author.name}. \u2014 {b.place} : {b.publisher}, 2015. \u2014 {b.pages} p. "
                   f"\u2014 ISBN {_hyphenated(b.isbn13)}",
         frozenset({T, A, P, PL, PG, I13})),
    Form("author-title-publisher-run",   # three lines, their breaks lost (British papers online)
         lambda b: f"{b.author.name} {b.title} {b.publisher}, \u00a3{_money(b.price)}",
         frozenset({T, A, P, PR}), "GBP"),
    Form("two-bindings",
         lambda b: f"{_caps(b.title)}. By {b.author.name}. {b.pages} pp. {b.publisher}. Cloth, ${_money(b.price)}; "
                   f"paper, ${_money(b.paper_price)}.",
         frozenset({T, A, P, PG, PR, PR2})),
    Form("dashes",   # Time: title, people and publisher parted by dashes
         lambda b: f"{_caps(b.title)} ({b.pages} pp.)\u2014{b.author.name}\u2014{b.publisher} (${_money(b.price)}).",
         frozenset({T, A, P, PG, PR})),
    Form("count-before-imprint",   # Isis: the count and the apparatus, then "Town: Publisher, Year"
         lambda b: f"{b.author.name}. {b.title}. xii + {b.pages} pp., bibl., index. {b.place}: {b.publisher}, "
                   f"2015. ${_money(b.price)}.",
         frozenset({T, A, P, PL, PG, PR})),
    Form("postal-address",   # Indian papers: the publisher's address, closed by the PIN code
         lambda b: f"{_caps(b.title)}: {b.author.name}; {b.publisher}, 4835/24, Ansari Road, Daryaganj, "
                   f"New Delhi-110002. Rs. {_money(b.price)}.",
         frozenset({T, A, P, PR}), "INR", "New Delhi"),
    Form("title-name-role",   # Los Angeles Times lists
         lambda b: f"{b.title}, {b.author.name}; translated by {b.translator.name} ({b.publisher}: "
                   f"${_money(b.price)})",
         frozenset({T, A, TR, P, PR})),
    Form("picture-book-lines",   # the readers' ages on the items' line
         lambda b: f"{b.title}\n{b.author.name}, illustrated by {b.translator.name}\n{b.publisher}, 2015\n"
                   f"Ages 4-8, {b.pages} pages, ${_money(b.price)}",
         frozenset({T, A, ILL, P, PG, PR})),
    Form("audio-library",   # Library Journal's audio reviews: the reader, the running time and the format
         lambda b: f"{b.author.inverted}. {b.title}. read by {b.translator.name}. 10 hrs. {b.publisher}. 2015. "
                   f"digital. ISBN {b.isbn13}. ${_money(b.price)}.",
         frozenset({T, A, P, PR, I13})),
    Form("editor-after-the-title",   # the names with their role after them, a sentence of their own
         lambda b: f"{b.title}. {b.author.name}, ed. {b.publisher}, 2015. {b.pages} pp. ${_money(b.price)}.",
         frozenset({T, ED, P, PG, PR})),
    Form("scandinavian-academic",   # "320 s." — the count of Scandinavian and Czech journals
         lambda b: f"{b.author.name}: {b.title}. {b.place}: {b.publisher}, 2015. {b.pages} s.",
         frozenset({T, A, P, PL, PG})),
    Form("counted-illustrations",   # the Journal of Ecclesiastical History
         lambda b: f"{b.title}. By {b.author.name}. Pp. xii + {b.pages} incl. 10 ills. {b.place}: {b.publisher}, "
                   f"2015. \u00a3{_money(b.price)}. {_spaced(b.isbn13)}",
         frozenset({T, A, P, PL, PG, PR, I13, IL}), "GBP"),
    Form("series-after-the-title",   # Goodreads and the blogs that copy it
         lambda b: f"{b.title} (Harbor Mysteries #3) by {b.author.name}. {b.publisher}, 2015. {b.pages} pages. "
                   f"${_money(b.price)}.",
         frozenset({T, A, P, PG, PR})),
)


def ptb(text: str) -> str:
    """A small Penn-Treebank tokenizer, enough to turn a form into its NLP-corpus shape."""
    def line(s: str) -> str:
        s = re.sub(r'^"', "`` ", s)
        s = re.sub(r'(?<=\s)"', "`` ", s)
        s = s.replace('"', " ''")
        s = re.sub(r"^'", "` ", s)
        s = re.sub(r"(\w)'(\s)", r"\1 '\2", s)
        s = re.sub(r"'s\b", " 's", s)
        s = s.replace("(", " -LRB- ").replace(")", " -RRB- ")
        s = re.sub(r"([$\u00a3])(\d)", r"\1 \2", s)
        s = re.sub(r"([,;:])(\s|$)", r" \1\2", s)
        s = re.sub(r"(?<![A-Z])(?<!\b[A-Z][a-z])\.(\s|$)", r" .\1", s)
        return " ".join(s.split())
    return "\n".join(line(part) for part in text.split("\n"))


def expected_fields(book: GeneratedBook, form: Form) -> dict:
    """What a cataloger records from this form: only the fields it prints."""
    c = form.carries
    prices = [{"amount": str(book.price), "currency": form.currency, "binding": "cloth" if PR2 in c else None}]
    if PR2 in c:
        prices.append({"amount": str(book.paper_price), "currency": form.currency, "binding": "paper"})
    return {
        "title": book.title,
        "subtitle": book.subtitle if S in c else None,
        "authors": [book.author.name] if ED not in c else [],
        "editors": [book.author.name] if ED in c else [],
        "translators": [book.translator.name] if TR in c else [],
        "illustrators": [book.translator.name] if ILL in c else [],
        "publisher": book.publisher,
        "place": form.town or (book.place if PL in c else None),
        "pages": book.pages if PG in c else None,
        "illustrated": IL in c,
        "prices": prices if PR in c else [],
        "isbns": [book.isbn13] if I13 in c else [],
    }


def recovered_fields(book: dict) -> dict:
    """The same fields from the hub JSON of a parsed book."""
    people = book["contributors"]
    def named(role: str) -> list[str]:
        return [" ".join(p for p in (c.get("given"), c.get("family")) if p) or c.get("literal") for c in people
                if c["role"] == role]
    return {
        "title": book["title"], "subtitle": book["subtitle"], "authors": named("author"), "editors": named("editor"),
        "translators": named("translator"), "illustrators": named("illustrator"), "publisher": book["publisher"],
        "place": book["place"], "pages": book["pages"],
        "illustrated": book["illustrated"],
        "prices": [{k: p[k] for k in ("amount", "currency", "binding")} for p in book["prices"]],
        "isbns": book["isbns"],
    }
