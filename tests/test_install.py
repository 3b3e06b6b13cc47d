"""`pip install .` gives a catalog that finds its schemas outside the checkout."""
import os
import subprocess
import sys

from tests.conftest import ROOT, SEED


def test_installed_package_finds_its_schemas(tmp_path):
    target = tmp_path / "site"
    build = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                            "--target", str(target), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    assert (target / "catalog" / "schemas" / "mods-3-8.xsd").is_file()
    assert (target / "catalog" / "parse" / "data" / "notes.crfsuite").is_file()
    env = {**os.environ, "PYTHONPATH": str(target)}
    code = ("import catalog, catalog.validate.schemas as s; print(catalog.__file__); print(s.schema_dir())")
    where = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert str(target) in where.stdout.splitlines()[0] and str(target) in where.stdout.splitlines()[1], (
        where.stdout + where.stderr)
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "catalog", "export", str(SEED), "--to", "all", "-o", str(out)],
                         capture_output=True, text=True, cwd=tmp_path, env=env)
    assert run.returncode == 0, run.stderr
    assert (out / "stalins-spy.mods.xml").is_file()
    # the labeller's model loads from the installed package, and both readers agree on the seed
    code = ("import catalog.parse.labeller as l; from catalog.pipeline import catalog_document; "
            "from catalog.model import Document; import pathlib; "
            f"r = catalog_document(Document('s', pathlib.Path({str(SEED)!r}).read_text())); "
            "print(l.__file__); "
            "print(r.books[0].confidence, l.read_notes('THE QUIET HARBOR. By Jane Doe. Knopf. $5.').parsed.title)")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env)
    assert loaded.returncode == 0, loaded.stderr
    where, verdict = loaded.stdout.splitlines()
    assert str(target) in where and verdict == "high THE QUIET HARBOR", loaded.stdout
