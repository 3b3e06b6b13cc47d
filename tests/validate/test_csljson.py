import json

from catalog.validate.csljson import csl_errors
from catalog.writers.csljson import to_csljson


def test_our_csl_is_valid(seed_record):
    assert csl_errors(to_csljson([seed_record])) == []


def test_unknown_keys_are_refused(seed_record):
    items = json.loads(to_csljson([seed_record]))
    items[0]["price"] = "25.95"
    assert any("price" in m for _, m in csl_errors(json.dumps(items)))
