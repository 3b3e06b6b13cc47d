"""Issue 28: Zotero's own import of every format it reads, over the seed and every dev
record. Each format may lose only what it lost when measured (the README's Zotero table):
a field that Zotero kept and now loses fails the test, by name."""
import pytest

from tests.interop.survival import survival
from tests.interop.zotero import FORMATS, record_keys, zotero_items

# Measured: (field, records that lose it) per format; the README says whose loss each is.
LOSSES: dict[str, dict[str, int]] = {
    "Zotero, from .bib": {},
    "Zotero, from .biblatex.bib": {"reviewed book": 102},
    "Zotero, from MODS": {"authors": 3, "pages": 44},
    "Zotero, from CSL-JSON": {},
    "Zotero, from RIS": {},
    "Zotero, from MARCXML": {"authors": 3, "date": 205, "reviewed book": 102, "url": 102},
    "Zotero, from ISO 2709 (.mrc)": {"authors": 3, "date": 205, "reviewed book": 102, "url": 102},
}


@pytest.mark.parametrize("name, write", FORMATS, ids=[f[0] for f in FORMATS])
def test_zotero_keeps_what_it_kept(name, write, dev_records, zotero):
    result = survival(name, dev_records, zotero_items(zotero, write(dev_records), record_keys(dev_records)))
    lost = dict(result.lost_by_field())
    worse = {f: n for f, n in lost.items() if n > LOSSES[name].get(f, 0)}
    assert worse == {}, result.summary()
