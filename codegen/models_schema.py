"""Analysis of the spec's component schemas for the model generator: what each schema becomes.

Pure functions over the spec dict. `analyse` classifies every component schema (enum, scalar alias, struct,
union alias), finds which structs Discord sends us (reachable from a response: decoded leniently), which
unions carry a single-value tag (msgspec tagged unions) and which variants carry several tag values (split
into one tagged subclass per value), and names the inline object schemas.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Analysis", "Split", "TagInfo", "analyse", "camel", "ref_name"]

REF_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Schema = Mapping[str, Any]


def ref_name(node: Schema) -> str | None:
    """The component name a `$ref` node points to, or None."""
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(REF_PREFIX):
        return ref[len(REF_PREFIX) :]
    return None


def camel(text: str) -> str:
    """`GUILD_TEXT` / `guild_text` / `en-US` -> `GuildText` / `GuildText` / `EnUs`."""
    return "".join(part[:1].upper() + part[1:].lower() for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def union_members(node: Schema) -> list[Schema] | None:
    """The members of a oneOf/anyOf node (None when the node is not one)."""
    members = node.get("oneOf", node.get("anyOf"))
    return list(members) if isinstance(members, list) else None


def is_enum(schema: Schema) -> bool:
    """A component written as `oneOf: [{const: ...}, ...]` (possibly empty) on a string or integer."""
    members = schema.get("oneOf")
    return (
        schema.get("type") in ("integer", "string")
        and isinstance(members, list)
        and all(isinstance(m, Mapping) and "const" in m for m in members)
    )


def is_struct(schema: Schema) -> bool:
    """A component that becomes a msgspec Struct (an object with properties, or an allOf of objects)."""
    return schema.get("type") == "object" and ("properties" in schema or "allOf" in schema)


@dataclass(frozen=True, slots=True)
class TagInfo:
    """How a struct is tagged inside the unions it belongs to."""

    field: str
    value: int | str


@dataclass(frozen=True, slots=True)
class Split:
    """A variant whose tag property allows several values: one tagged subclass per value."""

    field: str
    values: tuple[tuple[str, int | str], ...]
    """(subclass name, tag value), in the order the spec lists the values."""


@dataclass
class Analysis:
    """Everything the emitter needs to know beyond the schemas themselves."""

    schemas: dict[str, Schema]
    lenient: set[str] = field(default_factory=set)
    """Structs reachable from a response: every field defaults to UNSET so a missing one cannot fail."""
    tags: dict[str, TagInfo] = field(default_factory=dict)
    splits: dict[str, Split] = field(default_factory=dict)
    fallback_unions: set[frozenset[str]] = field(default_factory=set)
    """Variant sets (as component names) of tagged unions decoded from responses: they get an Unknown member."""
    inline: dict[int, str] = field(default_factory=dict)
    """id() of an inline object schema -> its generated class name."""
    inline_schemas: dict[str, Schema] = field(default_factory=dict)
    inline_owner: dict[str, str] = field(default_factory=dict)
    """Inline class name -> the component schema it is written in (whose leniency it shares)."""


def _walk(node: object) -> Iterator[Schema]:
    """Every schema node below `node`, itself included (does not follow $ref)."""
    if not isinstance(node, Mapping):
        return
    yield node
    for key in ("items", "additionalProperties"):
        if isinstance(node.get(key), Mapping):
            yield from _walk(node[key])
    for key in ("oneOf", "anyOf", "allOf"):
        for member in node.get(key, ()):
            yield from _walk(member)
    for prop in node.get("properties", {}).values():
        yield from _walk(prop)


def _operation_schemas(spec: Schema, *, responses: bool) -> Iterator[Schema]:
    for item in spec.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            if responses:
                bodies = [r.get("content", {}) for r in operation.get("responses", {}).values()]
            else:
                bodies = [operation.get("requestBody", {}).get("content", {})]
            for content in bodies:
                for media in content.values():
                    if isinstance(media.get("schema"), Mapping):
                        yield media["schema"]


def _reachable(roots: list[Schema], schemas: Mapping[str, Schema]) -> set[str]:
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        for node in _walk(stack.pop()):
            name = ref_name(node)
            if name is not None and name not in seen and name in schemas:
                seen.add(name)
                stack.append(schemas[name])
    return seen


def _tag_values(schema: Schema, prop: str) -> list[int | str] | None:
    node = schema.get("properties", {}).get(prop)
    if isinstance(node, Mapping) and isinstance(node.get("enum"), list) and node["enum"]:
        return list(node["enum"])
    return None


def _tag_field(variants: list[Schema]) -> str | None:
    """The property every variant pins with `enum`, and whose values tell the variants apart."""
    candidates = [p for p in variants[0].get("properties", {}) if _tag_values(variants[0], p) is not None]
    for prop in sorted(candidates, key=lambda p: (p != "type", p)):
        prop = str(prop)
        values = [_tag_values(v, prop) for v in variants]
        if any(v is None for v in values):
            continue
        flat = [x for v in values for x in (v or [])]
        if len(flat) == len(set(flat)) and len({type(x) for x in flat}) == 1:
            return prop
    return None


def _enum_titles(schemas: Mapping[str, Schema], tag_node: Schema) -> dict[int | str, str]:
    for member in tag_node.get("allOf", ()):
        name = ref_name(member)
        if name is not None and name in schemas:
            titles: dict[int | str, str] = {}
            for m in schemas[name].get("oneOf", ()):
                titles[m["const"]] = str(m.get("title", m["const"]))
            return titles
    return {}


def _name_inline(analysis: Analysis) -> None:
    """Give each inline object schema (an object with properties inside a component) a stable name."""

    def visit(node: Schema, name: str, owner: str) -> None:
        for prop, sub in node.get("properties", {}).items():
            base = name + camel(prop)
            for candidate, suffix in (
                (sub, ""),
                (sub.get("items"), "Item"),
                (sub.get("additionalProperties"), "Value"),
            ):
                if not isinstance(candidate, Mapping):
                    continue
                for member in union_members(candidate) or [candidate]:
                    if "properties" in member and ref_name(member) is None:
                        inline_name = base + suffix
                        if inline_name in analysis.schemas or inline_name in analysis.inline_schemas:
                            raise ValueError(f"inline schema name {inline_name} is taken")
                        analysis.inline[id(member)] = inline_name
                        analysis.inline_schemas[inline_name] = member
                        analysis.inline_owner[inline_name] = owner
                        visit(member, inline_name, owner)

    for name, schema in analysis.schemas.items():
        if is_struct(schema):
            visit(schema, name, name)
            for member in schema.get("allOf", ()):
                if ref_name(member) is None:
                    visit(member, name, name)


def analyse(spec: Schema) -> Analysis:
    """Classify the spec's component schemas; raises ValueError on shapes the emitter cannot express."""
    schemas: dict[str, Schema] = dict(spec["components"]["schemas"])
    analysis = Analysis(schemas=schemas)
    _name_inline(analysis)
    responses = _reachable(list(_operation_schemas(spec, responses=True)), schemas)
    requests = _reachable(list(_operation_schemas(spec, responses=False)), schemas)
    analysis.lenient = {n for n in schemas if n in responses or n not in requests}
    decoded_nodes: list[Schema] = list(_operation_schemas(spec, responses=True))
    decoded_nodes += [schemas[n] for n in analysis.lenient]
    decoded_unions = {id(node) for root in decoded_nodes for node in _walk(root) if union_members(node)}

    all_roots: list[Schema] = [*schemas.values(), *_operation_schemas(spec, responses=True)]
    all_roots += _operation_schemas(spec, responses=False)
    for root in all_roots:
        for node in _walk(root):
            members = union_members(node)
            names = [ref_name(m) for m in members or ()]
            refs = [n for n in names if n is not None]
            if len(refs) < 2 or not all(is_struct(schemas.get(n, {})) for n in refs):
                continue
            variants = [schemas[n] for n in refs]
            prop = _tag_field(variants)
            if prop is None:
                continue
            decoded = id(node) in decoded_unions
            if decoded:
                analysis.fallback_unions.add(frozenset(refs))
            for name, variant in zip(refs, variants, strict=True):
                values = _tag_values(variant, prop) or []
                known = analysis.tags.get(name) or analysis.splits.get(name)
                if known is not None and known.field != prop:
                    raise ValueError(f"{name} is tagged by both {known.field} and {prop}")
                if len(values) == 1:
                    analysis.tags[name] = TagInfo(prop, values[0])
                elif decoded:
                    titles = _enum_titles(schemas, variant["properties"][prop])
                    analysis.splits[name] = Split(
                        prop, tuple((name + camel(str(titles.get(v, v))), v) for v in values)
                    )
    return analysis
