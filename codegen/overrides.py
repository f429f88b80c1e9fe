"""Load, validate and apply spec/overrides/: what Discord's docs say and the upstream spec lacks.

The overrides are data (TOML), one entry per fact with a link to the docs page that states it. Enum members
are merged into the spec document before any generator runs; per-operation facts are attached to each
operation as an `x-echord` object so every generator keeps the one `generate(spec)` signature.
"""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.spec import REPO_ROOT

__all__ = [
    "EXTENSION",
    "HTTP_METHODS",
    "AddedProperty",
    "EnumMember",
    "EnumValue",
    "OperationFlags",
    "OverrideError",
    "Overrides",
    "apply",
    "iter_operations",
    "load",
    "name_inline_bodies",
    "operation_flags",
    "resolve_pointer",
]

OVERRIDES_DIR = REPO_ROOT / "spec" / "overrides"
EXTENSION = "x-echord"
"""The key under which `apply` stores per-operation flags in the spec document."""

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DOCS_PREFIX = "https://discord.com/developers/docs/"


class OverrideError(Exception):
    """An override file is malformed or names something the spec does not have."""


@dataclass(frozen=True, slots=True)
class EnumMember:
    """An enum value the docs list and the spec misses."""

    schema: str
    name: str
    value: int | str
    description: str
    docs: str


@dataclass(frozen=True, slots=True)
class EnumValue:
    """A value the docs allow and the spec's inline `enum` list lacks (a union's tag values, say)."""

    path: str
    """A JSON pointer into the spec to the `enum` list (`/components/schemas/X/properties/type/enum`)."""
    value: int | str
    docs: str


@dataclass(frozen=True, slots=True)
class AddedProperty:
    """A field the docs list on an object and the spec's schema lacks."""

    schema: str
    name: str
    type: Mapping[str, Any]
    """The property's JSON schema, as the spec would write it (`{type = "boolean"}`, a `$ref`, ...)."""
    required: bool
    docs: str


@dataclass(frozen=True, slots=True)
class OperationFlags:
    """The per-operation facts the endpoint generator needs; the defaults are the common case."""

    audit_log_reason: bool = False
    global_exempt: bool = False
    auth: bool = True
    files: bool = False
    docs_title: str = ""
    docs_url: str = ""


@dataclass(frozen=True, slots=True)
class Overrides:
    """Everything in spec/overrides/, keyed by operationId or schema name, with each entry's docs link."""

    audit_log_reason: Mapping[str, str]
    global_exempt: Mapping[str, str]
    no_auth: Mapping[str, str]
    files: Mapping[str, str]
    enum_members: tuple[EnumMember, ...]
    docs: Mapping[str, tuple[str, str]]
    """operationId -> (title, URL) of its docs section."""
    enum_values: tuple[EnumValue, ...] = ()
    properties: tuple[AddedProperty, ...] = ()

    def flags(self, operation_id: str) -> OperationFlags:
        return OperationFlags(
            audit_log_reason=operation_id in self.audit_log_reason,
            global_exempt=operation_id in self.global_exempt,
            auth=operation_id not in self.no_auth,
            files=operation_id in self.files,
            docs_title=self.docs[operation_id][0] if operation_id in self.docs else "",
            docs_url=self.docs[operation_id][1] if operation_id in self.docs else "",
        )

    def operation_ids(self) -> set[str]:
        """Every operationId any override names."""
        tables = (self.audit_log_reason, self.global_exempt, self.no_auth, self.files, self.docs)
        return set().union(*tables)

    def problems(self, document: Mapping[str, Any]) -> list[str]:
        """What in these overrides does not fit the spec (unknown names, members already present)."""
        known = {op["operationId"]: op for _, _, op in iter_operations(document)}
        out = [f"unknown operationId {name!r}" for name in sorted(self.operation_ids() - set(known))]
        for name in sorted(set(self.files) & set(known)):
            if "multipart/form-data" not in known[name].get("requestBody", {}).get("content", {}):
                out.append(f"{name} takes files, but the spec has no multipart/form-data body for it")
        for name in sorted(set(self.no_auth) & set(known)):
            if {} not in known[name].get("security", [{}]):
                out.append(f"{name} is sent without auth, but the spec requires a token for it")
        schemas = document.get("components", {}).get("schemas", {})
        for member in self.enum_members:
            schema = schemas.get(member.schema)
            if schema is None:
                out.append(f"unknown schema {member.schema!r}")
            elif not isinstance(schema.get("oneOf"), list):
                out.append(f"schema {member.schema!r} is not an enum")
            elif any(m.get("const") == member.value for m in schema["oneOf"]):
                out.append(f"{member.schema}.{member.name} = {member.value!r} is already in the spec")
        for extra in self.enum_values:
            target = resolve_pointer(document, extra.path)
            if not isinstance(target, list) or not target:
                out.append(f"{extra.path} is not an enum list in the spec")
            elif extra.value in target:
                out.append(f"{extra.path} already has {extra.value!r}")
            elif any(type(v) is not type(extra.value) for v in target):
                out.append(f"{extra.path}: {extra.value!r} is not of the type of the values there")
        added: set[tuple[str, str]] = set()
        for prop in self.properties:
            schema = schemas.get(prop.schema)
            where = f"{prop.schema}.{prop.name}"
            if schema is None:
                out.append(f"unknown schema {prop.schema!r}")
            elif not isinstance(schema.get("properties"), dict):
                out.append(f"schema {prop.schema!r} is not an object with properties")
            elif prop.name in schema["properties"] or (prop.schema, prop.name) in added:
                out.append(f"{where} is already in the spec")
            added.add((prop.schema, prop.name))
            out += [
                f"{where}: unknown $ref {ref!r}"
                for ref in _refs(prop.type)
                if _ref_target(ref, schemas) is None
            ]
        return out


