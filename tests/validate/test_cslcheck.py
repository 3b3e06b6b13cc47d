"""The compiled csl-data.json check stands in for the schema on every CSL-JSON write: its
verdict is jsonschema's, both ways, on every dev record and on generated items, valid and
not, made from the schema's own keys and from real items with one part changed."""
import json

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from catalog.formats import FORMATS
from catalog.validate.cslcheck import compile_schema, csl_check
from catalog.validate.csljson import csl_errors, csl_validator, csl_write_errors

CSL = FORMATS["csljson"]
SCHEMA = csl_validator().schema
PROPERTIES = sorted(SCHEMA["items"]["properties"])
NAME_KEYS = sorted(SCHEMA["definitions"]["name-variable"]["anyOf"][0]["properties"])
DATE_KEYS = sorted(SCHEMA["definitions"]["date-variable"]["anyOf"][0]["properties"])


def schema_says(data) -> bool:
    return csl_validator().is_valid(data)


SCALAR = st.one_of(st.none(), st.booleans(), st.integers(-3, 3000), st.floats(allow_nan=False),
                   st.text(max_size=5), st.sampled_from(["book", "article-journal", "review", "Book", ""]))
JSON = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.sampled_from(PROPERTIES + NAME_KEYS + DATE_KEYS + ["x"]), inner, max_size=4),
                    max_leaves=12)
NAME = st.dictionaries(st.sampled_from(NAME_KEYS + ["first"]), SCALAR, max_size=4)
DATE = st.dictionaries(st.sampled_from(DATE_KEYS + ["year"]), st.one_of(
    SCALAR,
    st.lists(st.lists(st.one_of(st.integers(0, 2000), st.text(max_size=3), st.booleans()), max_size=4), max_size=3)),
    max_size=3)
VALUE = st.one_of(SCALAR, JSON, st.lists(NAME, max_size=3), DATE, st.lists(st.text(max_size=3), max_size=3))
VALID_NAME = st.dictionaries(st.sampled_from(["family", "given", "literal", "suffix", "comma-suffix"]),
                             st.text(max_size=4), max_size=3)
VALID_DATE = st.fixed_dictionaries({"date-parts": st.lists(st.lists(st.integers(1, 2000), min_size=1, max_size=3),
                                                         min_size=1, max_size=2)}, optional={"circa": st.booleans()})


def _fitting(key: str):
    """Mostly what the schema asks for under this key, sometimes anything."""
    node = SCHEMA["items"]["properties"][key]
    ref = node.get("$ref") or node.get("items", {}).get("$ref", "")
    if ref.endswith("name-variable"):
        fitting = st.lists(VALID_NAME, max_size=2)
    elif ref.endswith("date-variable"):
        fitting = VALID_DATE
    elif "enum" in node:
        fitting = st.sampled_from(node["enum"])
    elif node.get("type") == "object":
        fitting = st.dictionaries(st.text(max_size=3), SCALAR, max_size=2)
    elif node.get("type") == "array":
        fitting = st.lists(st.text(max_size=3), max_size=2)
    else:
        fitting = st.one_of(st.text(max_size=5), st.integers(0, 99))
    return st.one_of(*[fitting] * 12, VALUE)


ITEM = st.lists(st.sampled_from(PROPERTIES + ["price"]), max_size=8, unique=True).flatmap(
    lambda keys: st.fixed_dictionaries({k: _fitting(k) if k != "price" else SCALAR for k in keys})).map(
    lambda d: {"id": "k", "type": "book", **d})


@pytest.fixture(scope="module")
def dev_items(all_records):
    return [item for r in all_records for item in json.loads(CSL.document([CSL.fragment(r)]))]


def test_the_check_is_what_every_write_runs():
    assert CSL.own_errors is csl_write_errors


def test_every_dev_record_is_accepted(dev_items):
    assert csl_check()(dev_items) and schema_says(dev_items)
    assert all(csl_check()([item]) for item in dev_items)


@settings(max_examples=1500, deadline=None)
@given(st.one_of(st.lists(ITEM, max_size=3), st.lists(ITEM, max_size=3), JSON))
def test_generated_documents_get_the_schemas_verdict(data):
    verdict = csl_check()(data)
    event("valid" if verdict else "invalid")
    assert verdict == schema_says(data), data


@settings(max_examples=1500, deadline=None)
@given(st.data())
def test_real_items_with_one_part_changed_get_the_schemas_verdict(dev_items, data):
    item = dict(data.draw(st.sampled_from(dev_items[:80])))
    key = data.draw(st.sampled_from(sorted(item) + PROPERTIES + ["custom", "price"]))
    if data.draw(st.booleans()) and key in item:
        del item[key]
    else:
        item[key] = data.draw(VALUE)
    verdict = csl_check()([item])
    event("valid" if verdict else "invalid")
    assert verdict == schema_says([item]), item


def test_a_refused_write_is_named_by_jsonschema(dev_items):
    bad = json.dumps([{**dev_items[0], "price": "25.95"}])
    assert any("price" in message for _, message in csl_write_errors(bad))
    assert csl_write_errors(bad) == csl_errors(bad)
    assert csl_write_errors("[{")[0][1].startswith("not JSON")


@pytest.mark.parametrize("schema", [
    {"type": "integer"}, {"pattern": "^a"}, {"additionalProperties": {"type": "string"}},
    {"items": [{"type": "string"}]}, {"oneOf": [{"type": "string"}]}, {"$ref": "#/definitions/x"},
])
def test_a_keyword_it_does_not_understand_stops_the_compile(schema):
    with pytest.raises((ValueError, KeyError)):
        compile_schema(schema, {"x": {"format": "date"}})
