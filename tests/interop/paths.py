"""The import paths people use, each run for real on our output: format -> client -> fields.

Every function takes the records and a scratch folder and returns what the client kept,
keyed by record key (see survival.py). `python -m tests.interop.paths` prints the
README's table.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from catalog.model import Record
from catalog.writers.biblatex import to_biblatex
from catalog.writers.bibtex import to_bibtex
from catalog.writers.csljson import to_csljson
from catalog.writers.mods import to_mods
from tests.interop.survival import Survival, field_table, html_entries, mods_items, ris_items, survival

HERE = Path(__file__).parent
CSL = Path("/usr/share/citation-style-language")
STYLES = {"APA": "apa", "Chicago": "chicago-author-date"}


class ClientMissing(Exception):
    """A client program is not installed."""


def program(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise ClientMissing(name)
    return found


def run(args: Sequence[str], stdin: str | None = None, cwd: Path | None = None) -> str:
    result = subprocess.run(list(args), input=stdin, capture_output=True, text=True, cwd=cwd, timeout=600)
    if result.returncode != 0:
        raise RuntimeError(f"{args[0]} failed: {result.stderr[-2000:]}")
    return result.stdout


def node_client(*args: str, stdin: str) -> object:
    """tests/interop/clients.js, with the npm packages pinned in package.json."""
    if not (HERE / "node_modules" / "citeproc").exists():
        raise ClientMissing("npm packages of tests/interop (npm ci --prefix tests/interop)")
    return json.loads(run([program("node"), str(HERE / "clients.js"), *args], stdin=stdin))


def _keyed(items: Sequence[Mapping]) -> dict[str, Mapping]:
    return {str(i.get("id") or i.get("citation-key") or i.get("citation_key")): i for i in items}


def citeproc_js(style: str) -> Callable[[Sequence[Record], Path], Mapping]:
    def render(records: Sequence[Record], tmp: Path) -> Mapping:
        csl = CSL / "styles" / f"{STYLES[style]}.csl"
        if not csl.exists():
            raise ClientMissing("citation-style-language-styles")
        out = node_client("render", str(csl), str(CSL / "locales"), stdin=to_csljson(records))
        assert isinstance(out, dict)
        return out
    return render


def pandoc_citeproc(style: str) -> Callable[[Sequence[Record], Path], Mapping]:
    def render(records: Sequence[Record], tmp: Path) -> Mapping:
        (tmp / "refs.json").write_text(to_csljson(records), encoding="utf-8")
        (tmp / "doc.md").write_text("---\nnocite: '@*'\n---\n")
        csl = CSL / "styles" / f"{STYLES[style]}.csl"
        return html_entries(run([program("pandoc"), "doc.md", "--citeproc", "--bibliography", "refs.json",
                                 "--csl", str(csl), "-t", "html", "--wrap=none"], cwd=tmp))
    return render


def pandoc_reads(fmt: str, write: Callable[[Sequence[Record]], str]) -> Callable[[Sequence[Record], Path], Mapping]:
    def read(records: Sequence[Record], tmp: Path) -> Mapping:
        (tmp / "refs.bib").write_text(write(records), encoding="utf-8")
        return _keyed(json.loads(run([program("pandoc"), "-f", fmt, "-t", "csljson", "refs.bib"], cwd=tmp)))
    return read


def citation_js_reads(write: Callable[[Sequence[Record]], str]) -> Callable[[Sequence[Record], Path], Mapping]:
    def read(records: Sequence[Record], tmp: Path) -> Mapping:
        items = node_client("bibtex", stdin=write(records))
        assert isinstance(items, list)
        return _keyed(items)
    return read


def bibutils(tool: str, write: Callable[[Sequence[Record]], str], suffix: str,
             parse: Callable[[str], Mapping]) -> Callable[[Sequence[Record], Path], Mapping]:
    def read(records: Sequence[Record], tmp: Path) -> Mapping:
        path = tmp / f"refs{suffix}"
        path.write_text(write(records), encoding="utf-8")
        return parse(run([program(tool), str(path)]))
    return read


def _xml2bib_items(text: str) -> Mapping:
    """xml2bib's BibTeX, read back by pandoc: what a BibTeX user gets from our MODS."""
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "x.bib").write_text(text, encoding="utf-8")
        return _keyed(json.loads(run([program("pandoc"), "-f", "bibtex", "-t", "csljson", "x.bib"], cwd=Path(tmp))))


# (name, reader, rendered?): the rows of the README's table.
PATHS: list[tuple[str, Callable[[Sequence[Record], Path], Mapping], bool]] = [
    ("citeproc-js, APA, from CSL-JSON", citeproc_js("APA"), True),
    ("citeproc-js, Chicago, from CSL-JSON", citeproc_js("Chicago"), True),
    ("pandoc citeproc, APA, from CSL-JSON", pandoc_citeproc("APA"), True),
    ("pandoc citeproc, Chicago, from CSL-JSON", pandoc_citeproc("Chicago"), True),
    ("pandoc -f biblatex, from .biblatex.bib", pandoc_reads("biblatex", to_biblatex), False),
    ("citation-js, from .biblatex.bib", citation_js_reads(to_biblatex), False),
    ("pandoc -f bibtex, from .bib", pandoc_reads("bibtex", to_bibtex), False),
    ("citation-js, from .bib", citation_js_reads(to_bibtex), False),
    ("bibutils bib2xml, from .bib", bibutils("bib2xml", to_bibtex, ".bib", mods_items), False),
    ("bibutils xml2ris, from MODS (RIS for EndNote, RefWorks, Mendeley)",
     bibutils("xml2ris", to_mods, ".xml", ris_items), False),
    ("bibutils xml2bib, from MODS", bibutils("xml2bib", to_mods, ".xml", _xml2bib_items), False),
]


def measure(records: Sequence[Record]) -> list[Survival]:
    results = []
    for name, read, rendered in PATHS:
        with tempfile.TemporaryDirectory() as tmp:
            results.append(survival(name, records, read(records, Path(tmp)), rendered))
    return results


if __name__ == "__main__":
    from tests.interop.records import interop_records
    measured = measure(interop_records())
    print(field_table(measured))
    if "-v" in sys.argv:
        for r in measured:
            print(r.summary(), file=sys.stderr)
