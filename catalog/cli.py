"""The command line: parse, export, validate. The only module that prints.

Exit codes: 0 all went through, 1 some document or file failed, 2 usage error.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from catalog.errors import CatalogError
from catalog.formats import FORMATS, render
from catalog.model import Document, Record, ReviewMetadata
from catalog.output import ensure_writable, write_atomic
from catalog.pipeline import catalog_document
from catalog.readers.jsonl import read_jsonl
from catalog.readers.text import read_text_document
from catalog.validate.detect import detect_format
from catalog.writers.hubjson import error_json, json_line, record_json

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="Turn book reviews into library-grade bibliographic records.")


class Target(str, Enum):
    bibtex = "bibtex"
    biblatex = "biblatex"
    mods = "mods"
    csljson = "csljson"
    json = "json"
    all = "all"


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"catalog: {message}", err=True)
    return typer.Exit(code)


def _metadata(reviewer: list[str], outlet, date, headline, url) -> ReviewMetadata:
    return ReviewMetadata(reviewers=tuple(reviewer or ()), outlet=outlet, date=date,
                          headline=headline, url=url)


def _read(path: str, metadata: ReviewMetadata) -> Document:
    name = "stdin" if path == "-" else path
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise CatalogError(exc.strerror or "cannot read", name) from None
    document, warnings = read_text_document(data, Path(name).stem if path != "-" else "stdin", metadata)
    for warning in warnings:
        typer.echo(f"catalog: warning: {warning}", err=True)
    return document


Reviewer = typer.Option(None, "--reviewer", help="Who wrote the review (repeatable).")
Outlet = typer.Option(None, "--outlet", help="Where it appeared, e.g. 'The New York Times'.")
Date = typer.Option(None, "--date", help="When it appeared: YYYY, YYYY-MM or YYYY-MM-DD.")
Headline = typer.Option(None, "--headline", help="The review's headline.")
Url = typer.Option(None, "--url", help="The review's URL.")


@app.command()
def parse(
    path: str = typer.Argument("-", help="A review (text or PTB-tokenized), or - for stdin."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Read JSON lines {id, text, review}; write one line each."),
    reviewer: Optional[list[str]] = Reviewer, outlet: Optional[str] = Outlet,
    date: Optional[str] = Date, headline: Optional[str] = Headline, url: Optional[str] = Url,
) -> None:
    """Print the normalized records as JSON."""
    given = _metadata(reviewer, outlet, date, headline, url)
    if not jsonl:
        try:
            record = catalog_document(_read(path, given))
        except CatalogError as exc:
            raise _fail(exc.message) from None
        typer.echo(json.dumps(record_json(record), ensure_ascii=False, indent=2))
        return
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8", errors="replace")
    failed = 0
    for item in read_jsonl(stream):
        if isinstance(item, CatalogError):
            row, failed = error_json(item.doc_id or "", item.message), failed + 1
        else:
            try:
                row = record_json(catalog_document(Document(item.id, item.text, item.metadata.merged(given))))
            except CatalogError as exc:
                row, failed = error_json(item.id, exc.message), failed + 1
        sys.stdout.write(json_line(row))
    raise typer.Exit(1 if failed else 0)


@app.command()
def export(
    paths: list[str] = typer.Argument(..., help="Reviews to export (files, or - for stdin)."),
    to: Target = typer.Option(Target.all, "--to", help="Output format."),
    out: Optional[Path] = typer.Option(None, "-o", "--out", help="Output folder; stdout when omitted."),
    reviewer: Optional[list[str]] = Reviewer, outlet: Optional[str] = Outlet,
    date: Optional[str] = Date, headline: Optional[str] = Headline, url: Optional[str] = Url,
) -> None:
    """Export reviews as BibTeX, biblatex, MODS 3.8, CSL-JSON and/or the hub JSON."""
    formats = list(FORMATS.values()) if to == Target.all else [FORMATS[to.value]]
    if out is None and len(formats) > 1:
        raise _fail("--to all needs an output folder (-o DIR); name one format to print it", 2)
    try:
        if out is not None:
            ensure_writable(out)
    except CatalogError as exc:
        raise _fail(exc.message, 2) from None
    given = _metadata(reviewer, outlet, date, headline, url)
    failed = 0
    for path in paths:
        try:
            record = catalog_document(_read(path, given))
            texts = [(fmt, render(fmt, [record])) for fmt in formats]
        except CatalogError as exc:
            typer.echo(f"catalog: {exc.message}", err=True)
            failed += 1
            continue
        for fmt, text in texts:
            if out is None:
                sys.stdout.write(text)
            else:
                target = out / f"{record.id}{fmt.suffix}"
                write_atomic(target, text)
                typer.echo(f"wrote {target}", err=True)
    raise typer.Exit(1 if failed else 0)


@app.command()
def validate(paths: list[Path] = typer.Argument(..., help="Files to check (format detected from content).")) -> None:
    """Validate files against MODS 3.8, csl-data.json, or BibTeX/biblatex rules."""
    invalid = 0
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            typer.echo(f"{path}:0: cannot read as UTF-8 text ({exc})", err=True)
            invalid += 1
            continue
        fmt = detect_format(text)
        if fmt is None:
            typer.echo(f"{path}:0: unknown format (not MODS, CSL-JSON, JSON lines or BibTeX)", err=True)
            invalid += 1
            continue
        errors = fmt.errors(text)
        for line, message in errors:
            typer.echo(f"{path}:{line}: {message}")
        if errors:
            invalid += 1
        else:
            typer.echo(f"{path}: valid {fmt.name}")
    raise typer.Exit(1 if invalid else 0)


def main() -> None:
    app(prog_name="catalog")