def resolve_pointer(document: Mapping[str, Any], pointer: str) -> object:
    """The value at a JSON pointer (RFC 6901) in the document, or None when there is none."""
    if not pointer.startswith("/"):
        return None
    node: object = document
    for raw in pointer[1:].split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping):
            node = node.get(key)
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return None
    return node


def _refs(node: object) -> Iterator[str]:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _ref_target(ref: str, schemas: Mapping[str, Any]) -> object:
    prefix = "#/components/schemas/"
    return schemas.get(ref[len(prefix) :]) if ref.startswith(prefix) else None


def iter_operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation: paths in document order, methods in a fixed order."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is not None:
                yield method.upper(), path, operation


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _docs(value: object, where: str) -> str:
    if not isinstance(value, str) or not value.startswith(DOCS_PREFIX):
        raise OverrideError(f"{where}: needs a docs link starting with {DOCS_PREFIX}")
    return value


def _operation_table(data: Mapping[str, Any], key: str, where: str) -> dict[str, str]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise OverrideError(f"{where}: [{key}] must be a table of operationId = docs link")
    return {op: _docs(link, f"{where} [{key}] {op}") for op, link in table.items()}


def _enum_members(data: Mapping[str, Any], where: str) -> list[EnumMember]:
    out: list[EnumMember] = []
    for i, entry in enumerate(data.get("enum_member", [])):
        at = f"{where} [[enum_member]] #{i + 1}"
        try:
            schema, name, value = entry["schema"], entry["name"], entry["value"]
        except (KeyError, TypeError):
            raise OverrideError(f"{at}: needs schema, name and value") from None
        if not isinstance(value, int | str) or isinstance(value, bool):
            raise OverrideError(f"{at}: value must be an integer or a string")
        out.append(
            EnumMember(
                str(schema), str(name), value, str(entry.get("description", "")), _docs(entry.get("docs"), at)
            )
        )
    return out


def _enum_values(data: Mapping[str, Any], where: str) -> list[EnumValue]:
    out: list[EnumValue] = []
    for i, entry in enumerate(data.get("enum_value", [])):
        at = f"{where} [[enum_value]] #{i + 1}"
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or "value" not in entry:
            raise OverrideError(f"{at}: needs path (a JSON pointer to an enum list) and value")
        value = entry["value"]
        if not isinstance(value, int | str) or isinstance(value, bool):
            raise OverrideError(f"{at}: value must be an integer or a string")
        out.append(EnumValue(entry["path"], value, _docs(entry.get("docs"), at)))
    return out


def _properties(data: Mapping[str, Any], where: str) -> list[AddedProperty]:
    out: list[AddedProperty] = []
    for i, entry in enumerate(data.get("property", [])):
        at = f"{where} [[property]] #{i + 1}"
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in ("schema", "name")):
            raise OverrideError(f"{at}: needs schema, name and type")
        kind = entry.get("type")
        if not isinstance(kind, dict) or not kind:
            raise OverrideError(f'{at}: type must be a JSON schema table ({{ type = "boolean" }}, ...)')
        required = entry.get("required", False)
        if not isinstance(required, bool):
            raise OverrideError(f"{at}: required must be true or false")
        description = entry.get("description")
        schema = dict(kind)
        if isinstance(description, str) and description and "description" not in schema:
            schema["description"] = description
        out.append(
            AddedProperty(entry["schema"], entry["name"], schema, required, _docs(entry.get("docs"), at))
        )
    return out


