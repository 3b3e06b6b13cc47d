"""Plain-language renderings of hub values that several writers need verbatim."""
from __future__ import annotations

from catalog.model import Book, Role


def full_title(book: Book) -> str:
    """'Stalin's Spy: Richard Sorge and the Tokyo Espionage Ring'."""
    return f"{book.title}: {book.subtitle}" if book.subtitle else book.title


def uncarried_note(book: Book) -> str | None:
    """What a format has no field for, said in words: illustrations, prices, leftovers."""
    parts = ["Illustrated"] if book.illustrated else []
    for offer in book.prices:
        binding = f" ({offer.binding})" if offer.binding else ""
        parts.append(f"{offer.price.currency} {offer.price.amount}{binding}")
    parts += list(book.notes)
    return ". ".join(parts) or None


def catalog_note(book: Book) -> str | None:
    """For a bare entry type that has no fields for them: pages, ISBN, edition, series, translators."""
    parts = [f"{book.pages} pages"] if book.pages else []
    parts += [f"ISBN {isbn}" for isbn in book.isbns]
    parts += [p for p in (book.edition, f"Series: {book.series}" if book.series else None) if p]
    translators = ", ".join(p.display for p in book.people(Role.TRANSLATOR))
    if translators:
        parts.append(f"Translated by {translators}")
    note = uncarried_note(book)
    return ". ".join(parts + ([note] if note else [])) or None
