"""Hostile titles and names round-trip through every format unchanged in meaning."""
import json
import unicodedata

import bibtexparser
from bibtexparser.middlewares import LatexDecodingMiddleware
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from pylatexenc import latex2text

from catalog.formats import FORMATS, render
from catalog.model import Book, Contributor, Record, Review, Role
from catalog.writers.mods import MODS_NS

SPECIALS = list("{}%&$#_\\~^@\"'<>;,.:") + ["&amp;", "]]>", "\u0301", "\u202e", "\u200f", "\u05d0\u05d1",
                                          "\u674e\u767d", "\U0001f4da", "}{", "\\\\", "{{", "}}", " and ", "a--b"]
TEXT = st.lists(st.one_of(st.sampled_from(SPECIALS),
                          st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                                  min_size=1, max_size=6)),
                min_size=1, max_size=6).map("".join).map(lambda s: " ".join(s.split())).filter(bool)


def record(title, subtitle, given_name, family, publisher) -> Record:
    book = Book(key="k-book", title=title, subtitle=subtitle,
                contributors=(Contributor(Role.AUTHOR, given=given_name, family=family),), publisher=publisher)
    review = Review(key="k-review", reviews=("k-book",),
                    reviewers=(Contributor(Role.REVIEWER, given="Ann", family="Critic"),),
                    outlet="The Times", date="2001-02-03")
    return Record("fuzz", (book,), review)


# Where pylatexenc's decoder reads back a different code point for the same mark:
# \textasciicircum -> U+02C6, \textasciitilde -> U+02DC, \textperiodcentered -> U+02D9.
_DECODED = str.maketrans({"\u02c6": "^", "\u02dc": "~", "\u02d9": "\u00b7"})


def same(a: str, b: str) -> bool:
    fold = lambda s: " ".join(unicodedata.normalize("NFC", s.translate(_DECODED)).split())  # noqa: E731
    return fold(a) == fold(b)


# pylatexenc's decoder does not know the brace macros BibTeX needs for literal braces.
_CONTEXT = latex2text.get_default_latex_context_db()
_CONTEXT.add_context_category("braces", prepend=True, macros=[
    latex2text.MacroTextSpec("textbraceleft", simplify_repl="{"),
    latex2text.MacroTextSpec("textbraceright", simplify_repl="}")])
_DECODER = latex2text.LatexNodes2Text(latex_context=_CONTEXT)


def _bib_fields(text):
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware(decoder=_DECODER)])
    assert not library.failed_blocks
    return {e.key: {f.key: f.value for f in e.fields} for e in library.entries}


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT, TEXT)
def test_round_trip_through_every_format(title, subtitle, given_name, family, publisher):
    rec = record(title, subtitle, given_name, family, publisher)
    out = {name: render(fmt, [rec]) for name, fmt in FORMATS.items()}   # every export validates

    mods = etree.fromstring(out["mods"].encode())
    ns = {"m": MODS_NS}
    assert mods.findtext("m:mods/m:titleInfo/m:title", namespaces=ns) == title
    assert mods.findtext("m:mods/m:titleInfo/m:subTitle", namespaces=ns) == subtitle
    assert mods.findtext("m:mods/m:name/m:namePart[@type='family']", namespaces=ns) == family

    csl = json.loads(out["csljson"])
    assert csl[0]["title"] == f"{title}: {subtitle}" and csl[0]["author"][0]["family"] == family

    for name in ("biblatex", "bibtex"):
        entries = _bib_fields(out[name])
        assert set(entries) == {"k-book", "k-review"}          # no field broke out of its entry
        book = entries["k-book"]
        assert same(book["publisher"], publisher), (name, book["publisher"])
        printed = book["title"] + (": " + book["subtitle"] if "subtitle" in book else "")
        assert same(printed, f"{title}: {subtitle}"), (name, printed)


def test_unbalanced_braces_cannot_break_out():
    rec = record("a} , title = {pwned", "}}}{{{", "x{", "y}", "p}\n@misc{evil,")
    for name in ("bibtex", "biblatex"):
        entries = _bib_fields(render(FORMATS[name], [rec]))
        assert set(entries) == {"k-book", "k-review"}
        book = entries["k-book"]
        # the injected "title = {pwned" stays text inside the one title: no field of its own
        assert "pwned" in book["title"] and set(book) <= {"title", "subtitle", "author", "publisher", "date",
                                                          "year", "note", "howpublished", "location", "address"}
        assert not any("pwned" in value for key, value in book.items() if key != "title")
