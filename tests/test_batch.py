"""Corpus runs: every input kind, parallel equals serial, interruptions leave no partial file."""
import io
import json
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from catalog.formats import FORMATS
from tests.conftest import ROOT, SEED, require_dev_data
from tests.readers.nitf_fixture import news, review


def run(*args, cwd=None, stdin=None):
    return subprocess.run([sys.executable, "-m", "catalog", *args], capture_output=True, cwd=cwd or ROOT,
                          input=stdin, timeout=300)


def make_tgz(path: Path, members: dict[str, bytes]) -> None:
    with tarfile.open(path, "w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))


def corpus(folder: Path) -> Path:
    """A mixed folder: plain, PTB, NITF review and news, JSON lines, an archive, broken files."""
    folder.mkdir()
    (folder / "a-plain.txt").write_text("THE BUSH TRAGEDY, by Jacob Weisberg. (Random House, $26.) Weisberg sees it.")
    (folder / "b-seed.txt").write_bytes(SEED.read_bytes())
    (folder / "c-review.xml").write_bytes(review("1001"))
    (folder / "d-news.xml").write_bytes(news("1002"))
    (folder / "e-broken.xml").write_bytes(b"<?xml version='1.0'?><nitf><head>")
    (folder / "f-binary.txt").write_bytes(b"\x00\x01\x02\x03")
    rows = [{"id": "j1", "text": "HOMESICK, by Guy Vanderhaeghe. (Ticknor & Fields, $19.95.)"},
            {"id": "j2", "text": "THE BUSH TRAGEDY, by Jacob Weisberg. (Random House, $26.)"}]
    (folder / "g-rows.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    make_tgz(folder / "h-day.tgz", {"1996/07/02/2001.xml": review("2001"), "1996/07/02/2002.xml": news("2002")})
    return folder


def test_mixed_folder_exports_good_documents_and_reports_bad_ones(tmp_path):
    source = corpus(tmp_path / "corpus")
    out = tmp_path / "out"
    result = run("export", str(source), "--to", "all", "-o", str(out), "--errors", str(out / "errors.jsonl"))
    assert result.returncode == 1
    summary = result.stderr.decode().splitlines()
    assert "documents 10, reviews 6, books 6, skipped 2, failed 2" in "\n".join(summary)
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert {e["id"] for e in errors if not e.get("skipped")} == {"e-broken", "f-binary"}
    skipped = [e for e in errors if e.get("skipped")]   # the news article and the text with no notes
    assert len(skipped) == 2 and all("no publication notes" in e["error"] for e in skipped)
    assert all("\n" not in e["error"] for e in errors)
    assert run("validate", *[str(p) for p in out.glob("corpus.*")]).returncode == 0
    csl = json.loads((out / "corpus.csl.json").read_text())
    keys = [item["id"] for item in csl]
    assert len(keys) == len(set(keys))                       # unique across the run
    assert "weisberg-bush-tragedy-2" in keys                  # deterministic suffix on collision
    review_items = [i for i in csl if i["type"] != "book"]
    assert any(i.get("author") == [{"family": "Lehmann-Haupt", "given": "Christopher"}] for i in review_items)


def test_jobs_2_equals_jobs_1_byte_for_byte(tmp_path):
    source = corpus(tmp_path / "corpus")
    one, two = tmp_path / "one", tmp_path / "two"
    run("export", str(source), "--to", "all", "-o", str(one))
    run("export", str(source), "--to", "all", "-o", str(two), "--jobs", "2")
    names = sorted(p.name for p in one.iterdir())
    assert names == sorted(p.name for p in two.iterdir()) and len(names) == len(FORMATS)
    for name in names:
        assert (one / name).read_bytes() == (two / name).read_bytes(), name


def test_parse_jobs_2_equals_jobs_1_byte_for_byte(tmp_path):
    source = corpus(tmp_path / "corpus")
    one, two = run("parse", str(source)), run("parse", str(source), "--jobs", "2")
    rows = [json.loads(line) for line in one.stdout.decode().splitlines()]
    assert sum("books" in r for r in rows) >= 5 and sum("error" in r for r in rows) >= 3   # records and errors
    assert (two.stdout, two.returncode) == (one.stdout, one.returncode) and one.returncode == 1
    jsonl = (require_dev_data() / "dev_inputs.jsonl").read_bytes()
    assert run("parse", "--jsonl", "--jobs", "2", stdin=jsonl).stdout == run("parse", "--jsonl", stdin=jsonl).stdout


def test_tgz_of_nitf_and_zip(tmp_path):
    make_tgz(tmp_path / "day.tgz", {f"1996/07/01/{n}.xml": review(str(n)) for n in range(3)})
    result = run("export", str(tmp_path / "day.tgz"), "--to", "json")
    rows = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["0", "1", "2"] and result.returncode == 0
    with zipfile.ZipFile(tmp_path / "day.zip", "w") as archive:
        archive.writestr("one.txt", SEED.read_text())
    assert run("export", str(tmp_path / "day.zip"), "--to", "csljson").returncode == 0


def test_stdin_and_jsonl(tmp_path):
    result = run("export", "-", "--to", "bibtex", stdin=SEED.read_bytes())
    assert result.returncode == 0 and b"@book{whymant-stalins-spy" in result.stdout
    rows = tmp_path / "r.jsonl"
    row = {"id": "x", "text": SEED.read_text(), "review": {"outlet": "The New York Times"}}
    rows.write_text(json.dumps(row) + "\n")
    result = run("export", str(rows), "--to", "csljson")
    assert json.loads(result.stdout)[1]["container-title"] == "The New York Times"


def _interruptible() -> None:
    """^C as a user's terminal sends it: a suite started in the background (a CI script's
    `cmd &`) inherits SIGINT ignored, and Python then never turns it into KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_interrupted_run_leaves_previous_output_or_none(tmp_path):
    source = tmp_path / "big"
    source.mkdir()
    for n in range(3000):
        (source / f"{n:05d}.txt").write_text(SEED.read_text())
    out = tmp_path / "out"
    out.mkdir()
    previous = "previous complete file\n"
    (out / "big.mods.xml").write_text(previous)
    for sig in (signal.SIGINT, signal.SIGKILL):
        process = subprocess.Popen([sys.executable, "-m", "catalog", "export", str(source),
                                    "--to", "all", "-o", str(out)], preexec_fn=_interruptible,
                                   cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # interrupt once the run is writing (its temporary files are there), not after a fixed sleep
        deadline = time.monotonic() + 60
        while not list(out.glob(".*.tmp")) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert process.poll() is None, "the run finished before it could be interrupted"
        process.send_signal(sig)
        process.wait(timeout=60)
        assert (out / "big.mods.xml").read_text() == previous
        assert not (out / "big.csl.json").exists()
        if sig == signal.SIGINT:
            assert not list(out.glob(".*.tmp"))          # cleaned up on SIGINT


def test_unwritable_output_folder_fails_before_work(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("export", str(SEED), "--to", "all", "-o", str(blocker / "out"))
    assert result.returncode == 2 and b"cannot create output folder" in result.stderr


def test_a_signal_between_making_a_temporary_file_and_recording_it_leaves_none(tmp_path, monkeypatch):
    import os

    import pytest

    from catalog import output
    real_fchmod, calls = os.fchmod, []

    def interrupted_chmod(fd, mode):
        calls.append(fd)
        if len(calls) == 2:   # the second file is made, and the signal comes before it is recorded
            raise KeyboardInterrupt
        real_fchmod(fd, mode)

    monkeypatch.setattr(os, "fchmod", interrupted_chmod)
    with pytest.raises(KeyboardInterrupt):
        output.StagedFiles({"bib": tmp_path / "a.bib", "mods": tmp_path / "a.mods.xml"})
    assert list(tmp_path.iterdir()) == []
