"""Writing files atomically: a temporary file beside the target, then a rename."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from catalog.errors import InputError


def ensure_writable(folder: Path) -> None:
    """Fail before any work when the output folder cannot be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create output folder ({exc.strerror})", str(folder)) from None
    if not os.access(folder, os.W_OK):
        raise InputError("output folder is not writable", str(folder))


def write_atomic(path: Path, text: str) -> None:
    """Readers see the previous file or the new one, never half of either."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
