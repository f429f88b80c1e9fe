"""An API changelog between two spec files: what a user of the generated SDK would notice.

Compares operations (by operationId: route, parameters, JSON body, 2xx responses), component schemas (added,
removed), object properties (added, removed, retyped, made optional or required) and enum members. Text
such as descriptions is ignored: it changes often and never breaks code.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.overrides import iter_operations

__all__ = ["Changes", "FieldChange", "diff", "diff_files", "render"]

_IGNORED_KEYS = frozenset({"description", "title", "summary", "example", "examples", "externalDocs"})
_CONSTRAINT_KEYS = frozenset(
    {
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "minItems",
        "maxItems",
        "uniqueItems",
        "maxProperties",
        "pattern",
    }
)


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One property of one schema that changed."""

    schema: str
    name: str
    detail: str


@dataclass(slots=True)
class Changes:
    """Everything that differs between two specs, each list sorted."""

    operations_added: list[str] = field(default_factory=list)
    operations_removed: list[str] = field(default_factory=list)
    operations_changed: dict[str, list[str]] = field(default_factory=dict)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    fields_added: list[FieldChange] = field(default_factory=list)
    fields_removed: list[FieldChange] = field(default_factory=list)
    fields_retyped: list[FieldChange] = field(default_factory=list)
    fields_constrained: list[FieldChange] = field(default_factory=list)
    fields_requiredness: list[FieldChange] = field(default_factory=list)
    enums_changed: dict[str, list[str]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {
            "operations added": len(self.operations_added),
            "operations removed": len(self.operations_removed),
            "operations changed": len(self.operations_changed),
            "schemas added": len(self.schemas_added),
            "schemas removed": len(self.schemas_removed),
            "fields added": len(self.fields_added),
            "fields added (required)": sum(1 for f in self.fields_added if f.detail.startswith("required")),
            "fields removed": len(self.fields_removed),
            "fields retyped": len(self.fields_retyped),
            "fields with new limits only": len(self.fields_constrained),
            "fields made optional/required": len(self.fields_requiredness),
            "enums changed": len(self.enums_changed),
        }


def _strip(schema: object, *, constraints: bool = True) -> object:
    """The schema without prose (and, with constraints=False, without value limits), for comparing."""
    ignored = _IGNORED_KEYS if constraints else _IGNORED_KEYS | _CONSTRAINT_KEYS
    if isinstance(schema, dict):
        return {k: _strip(v, constraints=constraints) for k, v in sorted(schema.items()) if k not in ignored}
    if isinstance(schema, list):
        return [_strip(v, constraints=constraints) for v in schema]
    return schema


def _short(schema: object) -> str:
    """A compact one-line type: `$ref`s by name, the rest as JSON."""
    if isinstance(schema, dict):
        if set(schema) == {"$ref"}:
            return str(schema["$ref"]).rsplit("/", 1)[-1]
        for key in ("oneOf", "anyOf"):
            if key in schema and isinstance(schema[key], list) and len(schema) == 1:
                return " | ".join(_short(s) for s in schema[key])
        kind = schema.get("type")
        if kind == "array" or (isinstance(kind, list) and "array" in kind):
            nullable = " | null" if isinstance(kind, list) and "null" in kind else ""
            return f"array[{_short(schema.get('items', {}))}]{nullable}"
        if isinstance(kind, list) and len(schema) == 1:
            return "|".join(str(k) for k in kind)
        if isinstance(kind, str) and len(schema) == 1:
            return kind
    return json.dumps(schema, sort_keys=True, separators=(",", ":"))


def _operations(spec: Mapping[str, Any]) -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for method, path, operation in iter_operations(spec):
        item = spec["paths"][path]
        params = {
            f"{p['in']} {p['name']}": _strip(
                {"required": bool(p.get("required")), "schema": p.get("schema")}, constraints=False
            )
            for p in [*item.get("parameters", []), *operation.get("parameters", [])]
        }
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        responses = {
            code: _strip(r.get("content", {}).get("application/json", {}).get("schema"), constraints=False)
            for code, r in operation.get("responses", {}).items()
            if code.startswith("2")
        }
        out[operation["operationId"]] = {
            "route": f"{method} {path}",
            "params": params,
            "body": _strip(body, constraints=False),
            "responses": responses,
        }
    return out


def _operation_changes(old: dict[str, object], new: dict[str, object]) -> list[str]:
    notes: list[str] = []
    if old["route"] != new["route"]:
        notes.append(f"route {old['route']} -> {new['route']}")
    old_params, new_params = old["params"], new["params"]
    assert isinstance(old_params, dict) and isinstance(new_params, dict)
    for name in sorted(set(new_params) - set(old_params)):
        notes.append(f"parameter added: {name}")
    for name in sorted(set(old_params) - set(new_params)):
        notes.append(f"parameter removed: {name}")
    for name in sorted(set(old_params) & set(new_params)):
        if old_params[name] != new_params[name]:
            notes.append(f"parameter changed: {name}")
    if old["body"] != new["body"]:
        notes.extend(_body_changes(old["body"], new["body"]))
    old_resp, new_resp = old["responses"], new["responses"]
    assert isinstance(old_resp, dict) and isinstance(new_resp, dict)
    for code in sorted(set(old_resp) | set(new_resp)):
        if code not in new_resp:
            notes.append(f"response {code} removed")
        elif code not in old_resp:
            notes.append(f"response {code} added: {_short(new_resp[code])}")
        elif old_resp[code] != new_resp[code]:
            notes.append(f"response {code}: {_short(old_resp[code])} -> {_short(new_resp[code])}")
    return notes


def _body_changes(old: object, new: object) -> list[str]:
    """Field by field for inline object bodies, otherwise the two types."""
    old_props = old.get("properties") if isinstance(old, dict) else None
    new_props = new.get("properties") if isinstance(new, dict) else None
    if not isinstance(old_props, dict) or not isinstance(new_props, dict):
        return [f"body {_short(old)} -> {_short(new)}"]
    notes = [f"body field added: {name}" for name in sorted(set(new_props) - set(old_props))]
    notes += [f"body field removed: {name}" for name in sorted(set(old_props) - set(new_props))]
    notes += [
        f"body field retyped: {name}"
        for name in sorted(set(old_props) & set(new_props))
        if old_props[name] != new_props[name]
    ]
    return notes or ["body required fields changed"]


def _enum_members(schema: Mapping[str, Any]) -> dict[object, str] | None:
    members = schema.get("oneOf")
    if not isinstance(members, list) or not all(isinstance(m, dict) and "const" in m for m in members):
        return None
    return {m["const"]: str(m.get("title", m["const"])) for m in members}


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> Changes:
    """The API changes from `old` to `new` (two parsed OpenAPI documents)."""
    changes = Changes()
    old_ops, new_ops = _operations(old), _operations(new)
    changes.operations_added = sorted(set(new_ops) - set(old_ops))
    changes.operations_removed = sorted(set(old_ops) - set(new_ops))
    for op in sorted(set(old_ops) & set(new_ops)):
        notes = _operation_changes(old_ops[op], new_ops[op])
        if notes:
            changes.operations_changed[op] = notes

    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    changes.schemas_added = sorted(set(new_schemas) - set(old_schemas))
    changes.schemas_removed = sorted(set(old_schemas) - set(new_schemas))
    for name in sorted(set(old_schemas) & set(new_schemas)):
        _schema_changes(changes, name, old_schemas[name], new_schemas[name])
    return changes


def _schema_changes(changes: Changes, name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    old_members, new_members = _enum_members(old), _enum_members(new)
    if old_members is not None and new_members is not None:
        notes = [f"+{new_members[v]} = {v!r}" for v in new_members if v not in old_members]
        notes += [f"-{old_members[v]} = {v!r}" for v in old_members if v not in new_members]
        if notes:
            changes.enums_changed[name] = notes
        return
    old_props: dict[str, Any] = old.get("properties") or {}
    new_props: dict[str, Any] = new.get("properties") or {}
    old_required, new_required = set(old.get("required", ())), set(new.get("required", ()))
    for prop in sorted(set(new_props) - set(old_props)):
        kind = "required" if prop in new_required else "optional"
        changes.fields_added.append(FieldChange(name, prop, f"{kind} {_short(new_props[prop])}"))
    for prop in sorted(set(old_props) - set(new_props)):
        changes.fields_removed.append(FieldChange(name, prop, _short(old_props[prop])))
    for prop in sorted(set(old_props) & set(new_props)):
        before, after = _strip(old_props[prop], constraints=False), _strip(new_props[prop], constraints=False)
        if before != after:
            changes.fields_retyped.append(FieldChange(name, prop, f"{_short(before)} -> {_short(after)}"))
        elif _strip(old_props[prop]) != _strip(new_props[prop]):
            before, after = _strip(old_props[prop]), _strip(new_props[prop])
            changes.fields_constrained.append(FieldChange(name, prop, f"{_short(before)} -> {_short(after)}"))
        if (prop in old_required) != (prop in new_required):
            detail = "now required" if prop in new_required else "now optional"
            changes.fields_requiredness.append(FieldChange(name, prop, detail))


def diff_files(old: Path, new: Path) -> Changes:
    """`diff` of two spec files on disk (no pin check: any two versions can be compared)."""
    return diff(json.loads(old.read_bytes()), json.loads(new.read_bytes()))


def render(changes: Changes, *, markdown: bool = True) -> str:
    """A readable changelog; markdown headings and bullets, or plain indented text."""
    h = "## " if markdown else ""
    b = "- " if markdown else "  "
    out: list[str] = [f"{h}Summary", ""]
    out += [f"{b}{label}: {count}" for label, count in changes.counts().items()]

    def section(title: str, lines: list[str]) -> None:
        if lines:
            out.extend(["", f"{h}{title} ({len(lines)})", "", *(f"{b}{line}" for line in lines)])

    section("Operations added", changes.operations_added)
    section("Operations removed", changes.operations_removed)
    section(
        "Operations changed",
        [f"{op}: {'; '.join(notes)}" for op, notes in changes.operations_changed.items()],
    )
    section("Schemas added", changes.schemas_added)
    section("Schemas removed", changes.schemas_removed)
    section("Fields added", [f"{f.schema}.{f.name}: {f.detail}" for f in changes.fields_added])
    section("Fields removed", [f"{f.schema}.{f.name}: {f.detail}" for f in changes.fields_removed])
    section("Fields retyped", [f"{f.schema}.{f.name}: {f.detail}" for f in changes.fields_retyped])
    section(
        "Fields with new limits only",
        [f"{f.schema}.{f.name}: {f.detail}" for f in changes.fields_constrained],
    )
    section(
        "Fields made optional or required",
        [f"{f.schema}.{f.name}: {f.detail}" for f in changes.fields_requiredness],
    )
    section("Enum members changed", [f"{e}: {', '.join(n)}" for e, n in changes.enums_changed.items()])
    return "\n".join(out) + "\n"
