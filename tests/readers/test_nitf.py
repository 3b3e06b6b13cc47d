import pytest

from catalog.errors import InputError
from catalog.pipeline import catalog_document
from catalog.readers.nitf import read_nitf, reviewer_names
from tests.readers.nitf_fixture import review


def test_nitf_fills_the_review_record():
    document = read_nitf(review(url="http://query.nytimes.com/gst/fullpage.html?res=1"), "x.xml")
    meta = document.metadata
    assert document.id == "859123"
    assert meta.reviewers == ("Christopher Lehmann-Haupt",)
    assert (meta.outlet, meta.date, meta.headline, meta.section) == (
        "The New York Times", "1996-07-01", "Books of The Times", "Book Review Desk")
    assert meta.url.startswith("http://query.nytimes.com/")
    record = catalog_document(document)
    book = record.books[0]
    assert (book.title, book.subtitle, book.year, book.source_of("year").value) == (
        "The Merchant Republic", "A History of Venice", 1996, "inferred")
    assert record.review.reviewers[0].family == "Lehmann-Haupt"


def test_bylines():
    assert reviewer_names("By MICHIKO KAKUTANI") == ("Michiko Kakutani",)
    assert reviewer_names("By JOHN SMITH and ANN LEE") == ("John Smith", "Ann Lee")


def test_the_dtd_is_never_fetched_and_entities_are_refused():
    xxe = b'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]><nitf>&x;</nitf>'
    with pytest.raises(InputError, match="declares entities"):
        read_nitf(xxe, "xxe.xml")
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><nitf>&lol2;</nitf>'
    with pytest.raises(InputError, match="declares entities"):
        read_nitf(laughs, "bomb.xml")


def test_broken_and_foreign_xml():
    with pytest.raises(InputError, match="broken XML"):
        read_nitf(b"<?xml version='1.0'?><nitf><head>", "t.xml")
    with pytest.raises(InputError, match="not NITF"):
        read_nitf(b"<?xml version='1.0'?><rss/>", "t.xml")
