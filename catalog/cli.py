"""The command line: parse, export, validate. The only module that prints.

Exit codes: 0 all went through, 1 some document or file failed, 2 usage error.
"""
from __future__ import annotations

import gc
import json
import logging
import os
import signal
import sys
from dataclasses import replace
from enum import Enum
from itertools import chain
from pathlib import Path

import typer

from catalog import batch
from catalog.api import read
from catalog.batch import Outcome
from catalog.corrections import Corrections, read_journal
from catalog.errors import CatalogError, InputError, OutputError
from catalog.formats import ALL, FORMATS, UnknownFormat, chosen_formats, complete_formats, detect_format, known_names
from catalog.model import ReviewMetadata
from catalog.output import ensure_file_target, ensure_writable
from catalog.readers.metadata import review_metadata
from catalog.readers.sources import ARCHIVES, DOCUMENT_SUFFIXES, strip_suffix
from catalog.validate.report import github_line, text_line
from catalog.writers.hubjson import record_json

app = typer.Typer(pretty_exceptions_enable=False, no_args_is_help=True,
                  help="Turn book reviews into library-grade bibliographic records.")

# Every name --to takes, for its help.
KNOWN_NAMES = known_names()


def _print_version(value: bool) -> None:
    """--version: the installed package's version, as a bug report asks for it."""
    if value:
        from importlib.metadata import PackageNotFoundError, version
        try:
            found = version("catalog")
        except PackageNotFoundError:   # run from a checkout that is not installed
            from catalog import __version__ as found
        typer.echo(f"catalog {found}")
        raise typer.Exit()


@app.callback()
def _options(
    show_version: bool = typer.Option(False, "--version", "-V", callback=_print_version, is_eager=True,
                                      help="Print catalog's version and exit."),
) -> None:
    """Turn book reviews into library-grade bibliographic records."""


def _write_stdout(text: str) -> None:
    try:
        sys.stdout.write(text)
    except OSError as exc:   # "> /dev/full", a closed pipe
        raise OutputError(exc.strerror or str(exc), "standard output") from None


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"catalog: {message}", err=True)
    return typer.Exit(code)


class Dollar(str, Enum):
    CAD = "CAD"
    AUD = "AUD"
    NZD = "NZD"
    USD = "USD"


def _metadata(reviewer: list[str] | None, outlet: str | None, date: str | None, headline: str | None,
              url: str | None, dollar: Dollar | None = None) -> ReviewMetadata:
    """The options, typed; an unreadable --date is a usage error (exit 2) before any work."""
    try:
        given = review_metadata(reviewer or None, outlet, date, headline, url)
        return replace(given, currency=dollar.value) if dollar is not None else given
    except InputError as exc:
        raise _fail(f"--date: {exc.detail}" if date and "date" in exc.detail else exc.detail, 2) from None


Reviewer = typer.Option(None, "--reviewer", help="Who wrote the review (repeatable).")
Outlet = typer.Option(None, "--outlet", help="Where it appeared, e.g. 'The New York Times'.")
Date = typer.Option(None, "--date", help="When it appeared: YYYY, YYYY-MM, YYYY-MM-DD or e.g. 'July 1996'.")
Headline = typer.Option(None, "--headline", help="The review's headline.")
Url = typer.Option(None, "--url", help="The review's URL.")
DollarOption = typer.Option(None, "--dollar", case_sensitive=False,
                            help="The dollar a bare '$' stands for in the whole corpus (default: USD, or the "
                                 "outlet's own dollar for a Canadian, Australian or New Zealand outlet).")
Jobs = typer.Option(1, "--jobs", min=1, max=64, help="Parallel workers (same output as --jobs 1).")


