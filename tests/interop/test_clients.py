"""Our outputs read by the real programs people use; each check asserts the fields that matter."""
import json
import re
import subprocess
from pathlib import Path

import pytest

from catalog.model import Role
from catalog.validate.mods import lxml_compatible_xsd
from catalog.validate.schemas import schema_path
from catalog.writers.biblatex import to_biblatex
from catalog.writers.bibtex import to_bibtex
from catalog.writers.csljson import to_csljson
from catalog.writers.mods import to_mods
from tests.conftest import require_program
from tests.interop.conftest import CSL_STYLES
from tests.interop.survival import fold


def run(args, cwd=None, stdin=None):
    result = subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{args[0]} failed: {result.stderr[-2000:]}"
    return result


def test_bibtex_plain_bst_zero_warnings(tmp_path, records, books):
    bibtex = require_program("bibtex")
    (tmp_path / "refs.bib").write_text(to_bibtex(records), encoding="utf-8")
    (tmp_path / "doc.aux").write_text("\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n")
    result = run([bibtex, "doc"], cwd=tmp_path)
    assert "Warning" not in result.stdout, result.stdout
    from pylatexenc.latex2text import LatexNodes2Text
    bbl = fold(LatexNodes2Text().latex_to_text((tmp_path / "doc.bbl").read_text(encoding="utf-8")))
    for book in books:
        assert fold(book.title) in bbl
        if book.publisher:
            assert fold(book.publisher) in bbl
        for person in (book.people(Role.AUTHOR) or book.people(Role.EDITOR))[:1]:
            assert fold(person.family or person.literal) in bbl


@pytest.mark.parametrize("style", ["apa", "chicago-author-date", "modern-language-association"])
def test_pandoc_citeproc_renders_books_and_reviews(tmp_path, records, books, style):
    pandoc = require_program("pandoc")
    csl = Path(CSL_STYLES) / f"{style}.csl"
    if not csl.exists():
        require_program("citation-style-language-styles (package)")
    (tmp_path / "refs.json").write_text(to_csljson(records), encoding="utf-8")
    (tmp_path / "doc.md").write_text("---\nnocite: '@*'\n---\n")
    raw = run([pandoc, "doc.md", "--citeproc", "--bibliography", "refs.json", "--csl", str(csl),
               "-t", "plain", "--wrap=none"], cwd=tmp_path).stdout
    out = fold(raw)
    for book in books:
        assert fold(book.title) in out
        if book.publisher:
            assert fold(book.publisher) in out
        for person in (book.people(Role.AUTHOR) or book.people(Role.EDITOR))[:1]:
            assert fold(person.family or person.literal) in out
    if style == "apa":
        assert fold("[Review of Stalin's Spy: Richard Sorge and the Tokyo Espionage Ring, by R. Whymant]") in out
        reviews = [fold(line) for line in raw.splitlines() if "Review of" in line]
        assert len(reviews) >= 2 and all(line.count("review of") == 1 for line in reviews)   # never doubled


def test_pandoc_reads_our_biblatex(tmp_path, records, books):
    pandoc = require_program("pandoc")
    (tmp_path / "refs.bib").write_text(to_biblatex(records), encoding="utf-8")
    converted = run([pandoc, "-f", "biblatex", "-t", "csljson", "refs.bib"], cwd=tmp_path)
    items = {i["id"]: i for i in json.loads(converted.stdout)}
    for book in books:
        item = items[book.key]
        title = fold(item["title"])
        assert title.startswith(fold(book.title)), (title, book.title)
        if book.publisher:
            assert fold(item["publisher"]) == fold(book.publisher)
        authors = book.people(Role.AUTHOR)
        if authors:
            assert [fold(a.get("family") or a.get("literal")) for a in item["author"]] == \
                [fold(p.family or p.literal) for p in authors]
        if book.year:
            assert item["issued"]["date-parts"][0][0] == book.year


def _bibutils(tool, text, tmp_path, name):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return run([require_program(tool), str(path)]).stdout


