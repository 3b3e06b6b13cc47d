"""Inputs -> a lazy stream of Documents (or the error reading each), in a stable order.

Files, folders (recursively, sorted), .tgz/.tar.gz/.tar/.zip archives read as streams
without unpacking to disk, and stdin. Each file's kind (NITF XML, JSON lines, text) is
detected from its name and content unless `--from` says otherwise.
"""
from __future__ import annotations

import os
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from catalog.errors import CatalogError, InputError
from catalog.model import Document, ReviewMetadata
from catalog.readers.jsonl import read_jsonl
from catalog.readers.nitf import MAX_BYTES as NITF_MAX, looks_like_nitf, read_nitf
from catalog.readers.text import MAX_BYTES as TEXT_MAX, read_text_document

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
            for item in read_jsonl(text.splitlines()):
                yield item if isinstance(item, CatalogError) else _with(item, metadata)
        elif kind == "nitf":
            yield _with(read_nitf(data, doc_name), metadata)
        else:
            document, _warnings = read_text_document(data, doc_name, metadata)
            yield document
    except CatalogError as exc:
        yield exc.for_document(doc_name)


def _with(document: Document, given: ReviewMetadata) -> Document:
    """Command-line metadata wins over what the input says."""
    return Document(document.id, document.text, document.metadata.merged(given), document.warnings)


DOCUMENT_SUFFIXES = (".xml", ".txt", ".text", ".jsonl", ".ndjson")


def strip_suffix(name: str, suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES) -> str:
    """'0859123.xml' -> '0859123', 'day.tar.gz' -> 'day' (with ARCHIVES); '' when nothing is left."""
    for suffix in suffixes:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _doc_name(name: str) -> str:
    path = PurePosixPath(name.replace("\\", "/"))
    stem = strip_suffix(path.name)
    return str(path.with_name(stem)) if stem else str(path)


def documents(paths: list[str], kind: str = "auto", metadata: ReviewMetadata = ReviewMetadata()) -> Iterator[Item]:
    """Every document of every input, lazily, in a deterministic order."""
    for raw in paths:
        if raw == "-":
            yield from read_member("stdin", sys.stdin.buffer.read(), kind, metadata)
            continue
        path = Path(raw)
        if path.is_dir():
            for relative in _walk(path):
                yield from _file(path / relative, relative, kind, metadata)
        elif path.exists():
            yield from _file(path, path.name, kind, metadata)
        else:
            yield InputError("no such file or folder", raw)


def _walk(root: Path, prefix: str = "") -> Iterator[str]:
    """Relative paths of the visible files below root, sorted, one folder listed at a time.

    A folder's sorted names are packed into one NUL-separated string (no file name can
    hold NUL): a folder of 100,000 articles costs about 1.5 MB, not the 12 MB of a list
    of names, and a million stays affordable.
    """
    try:
        with os.scandir(root / prefix) as scan:
            folders = set()
            names = []
            for entry in scan:
                if not entry.name.startswith("."):
                    names.append(entry.name)
                    if entry.is_dir(follow_symlinks=False):
                        folders.add(entry.name)
    except OSError:
        return
    names.sort()
    packed = "\0".join(names)
    del names
    start = 0
    while start < len(packed):
        end = packed.find("\0", start)
        end = len(packed) if end == -1 else end
        name, start = packed[start:end], end + 1
        relative = f"{prefix}/{name}" if prefix else name
        if name in folders:
            yield from _walk(root, relative)
        elif (root / relative).is_file():
            yield relative


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _file(path: Path, name: str, kind: str, metadata: ReviewMetadata) -> Iterator[Item]:
    if name.lower().endswith(ARCHIVES):
        yield from _archive(path, name, kind, metadata)
        return
    try:
        if path.stat().st_size > MAX_FILE and not name.lower().endswith((".jsonl", ".ndjson")):
            yield InputError(f"larger than {MAX_FILE // (1024 * 1024)} MB", name)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(exc.strerror or "cannot read", name)
        return
    yield from read_member(name, data, kind, metadata)


def _archive(path: Path, name: str, kind: str, metadata: ReviewMetadata) -> Iterator[Item]:
    try:
        if name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as archive:
                for info in archive.infolist():
                    if info.is_dir() or _hidden(Path(info.filename)):
                        continue
                    member = f"{name}/{info.filename}"
                    if info.file_size > MAX_FILE:
                        yield InputError(f"larger than {MAX_FILE // (1024 * 1024)} MB", member)
                        continue
                    yield from read_member(member, archive.read(info), kind, metadata)
        else:
            with tarfile.open(path, mode="r|*") as archive:   # a stream: nothing unpacked to disk
                for entry in archive:
                    if not entry.isfile() or _hidden(Path(entry.name)):
                        continue
                    member = f"{name}/{entry.name}"
                    if entry.size > MAX_FILE:
                        yield InputError(f"larger than {MAX_FILE // (1024 * 1024)} MB", member)
                        continue
                    handle = archive.extractfile(entry)
                    data = handle.read() if handle else b""
                    yield from read_member(member, data, kind, metadata)
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError) as exc:
        yield InputError(f"broken archive ({exc})", name)
