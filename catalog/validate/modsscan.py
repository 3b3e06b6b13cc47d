"""A strict reader of the one MODS layout catalog writes, to check every document it writes.

The MODS 3.8 XSD checks MODS of any origin (`catalog validate` keeps it). Ours has one
layout (writers/mods.py): the XML declaration and <modsCollection> on a line each, then
each <mods> an element a line, two spaces a level. One pattern per <mods> reads that
layout several times faster than parsing and validating it, and refuses anything outside
it; a refused document goes to the XSD, whose verdict stands, so the check's verdict is
always the XSD's. What the pattern takes, the XSD takes: the elements are the ones the
writer writes, each where MODS allows it (<mods>, <originInfo>, <relatedItem> and
<titleInfo> take their children in any order); every enumerated value (typeOfResource,
issuance, the attributes' codes) is spelled out; IDs are ASCII NCNames, each once in the
document, and xlink:href names one. Text may hold XML characters and &amp; &lt; &gt; &#13;,
no raw markup, CR or C0 control; an attribute value from the record (displayLabel) no raw
quote, tab or line break either. Documents with a <location> (a URL, which the XSD reads as
xs:anyURI) are left to the XSD. tests/validate/test_modsscan.py shows it on every dev
record, on generated hostile records and on damaged copies of real output. The header and
footer are spelled out here, not taken from the writer, so the check stays independent of it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from catalog.validate.mods import mods_errors

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n'
          '<modsCollection xmlns="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          'xsi:schemaLocation="http://www.loc.gov/mods/v3 http://www.loc.gov/standards/mods/v3/mods-3-8.xsd">\n')
FOOTER = "</modsCollection>\n"

# XML 1.0 characters less markup (<, >, &), CR (a parser turns it into LF) and the rest of C0.
_CHAR = "[^<>&\\x00-\\x08\\x0b-\\x1f\\ud800-\\udfff\\ufffe\\uffff]"
_T = f"{_CHAR}*(?:&(?:amp|lt|gt|#13);{_CHAR}*)*"
# In an attribute value also no quote, tab or line break (written as &quot; &#9; &#10;).
_ACHAR = '[^<>&"\\x00-\\x1f\\ud800-\\udfff\\ufffe\\uffff]'
_A = f"{_ACHAR}*(?:&(?:amp|lt|gt|quot|#13|#10|#9);{_ACHAR}*)*"
_NCNAME = "[A-Za-z_][A-Za-z0-9_.-]*"


def _title_info(pad: str) -> str:
    inner = pad + "  "
    return (f'{pad}<titleInfo(?: supplied="yes")?>\n'
            f'(?:{inner}<nonSort xml:space="preserve">{_T}</nonSort>\n'
            f"|{inner}<title>{_T}</title>\n"
            f"|{inner}<subTitle>{_T}</subTitle>\n)+"
            f"{pad}</titleInfo>\n")


_NAME = ('    <name type="(?:personal|corporate)">\n'
         f'(?:      <namePart(?: type="(?:given|family|termsOfAddress)")?>{_T}</namePart>\n)+'
         "      <role>\n"
         f'        <roleTerm type="code" authority="marcrelator">[a-z]{{3}}</roleTerm>\n'
         f'        <roleTerm type="text" authority="marcrelator">{_T}</roleTerm>\n'
         "      </role>\n"
         "    </name>\n")
_ORIGIN = ('    <originInfo(?: eventType="publication")?>\n'
           f"(?:      <place>\n        <placeTerm type=\"text\">{_T}</placeTerm>\n      </place>\n"
           f"|      <publisher>{_T}</publisher>\n"
           f'|      <dateIssued encoding="w3cdtf" keyDate="yes"(?: qualifier="inferred")?>{_T}</dateIssued>\n'
           f"|      <edition>{_T}</edition>\n"
           "|      <issuance>(?:monographic|continuing)</issuance>\n)+"
           "    </originInfo>\n")
_PART = ("      <part>\n"
         f'(?:        <detail type="section">\n          <caption>{_T}</caption>\n        </detail>\n'
         f'|        <date encoding="w3cdtf">{_T}</date>\n)*'
         "      </part>\n")
_RELATED = ('    <relatedItem type="(?:series|host)">\n'
            f"(?:{_title_info('      ')}"
            "|      <originInfo>\n        <issuance>(?:monographic|continuing)</issuance>\n      </originInfo>\n"
            '|      <genre authority="marcgt">[a-z]+</genre>\n'
            f"|{_PART})+"
            "    </relatedItem>\n")
_REVIEW_OF = (f'    <relatedItem type="reviewOf" xlink:href="#{_NCNAME}">\n'
              f"{_title_info('      ')}"
              "    </relatedItem>\n")
_CHILD = (f"(?:{_title_info('    ')}|{_NAME}"
          "|    <typeOfResource>text</typeOfResource>\n"
          '|    <genre authority="(?:marcgt|local)">[A-Za-z]+</genre>\n'
          f"|{_ORIGIN}"
          f"|    <physicalDescription>\n      <extent>{_T}</extent>\n    </physicalDescription>\n"
          f"|    <note>{_T}</note>\n"
          f"|{_RELATED}|{_REVIEW_OF}"
          f'|    <identifier type="isbn"(?: displayLabel="{_A}")?(?: invalid="yes")?>{_T}</identifier>\n'
          f"|    <recordInfo>\n      <recordOrigin>{_T}</recordOrigin>\n    </recordInfo>\n)")


@lru_cache(maxsize=1)
def _mods_pattern() -> re.Pattern[str]:
    """One <mods> element, compiled when first needed: compiling it takes 10 ms, a third of
    the start-up cost of the whole format registry, which `catalog parse` loads too."""
    return re.compile(f'  <mods version="3.8" ID="({_NCNAME})">\n{_CHILD}+  </mods>\n')


def scan_errors(text: str) -> list[tuple[int, str]]:
    """(line, message) for every way the document breaks MODS 3.8; empty when valid. A text
    in catalog's layout is answered here; any other goes to the XSD, whose verdict stands."""
    if _in_layout(text):
        return []
    try:
        return mods_errors(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        return [(text.count("\n", 0, exc.start) + 1, f"not encodable as UTF-8 at character {exc.start}")]


def _in_layout(text: str) -> bool:
    """Is the text wholly in catalog's layout: header, <mods> elements with IDs each used
    once, footer?"""
    if not text.startswith(HEADER) or not text.endswith(FOOTER):
        return False
    ids: set[str] = set()
    pattern = _mods_pattern()
    pos, end = len(HEADER), len(text) - len(FOOTER)
    if pos >= end:
        return False   # no <mods> at all: the XSD says what it makes of that
    while pos < end:
        match = pattern.match(text, pos, end)
        if match is None or match.group(1) in ids:
            return False
        ids.add(match.group(1))
        pos = match.end()
    return True
