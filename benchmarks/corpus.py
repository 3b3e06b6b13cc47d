"""Benchmark corpora, deterministic for a seed.

- The real-trailer corpus: the 204 real review documents of ../shared/data (dev_inputs.jsonl
  and dev_more_inputs.jsonl), repeated with new ids and varied prices, page counts and
  family names to N, as one JSON-lines file, as a folder of text files and as NITF in a
  .tgz (with a headline, byline and date, as the NYT corpus has them).
- Skipped articles: N NITF news articles with no publication notes, most of a newspaper corpus.
- The synthetic corpus (a second row): reviews from seven trailer templates with filler
  bodies, about 5 % news articles with no notes, as text and as NITF.
"""
from __future__ import annotations

import io
import json
import random
import re
import tarfile
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

GIVEN = ["Ann", "Robert", "Maria", "James", "Li", "Sofia", "David", "Amara", "Tomás", "Ingrid", "Kwame", "Yuki",
         "Elena", "Omar", "Grace", "Pierre", "Hannah", "Ravi", "Chloé", "Mateo"]
FAMILY = ["Lee", "Whymant", "García", "O'Neil", "McCarthy", "Nguyen", "de la Cruz", "Okafor", "Schmidt", "Kowalski",
          "Haddad", "Tanaka", "Bernstein", "Rossi", "van Dijk", "Kaur", "Dubois", "Silva", "Andersen", "Brown"]
WORDS = ["River", "Empire", "Silence", "Garden", "Winter", "Memory", "Harbor", "Fire", "Stone", "Light", "Night",
         "City", "Letters", "Daughter", "War", "Mountain", "Glass", "Salt", "Island", "Crown"]
SUBTITLES = ["A History", "A Memoir", "A Novel", "Stories", "The Life of a Forgotten Spy",
             "Power and Faith in the Modern World", "Poems, 1990-2010", "An American Family"]
PUBLISHERS = ["Knopf", "St. Martin's Press", "Farrar, Straus & Giroux", "Random House", "Simon & Schuster",
              "Yale University Press", "Ecco/HarperCollins", "W. W. Norton", "Graywolf", "Little, Brown"]
FILLER = ("The author follows the story across three decades and several continents, and the result is "
          "patient, humane and often surprising. ")


def _name(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def _title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(1, 3))
    return ("The " if rng.random() < 0.5 else "") + " of ".join(words) if len(words) == 2 else " ".join(words)


# The styles real outlets print: NYT Books of the Times, NYT Book Review, recommendation
# lists, LA Times, header blocks, quarterly notes, Publishers Weekly.
TEMPLATES = (
    "PUBLICATION NOTES: '{upper}' {sub} By {author} Illustrated. {pages} pages. {publisher}. ${dollars}",
    "{upper}: {sub}. By {author}. Translated by {translator}. {pages} pp. {publisher}. ${dollars}.",
    "{upper}: {sub}, by {author}. ({publisher}, ${dollars}.)",
    "{upper}; {sub}; By {author}; {publisher}: {pages} pp., ${dollars}",
    "{upper}\n\nBy {author}\n\n{publisher}, {pages} pages, ${dollars}",
    "{title}: {sub}, edited by {author}. {publisher} ${dollars} cloth, $19.95 paper",
    "{title}\n\n{author}. {publisher}, ${dollars} ({pages}p) ISBN 978-0-306-40615-7",
)


def trailer(rng: random.Random) -> str:
    """One trailer in one of the TEMPLATES styles."""
    title, author, publisher = _title(rng), _name(rng), rng.choice(PUBLISHERS)
    sub = rng.choice(SUBTITLES)
    pages, dollars = rng.randint(96, 900), f"{rng.randint(12, 60)}.{rng.choice(['00', '95', '50'])}"
    style = rng.randrange(len(TEMPLATES))
    translator = _name(rng) if "{translator}" in TEMPLATES[style] else ""
    return TEMPLATES[style].format(upper=title.upper(), title=title, sub=sub, author=author, translator=translator,
                                   pages=pages, publisher=publisher, dollars=dollars)


def document(n: int, rng: random.Random) -> tuple[str, str]:
    """(id, text): a review with filler body and its trailer, or now and then a news article."""
    body = "\n".join(FILLER * rng.randint(1, 3) for _ in range(rng.randint(3, 8)))
    if rng.random() < 0.05:
        return f"doc{n:06d}", "The city council met on Tuesday.\n" + body
    text = trailer(rng)
    return f"doc{n:06d}", (text + "\n\n" + body) if "\n\n" in text or rng.random() < 0.5 else (body + "\n" + text)


SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
DEV_INPUTS = (SHARED_DATA / "dev_inputs.jsonl", SHARED_DATA / "dev_more_inputs.jsonl")   # 31 + 173 documents
DEV_GOLD = (SHARED_DATA / "dev_gold.jsonl", SHARED_DATA / "dev_more_gold.jsonl")
# The numbers a copy changes: a price's whole units, a page count.
_COPY_NUMBERS = re.compile(r"(?<=[$\u00a3\u20ac] )\d+|(?<=[$\u00a3\u20ac])\d+|\d+(?=\s*(?:pages|pp\b))")


