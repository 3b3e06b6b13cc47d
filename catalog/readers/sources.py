"""Inputs -> a lazy stream of Documents (or the error reading each), in a stable order.

Files, folders (recursively, sorted), .tgz/.tar.gz/.tar/.zip archives read as streams
without unpacking to disk, and stdin. Each file's kind (NITF XML, JSON lines, text) is
detected from its name and content unless `--from` says otherwise.
"""
from __future__ import annotations

import os
import stat
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from catalog.errors import CatalogError, InputError
from catalog.model import Document, ReviewMetadata
from catalog.readers.jsonl import MAX_LINE, read_jsonl, split_lines
from catalog.readers.nitf import MAX_BYTES as NITF_MAX
from catalog.readers.nitf import looks_like_nitf, read_nitf
from catalog.readers.text import MAX_BYTES as TEXT_MAX
from catalog.readers.text import read_text_document

KINDS = ("auto", "text", "nitf", "jsonl")
ARCHIVES = (".tgz", ".tar.gz", ".tar", ".zip")
MAX_FILE = max(TEXT_MAX, NITF_MAX)   # larger files are refused before they are read
Item = Document | CatalogError


def kind_of(name: str, data: bytes) -> str:
    lower = name.lower()
    if lower.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lower.endswith(".xml") or looks_like_nitf(data):
        return "nitf"
    return "text"


def read_member(name: str, data: bytes, kind: str, metadata: ReviewMetadata) -> Iterator[Item]:
    """One file's bytes -> its Documents (one, or one per JSON line)."""
    kind = kind_of(name, data) if kind == "auto" else kind
    doc_name = _doc_name(name)
    try:
        if kind == "jsonl":
            text = data.decode("utf-8-sig", errors="replace")
            for item in read_jsonl(split_lines(text)):
                yield item if isinstance(item, CatalogError) else _with(item, metadata)
        elif kind == "nitf":
            yield _with(read_nitf(data, doc_name), metadata)
        else:
            document, _warnings = read_text_document(data, doc_name, metadata)
            yield document
    except CatalogError as exc:
        yield exc.for_document(doc_name)


_NOTHING_GIVEN = ReviewMetadata()


def _with(document: Document, given: ReviewMetadata) -> Document:
    """Command-line metadata wins over what the input says."""
    if given == _NOTHING_GIVEN:
        return document
    return Document(document.id, document.text, document.metadata.merged(given), document.warnings)


DOCUMENT_SUFFIXES = (".xml", ".txt", ".text", ".jsonl", ".ndjson")


def strip_suffix(name: str, suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES) -> str:
    """'0859123.xml' -> '0859123', 'day.tar.gz' -> 'day' (with ARCHIVES); '' when nothing is left."""
    for suffix in suffixes:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _doc_name(name: str) -> str:
    """'1996/07/01/0859123.xml' -> '1996/07/01/0859123': the member's path, normalized as
    PurePosixPath would, without pathlib (it interns every part of every name it sees)."""
    slashed = name.replace("\\", "/")
    parts = [part for part in slashed.split("/") if part and part != "."]
    # POSIX keeps a leading '//' (and only two) as it is, so PurePosixPath does too
    root = "//" if slashed.startswith("//") and not slashed.startswith("///") else "/" * slashed.startswith("/")
    if not parts:
        return root or "."
    stem = strip_suffix(parts[-1])
    if stem:
        parts[-1] = stem
    return root + "/".join(parts)


def documents(paths: list[str], kind: str = "auto", metadata: ReviewMetadata = ReviewMetadata()) -> Iterator[Item]:
    """Every document of every input, lazily, in a deterministic order."""
    for raw in paths:
        if raw == "-":
            yield from _stdin(kind, metadata)
            continue
        path = Path(raw)
        if path.is_dir():
            for relative in _walk(path):
                if isinstance(relative, InputError):
                    yield relative
                else:
                    yield from _file(path / relative, relative, kind, metadata)
        elif path.exists() or path.is_symlink():
            yield from _file(path, path.name, kind, metadata)
        else:
            yield InputError("no such file or folder", raw)


