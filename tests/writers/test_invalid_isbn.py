"""An ISBN printed with a wrong check digit is kept apart, never as a valid one: MARC 020 $z,
MODS identifier invalid="yes", the hub's invalid_isbns; formats with no place for it leave it out."""
from lxml import etree

from catalog.formats import FORMATS, render
from catalog.model import Document
from catalog.pipeline import catalog_document
from catalog.writers import mods

TEXT = "A review.\n\nTHE QUIET HARBOR. By Jane Doe. 240 pages. Knopf. $24. ISBN 0-394-12345-0.\n"


def test_invalid_isbn_is_kept_apart_and_every_format_stays_valid():
    record = catalog_document(Document("q", TEXT))
    book = record.books[0]
    assert book.isbns == () and book.invalid_isbns == ("0394123450",)
    assert book.confidence == "review"
    written = {name: render(fmt, [record]) for name, fmt in FORMATS.items()}   # each one validated
    root = etree.fromstring(written["mods"].encode())
    ids = root.findall(f".//{{{mods.MODS_NS}}}identifier")
    assert [(i.text, i.get("invalid")) for i in ids] == [("0394123450", "yes")]
    assert '"invalid_isbns": ["0394123450"]' in written["json"]
    for name in ("bibtex", "biblatex", "csljson", "ris"):
        assert "0394123450" not in written[name], name
