"""The .bib writers lay entries out by hand; bibtexparser's own model, middlewares and
writer are the reference, kept here. On generated hostile entries, both give the same bytes."""
import bibtexparser
from bibtexparser.middlewares import LatexEncodingMiddleware
from bibtexparser.middlewares.enclosing import AddEnclosingMiddleware
from bibtexparser.model import Entry, Field
from bibtexparser.writer import BibtexFormat
from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.writers.bibsyntax import (
    _CLOSE,
    _OPEN,
    ASCII_ENCODER,
    MACRO_FIELDS,
    UTF8_ENCODER,
    VERBATIM_FIELDS,
    _field_text,
    protect_case,
    write_entries,
)


def reference_write(entries, encoder):
    """The writer as it was, through bibtexparser 2.x."""
    library = bibtexparser.Library()
    for entry_type, key, text_fields, _ in entries:
        fields = [Field(k, _field_text(v)) for k, v in text_fields if v is not None]
        library.add(Entry(entry_type, key, fields))
    library = LatexEncodingMiddleware(encoder=encoder).transform(library)
    verbatim = [{k: v for k, v in text_fields if k in VERBATIM_FIELDS and v} for _, _, text_fields, _ in entries]
    for entry in library.entries:
        for f in entry.fields:
            if isinstance(f.value, str) and _OPEN in f.value:
                f.value = f.value.replace(_OPEN, "{").replace(_CLOSE, "}")
    for entry, (_, _, text_fields, name_fields), urls in zip(library.entries, entries, verbatim, strict=True):
        by_key = {f.key: f for f in entry.fields}
        by_key.update({k: Field(k, v) for k, v in urls.items()})
        ordered = [Field(k, v) for k, v in name_fields if v] + [by_key[k] for k, v in text_fields if v is not None]
        for f in ordered:
            if f.key in MACRO_FIELDS:
                f.enclosing = "no-enclosing"
        entry.fields = ordered
    enclose = AddEnclosingMiddleware(reuse_previous_enclosing=False, enclose_integers=True, default_enclosing="{")
    layout = BibtexFormat()
    layout.indent = "  "
    layout.block_separator = "\n"
    return bibtexparser.write_string(library, unparse_stack=[enclose], bibtex_format=layout)


_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | st.sampled_from(
    ["Stalin's Spy", "Café -- ``quoted''", "100% & $5 #1 ~x^y_z", "{braces}", "\\back", "é ü Ħ 漢字", "a\nb\tc",
     "—–…", "?`!`", ""])
_field_names = st.sampled_from(["title", "subtitle", "publisher", "note", "year", "url", "month", "pagetotal"])
_text_fields = st.lists(st.tuples(_field_names, _text | st.none() | _text.map(protect_case)), max_size=6,
                        unique_by=lambda f: f[0])
_name_fields = st.lists(st.tuples(st.sampled_from(["author", "editor"]), st.sampled_from(
    ["Whymant, Robert", "{Recipe Club}", "", "de Beauvoir, Simone"])), max_size=2, unique_by=lambda f: f[0])
_entries = st.lists(st.tuples(st.sampled_from(["book", "article", "misc"]),
                              st.from_regex(r"[a-z][a-z0-9-]{0,12}", fullmatch=True), _text_fields, _name_fields),
                    min_size=1, max_size=4, unique_by=lambda e: e[1])


@settings(max_examples=800, deadline=None)
@given(_entries, st.sampled_from([ASCII_ENCODER, UTF8_ENCODER]))
def test_layout_is_bibtexparsers_byte_for_byte(entries, encoder):
    entries = [(t, k, [(n, "jul" if n == "month" and v is not None else v) for n, v in text], names)
               for t, k, text, names in entries]
    assert write_entries(entries, encoder) == reference_write(entries, encoder)
