"""How sure the parse is of one book, as the reasons a cataloger should look again.

Precision first: a record with any reason is marked 'review' instead of passing
silently into a catalog. Each reason is a sign that the parse leaned on a guess:
the title split from the author by the shape of a name alone, a name found by its
shape that is not shaped like a person's, a title cut off on a joining word, text left
over. A missing field is no reason: an empty field is not a wrong one.
"""
from __future__ import annotations

import re
from dataclasses import replace

from catalog.model import Book, Contributor, Role
from catalog.parse.cuts import ocr_slip_in_house
from catalog.parse.head import BY_LINES, BY_MARKER, BY_NAME_SHAPE
from catalog.parse.items import shop_offers
from catalog.parse.names import is_corporate, is_given_name
from catalog.parse.trailer import ParsedTrailer
from catalog.text.kickers import is_section_name

# A title or subtitle that ends on one of these was most likely cut in the wrong place.
_DANGLING = frozenset("a an the of and or that".split())
_MAX_TITLE_WORDS = 24
# A dash left between words in a title with no subtitle may still part the two ("Crisis —
# and After"); at a dash before a capital the rules part them ("Keats—Poetry and Prose",
# head.split_title). Between years a dash is a span ("1949—1968").
_WORD_DASH_WORD = re.compile(r"[^\W\d] ?(?:—|--) ?[^\W\d]")

# Two doubts that say the rules may have read the notes in the wrong shape, not just
# guessed one boundary: no person where trailers nearly always name one, and text left over.
NO_AUTHOR = "no author or editor found"
NOT_UNDERSTOOD = "some of the notes were not understood"
# A translator or an illustrator, and nobody else: the notes are read in their shape, but the
# author stands elsewhere on the page (the Telegraph's headline), so the book is incomplete.
NO_AUTHOR_BESIDE = "a translator or an illustrator found, but no author or editor"
# No "By", no line of its own: the title ends where a name's shape begins ("The Last Days (Tegan
# Penfold, Allen & Unwin)"), a guess a second reader can witness (agreement.settle).
NAME_SHAPE = "title and author told apart by the shape of a name only"
# Notes that print a price, a page count or an ISBN name the house too, nearly always (the dev set's
# one exception is Locus's "(ISBN, $12.99, 185pp, tp)"): none read means it stands where the rules
# did not look, and two readers agreeing on an empty publisher is weak evidence.
NO_PUBLISHER = "no publisher found, though the notes print the book's price, pages or ISBN"
# A scan's misread letters in a house's name ("Tbe Macmillan Company"): catalogers differ on
# recording the name as printed or as the house prints it.
OCR_SLIP_MARK = "the publisher may hold a scan's misread letters: {!r}"
# A scan's digit for a letter inside a word of the title, a name or the house ("THE LAST DAY5",
# "Yarbr0ugh", "5altmaker's", "Thacker, 5pink & Co."): no word is printed so, and a cataloger
# records the word as meant, not as scanned.
OCR_DIGIT = "a scan may have read a letter as a digit: {!r}"
_DIGIT_IN_WORD = re.compile(r"\b\w*(?:[A-Za-z][0-9]+[A-Za-z]|[A-Za-z]{3}[0-9]\b|\b[0-9][a-z]{3})\w*")
# A word a scan broke at a line's end, the break since flattened to a space ("Memo- ries of Kenya",
# "THE LAKE SHORE SUM- MER"): rejoined only where the tables know the word (repair), so left apart
# here; a compound's suspended hyphen before its conjunction ("Nineteenth- and Twentieth-Century") is printed so.
BROKEN_WORD = "a word may be broken by a scan's line break: {!r}"
_BROKEN_WORD = re.compile(r"[^\W\d]+- (?!(?:and|or|nor|to|und|oder|bis|et|ou|y|e|o|en|of)\b)[^\W\d]+", re.IGNORECASE)
# A scan's slip in the commonest words ("in tbe Carolina Piedmont", "aud") or a stray space that split
# a word after its capital ("the Textile W orkers"): catalogers record the words as meant.
SCAN_SLIP = "a scan may have misread or split a word: {!r}"
_SCAN_SLIP = re.compile(r"\b(?:[Tt](?:be|lie|iie)|aud|ancl|[Ww]itb|[Tt]bat|[Ww]bich|bave)\b"
                        r"|\b[B-HJ-NP-Z] [a-z]{3,}")
