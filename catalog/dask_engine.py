"""`catalog export --engine dask`: the batch on a Dask cluster, with --jobs 1's output.

Three steps, so no record ever travels: (1) each partition's worker reads and parses it
and sends back only its documents' base citation keys; (2) the client, taking partitions
in input order, makes the keys unique across the run (-2, -3 as a local run does) and
sends each partition its final keys; (3) the worker parses again, renders and validates
under those keys, and writes its fragments and error lines to part files beside the
output, returning only counts. The client joins the parts into one file per format,
headers and separators where a local run puts them, and renames them into place at the
end (or, --partitioned, keeps the parts and writes a manifest). Parsing twice costs less
than keeping records on workers that may die: a retried task finds nothing it needs.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from catalog import partitions
from catalog.batch import CHUNK, Keys, Outcome, Summary, _keyed_render, parse_one, record_keys, unique_keys
from catalog.corrections import Corrections
from catalog.errors import InputError
from catalog.formats import FORMATS, Format
from catalog.keys import KeySet
from catalog.model import ReviewMetadata
from catalog.output import StagedFiles
from catalog.writers.hubjson import json_line


@dataclass(frozen=True)
class Job:
    """What every task of a run needs besides its partition: small, sent with each task."""

    kind: str
    metadata: ReviewMetadata
    formats: tuple[str, ...]
    strict: bool = False
    corrections: Corrections | None = None


@dataclass
class PartCounts:
    documents: int = 0
    reviews: int = 0
    books: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)   # messages, for stderr as a local run prints them


def _parsed(partition: partitions.Partition, job: Job) -> Iterator[Outcome]:
    parse = lambda item: parse_one(item, job.strict, job.corrections)   # noqa: E731
    return (parse(item) for item in partitions.read(partition, job.kind, job.metadata))


def base_keys(partition: partitions.Partition, job: Job) -> list[Keys | None]:
    """Step 1, on a worker: each document's keys before the run makes them unique."""
    return [record_keys(o.record) if o.record is not None else None for o in _parsed(partition, job)]


def render_part(partition: partitions.Partition, keys: list[Keys | None], job: Job, folder: str,
                number: int) -> PartCounts:
    """Step 3, on a worker: render under the run's keys into part files, atomically (a
    retried task rewrites them whole). Fragments are joined by each format's separator;
    the client adds headers, footers and the separators between parts."""
    formats = [FORMATS[name] for name in job.formats]
    counts = PartCounts()
    pieces: dict[str, list[str]] = {f.name: [] for f in formats}
    errors: list[str] = []
    parsed = zip(_parsed(partition, job), keys, strict=True)
    while chunk := list(islice(parsed, CHUNK)):
        for outcome in _keyed_render(chunk, job.formats):
            counts.documents += 1
            if outcome.skipped:
                counts.skipped += 1
                errors.append(json_line({"id": outcome.doc_id, "skipped": True, "error": outcome.error}))
            elif outcome.error is not None:
                counts.failed += 1
                counts.failures.append(outcome.error)
                errors.append(json_line({"id": outcome.doc_id, "error": outcome.error}))
            else:
                counts.reviews += 1
                counts.books += outcome.books
                for fmt, piece in zip(formats, outcome.fragments, strict=True):
                    pieces[fmt.name].append(piece)
    for fmt in formats:
        _write_part(Path(folder) / f"part-{number:06d}{fmt.suffix}", fmt.separator.join(pieces[fmt.name]))
    _write_part(Path(folder) / f"part-{number:06d}.errors.jsonl", "".join(errors))
    return counts


def _write_part(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    os.replace(temporary, path)


def _client(scheduler: str | None, workers: int) -> tuple[Any, Any]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `workers` processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise InputError(
            f"--engine dask needs its extra: pip install 'catalog[dask]' ({exc.name} is missing)"
        ) from None
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster), cluster


