"""The MARCXML scan stands in for MARC21slim.xsd on every write: whatever it accepts, the
XSD accepts. Shown on every dev record, on generated hostile records, and on damaged
copies of real output."""
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from catalog.formats import FORMATS
from catalog.validate.marc import marcxml_errors
from catalog.validate.marcxmlscan import FOOTER, HEADER, scan_errors
from tests.validate.damage import damaged
from tests.writers.test_hostile_roundtrip import TEXT, record

MARCXML = FORMATS["marcxml"]


def xsd_accepts(text: str) -> bool:
    try:
        return marcxml_errors(text.encode("utf-8")) == []
    except UnicodeEncodeError:
        return False


@pytest.fixture(scope="module")
def dev_marcxml(all_records):
    return [MARCXML.document([MARCXML.fragment(r)]) for r in all_records]


def test_the_scan_is_what_every_write_runs():
    assert MARCXML.own_errors is scan_errors


def test_the_layout_is_the_writers():
    assert (MARCXML.header, MARCXML.footer) == (HEADER, FOOTER)


def test_every_dev_record_is_accepted_alone_and_together(dev_marcxml, all_records):
    for text in dev_marcxml:
        assert scan_errors(text) == [] and xsd_accepts(text), text
    whole = MARCXML.document([MARCXML.fragment(r) for r in all_records])
    assert scan_errors(whole) == [] and xsd_accepts(whole)


@settings(max_examples=300, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT, TEXT)
def test_hostile_records_are_accepted_and_valid(title, subtitle, given_name, family, publisher):
    text = MARCXML.document([MARCXML.fragment(record(title, subtitle, given_name, family, publisher))])
    assert scan_errors(text) == [], text
    assert xsd_accepts(text), text


HOSTILE = list("<>&\"'= \n\r\t\x01\x7f\ufffe0aZ9/é") + [
    "\ud800", "]]>", "&amp;", "&lt;", "&quot;", "&#1;", "&#x41;", "&bogus;", "<!-- x -->", "<![CDATA[x]]>",
    "</subfield>", '<subfield code="a">', '<subfield code="A">', '<subfield code="$">', "</datafield>",
    '<datafield ind1=" " ind2=" " tag="500">', '<datafield ind1="A" ind2=" " tag="500">', 'tag="001"',
    'tag="00A"', 'tag="010"', '<controlfield tag="005">', "</controlfield>", "<record>", "</record>\n",
    "<leader>", "</leader>", "4500", "    ", ' id="x"', ' xmlns="urn:x"', "</collection>\n"]


@settings(max_examples=2000, deadline=None)
@given(st.data())
def test_whatever_the_scan_accepts_the_xsd_accepts(dev_marcxml, data):
    """Real output damaged by inserting, deleting or replacing text."""
    text = damaged(data, dev_marcxml[:60], HOSTILE)
    accepted = not scan_errors(text)
    event("accepted" if accepted else "refused")
    assert not accepted or xsd_accepts(text), text


LEADER = "     nam a22     3i 4500"


def _doc(record_xml: str) -> str:
    return HEADER + record_xml + FOOTER


@pytest.mark.parametrize("text, problem", [
    (_doc(f'<record><leader>{LEADER}</leader><controlfield tag="001">a<b</controlfield></record>\n'), "well-formed"),
    (_doc(f'<record><leader>{LEADER[:-1]}</leader></record>\n'), "leader"),
    (_doc(f'<record><leader>{LEADER}</leader><datafield ind1="A" ind2=" " tag="245">'
          '<subfield code="a">x</subfield></datafield></record>\n'), "ind1"),
    (_doc(f'<record><leader>{LEADER}</leader><datafield ind1=" " ind2=" " tag="245"></datafield></record>\n'),
     "subfield"),
    # valid for the XSD, outside our layout: refused with the scan's own message
    (_doc(f'<record><leader>{LEADER}</leader><controlfield tag="001">a\r</controlfield></record>\n'), "layout"),
    (HEADER.replace('"UTF-8"', "'UTF-8'") + FOOTER, "layout"),
])
def test_what_the_scan_refuses_is_named(text, problem):
    errors = scan_errors(text)
    assert errors and problem in errors[0][1], errors


def test_an_empty_collection_is_accepted():
    assert scan_errors(HEADER + FOOTER) == [] and xsd_accepts(HEADER + FOOTER)