# An amount with its cents and no mark left over ("Faber, pp.432, 18.99": an archive lost the
# "£"): the price is unread, not the notes' shape, and no country can be guessed for it.
UNMARKED_AMOUNT = "a price printed with no currency mark is left unread: {!r}"
_AMOUNT = re.compile(r"\d{1,4}\.\d\d")
# A genre's name before a colon is the page's section as often as a title's first part.
SECTION_TITLE = "the title may be the name of the page's section"
# A prize's longlist, a best-seller list, a festival's programme print "Title by Author (Publisher)"
# line after line, as notes do; a review's notes print a price, a page count or an ISBN as well.
LISTED = "one of three or more books with no price, page count or ISBN: the page may list them, not review them"
# A best-seller list prints its notes whole, price and all, one after another under their ranks.
RANKED = "one of three or more books listed one after another under rank numbers: the page may be a chart, not a review"


def review_reasons(parsed: ParsedTrailer, contributors: tuple[Contributor, ...]) -> tuple[str, ...]:
    """Why this book needs a second look; empty when nothing in the parse was a guess."""
    reasons = []
    if parsed.split_by == BY_NAME_SHAPE:
        reasons.append(NAME_SHAPE)
    if parsed.imprint_guess:
        reasons.append(parsed.imprint_guess)
    if not contributors:
        reasons.append(NO_AUTHOR)
    elif not any(person.role in (Role.AUTHOR, Role.EDITOR) for person in contributors):
        reasons.append(NO_AUTHOR_BESIDE)
    # After "By" the name is sure to be a name; found by its shape alone, it must look like one.
    for person in contributors:
        if parsed.split_by not in (BY_MARKER, BY_LINES) and not _plausible(person) or _lowercase_words(person):
            reasons.append(f"not clearly a name: {person.display!r}")
    for text in (parsed.title, parsed.subtitle):
        words = (text or "").split()
        if words and words[-1].lower().strip(".,;:") in _DANGLING:
            reasons.append(f"title may be cut short: {text!r}")
    if parsed.subtitle and is_section_name(parsed.title or ""):   # "Fiction: The Quiet Harbor by Jane Doe"
        reasons.append(SECTION_TITLE)
    if not parsed.subtitle and _WORD_DASH_WORD.search(parsed.title or ""):
        reasons.append("a dash in the title may part it from a subtitle")
    if len(f"{parsed.title} {parsed.subtitle or ''}".split()) > _MAX_TITLE_WORDS:
        reasons.append("title unusually long: it may hold other text")
    if not parsed.publisher and (parsed.pages or parsed.offers):
        reasons.append(NO_PUBLISHER)
    if parsed.publisher and (slip := ocr_slip_in_house(parsed.publisher)):
        reasons.append(OCR_SLIP_MARK.format(slip))
    if slip := _digit_for_a_letter(parsed, contributors):
        reasons.append(OCR_DIGIT.format(slip))
    if broken := _broken_word(parsed):
        reasons.append(BROKEN_WORD.format(broken))
    if misread := next(filter(None, (_SCAN_SLIP.search(t) for t in (parsed.title, parsed.subtitle) if t)), None):
        reasons.append(SCAN_SLIP.format(misread.group(0)))
    if parsed.unparsed and all(_AMOUNT.fullmatch(clause.strip(" .")) for clause in parsed.unparsed):
        reasons.append(UNMARKED_AMOUNT.format(parsed.unparsed[0].strip(" .")))
    elif parsed.unparsed:
        reasons.append(NOT_UNDERSTOOD)
    if parsed.invalid_isbns:
        reasons.append("an ISBN printed with a wrong check digit")
    return tuple(reasons)


