"""The MODS scan stands in for the MODS 3.8 XSD on every write: whatever it accepts, the
XSD accepts, and what it refuses the XSD judges. Shown on every dev record, on generated
hostile records, and on damaged copies of real output."""
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from catalog.formats import FORMATS
from catalog.validate.mods import mods_errors
from catalog.validate.modsscan import FOOTER, HEADER, _in_layout, scan_errors
from tests.validate.damage import damaged
from tests.writers.test_mods_layout import records

MODS = FORMATS["mods"]


def xsd_accepts(text: str) -> bool:
    try:
        return mods_errors(text.encode("utf-8")) == []
    except UnicodeEncodeError:
        return False


@pytest.fixture(scope="module")
def dev_mods(all_records):
    return [MODS.document([MODS.fragment(r)]) for r in all_records]


def test_the_scan_is_what_every_write_runs():
    assert MODS.own_errors is scan_errors


def test_the_layout_is_the_writers():
    assert (MODS.header, MODS.footer) == (HEADER, FOOTER)


def test_every_dev_record_is_in_the_layout_alone_and_together(dev_mods, all_records):
    """All but those with a URL, which the XSD judges (and accepts)."""
    for text in dev_mods:
        assert _in_layout(text) == ("<url>" not in text) and xsd_accepts(text) and scan_errors(text) == [], text
    whole = MODS.document([MODS.fragment(r) for r in all_records if not r.review.url])
    assert _in_layout(whole) and xsd_accepts(whole)


@settings(max_examples=400, deadline=None)
@given(records())
def test_hostile_records_the_scan_accepts_the_xsd_accepts(record):
    text = MODS.document([MODS.fragment(record)])
    accepted = _in_layout(text)
    event("in the layout" if accepted else "left to the XSD")
    assert not accepted or xsd_accepts(text), text
    assert (scan_errors(text) == []) == xsd_accepts(text)


HOSTILE = list("<>&\"'= \n\r\t\x01\x7f\ufffe0aZ9/é#:") + [
    "\ud800", "]]>", "&amp;", "&lt;", "&quot;", "&#13;", "&#1;", "&#x41;", "&bogus;", "<!-- x -->", "<![CDATA[x]]>",
    "  ", "    ", "</title>", "<title>", "<title/>", "</titleInfo>\n", "<titleInfo>\n", ' supplied="no"',
    ' supplied="yes"', "<typeOfResource>book</typeOfResource>", "<issuance>serial</issuance>", "monographic",
    ' type="personal"', ' type="famliy"', ' type="date"', ' authority="marcgt"', ' ID="x"', ' ID="1x"',
    ' version="3.9"', ' xlink:href="#', ' xml:space="default"', ' qualifier="guessed"', ' invalid="no"',
    ' displayLabel="', "<note>x</note>\n", "    <note>x</note>\n", "<mods>", "</mods>\n", "  </mods>\n",
    '  <mods version="3.8" ID="dup">\n', "<location>\n", "<url>x y</url>", "<extent>", "<part>\n",
    "      <part>\n      </part>\n", "<relatedItem>\n", '<relatedItem type="bogus">\n', "</modsCollection>\n",
    ' xmlns="urn:x"', "<roleTerm>", "xyz", "aut"]


@settings(max_examples=2000, deadline=None)
@given(st.data())
def test_whatever_the_scan_accepts_the_xsd_accepts(dev_mods, data):
    """Real output damaged by inserting, deleting or replacing text."""
    text = damaged(data, dev_mods[:80], HOSTILE)
    accepted = _in_layout(text)
    event("accepted" if accepted else "refused")
    assert not accepted or xsd_accepts(text), text