def _letters(copy: int) -> str:
    """1 -> 'a', 26 -> 'z', 27 -> 'aa': a mark that keeps a name a name."""
    tag = ""
    while copy:
        copy, rest = divmod(copy - 1, 26)
        tag = chr(ord("a") + rest) + tag
    return tag


def varied(text: str, copy: int, families: tuple[str, ...] = ()) -> str:
    """The nth copy of a review: its prices and page counts raised by n, and each family
    name of its contributors marked ("Whymant" -> "Whymantb", "WHYMANT" -> "WHYMANTB"). The
    same trailer shapes, but no two copies with the same trailer text or the same authors,
    as in a real corpus: identical copies would let the parser's per-trailer memo and its
    name memo answer for all but the first."""
    if not copy:
        return text
    text = _COPY_NUMBERS.sub(lambda m: str(int(m.group()) + copy), text)
    tag = _letters(copy)
    for family in families:
        for printed, marked in ((family, family + tag), (family.upper(), (family + tag).upper())):
            text = re.sub(rf"(?<!\w){re.escape(printed)}(?!\w)", marked, text)
    return text


_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def _family_names() -> dict[str, tuple[str, ...]]:
    """Each dev document's contributors' family names: the last word of each gold name of a
    person, a suffix ("Jr.") aside."""
    families: dict[str, tuple[str, ...]] = {}
    for path in DEV_GOLD:
        for record in map(json.loads, path.read_text(encoding="utf-8").splitlines()):
            names = {name for book in record["books"] for role in ("authors", "editors", "translators", "illustrators")
                     for name in book[role] if name[:1].isupper()}
            words = ([w for w in name.split() if w not in _SUFFIXES] for name in names)
            families[record["id"]] = tuple(sorted({w[-1] for w in words if len(w) > 1}))
    return families


def real_rows(n: int) -> Iterator[dict]:
    """n documents cycling through the 204 real dev-set reviews, each with its own id and
    varied numbers and names, one at a time: the benchmark's own process must stay small,
    or every child it starts inherits its size in the peak RSS the kernel reports
    (ru_maxrss counts the image before exec)."""
    rows = [json.loads(line) for path in DEV_INPUTS for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    families = _family_names()
    for i in range(n):
        row = rows[i % len(rows)]
        yield {"id": f"{row['id']}-r{i:06d}", "text": varied(row["text"], i // len(rows), families.get(row["id"], ()))}


def write_real_corpus(folder: Path, n: int) -> tuple[Path, Path, Path]:
    """The real-trailer corpus as a .jsonl file, a folder of text files and a NITF .tgz."""
    folder.mkdir(parents=True, exist_ok=True)
    jsonl, text_dir, archive_path = folder / f"real-{n}.jsonl", folder / f"real-text-{n}", folder / f"real-nitf-{n}.tgz"
    text_dir.mkdir(exist_ok=True)
    with jsonl.open("w", encoding="utf-8") as lines, tarfile.open(archive_path, "w:gz") as archive:
        for row in real_rows(n):
            lines.write(json.dumps(row) + "\n")
            (text_dir / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
            _add(archive, f"1996/07/01/{row['id']}.xml", nitf(row["id"], row["text"]))
    return jsonl, text_dir, archive_path


def write_skipped_corpus(folder: Path, n: int, seed: int = 1) -> Path:
    """A folder of n NITF news articles, none with publication notes."""
    rng = random.Random(seed)
    skipped = folder / f"skipped-nitf-{n}"
    skipped.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        body = "The city council met on Tuesday.\n" + "\n".join(
            FILLER * rng.randint(1, 3) for _ in range(rng.randint(3, 8)))
        (skipped / f"news{i:06d}.xml").write_bytes(nitf(f"news{i:06d}", body))
    return skipped


def _add(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    archive.addfile(info, io.BytesIO(data))
    archive.members.clear()   # tarfile keeps every header it writes; 100k of them are 50 MB


def nitf(doc_id: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><docdata><doc-id id-string="{doc_id}"/>'
            f'<doc.copyright holder="The New York Times"/></docdata>'
            f'<pubdata date.publication="19960701T000000"/></head><body><body.head><hedline><hl1>Books</hl1>'
            f'</hedline><byline class="print_byline">By ANN CRITIC</byline></body.head><body.content>'
            f'<block class="full_text">{paragraphs}</block></body.content></body></nitf>\n').encode()


def write_corpus(folder: Path, n: int, seed: int = 1) -> tuple[Path, Path]:
    """A folder of n text files and a .tgz of the same n documents as NITF."""
    rng = random.Random(seed)
    text_dir = folder / f"text-{n}"
    text_dir.mkdir(parents=True, exist_ok=True)
    archive_path = folder / f"nitf-{n}.tgz"
    with tarfile.open(archive_path, "w:gz") as archive:
        for i in range(n):
            doc_id, text = document(i, rng)
            (text_dir / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            _add(archive, f"1996/07/01/{doc_id}.xml", nitf(doc_id, text))
    return text_dir, archive_path