def _stdin(kind: str, metadata: ReviewMetadata) -> Iterator[Item]:
    """Standard input. JSON lines (--from jsonl, parse --jsonl) are read a line at a time,
    as a file of them is: a corpus piped in may be far larger than memory. Anything else
    is one document, read whole up to the size limit."""
    stream = sys.stdin.buffer
    if kind == "jsonl":
        for item in read_jsonl(_bounded_lines(stream)):
            yield item if isinstance(item, CatalogError) else _with(item, metadata)
        return
    data = stream.read(MAX_FILE + 1)
    if len(data) > MAX_FILE:
        yield InputError(f"larger than {MAX_FILE // (1024 * 1024)} MB", "stdin")
    else:
        yield from read_member("stdin", data, kind, metadata)


def _walk(root: Path) -> Iterator[str | InputError]:
    """Relative paths of the visible files below root, sorted, one folder listed at a time;
    a folder that cannot be read is an InputError in its place, never skipped in silence.

    Folders are walked with a stack, not by recursion, so no depth is too deep. A folder's
    sorted names are packed into one NUL-separated string (no file name can hold NUL): a
    folder of 100,000 articles costs about 1.5 MB, not the 12 MB of a list of names.
    """
    stack: list[tuple[str, str, set[str], set[str], int]] = []   # (prefix, names, folders, others, next)
    listed = _list(root, "")
    if isinstance(listed, InputError):
        yield listed
        return
    stack.append(("", *listed, 0))
    while stack:
        prefix, packed, folders, others, start = stack.pop()
        if start >= len(packed):
            continue
        end = packed.find("\0", start)
        end = len(packed) if end == -1 else end
        stack.append((prefix, packed, folders, others, end + 1))
        name = packed[start:end]
        relative = f"{prefix}/{name}" if prefix else name
        if name in folders:
            below = _list(root, relative)
            if isinstance(below, InputError):
                yield below
            else:
                stack.append((relative, *below, 0))
        elif name not in others:
            yield relative


def _list(root: Path, relative: str) -> tuple[str, set[str], set[str]] | InputError:
    """A folder's visible names, sorted and packed; which of them are folders, and which
    are neither folder nor file (a link to a folder, a broken link, a socket). The listing
    says which is which, so no file is looked at twice."""
    try:
        with os.scandir(root / relative if relative else root) as scan:
            names, folders, others = [], set(), set()
            for entry in scan:
                if not entry.name.startswith("."):
                    names.append(entry.name)
                    if entry.is_dir(follow_symlinks=False):
                        folders.add(entry.name)
                    elif not entry.is_file():
                        others.add(entry.name)
    except OSError as exc:
        return InputError(f"cannot read folder ({exc.strerror or exc})", relative or str(root))
    names.sort()
    return "\0".join(names), folders, others


def _hidden(member: str) -> bool:
    """A dot-file or a member of a dot-folder. Archive member names stay strings: pathlib
    interns every part of every path it parses, a table that grows with the archive."""
    return any(part.startswith(".") and part != "." for part in member.replace("\\", "/").split("/"))


def _file(path: Path, name: str, kind: str, metadata: ReviewMetadata) -> Iterator[Item]:
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):   # /dev/zero, a FIFO, a socket: never read
            yield InputError("not a regular file (a device, pipe or socket); name - to read stdin", name)
            return
        if name.lower().endswith(ARCHIVES):
            yield from _archive(path, name, kind, metadata)
            return
        if name.lower().endswith((".jsonl", ".ndjson")) and kind in ("auto", "jsonl"):
            yield from _jsonl_file(path, name, metadata)
            return
        with path.open("rb") as handle:   # the limit holds whatever size the file claims
            # read(n) sets n bytes aside first: ask for the size stat gave, then read on
            # to the limit only if the file holds more (it grew, or its size was no size)
            data = handle.read(min(status.st_size, MAX_FILE) + 1)
            if len(data) > status.st_size:
                data += handle.read(MAX_FILE + 1 - len(data))
    except OSError as exc:
        yield InputError(exc.strerror or "cannot read", name)
        return
    if len(data) > MAX_FILE:
        yield InputError(f"larger than {MAX_FILE // (1024 * 1024)} MB", name)
        return
    yield from read_member(name, data, kind, metadata)


