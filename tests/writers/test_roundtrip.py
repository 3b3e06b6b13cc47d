"""Written records read back with independent parsers keep their meaning."""
import json

import bibtexparser
from bibtexparser.middlewares import LatexDecodingMiddleware
from lxml import etree

from catalog.model import Document, ReviewMetadata
from catalog.pipeline import catalog_document
from catalog.writers.biblatex import to_biblatex
from catalog.writers.bibtex import to_bibtex
from catalog.writers.csljson import to_csljson
from catalog.writers.mods import MODS_NS, to_mods

TRICKY = ("SMITH & SONS: 100% {Pure} $_#~^ Tales, by \u00c8ve de la Tour and Li \u674e. "
          "(Holt & Co., $25.)")


def _record():
    metadata = ReviewMetadata(reviewers=("Ann Critic",), outlet="The Times", date="2001")
    return catalog_document(Document("t", TRICKY, metadata))


def _fields(text):
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not library.failed_blocks
    return {e.key: {f.key: f.value for f in e.fields} for e in library.entries}


def test_bibtex_round_trip_keeps_specials():
    record = _record()
    book = record.books[0]
    fields = _fields(to_bibtex([record]))[book.key]
    assert fields["title"].replace("{", "").replace("}", "") .startswith("Smith & Sons: 100%")
    assert fields["publisher"] == "Holt & Co."
    text = to_bibtex([record])
    assert "{\\`E}ve" in text                 # accents become LaTeX macros
    assert "\u674e" in text                    # no macro exists for CJK: kept as UTF-8


def test_biblatex_round_trip_and_review_link():
    record = _record()
    entries = _fields(to_biblatex([record]))
    review = entries[record.review.key]
    assert review["related"] == record.books[0].key and review["relatedtype"] == "reviewof"
    assert "\u674e" in entries[record.books[0].key]["author"]


def test_mods_parses_back():
    record = _record()
    root = etree.fromstring(to_mods([record]).encode())
    titles = root.findall(f".//{{{MODS_NS}}}mods/{{{MODS_NS}}}titleInfo/{{{MODS_NS}}}title")
    assert titles[0].text == record.books[0].title


def test_csljson_parses_back():
    record = _record()
    items = json.loads(to_csljson([record]))
    assert items[0]["publisher"] == "Holt & Co."
    assert items[1]["type"] != "book" and items[1]["genre"].startswith(f"Review of {record.books[0].title}")
