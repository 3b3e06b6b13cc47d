"""A corpus cut into partitions a worker can read on its own, in the input's order.

A partition is a few small values (paths, byte offsets), never documents: the client
plans, the workers read. Files go in groups, a JSON-lines file in ranges of whole lines
(found by counting newlines, a streaming pass that holds no line), an archive whole.
Reading every partition in turn gives exactly what catalog.readers.sources.documents
gives, in the same order: keys and the errors file depend on it.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from catalog.errors import InputError
from catalog.model import ReviewMetadata
from catalog.readers.sources import Item, _file, _walk, jsonl_range

FILES_PER_PART = 256
LINES_PER_PART = 1000
_SCAN = 1024 * 1024


@dataclass(frozen=True)
class Files:
    files: tuple[tuple[str, str], ...]   # (path, name as the documents' ids see it)


@dataclass(frozen=True)
class Lines:
    path: str
    name: str
    start: int        # byte offsets, each at a line's start
    end: int
    first_line: int   # the number of the range's first line, for error messages and ids


@dataclass(frozen=True)
class Failed:
    detail: str
    where: str


Partition = Files | Lines | Failed


def plan(paths: list[str], kind: str = "auto", files_per_part: int | None = None,
         lines_per_part: int | None = None) -> Iterator[Partition]:
    """The partitions of the inputs, lazily, in input order."""
    files_per_part = files_per_part or FILES_PER_PART
    lines_per_part = lines_per_part or LINES_PER_PART
    group: list[tuple[str, str]] = []
    for raw in paths:
        if raw == "-":
            raise InputError("standard input cannot be split among workers; name files or folders")
        path = Path(raw)
        if path.is_dir():
            found: Iterator[tuple[Path, str] | InputError] = (
                r if isinstance(r, InputError) else (path / r, r) for r in _walk(path))
        elif path.exists() or path.is_symlink():
            found = iter([(path, path.name)])
        else:
            found = iter([InputError("no such file or folder", raw)])
        for entry in found:
            if isinstance(entry, InputError) or _splits(*entry, kind):
                if group:
                    yield Files(tuple(group))
                    group = []
                if isinstance(entry, InputError):
                    yield Failed(entry.detail, entry.doc_id or "")
                else:
                    yield from _ranges(*entry, lines_per_part)
                continue
            group.append((str(entry[0]), entry[1]))
            if len(group) >= files_per_part:
                yield Files(tuple(group))
                group = []
    if group:
        yield Files(tuple(group))


def _splits(path: Path, name: str, kind: str) -> bool:
    """A regular JSON-lines file: read in ranges (anything else the worker reads whole)."""
    return name.lower().endswith((".jsonl", ".ndjson")) and kind in ("auto", "jsonl") and path.is_file()


def _ranges(path: Path, name: str, lines_per_part: int) -> Iterator[Lines]:
    """Ranges of lines_per_part lines, cut at newlines counted in a streaming pass."""
    start = offset = lines = 0
    first_line = 1
    try:
        with path.open("rb") as handle:
            while block := handle.read(_SCAN):
                at = 0
                while (at := block.find(b"\n", at) + 1):
                    lines += 1
                    if lines % lines_per_part == 0:
                        yield Lines(str(path), name, start, offset + at, first_line)
                        start, first_line = offset + at, lines + 1
                offset += len(block)
    except OSError:
        pass   # the worker reads it and reports the error as a local run would
    if offset > start or start == 0:
        yield Lines(str(path), name, start, offset, first_line)


def read(partition: Partition, kind: str = "auto", metadata: ReviewMetadata = ReviewMetadata()) -> Iterator[Item]:
    """A partition's documents (or the error reading each), as documents() gives them."""
    if isinstance(partition, Failed):
        yield InputError(partition.detail, partition.where)
    elif isinstance(partition, Lines):
        yield from jsonl_range(Path(partition.path), partition.name, partition.start, partition.end,
                               partition.first_line, metadata)
    else:
        for path, name in partition.files:
            yield from _file(Path(path), name, kind, metadata)
