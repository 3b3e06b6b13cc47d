"""RIS validation: every line a tag line, every reference opened by TY and closed by ER,
and rispy reads back as many references as the file has.

The lines alone are the check on every write (ris_line_errors): where they are sound,
rispy reads as many references as there are ER lines. tests/validate/test_ris_lines.py
shows it on damaged copies of real output; `catalog validate` also runs rispy.
"""
from __future__ import annotations

import re

import rispy

TAG_LINE = re.compile(r"[A-Z][A-Z0-9]  - ")
# The reference types of the RIS specification that catalog, or a tool, may write.
TYPES = frozenset("ABST ADVS AGGR ANCIENT ART BILL BLOG BOOK CASE CHAP CHART CLSWK COMP CONF CPAPER CTLG "
                  "DATA DBASE DICT EBOOK ECHAP EDBOOK EJOUR ELEC ENCYC EQUA FIGURE GEN GOVDOC GRANT HEAR "
                  "ICOMM INPR JFULL JOUR LEGAL MANSCPT MAP MGZN MPCT MULTI MUSIC NEWS PAMP PAT PCOMM RPRT "
                  "SER SLIDE SOUND STAND STAT THES UNBILL UNPB VIDEO WEB".split())


def ris_line_errors(text: str) -> list[tuple[int, str]]:
    """(line, message) for each line that is no tag line or breaks TY ... ER. A byte order
    mark is refused: rispy reads it into the first tag and loses that reference."""
    if text.startswith("\ufeff"):
        return [(1, "a byte order mark before the first TY")]
    return _line_errors(text)[0]


def ris_errors(text: str) -> list[tuple[int, str]]:
    """The line check, and rispy's reading of as many references."""
    errors, count = _line_errors(text)
    if not errors and len(rispy.loads(text)) != count:
        errors.append((0, "rispy reads a different number of references"))
    return errors


def _line_errors(text: str) -> tuple[list[tuple[int, str]], int]:
    errors: list[tuple[int, str]] = []
    open_at = 0
    count = 0
    for number, line in enumerate(text.lstrip("\ufeff").split("\n"), start=1):
        if not line.strip():
            continue
        if not TAG_LINE.match(line) and not (line.rstrip() == "ER  -"):
            errors.append((number, f"not a RIS tag line: {line[:40]!r}"))
            continue
        tag, value = line[:2], line[6:]
        if tag == "TY":
            if open_at:
                errors.append((number, f"TY before the reference opened on line {open_at} has its ER"))
            if value.strip() not in TYPES:
                errors.append((number, f"unknown reference type {value.strip()!r}"))
            open_at = number
        elif tag == "ER":
            if not open_at:
                errors.append((number, "ER with no TY before it"))
            open_at, count = 0, count + 1
        elif not open_at:
            errors.append((number, f"{tag} outside a reference (no TY before it)"))
    if open_at:
        errors.append((open_at, "reference has no ER"))
    return errors, count
