"""Payloads generated from the spec's own JSON schemas decode and re-encode losslessly, for every response model.

hypothesis-jsonschema is slow on Discord's big schemas (tens of seconds for one member schema) and cannot do
the recursive ErrorDetails, so each schema is first made small and self-contained: refs inlined to a fixed depth
(deeper objects left out, which the lenient models must accept anyway), arrays and maps bounded, strings short,
no extra properties. Objects, arrays and unions are then composed with plain hypothesis strategies and only the
scalar leaves (patterns, formats, bounds) come from hypothesis-jsonschema, cached per leaf schema. Set
ECHORD_MODEL_EXAMPLES (default 3 per schema) and ECHORD_MODEL_DEPTH (default 1) higher for a longer CI run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from codegen.models_schema import analyse, is_enum, is_struct, ref_name
from echord._generated import models as m
from echord._support import decode_json, encode_json

EXAMPLES = int(os.environ.get("ECHORD_MODEL_EXAMPLES", "3"))
DEPTH = int(os.environ.get("ECHORD_MODEL_DEPTH", "1"))
"""How many levels of nested objects a payload has; each nested schema is also tested on its own."""
KEEP_FORMATS = {"date-time"}

_LEFT_OUT = object()


def bounded(node: Mapping[str, Any], schemas: Mapping[str, Any], depth: int) -> Any:
    """A small, ref-free version of `node`, or _LEFT_OUT when it is an object past the depth limit."""
    name = ref_name(node)
    if name is not None:
        target = schemas[name]
        if is_enum(target):
            values = [member["const"] for member in target["oneOf"]]
            return {"enum": values} if values else {"type": target["type"]}
        if (is_struct(target) or "oneOf" in target) and depth >= DEPTH:
            return _LEFT_OUT
        return bounded(target, schemas, depth + 1)
    out: dict[str, Any] = {}
    for key in ("oneOf", "anyOf"):
        if key in node:
            members = [bounded(member, schemas, depth) for member in node[key]]
            kept = [member for member in members if member is not _LEFT_OUT]
            if not kept:
                return _LEFT_OUT
            out["anyOf"] = kept
    if "allOf" in node:
        if "enum" in node:
            return {"enum": node["enum"]}
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for member in node["allOf"]:
            part = bounded(member, schemas, depth)
            if part is _LEFT_OUT:
                return _LEFT_OUT
            if "properties" not in part:
                return part
            merged["properties"].update(part["properties"])
            merged["required"] += part.get("required", [])
        merged["additionalProperties"] = False
        return merged
    kind = node.get("type")
    if kind is not None:
        out["type"] = kind
    kinds = kind if isinstance(kind, list) else [kind]
    if "enum" in node:
        out["enum"] = node["enum"]
    for key in ("minimum", "maximum", "pattern", "minItems", "uniqueItems"):
        if key in node:
            out[key] = node[key]
    if node.get("format") in KEEP_FORMATS:
        out["format"] = node["format"]
    if "string" in kinds and "pattern" not in node and "format" not in out:
        low = node.get("minLength", 0)
        out["minLength"] = low
        out["maxLength"] = max(low, min(node.get("maxLength", 8), 8))
    if "array" in kinds:
        items = bounded(node.get("items", {}), schemas, depth)
        out["maxItems"] = 0 if items is _LEFT_OUT else max(node.get("minItems", 0), 2)
        out["items"] = {} if items is _LEFT_OUT else items
    if "object" in kinds:
        properties = {}
        for prop, sub in node.get("properties", {}).items():
            small = bounded(sub, schemas, depth)
            if small is not _LEFT_OUT:
                properties[prop] = small
        out["properties"] = properties
        out["required"] = [r for r in node.get("required", ()) if r in properties]
        extra = node.get("additionalProperties")
        if isinstance(extra, Mapping) and not properties:
            value = bounded(extra, schemas, depth)
            out["additionalProperties"] = value if value is not _LEFT_OUT else False
            out["maxProperties"] = 2
        else:
            out["additionalProperties"] = False
    if not node:
        return {"type": ["string", "integer", "boolean", "null"], "maxLength": 4}
    return out


_LEAVES: dict[str, st.SearchStrategy[Any]] = {}


def strategy(node: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Payloads valid against a `bounded` schema."""
    if "anyOf" in node:
        return st.one_of([strategy(member) for member in node["anyOf"]])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    kinds = node.get("type")
    if isinstance(kinds, list):
        return st.one_of([strategy({**node, "type": kind}) for kind in kinds])
    if kinds == "null":
        return st.none()
    if kinds == "boolean":
        return st.booleans()
    if kinds == "object":
        properties = {k: strategy(v) for k, v in node["properties"].items()}
        required = {k: v for k, v in properties.items() if k in node["required"]}
        optional = {k: v for k, v in properties.items() if k not in node["required"]}
        if isinstance(node.get("additionalProperties"), Mapping):
            value = strategy(node["additionalProperties"])
            return st.dictionaries(st.text(max_size=4), value, max_size=node["maxProperties"])
        return st.fixed_dictionaries(required, optional=optional)
    if kinds == "array":
        unique = json.dumps if node.get("uniqueItems") else None
        return st.lists(
            strategy(node["items"]),
            min_size=node.get("minItems", 0),
            max_size=node["maxItems"],
            unique_by=unique,
        )
    key = json.dumps(node, sort_keys=True)
    if key not in _LEAVES:
        _LEAVES[key] = from_schema(dict(node))
    return _LEAVES[key]


def same(original: Any, echoed: Any) -> bool:
    """JSON equality, with timestamps compared as instants and numbers across int/float."""
    if isinstance(original, dict) and isinstance(echoed, dict):
        return original.keys() == echoed.keys() and all(same(original[k], echoed[k]) for k in original)
    if isinstance(original, list) and isinstance(echoed, list):
        return len(original) == len(echoed) and all(same(a, b) for a, b in zip(original, echoed, strict=True))
    if isinstance(original, str) and isinstance(echoed, str) and original != echoed:
        try:
            return msgspec.convert(original, datetime) == msgspec.convert(echoed, datetime)
        except msgspec.ValidationError:
            return False
    return bool(original == echoed) and isinstance(original, bool) == isinstance(echoed, bool)


def _response_schemas() -> list[str]:
    from codegen import overrides
    from codegen.spec import load_spec, read_pin

    document = overrides.apply(load_spec(pin=read_pin(), download=False).document, overrides.load())
    analysis = analyse(document)
    return sorted(n for n in analysis.lenient if is_struct(analysis.schemas[n]))


RESPONSE_SCHEMAS = _response_schemas()


@pytest.fixture(scope="module")
def schemas(applied_spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = applied_spec["components"]["schemas"]
    return found


def test_the_response_schemas_are_most_of_the_spec() -> None:
    assert len(RESPONSE_SCHEMAS) > 250
    assert "MessageResponse" in RESPONSE_SCHEMAS


@pytest.mark.parametrize("name", RESPONSE_SCHEMAS)
def test_generated_payloads_round_trip(name: str, schemas: dict[str, Any]) -> None:
    schema = bounded(schemas[name], schemas, 0)
    model = getattr(m, name)
    payloads = strategy(schema)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(st.data())
    def check(data: st.DataObject) -> None:
        payload = data.draw(payloads)
        decoded = decode_json(json.dumps(payload).encode(), model)
        echoed = json.loads(encode_json(decoded))
        assert same(payload, echoed), (payload, echoed)

    check()
