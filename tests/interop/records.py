"""The records every interop check reads: the seed, and every dev-set trailer as a review.

Dev-set trailers come without review metadata, so each is given an outlet (its real
one, from dev_sources.jsonl), a reviewer, a full date, and, for every other record, a
headline and a URL: the review fields are then measured on every record, with and
without a headline (the case where styles must still say it is a review).
"""
from __future__ import annotations

import json
import os

from catalog.model import Document, Record, ReviewMetadata
from catalog.pipeline import catalog_document
from tests.conftest import DEV_DATA, DEV_FILES, SEED, dev_rows

OUTLETS = {
    "nyt": "The New York Times", "nyt-syndicated": "The New York Times", "nyt-newswire": "The New York Times",
    "latimes": "Los Angeles Times", "chicagotribune": "Chicago Tribune", "wapo": "The Washington Post",
    "csmonitor": "The Christian Science Monitor", "ew": "Entertainment Weekly", "booklist": "Booklist",
    "time": "Time", "pw": "Publishers Weekly", "vqr": "Virginia Quarterly Review",
    "seattletimes": "The Seattle Times", "atlantic": "The Atlantic", "sf-chronicle": "San Francisco Chronicle",
    "library-journal": "Library Journal", "finebooks": "Fine Books & Collections", "bookmarks": "Bookmarks",
}
REVIEWERS = ("Ann Critic", "Jorge O'Brien", "Mary-Kate de la Cruz", "Bertrand Müller")


def _metadata(index: int, outlet: str | None) -> ReviewMetadata:
    month, day = index % 12 + 1, index % 28 + 1
    titled = index % 2 == 0
    return ReviewMetadata(reviewers=(REVIEWERS[index % len(REVIEWERS)],), outlet=outlet,
                          date=f"{1990 + index % 30}-{month:02d}-{day:02d}",
                          headline=f"A Critic Reads Book {index}" if titled else None,
                          url=f"https://example.org/reviews/{index}?page=1" if titled else None)


def interop_records() -> list[Record]:
    """The seed twice (bare; with NYT metadata) and every dev record as a review, keys unique."""
    from catalog.batch import rekey
    seed = SEED.read_text(encoding="utf-8")
    found = [catalog_document(Document("seed", seed)),
             catalog_document(Document("seed-reviewed", seed, ReviewMetadata(
                 reviewers=("Ann Critic",), outlet="The New York Times", date="1996-07-01")))]
    if DEV_FILES[0].exists():
        sources = {row["id"]: row["outlet"] for row in map(json.loads, (DEV_DATA / "dev_sources.jsonl").open())}
        for index, row in enumerate(dev_rows()):
            meta = _metadata(index, OUTLETS.get(sources.get(row["id"], "")))
            found.append(catalog_document(Document(row["id"], row["text"], meta)))
    elif os.environ.get("CATALOG_REQUIRE_DATA") == "1":
        raise RuntimeError(f"the shared dev set is not at {DEV_DATA}, and CATALOG_REQUIRE_DATA=1 says it must be there")
    taken: set[str] = set()
    return [rekey(r, taken) for r in found]
