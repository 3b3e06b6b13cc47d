"""The one registry of formats: each pairs its writer with its validator, so nothing is
written unvalidated, and says its name, aliases, file suffix and how to recognize a file
of its kind. The CLI's `--to` choices, `--to all`, `catalog validate`'s detection and the
README's format tables all come from here: a new format is one writer module, one
validator and one line below."""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType

from catalog.errors import InvalidOutputError
from catalog.model import Record
from catalog.readers.jsonl import split_lines
from catalog.validate.bibscan import scan_errors
from catalog.validate.bibtex import BIBLATEX_REQUIRED, BIBTEX_REQUIRED, bib_errors
from catalog.validate.csljson import csl_errors, csl_items_valid, csl_write_errors
from catalog.validate.marc import iso2709_errors, marcxml_errors
from catalog.validate.marcxmlscan import scan_errors as marcxml_scan_errors
from catalog.validate.mods import mods_errors
from catalog.validate.modsscan import scan_errors as mods_scan_errors
from catalog.validate.ris import TAG_LINE, ris_errors, ris_line_errors
from catalog.writers import biblatex, bibtex, csljson, hubjson, marc, mods, ris

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
class InMemory:
    """For a format whose text is its data encoded (CSL-JSON: json's encoder over the items):
    each fragment with its data, and a check of a document's data with the verdict the
    format's own check gives its text, so a chunk is checked without reading its text back."""

    fragment: Callable[[Record], tuple[str, list]]
    valid: Callable[[list], bool]


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
    detects: Callable[[str], bool]       # does this text (any tool's, not only ours) look like one?
    aliases: tuple[str, ...] = ()
    description: str = ""
    checked_by: str = ""
    writer: ModuleType | None = None     # its LABEL and CARRIES make the README's table
    own_errors: Callable[[str], Errors] | None = None   # a faster check of our own layout, proven equal
    in_memory: InMemory | None = None    # a check of the data the text encodes, before it is text

    def write_errors(self, text: str) -> Errors:
        """The check every write passes: the format's own-layout check where it has one."""
        return (self.own_errors or self.errors)(text)

    def document(self, fragments: Sequence[str]) -> str:
        return self.header + self.separator.join(fragments) + self.footer


Layout = tuple[str, str, str, Callable[[Record], str]]   # header, separator, footer, fragment


def _layout(module: ModuleType) -> Layout:
    return module.HEADER, module.SEPARATOR, module.FOOTER, module.fragment


def _format(name: str, suffix: str, writer: ModuleType, errors: Callable[[str], Errors],
            detects: Callable[[str], bool], description: str, checked_by: str, aliases: tuple[str, ...] = (),
            layout: Layout | None = None, own_errors: Callable[[str], Errors] | None = None,
            in_memory: InMemory | None = None) -> Format:
    return Format(name, suffix, *(layout or _layout(writer)), errors, detects, aliases, description, checked_by,
                  writer, own_errors, in_memory)


# --- recognizing a file: the text with any BOM and leading space removed --------------

def _head(text: str) -> str:
    return text.lstrip("\ufeff \t\r\n")[:4096]


_BIBLATEX_ONLY = re.compile(r"^\s*(journaltitle|date|related|relatedtype|location|subtitle)\s*=",
                            re.IGNORECASE | re.MULTILINE)
_BIB_ENTRY = re.compile(r"^\s*@\w+\s*\{", re.MULTILINE)


def _is_bib(text: str) -> bool:
    head = _head(text)
    return head.startswith(("@", "%")) or bool(_BIB_ENTRY.search(head))


def _is_marcxml(text: str) -> bool:
    head = _head(text)
    return head.startswith("<") and "http://www.loc.gov/MARC21/slim" in head


def _is_json_lines(text: str) -> bool:
    head = _head(text)
    if not head.startswith("{"):
        return False
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    return len(lines) == 1 or all(line.lstrip().startswith("{") for line in lines)


