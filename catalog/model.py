"""The hub: every reader produces these records, every writer consumes only these.

Records are frozen and hold plain values (no format syntax, no braces, no XML), so a
writer can never be surprised by what another writer needed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import Enum
from functools import cached_property


class Source(str, Enum):
    """Where a value came from, so every field can be explained and marked."""

    TRAILER = "trailer"      # printed in the publication notes
    BODY = "body"            # read from the review text (e.g. title casing)
    METADATA = "metadata"    # given by the user or the input's metadata
    INFERRED = "inferred"    # derived, not printed (e.g. the year from the review date)
    CATALOGER = "cataloger"  # corrected or accepted by a person at the review desk


class Role(str, Enum):
    """Contributor roles a trailer prints; the MARC relator codes live in the writers."""

    AUTHOR = "author"
    EDITOR = "editor"
    TRANSLATOR = "translator"
    ILLUSTRATOR = "illustrator"
    PHOTOGRAPHER = "photographer"
    INTRODUCTION = "introduction"
    FOREWORD = "foreword"
    AFTERWORD = "afterword"
    COMPILER = "compiler"
    NARRATOR = "narrator"   # "read by", "narrated by": an audiobook's reader
    CONTRIBUTOR = "contributor"   # "with essays by"
    REVIEWER = "reviewer"


@dataclass(frozen=True)
class Contributor:
    """A person (given/family/...) or a corporate body (literal)."""

    role: Role
    given: str | None = None
    family: str | None = None
    particle: str | None = None
    suffix: str | None = None
    literal: str | None = None

    @property
    def display(self) -> str:
        """The name in reading order, as a person would write it."""
        if self.literal:
            return self.literal
        parts = (self.given, self.particle, self.family)
        name = " ".join(p for p in parts if p)
        return f"{name}, {self.suffix}" if self.suffix else name


@dataclass(frozen=True)
class Price:
    amount: Decimal
    currency: str  # ISO 4217
    printed: str | None = None   # kept when the amount is a conversion: "12s. 6d." is GBP 0.625


@dataclass(frozen=True)
class Offer:
    """One way the book is sold: a binding with its price and ISBN, as trailers pair them."""

    binding: str | None = None   # "cloth" | "paper" | None when not printed
    price: Price | None = None
    isbn13: str | None = None
    isbn_printed: str | None = None   # its digits as printed, ten or thirteen ("1338761099")


@dataclass(frozen=True)
class PricedOffer:
    """An offer known to carry a price: what writers of prices read."""

    binding: str | None
    price: Price
    isbn13: str | None = None


@dataclass(frozen=True)
class Book:
    """The reviewed book, as a cataloger would record it."""

    key: str
    title: str
    subtitle: str | None = None
    contributors: tuple[Contributor, ...] = ()
    publisher: str | None = None
    place: str | None = None
    year: int | None = None
    pages: int | None = None
    illustrated: bool = False
    offers: tuple[Offer, ...] = ()
    invalid_isbns: tuple[str, ...] = ()    # printed, failing their check digit: MARC 020 $z
    series: str | None = None
    edition: str | None = None
    original_language: str | None = None   # "French" in "translated from the French"
    notes: tuple[str, ...] = ()             # trailer text the parser did not understand
    provenance: tuple[tuple[str, Source], ...] = ()
    review_reasons: tuple[str, ...] = ()    # why a cataloger should check this record; none: high
    printed_notes: str = ""                 # the notes this book was read from, as the readers saw them
    spans: tuple[tuple[str, int, int], ...] = ()   # (field, start, end) of each value in printed_notes
    verified: bool = False                  # a cataloger checked it (catalog review, --corrections)

    @property
    def confidence(self) -> str:
        """'verified' once a cataloger checked it; 'high' when nothing in the parse asks for
        a second look, else 'review'."""
        if self.verified:
            return "verified"
        return "review" if self.review_reasons else "high"

    @cached_property
    def prices(self) -> tuple[PricedOffer, ...]:
        """The offers that carry a price (the JSON contract's `prices`); worked out once,
        as every writer asks."""
        return tuple(PricedOffer(o.binding, o.price, o.isbn13) for o in self.offers if o.price is not None)

    @cached_property
    def isbns(self) -> tuple[str, ...]:
        """Every valid ISBN as ISBN-13, in trailer order, once for each form printed: an ISBN
        printed both as ISBN-10 and as ISBN-13 ("ISBN: 1338761099" / "ISBN-13: 9781338761092",
        as Amazon's and Goodreads' details print it) is listed twice, as a catalog records both."""
        forms = dict.fromkeys((o.isbn13, len(o.isbn_printed or o.isbn13)) for o in self.offers if o.isbn13)
        return tuple(isbn for isbn, _ in forms)

    @cached_property
    def distinct_isbns(self) -> tuple[str, ...]:
        """Every valid ISBN-13, in trailer order, without repeats: what the formats write."""
        return tuple(dict.fromkeys(self.isbns))

    def source_of(self, name: str) -> Source | None:
        return dict(self.provenance).get(name)

    def people(self, role: Role) -> tuple[Contributor, ...]:
        return self._by_role.get(role, ())

    @cached_property
    def _by_role(self) -> dict[Role, tuple[Contributor, ...]]:
        """Contributors by role, worked out once: every writer asks, several times a record."""
        roles: dict[Role, list[Contributor]] = {}
        for person in self.contributors:
            roles.setdefault(person.role, []).append(person)
        return {role: tuple(people) for role, people in roles.items()}

    @property
    def year_inferred(self) -> bool:
        return self.year is not None and self.source_of("year") == Source.INFERRED


@dataclass(frozen=True)
class Review:
    """The review itself: a secondary work that reviews one or more books."""

    key: str
    reviews: tuple[str, ...]                 # keys of the books it reviews, in order
    reviewers: tuple[Contributor, ...] = ()
    outlet: str | None = None
    date: str | None = None                  # ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD
    headline: str | None = None
    url: str | None = None
    section: str | None = None


@dataclass(frozen=True)
class ReviewMetadata:
    """What the user or the input says about the review, before parsing."""

    reviewers: tuple[str, ...] = ()
    outlet: str | None = None
    date: str | None = None
    headline: str | None = None
    url: str | None = None
    section: str | None = None
    currency: str | None = None   # the dollar a bare "$" stands for (CAD, AUD, NZD, USD); else by the outlet

    def merged(self, other: ReviewMetadata) -> ReviewMetadata:
        """Values of `other` win where they are given (command-line options over input)."""
        return replace(self, **{k: v for k, v in vars(other).items() if v})


@dataclass(frozen=True)
class Document:
    """One input document: its id, its text and what is known about the review."""

    id: str
    text: str
    metadata: ReviewMetadata = field(default_factory=ReviewMetadata)
    warnings: tuple[str, ...] = ()   # from reading it, e.g. "not UTF-8, decoded as Windows-1252"


@dataclass(frozen=True)
class Record:
    """Everything catalog knows about one document: the books, the review, warnings."""

    id: str
    books: tuple[Book, ...]
    review: Review
    warnings: tuple[str, ...] = ()
