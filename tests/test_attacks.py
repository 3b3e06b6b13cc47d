"""The defects found by attacking the CLI (issue 13), each a test that failed before its fix."""
import json
import os
import subprocess
import sys

import bibtexparser
import pytest

from catalog.errors import InputError
from catalog.formats import FORMATS, render
from catalog.model import Document
from catalog.pipeline import catalog_document
from catalog.readers import sources
from catalog.readers.jsonl import read_jsonl
from catalog.validate.bibtex import bib_errors
from catalog.validate.mods import mods_errors
from tests.conftest import ROOT

TRAILER = "THE QUIET HARBOR. By Jane Doe. 245 pp. Knopf. $25."
HOSTILE_URL = "https://example.org/a_b~c#d&e--f/x y%zz{h}\\i"


def cli(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "catalog", *args], cwd=ROOT, capture_output=True, text=True,
                          input=stdin, timeout=300)


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("catalog:")]
    assert len(lines) == 1, err
    return lines[0]


def reviewed(url: str):
    from catalog.readers.metadata import review_metadata
    return catalog_document(Document("d", TRAILER, review_metadata("Ann Critic", "The Times", "1996-07-01", url=url)))


def test_urls_are_verbatim_in_both_bib_files_and_valid_everywhere():
    record = reviewed(HOSTILE_URL)
    url = record.review.url
    assert url == "https://example.org/a_b~c#d&e--f/x%20y%25zz%7Bh%7D%5Ci"
    for name in ("bibtex", "biblatex"):
        text = render(FORMATS[name], [record])
        fields = {f.key: f.value for e in bibtexparser.parse_string(text).entries for f in e.fields}
        assert fields["url"] == url, name
    assert mods_errors(render(FORMATS["mods"], [record]).encode()) == []


@pytest.mark.parametrize("escaped", [r"https://e.org/a\_b", r"https://e.org/\textasciitilde{}x", "https://e.org/a-{}-b",
                                     r"https://e.org/a\#b"])
def test_the_validator_catches_an_escaped_url(escaped):
    text = "@misc{k,\n  title = {T},\n  url = {" + escaped + "}\n}\n"
    assert any("verbatim" in message for _, message in bib_errors(text))


def test_bad_jsonl_values_fail_their_line_and_the_run_goes_on(tmp_path):
    good = {"id": "good", "text": TRAILER}
    lines = [json.dumps({"id": "a", "text": TRAILER, "review": {"reviewers": 5}}),
             json.dumps({"id": "b", "text": TRAILER, "review": {"reviewers": True}}),
             '{"id": "\\ud800", "text": "' + TRAILER + '"}',
             "[" * 100_000,
             json.dumps(good)]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    done = cli("export", str(corpus), "--to", "json", "-o", str(out), "--errors", str(tmp_path / "e.jsonl"))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert [json.loads(line)["id"] for line in (out / "in.jsonl").read_text().splitlines()] == ["good"]
    errors = [json.loads(line) for line in (tmp_path / "e.jsonl").read_text().splitlines()]
    assert len(errors) == 4 and all(e["error"] for e in errors)


def test_json_lines_end_at_newline_only():
    text = "Lead \u2028 and \u0085 inside. " + TRAILER
    line = json.dumps({"id": "u", "text": text}, ensure_ascii=False)
    done = cli("parse", "--jsonl", stdin=line + "\n")
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1
    assert json.loads(done.stdout)["books"][0]["publisher"] == "Knopf"
    assert cli("validate", "-", stdin=line).returncode in (0, 1)   # never split into two "not JSON" errors


def test_a_json_line_over_the_document_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_LINE", 1000)
    monkeypatch.setattr("catalog.readers.jsonl.MAX_LINE", 1000)
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "big", "text": "x" * 5000}) + "\n"
                      + json.dumps({"id": "ok", "text": TRAILER}) + "\n")
    items = list(sources.documents([str(corpus)]))
    assert isinstance(items[0], InputError) and "longer than" in items[0].message
    assert items[1].id == "ok"


