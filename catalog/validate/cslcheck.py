"""csl-data.json compiled into plain checks, for every CSL-JSON document catalog writes.

fastjsonschema's code tries each of the schema's hundred item properties against every
item; here each item's own keys are looked up in a table built from the bundled schema,
about five times faster. Only the keywords that schema uses are understood (type but not
integer, properties, additionalProperties, required, enum, items, minItems, maxItems, $ref,
anyOf); a schema with any other keyword does not compile, so an update to it cannot be
read wrongly in silence. tests/validate/test_cslcheck.py shows the verdict equal to
jsonschema's on every dev record and on generated items, valid and not.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from catalog.validate.schemas import schema_path

Check = Callable[[Any], bool]

_ANNOTATIONS = frozenset({"title", "description", "examples", "$schema", "$id", "$comment", "default", "definitions"})
_KNOWN = _ANNOTATIONS | {"type", "properties", "additionalProperties", "required", "enum", "items", "minItems",
                         "maxItems", "$ref", "anyOf"}


_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "number": (int, float), "boolean": (bool,),
                                       "object": (dict,), "array": (list,), "null": (type(None),)}


def _type_check(names: list[str]) -> Check:
    """isinstance against the named JSON types; true and false are no numbers in JSON."""
    unknown = set(names) - set(_TYPES)
    if unknown:
        raise ValueError(f"JSON types not understood: {sorted(unknown)}")
    types = tuple(t for name in names for t in _TYPES[name])
    if "number" in names and "boolean" not in names:
        return lambda value: isinstance(value, types) and not isinstance(value, bool)
    return lambda value: isinstance(value, types)


def compile_schema(node: dict, definitions: dict) -> Check:
    """One check for a schema node; ValueError for a keyword this does not understand."""
    unknown = set(node) - _KNOWN
    if unknown:
        raise ValueError(f"schema keywords not understood: {sorted(unknown)}")
    checks: list[Check] = []
    if "$ref" in node:
        name = node["$ref"].removeprefix("#/definitions/")
        checks.append(compile_schema(definitions[name], definitions))
    if "type" in node:
        checks.append(_type_check(node["type"] if isinstance(node["type"], list) else [node["type"]]))
    if "enum" in node:
        allowed = node["enum"]
        checks.append(lambda value: any(value == a and type(value) is type(a) for a in allowed))
    if "anyOf" in node:
        checks.append(_any_of([compile_schema(option, definitions) for option in node["anyOf"]]))
    if {"properties", "additionalProperties", "required"} & set(node):
        checks.append(_object_check(node, definitions))
    if {"items", "minItems", "maxItems"} & set(node):
        checks.append(_array_check(node, definitions))
    if len(checks) == 1:
        return checks[0]
    return _all_of(checks)


# any() and all() over a generator cost a generator frame per value; these loops answer
# the same, short-circuiting alike, in a third of the time (every item runs through them).

def _any_of(options: list[Check]) -> Check:
    def check(value: Any) -> bool:
        for option in options:
            if option(value):
                return True
        return False
    return check


def _all_of(checks: list[Check]) -> Check:
    def check(value: Any) -> bool:
        for each in checks:
            if not each(value):
                return False
        return True
    return check


def _object_check(node: dict, definitions: dict) -> Check:
    properties = {name: compile_schema(sub, definitions) for name, sub in node.get("properties", {}).items()}
    required = tuple(node.get("required", ()))
    extra = node.get("additionalProperties", True)
    if extra not in (True, False):
        raise ValueError("additionalProperties other than true or false is not understood")

    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True   # the keywords apply to objects only
        for key, member in value.items():
            member_check = properties.get(key)
            if member_check is None:
                if not extra:
                    return False
            elif not member_check(member):
                return False
        return all(key in value for key in required)
    return check


def _array_check(node: dict, definitions: dict) -> Check:
    if isinstance(node.get("items", {}), list):
        raise ValueError("tuple-form items are not understood")
    each = compile_schema(node["items"], definitions) if "items" in node else None
    low, high = node.get("minItems", 0), node.get("maxItems")

    def check(value: Any) -> bool:
        if not isinstance(value, list):
            return True
        if len(value) < low or (high is not None and len(value) > high):
            return False
        if each is not None:
            for member in value:
                if not each(member):
                    return False
        return True
    return check


@lru_cache(maxsize=1)
def csl_check() -> Check:
    # A copy of its own: fastjsonschema.compile rewrites the dict it is given.
    schema = json.loads(schema_path("csl-data.json").read_text(encoding="utf-8"))
    return compile_schema(schema, schema.get("definitions", {}))
