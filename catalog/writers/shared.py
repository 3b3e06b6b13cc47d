"""Plain-language renderings of hub values that several writers need verbatim."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from catalog.model import Book, PricedOffer, Role


def full_title(book: Book) -> str:
    """'Stalin's Spy: Richard Sorge and the Tokyo Espionage Ring'."""
    return f"{book.title}: {book.subtitle}" if book.subtitle else book.title


def price_text(offer: PricedOffer) -> str:
    """'USD 25.95', 'USD 39.95 (cloth)'."""
    binding = f" ({offer.binding})" if offer.binding else ""
    printed = f" [{offer.price.printed}]" if offer.price.printed else ""
    return f"{offer.price.currency} {offer.price.amount}{printed}{binding}"


def extent_statement(book: Book) -> tuple[str, str | None]:
    """RDA's extent and its other physical details, as MARC 300 $a/$b and MODS <extent> both
    print them: ('368 pages', 'illustrations'); '1 volume' when no count is printed. One
    text, so that readers that parse it (Zotero's MODS import, bibutils) get the count."""
    return (f"{book.pages} pages" if book.pages else "1 volume", "illustrations" if book.illustrated else None)


def translated_by(book: Book) -> str | None:
    """'Translated by Philip Gabriel', for formats with no translator field."""
    translators = ", ".join(p.display for p in book.people(Role.TRANSLATOR))
    return f"Translated by {translators}" if translators else None


def contributions_by(book: Book) -> str | None:
    """'With contributions by X, Y' ("with essays by"), for formats with no such role."""
    people = ", ".join(p.display for p in book.people(Role.CONTRIBUTOR))
    return f"With contributions by {people}" if people else None


def sentences(parts: Iterable[str | None]) -> str | None:
    """The given phrases, skipping empty ones, as one note."""
    return ". ".join(p for p in parts if p) or None


def needs_review(book: Book) -> str | None:
    """'Needs review: <reasons>', for a book the parser is unsure of; for one a cataloger
    corrected or accepted, that it was verified, and by whom."""
    if book.verified:
        return "Verified by a cataloger"
    return f"Needs review: {'; '.join(book.review_reasons)}" if book.review_reasons else None


def uncarried_note(book: Book) -> str | None:
    """What a format has no field for, said in words: illustrations, prices, leftovers, doubts."""
    return sentences(["Illustrated" if book.illustrated else None, contributions_by(book),
                      *map(price_text, book.prices), *book.notes, needs_review(book)])


def inferred_year(book: Book) -> str | None:
    """The sentence every format without a mark for it uses to say the year was inferred."""
    return "Year of publication inferred from the date of the review" if book.year_inferred else None


def catalog_note(book: Book) -> str | None:
    """For a bare entry type that has no fields for them: pages, ISBN, edition, series, translators."""
    return sentences([f"{book.pages} pages" if book.pages else None, *(f"ISBN {i}" for i in book.distinct_isbns),
                      book.edition, f"Series: {book.series}" if book.series else None,
                      translated_by(book), uncarried_note(book)])


class OutletKind:
    """What kind of serial carried the review: clients file a review by it (Zotero's
    newspaperArticle, MODS genre newspaper, RIS NEWS)."""

    NEWSPAPER, MAGAZINE, JOURNAL = "newspaper", "magazine", "journal"


# Words a masthead carries: "The Seattle Times", "Chicago Tribune", "The Boston Globe".
_NEWSPAPER_WORDS = frozenset(
    "times post tribune chronicle globe herald monitor gazette inquirer observer guardian telegraph "
    "independent sun news star examiner dispatch register courier bee daily constitution "
    "plain-dealer star-tribune courant sentinel newsday".split())
# "Virginia Quarterly Review", "Journal of American History", "Studies in the Novel".
_JOURNAL_WORDS = frozenset("quarterly studies journal bulletin proceedings annals".split())


@lru_cache(maxsize=1024)
def outlet_kind(outlet: str) -> str:
    """Newspaper by its masthead words, journal by scholarly words, else a magazine
    ("Time", "Booklist", "The Atlantic"): a magazine is the safe guess for a periodical."""
    words = {w.strip(".,'’").casefold() for w in outlet.replace("’s", "").split()}
    if "wall" in words and "street" in words or words & _NEWSPAPER_WORDS and "library" not in words:
        return OutletKind.NEWSPAPER
    if words & _JOURNAL_WORDS and "library" not in words:
        return OutletKind.JOURNAL
    return OutletKind.MAGAZINE


def reviewed_books(books: Sequence[Book]) -> str:
    """'Stalin's Spy: Richard Sorge…, by Robert Whymant': the books a review reviews, in words.

    Six writers ask for each record's books in turn; the last few hundred answers are kept
    (by identity: a tuple of frozen books always gives the same words), so each is made once."""
    if type(books) is not tuple:
        return _reviewed_books(books)
    key = id(books)
    hit = _REVIEWED.get(key)
    if hit is not None and hit[0] is books:
        return hit[1]
    text = _reviewed_books(books)
    if len(_REVIEWED) >= 512:
        _REVIEWED.clear()
    _REVIEWED[key] = (books, text)
    return text


_REVIEWED: dict[int, tuple[tuple[Book, ...], str]] = {}


def _reviewed_books(books: Sequence[Book]) -> str:
    def one(book: Book) -> str:
        authors = ", ".join(p.display for p in book.people(Role.AUTHOR))
        return f"{full_title(book)}, by {authors}" if authors else full_title(book)
    return "; ".join(one(b) for b in books)
