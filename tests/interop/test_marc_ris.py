"""MARC 21 and RIS read by the programs libraries and reference managers use: MARC::Lint,
yaz-marcdump, the MARCXML schema, rispy and bibutils' ris2xml; the seed and every dev record."""
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pymarc
import rispy
from lxml import etree

from catalog.language import title_languages
from catalog.model import Book, Document, Record, Review, Role
from catalog.pipeline import catalog_document
from catalog.writers.marc import record_marcs, to_marc, to_marcxml
from catalog.writers.ris import references, to_ris
from tests.conftest import require_dev_data, require_program
from tests.interop.survival import fold

HERE = Path(__file__).parent


def run(args, **kw):
    result = subprocess.run(args, capture_output=True, timeout=600, **kw)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _lint_file(path):
    """MARC::Lint over an ISO 2709 file: a line a warning ('001: warning'), then 'records N warnings W'."""
    require_program("perl")
    result = subprocess.run(["perl", str(HERE / "lint.pl"), str(path)], capture_output=True, text=True, timeout=600)
    if "Can't locate MARC/Lint.pm" in result.stderr:
        require_program("MARC::Lint (libmarc-lint-perl)")
    return result.stdout.splitlines()


def _lint(tmp_path, records):
    """MARC::Lint's last line over the records: 'records N warnings W', and the first warnings."""
    (tmp_path / "all.mrc").write_text(to_marc(records), encoding="utf-8")
    lines = _lint_file(tmp_path / "all.mrc")
    return lines[-1], "\n".join(lines[:20])


def test_marc_lint_finds_nothing(tmp_path, all_records):
    last, first_warnings = _lint(tmp_path, all_records)
    expected = sum(len(record_marcs(r)) for r in all_records)
    assert last == f"records {expected} warnings 0", first_warnings


# MARC::Lint leaves the German article "die" out of its list, being an English word too
# (its source says so), and so questions the indicator of a German title that begins with it.
LINT_MISSES_DIE = "245: First word, die, does not appear to be an article, check 2nd indicator (4)."


