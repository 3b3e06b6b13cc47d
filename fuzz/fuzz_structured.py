"""Structured fuzzer: JSON lines, archives and NITF files built to break the readers.

    .venv/bin/python fuzz/fuzz_structured.py --inputs 20000 --seed 1

Beside the text mutator (fuzz_catalog.py), this one builds whole input files the way a
careless or hostile corpus would hold them: JSON lines with values of every type, lone
surrogates, U+2028 and deep nesting; zip and tar archives with odd names, empty, corrupt
and encrypted-flagged members; NITF with namespaces, entity declarations, missing blocks
and random tags. Each file goes through reading (catalog.readers.sources), the pipeline and
every writer with its validator. It counts files, documents, records, clean errors,
tracebacks (any other exception) and invalid outputs (InvalidOutputError); the last two
must stay 0.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tarfile
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from catalog.errors import CatalogError, InvalidOutputError, UnwritableError  # noqa: E402
from catalog.formats import FORMATS, render  # noqa: E402
from catalog.pipeline import catalog_document  # noqa: E402
from catalog.readers.sources import documents  # noqa: E402

TRAILERS = ["THE QUIET HARBOR. By Jane Doe. 245 pp. Knopf. $25.",
            "Doe, Jane. The Quiet Harbor. Knopf, $25 (0-679-40545-3).",
            "The Quiet Harbor (Knopf, $23.95) by Jane Doe",
            "PUBLICATION NOTES: THE HARBOR By Ann Lee Illustrated. 368 pages. Holt. $25.95"]
ODD = ["\ud800", "\u2028", "\u0085", "\x00", "{}", "}", "\\", "<!ENTITY x 'y'>", "&amp;", "\ufeff", "\u202e", "%", "é",
       "\U0001f4da"]


def value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(9 if depth < 3 else 6)
    if kind == 0:
        return None
    if kind == 1:
        return rng.choice([True, False])
    if kind == 2:
        return rng.choice([0, -1, 5, 1e308, 2 ** 70])
    if kind in (3, 4, 5):
        return rng.choice(TRAILERS + ODD) + rng.choice(ODD + [""])
    if kind == 6:
        return [value(rng, depth + 1) for _ in range(rng.randrange(3))]
    return {rng.choice(["reviewers", "reviewer", "date", "url", "outlet", "headline", "x"]): value(rng, depth + 1)
            for _ in range(rng.randrange(4))}


def jsonl_file(rng: random.Random) -> bytes:
    lines = []
    for n in range(rng.randrange(1, 6)):
        choice = rng.randrange(6)
        if choice == 0:
            lines.append("[" * rng.choice([10, 5000, 100_000]))
        elif choice == 1:
            lines.append(rng.choice(["{", "not json", "", "\u2028", '{"text": 5}']))
        else:
            row = {"id": rng.choice([f"d{n}", "\ud800", 7, None, "a/b"]),
                   "text": rng.choice(TRAILERS) + rng.choice(ODD),
                   "review": value(rng)}
            lines.append(json.dumps(row, ensure_ascii=rng.random() < 0.5))
    return ("\n".join(lines)).encode("utf-8", errors="surrogatepass")


def nitf_file(rng: random.Random) -> bytes:
    ns = rng.choice(["", ' xmlns="http://iptc.org/std/NITF/2006-10-18/"'])
    entity = rng.choice(["", "", '<!DOCTYPE nitf [<!ENTITY x "boom">]>'])
    date = rng.choice(["19960701T000000", "19961345T000000", "", "garbage"])
    block = rng.choice(["full_text", "lead_paragraph", "other"])
    paragraphs = "".join(f"<p>{rng.choice(TRAILERS + ODD[4:])}</p>" for _ in range(rng.randrange(4)))
    loose = rng.choice(["", TRAILERS[0]])
    text = (f'<?xml version="1.0" encoding="UTF-8"?>{entity}<nitf{ns}><head><pubdata date.publication="{date}" '
            f'ex-ref="{rng.choice(["http://x.org/a b", "", "}{"])}"/></head><body><body.content>'
            f'<block class="{block}">{paragraphs}{loose}</block></body.content></body></nitf>')
    if rng.random() < 0.2:
        text = text[: rng.randrange(len(text))]
    return text.encode("utf-8", errors="surrogatepass")


def archive_file(rng: random.Random, folder: Path) -> Path:
    members = {f"{rng.choice(['a', 'b/c', '.hidden', 'd.xml', 'e.jsonl', 'ü'])}{n}"
               f"{rng.choice(['.txt', '.xml', '.jsonl', ''])}":
               rng.choice([jsonl_file, nitf_file, lambda r: r.choice(TRAILERS).encode(),
                           lambda r: bytes(r.randrange(256) for _ in range(64))])(rng)
               for n in range(rng.randrange(1, 5))}
    if rng.random() < 0.5:
        path = folder / "corpus.zip"
        with zipfile.ZipFile(path, "w") as z:
            for name, data in members.items():
                z.writestr(name, data)
        raw = bytearray(path.read_bytes())
        if rng.random() < 0.3:   # flag a member as encrypted, or cut the archive short
            at = raw.find(b"PK\x03\x04")
            raw[at + 6] |= 1
        if rng.random() < 0.2:
            raw = raw[: rng.randrange(len(raw))]
        path.write_bytes(bytes(raw))
    else:
        path = folder / "corpus.tgz"
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
            for name, data in members.items():
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        raw = bytearray(buffer.getvalue())
        if rng.random() < 0.2:
            raw = raw[: rng.randrange(len(raw))]
        path.write_bytes(bytes(raw))
    return path


def one_file(rng: random.Random, folder: Path) -> Path:
    kind = rng.randrange(3)
    if kind == 0:
        path = folder / "corpus.jsonl"
        path.write_bytes(jsonl_file(rng))
    elif kind == 1:
        path = folder / "article.xml"
        path.write_bytes(nitf_file(rng))
    else:
        path = archive_file(rng, folder)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    counts = dict(files=0, documents=0, records=0, clean_errors=0, tracebacks=0, invalid_outputs=0)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for _ in range(args.inputs):
            path = one_file(rng, folder)
            counts["files"] += 1
            try:
                for item in documents([str(path)]):
                    counts["documents"] += 1
                    if isinstance(item, CatalogError):
                        counts["clean_errors"] += 1
                        continue
                    try:
                        record = catalog_document(item)
                    except CatalogError:
                        counts["clean_errors"] += 1
                        continue
                    counts["records"] += 1
                    for fmt in FORMATS.values():
                        try:
                            render(fmt, [record])
                        except UnwritableError:
                            counts["clean_errors"] += 1   # a clear error: the format has no room
                        except InvalidOutputError as exc:
                            counts["invalid_outputs"] += 1
                            print("INVALID", fmt.name, exc, repr(item.text[:200]))
            except Exception:   # noqa: BLE001 — the count the fuzzer exists for
                counts["tracebacks"] += 1
                if counts["tracebacks"] <= 3:
                    print("TRACEBACK on", path.name, repr(path.read_bytes()[:300]))
                    traceback.print_exc()
            path.unlink(missing_ok=True)
    print(" ".join(f"{k} {v}" for k, v in counts.items()), f"({time.perf_counter() - started:.0f} s)")
    return 1 if counts["tracebacks"] or counts["invalid_outputs"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
