"""The page's own lines above a review's notes, never the book's: a section's name
("FICTION", "Book Review", "Children's Books", "Book of the Week", "In Brief") and the
reviewer's line. Both readers once took "Nonfiction" into the title and, agreeing, marked the
book `high`.
"""
from __future__ import annotations

import re

_SECTION_WORDS = (r"books?|reviews?|fiction|non-?fiction|poetry|biography|biographies|memoirs?|history|crime|"
                  r"thrillers?|myster(?:y|ies)|romance|fantasy|horror|science|sci-fi|paperbacks?|audiobooks?|"
                  r"audio|graphic novels?|novels?|picture|children's|kids'?|young adult|teens?|essays|politics|"
                  r"travel|cookbooks|debuts?|short stories|true crime|literary|historical")
_AGE_BANDS = r"pre-?school|nursery|infants?|junior|middle|secondary|adult|teenage|young adult"
# "New Zealand fiction", "Australian poetry": a country's section of a round-up
_NATIONS = (r"new zealand|australian|canadian|irish|scottish|welsh|south african|indian|african|caribbean|american"
            r"|british|english|local")
_SECTION_LINE = re.compile(
    rf"^(?:new |recent |more |the best )?(?:(?:{_NATIONS}) )?"
    rf"(?:{_SECTION_WORDS})(?:(?: & | and | |, )(?:{_SECTION_WORDS}))*"
    r"(?: of the (?:week|month|year)| in brief| roundup| round-up)?$"
    r"|^(?:in brief|briefly noted|short takes|new (?:&|and) noteworthy|(?:editor|critic)s?'?s? (?:choice|picks?)"
    r"|staff picks?|also received|new releases|new in paperback|\u2605? ?starred(?: review)?"
    r"|(?:also |highly )?recommended(?: reading| reads)?|new on the shel(?:f|ves)"
    r"|quick reads|short reads|in short|also out|also new|new and notable"
    # "THE BOOK" / "Winter Tenancies. Jane Doe. Dutton. 348 pages." (American regional papers)
    # (Kirkus's "BOOK DETAILS" heads its sheet's items, below the title: no kicker)
    r"|the books?|about the book"
    r"|(?:books )?for (?:young(?:er)? readers|children|kids|teens))$"   # "FOR YOUNG READERS" (the NYT)
    # "Jane Roe's Bookshelf": the Midwest Book Review files each reviewer's books under their shelf
    r"|^[\w.' -]{2,30}?['\u2019]s bookshelf$"
    # "8-10 Junior/Middle", "14+ Secondary/Adult": the age band Books for Keeps files a review under
    rf"|^(?:\d{{1,2}} ?[-\u2013] ?\d{{1,2}}|\d{{1,2}}\+) (?:{_AGE_BANDS})(?: ?/ ?(?:{_AGE_BANDS}))?$")
# "Reviewed by Jane Roe", "Reviewer: Jane Roe", "book review by Jane Roe" (the US Review of Books)
_REVIEWER_LINE = re.compile(r"^\s*(?:(?:Reviewed|Review|[Bb]ook review) by|Reviewer:)\s+[A-Z]")
# "Reviewed on: 04/10/2000", "Posted: March 3, 2019": the day the page put the review up, never the book's.
_DATE_STAMP = re.compile(r"^\s*(?:Reviewed|Posted|Updated|Review date)(?: on)?:?\s+(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}"
                         r"|(?:\d{1,2} )?[A-Z][a-z]{2,8}\.?(?: \d{1,2}(?:st|nd|rd|th)?)?,? \d{4})\s*$")
# "The Quiet Harbor by Jane Doe review – a luminous debut": the page's headline (the Guardian's
# form), never the notes: "review" in small letters after the author's name. What follows "by" is
# the form's own; parse/headline.py reads the title before it and the names it holds.
REVIEW_HEADLINE_NAMES = r"(?P<names>[A-Z][^\n]{1,80}?) review(?:\s*[\u2013\u2014:-]\s|\s*$)"
_REVIEW_HEADLINE = re.compile(r"\bby " + REVIEW_HEADLINE_NAMES)
# "Review: The Quiet Harbor by Jane Doe (Knopf, $27.95)" — the page's label before the notes,
# on their first line; no book is titled so. A genre's name before a colon may be a title's
# ("Poetry: A Very Short Introduction"): that one stays, and the book is reviewed (parse/confidence.py).
# A review essay's list of its books: "Books reviewed:" / "Works discussed in this essay:" /
# "Discussed in this essay:" (Harper's), on the line above them.
_PAGE_LABEL = re.compile(
    r"^[ \t]*(?:(?:book )?reviews?|reviewed|in brief|briefly noted|short takes|new (?:&|and) noteworthy"
    r"|new in paperback|(?:editor|critic)s?'?s? (?:choice|picks?)|staff picks?|new releases|also received"
    r"|book of the (?:week|month)"
    # "Rezension über:" (sehepunkte), "Compte rendu de :", "Recensione di:": the label in the journal's language
    r"|rezension (?:über|zu)|compte rendu de|recensione (?:di|a)|rese\u00f1a de"
    # "The book: Death at Caddon Water by ..." (American and British regional papers); "The Book:"
    # in capitals and small letters may open a title ("The Book: On the Taboo Against ...")
    r"|(?-i:[Tt]he books?|THE BOOKS?|[Bb]ook details|BOOK DETAILS|[Tt]he details|THE DETAILS)"
    r"|(?:(?:books?|works?|titles?) )?(?:reviewed|discussed|mentioned|under review)"
    r"(?: in this (?:essay|review|article|piece))?)[ \t]*:(?:[ \t]+|[ \t]*\n\s*)(?=\S)", re.IGNORECASE)


def is_kicker(line: str, titled: bool) -> bool:
    """A reviewer's line or a section's name where a title line stands below it (`titled`):
    'Memoir' right above 'By John McGahern' is the book's title, and 'Review by Mary Smith'
    between 'Written by Jane Doe' and 'Published by ...' belongs to the notes (it names the
    review's author there)."""
    return titled and (_REVIEWER_LINE.match(line) is not None or is_section_name(line)
                       or _REVIEW_HEADLINE.search(line) is not None) or _DATE_STAMP.match(line) is not None


def is_section_name(line: str) -> bool:
    """'Fiction', 'Book Review', 'In Brief': a name a page gives its section."""
    text = line.strip()
    return len(text) <= 40 and _SECTION_LINE.match(text.rstrip(":.").lower()) is not None


def without_page_label(notes: str) -> str:
    """'Review: The Quiet Harbor by ...' -> 'The Quiet Harbor by ...'."""
    label = _PAGE_LABEL.match(notes)
    return notes[label.end():] if label else notes


def without_kicker(text: str, trailers: tuple[str, ...]) -> str:
    """A short text without its first line where the notes (`trailers`) left it out as the
    page's own ('FICTION' / 'The Quiet Harbor' / ...), and without the page's label before the
    notes: the labeller reads the same notes."""
    first, _, rest = text.strip().partition("\n")
    if rest and is_kicker(first, titled=True) and not any(t.startswith(first.strip()) for t in trailers):
        return without_page_label(rest.strip())
    return without_page_label(text.strip())
