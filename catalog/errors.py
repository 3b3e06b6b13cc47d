"""One exception family, each with a fixed, one-line reason a user can act on."""
from __future__ import annotations


class CatalogError(Exception):
    """Base of every error catalog reports to a user (never a traceback)."""

    reason = "catalog failed"

    def __init__(self, detail: str = "", doc_id: str | None = None):
        self.detail = detail
        self.doc_id = doc_id
        super().__init__(self.message)

    @property
    def message(self) -> str:
        where = f"{self.doc_id}: " if self.doc_id else ""
        tail = f": {self.detail}" if self.detail else ""
        return f"{where}{self.reason}{tail}"

    def for_document(self, doc_id: str) -> CatalogError:
        """The same error, naming the document it happened in (a name it has already stays)."""
        return self if self.doc_id else type(self)(self.detail, doc_id)


class InputError(CatalogError):
    reason = "cannot read input"


class NoNotesError(CatalogError):
    reason = "no publication notes found"


class NeedsReviewError(CatalogError):
    reason = "needs review (--strict)"


class OutputError(CatalogError):
    reason = "cannot write output"


class WorkerError(CatalogError):
    reason = "a worker process died; the previous output files are kept"


class UnwritableError(CatalogError):
    """A valid record a format has no room for (ISO 2709 caps a field at 9,999 bytes)."""

    reason = "the format cannot hold this record"


class InvalidOutputError(CatalogError):
    reason = "output failed validation, nothing written"


class BugError(CatalogError):
    reason = "bug in catalog, please report"