def _digit_for_a_letter(parsed: ParsedTrailer, contributors: tuple[Contributor, ...]) -> str | None:
    """The first word of the title, the subtitle, a name or the house with a digit inside its letters."""
    names = (" ".join(p for p in (c.given, c.family, c.literal) if p) for c in contributors)
    for text in (parsed.title, parsed.subtitle, parsed.publisher, *names):
        found = _DIGIT_IN_WORD.search(text) if text and any(ch.isdigit() for ch in text) else None
        if found:
            return found.group(0)
    return None


def _broken_word(parsed: ParsedTrailer) -> str | None:
    """The first word of the title, the subtitle, the house or a name left broken at a flattened line break,
    as printed: normalize rejoins it ("Thi- bodeaux"), and the doubt stays."""
    printed = [parsed.title, parsed.subtitle, parsed.publisher, *(name for _, name in parsed.contributors)]
    found = (_BROKEN_WORD.search(text) for text in printed if text and "- " in text)
    return next((m.group(0) for m in found if m), None)


_PARTICLES = frozenset({"de", "van", "von", "la", "le", "da", "di", "du", "del", "der", "den", "ten", "ter"})


def _lowercase_words(person: Contributor) -> bool:
    """'Made vaudeville famous': a person's name has no lowercase words but particles."""
    words = " ".join(p for p in (person.given, person.family) if p).split()
    return any(w.islower() and w not in _PARTICLES for w in words)


def _plausible(person: Contributor) -> bool:
    """A person whose first given word is a known given name or an initial, or a corporate body."""
    if person.literal:
        return is_corporate(person.literal) or person.literal.lower() in {"anonymous", "anon."}
    given = (person.given or "").replace(".", ". ").split()
    return bool(given) and (is_given_name(given[0]) or bool(re.fullmatch(r"[A-Z]\.", given[0])))


def listed(books: list[Book], text: str) -> list[Book]:
    """Three or more books printed one after another with nothing between them, each marked
    for review when none has a price, a page count or an ISBN (a prize's longlist prints so)
    or when each stands under its rank ("1. Title, Author (Publisher, Rs 799)": a best-seller
    list). The New Yorker's "Briefly Noted" (a paragraph of review under each book's notes)
    is neither."""
    if len(books) < 3:
        return books
    found = sorted((text.find(book.printed_notes[:40]), len(book.printed_notes)) for book in books)
    if found[0][0] < 0 or any(len(text[start + length:after].split()) > _WORDS_BETWEEN_ENTRIES
                              for (start, length), (after, _) in zip(found, found[1:], strict=False)):
        return books
    if not any(book.offers or book.pages for book in books):
        reason = LISTED
    elif all(_RANK_BEFORE.search(text, max(0, start - 12), start) for start, _ in found):
        reason = RANKED
    else:
        return books
    return [replace(book, review_reasons=(*book.review_reasons, reason)) for book in books]


# "1. ", "10) ", "#3 " opening the entry's line
_RANK_BEFORE = re.compile(r"(?:^|\n)[ \t]*#?\d{1,2}[.)]?[ \t]+$")


_WORDS_BETWEEN_ENTRIES = 6   # a list's entries follow each other; a review says something between its books


# "Hurst 352pp £25" / "The Week Bookshop £19.99", "RRP £21.00, buy the book for £17.85" (the Week,
# the Tablet, the Telegraph): a paper's shop offers the book below its list price. The list price
# is the book's; a catalog may record the offer too, so a cataloger decides.
OFFER_LEFT_OUT = "a bookshop's offer price was left out: the list price is kept"


def offers_left_out(books: list[Book], text: str) -> list[Book]:
    """Each book whose notes, or the lines right after them, print a shop's offer, marked for review."""
    return [replace(book, review_reasons=(*book.review_reasons, OFFER_LEFT_OUT))
            if _offered(book.printed_notes, text) else book for book in books]


def _offered(notes: str, text: str) -> bool:
    if not ("hop" in text or "uy" in text or "ffer" in text or "rder" in text or "vailable" in text):
        return False   # most notes print no offer: substring tests first
    tail = notes[-30:]
    end = text.find(tail)
    after = text[end + len(tail):end + len(tail) + 200].split("\n\n", 1)[0] if end >= 0 and tail else ""
    return bool(shop_offers(notes) or shop_offers(after))
