"""--engine dask gives --jobs 1's files, errors file and summary, byte for byte, on a
LocalCluster of two workers, and still does when a worker is killed mid-run; a corpus
cut into partitions reads back as the documents a local run reads, in the same order."""
import json
import os
import random
import subprocess
import sys
import tarfile
import threading
import time
from pathlib import Path

import pytest

from benchmarks.corpus import document, nitf
from catalog import partitions
from catalog.readers.sources import documents

pytest.importorskip("distributed")

SAME_BOOK = "PUBLICATION NOTES : THE LONG ROAD HOME . By Jane Doe . 320 pages . Knopf . $ 25 ."


def _corpus(root: Path, n: int = 2000) -> list[str]:
    """n documents: text files, NITF files, a .tgz of NITF and JSON lines; some broken,
    one book reviewed again and again (its keys take -2, -3 ... across partitions)."""
    rng = random.Random(29)
    (root / "text").mkdir(parents=True)
    (root / "nitf").mkdir()
    lines = []
    with tarfile.open(root / "day.tgz", "w:gz") as archive:
        for i in range(n):
            doc_id, text = document(i, rng)
            if i % 97 == 0:
                text = SAME_BOOK
            where = i % 10
            if where < 2:
                (root / "text" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            elif where < 4:
                data = nitf(doc_id, text) if i % 151 else b"<nitf><head>broken"
                (root / "nitf" / f"{doc_id}.xml").write_bytes(data)
            elif where < 5:
                info = tarfile.TarInfo(f"1996/07/01/{doc_id}.xml")
                data = nitf(doc_id, text)
                info.size = len(data)
                import io
                archive.addfile(info, io.BytesIO(data))
            else:
                lines.append("{not json" if i % 173 == 0 else json.dumps({"id": doc_id, "text": text}))
    (root / "corpus.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(root / "text"), str(root / "nitf"), str(root / "day.tgz"), str(root / "corpus.jsonl")]


def _export(paths, out: Path, *options):
    result = subprocess.run([sys.executable, "-m", "catalog", "export", *paths, "--to", "all", "-o", str(out),
                             "--errors", str(out / "errors.jsonl"), *options], capture_output=True, text=True,
                            timeout=600)
    summary = next(line for line in result.stderr.splitlines() if line.startswith("documents "))
    return result.returncode, summary.rsplit(",", 1)[0]   # the seconds differ


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _differing(files: dict[str, bytes], expected: dict[str, bytes]) -> list[str]:
    """The names of the files that differ: a short failure, where pytest's own diff of two
    megabytes of output runs for many minutes (past the mutation check's timeout)."""
    return sorted(name for name in files.keys() | expected.keys() if files.get(name) != expected.get(name))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    paths = _corpus(root / "in")
    reference = root / "jobs1"
    code, summary = _export(paths, reference)
    return paths, reference, code, summary


def test_partitions_read_back_as_the_documents_in_order(corpus):
    paths = corpus[0]
    planned = list(partitions.plan(paths, files_per_part=7, lines_per_part=13))
    assert sum(isinstance(p, partitions.Lines) for p in planned) > 10
    by_parts = [getattr(i, "id", None) or i.message for p in planned for i in partitions.read(p)]
    local = [getattr(i, "id", None) or i.message for i in documents(paths)]
    assert by_parts == local and len(local) == 2000


def test_dask_on_two_workers_writes_what_jobs_1_writes(corpus, tmp_path):
    paths, reference, code, summary = corpus
    assert "failed 0" not in summary and "documents 2000," in summary   # broken ones, reported
    assert code == 1
    assert (code, summary) == _export(paths, tmp_path, "--engine", "dask", "--jobs", "2")
    assert _differing(_files(tmp_path), _files(reference)) == []
    assert b"doe-long-road-home-3" in _files(reference)["catalog.bib"]


def test_a_worker_killed_mid_run_is_retried_and_the_output_is_the_same(corpus, tmp_path):
    """The cluster's worker processes are children of the run's nanny processes; one is
    killed (SIGKILL) once the run is under way; Dask reruns its tasks elsewhere."""
    paths, reference, code, summary = corpus
    killed = []

    def kill_a_worker():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            time.sleep(0.5)
            found = subprocess.run(["pgrep", "-f", "from multiprocessing.spawn"], capture_output=True, text=True)
            ours = [int(p) for p in found.stdout.split() if _is_dask_worker(int(p), tmp_path)]
            if len(ours) >= 2:
                time.sleep(3)   # the run has begun
                os.kill(ours[0], 9)
                killed.append(ours[0])

    killer = threading.Thread(target=kill_a_worker)
    killer.start()
    result = _export(paths, tmp_path, "--engine", "dask", "--jobs", "2")
    killer.join()
    assert killed
    assert result == (code, summary)
    assert _differing(_files(tmp_path), _files(reference)) == []


def _is_dask_worker(pid: int, out: Path) -> bool:
    """A worker process of this test's run: a spawned child of the export run (or of its nanny)."""
    try:
        for _ in range(2):
            pid = int(Path(f"/proc/{pid}/stat").read_text().split(")")[1].split()[1])
            if str(out) in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace"):
                return True
    except (OSError, IndexError, ValueError):
        pass
    return False


def _run_in_process(paths, folder: Path, partitioned: bool, out: Path):
    """The engine's steps without a cluster: each task called in turn, as workers would."""
    from catalog.batch import unique_keys
    from catalog.dask_engine import Job, _assemble, base_keys, render_part
    from catalog.formats import FORMATS
    from catalog.keys import KeySet
    from catalog.model import ReviewMetadata
    job = Job("auto", ReviewMetadata(), tuple(FORMATS))
    taken = KeySet()
    counted = []
    for number, partition in enumerate(partitions.plan(paths, files_per_part=7, lines_per_part=13)):
        final = [unique_keys(k, taken) if k else None for k in base_keys(partition, job)]
        counted.append(render_part(partition, final, job, str(folder), number))
    out.mkdir()
    _assemble(folder, counted, list(FORMATS.values()), out, "catalog", out / "errors.jsonl", None, partitioned)
    return counted


def test_partitioned_keeps_parts_and_a_manifest_that_joins_to_the_whole_file(tmp_path):
    paths = _corpus(tmp_path / "in", n=300)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    _run_in_process(paths, tmp_path / "a", False, tmp_path / "whole")
    counted = _run_in_process(paths, tmp_path / "b", True, tmp_path / "parts")
    manifest = json.loads((tmp_path / "parts" / "catalog.parts" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["parts"] == sum(1 for c in counted if c.reviews) > 3
    whole = _files(tmp_path / "whole")
    for name, layout in manifest["formats"].items():
        parts = [(tmp_path / "parts" / "catalog.parts" / p).read_text(encoding="utf-8") for p in layout["parts"]]
        joined = layout["header"] + layout["separator"].join(parts) + layout["footer"]
        suffix = layout["parts"][0][len("part-000000"):]
        assert _differing({name: joined.encode("utf-8")}, {name: whole[f"catalog{suffix}"]}) == []
    assert _differing({"errors": _files(tmp_path / "parts")["errors.jsonl"]}, {"errors": whole["errors.jsonl"]}) == []


def test_standard_input_is_refused_before_any_cluster_starts():
    result = subprocess.run([sys.executable, "-m", "catalog", "export", "-", "--to", "bibtex", "--engine", "dask"],
                            input="PUBLICATION NOTES: X. By A B. Knopf.", capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "standard input cannot be split" in result.stderr