def test_deeply_nested_folders_are_walked(tmp_path):
    folder = str(tmp_path)
    for _ in range(1100):   # deeper than Python's recursion limit; os.makedirs itself recurses
        folder += "/d"
        os.mkdir(folder)
    with open(folder + "/deep.txt", "w", encoding="utf-8") as handle:
        handle.write(TRAILER)
    (tmp_path / "top.txt").write_text(TRAILER, encoding="utf-8")
    try:
        found = [d.id for d in sources.documents([str(tmp_path)])]
        assert len(found) == 2 and found[-1] == "top"
    finally:   # pytest's own clean-up recurses, so the tree goes here, innermost first
        os.remove(folder + "/deep.txt")
        while folder != str(tmp_path):
            os.rmdir(folder)
            folder = folder.rsplit("/", 1)[0]


def test_an_unreadable_subfolder_is_reported_not_skipped(tmp_path, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_text(TRAILER, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "z.txt").write_text(TRAILER, encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real(path)
    monkeypatch.setattr(sources.os, "scandir", scandir)
    items = list(sources.documents([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.doc_id for e in errors] == ["locked"] and "Permission denied" in errors[0].message
    assert [i.id for i in items if not isinstance(i, InputError)] == ["a/r", "z"]


def test_read_jsonl_refuses_lone_surrogates_and_deep_nesting():
    items = list(read_jsonl(['{"id": "\\ud800", "text": "x"}', "[" * 50_000, '{"id": "ok", "text": "x"}']))
    assert [type(i).__name__ for i in items] == ["InputError", "InputError", "Document"]


def test_utf16_without_a_bom_is_read():
    from catalog.readers.text import decode
    for codec in ("utf-16-le", "utf-16-be"):
        text, warnings = decode(TRAILER.encode(codec), "x")
        assert text == TRAILER and "without a byte-order mark" in warnings[0]


def test_nitf_notes_in_the_lead_or_loose_text_and_a_namespaced_file():
    from catalog.readers.nitf import looks_like_nitf, read_nitf
    from tests.readers.nitf_fixture import nitf
    lead_only = nitf("1", ["An article opens here.", "It goes on."]).replace(
        b'<block class="lead_paragraph"><p>An article opens here.</p>',
        b'<block class="lead_paragraph"><p>' + TRAILER.encode() + b"</p>")
    assert catalog_document(read_nitf(lead_only, "a")).books[0].publisher == "Knopf"
    loose = nitf("2", ["An article opens here."]).replace(b"</p>\n      </block>",
                                                          b"</p>" + TRAILER.encode() + b"\n      </block>")
    assert catalog_document(read_nitf(loose, "b")).books[0].publisher == "Knopf"
    spaced = nitf("3", ["Text.", TRAILER]).replace(b"<nitf ", b'<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" ')
    assert looks_like_nitf(spaced) and catalog_document(read_nitf(spaced, "c")).books[0].publisher == "Knopf"


def test_what_the_structured_fuzzer_found(tmp_path):
    from catalog.readers.metadata import review_metadata, review_url
    with pytest.raises(InputError, match="Unicode"):   # a lone surrogate in a URL: refused, not a crash
        review_metadata(url="\\\ud800")
    record = reviewed("PUBLICATION NOTES: not a link")   # no scheme: a relative reference, still valid anyURI
    assert review_url("PUBLICATION NOTES: x/y") == "PUBLICATION%20NOTES%3A%20x/y"
    assert mods_errors(render(FORMATS["mods"], [record]).encode()) == []
    cut = tmp_path / "cut.tgz"
    cut.write_bytes(b"\x1f\x8b\x08")   # a gzip header cut short
    items = list(sources.documents([str(cut)]))
    assert len(items) == 1 and isinstance(items[0], InputError) and "broken archive" in items[0].message
