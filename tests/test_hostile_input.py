"""Hostile and broken input: a clear one-line error or a valid record, never a traceback."""
import http.server
import json
import subprocess
import sys
import threading

import pytest

from catalog.errors import InputError
from catalog.formats import FORMATS, render
from catalog.model import Document, ReviewMetadata
from catalog.pipeline import catalog_document
from catalog.readers.nitf import read_nitf
from catalog.readers.text import decode, read_text_document
from tests.conftest import ROOT, SEED, require_program
from tests.readers.nitf_fixture import review


def cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "catalog", *args], capture_output=True, cwd=ROOT,
                          input=stdin, timeout=600)


def one_line_error(result) -> str:
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("catalog:")]
    assert len(lines) == 1, err
    return lines[0]


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY ext "fetched">')

    def log_message(self, *args):
        pass


def test_external_dtd_is_never_fetched():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/nitf.dtd"
        data = review().replace(b"http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd", url.encode())
        document = read_nitf(data, "dtd.xml")
        assert document.id == "859123"
        neutral = read_nitf(data.replace(b"<hl1>", b"<hl1>&ext;"), "dtd.xml")   # left unexpanded
        assert "fetched" not in (neutral.metadata.headline or "")
    finally:
        server.shutdown()
    assert _Recorder.hits == []


def test_huge_text_node_and_huge_file_are_refused(tmp_path):
    node = review().replace(b"<hl1>", b"<hl1>" + b"x" * (12 * 1024 * 1024))
    with pytest.raises(InputError, match="broken XML"):
        read_nitf(node, "node.xml")
    big = tmp_path / "big.xml"
    big.write_bytes(review() + b" " * (21 * 1024 * 1024))
    message = one_line_error(cli("export", str(big), "--to", "json"))
    assert "larger than 20 MB" in message


