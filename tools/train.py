"""Train the learned reader (catalog/parse/data/notes.crfsuite) from ../shared/data alone.

    python tools/train.py [--data ../shared/data] [--out catalog/parse/data]

The gold records are aligned to the text they were read from: each field's words are found
in the notes' tokens, and those tokens take the field's label. A unit whose fields cannot
all be found is left out (counted in the manifest), never guessed. Synthetic trailers,
rendered through the forms table (tests/forms.py) with values drawn from the training gold,
give the rare forms examples. Deterministic: sorted data, a fixed seed, and lbfgs, which
gives the same model bytes for the same sequences in the same order.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from catalog.parse.agreement import fold  # noqa: E402
from catalog.parse.features import FEATURE_SET, observe  # noqa: E402
from catalog.parse.imprint import find_items  # noqa: E402
from catalog.parse.labeller import notes_units  # noqa: E402
from catalog.parse.tokens import Token, tokenize  # noqa: E402
from catalog.pipeline import prepare_text  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
SETS = ("dev_inputs.jsonl", "dev_more_inputs.jsonl", "dev_wide_inputs.jsonl")
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.possible_transitions": True}
SYNTHETIC_PER_FORM = 20
SEED = 25


@dataclass(frozen=True)
class Example:
    """One dev document: its text, review metadata, gold books and outlet."""

    id: str
    text: str
    review: dict
    books: list[dict]
    outlet: str
    family: str


def load_examples(data: Path) -> list[Example]:
    """Every dev document with its gold record and outlet, sorted by id."""
    gold, sources = {}, {}
    for name in ("dev_gold.jsonl", "dev_more_gold.jsonl", "dev_wide_gold.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            gold[row["id"]] = row["books"]
    for name in ("dev_sources.jsonl", "dev_wide_sources.jsonl"):
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            sources[row["id"]] = row
    examples = []
    for name in SETS:
        for line in (data / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            source = sources.get(row["id"], {})
            examples.append(Example(row["id"], row["text"], row.get("review") or {}, gold[row["id"]],
                                    source.get("outlet") or "?", source.get("family") or "news"))
    return sorted(examples, key=lambda e: e.id)


def _words(text: str) -> list[str]:
    return [fold(t.text) for t in tokenize(text) if t.text[0].isalnum()]


class Aligner:
    """Gives the tokens of the notes the labels of the gold fields they print."""

    def __init__(self, text: str, tokens: list[Token]):
        self.text, self.tokens = text, tokens
        self.labels = ["other"] * len(tokens)
        self.words = [(i, fold(t.text)) for i, t in enumerate(tokens) if t.text[0].isalnum()]

    def place(self, value: str, label: str) -> bool:
        """Label the first free run of tokens that prints the value's words, in order."""
        wanted = _words(value)
        if not wanted:
            return True
        m = len(wanted)
        for k in range(len(self.words) - m + 1):
            if [w for _, w in self.words[k:k + m]] == wanted:
                first, last = self.words[k][0], self.words[k + m - 1][0]
                if all(self.labels[j] == "other" for j in range(first, last + 1)):
                    for j in range(first, last + 1):
                        self.labels[j] = label
                    return True
        return False

    def place_name(self, name: str, label: str) -> bool:
        """A name as printed, given names first or family name first ("ALLEN, Justin")."""
        if self.place(name, label):
            return True
        parts = name.split()
        return len(parts) > 1 and self.place(" ".join(parts[-1:] + parts[:-1]), label)

    def place_items(self, book: dict) -> None:
        """Prices, page counts and ISBNs where the rules' finders find the gold's values."""
        found = find_items(self.text)
        amounts = {Decimal(str(p["amount"]).replace(",", "")) for p in book.get("price") or []}
        spans = [(p.span, "price") for p in found.prices if p.amount in amounts]
        spans += [(s, "pages") for s, n in found.pages if n == book.get("pages")]
        spans += [(i.span, "isbn") for i in found.isbns if i.isbn13 and i.isbn13 in _isbn13s(book)]
        for span, label in spans:
            for j, token in enumerate(self.tokens):
                if span.start <= token.start < span.end and self.labels[j] == "other":
                    self.labels[j] = label


def _isbn13s(book: dict) -> set[str]:
    import isbnlib
    return {isbnlib.to_isbn13(i) or i for i in (book.get("isbn") or [])}


def align(text: str, book: dict) -> list[str] | None:
    """The label of each token of `text`, or None when a field cannot be found in it."""
    aligner = Aligner(text, tokenize(text))
    ok = aligner.place(book.get("title") or "", "title")
    ok = ok and aligner.place(book.get("subtitle") or "", "subtitle")
    for field, label in (("authors", "author"), ("editors", "editor"), ("translators", "translator"),
                         ("illustrators", "illustrator")):
        for name in book.get(field) or []:
            ok = ok and aligner.place_name(name, label)
    ok = ok and aligner.place(book.get("publisher") or "", "publisher")
    ok = ok and aligner.place(book.get("place") or "", "place")
    if not ok:
        return None
    aligner.place_items(book)
    return aligner.labels


Sequence = tuple[list[list[str]], list[str]]


def sequences_of(example: Example) -> tuple[list[Sequence], int]:
    """The example's units paired with its gold books, and how many books were left out."""
    units = notes_units(prepare_text(example.text))
    if len(units) != len(example.books):
        return [], len(example.books)
    found, missed = [], 0
    for unit, book in zip(units, example.books, strict=True):
        labels = align(unit, book)
        if labels is None:
            missed += 1
            continue
        found.append((observe(unit), labels))
    return found, missed


