"""One registry pairs each writer with its validator, so nothing is written unvalidated."""
from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType

from catalog.errors import InvalidOutputError
from catalog.model import Record
from catalog.readers.jsonl import split_lines
from catalog.validate.bibtex import BIBLATEX_REQUIRED, BIBTEX_REQUIRED, bib_errors
from catalog.validate.csljson import csl_errors
from catalog.validate.mods import mods_errors
from catalog.writers import biblatex, bibtex, csljson, hubjson, mods

Errors = list[tuple[int, str]]


def jsonl_errors(text: str) -> Errors:
    errors = []
    for n, line in enumerate(split_lines(text), start=1):
        try:
            json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append((n, f"not JSON: {exc.msg}"))
    return errors


@dataclass(frozen=True)
class Format:
    """A writer and its validator. A file is header + fragments joined by separator + footer,
    so a batch can stream one record at a time."""

    name: str
    suffix: str          # file name ending under an output folder
    header: str
    separator: str
    footer: str
    fragment: Callable[[Record], str]
    errors: Callable[[str], Errors]

    def document(self, fragments: Sequence[str]) -> str:
        return self.header + self.separator.join(fragments) + self.footer


def _format(name: str, suffix: str, module: ModuleType, errors: Callable[[str], Errors]) -> Format:
    return Format(name, suffix, module.HEADER, module.SEPARATOR, module.FOOTER, module.fragment, errors)


FORMATS: dict[str, Format] = {f.name: f for f in (
    _format("bibtex", ".bib", bibtex, lambda text: bib_errors(text, BIBTEX_REQUIRED)),
    _format("biblatex", ".biblatex.bib", biblatex, lambda text: bib_errors(text, BIBLATEX_REQUIRED)),
    _format("mods", ".mods.xml", mods, lambda text: mods_errors(text.encode("utf-8"))),
    _format("csljson", ".csl.json", csljson, csl_errors),
    _format("json", ".jsonl", hubjson, jsonl_errors),
)}


def _checked(fmt: Format, text: str) -> str:
    errors = fmt.errors(text)
    if errors:
        line, message = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise InvalidOutputError(f"{fmt.name} line {line}: {message}{more}")
    return text


def render(fmt: Format, records: Sequence[Record]) -> str:
    """The records in one format, validated; InvalidOutputError instead of a bad file."""
    return _checked(fmt, fmt.document([fmt.fragment(r) for r in records]))


def render_fragment(fmt: Format, record: Record) -> str:
    """One record's fragment, validated as the one-record document it would make."""
    piece = fmt.fragment(record)
    _checked(fmt, fmt.document([piece]))
    return piece
