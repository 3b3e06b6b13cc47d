"""The never-crash promise and always-valid output, over any text."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.errors import NoNotesError
from catalog.formats import FORMATS, render
from catalog.model import Document
from catalog.parse.trailer import parse_trailer
from catalog.pipeline import catalog_document

SPECIALS = st.sampled_from(list("{}%&$#_\\~^@\"<>'\u0301\u200f\u05d0\u674e\x07") + [" ", ". ", ", "])
WORDS = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)
TITLE = st.lists(st.one_of(WORDS, SPECIALS), min_size=1, max_size=8).map("".join)
NAME = st.lists(st.one_of(WORDS, SPECIALS), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_parser_never_crashes_on_any_text(text):
    parse_trailer(text)
    try:
        catalog_document(Document("fuzz", text))
    except NoNotesError:
        pass   # the one refusal a text may earn; any other exception fails the test


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TITLE, NAME)
def test_hostile_titles_and_names_always_export_valid(title, name):
    """Whatever a trailer holds, every writer's output validates: an InvalidOutputError
    here is a writer bug, and fails the test."""
    text = f"{title}, by {name}. (Holt, $25.)"
    try:
        record = catalog_document(Document("fuzz", text))
    except NoNotesError:
        return
    for fmt in FORMATS.values():
        render(fmt, [record])


@settings(max_examples=40, deadline=None)
@given(TITLE)
def test_csl_round_trip_keeps_title(title):
    text = f"{title}, by Ann Lee. (Holt, $25.)"
    try:
        record = catalog_document(Document("fuzz", text))
    except NoNotesError:
        return
    items = json.loads(render(FORMATS["csljson"], [record]))
    assert items[0]["title"].startswith(record.books[0].title)
