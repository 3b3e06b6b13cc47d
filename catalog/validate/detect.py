"""Which format a file holds, from its content (any tool's output, not only ours)."""
from __future__ import annotations

import re

from catalog.formats import FORMATS, Format

_BIBLATEX_ONLY = re.compile(r"^\s*(journaltitle|date|related|relatedtype|pagetotal|location|subtitle)\s*=",
                            re.IGNORECASE | re.MULTILINE)


def detect_format(text: str) -> Format | None:
    head = text.lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        return FORMATS["mods"]
    if head.startswith("["):
        return FORMATS["csljson"]
    if head.startswith("{"):
        lines = [line for line in head.splitlines() if line.strip()]
        return FORMATS["json"] if len(lines) == 1 or all(l.lstrip().startswith("{") for l in lines) else FORMATS["csljson"]
    if head.startswith(("@", "%")) or re.search(r"^\s*@\w+\s*\{", head, re.MULTILINE):
        return FORMATS["biblatex"] if _BIBLATEX_ONLY.search(head) else FORMATS["bibtex"]
    return None
