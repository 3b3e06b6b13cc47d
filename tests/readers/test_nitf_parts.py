"""_parts reads in one walk what ElementPath's find and findall give for each path the
NITF reader uses: on the fixture and on generated articles whose head and body hold those
elements in any order and number, some missing, some of another class, some elsewhere."""
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from catalog.readers.nitf import _all_text, _parser, _parts
from tests.readers.nitf_fixture import review

FIRST = {
    "doc_id": "head/docdata/doc-id",
    "copyright": "head/docdata/doc.copyright",
    "pubdata": "head/pubdata",
    "headline": "body/body.head/hedline/hl1",
    "byline": "body/body.head/byline[@class='print_byline']",
}
ALL = {"lead": "body/body.content/block[@class='lead_paragraph']",
       "full": "body/body.content/block[@class='full_text']"}


def by_paths(root: etree._Element) -> dict:
    found = {name: root.find(path) for name, path in FIRST.items()}
    found.update({name: root.findall(path) for name, path in ALL.items()})
    metas: dict = {}
    for node in root.iterfind("head/meta"):
        if node.get("name") is not None and node.get("name") not in metas:
            metas[node.get("name")] = node.get("content")
    found["metas"] = metas
    return found


def walked(root: etree._Element) -> dict:
    parts = _parts(root)
    return {name: getattr(parts, name) for name in (*FIRST, *ALL, "metas")}


def test_the_fixture():
    root = etree.fromstring(review(), _parser())
    assert walked(root) == by_paths(root)
    assert walked(root)["headline"] is not None and len(walked(root)["full"]) == 1


def _element(tag: str, children: list[str]) -> str:
    return f"<{tag}>{''.join(children)}</{tag}>"


def _some(*choices: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.one_of(*choices), max_size=4)


_CLASS = st.sampled_from(["", ' class="full_text"', ' class="lead_paragraph"', ' class="print_byline"',
                          ' class="other"'])
_NAME = st.sampled_from(["", ' name="dsk"', ' name="print_section"', ' name="alternate_url"'])
_STRAY = st.sampled_from(["<p>x</p>", "<hl1>stray</hl1>", "<doc-id/>", "<pubdata/>", '<block class="full_text"/>',
                          '<byline class="print_byline">By Stray</byline>', '<meta name="dsk" content="stray"/>'])
_META = st.builds(lambda n, c: f'<meta{n} content="{c}"/>', _NAME, st.sampled_from(["a", "b"]))
_DOCDATA = st.builds(_element, st.just("docdata"), _some(st.sampled_from(["<doc-id/>", "<doc.copyright/>"]), _STRAY))
_HEAD = st.builds(_element, st.just("head"),
                  _some(_META, st.sampled_from(["<pubdata/>", '<pubdata ex-ref="x"/>']), _DOCDATA, _STRAY))
_HEDLINE = st.builds(_element, st.just("hedline"), _some(st.just("<hl1>h</hl1>"), _STRAY))
_BYLINE = st.builds(lambda c: f"<byline{c}>By A</byline>", _CLASS)
_BODY_HEAD = st.builds(_element, st.just("body.head"), _some(_HEDLINE, _BYLINE, _STRAY))
_BLOCK = st.builds(lambda c: f"<block{c}><p>t</p></block>", _CLASS)
_BODY_CONTENT = st.builds(_element, st.just("body.content"), _some(_BLOCK, _STRAY))
_BODY = st.builds(_element, st.just("body"), _some(_BODY_HEAD, _BODY_CONTENT, _STRAY))
# An article: heads and bodies in any order and number, each part present or not, and
# elements where the paths do not look (a <doc-id> in the body, a <block> in the head).
_ARTICLE = _some(_HEAD, _BODY, _STRAY, _DOCDATA, _BODY_HEAD)


@settings(max_examples=800, deadline=None)
@given(_ARTICLE)
def test_generated_articles(children):
    root = etree.fromstring(_element("nitf", children).encode(), _parser())
    assert walked(root) == by_paths(root)


def test_the_generated_articles_reach_every_path():
    """The generator is no proof unless it builds what the paths find."""
    found = {name: 0 for name in (*FIRST, *ALL, "metas")}

    # a count, not a search: the same every run
    @settings(max_examples=500, deadline=None, database=None, derandomize=True)
    @given(_ARTICLE)
    def count(children):
        for name, value in by_paths(etree.fromstring(_element("nitf", children).encode(), _parser())).items():
            found[name] += bool(value is not None and value != [] and value != {})

    count()
    assert all(hits >= 5 for hits in found.values()), found


_INLINE = st.recursive(
    st.sampled_from(["word", " spaced  out ", "&amp;", "&lt;x&gt;", "<![CDATA[a < b]]>", "é\n\t", ""]),
    lambda inner: st.builds(lambda tag, body, tail: f"<{tag}>{body}</{tag}>{tail}",
                            st.sampled_from(["em", "b", "p", "a"]), inner, st.sampled_from(["", " tail ", "&amp;"])),
    max_leaves=6)


@settings(max_examples=500, deadline=None)
@given(st.lists(_INLINE, max_size=4))
def test_all_text_is_what_itertext_joins(pieces):
    """_all_text (lxml's text serializer) gives what "".join(itertext()) gives, without the
    element's own tail: the reader uses it for paragraphs, headlines and bylines."""
    root = etree.fromstring(f"<r><p>{''.join(pieces)}</p>tail</r>".encode(), _parser())
    paragraph = root[0]
    assert _all_text(paragraph) == "".join(paragraph.itertext())
