"""The public Python API: the four things the command line does, as functions.

`import catalog` stays cheap: catalog/__init__.py reaches these lazily, and each imports
what it needs when it is first called. The CLI calls the same functions, so a script and
a shell run give the same records and the same files.
"""
from __future__ import annotations

import os
import sys
import types
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from catalog.errors import CatalogError, InputError
from catalog.model import Document, Record, ReviewMetadata

Review = ReviewMetadata | Mapping[str, object] | None


def _metadata(review: Review) -> ReviewMetadata:
    """A ReviewMetadata as it is, or a mapping typed as the CLI types its options:
    reviewer(s), outlet, date, headline, url, section."""
    if review is None:
        return ReviewMetadata()
    if isinstance(review, ReviewMetadata):
        return review
    from catalog.readers.metadata import review_metadata
    given = dict(review)
    reviewers = given.pop("reviewers", None) or given.pop("reviewer", None)
    unknown = set(given) - {"outlet", "date", "headline", "url", "section"}
    if unknown:
        raise InputError(f"unknown review field(s): {', '.join(sorted(unknown))}")
    return review_metadata(reviewers, **given)


def parse(text: str, review: Review = None, doc_id: str = "document") -> Record:
    """A review's text (or its publication notes alone) -> its Record; NoNotesError (a
    CatalogError) when it holds no publication notes."""
    from catalog.pipeline import catalog_document
    return catalog_document(Document(doc_id, text, _metadata(review)))


def render(records: Record | Iterable[Record], fmt: str) -> str:
    """Records -> one validated file's text in the format named (a `--to` name or alias).
    Citation keys are made unique across the records as an export makes them (-2, -3 in
    order); InvalidOutputError rather than a file that fails its format's check."""
    from catalog.batch import rekey
    from catalog.formats import ALIASES
    from catalog.formats import render as render_format
    from catalog.keys import KeySet
    if fmt not in ALIASES:
        raise InputError(f"unknown format {fmt!r} (one of {', '.join(ALIASES)})")
    taken = KeySet()
    listed = [records] if isinstance(records, Record) else list(records)
    return render_format(ALIASES[fmt], [rekey(record, taken) for record in listed])


def read(paths: str | os.PathLike | Iterable[str | os.PathLike], kind: str = "auto", review: Review = None,
         errors: str = "raise") -> Iterator[Document | CatalogError]:
    """Documents from files, folders (sorted, recursively) and .tgz/.tar/.zip archives,
    lazily, in the CLI's order; `kind` is auto, text, nitf or jsonl. A document that cannot
    be read raises its InputError (errors="raise"), or comes in its place ("yield", as the
    CLI has it, so one bad file does not stop a corpus run)."""
    from catalog.readers.sources import KINDS, documents
    if kind not in KINDS or errors not in ("raise", "yield"):
        raise InputError(f"kind must be one of {', '.join(KINDS)}; errors 'raise' or 'yield'")
    names = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    for item in documents(names, kind, _metadata(review)):
        if isinstance(item, CatalogError) and errors == "raise":
            raise item
        yield item


def validate(path_or_text: str | os.PathLike, fmt: str | None = None) -> list[tuple[int, str]]:
    """A file (a Path) or a file's text (a str) checked as `catalog validate` checks it:
    [(line, message), ...], empty when valid. The format is detected from the content
    unless named; InputError when no format claims it."""
    from catalog.formats import ALIASES, FORMATS, detect_format
    if isinstance(path_or_text, str):
        text, where = path_or_text, None
    else:
        where = os.fspath(path_or_text)
        try:
            text = Path(where).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read as UTF-8 text ({exc})", where) from None
    found = ALIASES.get(fmt) if fmt is not None else detect_format(text)
    if found is None:
        named = f"unknown format {fmt!r}" if fmt is not None else \
            f"unknown format (not {', '.join(f.description for f in FORMATS.values())})"
        raise InputError(named, where)
    return found.errors(text)


def callable_package(name: str, function: str) -> None:
    """Make the package `name` callable as the API's `function`.

    catalog.parse and catalog.validate name both an API function and a subpackage, and
    Python sets a subpackage on its parent when it is imported, replacing whatever was
    there. So the subpackage itself is made the function: `catalog.parse(text)` parses and
    `catalog.parse.trailer` is still the module, whichever was imported first."""
    target = globals()[function]

    class CallablePackage(types.ModuleType):
        def __call__(self, *args: object, **kwargs: object) -> object:
            return target(*args, **kwargs)

    import inspect  # the package shows the function's signature (help, inspect), self first as a method's
    signature = inspect.signature(target)
    itself = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    CallablePackage.__call__.__signature__ = signature.replace(   # type: ignore[attr-defined]
        parameters=[itself, *signature.parameters.values()])
    CallablePackage.__call__.__doc__ = target.__doc__
    sys.modules[name].__class__ = CallablePackage