def _jsonl_file(path: Path, name: str, metadata: ReviewMetadata) -> Iterator[Item]:
    """A JSON-lines corpus, read a line at a time (lines end at b"\\n" only), each line
    held to a document's limit; a corpus may be far larger than one document."""
    with path.open("rb") as handle:
        lines = _bounded_lines(handle)
        for item in read_jsonl(lines):
            yield item if isinstance(item, CatalogError) else _with(item, metadata)


def _bounded_lines(handle: BinaryIO, end: int | None = None, first: bool = True) -> Iterator[str]:
    """The handle's lines from where it stands, up to byte `end` (a line's end) or EOF;
    a BOM is dropped from the first line only when it is the file's first."""
    while end is None or handle.tell() < end:
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            while (rest := handle.readline(1024 * 1024)) and not rest.endswith(b"\n"):
                pass   # the rest of the over-long line is never held
            yield "#" * (MAX_LINE + 1)   # stands for the line: read_jsonl refuses it by its length
            continue
        text = line.decode("utf-8-sig" if first else "utf-8", errors="replace")
        first = False
        yield text[:-1] if text.endswith("\n") else text


def _archive(path: Path, name: str, kind: str, metadata: ReviewMetadata) -> Iterator[Item]:
    try:
        if name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    if info.is_dir() or _hidden(info.filename):
                        continue
                    member = f"{name}/{info.filename}"
                    if info.file_size > MAX_FILE:
                        yield InputError(f"larger than {MAX_FILE // (1024 * 1024)} MB", member)
                        continue
                    try:
                        data = archive.read(info)
                    except (RuntimeError, NotImplementedError, zipfile.BadZipFile, zlib.error, OSError) as exc:
                        # an encrypted member, an unknown compression method, a broken stream
                        yield InputError(f"cannot read archive member ({exc})", member)
                        continue
                    yield from read_member(member, data, kind, metadata)
        else:
            with tarfile.open(path, mode="r|*") as archive:   # a stream: nothing unpacked to disk
                for entry in archive:
                    # tarfile keeps every header it has read; a stream needs none of them
                    # again, and a run over 100,000 of them grew by their size (typeshed
                    # does not declare the attribute)
                    archive.members.clear()   # type: ignore[attr-defined]
                    if not entry.isfile() or _hidden(entry.name):
                        continue
                    member = f"{name}/{entry.name}"
                    if entry.size > MAX_FILE:
                        yield InputError(f"larger than {MAX_FILE // (1024 * 1024)} MB", member)
                        continue
                    handle = archive.extractfile(entry)
                    data = handle.read() if handle else b""
                    yield from read_member(member, data, kind, metadata)
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, zlib.error, TypeError, ValueError) as exc:
        # TypeError and ValueError: what tarfile's gzip reader raises on a header cut short
        yield InputError(f"broken archive ({exc})", name)


def jsonl_range(path: Path, name: str, start: int, end: int, first_line: int,
                metadata: ReviewMetadata) -> Iterator[Item]:
    """The documents of a JSON-lines file's bytes start..end (both at a line's start), its
    lines numbered from first_line: one partition of a corpus run (catalog.partitions)."""
    try:
        with path.open("rb") as handle:
            handle.seek(start)
            for item in read_jsonl(_bounded_lines(handle, end, first=start == 0), first_line):
                yield item if isinstance(item, CatalogError) else _with(item, metadata)
    except OSError as exc:
        yield InputError(exc.strerror or "cannot read", name)