FORMATS: dict[str, Format] = {f.name: f for f in (
    _format("bibtex", ".bib", bibtex, lambda text: bib_errors(text, BIBTEX_REQUIRED),
            lambda text: _is_bib(text) and not _BIBLATEX_ONLY.search(_head(text)),
            "classic BibTeX (plain.bst, natbib)", "parsed back by bibtexparser; each entry type's fields",
            own_errors=lambda text: scan_errors(text, BIBTEX_REQUIRED)),
    _format("biblatex", ".biblatex.bib", biblatex, lambda text: bib_errors(text, BIBLATEX_REQUIRED),
            lambda text: _is_bib(text) and bool(_BIBLATEX_ONLY.search(_head(text))), "biblatex, for biber",
            "parsed back by bibtexparser; biber's required fields",
            own_errors=lambda text: scan_errors(text, BIBLATEX_REQUIRED)),
    _format("mods", ".mods.xml", mods, lambda text: mods_errors(text.encode("utf-8")),
            lambda text: _head(text).startswith("<") and not _is_marcxml(text), "MODS 3.8 XML",
            "the MODS 3.8 XSD", own_errors=mods_scan_errors),
    _format("csljson", ".csl.json", csljson, csl_errors,
            lambda text: _head(text).startswith(("[", "{")) and not _is_json_lines(text), "CSL-JSON",
            "csl-data.json (JSON Schema)", aliases=("csl-json",), own_errors=csl_write_errors,
            in_memory=InMemory(csljson.fragment_items, csl_items_valid)),
    _format("json", ".jsonl", hubjson, jsonl_errors, _is_json_lines, "catalog's own records, JSON lines",
            "each line is JSON"),
    _format("marcxml", ".marcxml", marc, lambda text: marcxml_errors(text.encode("utf-8")), _is_marcxml,
            "MARC 21 in MARCXML", "the Library of Congress MARC21slim.xsd",
            layout=(marc.MARCXML_HEADER, "", marc.MARCXML_FOOTER, marc.xml_fragment),
            own_errors=marcxml_scan_errors),
    _format("marc", ".mrc", marc, lambda text: iso2709_errors(text.encode("utf-8")),
            lambda text: text[:5].isdigit() and text.rstrip("\n").endswith("\x1d"), "MARC 21, ISO 2709, UTF-8",
            "ISO 2709 structure: leader, directory, lengths; MARC 21 indicators and subfield codes",
            aliases=("mrc", "iso2709"),
            layout=("", "", "", marc.iso2709_fragment)),
    _format("ris", ".ris", ris, ris_errors, lambda text: bool(TAG_LINE.match(_head(text))), "RIS",
            "tag lines, known types, TY first and ER last", own_errors=ris_line_errors),
)}
ALIASES: dict[str, Format] = {alias: f for f in FORMATS.values() for alias in (f.name, *f.aliases)}
ALL = "all"


class UnknownFormat(ValueError):
    """A `--to` name that is no format, alias or `all`: a usage error, said in one line."""


def known_names() -> str:
    """Every name `--to` takes, each format with its aliases: 'csljson (csl-json)'."""
    names = [f.name + (f" ({', '.join(f.aliases)})" if f.aliases else "") for f in FORMATS.values()]
    return ", ".join(names) + f", {ALL}"


def complete_formats(incomplete: str) -> list[str]:
    """Shell completion of `--to`: the names that finish the comma list's last item."""
    done, _, last = incomplete.rpartition(",")
    prefix = f"{done}," if done else ""
    return [prefix + name for name in (*FORMATS, ALL) if name.startswith(last.lower())]


