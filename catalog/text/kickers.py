"""The page's own lines above a review's notes, never the book's: a section's name
("FICTION", "Book Review", "Children's Books", "Book of the Week", "In Brief") and the
reviewer's line. Both readers once took "Nonfiction" into the title and, agreeing, marked the
book `high`.
"""
from __future__ import annotations

import re

_SECTION_WORDS = (r"books?|reviews?|fiction|non-?fiction|poetry|biography|biographies|memoirs?|history|crime|"
                  r"thrillers?|myster(?:y|ies)|romance|fantasy|horror|science|sci-fi|paperbacks?|audiobooks?|"
                  r"audio|graphic novels?|novels|picture|children's|kids'?|young adult|teens?|essays|politics|"
                  r"travel|cookbooks|debuts?|short stories|true crime|literary|historical")
_SECTION_LINE = re.compile(
    rf"^(?:new |recent |more |the best )?(?:{_SECTION_WORDS})(?:(?: & | and | |, )(?:{_SECTION_WORDS}))*"
    r"(?: of the (?:week|month|year)| in brief| roundup| round-up)?$"
    r"|^(?:in brief|briefly noted|short takes|new (?:&|and) noteworthy|(?:editor|critic)s?'?s? (?:choice|picks?)"
    r"|staff picks?|also received|new releases|new in paperback)$")
_REVIEWER_LINE = re.compile(r"^\s*(?:(?:Reviewed|Review) by|Reviewer:)\s+[A-Z]")


def is_kicker(line: str, titled: bool) -> bool:
    """A reviewer's line or a section's name where a title line stands below it (`titled`):
    'Memoir' right above 'By John McGahern' is the book's title, and 'Review by Mary Smith'
    between 'Written by Jane Doe' and 'Published by ...' belongs to the notes (it names the
    review's author there)."""
    return titled and (_REVIEWER_LINE.match(line) is not None or _is_section_line(line))


def _is_section_line(line: str) -> bool:
    text = line.strip()
    return len(text) <= 40 and _SECTION_LINE.match(text.rstrip(":.").lower()) is not None


def without_kicker(text: str, trailers: tuple[str, ...]) -> str:
    """A short text without its first line where the notes (`trailers`) left it out as the
    page's own ('FICTION' / 'The Quiet Harbor' / ...): the labeller reads the same notes."""
    first, _, rest = text.strip().partition("\n")
    if rest and is_kicker(first, titled=True) and not any(t.startswith(first.strip()) for t in trailers):
        return rest.strip()
    return text.strip()