@app.command()
def parse(
    path: str = typer.Argument("-", help="A review, folder or archive (text, PTB, NITF), or - for stdin."),
    jsonl: bool = typer.Option(False, "--jsonl", help="Input is JSON lines {id, text, review}; one line out each."),
    jobs: int = Jobs,
    reviewer: list[str] | None = Reviewer, outlet: str | None = Outlet,
    date: str | None = Date, headline: str | None = Headline, url: str | None = Url,
    dollar: Dollar | None = DollarOption,
) -> None:
    """Print the normalized records as JSON (one JSON line per document for several)."""
    given = _metadata(reviewer, outlet, date, headline, url, dollar)
    items = read([path], "jsonl" if jsonl else "auto", given, errors="yield")
    first, second = next(items, None), next(items, None)
    if first is not None and second is None and not jsonl:   # one document: pretty JSON
        outcome = batch.parse_one(first)
        if outcome.record is None:
            raise _fail(outcome.error or "no record")
        typer.echo(json.dumps(record_json(outcome.record), ensure_ascii=False, indent=2))
        return
    failed = 0
    try:
        for line, failure in batch.json_rows(chain((i for i in (first, second) if i is not None), items), jobs):
            sys.stdout.write(line)
            failed += failure
    except CatalogError as exc:   # a dead worker
        raise _fail(exc.message) from None
    raise typer.Exit(1 if failed else 0)


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Source(str, Enum):
    auto = "auto"
    text = "text"
    nitf = "nitf"
    jsonl = "jsonl"


def _stem(paths: list[str]) -> str:
    """Output files are named after the one input, or 'catalog' for several."""
    if len(paths) != 1:
        return "catalog"
    if paths[0] == "-":
        return "stdin"
    name = Path(paths[0].rstrip("/")).name or "catalog"
    return strip_suffix(name, ARCHIVES + DOCUMENT_SUFFIXES) or "catalog"


@app.command()
def export(
    paths: list[str] = typer.Argument(..., help="Reviews: files, folders, .tgz/.zip archives, or - for stdin."),
    to: list[str] | None = typer.Option(
        None, "--to", metavar="FORMAT[,FORMAT...]", autocompletion=complete_formats,
        help=f"Output formats, a comma list or the option repeated (default {ALL}): {KNOWN_NAMES}."),
    out: Path | None = typer.Option(None, "-o", "--out", help="Output folder; stdout when omitted."),
    source: Source = typer.Option(Source.auto, "--from", help="Input kind; detected per file when auto."),
    jobs: int = Jobs,
    errors: Path | None = typer.Option(None, "--errors", help="Write failed documents here (JSON lines)."),
    strict: bool = typer.Option(False, "--strict",
                                help="Send books the parser is unsure of to the errors, not the outputs."),
    corrections: Path | None = typer.Option(None, "--corrections",
                                               help="A review desk's journal (catalog review): "
                                                    "its corrected books are verified."),
    reviewer: list[str] | None = Reviewer, outlet: str | None = Outlet,
    date: str | None = Date, headline: str | None = Headline, url: str | None = Url,
    dollar: Dollar | None = DollarOption,
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: --jobs processes. dask: a Dask cluster "
                                  "(pip install 'catalog[dask]'); --jobs local workers unless --scheduler."),
    scheduler: str | None = typer.Option(None, "--scheduler", help="--engine dask: the scheduler's address "
                                            "(tcp://host:8786); none starts a local cluster."),
    partitioned: bool = typer.Option(False, "--partitioned", help="--engine dask: keep part files and a manifest "
                                     "under OUT/NAME.parts/ instead of joining them."),
) -> None:
    """Export reviews as BibTeX, biblatex, MODS 3.8, CSL-JSON, MARC 21, RIS and/or the hub JSON."""
    try:
        formats = chosen_formats(to or [ALL])
    except UnknownFormat as exc:
        raise _fail(str(exc), 2) from None
    if out is None and len(formats) > 1:
        raise _fail(f"--to {','.join(to or [ALL])} names {len(formats)} formats: several need an output folder "
                    "(-o DIR); name one format to print it", 2)
    try:
        if out is not None:
            ensure_writable(out)
        if errors is not None:
            ensure_file_target(errors)
        corrected = _read_corrections(corrections)
    except CatalogError as exc:
        raise _fail(exc.message, 2) from None
    given = _metadata(reviewer, outlet, date, headline, url, dollar)
    if engine == Engine.dask:
        summary = _dask_export(paths, source.value, given, formats, out, jobs, scheduler, strict, errors, corrected,
                               partitioned)
    else:
        summary = _local_export(paths, source.value, given, formats, out, jobs, strict, errors, corrected)
    if summary.documents > 1 or sys.stderr.isatty():
        typer.echo(summary.line(), err=True)
    if summary.reviews == 0 and summary.failed == 0:
        what = "no publication notes found"
        raise _fail(f"{paths[0]}: {what}" if summary.documents == 1
                    else f"{what} in any of {summary.documents} documents")
    if out is not None and summary.reviews:
        for fmt in formats:
            typer.echo(f"wrote {out / (_stem(paths) + fmt.suffix)}", err=True)
    raise typer.Exit(1 if summary.failed else 0)