def synthetic_sequences(examples: list[Example], per_form: int = SYNTHETIC_PER_FORM) -> list[Sequence]:
    """Made-up trailers in every form of tests/forms.py, with values drawn from the gold."""
    from tests.forms import FORMS, GeneratedBook, Person, expected_fields, ptb
    rng = random.Random(SEED)
    books = [b for e in examples for b in e.books]
    titles = sorted({b["title"] for b in books if b.get("title") and len(b["title"]) < 80})
    subtitles = sorted({b["subtitle"] for b in books if b.get("subtitle") and len(b["subtitle"]) < 80})
    names = sorted({n for b in books for n in b.get("authors") or [] if 2 <= len(n.split()) <= 3
                    and "," not in n and n[0].isupper()})
    publishers = sorted({b["publisher"] for b in books if b.get("publisher") and len(b["publisher"]) < 50})
    places = sorted({b["place"] for b in books if b.get("place") and len(b["place"]) < 30})
    if not (titles and subtitles and names and publishers):
        return []

    def person() -> Person:
        given, _, family = rng.choice(names).rpartition(" ")
        return Person(given, family)

    found = []
    for form in FORMS:
        for _ in range(per_form):
            book = GeneratedBook(
                title=rng.choice(titles), subtitle=rng.choice(subtitles), author=person(), translator=person(),
                publisher=rng.choice(publishers), pages=rng.randint(48, 960),
                price=Decimal(f"{rng.randint(8, 80)}.{rng.choice(['00', '95', '99', '50'])}"),
                paper_price=Decimal(f"{rng.randint(5, 30)}.95"),
                isbn_core=f"{rng.randint(0, 999_999_999):09d}", place=rng.choice(places) if places else "London")
            expected = expected_fields(book, form)
            gold = {**expected, "price": expected["prices"], "isbn": expected["isbns"]}
            for rendered in (form.render(book), ptb(form.render(book))):
                units = notes_units(prepare_text(rendered))
                if len(units) == 1 and (labels := align(units[0], gold)) is not None:
                    found.append((observe(units[0]), labels))
    return found


def training_sequences(examples: list[Example]) -> tuple[list[Sequence], dict]:
    """All aligned units of the examples and the synthetic trailers, in a fixed order."""
    seqs, missed, docs = [], 0, 0
    for example in examples:
        found, lost = sequences_of(example)
        seqs += found
        missed += lost
        docs += bool(found)
    synthetic = synthetic_sequences(examples)
    stats = {"documents": len(examples), "documents_used": docs, "books_aligned": len(seqs),
             "books_left_out": missed, "synthetic": len(synthetic)}
    return seqs + synthetic, stats


def correction_sequences(journal: Path) -> tuple[list[Sequence], int]:
    """A review desk's journal (catalog review, catalog/corrections.py): the latest saved
    fields of each book, aligned to the notes saved beside them, in (id, book) order; and
    how many could not be aligned. A line a crash cut short is left out."""
    latest: dict[tuple[str, int], dict] = {}
    for line in journal.read_text(encoding="utf-8").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and isinstance(row.get("notes"), str) and isinstance(row.get("fields"), dict):
            latest[(str(row.get("id")), int(row.get("book") or 0))] = row
    found, missed = [], 0
    for key in sorted(latest):
        notes, fields = latest[key]["notes"], latest[key]["fields"]
        labels = align(notes, fields) if notes.strip() else None
        if labels is None:
            missed += 1
            continue
        found.append((observe(notes), labels))
    return found, missed


def train(seqs: list[Sequence], path: Path) -> None:
    import pycrfsuite
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in seqs:
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    trainer.train(str(path))


def data_digest(data: Path) -> dict[str, str]:
    names = sorted(p.name for p in data.glob("dev_*.jsonl"))
    return {name: hashlib.sha256((data / name).read_bytes()).hexdigest() for name in names}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--out", type=Path, default=ROOT / "catalog" / "parse" / "data")
    ap.add_argument("--corrections", type=Path, help="a review desk's journal (catalog review) to learn from too")
    args = ap.parse_args()
    if not (args.data / "dev_gold.jsonl").is_file():
        raise SystemExit(f"train: no dev set at {args.data} (expected ../shared/data beside the checkout)")
    import pycrfsuite
    examples = load_examples(args.data)
    seqs, stats = training_sequences(examples)
    if args.corrections:   # the cataloger's books, after the dev set's: the same data, the same model
        corrected, missed = correction_sequences(args.corrections)
        seqs += corrected
        stats.update(corrections=hashlib.sha256(args.corrections.read_bytes()).hexdigest(),
                     corrections_aligned=len(corrected), corrections_left_out=missed)
    model = args.out / "notes.crfsuite"
    train(seqs, model)
    manifest = {
        "feature_set": FEATURE_SET, "data": data_digest(args.data), "params": PARAMS,
        "synthetic_per_form": SYNTHETIC_PER_FORM, "seed": SEED,
        "python_crfsuite": getattr(pycrfsuite, "__version__", "?"), **stats,
        "model_sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
    }
    (args.out / "notes.manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n",
                                                  encoding="utf-8")
    print(f"train: {stats['books_aligned']} books from {stats['documents_used']}/{stats['documents']} documents "
          f"({stats['books_left_out']} left out), {stats['synthetic']} synthetic; "
          f"{model.stat().st_size // 1024} KB -> {model}")


if __name__ == "__main__":
    main()
