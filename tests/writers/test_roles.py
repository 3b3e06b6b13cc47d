"""Every contributor role a trailer prints reaches every format that has a place for it.

A book credits one person in each role; each format, written through the registry and
validated, is read back with an independent parser, and each person must be found there
under the role's name (a field, a relator code, a CSL variable) or said in a note.
"""
from __future__ import annotations

import io
import json

import bibtexparser
import pymarc
from lxml import etree

from catalog.formats import FORMATS, render
from catalog.model import Book, Contributor, Record, Review, Role
from catalog.writers.mods import MODS_NS, RELATORS

BOOK_ROLES = [role for role in Role if role is not Role.REVIEWER]
PEOPLE = {role: Contributor(role, "Jane", f"Doe{role.value.capitalize()}") for role in BOOK_ROLES}
BOOK = Book(key="doe-quiet-harbor", title="The Quiet Harbor", contributors=tuple(PEOPLE.values()),
            publisher="Knopf", year=2019)
RECORD = Record("harbor", (BOOK,), Review("review-doe-quiet-harbor", (BOOK.key,), outlet="The Times"))


def _written(name: str) -> str:
    return render(FORMATS[name], [RECORD])


def test_biblatex_fills_its_typed_slots_in_order_and_says_the_fourth_in_the_note():
    fields = {f.key: f.value for f in bibtexparser.parse_string(_written("biblatex")).entries[0].fields}
    assert [fields[f"editor{slot}type"] for slot in "abc"] == ["illustrator", "photographer", "compiler"]
    assert "DoeIllustrator" in fields["editora"] and "DoeCompiler" in fields["editorc"]
    assert "Narrator: Jane DoeNarrator" in fields["note"]


def test_csljson_names_the_narrator_in_its_own_variable():
    item = json.loads(_written("csljson"))[0]
    assert item["narrator"] == [{"family": "DoeNarrator", "given": "Jane"}]


def test_mods_and_marc_give_every_role_its_relator_code():
    root = etree.fromstring(_written("mods").encode())
    codes = {name.findtext(f"{{{MODS_NS}}}namePart[@type='family']"):
             name.findtext(f"{{{MODS_NS}}}role/{{{MODS_NS}}}roleTerm[@type='code']")
             for name in root.find(f"{{{MODS_NS}}}mods").findall(f"{{{MODS_NS}}}name")}
    marc = next(pymarc.MARCReader(io.BytesIO(_written("marc").encode()), to_unicode=True, force_utf8=True))
    relators = {field.get_subfields("a")[0].split(",")[0]: field.get_subfields("4")[0]
                for field in marc.get_fields("100", "700")}
    for role, person in PEOPLE.items():
        assert codes[person.family] == RELATORS[role][0], role
        assert relators[f"{person.family}"] == RELATORS[role][0], role
    assert RELATORS[Role.NARRATOR] == ("nrt", "narrator")


def test_ris_says_the_roles_it_has_no_tag_for_in_its_note():
    notes = [line for line in _written("ris").splitlines() if line.startswith("N1  - ")]
    assert any("Narrator: Jane DoeNarrator" in line and "Illustrator: Jane DoeIllustrator" in line for line in notes)