def _local_export(paths: list[str], kind: str, given: ReviewMetadata, formats: list, out: Path | None, jobs: int,
                  strict: bool, errors: Path | None, corrected: Corrections | None) -> batch.Summary:
    items = read(paths, kind, given, errors="yield")
    with _progress() as advance:
        def report(outcome: Outcome) -> None:
            advance()
            if outcome.error is not None and not outcome.skipped:
                typer.echo(f"catalog: {outcome.error}", err=True)
        try:
            return batch.export(items, formats, out, _stem(paths), jobs, report, _write_stdout, strict, errors,
                                corrected)
        except CatalogError as exc:   # a full disk, a dead worker: the previous outputs stay as they were
            raise _fail(exc.message) from None


def _dask_export(paths: list[str], kind: str, given: ReviewMetadata, formats: list, out: Path | None, jobs: int,
                 scheduler: str | None, strict: bool, errors: Path | None, corrected: Corrections | None,
                 partitioned: bool) -> batch.Summary:
    """--engine dask (catalog.dask_engine): the same files; a terminal shows the cluster's progress bar."""
    from catalog import dask_engine
    try:
        return dask_engine.export(paths, kind, given, formats, out, _stem(paths), jobs, scheduler, strict, errors,
                                  corrected, _write_stdout, lambda message: typer.echo(f"catalog: {message}", err=True),
                                  sys.stderr.isatty(), partitioned)
    except InputError as exc:   # no dask installed, stdin given
        raise _fail(exc.message, 2) from None
    except CatalogError as exc:
        raise _fail(exc.message) from None


def _read_corrections(path: Path | None) -> Corrections | None:
    """--corrections: the journal's latest correction of each book; a torn line is a warning.
    A journal named but not there is a usage error: a typo must not export uncorrected."""
    if path is None:
        return None
    if not path.is_file():
        raise InputError(f"--corrections: {path}: no such file")
    latest, warnings = read_journal(path)
    for warning in warnings:
        typer.echo(f"catalog: {warning}", err=True)
    return latest


class _progress:
    """A progress bar on a terminal (rich, through typer); nothing otherwise."""

    def __enter__(self):
        self.bar = None
        if sys.stderr.isatty():
            from rich.progress import (
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )
            self.bar = Progress(SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                                transient=True)
            self.bar.start()
            self.task = self.bar.add_task("export", total=None)
        return (lambda: self.bar.advance(self.task)) if self.bar else (lambda: None)

    def __exit__(self, *exc):
        if self.bar:
            self.bar.stop()
        return False