@settings(max_examples=1000, deadline=None)
@given(st.data())
def test_lines_moved_dropped_or_repeated_are_accepted_only_where_the_xsd_agrees(dev_mods, data):
    """Whole lines of real output (two records in one document) dropped, repeated or moved:
    an element out of its parent, a second ID, a closing tag lost."""
    lines = MODS.document([data.draw(st.sampled_from(dev_mods))[len(HEADER):-len(FOOTER)]
                           for _ in range(2)]).splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(lines) - 1))
        kind = data.draw(st.sampled_from(["drop", "repeat", "move"]))
        line = lines.pop(at) if kind != "repeat" else lines[at]
        if kind != "drop":
            lines.insert(data.draw(st.integers(0, len(lines))), line)
    text = "".join(lines)
    accepted = _in_layout(text)
    event("accepted" if accepted else "refused")
    assert not accepted or xsd_accepts(text), text


# One change each to real output, most of which the XSD refuses: a code it does not know, a
# raw special or control character in text or in an attribute, an ID that is no NCName.
CHANGES = [('type="host"', 'type="bogus"'), ('type="host"', 'type="serial"'), ('type="reviewOf"', 'type="review"'),
           ('version="3.8"', 'version="3.9"'), ('ID="', 'ID="1'), ('ID="', 'ID="a b'), ('href="#', 'href="#a b'),
           ("<issuance>monographic", "<issuance>mono"), ('type="given"', 'type="first"'),
           ('type="code"', 'type="kode"'), ('xml:space="preserve"', 'xml:space="keep"'),
           ('type="isbn"', 'type="isbn" invalid="no"'), ('qualifier="inferred"', 'qualifier="guessed"'),
           ('keyDate="yes"', 'keyDate="no"'), ('type="personal"', 'type="person"'), ('supplied="yes"', 'supplied="no"'),
           ("<title>", "<title>&"), ("<title>", "<title><"), ("<title>", "<title>\x01"), ("<title>", "<title>&bogus;"),
           ("<title>", "<title>&#1;"), ("<title>", "<title>\ufffe"), ("<title>", "<title>]]>"),
           ("<title>", "<title><b>x</b>"), ('displayLabel="', 'displayLabel="&'), ('displayLabel="', 'displayLabel="<'),
           ('displayLabel="', 'displayLabel="\x01'), ("<note>", "<note>&#x1;"), ("<note>", "<note/><note>"),
           ("</titleInfo>", "</titleinfo>"), ("<part>", '<part type="x">'), ("<genre ", "<genre bogus=\"1\" ")]


@pytest.mark.parametrize("old, new", CHANGES)
def test_a_change_the_scan_accepts_the_xsd_accepts(dev_mods, old, new):
    text = next(t for t in dev_mods if old in t).replace(old, new, 1)
    assert not _in_layout(text) or xsd_accepts(text), text
    assert (scan_errors(text) == []) == xsd_accepts(text)


def test_a_repeated_id_is_left_to_the_xsd_which_refuses_it(dev_mods):
    one = dev_mods[0][len(HEADER):-len(FOOTER)]
    text = HEADER + one + one + FOOTER
    assert not _in_layout(text)
    assert scan_errors(text) and not xsd_accepts(text)


def test_a_url_is_left_to_the_xsd(dev_mods):
    text = dev_mods[0].replace("    <recordInfo>\n", "    <location>\n      <url>https://example.org/a?b=1&amp;c=2</url>\n"
                               "    </location>\n    <recordInfo>\n", 1)
    assert not _in_layout(text)
    assert scan_errors(text) == [] and xsd_accepts(text)


def test_the_xsd_names_what_is_wrong_with_a_refused_document(dev_mods):
    text = dev_mods[0].replace("<typeOfResource>", "<shelfMark/><typeOfResource>", 1)
    errors = scan_errors(text)
    assert errors and "shelfMark" in errors[0][1], errors


def test_an_empty_collection_is_the_xsds_to_judge():
    assert not _in_layout(HEADER + FOOTER)
    assert (scan_errors(HEADER + FOOTER) == []) == xsd_accepts(HEADER + FOOTER)
