"""Start-up stays light: a run over a newspaper corpus is mostly articles with no notes, and
a library the first document never needs is paid for on every run. The heavy ones are
imported where they are first used; this holds them there."""
import subprocess
import sys

import pytest

# module -> where it is first needed
DEFERRED = {
    "isbnlib": "parse/items.find_isbns, on a printed ISBN",
    "nameparser": "parse/names.to_contributor, on a personal name",
    "bibtexparser": "validate/bibtex.bib_errors: catalog validate and the scan's proofs",
    "jsonschema": "validate/csljson: catalog validate and the error messages",
    "fastjsonschema": "validate/csljson: the first CSL-JSON check",
    "pymarc": "validate/marc: the first MARC check",
}


def _imported_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(set(sys.modules) & {set(DEFERRED)!r})))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_the_cli_imports_no_heavy_library():
    assert _imported_after("import catalog.cli") == set()


def test_an_article_with_no_notes_needs_none_of_them():
    code = ("from catalog.batch import parse_one\n"
            "from catalog.model import Document, ReviewMetadata\n"
            "o = parse_one(Document('a', 'The council met on Tuesday, and voted, twice.', ReviewMetadata()))\n"
            "assert o.skipped, o")
    assert _imported_after(code) == set()


@pytest.mark.parametrize("module", ["isbnlib", "nameparser"])
def test_the_deferred_import_happens_where_it_is_needed(module):
    code = ("from catalog.pipeline import catalog_document\n"
            "from catalog.model import Document, ReviewMetadata\n"
            "catalog_document(Document('a', 'PUBLICATION NOTES: THE BOOK. By Jane Doe. Knopf. "
            "ISBN 978-0-306-40615-7. $25.', ReviewMetadata()))")
    assert module in _imported_after(code)
