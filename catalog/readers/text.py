"""Bytes of a plain or PTB-tokenized text file -> a Document (the edge where I/O happens)."""
from __future__ import annotations

import codecs

from catalog.errors import InputError
from catalog.model import Document, ReviewMetadata

MAX_BYTES = 50 * 1024 * 1024


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _looks_binary(head: bytes) -> bool:
    """NUL bytes, or more than one byte in ten a control character: not text in any encoding we read."""
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return b"\x00" in head or controls * 10 > len(head)


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL, as in ASCII-range text
    saved as UTF-16 without a BOM; None otherwise."""
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even, odd = head[0:pairs * 2:2], head[1:pairs * 2:2]
    for zeros, text, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * pairs and text.count(0) < 0.1 * pairs:
            return codec
    return None


# Byte-order marks and the codec each names, tried in this order: UTF-32-LE's mark
# (FF FE 00 00) begins with UTF-16-LE's (FF FE), so the longer marks come first.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _bom_codec(data: bytes) -> str | None:
    """'utf-32' or 'utf-16' when the data opens with that codec's byte-order mark."""
    return next((codec for bom, codec in _BOMS if data.startswith(bom)), None)


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM); UTF-16 and UTF-32 by their byte-order marks, UTF-16
    without one by its NUL bytes; cp1252 as a fallback. All but UTF-8 with a warning."""
    if not data.strip():
        raise InputError("the file is empty", name)
    marked = _bom_codec(data)
    if marked:
        try:
            return data.decode(marked), [f"{marked.upper()} text, decoded"]
        except UnicodeDecodeError:
            raise InputError(f"broken {marked.upper()} text", name) from None
    utf16 = _utf16_without_bom(data[:8192])
    if utf16:
        try:
            return data.decode(utf16), [f"UTF-16 text without a byte-order mark, decoded as {utf16.upper()}"]
        except UnicodeDecodeError:
            raise InputError("broken UTF-16 text", name) from None
    if _looks_binary(data[:8192]):
        raise InputError("binary file, not text", name)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, ["not UTF-8, decoded as Windows-1252"]


def read_text_document(data: bytes, name: str, metadata: ReviewMetadata) -> tuple[Document, list[str]]:
    if len(data) > MAX_BYTES:
        raise InputError(f"larger than {MAX_BYTES // (1024 * 1024)} MB", name)
    text, warnings = decode(data, name)
    return Document(name, text, metadata, tuple(warnings)), warnings
