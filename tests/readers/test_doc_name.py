"""Document names from archive members are normalized as PurePosixPath would, without
pathlib (which interns every part of every name: a table that grows with the archive)."""
from pathlib import PurePosixPath

from hypothesis import given, settings
from hypothesis import strategies as st

from catalog.readers.sources import _doc_name, strip_suffix


def pathlib_doc_name(name: str) -> str:
    path = PurePosixPath(name.replace("\\", "/"))
    stem = strip_suffix(path.name)
    return str(path.with_name(stem)) if stem else str(path)


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(["a", "b.xml", ".", "..", "", "/", "\\", "x.txt", ".xml", "c.JSONL", "//", "d e"]),
                max_size=7).map("".join))
def test_same_names_as_pathlib(name):
    try:
        expected = pathlib_doc_name(name)
    except ValueError:      # pathlib refuses to rename a path with no name; ours keeps it
        return
    assert _doc_name(name) == expected


def test_examples():
    assert _doc_name("1996/07/01/0859123.xml") == "1996/07/01/0859123"
    assert _doc_name("corpus.tgz/./a//b.txt") == "corpus.tgz/a/b"