def export(paths: list[str], kind: str, metadata: ReviewMetadata, formats: Sequence[Format], out: Path | None,
           stem: str, workers: int = 1, scheduler: str | None = None, strict: bool = False,
           errors_to: Path | None = None, corrections: Corrections | None = None,
           stdout_write: Callable[[str], None] | None = None, on_failure: Callable[[str], None] | None = None,
           progress: bool = False, partitioned: bool = False) -> Summary:
    """The run; the same files, errors file and summary as batch.export with jobs=1."""
    started = time.perf_counter()
    job = Job(kind, metadata, tuple(f.name for f in formats), strict, corrections)
    planned = list(partitions.plan(paths, kind))   # paths and offsets only
    folder = Path(tempfile.mkdtemp(prefix=".catalog-parts-", dir=out if out is not None else None))
    client, cluster = _client(scheduler, workers)
    summary = Summary()
    try:
        keyed = client.map(base_keys, planned, job=job, pure=False)
        from distributed import progress as show  # on a terminal: the parse pass, then the render pass
        if progress:
            show(keyed)
        taken = KeySet()
        rendered = []
        for number, (partition, future) in enumerate(zip(planned, keyed, strict=True)):   # the reduce, in input order
            final = [unique_keys(k, taken) if k else None for k in future.result()]
            future.release()
            rendered.append(client.submit(render_part, partition, final, job, str(folder), number, pure=False))
        if progress:
            show(rendered)
        counted = []
        for future in rendered:
            counts = future.result()
            future.release()
            for message in counts.failures:
                if on_failure:
                    on_failure(message)
            counts.failures = []
            counted.append(counts)
            for name in ("documents", "reviews", "books", "skipped", "failed"):
                setattr(summary, name, getattr(summary, name) + getattr(counts, name))
        _assemble(folder, counted, formats, out, stem, errors_to, stdout_write, partitioned)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
        shutil.rmtree(folder, ignore_errors=True)   # --partitioned's parts were moved out of it
    summary.seconds = time.perf_counter() - started
    return summary


def _assemble(folder: Path, counted: list[PartCounts], formats: Sequence[Format], out: Path | None, stem: str,
              errors_to: Path | None, stdout_write: Callable[[str], None] | None, partitioned: bool) -> None:
    """The parts, in order, as one file per format: header before the first record,
    separators between parts that hold records, footer after; nothing when no record."""
    written = sum(c.reviews for c in counted)
    errors = StagedFiles({"errors": errors_to}) if errors_to is not None else None
    staged = StagedFiles({f.name: out / f"{stem}{f.suffix}" for f in formats}) \
        if out is not None and written and not partitioned else None
    try:
        if errors is not None:
            for number in range(len(counted)):
                _copy(folder / f"part-{number:06d}.errors.jsonl", lambda text: errors.write("errors", text))
        if partitioned and out is not None and written:
            _manifest(folder, counted, formats, out, stem)
        elif written:
            for fmt in formats:
                sink = (lambda text, name=fmt.name: staged.write(name, text)) if staged else stdout_write
                assert sink is not None
                sink(fmt.header)
                first = True
                for number, counts in enumerate(counted):
                    if counts.reviews:
                        sink("" if first else fmt.separator)
                        first = False
                        _copy(folder / f"part-{number:06d}{fmt.suffix}", sink)
                sink(fmt.footer)
        if staged:
            staged.commit()
        if errors:
            errors.commit()
    except BaseException:
        for files in (staged, errors):
            if files:
                files.discard()
        raise


def _copy(path: Path, sink: Callable[[str], None]) -> None:
    """A part file into the sink, a megabyte at a time: the client never holds a part."""
    with path.open(encoding="utf-8", newline="") as handle:
        while block := handle.read(1024 * 1024):
            sink(block)


def _manifest(folder: Path, counted: list[PartCounts], formats: Sequence[Format], out: Path, stem: str) -> None:
    """--partitioned: the parts under OUT/STEM.parts/, and a manifest saying in which order
    they join (header, parts with records joined by the separator, footer)."""
    target = out / f"{stem}.parts"
    if target.exists():
        shutil.rmtree(target)
    keep = [number for number, counts in enumerate(counted) if counts.reviews]
    layouts = {fmt.name: {"header": fmt.header, "separator": fmt.separator, "footer": fmt.footer,
                          "parts": [f"part-{number:06d}{fmt.suffix}" for number in keep]} for fmt in formats}
    manifest = {"formats": layouts, "parts": len(keep)}
    staging = folder / "keep"
    staging.mkdir()
    for name in {n for layout in layouts.values() for n in layout["parts"]}:
        os.replace(folder / name, staging / name)
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(staging, target)
