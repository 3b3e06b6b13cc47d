"""Leave-one-outlet-out cross-validation of the two readers on the whole dev set (`make cv`).

    python tools/cv.py [--data ../shared/data] [--jobs 2] [--family news,trade]

For each outlet, the labeller is trained on every other outlet's documents (and the
synthetic trailers drawn from them), then the held-out outlet's documents go through the
whole pipeline with that model. The scores are the shared scorer's (../shared/eval/score.py):
field precision, recall and F1 for the labeller alone, the rules alone and the record
catalog writes; exact books; how many books are marked `high` and how many of those are
exact; documents with notes but no record. One line per family.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter, defaultdict
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import train  # noqa: E402

from catalog.errors import CatalogError  # noqa: E402
from catalog.model import Document  # noqa: E402
from catalog.parse import labeller  # noqa: E402
from catalog.parse.agreement import LABELLER_ONLY  # noqa: E402
from catalog.pipeline import _learned_book, catalog_document, prepare_text  # noqa: E402
from catalog.readers.jsonl import metadata_from  # noqa: E402
from catalog.text.locate import locate_notes  # noqa: E402
from catalog.writers.hubjson import book_json  # noqa: E402


def _scorer(data: Path):   # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("score", data.parent / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _use_model(path: Path) -> None:
    """Point the labeller at a fold's model (tools only: the package loads its own)."""
    import pycrfsuite
    tagger = pycrfsuite.Tagger()
    model = path.read_bytes()
    tagger.open_inmemory(model)
    labeller._model = lambda: (tagger, model)   # type: ignore[assignment]


def readings(example: train.Example) -> dict:
    """The three readings of one document, as printed and Penn-Treebank tokenized: the
    labeller alone, the rules alone, the record."""
    from tests.forms import ptb
    plain = _readings(example, example.text)
    tokenized = _readings(example, ptb(example.text))
    return {**plain, **{f"{k}_ptb": v for k, v in tokenized.items() if k != "id"}}


def _readings(example: train.Example, text: str) -> dict:
    document = Document(example.id, text, metadata_from({"review": example.review}))
    try:
        record = [book_json(b) for b in catalog_document(document).books]
    except CatalogError:
        record = []
    text = prepare_text(text)
    located = locate_notes(text)
    learned = [_learned_book(labeller.read_notes(u), located.body, document.metadata)
               for u in labeller.notes_units(text, located)]
    return {"id": example.id, "record": record,
            "rules": [b for b in record if LABELLER_ONLY not in b["review_reasons"]],
            "labeller": [book_json(b) for b in learned if b is not None]}


def _fold(args: tuple[str, list[train.Example], list[train.Example]]) -> list[dict]:
    outlet, training, held_out = args
    seqs, _ = train.training_sequences(training)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        train.train(seqs, model)
        _use_model(model)
        return [readings(e) for e in held_out]


def cross_validate(examples: list[train.Example], jobs: int, folds: int = 0) -> dict[str, dict]:
    """Each outlet held out in turn; or, with `folds`, the outlets dealt into that many
    groups (a quicker check while tuning), each group held out in turn."""
    outlets = sorted({e.outlet for e in examples})
    group = {outlet: (n % folds if folds else n) for n, outlet in enumerate(outlets)}
    held: dict[int, list[train.Example]] = defaultdict(list)
    for example in examples:
        held[group[example.outlet]].append(example)
    folds_ = [(str(g), [e for e in examples if group[e.outlet] != g], rows) for g, rows in sorted(held.items())]
    with get_context("fork").Pool(jobs) as pool:
        results = pool.map(_fold, folds_, chunksize=1)
    return {row["id"]: row for rows in results for row in rows}


def tally(score, examples: list[train.Example], rows: dict[str, dict], reader: str) -> dict:
    """Field counts, exact books, high books and empty documents of one reader's books."""
    tp = fp = fn = books = exact = high = high_exact = empty = 0
    for example in examples:
        got = rows[example.id][reader]
        empty += not got
        for i, gold in enumerate(example.books):
            gf = score.gold_fields(gold)
            pf = score.predicted_fields(got[i]) if i < len(got) else {f: "" for f in score.FIELDS}
            books += 1
            ok = all(gf[f] == pf[f] for f in score.FIELDS)
            exact += ok
            if i < len(got) and got[i].get("confidence") == "high":
                high += 1
                high_exact += ok
            for f in score.FIELDS:
                if gf[f] and gf[f] == pf[f]:
                    tp += 1
                    continue
                fp += bool(pf[f])
                fn += bool(gf[f])
        for extra in got[len(example.books):]:
            fp += sum(bool(v) for v in score.predicted_fields(extra).values())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"docs": len(examples), "books": books, "P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
            "exact": exact, "high": high, "high_exact": high_exact, "empty": empty}


def report(score, examples: list[train.Example], rows: dict[str, dict]) -> str:
    families: dict[str, list[train.Example]] = defaultdict(list)
    for example in examples:
        families[example.family].append(example)
    families["all"] = examples
    lines = ["| family | docs | labeller F1 | rules F1 | record F1 | record P | exact books | high | high exact "
             "| no record | PTB: labeller F1 | PTB: rules F1 |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name in sorted(families, key=lambda n: (n == "all", n)):
        group = families[name]
        lab, rules, rec, lab_ptb, rules_ptb = (tally(score, group, rows, reader) for reader in (
            "labeller", "rules", "record", "labeller_ptb", "rules_ptb"))
        lines.append(
            f"| {name} | {rec['docs']} | {lab['F1']:.3f} | {rules['F1']:.3f} | {rec['F1']:.3f} | {rec['P']:.3f} "
            f"| {rec['exact']}/{rec['books']} ({rec['exact'] / rec['books']:.0%}) "
            f"| {rec['high']}/{rec['books']} ({rec['high'] / rec['books']:.0%}) "
            f"| {rec['high_exact']}/{rec['high']} ({rec['high_exact'] / max(rec['high'], 1):.1%}) "
            f"| {rec['empty']}/{rec['docs']} ({rec['empty'] / rec['docs']:.1%}) "
            f"| {lab_ptb['F1']:.3f} | {rules_ptb['F1']:.3f} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=train.DEFAULT_DATA)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--save", type=Path, help="write each document's readings here (JSON lines)")
    ap.add_argument("--load", type=Path, help="report on readings saved by an earlier run instead")
    ap.add_argument("--folds", type=int, default=0, help="outlets in this many groups instead of one outlet a fold")
    args = ap.parse_args()
    if not (args.data / "dev_gold.jsonl").is_file():
        raise SystemExit(f"cv: no dev set at {args.data} (expected ../shared/data beside the checkout)")
    examples = train.load_examples(args.data)
    if args.load:
        rows = {row["id"]: row for row in map(json.loads, args.load.read_text(encoding="utf-8").splitlines())}
    else:
        rows = cross_validate(examples, args.jobs, args.folds)
    if args.save:
        args.save.write_text("".join(json.dumps(rows[e.id], sort_keys=True) + "\n" for e in examples), encoding="utf-8")
    outlets = len(Counter(e.outlet for e in examples))
    print(f"outlets dealt into {args.folds} folds, {outlets} outlets" if args.folds else
          f"leave-one-outlet-out, {outlets} outlets")
    print(report(_scorer(args.data), examples, rows))


if __name__ == "__main__":
    main()
