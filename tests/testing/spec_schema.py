"""Validate emulator responses against the response schemas of Discord's OpenAPI spec (with jsonschema,
resolving $refs into the spec's components)."""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

_ROOT = Path(__file__).resolve().parents[2]
_LOCAL_COPY = _ROOT.parent / "shared" / "discord-api-spec" / "2026-07-18" / "openapi.json"
_URI = "urn:discord-openapi"


def spec_path() -> Path:
    """$ECHORD_SPEC, else the local copy codegen also uses (spec/upstream.toml `local_copies`)."""
    env = os.environ.get("ECHORD_SPEC")
    return Path(env) if env else _LOCAL_COPY


@cache
def load_spec() -> dict[str, Any]:
    with spec_path().open() as handle:
        spec: dict[str, Any] = json.load(handle)
    return spec


@cache
def _registry() -> Registry:
    resource = Resource.from_contents(load_spec(), default_specification=DRAFT202012)
    return Registry().with_resource(_URI, resource)


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def operation(method: str, template: str) -> dict[str, Any]:
    """The spec's operation for a route ("GET", "/channels/{channel_id}"); KeyError if the spec lacks it."""
    paths = load_spec()["paths"]
    wanted = re.sub(r"\{[^}]+\}", "{}", template)
    for path, operations in paths.items():
        if re.sub(r"\{[^}]+\}", "{}", path) == wanted and method.lower() in operations:
            found: dict[str, Any] = operations[method.lower()]
            found["_path"] = path
            return found
    raise KeyError(f"{method} {template}")


def validate_response(method: str, template: str, status: int, body: Any) -> None:
    """Raise jsonschema.ValidationError unless `body` fits the spec's schema for that status.

    Error statuses are checked against the spec's `4XX` error schema; a documented 204 must have no body.
    """
    op = operation(method, template)
    responses = op["responses"]
    key = str(status) if str(status) in responses else ("4XX" if 400 <= status < 500 else None)
    if key is None:
        raise AssertionError(f"{method} {template}: status {status} is not documented ({sorted(responses)})")
    response = responses[key]
    pointer: tuple[str, ...] = ("paths", op["_path"], method.lower(), "responses", key)
    if "$ref" in response:
        name = response["$ref"].rsplit("/", 1)[-1]
        response = load_spec()["components"]["responses"][name]
        pointer = ("components", "responses", name)
    content = response.get("content")
    if content is None:
        assert body is None, f"{method} {template} {status}: the spec documents no body"
        return
    schema_ref = "#/" + _pointer(*pointer, "content", "application/json", "schema")
    schema = {"$ref": _URI + schema_ref}
    if status >= 400 and isinstance(body, dict) and "errors" in body:
        # The spec types `_errors[].code` as an integer; Discord sends strings such as "BASE_TYPE_REQUIRED"
        # (reference.mdx, "Error Messages"). Check the tree against the documented shape instead.
        check_error_tree(body["errors"])
        body = {k: v for k, v in body.items() if k != "errors"}
    jsonschema.Draft202012Validator(schema, registry=_registry()).validate(body)


def check_error_tree(tree: Any) -> None:
    """Discord's form-error tree: nested objects whose leaves are `{"_errors": [{code: str, message: str}]}`."""
    assert isinstance(tree, dict) and tree, tree
    for key, value in tree.items():
        if key == "_errors":
            assert isinstance(value, list) and value, value
            for error in value:
                assert set(error) == {"code", "message"}, error
                assert isinstance(error["code"], str) and error["code"].isupper(), error
                assert isinstance(error["message"], str), error
        else:
            check_error_tree(value)


def validate_component(name: str, value: Any) -> None:
    """Validate against `#/components/schemas/<name>` (for gateway payloads built on REST objects)."""
    schema = {"$ref": f"{_URI}#/components/schemas/{name}"}
    jsonschema.Draft202012Validator(schema, registry=_registry()).validate(value)
