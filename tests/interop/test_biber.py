"""biber's own data-model check on our biblatex: zero warnings, seed and every dev record."""
import subprocess
from pathlib import Path

from catalog.model import Document, ReviewMetadata
from catalog.pipeline import catalog_document
from catalog.writers.biblatex import to_biblatex
from tests.conftest import dev_rows, require_program


def biber_warnings(bib: str, folder: Path) -> list[str]:
    biber = require_program("biber")
    path = folder / "check.bib"
    path.write_text(bib, encoding="utf-8")
    result = subprocess.run([biber, "--tool", "--validate-datamodel", path.name], cwd=folder,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return [line for line in (result.stdout + result.stderr).splitlines() if line.startswith(("WARN", "ERROR"))]


def test_seed_passes_biber(tmp_path, seed_record, seed_text):
    reviewed = catalog_document(Document("reviewed", seed_text, ReviewMetadata(
        reviewers=("Ann Critic",), outlet="The New York Times", date="1996-07-01")))
    assert biber_warnings(to_biblatex([seed_record]), tmp_path) == []
    assert biber_warnings(to_biblatex([reviewed]), tmp_path) == []


def test_every_dev_record_passes_biber(tmp_path):
    from catalog.batch import rekey
    taken: set[str] = set()
    records = [rekey(catalog_document(Document(row["id"], row["text"])), taken) for row in dev_rows()]
    assert biber_warnings(to_biblatex(records), tmp_path) == []


def test_every_dev_record_exports_to_every_format():
    from catalog.formats import FORMATS, render
    for row in dev_rows():
        record = catalog_document(Document(row["id"], row["text"]))
        for fmt in FORMATS.values():
            assert render(fmt, [record])   # render raises on any validation error
