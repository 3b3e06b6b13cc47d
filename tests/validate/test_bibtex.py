from catalog.validate.bibtex import BIBLATEX_REQUIRED, BIBTEX_REQUIRED, bib_errors
from catalog.writers.biblatex import to_biblatex
from catalog.writers.bibtex import to_bibtex


def test_ours_pass(seed_record):
    assert bib_errors(to_bibtex([seed_record]), BIBTEX_REQUIRED) == []
    assert bib_errors(to_biblatex([seed_record]), BIBLATEX_REQUIRED) == []


def test_missing_required_field_is_named():
    errors = bib_errors("@book{k,\n  title = {T},\n}\n", BIBTEX_REQUIRED)
    assert any("lacks author or editor" in m for _, m in errors)


def test_an_empty_value_is_missing_whatever_encloses_it():
    text = '@book{k,\n  author = {},\n  title = "  ",\n  publisher = {{P}},\n  year = 1996\n}\n'
    messages = [m for _, m in bib_errors(text, BIBTEX_REQUIRED)]
    assert messages == ["@book{k} lacks author or editor", "@book{k} lacks title"]


def test_a_broken_entry_is_a_failed_block():
    errors = bib_errors("@book{k,\n  title = {T\n}\n\n@misc{m, title = {ok}}\n", BIBTEX_REQUIRED)
    assert errors and "unparsable block" in errors[0][1]
