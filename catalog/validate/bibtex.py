"""BibTeX/biblatex validation: parses back with bibtexparser, required fields present.

The required fields are each data model's own: biber's default biblatex model and
plain.bst's checks for classic BibTeX.
"""
from __future__ import annotations

import re

# entry type -> groups of fields, one of each group required.
Required = dict[str, tuple[tuple[str, ...], ...]]
BIBLATEX_REQUIRED: Required = {
    "book": (("author",), ("title",), ("date", "year")),
    "collection": (("editor",), ("title",), ("date", "year")),
    "article": (("author",), ("title",), ("journaltitle", "journal"), ("date", "year")),
    "misc": (("title",), ("date", "year")),
}
BIBTEX_REQUIRED: Required = {
    "book": (("author", "editor"), ("title",), ("publisher",), ("year",)),
    "article": (("author",), ("title",), ("journal",), ("year",)),
    "misc": (),
}


def _unenclosed(value: str) -> str:
    """The value without its one level of enclosing braces or quotes."""
    value = value.strip()
    if len(value) >= 2 and (value[0], value[-1]) in (("{", "}"), ('"', '"')):
        return value[1:-1]
    return value


# A LaTeX escape in a verbatim field: "\_", "\#", "\textasciitilde{}", "-{}-", a stray space.
_LATEX_ESCAPE = re.compile(r"\\[^{}]|\\text|-\{\}-|\s")


def _reason(error: Exception) -> str:
    """The splitter's own words ("Unexpectedly reached end of file."), on one line."""
    reason = getattr(error, "abort_reason", None) or str(error) or type(error).__name__
    return " ".join(reason.split())


def bib_errors(text: str, required: Required | None = None) -> list[tuple[int, str]]:
    """(line, message) per failed block or missing field; empty when the file is sound."""
    # No parse middlewares: only the splitter decides what parses, and the enclosing
    # braces or quotes they would strip are stripped here (a quarter of the parse time).
    import bibtexparser  # here, not at the top: writes are checked by validate/bibscan, so most runs never need it
    library = bibtexparser.parse_string(text, parse_stack=[])
    errors = [((b.start_line or 0) + 1, f"unparsable block: {_reason(b.error)}") for b in library.failed_blocks]
    for entry in library.entries:
        groups = (required or {}).get(entry.entry_type.lower(), ())
        present = {f.key.lower() for f in entry.fields if _unenclosed(str(f.value)).strip()}
        for f in entry.fields:
            if f.key.lower() in ("url", "doi") and _LATEX_ESCAPE.search(str(f.value)):
                errors.append(((entry.start_line or 0) + 1,
                               f"@{entry.entry_type}{{{entry.key}}} {f.key} is LaTeX-escaped: write it verbatim"))
        for group in groups:
            if not present.intersection(group):
                errors.append(((entry.start_line or 0) + 1,
                               f"@{entry.entry_type}{{{entry.key}}} lacks {' or '.join(group)}"))
    return errors