def test_bibutils_reads_our_mods(tmp_path, records, books):
    bib = fold(re.sub(r"\{?\\&\}?", "&", _bibutils("xml2bib", to_mods(records), tmp_path, "refs.xml")))   # {\&} -> &
    ris = fold(_bibutils("xml2ris", to_mods(records), tmp_path, "refs.xml"))
    for book in books:
        if not book.title.isascii():
            continue
        assert fold(book.title) in bib and fold(book.title) in ris
        if book.subtitle and book.subtitle.isascii():
            assert fold(book.subtitle) in bib
        if book.publisher:
            assert fold(f"PB - {book.publisher}") in ris
        for person in book.people(Role.AUTHOR):
            if person.family and not person.suffix:   # bibutils joins a suffix to the family name
                assert fold(f"{person.family}, {person.given}") in ris
    assert fold("PY - 1996") in ris        # the inferred year of the reviewed seed


def test_bibutils_reads_our_bibtex(tmp_path, records, books):
    mods = _bibutils("bib2xml", to_bibtex(records), tmp_path, "refs.bib")
    for book in books[:5]:
        assert fold(book.title).split(":")[0] in fold(mods)


def test_catalog_validates_what_bibutils_writes(tmp_path, records):
    """bib2xml's MODS is valid but for one known bibutils flaw, which catalog names by line:
    a name suffix ("Jr.") as namePart type="suffix", a type MODS does not have."""
    from catalog.formats import detect_format
    mods = _bibutils("bib2xml", to_bibtex(records), tmp_path, "refs.bib")
    fmt = detect_format(mods)
    errors = fmt.errors(mods)
    assert fmt.name == "mods"
    assert errors == [(line, message) for line, message in errors if "'suffix'" in message]
    suffixes = [line for line in mods.splitlines() if 'type="suffix"' in line]
    assert len(errors) == len(suffixes)


def test_xmllint_accepts_our_mods_with_the_lxml_compatible_schema(tmp_path, records):
    xmllint = require_program("xmllint")
    for name in ("xml.xsd", "xlink.xsd"):
        (tmp_path / name).write_bytes(schema_path(name).read_bytes())
    (tmp_path / "mods.xsd").write_bytes(lxml_compatible_xsd(schema_path("mods-3-8.xsd").read_bytes()))
    (tmp_path / "catalog.xml").write_text(
        '<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n'
        f'  <uri name="http://www.loc.gov/mods/xml.xsd" uri="{(tmp_path / "xml.xsd").as_uri()}"/>\n'
        f'  <uri name="http://www.loc.gov/standards/xlink/xlink.xsd" uri="{(tmp_path / "xlink.xsd").as_uri()}"/>\n'
        f'  <system systemId="http://www.loc.gov/mods/xml.xsd" uri="{(tmp_path / "xml.xsd").as_uri()}"/>\n'
        f'  <system systemId="http://www.loc.gov/standards/xlink/xlink.xsd"'
        f' uri="{(tmp_path / "xlink.xsd").as_uri()}"/>\n'
        '</catalog>\n')
    (tmp_path / "records.xml").write_text(to_mods(records), encoding="utf-8")
    result = subprocess.run([xmllint, "--nonet", "--noout", "--schema", "mods.xsd", "records.xml"], cwd=tmp_path,
                            capture_output=True, text=True, env={"XML_CATALOG_FILES": str(tmp_path / "catalog.xml")})
    assert result.returncode == 0 and "records.xml validates" in result.stderr, result.stderr[-2000:]


@pytest.mark.filterwarnings("ignore:The following arguments for Reference are unsupported")
def test_citeproc_py_renders_our_csljson(records, books):
    citeproc = pytest.importorskip("citeproc")
    from citeproc.source.json import CiteProcJSON
    style = Path(CSL_STYLES) / "chicago-author-date.csl"
    if not style.exists():
        require_program("citation-style-language-styles (package)")
    items = json.loads(to_csljson(records))
    source = CiteProcJSON(items)
    bibliography = citeproc.CitationStylesBibliography(
        citeproc.CitationStylesStyle(str(style), validate=False), source, citeproc.formatter.plain)
    for item in items:
        bibliography.register(citeproc.Citation([citeproc.CitationItem(item["id"])]))
    # citeproc-py applies the style's title case ("Simone De Beauvoir"): compare without case.
    out = fold(" ".join(str(entry) for entry in bibliography.bibliography())).casefold()
    for book in books:
        assert fold(book.title).casefold() in out
        if book.publisher:
            assert fold(book.publisher).casefold() in out