def test_100_mb_text_file_is_a_clear_error(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(SEED.read_bytes())
        handle.seek(100 * 1024 * 1024)
        handle.write(b"\n")
    result = cli("export", str(big), "--to", "json")
    assert result.returncode == 1 and "larger than 50 MB" in one_line_error(result)


def test_windows_1252_text_is_read_with_a_warning():
    text, warnings = decode("THE CAF\u00c9, by Ren\u00e9e Lee. (Holt, $25.)".encode("cp1252"), "x")
    assert "Ren\u00e9e" in text and warnings == ["not UTF-8, decoded as Windows-1252"]
    record = catalog_document(Document("x", text, warnings=tuple(warnings)))
    assert record.books[0].contributors[0].given == "Ren\u00e9e"
    assert "not UTF-8, decoded as Windows-1252" in record.warnings


def test_utf16_and_binary(tmp_path):
    (tmp_path / "u16.txt").write_bytes(SEED.read_text().encode("utf-16"))
    assert cli("export", str(tmp_path / "u16.txt"), "--to", "json").returncode == 0
    (tmp_path / "junk.bin").write_bytes(bytes(range(1, 32)) * 100)
    assert "binary file" in one_line_error(cli("export", str(tmp_path / "junk.bin"), "--to", "json"))


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_a_byte_order_mark_gives_the_records_utf8_gives(seed_text, seed_record, codec):
    """UTF-32-LE's mark opens with UTF-16-LE's: read as UTF-16, the text was NUL-strewn."""
    document, warnings = read_text_document(("\ufeff" + seed_text).encode(codec), "stalins-spy", ReviewMetadata())
    assert document.text == seed_text and warnings == ["UTF-32 text, decoded"]
    record = catalog_document(document)
    assert (record.books, record.review) == (seed_record.books, seed_record.review)
    assert record.warnings == ("UTF-32 text, decoded",) + seed_record.warnings


def test_utf32_files_export_as_the_utf8_file_does(tmp_path, seed_text):
    exported = {}
    for codec in ("utf-8", "utf-32-le", "utf-32-be"):
        (tmp_path / codec).mkdir()
        path = tmp_path / codec / "stalins-spy.txt"
        path.write_bytes(("" if codec == "utf-8" else "\ufeff").encode(codec) + seed_text.encode(codec))
        result = cli("export", str(path), "--to", "json")
        assert result.returncode == 0, result.stderr
        exported[codec] = json.loads(result.stdout)
    for codec in ("utf-32-le", "utf-32-be"):
        assert exported[codec].pop("warnings") == ["UTF-32 text, decoded"] + exported["utf-8"]["warnings"]
        assert exported[codec] == {k: v for k, v in exported["utf-8"].items() if k != "warnings"}
    broken = tmp_path / "cut.txt"
    broken.write_bytes(seed_text[:40].encode("utf-32")[:-1])   # the last code unit cut short
    assert "broken UTF-32 text" in one_line_error(cli("export", str(broken), "--to", "json"))


def test_truncated_xml(tmp_path):
    (tmp_path / "cut.xml").write_bytes(review()[:700])
    assert "broken XML" in one_line_error(cli("export", str(tmp_path / "cut.xml"), "--to", "json"))


def test_a_file_with_50_trailers():
    notes = "\n".join(f"PUBLICATION NOTES: BOOK NUMBER {n} By Ann Lee{n}. {100 + n} pages. Knopf. ${n}.95"
                      for n in range(1, 51))
    record = catalog_document(Document("fifty", "A review of fifty books.\n" + notes))
    assert len(record.books) == 50 and len({b.key for b in record.books}) == 50
    assert [b.pages for b in record.books] == list(range(101, 151))
    for fmt in FORMATS.values():
        render(fmt, [record])


def test_one_percent_corrupt_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for n in range(200):
        data = SEED.read_bytes() if n % 100 != 7 else b"\x00\xff garbage \x00"
        (folder / f"{n:03d}.txt").write_bytes(data)
    out = tmp_path / "out"
    result = cli("export", str(folder), "--to", "all", "-o", str(out), "--errors", str(out / "errors.jsonl"))
    assert result.returncode == 1
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [e["id"] for e in errors] == ["007", "107"]
    assert len(json.loads((out / "corpus.csl.json").read_text())) == 2 * 198   # book + review each


def test_two_runs_are_byte_identical(tmp_path):
    for run in ("a", "b"):
        done = cli("export", str(SEED), "--to", "all", "-o", str(tmp_path / run), "--date", "1996-07-01")
        assert done.returncode == 0
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


HOSTILE = ["{", "}", "}{", "a}b{c", "%comment", "&amp;", "$x$", "#1", "_u_", "\\\\", "~", "^", "@misc{x,",
           "\"quoted\"", "<b>bold</b>", "]]>", "e\u0301te\u0301", "\u05e9\u05dc\u05d5\u05dd", "\u202eevil",
           "\u674e\u767d", "\U0001f4da", "a--b", "``q''", "Ħ"]


def test_biber_reads_hostile_titles_back(tmp_path):
    biber = require_program("biber")
    from catalog.model import Book, Contributor, Record, Review, Role
    from catalog.writers.biblatex import to_biblatex
    records = []
    for n, text in enumerate(HOSTILE):
        book = Book(key=f"b{n}", title=f"T {text} end",
                    contributors=(Contributor(Role.AUTHOR, given="Ann", family=f"Lee {text}"),),
                    publisher=f"P {text}")
        review_ = Review(key=f"r{n}", reviews=(f"b{n}",))
        records.append(Record(str(n), (book,), review_))
    (tmp_path / "h.bib").write_text(to_biblatex(records), encoding="utf-8")
    result = subprocess.run([biber, "--tool", "--validate-datamodel", "h.bib"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0
    assert [line for line in (result.stdout + result.stderr).splitlines() if line.startswith(("WARN", "ERROR"))] == []
    # biber's own re-written file holds every entry, each title closing with "end"
    rewritten = (tmp_path / "h_bibertool.bib").read_text(encoding="utf-8")
    assert rewritten.count("@BOOK{") == len(HOSTILE)
    assert rewritten.count(" end}") >= len(HOSTILE)


def test_what_the_fuzzer_found():
    # U+FFFF is no XML character: removed on the way in, never a crash in the MODS writer.
    record = catalog_document(Document("f", "COLD\uffff WORLD, by William Finnegan. (Random House, $25.)"))
    assert "\uffff" not in record.books[0].title
    # A key must be an xs:ID: "1984" cannot start one.
    record = catalog_document(Document("k", "1984, by George Orwell. (Harcourt, $9.)"))
    assert record.books[0].key[0].isalpha()
    # Blank metadata is no metadata: an unsigned review, not an @article lacking its author.
    from catalog.model import ReviewMetadata
    record = catalog_document(Document("m", SEED.read_text(), ReviewMetadata(reviewers=("\x07 ",), outlet="  ")))
    assert record.review.reviewers == () and record.review.outlet is None
    for fmt in FORMATS.values():
        render(fmt, [record])


def test_book_without_author_or_publisher_exports_everywhere():
    record = catalog_document(Document("a", "ANONYMOUS VERSES. 96 pp. Graywolf. $15."))
    book = record.books[0]
    assert not book.contributors
    out = {name: render(fmt, [record]) for name, fmt in FORMATS.items()}
    assert out["biblatex"].startswith("@misc{") and "howpublished = {Graywolf}" in out["biblatex"]
    record = catalog_document(Document("b", "A TITLE, by Ann Lee. $25."))
    assert record.books[0].publisher is None
    assert render(FORMATS["bibtex"], [record]).startswith("@misc{")


def test_memory_stays_bounded_on_the_largest_accepted_xml(tmp_path):
    paragraphs = ["A paragraph of review text that goes on for a while, as reviews do."] * 150000
    from tests.readers.nitf_fixture import nitf
    data = nitf("big", paragraphs + ["BIG BOOK By Ann Lee. 100 pages. Knopf. $10."])
    assert 10 * 1024 * 1024 < len(data) < 20 * 1024 * 1024
    (tmp_path / "big.xml").write_bytes(data)
    code = ("import resource, sys; from catalog.readers.nitf import read_nitf; "
            "read_nitf(open(sys.argv[1], 'rb').read(), 'big'); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "big.xml")], capture_output=True,
                            text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) < 400 * 1024   # KiB: a 20 MB document never costs more than 400 MB
