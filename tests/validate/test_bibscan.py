"""The .bib scan stands in for bibtexparser's parse-back on every write: whatever it
accepts, bibtexparser reads as the same entries, fields and values, and finds sound.
Shown on every dev record, on generated hostile records, and on damaged real output."""
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from catalog.formats import FORMATS
from catalog.validate.bibscan import disagreement, scan, scan_errors
from catalog.validate.bibtex import BIBLATEX_REQUIRED, BIBTEX_REQUIRED
from tests.validate.damage import damaged
from tests.writers.test_hostile_roundtrip import TEXT, record

REQUIRED = {"bibtex": BIBTEX_REQUIRED, "biblatex": BIBLATEX_REQUIRED}


@pytest.fixture(scope="module")
def dev_bib(all_records):
    """Each format's .bib text for each dev record."""
    return {name: [FORMATS[name].document([FORMATS[name].fragment(r)]) for r in all_records] for name in REQUIRED}


@pytest.mark.parametrize("name", REQUIRED)
def test_every_dev_record_is_accepted_and_read_as_bibtexparser_reads_it(dev_bib, name):
    for text in dev_bib[name]:
        entries, errors = scan(text, REQUIRED[name])
        assert errors == [] and entries, text
        assert disagreement(text, REQUIRED[name]) is None
    whole = "\n".join(dev_bib[name])
    assert scan_errors(whole, REQUIRED[name]) == [] and disagreement(whole, REQUIRED[name]) is None


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT, TEXT, st.sampled_from(sorted(REQUIRED)))
def test_hostile_records_are_accepted_and_agree(title, subtitle, given_name, family, publisher, name):
    fmt = FORMATS[name]
    text = fmt.document([fmt.fragment(record(title, subtitle, given_name, family, publisher))])
    assert scan_errors(text, REQUIRED[name]) == [], text
    assert disagreement(text, REQUIRED[name]) is None


HOSTILE = list("{}@%#&$_~^\\,=\"\n a") + ["}\n", ",\n", "\n\n", "@book{x,\n", "  note = {", "\\%", "\\{", "jul"]


@settings(max_examples=1500, deadline=None)
@given(st.data(), st.sampled_from(sorted(REQUIRED)))
def test_whatever_the_scan_accepts_bibtexparser_reads_the_same(dev_bib, data, name):
    """Real output damaged by inserting, deleting or replacing text: accepted only if the
    full parse-back agrees entry for entry and field for field."""
    text = damaged(data, dev_bib[name][:60], HOSTILE)
    accepted = not scan_errors(text, REQUIRED[name])
    event("accepted" if accepted else "refused")
    assert disagreement(text, REQUIRED[name]) is None, text


@pytest.mark.parametrize("text, problem", [
    ("@book{a,\n  title = {x {y}\n}\n", "unbalanced"),
    ("@book{a,\n  title = {x}y}\n}\n", "unbalanced"),
    ("@book{a,\n  title = {50% off}\n}\n", "unescaped"),
    ("@book{a,\n  title = {a # b}\n}\n", "unescaped"),
    ("@book{a,\n  title = {a \\{b} c}\n}\n", "unsafe"),
    ("@book{a,\n  url = {https://x.org/a\\_b}\n}\n", "verbatim"),
    ("@book{a,\n  url = {https://x.org/a b}\n}\n", "holds a space"),   # a plain value, but a URL
    ("@book{a,\n  doi = {{10.1000/x}}\n}\n", "verbatim"),
    ("@book{a,\n  month = july\n}\n", "no month macro"),
    ("@book{a,\n  title = {x}\n}\n\n@book{a,\n  title = {y}\n}\n", "repeated key"),
    ("@book{a,\n  title = {x},\n  title = {y}\n}\n", "repeats a field"),
    ("@book{a,\n  title = {x}\n}\n@book{b,\n  title = {y}\n}\n", "blank line"),
    ("@book{a,\n  title = {x},\n", "not closed"),
    ("@article{a,\n  title = {x}\n}\n", "lacks author"),
    ("% comment\n@book{a,\n  title = {x}\n}\n", "entry head"),
])
def test_what_the_scan_refuses(text, problem):
    errors = scan_errors(text, {"article": (("author",),)})
    assert errors and problem in errors[0][1], errors
