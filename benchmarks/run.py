"""Benchmark catalog at corpus scale, beside bibutils and pandoc on the same records.

    .venv/bin/python benchmarks/run.py --sizes 1000,10000,100000     (or: make bench)

For each N it generates a synthetic corpus (benchmarks/corpus.py), then measures, each
as a separate process: wall time, documents/s and peak RSS (the largest process) of
`catalog parse`, `catalog export --to all` (every output validated) with --jobs 1 and 2,
the same export from NITF in a .tgz, `bib2xml` converting our BibTeX to MODS and
`pandoc -f biblatex -t csljson` converting our biblatex. Results go to
benchmarks/results/ as a markdown table, JSON and a PNG plot.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

CATALOG = [sys.executable, "-m", "catalog"]


def measure(command: list[str], cwd: Path, stdout=subprocess.DEVNULL) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the largest process in the command's tree)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=stdout, stderr=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": str(HERE.parent)})
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed: {' '.join(command)}")
    return seconds, usage.ru_maxrss / 1024


def bench_size(n: int, work: Path) -> dict:
    text_dir, archive = write_corpus(work, n)
    out = work / f"out-{n}"
    rows = {}

    def run(label: str, command: list[str], docs: int = n, **kwargs) -> None:
        seconds, rss = measure(command, work, **kwargs)
        rows[label] = {"seconds": round(seconds, 2), "docs_per_s": round(docs / seconds, 1), "peak_rss_mb": round(rss, 1)}
        print(f"N={n:>7} {label:<28} {seconds:8.2f} s {docs / seconds:9.1f} docs/s {rss:8.1f} MB", flush=True)

    run("parse", CATALOG + ["parse", str(text_dir)])
    run("export all, jobs 1", CATALOG + ["export", str(text_dir), "--to", "all", "-o", str(out)])
    run("export all, jobs 2", CATALOG + ["export", str(text_dir), "--to", "all", "-o", str(work / "out2"), "--jobs", "2"])
    run("export all, NITF .tgz", CATALOG + ["export", str(archive), "--to", "all", "-o", str(work / "out3")])
    reviews = sum(1 for line in (out / f"text-{n}.jsonl").open(encoding="utf-8"))
    rows["reviews"] = reviews
    if shutil.which("bib2xml"):
        run("bibutils bib2xml", ["bib2xml", str(out / f"text-{n}.bib")], docs=reviews)
    if shutil.which("pandoc"):
        run("pandoc biblatex->csljson", ["pandoc", "-f", "biblatex", "-t", "csljson", str(out / f"text-{n}.biblatex.bib")],
            docs=reviews)
    export = rows["export all, jobs 1"]["seconds"]
    for label in ("bibutils bib2xml", "pandoc biblatex->csljson"):
        if label in rows:
            rows[label]["ratio_to_catalog_export"] = round(rows[label]["seconds"] / export, 2)
    rows["jobs 2 speed-up"] = round(export / rows["export all, jobs 2"]["seconds"], 2)
    return rows


def table(results: dict) -> str:
    labels = ["parse", "export all, jobs 1", "export all, jobs 2", "export all, NITF .tgz",
              "bibutils bib2xml", "pandoc biblatex->csljson"]
    lines = ["| N | run | seconds | documents/s | peak RSS (MB) | time / catalog export |",
             "|---:|---|---:|---:|---:|---:|"]
    for n, rows in results.items():
        for label in labels:
            if label in rows:
                r = rows[label]
                ratio = r.get("ratio_to_catalog_export", "")
                lines.append(f"| {n} | {label} | {r['seconds']} | {r['docs_per_s']} | {r['peak_rss_mb']} | {ratio} |")
        lines.append(f"| {n} | jobs 2 speed-up over jobs 1 | | {rows['jobs 2 speed-up']}x | | |")
    return "\n".join(lines) + "\n"


def plot(results: dict, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    sizes = [int(n) for n in results]
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for label in ("parse", "export all, jobs 1", "export all, jobs 2", "export all, NITF .tgz"):
        left.plot(sizes, [results[str(n)][label]["docs_per_s"] for n in sizes], marker="o", label=label)
        right.plot(sizes, [results[str(n)][label]["peak_rss_mb"] for n in sizes], marker="o", label=label)
    for axis, title in ((left, "throughput (documents/s)"), (right, "peak RSS (MB)")):
        axis.set_xscale("log")
        axis.set_xlabel("documents (N)")
        axis.set_title(title)
        axis.grid(True, alpha=0.3)
        axis.set_ylim(bottom=0)
    left.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--out", type=Path, default=HERE / "results")
    parser.add_argument("--replot", action="store_true", help="redraw table and plot from results.json only")
    args = parser.parse_args()
    if args.replot:
        saved = json.loads((args.out / "results.json").read_text())
        (args.out / "results.md").write_text(f"Machine: {saved['machine']}\n\n" + table(saved["results"]))
        plot(saved["results"], args.out / "throughput-memory.png")
        return
    args.out.mkdir(parents=True, exist_ok=True)
    previous = args.out / "results.json"   # sizes run earlier stay in the table
    results = json.loads(previous.read_text())["results"] if previous.exists() else {}
    with tempfile.TemporaryDirectory(prefix="catalog-bench-") as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            results[str(n)] = bench_size(n, Path(tmp) / str(n))
    results = dict(sorted(results.items(), key=lambda item: int(item[0])))
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    (args.out / "results.json").write_text(json.dumps({"machine": machine, "results": results}, indent=2) + "\n")
    (args.out / "results.md").write_text(f"Machine: {machine}\n\n" + table(results))
    plot(results, args.out / "throughput-memory.png")
    print("\n" + table(results))


if __name__ == "__main__":
    main()
