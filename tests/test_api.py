"""The public Python API (catalog.api): its four signatures are a promise to scripts, the
README's example runs as printed, and each function gives what the CLI gives."""
import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest

import catalog
from catalog.errors import InputError, InvalidOutputError, NoNotesError
from catalog.model import Document, Record
from tests.conftest import ROOT

NOTES = ("PUBLICATION NOTES : ` STALIN 'S SPY ' Richard Sorge and the Tokyo Espionage Ring "
         "By Robert Whymant Illustrated . 368 pages . St. Martin 's Press . $ 25.95")


def test_the_signatures_stay_as_documented():
    assert list(inspect.signature(catalog.parse).parameters)[:2] == ["text", "review"]
    assert list(inspect.signature(catalog.render).parameters) == ["records", "fmt"]
    assert list(inspect.signature(catalog.read).parameters)[0] == "paths"
    assert list(inspect.signature(catalog.validate).parameters) == ["path_or_text", "fmt"]
    assert catalog.__all__ == ["parse", "render", "read", "validate"]


def test_the_readme_example_runs(monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"### From Python.*?```python\n(.*?)```", readme, re.S)
    assert block, "the README's Python API example is gone"
    monkeypatch.chdir(ROOT)
    exec(compile(block.group(1), "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "whymant-stalins-spy Stalin's Spy"
    assert printed[1].startswith("stalins-spy @book{whymant-stalins-spy,")


def test_import_catalog_loads_no_pipeline():
    probe = "import catalog, sys; print(sorted(m for m in sys.modules if m.startswith('catalog')))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['catalog']"


def test_parse_reads_the_notes_and_types_the_review():
    record = catalog.parse(NOTES, review={"reviewer": "Ann Critic", "date": "July 1996"})
    assert isinstance(record, Record)
    assert [b.title for b in record.books] == ["Stalin's Spy"]
    assert record.review.key == "critic-review-whymant-stalins-spy"
    with pytest.raises(NoNotesError):
        catalog.parse("The council met on Tuesday.")
    with pytest.raises(InputError):
        catalog.parse(NOTES, review={"date": "someday"})
    with pytest.raises(InputError):
        catalog.parse(NOTES, review={"rating": 5})


def test_render_makes_keys_unique_as_an_export_does():
    record = catalog.parse(NOTES)
    bib = catalog.render([record, record, record], "bibtex")
    assert re.findall(r"@book\{([^,]+),", bib) == ["whymant-stalins-spy", "whymant-stalins-spy-2",
                                                  "whymant-stalins-spy-3"]
    assert catalog.render(record, "csl-json") == catalog.render([record], "csljson")
    with pytest.raises(InputError):
        catalog.render([record], "docx")


def test_render_refuses_what_fails_its_check(monkeypatch):
    from dataclasses import replace

    from catalog.formats import ALIASES
    monkeypatch.setitem(ALIASES, "mods", replace(ALIASES["mods"], own_errors=lambda text: [(1, "broken")]))
    with pytest.raises(InvalidOutputError):
        catalog.render([catalog.parse(NOTES)], "mods")


def test_read_walks_files_folders_and_archives_like_the_cli(tmp_path):
    import tarfile
    (tmp_path / "a.txt").write_text(NOTES, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "x", "text": "one"}\n{"id": "y", "text": "two"}\n', encoding="utf-8")
    with tarfile.open(tmp_path / "c.tgz", "w:gz") as archive:
        archive.add(tmp_path / "a.txt", arcname="in/a.txt")
    ids = [d.id for d in catalog.read(tmp_path)]
    assert ids == ["a", "x", "y", "c.tgz/in/a"]
    assert all(isinstance(d, Document) for d in catalog.read([str(tmp_path)]))
    with pytest.raises(InputError):
        list(catalog.read(tmp_path / "missing"))
    [error] = catalog.read(tmp_path / "missing", errors="yield")
    assert isinstance(error, InputError)


def test_validate_takes_a_path_or_text(tmp_path):
    mods = catalog.render([catalog.parse(NOTES)], "mods")
    path = tmp_path / "r.mods.xml"
    path.write_text(mods, encoding="utf-8")
    assert catalog.validate(path) == [] and catalog.validate(mods) == []
    broken = mods.replace("<titleInfo>", "<titleInfo><bogus/>", 1)
    assert catalog.validate(broken, "mods")
    assert catalog.validate("@book{k, title={T}}\n", "bibtex")   # no author, year, publisher
    with pytest.raises(InputError):
        catalog.validate("hello")
    with pytest.raises(InputError):
        catalog.validate(Path(tmp_path / "none.bib"))
