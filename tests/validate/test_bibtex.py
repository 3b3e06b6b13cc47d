from catalog.validate.bibtex import BIBLATEX_REQUIRED, BIBTEX_REQUIRED, bib_errors
from catalog.writers.biblatex import to_biblatex
from catalog.writers.bibtex import to_bibtex


def test_ours_pass(seed_record):
    assert bib_errors(to_bibtex([seed_record]), BIBTEX_REQUIRED) == []
    assert bib_errors(to_biblatex([seed_record]), BIBLATEX_REQUIRED) == []


def test_missing_required_field_is_named():
    errors = bib_errors("@book{k,\n  title = {T},\n}\n", BIBTEX_REQUIRED)
    assert any("lacks author or editor" in m for _, m in errors)
