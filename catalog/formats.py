"""One registry pairs each writer with its validator, so nothing is written unvalidated."""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from catalog.errors import InvalidOutputError
from catalog.model import Record
from catalog.validate.bibtex import BIBLATEX_REQUIRED, BIBTEX_REQUIRED, bib_errors
from catalog.validate.csljson import csl_errors
from catalog.validate.mods import mods_errors
from catalog.writers.biblatex import to_biblatex
from catalog.writers.bibtex import to_bibtex
from catalog.writers.csljson import to_csljson
from catalog.writers.hubjson import to_hubjson
from catalog.writers.mods import to_mods

Errors = list[tuple[int, str]]


def jsonl_errors(text: str) -> Errors:
    errors = []
    for n, line in enumerate(text.splitlines(), start=1):
        try:
            json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append((n, f"not JSON: {exc.msg}"))
    return errors


@dataclass(frozen=True)
class Format:
    name: str
    suffix: str          # file name ending under an output folder
    write: Callable[[Sequence[Record]], str]
    errors: Callable[[str], Errors]


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("bibtex", ".bib", to_bibtex, lambda text: bib_errors(text, BIBTEX_REQUIRED)),
    Format("biblatex", ".biblatex.bib", to_biblatex, lambda text: bib_errors(text, BIBLATEX_REQUIRED)),
    Format("mods", ".mods.xml", to_mods, lambda text: mods_errors(text.encode("utf-8"))),
    Format("csljson", ".csl.json", to_csljson, csl_errors),
    Format("json", ".jsonl", to_hubjson, jsonl_errors),
)}


def render(fmt: Format, records: Sequence[Record]) -> str:
    """The records in one format, validated; InvalidOutputError instead of a bad file."""
    text = fmt.write(records)
    errors = fmt.errors(text)
    if errors:
        line, message = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InvalidOutputError(f"{fmt.name} line {line}: {message}{more}")
    return text
