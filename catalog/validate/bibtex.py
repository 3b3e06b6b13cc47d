"""BibTeX/biblatex validation: parses back with bibtexparser, required fields present.

The required fields are each data model's own: biber's default biblatex model and
plain.bst's checks for classic BibTeX.
"""
from __future__ import annotations

import bibtexparser

# entry type -> groups of fields, one of each group required.
BIBLATEX_REQUIRED = {
    "book": (("author",), ("title",), ("date", "year")),
    "collection": (("editor",), ("title",), ("date", "year")),
    "article": (("author",), ("title",), ("journaltitle", "journal"), ("date", "year")),
    "misc": (("title",), ("date", "year")),
}
BIBTEX_REQUIRED = {
    "book": (("author", "editor"), ("title",), ("publisher",), ("year",)),
    "article": (("author",), ("title",), ("journal",), ("year",)),
    "misc": (),
}


def bib_errors(text: str, required: dict | None = None) -> list[tuple[int, str]]:
    """(line, message) per failed block or missing field; empty when the file is sound."""
    library = bibtexparser.parse_string(text)
    errors = [(b.start_line + 1, f"unparsable block: {b.error}") for b in library.failed_blocks]
    for entry in library.entries:
        groups = (required or {}).get(entry.entry_type.lower(), ())
        present = {f.key.lower() for f in entry.fields if str(f.value).strip()}
        for group in groups:
            if not present.intersection(group):
                errors.append((entry.start_line + 1,
                               f"@{entry.entry_type}{{{entry.key}}} lacks {' or '.join(group)}"))
    return errors
