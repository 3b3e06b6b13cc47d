"""Batch export: stream documents through the pipeline, in order, into one file per format.

Workers parse, render and validate; the main process keeps citation keys unique across
the run, writes fragments as they come (memory stays flat), and renames the finished
files into place only at the end, so an interrupted run leaves the previous files or none.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import islice, repeat
from pathlib import Path

from catalog.corrections import Corrections, apply_corrections
from catalog.errors import BugError, CatalogError, NoNotesError
from catalog.formats import FORMATS, Format, render_chunk
from catalog.keys import KeySet, unique
from catalog.model import Document, Record
from catalog.output import StagedFiles
from catalog.pipeline import catalog_document, check_sure
from catalog.writers.hubjson import error_json, json_line, record_json

Keys = tuple[tuple[str, ...], str]   # one record's book keys and review key


@dataclass(frozen=True)
class Outcome:
    """What happened to one document."""

    doc_id: str
    record: Record | None = None
    fragments: tuple[str, ...] = ()
    skipped: bool = False
    error: str | None = None
    books: int = 0        # how many books were rendered (the record itself stays in the worker)


@dataclass
class Summary:
    documents: int = 0
    reviews: int = 0
    books: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (f"documents {self.documents}, reviews {self.reviews}, books {self.books}, "
                f"skipped {self.skipped}, failed {self.failed}, {self.seconds:.1f} s")


def parse_one(document: Document | CatalogError, strict: bool = False,
              corrections: Corrections | None = None) -> Outcome:
    """One document -> its record (keys not yet unique across the run), with a cataloger's
    corrections applied before --strict judges it; never raises."""
    if isinstance(document, CatalogError):
        return Outcome(document.doc_id or "", error=document.message)
    try:
        if not corrections:
            return Outcome(document.id, catalog_document(document, strict))
        record = apply_corrections(catalog_document(document), corrections)
        if strict:
            check_sure(record.books, document.id)
        return Outcome(document.id, record)
    except NoNotesError as exc:
        return Outcome(document.id, skipped=True, error=exc.message)
    except CatalogError as exc:
        return Outcome(document.id, error=exc.for_document(document.id).message)
    except Exception as exc:  # noqa: BLE001 — a bug must not stop the batch; it is reported
        return Outcome(document.id, error=BugError(f"{type(exc).__name__}: {exc}", document.id).message)


def render_all(outcomes: Sequence[Outcome], format_names: Sequence[str]) -> list[Outcome]:
    """Parsed records -> their validated fragments in each format, a chunk at a time, each
    format in turn (render_chunk); a document whose record fails a format fails whole,
    with that format's error, and the others go on. Never raises."""
    records = [o.record for o in outcomes if o.record is not None]
    rendered = [render_chunk(FORMATS[name], records) for name in format_names]
    per_record = zip(*rendered, strict=True) if rendered else repeat(())
    return [_finished(o, next(per_record)) if o.record is not None else o for o in outcomes]


def _finished(outcome: Outcome, pieces: tuple[str | Exception, ...]) -> Outcome:
    """The outcome with its fragments, or the first format's error in their place."""
    failure = next((p for p in pieces if isinstance(p, Exception)), None)
    if failure is None:
        assert outcome.record is not None
        return replace(outcome, fragments=tuple(p for p in pieces if isinstance(p, str)),
                       books=len(outcome.record.books))
    if isinstance(failure, CatalogError):
        return Outcome(outcome.doc_id, error=failure.for_document(outcome.doc_id).message)
    # a bug must not stop the batch; it is reported
    return Outcome(outcome.doc_id, error=BugError(f"{type(failure).__name__}: {failure}", outcome.doc_id).message)


def warm_up(schemas: bool = True) -> None:
    """Load what every worker needs: the given-name list, and the compiled schemas when
    it renders (`catalog parse` does not)."""
    from catalog.parse.names import is_given_name
    is_given_name("Ann")
    if schemas:
        from catalog.validate.cslcheck import csl_check
        from catalog.validate.mods import mods_schema
        csl_check()
        mods_schema()


def record_keys(record: Record) -> Keys:
    return tuple(b.key for b in record.books), record.review.key


def with_keys(record: Record, keys: Keys) -> Record:
    """The record under the run's keys; the review follows its books to their new keys."""
    book_keys, review_key = keys
    if keys == record_keys(record):
        return record
    books = tuple(replace(b, key=k) for b, k in zip(record.books, book_keys, strict=True))
    review = replace(record.review, key=review_key, reviews=book_keys)
    return replace(record, books=books, review=review)


def unique_keys(keys: Keys, taken: KeySet | set[str]) -> Keys:
    """Keys unique across the run: the first keeps its key, later ones get -2, -3 ..."""
    book_keys, review_key = keys
    return tuple(unique(book_keys, taken)), unique([review_key], taken)[0]


def rekey(record: Record, taken: KeySet | set[str]) -> Record:
    return with_keys(record, unique_keys(record_keys(record), taken))


