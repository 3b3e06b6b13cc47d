"""Other projects validate their bibliographies in CI with our pre-commit hook: `pre-commit
try-repo` installs this checkout as a hook and runs it on a repository holding one good and
one broken file. Offline: pip installs from the wheelhouse `make` built with the venv."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED

WHEELS = ROOT / ".venv" / "wheels"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def project(tmp_path):
    """A repository with our seed's valid MODS and a .bib with a broken entry, staged."""
    if shutil.which("git") is None:
        pytest.fail("git is needed to run pre-commit")
    repo = tmp_path / "project"
    repo.mkdir()
    _git(repo, "init", "-q")
    good = subprocess.run([sys.executable, "-m", "catalog", "export", str(SEED), "--to", "mods"],
                          capture_output=True, check=True).stdout
    (repo / "good.mods.xml").write_bytes(good)
    (repo / "broken.bib").write_text("@book{a,\n  title = {Unclosed\n}\n")
    (repo / "README.txt").write_text("not checked: no bibliography suffix\n")
    _git(repo, "add", ".")
    return repo


def _try_repo(repo: Path, tmp_path: Path, hook: str) -> subprocess.CompletedProcess:
    if not any(WHEELS.glob("setuptools-*.whl")):
        pytest.fail(f"no wheelhouse at {WHEELS}: run `make .venv/.installed` (it is built with the venv)")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELS), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    env.pop("PIP_EXTRA_INDEX_URL", None)
    return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), hook, "--all-files",
                           "--color", "never", "--verbose"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_hook_fails_on_the_broken_file_only(project, tmp_path):
    result = _try_repo(project, tmp_path, "catalog-validate")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert "broken.bib:1: unparsable block" in out
    assert "good.mods.xml: valid mods" in out
    assert "README.txt" not in out


def test_hook_passes_once_the_file_is_fixed(project, tmp_path):
    (project / "broken.bib").unlink()
    _git(project, "add", "-A")
    result = _try_repo(project, tmp_path, "catalog-validate")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_github_hook_prints_annotations(project, tmp_path):
    result = _try_repo(project, tmp_path, "catalog-validate-github")
    assert result.returncode == 1
    assert "::error file=broken.bib,line=1,title=catalog validate::unparsable block" in result.stdout
