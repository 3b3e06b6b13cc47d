"""The pipeline, top-down: text -> locate notes -> parse -> normalize -> Record.

Pure: no I/O. Readers hand in Documents; writers take the Records out.
"""
from __future__ import annotations

import re
from dataclasses import replace

from catalog.errors import NeedsReviewError, NoNotesError
from catalog.model import Book, Document, Record, ReviewMetadata, Role
from catalog.parse.agreement import LABELLER_ONLY, settle, without_unsure
from catalog.parse.confidence import listed, offers_left_out
from catalog.parse.headline import review_headline, with_headline_authors
from catalog.parse.labeller import Reading, book_texts, is_notes_reading, may_hold_notes, notes_units, read_notes
from catalog.parse.normalize import normalize_book, normalize_review, notes_dollar, unique_keys
from catalog.parse.spans import with_spans
from catalog.parse.trailer import parse_trailer, split_each
from catalog.text.detokenize import detokenize
from catalog.text.locate import locate_notes
from catalog.text.repair import repair_text

# Control characters, and the code points XML 1.0 forbids (U+FFFE, U+FFFF, lone surrogates).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Unix line ends, no control characters: no format can carry them (XML forbids them)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub(" ", text)


def prepare_text(text: str) -> str:
    """The text every reader sees: clean, detokenized, repaired."""
    return repair_text(detokenize(clean_text(text)))


def _clean_value(text: str | None) -> str | None:
    """A metadata value as one trimmed line, or None when nothing printable is left."""
    return " ".join(clean_text(text).split()) or None if text else None


def clean_metadata(meta: ReviewMetadata) -> ReviewMetadata:
    """The metadata as trimmed lines of printable text; the same object when it was clean."""
    cleaned = {k: c for k, v in vars(meta).items() if isinstance(v, str) and (c := _clean_value(v)) != v}
    reviewers = tuple(r for r in (_clean_value(r) for r in meta.reviewers) if r)
    if cleaned or reviewers != meta.reviewers:
        return replace(meta, reviewers=reviewers, **cleaned)
    return meta


def _same_book(a: Book, b: Book) -> bool:
    """A review that prints the same notes twice ("Timequake (Putnam; $23.95)") has one book."""
    return (a.title, a.subtitle, a.contributors, a.publisher, a.offers) == \
        (b.title, b.subtitle, b.contributors, b.publisher, b.offers)


def catalog_document(document: Document, strict: bool = False) -> Record:
    """One review -> its books and the review record; NoNotesError when it has no notes.

    Two readers read the notes: the rules (parse/trailer.py) and the labeller
    (parse/labeller.py). A rules' book is kept, marked for review where the readers
    disagree; where the rules find no notes, the labeller's books are kept, marked for review.
    strict: a book the parser is unsure of (confidence 'review') fails the document.
    """
    text = prepare_text(document.text)
    located = locate_notes(text)
    if not located.trailers and not may_hold_notes(text):   # most of a newspaper corpus
        raise NoNotesError(doc_id=document.id)
    metadata = clean_metadata(document.metadata)
    books: list[Book] = []
    reviewers: list[str] = []
    warnings = list(document.warnings)
    printed = book_texts(located)
    headline = review_headline(text, metadata)
    read = [(book_text, parsed) for book_text in printed for parsed in split_each(parse_trailer(book_text), book_text)]
    dollar = notes_dollar(parsed for _, parsed in read) if len(read) > 1 else None
    for book_text, parsed in read:
        reviewers += [name for role, name in parsed.contributors if role == Role.REVIEWER and name not in reviewers]
        book, book_warnings = normalize_book(with_headline_authors(parsed, headline), located.body, metadata, dollar)
        book = replace(book, printed_notes=book_text)
        if book.title and not any(_same_book(book, seen) for seen in books):
            books.append(book)
        warnings += book_warnings
    units = notes_units(text, located, printed)
    if books:
        readings = [read_notes(unit) for unit in units]
        learned = [_learned_book(reading, located.body, metadata, headline) for reading in readings]
        books = [settle(book, learned[i], readings[i].doubtful) if i < len(learned) else settle(book, None)
                 for i, book in enumerate(books)]
    else:
        books = _labeller_books(units, text, located.body, metadata, headline)
    if not books:
        raise NoNotesError(doc_id=document.id)
    books = [with_spans(book) for book in listed(offers_left_out(books, text), text)]
    if strict:
        check_sure(books, document.id)
    books = unique_keys(books)
    review = normalize_review(books, metadata, document.id, tuple(reviewers))
    return Record(document.id, tuple(books), review, tuple(warnings))


def check_sure(books: list[Book] | tuple[Book, ...], doc_id: str) -> None:
    """--strict: NeedsReviewError naming each book the parser is unsure of (a book a
    cataloger verified is sure)."""
    unsure = [f"{b.title!r}: {'; '.join(b.review_reasons)}" for b in books if b.confidence == "review"]
    if unsure:
        raise NeedsReviewError(" | ".join(unsure), doc_id)


def _learned_book(reading: Reading, body: str, metadata: ReviewMetadata,
                  headline: tuple[str, str] | None = None) -> Book | None:
    """The labeller's book for one unit of notes; None when it finds no title there. The
    headline's authors join it as they join the rules' book, so the two compare alike."""
    if not reading.parsed.title:
        return None
    return normalize_book(with_headline_authors(reading.parsed, headline), body, metadata)[0]


def _labeller_books(units: list[str], text: str, body: str, metadata: ReviewMetadata,
                    headline: tuple[str, str] | None = None) -> list[Book]:
    """The labeller's books where the rules read none, each marked for review; only those
    that read like notes, so that no record is made up from an ordinary article."""
    books = []
    alone = len(units) == 1 and units[0] == text.strip()
    for unit in units:
        reading = read_notes(unit)
        book = _learned_book(reading, body, metadata, headline)
        if book is not None and is_notes_reading(book, reading, unit, alone):
            book = without_unsure(book, reading.unsure)
            books.append(replace(book, review_reasons=(LABELLER_ONLY,) + book.review_reasons, printed_notes=unit))
    return books