def test_marc_lint_over_the_whole_dev_set_as_the_cli_exports_it(tmp_path):
    """Every document of every dev*_inputs.jsonl, exported by `catalog export --to marc`: no
    warning but Lint's own blind spot, and that only where the title is plainly German."""
    inputs = sorted(require_dev_data().glob("dev*_inputs.jsonl"))
    done = subprocess.run([sys.executable, "-m", "catalog", "export", *map(str, inputs), "--to", "marc",
                           "-o", str(tmp_path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    [exported] = tmp_path.glob("*.mrc")
    records = list(pymarc.MARCReader(exported.read_bytes(), to_unicode=True, force_utf8=True))
    *warnings, last = _lint_file(exported)
    assert last == f"records {len(records)} warnings {len(warnings)}" and len(records) > 1000
    titles = {r["001"].data: r["245"]["a"] for r in records}
    for warning in warnings:
        key, found = warning.split(": ", 1)
        assert found == LINT_MISSES_DIE and "ger" in title_languages(titles[key]), (warning, titles[key])


# Made-up trailers for what the dev set lacks: ISBNs that fail their check digit (020 $z),
# titles in other languages with their articles (245 second indicator).
UNUSUAL = (
    "LE ROUGE ET LE NOIR. By Jane Doe. 320 pages. Knopf. Cloth, $24, ISBN 0-394-12345-0.",
    "Der Untergang des Abendlandes. By Hans Beispiel. 200 pp. Suhrkamp. ISBN 3-518-01234-0; ISBN 0-394-53404-2.",
    "I Know Why the Caged Bird Sings. By Ann Example. Random House. $10.",
)


def test_marc_lint_accepts_invalid_isbns_and_foreign_articles(tmp_path):
    records = [catalog_document(Document(f"u{n}", f"A review.\n\n{text}\n")) for n, text in enumerate(UNUSUAL)]
    marcs = [m for r in records for m in record_marcs(r)]
    assert [f.get_subfields("z") for f in marcs[0].get_fields("020")] == [["0394123450"]]
    assert [f.value() for f in marcs[2].get_fields("020")] == ["9780394534046", "3518012340"]
    assert [m["245"].indicator2 for m in marcs[::2]] == ["3", "4", "0"]
    last, first_warnings = _lint(tmp_path, records)
    assert last == f"records {len(marcs)} warnings 0", first_warnings


# Titles with punctuation before or after a leading article, or before a word that is none.
# MARC::Lint knows straight quotes, brackets and parentheses: the titles use those.
PUNCTUATED = ('"The Road" and Other Stories', "'The Purpose of This Creature Man'", "The 'Road' Ahead",
              "...And Ladies of the Club", "'Tis the Season", '"Surely You\'re Joking, Mr. Feynman!"')


def test_marc_lint_agrees_on_the_punctuation_about_an_article(tmp_path):
    books = tuple(Book(key=f"b{n}", title=title) for n, title in enumerate(PUNCTUATED))
    record = Record("punctuated", books, Review(key="review", reviews=tuple(b.key for b in books)))
    assert [m["245"].indicator2 for m in record_marcs(record)[:-1]] == ["5", "5", "5", "0", "0", "0"]
    last, first_warnings = _lint(tmp_path, [record])
    assert last == f"records {len(books) + 1} warnings 0", first_warnings


def test_yaz_round_trips_are_identical(tmp_path, all_records):
    yaz = require_program("yaz-marcdump")
    (tmp_path / "all.mrc").write_text(to_marc(all_records), encoding="utf-8")
    (tmp_path / "all.xml").write_text(to_marcxml(all_records), encoding="utf-8")
    # MARCXML -> ISO 2709 by yaz: byte for byte our own .mrc
    assert run([yaz, "-i", "marcxml", "-o", "marc", str(tmp_path / "all.xml")]) == (tmp_path / "all.mrc").read_bytes()
    # ISO 2709 -> MARCXML by yaz: the same records as our MARCXML
    from_yaz = pymarc.parse_xml_to_array(BytesIO(run([yaz, "-i", "marc", "-o", "marcxml", str(tmp_path / "all.mrc")])))
    ours = pymarc.parse_xml_to_array(str(tmp_path / "all.xml"))
    assert [r.as_marc() for r in from_yaz] == [r.as_marc() for r in ours] and len(ours) == sum(
        len(record_marcs(r)) for r in all_records)


def test_marcxml_is_valid_by_xmllint_too(tmp_path, all_records):
    xmllint = require_program("xmllint")
    from catalog.validate.schemas import schema_path
    (tmp_path / "all.xml").write_text(to_marcxml(all_records), encoding="utf-8")
    result = subprocess.run([xmllint, "--nonet", "--noout", "--schema", str(schema_path("MARC21slim.xsd")),
                             str(tmp_path / "all.xml")], capture_output=True, text=True)
    assert result.returncode == 0 and "validates" in result.stderr, result.stderr[-2000:]


def test_marc_carries_the_book_and_the_review_link(all_records):
    for record in all_records:
        marcs = record_marcs(record)
        for book, marc in zip(record.books, marcs, strict=False):   # marcs ends with the review's: books only
            assert marc["001"].data == book.key and marc.leader[9] == "a" and marc.leader[7] == "m"
            assert fold(marc["245"]["a"]).startswith(fold(book.title))
            if book.publisher:
                assert fold(book.publisher) in fold(marc["264"]["b"])
            if book.pages:
                assert marc["300"]["a"].startswith(f"{book.pages} pages")
        review = marcs[-1]
        assert review.leader[7] == "b"
        assert [f["w"] for f in review.get_fields("787")] == [b.key for b in record.books]
        if record.review.outlet:
            assert review["773"]["t"] == record.review.outlet


def test_rispy_reads_every_field_back(all_records):
    read = rispy.loads(to_ris(all_records))
    written = [ref for r in all_records for ref in references(r)]
    assert len(read) == len(written)
    for back, ref in zip(read, written, strict=True):
        for key, value in ref.items():
            assert back[key] == value, (ref["id"], key)


def test_bibutils_ris2xml_reads_every_record(tmp_path, all_records):
    ris2xml = require_program("ris2xml")
    (tmp_path / "all.ris").write_text(to_ris(all_records), encoding="utf-8")
    mods = etree.fromstring(run([ris2xml, str(tmp_path / "all.ris")]))
    ns = {"m": "http://www.loc.gov/mods/v3"}
    found = {m.get("ID"): m for m in mods.findall("m:mods", ns)}
    for record in all_records:
        for book in record.books:
            m = found[book.key]
            assert fold(book.title) in fold(m.findtext("m:titleInfo/m:title", namespaces=ns))
            if book.publisher:
                assert fold(m.findtext("m:originInfo/m:publisher", namespaces=ns)) == fold(book.publisher)
            families = [e.text for e in m.findall("m:name/m:namePart[@type='family']", ns)]
            for person in book.people(Role.AUTHOR):
                if person.family and not person.suffix:
                    assert person.family in families
        review = found[record.review.key]
        if record.review.outlet:
            host = review.findtext("m:relatedItem[@type='host']/m:titleInfo/m:title", namespaces=ns)
            assert host == record.review.outlet
        assert fold(record.books[0].title) in fold(" ".join(review.itertext()))
