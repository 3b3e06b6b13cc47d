"""A strict reader of the one MARCXML layout catalog writes, to check every record it writes.

MARC21slim.xsd checks MARCXML of any origin (`catalog validate` keeps it). Ours has one
layout (writers/marc._xml_record): the XML declaration and <collection> on a line each,
then one <record> per line, <leader>, <controlfield tag>s, <datafield ind1 ind2 tag>s of
<subfield code>s, and </collection>. One pattern per record reads that layout about six
times faster than parsing and validating it, and refuses anything outside it. Leader,
tags and indicators follow the XSD's own patterns, narrowed to ASCII letters, digits and
spaces (XSD's \\d is any Unicode digit). Subfield codes are narrowed to letters and
digits, which need no escaping in an attribute. Text may hold XML characters and
&amp; &lt; &gt;, nothing else: no raw markup, CR or `]]>`. So whatever it accepts, the
XSD accepts: tests/validate/test_marcxmlscan.py shows it on every dev record, on
generated hostile records and on damaged copies of real output. The header and footer
are spelled out here, not taken from the writer, so the check stays independent of it.
"""
from __future__ import annotations

import re

from catalog.validate.marc import marcxml_errors

HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n'
FOOTER = "</collection>\n"

# XML 1.0 characters less markup (<, >, &), CR (a parser turns it into LF) and the rest of C0.
_CHAR = "[^<>&\\x00-\\x08\\x0b-\\x1f\\ud800-\\udfff\\ufffe\\uffff]"
_TEXT = f"{_CHAR}*(?:&(?:amp|lt|gt);{_CHAR}*)*"
_LEADER = "[0-9 ]{5}[0-9A-Za-z ][0-9A-Za-z][0-9A-Za-z ]{3}[2 ][2 ][0-9 ]{5}[0-9A-Za-z ]{3}(?:4500|    )"
_RECORD = re.compile(
    f"<record><leader>{_LEADER}</leader>"
    f'(?:<controlfield tag="00[1-9]">{_TEXT}</controlfield>)*'
    '(?:<datafield ind1="[0-9a-z ]" ind2="[0-9a-z ]" tag="(?:0[1-9][0-9]|[1-9][0-9]{2})">'
    f'(?:<subfield code="[0-9a-z]">{_TEXT}</subfield>)+</datafield>)*'
    "</record>\n")


def scan_errors(text: str) -> list[tuple[int, str]]:
    """(line, message) where the text leaves catalog's MARCXML layout; empty when it keeps
    to it. A refused text is also given to the XSD, for its precise message."""
    refusal = _refusal(text)
    if refusal is None:
        return []
    try:
        precise = marcxml_errors(text.encode("utf-8"))
    except UnicodeEncodeError as exc:
        precise = [(text.count("\n", 0, exc.start) + 1, f"not encodable as UTF-8 at character {exc.start}")]
    return precise or [refusal]


def _refusal(text: str) -> tuple[int, str] | None:
    if not text.startswith(HEADER):
        return 1, "not catalog's MARCXML layout: the XML declaration and <collection> do not open it"
    pos, end = len(HEADER), len(text) - len(FOOTER)
    while pos < end:
        match = _RECORD.match(text, pos)
        if match is None:
            return text.count("\n", 0, pos) + 1, "not catalog's MARCXML layout: a record breaks it"
        pos = match.end()
    if pos != end or not text.endswith(FOOTER):
        return text.count("\n", 0, pos) + 1, "not catalog's MARCXML layout: </collection> does not close it"
    return None
