"""Bytes of a plain or PTB-tokenized text file -> a Document (the edge where I/O happens)."""
from __future__ import annotations

from catalog.errors import InputError
from catalog.model import Document, ReviewMetadata

MAX_BYTES = 50 * 1024 * 1024


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM); cp1252 as a fallback, with a warning."""
    if not data.strip():
        raise InputError("the file is empty", name)
    if b"\x00" in data[:8192]:
        raise InputError("binary file, not text", name)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, [f"{name}: not UTF-8, decoded as Windows-1252"]


def read_text_document(data: bytes, name: str, metadata: ReviewMetadata) -> tuple[Document, list[str]]:
    if len(data) > MAX_BYTES:
        raise InputError(f"larger than {MAX_BYTES // (1024 * 1024)} MB", name)
    text, warnings = decode(data, name)
    return Document(name, text, metadata), warnings
