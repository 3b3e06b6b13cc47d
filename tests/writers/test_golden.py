"""Each format on the seed, byte-compared with a golden file reviewed by eye.

Regenerate after an intended change with CATALOG_UPDATE_GOLDEN=1 and read the diff.
"""
import os
from pathlib import Path

import pytest

from catalog.formats import FORMATS, render
from catalog.model import Document, ReviewMetadata
from catalog.pipeline import catalog_document

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
META = ReviewMetadata(reviewers=("Jane Q. Critic",), outlet="The New York Times", date="1996-07-01",
                      headline="A Spy Who Was Unknown to Us", url="https://example.org/review")


def _check(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CATALOG_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; review and regenerate"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_seed_without_metadata(fmt, seed_record):
    _check(f"stalins-spy{FORMATS[fmt].suffix}", render(FORMATS[fmt], [seed_record]))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_seed_with_review_metadata(fmt, seed_text):
    record = catalog_document(Document("stalins-spy", seed_text, META))
    _check(f"stalins-spy-reviewed{FORMATS[fmt].suffix}", render(FORMATS[fmt], [record]))


def test_same_input_same_bytes(seed_text):
    a = [render(f, [catalog_document(Document("s", seed_text, META))]) for f in FORMATS.values()]
    b = [render(f, [catalog_document(Document("s", seed_text, META))]) for f in FORMATS.values()]
    assert a == b
