"""Plain-language renderings of hub values that several writers need verbatim."""
from __future__ import annotations

from catalog.model import Book


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
