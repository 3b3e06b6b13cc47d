"""--engine dask beside --jobs, on a newspaper-like corpus: 90 % articles with no notes.

    .venv/bin/python benchmarks/dask_engine.py --sizes 10000,100000

Builds a JSON-lines corpus of N documents (every tenth a review from benchmarks/corpus.py's
templates, the rest news articles), exports it --to all with --jobs 1, --jobs 2 and
--engine dask on a LocalCluster of 1 and 2 workers, and reports documents/s and the
client's peak RSS (its own VmHWM, polled: the workers are other processes). The client
holds keys and counts only, so its memory should stay flat from 10k to 100k.
Results: benchmarks/results/dask-engine.md and .json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import FILLER, document  # noqa: E402

RUNS = {"export all, jobs 1": ["--jobs", "1"], "export all, jobs 2": ["--jobs", "2"],
        "export all, dask 1 worker": ["--engine", "dask", "--jobs", "1"],
        "export all, dask 2 workers": ["--engine", "dask", "--jobs", "2"]}


def write_news_corpus(path: Path, n: int, seed: int = 29) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as lines:
        for i in range(n):
            if i % 10 == 0:
                doc_id, text = document(i, rng)
            else:
                doc_id, text = f"news{i:06d}", "The council met on Tuesday.\n" + FILLER * rng.randint(3, 9)
            lines.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    return path


def _hwm(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def measure(command: list[str]) -> tuple[float, float]:
    """(seconds, the client's peak RSS in MB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": str(HERE.parent)})
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, _hwm(process.pid))
        time.sleep(0.1)
    if process.returncode not in (0, 1):
        raise SystemExit(f"failed: {' '.join(command)}")
    return time.perf_counter() - started, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000")
    args = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory() as work:
        for n in (int(s) for s in args.sizes.split(",")):
            corpus = write_news_corpus(Path(work) / f"news-{n}.jsonl", n)
            for label, options in RUNS.items():
                out = Path(work) / f"out-{n}-{len(results)}"
                seconds, rss = measure([sys.executable, "-m", "catalog", "export", str(corpus), "--to", "all",
                                        "-o", str(out), *options])
                results.setdefault(str(n), {})[label] = {"seconds": round(seconds, 2),
                                                        "docs_per_s": round(n / seconds, 1),
                                                        "client_peak_rss_mb": round(rss, 1)}
                print(f"N={n:>7} {label:<28} {seconds:8.2f} s {n / seconds:9.1f} docs/s {rss:8.1f} MB", flush=True)
    (HERE / "results" / "dask-engine.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (HERE / "results" / "dask-engine.md").write_text(report(results), encoding="utf-8")


def report(results: dict) -> str:
    rows = ["| N | run | seconds | documents/s | client peak RSS (MB) |", "|---:|---|---:|---:|---:|"]
    for n, runs in results.items():
        for label, r in runs.items():
            rows.append(f"| {int(n):,} | {label} | {r['seconds']} | {r['docs_per_s']:,} | {r['client_peak_rss_mb']} |")
    sizes = sorted(results, key=int)
    if len(sizes) >= 2:
        rows.append("")
        for label in RUNS:
            small, large = results[sizes[0]][label], results[sizes[-1]][label]
            growth = large["client_peak_rss_mb"] / small["client_peak_rss_mb"] - 1
            rows.append(f"- {label}: client peak RSS {small['client_peak_rss_mb']} → {large['client_peak_rss_mb']} MB "
                        f"({growth:+.0%}, {int(sizes[0]):,} → {int(sizes[-1]):,} documents)")
    machine = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"
    return (f"# --engine dask beside --jobs ({machine}; 90 % of documents without notes; a shared, loaded machine)\n\n"
            + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
