"""Mutation fuzzer for the whole pipeline, run outside CI for as long as you like.

    .venv/bin/python fuzz/fuzz_catalog.py --inputs 100000 --seed 1

Starts from real trailers (the seed and the shared dev set when present), mutates them
(splices, deletions, LaTeX/XML specials, control characters, combining marks, RTL, CJK,
random code points), runs every input through the pipeline and every writer+validator,
and counts: inputs tried, records made, clean errors, crashes (any other exception) and
invalid outputs (a writer's output its validator refused). Every .bib text written, and a
damaged copy of it, is also read by both the fast scan (validate/bibscan.py) and
bibtexparser's full parse-back: where the scan accepts, the two must read the same
entries ("bib scan disagreements"). Every text a format's fast check of our own layout
accepted on the way out (the .bib scans, validate/marcxmlscan.py) is also given to that
format's full validator ("fast check disagreements" when it refuses). Crashes, invalid
outputs and disagreements must stay 0; the first few are printed with their input.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalog.errors import CatalogError, InvalidOutputError  # noqa: E402
from catalog.formats import FORMATS, Format, render  # noqa: E402
from catalog.model import Document, ReviewMetadata  # noqa: E402
from catalog.pipeline import catalog_document  # noqa: E402
from catalog.validate.bibscan import disagreement, scan_errors  # noqa: E402
from catalog.validate.bibtex import BIBLATEX_REQUIRED, BIBTEX_REQUIRED  # noqa: E402

BIB_REQUIRED = {"bibtex": BIBTEX_REQUIRED, "biblatex": BIBLATEX_REQUIRED}
BIB_DAMAGE = list("{}@%#&$_~^\\,=\"\n ") + ["}\n", ",\n", "\n\n", "@book{x,\n", "\\%", "\\{"]

PIECES = list("{}%&$#_\\~^@\"'<>;:,.()[]\n\t-`") + [
    "&amp;", "]]>", "<!ENTITY", "\x00", "\x07", "\x1b", "\u0301", "\u202e", "\u200f", "\ufeff", "\u05d0",
    "\u674e", "\U0001f4da", " By ", " by ", "Translated by ", "$", "\u00a3", " pp. ", " pages. ", "ISBN 978-",
    "PUBLICATION NOTES:", "(", ")", " and ", ", Jr.", "--", "``", "''", "Ħ", "ß", "\ud7ff", "\uffff"]


def seeds() -> list[str]:
    texts = [(ROOT / "examples" / "stalins-spy.txt").read_text(encoding="utf-8")]
    dev = ROOT.parent / "shared" / "data" / "dev_inputs.jsonl"
    if dev.exists():
        texts += [json.loads(line)["text"] for line in dev.read_text(encoding="utf-8").splitlines()]
    return texts


def mutate(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randint(0, len(text))
        if op < 0.35:
            text = text[:pos] + rng.choice(PIECES) + text[pos:]
        elif op < 0.55:
            text = text[:pos] + text[pos + rng.randint(1, 20):]
        elif op < 0.7:
            text = text[:pos] + chr(rng.randint(1, 0x2FFFF) if rng.random() < 0.9 else rng.randint(1, 31)) + text[pos:]
        elif op < 0.85 and len(text) > 40:   # keep only the tail: trailers live there
            text = text[-rng.randint(20, min(len(text), 600)):]
        else:
            text = text.upper() if rng.random() < 0.5 else text.swapcase()
    return "".join(c for c in text if not 0xD800 <= ord(c) <= 0xDFFF)


def compare_bib(text: str, name: str, rng: random.Random, counts: dict[str, int]) -> None:
    """The scan against bibtexparser on the written .bib and on a damaged copy of it."""
    damaged = text
    for _ in range(rng.randint(1, 3)):
        pos = rng.randint(0, len(damaged))
        damaged = damaged[:pos] + rng.choice(BIB_DAMAGE + [""]) + damaged[pos + rng.randint(0, 3):]
    for candidate in (text, damaged):
        counts["bib texts compared"] += 1
        counts["of them accepted by the scan"] += not scan_errors(candidate, BIB_REQUIRED[name])
        problem = disagreement(candidate, BIB_REQUIRED[name])
        if problem:
            counts["bib scan disagreements"] += 1
            if counts["bib scan disagreements"] <= 3:
                print(f"BIB SCAN DISAGREES on {candidate!r}: {problem}", file=sys.stderr)


def compare_fast_check(text: str, fmt: Format, counts: dict[str, int]) -> None:
    """A text the format's fast check let through must pass its full validator too."""
    counts["fast checks compared"] += 1
    full = fmt.errors(text)
    if full:
        counts["fast check disagreements"] += 1
        if counts["fast check disagreements"] <= 3:
            print(f"{fmt.name}: FAST CHECK ACCEPTED what the full check refuses: {full[0]} in {text!r}",
                  file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus = seeds()
    counts = {"inputs": 0, "records": 0, "clean errors": 0, "crashes": 0, "invalid outputs": 0,
              "bib texts compared": 0, "of them accepted by the scan": 0, "bib scan disagreements": 0,
              "fast checks compared": 0, "fast check disagreements": 0}
    started = time.perf_counter()
    for n in range(args.inputs):
        text = mutate(rng.choice(corpus), rng)
        meta = (ReviewMetadata(reviewers=(mutate("Ann Critic", rng),), outlet=mutate("The Times", rng))
                if n % 5 == 0 else ReviewMetadata())
        counts["inputs"] += 1
        try:
            record = catalog_document(Document(f"fuzz-{n}", text, meta))
            counts["records"] += 1
            for fmt in FORMATS.values():
                text = render(fmt, [record])
                if fmt.own_errors is not None:
                    compare_fast_check(text, fmt, counts)
                if fmt.name in BIB_REQUIRED:
                    compare_bib(text, fmt.name, rng, counts)
        except InvalidOutputError as exc:
            counts["invalid outputs"] += 1
            if counts["invalid outputs"] <= 3:
                print(f"INVALID OUTPUT on input {text!r}: {exc}", file=sys.stderr)
        except CatalogError:
            counts["clean errors"] += 1
        except Exception:  # noqa: BLE001 — what the fuzzer is here to find
            counts["crashes"] += 1
            if counts["crashes"] <= 3:
                print(f"CRASH on input {text!r}\n{traceback.format_exc()}", file=sys.stderr)
    seconds = time.perf_counter() - started
    print(", ".join(f"{k} {v}" for k, v in counts.items()) + f"; {seconds:.0f} s")
    failures = ("crashes", "invalid outputs", "bib scan disagreements", "fast check disagreements")
    return 1 if any(counts[name] for name in failures) else 0


if __name__ == "__main__":
    raise SystemExit(main())