def chosen_formats(values: Sequence[str]) -> list[Format]:
    """The formats `--to` names. Each value is a name, an alias or `all`, or a comma list of
    them, and the option may be repeated. Each format comes once, in the registry's order,
    so every spelling of one choice writes the same files in the same order."""
    wanted: set[str] = set()
    for value in values:
        for name in value.split(","):
            key = name.strip().lower()
            if key == ALL:
                wanted.update(FORMATS)
            elif key in ALIASES:
                wanted.add(ALIASES[key].name)
            else:
                raise UnknownFormat(f"--to: unknown format {name.strip()!r}; known: {known_names()}")
    return [f for f in FORMATS.values() if f.name in wanted]


def detect_format(text: str) -> Format | None:
    """Which format a file holds, from its content; None when no format claims it."""
    return next((f for f in FORMATS.values() if f.detects(text)), None)


def _checked(fmt: Format, text: str) -> str:
    errors = fmt.write_errors(text)
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


def render_chunk(fmt: Format, records: Sequence[Record]) -> list[str | Exception]:
    """Each record's validated fragment, or the exception that keeps it out.

    One check for the whole chunk (one XSD run over N <mods>, one schema call over N CSL
    items): a document of valid records is valid, and a chunk that is not is checked
    record by record, so the bad record is named and the good ones still go through."""
    if fmt.in_memory is not None:
        return _render_chunk_in_memory(fmt, fmt.in_memory, records)
    pieces: list[str | Exception] = []
    for record in records:
        try:
            pieces.append(fmt.fragment(record))
        except Exception as exc:  # noqa: BLE001 — the caller reports it for this document only
            pieces.append(exc)
    good = [p for p in pieces if isinstance(p, str)]
    if not good or not fmt.write_errors(fmt.document(good)):
        return pieces
    return [_checked_piece(fmt, p) if isinstance(p, str) else p for p in pieces]


def _render_chunk_in_memory(fmt: Format, in_memory: InMemory, records: Sequence[Record]) -> list[str | Exception]:
    """render_chunk for a format checked as data: the chunk's items checked at once, and a
    chunk that fails checked record by record as text, for the message."""
    pieces: list[str | Exception] = []
    data: list = []
    for record in records:
        try:
            piece, items = in_memory.fragment(record)
        except Exception as exc:  # noqa: BLE001 — the caller reports it for this document only
            pieces.append(exc)
            continue
        pieces.append(piece)
        data += items
    if not data or in_memory.valid(data):
        return pieces
    return [_checked_piece(fmt, p) if isinstance(p, str) else p for p in pieces]


def _checked_piece(fmt: Format, piece: str) -> str | Exception:
    try:
        _checked(fmt, fmt.document([piece]))
        return piece
    except InvalidOutputError as exc:
        return exc


# --- the README's tables ---------------------------------------------------------------

CARRIED = ("the review", "review → book link", "editors", "translators", "place", "series", "page count", "price",
           "illustrated", "inferred year", "unknown year", "ISBN", "invalid ISBN")


def formats_table() -> str:
    """`--to` names, files and checks, one row per format, in markdown."""
    rows = ["| `--to` | also | file | format | checked against |", "|---|---|---|---|---|"]
    for f in FORMATS.values():
        also = ", ".join(f"`{a}`" for a in f.aliases)
        rows.append(f"| `{f.name}` | {also} | `{f.suffix}` | {f.description} | {f.checked_by} |")
    return "\n".join(rows) + "\n"


def carries_table() -> str:
    """What each writer does with each thing the hub knows, one column per writer module."""
    writers = list(dict.fromkeys(f.writer for f in FORMATS.values() if hasattr(f.writer, "CARRIES")))
    carries: list[Mapping[str, str]] = [w.CARRIES for w in writers]   # type: ignore[union-attr]
    rows = ["| | " + " | ".join(w.LABEL for w in writers) + " |",   # type: ignore[union-attr]
            "|---|" + "---|" * len(writers)]
    rows += [f"| {what} | " + " | ".join(c[what] for c in carries) + " |" for what in CARRIED]
    return "\n".join(rows) + "\n"
