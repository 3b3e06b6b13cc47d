"""Batch export: stream documents through the pipeline, in order, into one file per format.

Workers parse, render and validate; the main process keeps citation keys unique across
the run, writes fragments as they come (memory stays flat), and renames the finished
files into place only at the end, so an interrupted run leaves the previous files or none.
"""
from __future__ import annotations

import multiprocessing
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

from catalog.errors import BugError, CatalogError, NoNotesError
from catalog.formats import FORMATS, Format, render_fragment
from catalog.keys import unique
from catalog.model import Document, Record
from catalog.pipeline import catalog_document

WINDOW = 64   # documents handed to the workers at a time, per worker


@dataclass(frozen=True)
class Outcome:
    """What happened to one document."""

    doc_id: str
    record: Record | None = None
    fragments: tuple[str, ...] = ()
    skipped: bool = False
    error: str | None = None


@dataclass
class Summary:
    documents: int = 0
    reviews: int = 0
    books: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors: list[dict] = field(default_factory=list)

    def line(self) -> str:
        return (f"documents {self.documents}, reviews {self.reviews}, books {self.books}, "
                f"skipped {self.skipped}, failed {self.failed}, {self.seconds:.1f} s")


def parse_one(document: Document | CatalogError) -> Outcome:
    """One document -> its record (keys not yet unique across the run); never raises."""
    if isinstance(document, CatalogError):
        return Outcome(document.doc_id or "", error=document.message)
    try:
        return Outcome(document.id, catalog_document(document))
    except NoNotesError as exc:
        return Outcome(document.id, skipped=True, error=exc.message)
    except CatalogError as exc:
        return Outcome(document.id, error=exc.for_document(document.id).message)
    except Exception as exc:  # noqa: BLE001 — a bug must not stop the batch; it is reported
        return Outcome(document.id, error=BugError(f"{type(exc).__name__}: {exc}", document.id).message)


def render_one(outcome: Outcome, format_names: Sequence[str]) -> Outcome:
    """A parsed record -> its validated fragment in each format; never raises."""
    if outcome.record is None:
        return outcome
    try:
        fragments = tuple(render_fragment(FORMATS[name], outcome.record) for name in format_names)
        return replace(outcome, fragments=fragments)
    except CatalogError as exc:
        return Outcome(outcome.doc_id, error=exc.for_document(outcome.doc_id).message)
    except Exception as exc:  # noqa: BLE001
        return Outcome(outcome.doc_id, error=BugError(f"{type(exc).__name__}: {exc}", outcome.doc_id).message)


def warm_up() -> None:
    """Load what every worker needs: the given-name list, the compiled schemas."""
    from catalog.parse.names import is_given_name
    from catalog.validate.csljson import csl_fast_check
    from catalog.validate.mods import mods_schema
    is_given_name("Ann")
    csl_fast_check()
    mods_schema()


def _render_star(args: tuple) -> Outcome:
    return render_one(*args)


def outcomes(items: Iterable[Document | CatalogError], format_names: Sequence[str], jobs: int) -> Iterator[Outcome]:
    """Outcomes in input order: parse, make keys unique across the run, render.

    Keys are made unique in this process between the two stages, so no record is
    rendered twice; with jobs > 1 both stages run in a pool, window by window.
    """
    taken: set[str] = set()
    iterator = iter(items)

    def windows(size: int) -> Iterator[list]:
        while window := list(islice(iterator, size)):
            yield window

    def keyed(parsed: Iterable[Outcome]) -> list[Outcome]:
        return [replace(o, record=rekey(o.record, taken)) if o.record else o for o in parsed]

    if jobs <= 1:
        for window in windows(WINDOW):
            yield from (render_one(o, format_names) for o in keyed(map(parse_one, window)))
        return
    warm_up()   # loaded once here; forked workers share it instead of each loading it
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        batches = windows(WINDOW * jobs)
        first = next(batches, None)
        parsing = pool.imap(parse_one, first, chunksize=8) if first else None
        while parsing is not None:
            parsed = keyed(parsing)
            rendering = pool.imap(_render_star, [(o, format_names) for o in parsed], chunksize=8)
            following = next(batches, None)   # queued behind this window's renders: workers stay busy
            parsing = pool.imap(parse_one, following, chunksize=8) if following else None
            yield from rendering


def rekey(record: Record, taken: set[str]) -> Record:
    """Keys unique across the run: the first keeps its key, later ones get -2, -3 ..."""
    book_keys = unique([b.key for b in record.books], taken)
    review_key = unique([record.review.key], taken)[0]
    if book_keys == [b.key for b in record.books] and review_key == record.review.key:
        return record
    books = tuple(replace(b, key=k) for b, k in zip(record.books, book_keys))
    review = replace(record.review, key=review_key, reviews=tuple(book_keys))
    return replace(record, books=books, review=review)


class StagedFiles:
    """Output files written beside their targets and renamed into place on commit."""

    def __init__(self, targets: dict[str, Path]):
        self.targets = targets
        self.handles = {}
        self.temps = {}
        for name, target in targets.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            self.temps[name] = Path(tmp)
            self.handles[name] = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def write(self, name: str, text: str) -> None:
        self.handles[name].write(text)

    def commit(self) -> None:
        for name, handle in self.handles.items():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        for name, tmp in self.temps.items():
            os.replace(tmp, self.targets[name])

    def discard(self) -> None:
        for handle in self.handles.values():
            if not handle.closed:
                handle.close()
        for tmp in self.temps.values():
            tmp.unlink(missing_ok=True)


def export(items: Iterable[Document | CatalogError], formats: Sequence[Format], out: Path | None, stem: str,
           jobs: int = 1, on_outcome: Callable[[Outcome], None] | None = None,
           stdout_write: Callable[[str], None] | None = None) -> Summary:
    """Run the batch; write one file per format under `out` (or the single format to stdout)."""
    started = time.perf_counter()
    summary = Summary()
    names = [f.name for f in formats]
    staged = StagedFiles({f.name: out / f"{stem}{f.suffix}" for f in formats}) if out is not None else None
    sink = (lambda name, text: staged.write(name, text)) if staged else (lambda name, text: stdout_write(text))
    written = 0
    try:
        for outcome in outcomes(items, names, jobs):
            summary.documents += 1
            if on_outcome:
                on_outcome(outcome)
            if outcome.skipped:
                summary.skipped += 1
                continue
            if outcome.error is not None:
                summary.failed += 1
                summary.errors.append({"id": outcome.doc_id, "error": outcome.error})
                continue
            record = outcome.record
            for fmt, piece in zip(formats, outcome.fragments):
                if written == 0:
                    sink(fmt.name, fmt.header)
                else:
                    sink(fmt.name, fmt.separator)
                sink(fmt.name, piece)
            written += 1
            summary.reviews += 1
            summary.books += len(record.books)
        if written:
            for fmt in formats:
                sink(fmt.name, fmt.footer)
            if staged:
                staged.commit()
        elif staged:
            staged.discard()
    except BaseException:
        if staged:
            staged.discard()
        raise
    summary.seconds = time.perf_counter() - started
    return summary
