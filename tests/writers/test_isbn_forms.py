"""An ISBN printed in both its forms (Amazon's and Goodreads' details: "ISBN: 1338761099" /
"ISBN-13: 9781338761092") is listed twice in the hub, as a catalog records both, and written
once by every format; the same ISBN printed twice in one form is one ISBN."""
from lxml import etree

from catalog.formats import FORMATS, render
from catalog.model import Document
from catalog.pipeline import catalog_document
from catalog.writers import mods

SHEET = ("The Quiet Harbor\nby Jane Doe\nPublication Date: September 29, 2015\nHardcover: 240 pages\n"
         "Publisher: Harbor House\nISBN: 0306406152\nISBN-13: 9780306406157")


def test_an_isbn_printed_in_both_forms_is_listed_twice_and_written_once():
    record = catalog_document(Document("d", SHEET))
    book = record.books[0]
    assert book.isbns == ("9780306406157", "9780306406157") and book.distinct_isbns == ("9780306406157",)
    assert [o.isbn_printed for o in book.offers] == ["0306406152", "9780306406157"]
    written = {name: render(fmt, [record]) for name, fmt in FORMATS.items()}   # each one validated
    assert '"isbns": ["9780306406157", "9780306406157"]' in written["json"]
    root = etree.fromstring(written["mods"].encode())
    assert [i.text for i in root.findall(f".//{{{mods.MODS_NS}}}identifier")] == ["9780306406157"]
    assert written["marcxml"].count("9780306406157") == 1, "one 020"
    assert written["csljson"].count("9780306406157") == 1


def test_the_same_isbn_printed_twice_in_one_form_is_one_isbn():
    record = catalog_document(Document("d", SHEET.replace("ISBN: 0306406152", "ISBN: 978-0-306-40615-7")))
    assert record.books[0].isbns == ("9780306406157",)