def _keyed_render(chunk: Sequence[tuple[Outcome, Keys | None]], format_names: Sequence[str]) -> list[Outcome]:
    """Render a chunk under the run's keys; the records stay behind, only their text goes on."""
    keyed = [replace(o, record=with_keys(o.record, keys)) if keys and o.record else o for o, keys in chunk]
    return [replace(o, record=None) if o.record is not None else o for o in render_all(keyed, format_names)]


CHUNK = 64   # documents rendered and checked together: one XSD or schema run per format


def outcomes(items: Iterable[Document | CatalogError], format_names: Sequence[str], jobs: int,
             strict: bool = False, corrections: Corrections | None = None) -> Iterator[Outcome]:
    """Outcomes in input order: parse, make keys unique across the run, render.

    Keys are made unique between the two stages, so no record is rendered twice. Both go a
    chunk of documents at a time; with jobs > 1 a chunk stays in one worker for both
    stages (catalog.parallel).
    """
    taken = KeySet()
    render = partial(_keyed_render, format_names=tuple(format_names))
    parse = partial(parse_one, strict=strict, corrections=corrections)
    if jobs <= 1:
        source = iter(items)
        while chunk := list(islice(source, CHUNK)):
            parsed = [parse(item) for item in chunk]
            yield from render([(o, unique_keys(record_keys(o.record), taken) if o.record else None) for o in parsed])
        return
    from catalog import parallel  # here, not at the top: one job never needs multiprocessing
    warm_up()   # loaded once here; forked workers share it instead of each loading it
    yield from parallel.outcomes(items, jobs, parse, record_keys, lambda keys: unique_keys(keys, taken), render)


def _json_rows(chunk: Sequence[tuple[Outcome, None]]) -> list[tuple[str, bool]]:
    """A chunk's outcomes as JSON lines: the record, or the error; and whether it failed."""
    return [(json_line(record_json(o.record)), False) if o.record is not None
            else (json_line(error_json(o.doc_id, o.error or "no record")), True) for o, _ in chunk]


def _no_keys(record: Record) -> None:
    """parse keeps each document's own keys: nothing to make unique across the run."""
    return None


def json_rows(items: Iterable[Document | CatalogError], jobs: int = 1) -> Iterator[tuple[str, bool]]:
    """Each document's JSON line and whether it failed, in input order (`catalog parse`);
    with jobs > 1, workers parse and render (catalog.parallel), the same lines as one job."""
    if jobs <= 1:
        source = iter(items)
        while chunk := list(islice(source, CHUNK)):
            yield from _json_rows([(parse_one(item), None) for item in chunk])
        return
    from catalog import parallel
    warm_up(schemas=False)   # loaded once here; forked workers share it
    yield from parallel.outcomes(items, jobs, parse_one, _no_keys, _no_keys, _json_rows)


def export(items: Iterable[Document | CatalogError], formats: Sequence[Format], out: Path | None, stem: str,
           jobs: int = 1, on_outcome: Callable[[Outcome], None] | None = None,
           stdout_write: Callable[[str], None] | None = None, strict: bool = False,
           errors_to: Path | None = None, corrections: Corrections | None = None) -> Summary:
    """Run the batch; write one file per format under `out` (or the single format to stdout),
    and each failed or skipped document as a JSON line to `errors_to`, as it comes: a
    newspaper corpus is mostly skipped articles, and none of them is held in memory."""
    started = time.perf_counter()
    summary = Summary()
    names = [f.name for f in formats]
    staged: StagedFiles | None = None
    errors: StagedFiles | None = None
    def sink(name: str, text: str) -> None:
        if staged is not None:
            staged.write(name, text)
        elif stdout_write is not None:
            stdout_write(text)
    def report(row: dict) -> None:
        if errors is not None:
            errors.write("errors", json_line(row))
    written = 0
    try:   # from the first temporary file on, any way out removes them all
        if errors_to is not None:
            errors = StagedFiles({"errors": errors_to})
        if out is not None:
            staged = StagedFiles({f.name: out / f"{stem}{f.suffix}" for f in formats})
        for outcome in outcomes(items, names, jobs, strict, corrections):
            summary.documents += 1
            if on_outcome:
                on_outcome(outcome)
            if outcome.skipped:   # listed too: a user who fed a document in wants to know it gave nothing
                summary.skipped += 1
                report({"id": outcome.doc_id, "skipped": True, "error": outcome.error})
                continue
            if outcome.error is not None:
                summary.failed += 1
                report({"id": outcome.doc_id, "error": outcome.error})
                continue
            for fmt, piece in zip(formats, outcome.fragments, strict=True):
                sink(fmt.name, (fmt.separator if written else fmt.header) + piece)
            written += 1
            summary.reviews += 1
            summary.books += outcome.books
        if written:
            for fmt in formats:
                sink(fmt.name, fmt.footer)
            if staged:
                staged.commit()
        elif staged:
            staged.discard()
        if errors:
            errors.commit()
    except BaseException:
        for files in (staged, errors):
            if files:
                files.discard()
        raise
    summary.seconds = time.perf_counter() - started
    return summary
