"""Fault injection (issue 13): full disk, signals, a killed worker, unwritable targets,
devices and pipes. Each asserts a one-line error, no lost good document, all-or-nothing
replacement and no temporary file left behind."""
import errno
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from catalog import batch, cli
from catalog.output import StagedFiles, remove_stale_temps
from tests.conftest import ROOT, SEED

TRAILER = "THE QUIET HARBOR{n}. By Jane Doe. 245 pp. Knopf. ${n}.\n"
FORMATS_ALL = (".bib", ".biblatex.bib", ".mods.xml", ".csl.json", ".jsonl")


def corpus(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(1, count + 1):
        (folder / f"r{n:05d}.txt").write_text(TRAILER.format(n=n), encoding="utf-8")
    return folder


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def run_main(args, capsys) -> tuple[int, str]:
    """catalog's entry point in this process (so faults can be injected): exit code, stderr."""
    saved = sys.argv
    sys.argv = ["catalog", *args]
    try:
        with pytest.raises(SystemExit) as done:
            cli.main()
    finally:
        sys.argv = saved
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return done.value.code, err


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.startswith("catalog:")]
    assert len(lines) == 1, err
    return lines[0]


def previous_outputs(out: Path) -> dict[str, bytes]:
    out.mkdir(parents=True, exist_ok=True)
    for suffix in FORMATS_ALL:
        (out / f"in{suffix}").write_bytes(b"previous " + suffix.encode())
    return {p.name: p.read_bytes() for p in out.iterdir()}


def test_full_disk_is_one_line_and_keeps_the_previous_files(tmp_path, monkeypatch, capsys):
    source, out = corpus(tmp_path / "in", 20), tmp_path / "out"
    before = previous_outputs(out)
    calls = {"n": 0}
    real_write = StagedFiles.write

    def write(self, name, text):
        calls["n"] += 1
        if calls["n"] > 30:
            raise_enospc = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            self.handles[name].write = lambda _: (_ for _ in ()).throw(raise_enospc)
        real_write(self, name, text)
    monkeypatch.setattr(StagedFiles, "write", write)
    code, err = run_main(["export", str(source), "--to", "all", "-o", str(out)], capsys)
    assert code == 1 and "No space left on device" in one_line(err)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before and temps(out) == []


def test_a_failing_close_still_removes_every_temporary_file(tmp_path):
    staged = StagedFiles({"a": tmp_path / "a.txt", "b": tmp_path / "b.txt"})
    staged.write("a", "x")
    staged.handles["a"].close = lambda: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full"))
    staged.discard()
    assert temps(tmp_path) == [] and not (tmp_path / "a.txt").exists()


def test_one_unreplaceable_target_replaces_none(tmp_path, capsys):
    out = tmp_path / "out"
    before = previous_outputs(out)
    (out / "in.mods.xml").unlink()
    (out / "in.mods.xml").mkdir()   # a folder where a file must go
    before.pop("in.mods.xml")
    source = tmp_path / "in.txt"
    source.write_text(TRAILER.format(n=1), encoding="utf-8")
    code, err = run_main(["export", str(source), "--to", "all", "-o", str(out)], capsys)
    assert code == 1 and "in.mods.xml" in one_line(err)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before and temps(out) == []


def test_a_killed_worker_is_one_line_and_keeps_the_previous_files(tmp_path, monkeypatch, capsys):
    source, out = corpus(tmp_path / "in", 200), tmp_path / "out"
    before = previous_outputs(out)
    real_parse = batch.parse_one

    def dies(document, strict=False):
        if getattr(document, "id", "") == "r00077":
            os._exit(9)   # as SIGKILL or the OOM killer would end it
        return real_parse(document, strict)
    monkeypatch.setattr(batch, "parse_one", dies)
    code, err = run_main(["export", str(source), "--to", "all", "-o", str(out), "--jobs", "2"], capsys)
    assert code == 1 and "worker process died" in one_line(err)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before and temps(out) == []


def test_a_killed_worker_in_parse_is_one_line(tmp_path, monkeypatch, capsys):
    source = corpus(tmp_path / "in", 200)
    real_parse = batch.parse_one

    def dies(document, strict=False):
        if getattr(document, "id", "") == "r00077":
            os._exit(9)
        return real_parse(document, strict)
    monkeypatch.setattr(batch, "parse_one", dies)
    code, err = run_main(["parse", str(source), "--jobs", "2"], capsys)
    assert code == 1 and "worker process died" in one_line(err)


