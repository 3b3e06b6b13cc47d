"""The MARC and RIS validators: our output passes, each kind of damage is named."""
from catalog.formats import FORMATS, detect_format, render
from catalog.validate.marc import iso2709_errors, marcxml_errors
from catalog.validate.ris import ris_errors


def test_our_marc_and_ris_are_valid_and_detected(seed_record):
    for name in ("marc", "marcxml", "ris"):
        text = render(FORMATS[name], [seed_record])
        assert FORMATS[name].errors(text) == []
        assert detect_format(text) is FORMATS[name]


def test_iso2709_damage_is_named(seed_record):
    data = render(FORMATS["marc"], [seed_record]).encode("utf-8")
    assert "cut short" in iso2709_errors(data[:-20])[0][1]
    assert iso2709_errors(data[:100] + b"X" + data[100:])          # a byte too many: lengths disagree
    assert iso2709_errors(b"") == [(0, "no MARC records")]
    assert "not a UTF-8 record" in iso2709_errors(data[:9] + b" " + data[10:])[0][1]


def test_marcxml_damage_is_named(seed_record):
    xml = render(FORMATS["marcxml"], [seed_record])
    errors = marcxml_errors(xml.replace('ind1="1"', 'ind1="11"', 1).encode())
    assert errors and "ind1" in errors[0][1]
    assert "not well-formed" in marcxml_errors(xml[:-30].encode())[0][1]


def test_ris_damage_is_named(seed_record):
    ris = render(FORMATS["ris"], [seed_record])
    assert "has no ER" in ris_errors(ris.rsplit("ER  -", 1)[0])[-1][1]
    assert "unknown reference type" in ris_errors(ris.replace("TY  - BOOK", "TY  - BOOKS"))[0][1]
    assert "not a RIS tag line" in ris_errors(ris.replace("PB  - ", "PB - "))[0][1]
    assert "outside a reference" in ris_errors("AU  - Doe, Jane\n" + ris)[0][1]
