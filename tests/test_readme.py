"""The README's format tables are the registry's: a format added, renamed or changed in
what it carries shows in the README, or this fails (`PYTHONPATH=. python -m tools.readme_tables` prints them)."""
from catalog.formats import CARRIED, FORMATS, carries_table, formats_table
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_formats_table_is_the_registry():
    assert formats_table() in README


def test_readme_carries_table_is_the_registry():
    assert carries_table() in README


def test_every_writer_says_what_it_does_with_everything_the_hub_knows():
    for fmt in FORMATS.values():
        if fmt.name != "json":      # the hub itself
            assert set(fmt.writer.CARRIES) == set(CARRIED), fmt.name