@app.command()
def review(
    run: Path = typer.Argument(..., help="A run's hub JSON lines (catalog export --to json)."),
    corrections: Path | None = typer.Option(None, "--corrections",
                                               help="The journal saves go to "
                                                    "(default: RUN's name, .corrections.jsonl)."),
    port: int = typer.Option(8027, "--port", min=0, max=65535, help="Port on 127.0.0.1 (0: any free port)."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Print the address only; do not open a browser."),
) -> None:
    """Check and correct a run's books in the browser: a local page, saves to a journal."""
    try:
        from catalog.review.desk import read_run
        from catalog.review.server import Journal, serve
    except ImportError as exc:   # flask is the review extra's
        raise _fail(f"catalog review needs its extra: pip install 'catalog[review]' ({exc.name} is missing)",
                    2) from None
    journal_path = corrections or run.with_name(strip_suffix(run.name, (".jsonl", ".json")) + ".corrections.jsonl")
    try:
        with run.open(encoding="utf-8") as lines:
            items = read_run(lines)
        journal = Journal(journal_path)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _fail(f"{run}: cannot read the run ({exc})", 2) from None
    except CatalogError as exc:
        raise _fail(exc.message, 2) from None
    for warning in journal.warnings:
        typer.echo(f"catalog: {warning}", err=True)
    if not items:
        raise _fail(f"{run}: no books in this run (expected catalog export --to json lines)", 2)

    def ready(address: str) -> None:
        typer.echo(f"catalog review: {len(items)} books; corrections go to {journal_path}")
        typer.echo(address)
        sys.stdout.flush()
        if not no_browser:
            import webbrowser
            webbrowser.open(address)

    try:
        serve(items, journal, port, ready)
    except OSError as exc:   # the port is taken
        raise _fail(f"cannot serve on 127.0.0.1:{port} ({exc.strerror or exc})", 2) from None
    except KeyboardInterrupt:
        raise typer.Exit(0) from None


class Report(str, Enum):
    text = "text"
    github = "github"


@app.command()
def validate(paths: list[Path] = typer.Argument(..., help="Files to check (format detected from content)."),
             report: Report = typer.Option(Report.text, "--format",
                                           help="text: file:line: message. github: GitHub Actions annotations.")
             ) -> None:
    """Validate files: MODS 3.8 and MARCXML against their XSDs, CSL-JSON against csl-data.json,
    BibTeX/biblatex, RIS and ISO 2709 MARC by their rules."""
    github = report == Report.github

    def problem(path: Path, line: int, message: str, err: bool = False) -> None:
        # An annotation must reach the runner on stdout; plain text keeps the old streams.
        if github:
            typer.echo(github_line(str(path), line, message))
        else:
            typer.echo(text_line(str(path), line, message), err=err)

    invalid = 0
    for path in paths:
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problem(path, 0, f"cannot read as UTF-8 text ({exc})", err=True)
            invalid += 1
            continue
        fmt = detect_format(text)
        if fmt is None:
            problem(path, 0, f"unknown format (not {', '.join(f.description for f in FORMATS.values())})", err=True)
            invalid += 1
            continue
        errors = fmt.errors(text)
        for line, message in errors:
            problem(path, line, message)
        if errors:
            invalid += 1
        else:
            typer.echo(f"{path}: valid {fmt.name}")
    raise typer.Exit(1 if invalid else 0)


def _terminate(signum: int, frame: object) -> None:
    """SIGTERM ends the run as ^C does: temporary files are removed, outputs stay as they were."""
    raise KeyboardInterrupt


def main() -> None:
    """The entry point: every way a run can end is one line on stderr and an exit code."""
    signal.signal(signal.SIGTERM, _terminate)
    # The modules and tables imported so far live as long as the run: frozen, the collector no
    # longer walks them at each collection of the older generations (2 % of a parse's work).
    gc.freeze()
    # bibtexparser logs each block it cannot parse; catalog reports those itself, one line each.
    logging.getLogger("bibtexparser").setLevel(logging.ERROR)
    code: int | str | None = 0
    try:
        app(prog_name="catalog")   # standalone: usage errors exit 2, typer.Exit its code
    except SystemExit as done:
        code = done.code
    except KeyboardInterrupt:   # ^C or SIGTERM outside typer's own handling
        typer.echo("catalog: interrupted; the previous output files are kept", err=True)
        code = 130
    except CatalogError as exc:
        typer.echo(f"catalog: {exc.message}", err=True)
        code = 1
    except OSError as exc:   # printing to a full device or a closed pipe
        where = f"{exc.filename}: " if exc.filename else "standard output: "
        typer.echo(f"catalog: {where}cannot write output: {exc.strerror or exc}", err=True)
        code = 1
    raise SystemExit(_flush_stdout() or code)


def _flush_stdout() -> int:
    """Flush stdout now, so a full device ("> /dev/full") or a closed pipe is one line, not a
    traceback at interpreter exit."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())   # nothing left to flush at exit
        typer.echo(f"catalog: cannot write to standard output ({exc.strerror or exc})", err=True)
        return 1
    return 0
