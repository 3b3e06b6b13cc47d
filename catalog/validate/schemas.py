"""Where the bundled schemas are: package data when installed, schemas/ in a checkout."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from catalog.errors import BugError

SCHEMA_FILES = ("mods-3-8.xsd", "xlink.xsd", "xml.xsd", "csl-data.json", "MARC21slim.xsd")


@lru_cache(maxsize=1)
def schema_dir() -> Path:
    """The folder holding the official schemas, checked to be complete."""
    package = Path(__file__).resolve().parents[1]
    candidates = [package / "schemas",          # installed: shipped as catalog/schemas
                  package.parent / "schemas"]   # checkout or editable install
    for folder in candidates:
        if all((folder / name).is_file() for name in SCHEMA_FILES):
            return folder
    raise BugError("the bundled schemas are missing (looked in " + ", ".join(map(str, candidates)) + ")")


def schema_path(name: str) -> Path:
    return schema_dir() / name