def _docs_table(data: Mapping[str, Any], where: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for op, entry in data.get("docs", {}).items():
        at = f"{where} [docs] {op}"
        if not isinstance(entry, dict) or not isinstance(entry.get("title"), str):
            raise OverrideError(f"{at}: needs {{ title = ..., url = ... }}")
        out[op] = (entry["title"], _docs(entry.get("url"), at))
    return out


def load(directory: Path = OVERRIDES_DIR) -> Overrides:
    """Read every *.toml in the overrides directory (sorted, so the result is deterministic)."""
    audit: dict[str, str] = {}
    exempt: dict[str, str] = {}
    no_auth: dict[str, str] = {}
    files: dict[str, str] = {}
    members: list[EnumMember] = []
    values: list[EnumValue] = []
    properties: list[AddedProperty] = []
    docs: dict[str, tuple[str, str]] = {}
    for path in sorted(directory.glob("*.toml")):
        where = path.name
        data = _read(path)
        known = {"audit_log_reason", "global_exempt", "no_auth", "files", "enum_member", "docs"}
        unknown = set(data) - known - {"enum_value", "property"}
        if unknown:
            raise OverrideError(f"{where}: unknown sections {sorted(unknown)}")
        tables = (
            (audit, "audit_log_reason"),
            (exempt, "global_exempt"),
            (no_auth, "no_auth"),
            (files, "files"),
        )
        for target, key in tables:
            for op, link in _operation_table(data, key, where).items():
                if op in target:
                    raise OverrideError(f"{where}: {op!r} is listed twice in [{key}]")
                target[op] = link
        members.extend(_enum_members(data, where))
        values.extend(_enum_values(data, where))
        properties.extend(_properties(data, where))
        docs.update(_docs_table(data, where))
    return Overrides(audit, exempt, no_auth, files, tuple(members), docs, tuple(values), tuple(properties))


def operation_flags(operation: Mapping[str, Any]) -> OperationFlags:
    """The flags `apply` attached to an operation (defaults when there are none)."""
    raw = operation.get(EXTENSION)
    if not isinstance(raw, dict):
        return OperationFlags()
    return OperationFlags(
        audit_log_reason=bool(raw.get("audit_log_reason")),
        global_exempt=bool(raw.get("global_exempt")),
        auth=bool(raw.get("auth", True)),
        files=bool(raw.get("files")),
        docs_title=str(raw.get("docs_title", "")),
        docs_url=str(raw.get("docs_url", "")),
    )


def _flags_json(flags: OperationFlags) -> dict[str, Any]:
    """Flags as plain JSON data, so the document stays serialisable for any generator."""
    return {
        "audit_log_reason": flags.audit_log_reason,
        "global_exempt": flags.global_exempt,
        "auth": flags.auth,
        "files": flags.files,
        "docs_title": flags.docs_title,
        "docs_url": flags.docs_url,
    }


def apply(document: Mapping[str, Any], overrides: Overrides) -> dict[str, Any]:
    """A copy of the spec with enum members, enum values and properties added, inline bodies named, and
    flags under `x-echord`.

    Raises OverrideError when an override does not fit the spec, so a stale override cannot silently do
    nothing after an upstream update.
    """
    problems = overrides.problems(document)
    if problems:
        raise OverrideError("overrides do not match the spec:\n  " + "\n  ".join(problems))
    out = copy.deepcopy(dict(document))
    schemas = out["components"]["schemas"]
    for member in overrides.enum_members:
        entry: dict[str, Any] = {"title": member.name, "const": member.value}
        if member.description:
            entry["description"] = member.description
        schemas[member.schema]["oneOf"].append(entry)
    for extra in overrides.enum_values:
        target = resolve_pointer(out, extra.path)
        assert isinstance(target, list)
        target.append(extra.value)
    for prop in overrides.properties:
        schema = schemas[prop.schema]
        schema["properties"][prop.name] = copy.deepcopy(dict(prop.type))
        if prop.required:
            schema["required"] = [*schema.get("required", []), prop.name]
    for _, _, operation in iter_operations(out):
        operation[EXTENSION] = _flags_json(overrides.flags(operation["operationId"]))
    name_inline_bodies(out)
    return out


def _camel(operation_id: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in operation_id.split("_"))


def _is_inline_object(schema: Mapping[str, Any]) -> bool:
    return "$ref" not in schema and schema.get("type") == "object" and bool(schema.get("properties"))


def name_inline_bodies(document: dict[str, Any]) -> dict[str, str]:
    """Move inline JSON request-body objects into components.schemas under stable names; returns them.

    The upstream spec writes about 20 request bodies inline. Hoisting them here, before any generator runs,
    lets the model generator emit a class for each and the endpoint generator refer to it by the same
    name: `<OperationId in CamelCase>Request` (plus `Item` for the element of an array body).
    """
    schemas = document["components"]["schemas"]
    named: dict[str, str] = {}
    for _, _, operation in iter_operations(document):
        content = operation.get("requestBody", {}).get("content", {})
        json_body = content.get("application/json")
        if json_body is None:
            continue
        schema = json_body["schema"]
        base = _camel(operation["operationId"]) + "Request"
        if _is_inline_object(schema):
            target, name = None, base
        elif schema.get("type") == "array" and _is_inline_object(schema.get("items", {})):
            target, name = schema, base + "Item"
        else:
            continue
        if name in schemas:
            raise OverrideError(f"cannot name the inline body of {operation['operationId']}: {name} exists")
        ref = {"$ref": f"#/components/schemas/{name}"}
        if target is None:
            schemas[name] = schema
            for media in content.values():
                if media.get("schema") == schema:
                    media["schema"] = ref
        else:
            schemas[name] = target["items"]
            target["items"] = ref
        named[name] = operation["operationId"]
    return named
