"""CSL-JSON validation against the bundled csl-data.json (JSON Schema draft-07).

fastjsonschema compiles the schema to Python once and answers "valid" about twenty
times faster than an interpreting validator, for files of any origin (`catalog
validate`); our own writes take the compiled check of validate/cslcheck.py, faster again.
When a document is invalid, jsonschema (the reference implementation) lists every error
with its path. Both are imported when first needed: an export never needs them, and
they are a sixth of the start-up time.
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from catalog.validate.cslcheck import csl_check
from catalog.validate.schemas import schema_path

if TYPE_CHECKING:
    from jsonschema import Draft7Validator


@lru_cache(maxsize=1)
def csl_validator() -> Draft7Validator:
    from jsonschema import Draft7Validator
    schema = json.loads(schema_path("csl-data.json").read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


@lru_cache(maxsize=1)
def csl_fast_check():
    import fastjsonschema
    schema = json.loads(schema_path("csl-data.json").read_text(encoding="utf-8"))
    return fastjsonschema.compile(schema)


def csl_errors(text: str) -> list[tuple[int, str]]:
    """(line, message) per schema violation; line is 0 where JSON has no useful one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [(exc.lineno, f"not JSON: {exc.msg}")]
    from fastjsonschema import JsonSchemaException
    try:
        csl_fast_check()(data)
        return []
    except JsonSchemaException:
        pass
    errors = sorted(csl_validator().iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [(0, f"{'/'.join(map(str, e.absolute_path)) or '(top)'}: {e.message}") for e in errors]


def csl_write_errors(text: str) -> list[tuple[int, str]]:
    """The check every CSL-JSON write passes: the compiled schema (validate/cslcheck.py),
    with jsonschema's messages when it refuses."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return [(exc.lineno, f"not JSON: {exc.msg}")]
    if csl_check()(data):
        return []
    return csl_errors(text) or [(0, "refused by the compiled csl-data.json check")]


def csl_items_valid(items: list) -> bool:
    """Are these items, the data a CSL-JSON document of ours encodes, valid? The compiled
    check over the items before they are text: the verdict csl_write_errors gives the text."""
    return csl_check()(items)
