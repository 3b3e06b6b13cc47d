"""Undo what typesetting, OCR and copying did to a trailer, before anything reads it.

"(Simon & Schus-\nter, $26.)" — a word hyphenated across a line break (NYT print
columns); "THE PASSIONATE HEARTby Beatrix Beck" — a role word glued to a capitalized
title by OCR (Atlantic, 1950s).
"""
from __future__ import annotations

import re

# A lowercase continuation after "-\n": the hyphen was the typesetter's, not the word's.
_BROKEN_WORD = re.compile(r"(?<=[a-z])-\n(?=[a-z]+[\s,.;:)])")
# Capitals directly followed by a lowercase role phrase: a lost space.
# "PRIZE STORIES 1994 <i> edited by ...</i>" — inline markup left in copied text.
_INLINE_TAG = re.compile(r"</?(?:i|b|em|strong|u|cite)>", re.IGNORECASE)
_GLUED_ROLE = re.compile(r"(?<=[A-Z]{2})(?=(?:by|edited by|translated by|selected by|compiled by) [A-Z])")
# A name run into the role phrase after it, where a web page lost its line break: "Frank
# O\u2019HaraEdited by Mark Ford", "Julia Hartwigtranslated by John Carpenter". A bare "by" is
# left alone: many words and names end in it ("Derby", "Crosby"). Each "ed by X" is checked
# where it stands, so an article pays for one plain search.
_ROLE_ENDING = re.compile(r"ed by (?=[A-Z])")
_GLUED_NAME_ROLE = re.compile(r"\b[A-Z][\w'\u2019]+[a-z]"
                              r"(?=(?:[Ee]dit|[Tt]ranslat|[Ii]llustrat|[Ss]elect|[Cc]ompil)ed$)")
# "\u2026 the World.By Joshua D. Hendrick", "Peter Martin.Princeton University Press": a full stop
# with no space after it, between a word and a capitalized word. Initials ("Ph.D") keep theirs.
_GLUED_STOP = re.compile(r"\.(?=[A-Z][a-z])(?<=[a-z]{2}\.)")


# "The Quiet Harbor | By Jane Doe | Knopf | 320 pages | $26" — a web page's separators, a
# bar or a bullet between spaces, where print would break the line: they part fields, and
# are never part of one. A raised decimal point ("$54·95") has no spaces.
_BAR = re.compile(r"[ \t\u00a0]+[|\u2022\u00b7][ \t\u00a0]+")

# "Lead: THE QUIET HARBOR. By ..." — newswire copy labels its first paragraph.
_LEAD_LABEL = re.compile(r"^[ \t]*(?:LEAD|Lead):[ \t]*", re.MULTILINE)


# ``Title,'' — PTB or LaTeX quotes in text that is otherwise plain.
_TEX_QUOTES = re.compile(r"``([^`'\n]+?)''")


def repair_text(text: str) -> str:
    """Rejoin hyphenated line breaks, drop newswire 'Lead:' labels, unglue role words and
    stops, break lines at a web page's bars."""
    if "ead:" in text or "EAD:" in text:
        text = _LEAD_LABEL.sub("", text)
    if "-\n" in text:
        text = _BROKEN_WORD.sub("", text)
    if "</" in text:
        text = _INLINE_TAG.sub("", text)
    if "``" in text:
        text = _TEX_QUOTES.sub("\u201c\\1\u201d", text)
    if "by " in text:   # every role phrase ends in "by": most articles skip the search
        text = _GLUED_ROLE.sub(" ", text)
        text = _unglue_name_role(text)
    if "." in text:
        text = _GLUED_STOP.sub(". ", text)
    if "|" in text or "\u2022" in text or "\u00b7" in text:
        text = _BAR.sub("\n", text)
    return text


def _unglue_name_role(text: str) -> str:
    """'Frank O\u2019HaraEdited by Mark Ford' -> 'Frank O\u2019Hara Edited by Mark Ford'."""
    cuts = []
    for m in _ROLE_ENDING.finditer(text):
        start = max(0, m.start() - 40)
        glued = _GLUED_NAME_ROLE.search(text, start, m.start() + 2)
        if glued:
            cuts.append(glued.end())
    for cut in reversed(cuts):
        text = f"{text[:cut]} {text[cut:]}"
    return text