@pytest.mark.parametrize("sig, after", [(signal.SIGTERM, 0.5), (signal.SIGTERM, 1.5), (signal.SIGINT, 1.0)])
def test_sigterm_and_sigint_leave_previous_files_and_no_litter(tmp_path, sig, after):
    source, out = corpus(tmp_path / "in", 3000), tmp_path / "out"
    before = previous_outputs(out)
    run = subprocess.Popen([sys.executable, "-m", "catalog", "export", str(source), "--to", "all", "-o", str(out)],
                           cwd=ROOT, stderr=subprocess.PIPE)
    time.sleep(after)
    run.send_signal(sig)
    _, err = run.communicate(timeout=120)
    assert "Traceback" not in err.decode()
    now = {p.name: p.read_bytes() for p in out.iterdir()}
    assert temps(out) == []
    assert now == before or run.returncode == 0   # interrupted: the old set; finished first: the new one


def test_sigkill_litter_is_removed_by_the_next_run(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = out / f".in.mods.xml.catalog-{dead.stdout.strip()}-abcd.tmp"
    alive = out / f".in.mods.xml.catalog-{os.getpid()}-efgh.tmp"   # a live run's file is not ours to delete
    stale.write_text("left by a killed run")
    alive.write_text("in use")
    foreign = out / ".notes.tmp"
    foreign.write_text("not catalog's")
    source = tmp_path / "in.txt"
    source.write_text(TRAILER.format(n=1), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "catalog", "export", str(source), "--to", "all", "-o", str(out)],
                          cwd=ROOT, capture_output=True)
    assert done.returncode == 0
    assert not stale.exists() and alive.exists() and foreign.exists()
    assert remove_stale_temps(out) == []


def test_outputs_honor_the_umask(tmp_path):
    source = tmp_path / "in.txt"
    source.write_text(TRAILER.format(n=1), encoding="utf-8")
    for mask, mode in ((0o022, 0o644), (0o077, 0o600), (0o002, 0o664)):
        out = tmp_path / f"out{mask:o}"
        command = (f"umask {mask:o} && {sys.executable} -m catalog export {source} --to all -o {out}"
                   f" --errors {out}/errors.jsonl")
        assert subprocess.run(["sh", "-c", command], cwd=ROOT, capture_output=True).returncode == 0
        assert {oct(p.stat().st_mode & 0o777) for p in out.iterdir()} == {oct(mode)}


def test_unwritable_targets_are_usage_errors(tmp_path, capsys):
    source = tmp_path / "in.txt"
    source.write_text(TRAILER.format(n=1), encoding="utf-8")
    code, err = run_main(["export", str(source), "--to", "mods", "--errors", str(tmp_path)], capsys)
    assert code == 2 and "folder" in one_line(err)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, err = run_main(["export", str(source), "--to", "all", "-o", str(blocker / "out")], capsys)
    assert code == 2 and one_line(err)


def test_a_full_standard_output_is_one_line(tmp_path):
    for args in (["export", str(SEED), "--to", "mods"], ["parse", str(SEED)]):
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-m", "catalog", *args], cwd=ROOT, stdout=full,
                                  stderr=subprocess.PIPE, text=True)
        assert done.returncode == 1 and "Traceback" not in done.stderr
        assert one_line(done.stderr).endswith("No space left on device")


def test_devices_and_pipes_are_refused_and_stdin_is_read(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in ("/dev/zero", str(fifo)):
        done = subprocess.run([sys.executable, "-m", "catalog", "export", path, "--to", "mods"], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 1 and "not a regular file" in one_line(done.stderr)
    done = subprocess.run([sys.executable, "-m", "catalog", "export", "-", "--to", "mods"], cwd=ROOT,
                          input=TRAILER.format(n=1), capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "<mods" in done.stdout


def test_archive_members_that_cannot_be_read_fail_alone(tmp_path, capsys):
    archive = tmp_path / "in.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", TRAILER.format(n=1))
        z.writestr("b.txt", TRAILER.format(n=2))
        z.writestr("c.txt", TRAILER.format(n=3))
    data = bytearray(archive.read_bytes())
    # mark member b as encrypted (general purpose flag bit 0) in its local and central headers
    name = b"b.txt"
    for at in [i for i in range(len(data)) if data[i:i + 5] == name]:
        header = (data.rfind(b"PK\x03\x04", 0, at) if data[at - 30:at - 26] == b"PK\x03\x04"
                  else data.rfind(b"PK\x01\x02", 0, at))
        offset = 6 if data[header:header + 4] == b"PK\x03\x04" else 8
        data[header + offset] |= 1
    archive.write_bytes(bytes(data))
    out = tmp_path / "out"
    code, err = run_main(["export", str(archive), "--to", "json", "-o", str(out),
                          "--errors", str(tmp_path / "e.jsonl")], capsys)
    assert code == 1 and "b.txt" in one_line(err)
    assert [json.loads(line)["id"] for line in (out / "in.jsonl").read_text().splitlines()] == ["in.zip/a", "in.zip/c"]
