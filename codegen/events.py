"""Generate the gateway's types from spec/gateway/: `_generated/gateway.py` and `_generated/events.py`.

Discord's OpenAPI spec describes REST only, so the gateway is described by our own data (spec/gateway/*.toml)
that names OpenAPI component schemas where Discord's shapes match. This module reads that data, checks every
reference against the spec, and renders:

- `gateway.py`: opcodes, close codes (with what a shard should do after each), intents (privileged marked),
  the send payloads and the non-dispatch receive payloads;
- `events.py`: the gateway-only objects, one class per dispatch event, `EVENTS` (name -> class) and
  `event_decoder(name)`, which decodes an event body tolerantly (unknown fields ignored, new union tags
  falling back to a default variant where one is declared).

The type grammar of the data files is documented in spec/gateway/README.md.
"""

from __future__ import annotations

import keyword
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.models import Emitter
from codegen.models_schema import analyse

__all__ = [
    "GATEWAY_SPEC_DIR",
    "GatewaySchema",
    "SchemaError",
    "generate",
    "load_gateway_schema",
    "parse_type",
]

GATEWAY_SPEC_DIR = Path(__file__).resolve().parent.parent / "spec" / "gateway"

_PRIMITIVES = {
    "snowflake": "Snowflake",
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "timestamp": "datetime",
    "json": "msgspec.Raw",
}


class SchemaError(Exception):
    """spec/gateway is inconsistent with itself or with the OpenAPI spec."""


# --- the type grammar ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A parsed field type: `kind` is primitive/schema/local/list/map/tuple/nullable/union."""

    kind: str
    name: str = ""
    args: tuple[TypeRef, ...] = ()


def _split_top(text: str, sep: str) -> list[str]:
    depth = 0
    parts: list[str] = []
    current: list[str] = []
    for char in text:
        if char in "[({":
            depth += 1
        elif char in "])}":
            depth -= 1
        if char == sep and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def parse_type(text: str) -> TypeRef:
    """Parse one type expression: `?T`, `[T]`, `{T}`, `(A,B)`, `A|B`, `$Schema`, `Local` or a primitive."""
    text = text.strip()
    if not text:
        raise SchemaError("empty type")
    alternatives = _split_top(text, "|")
    if len(alternatives) > 1:
        return TypeRef("union", args=tuple(parse_type(alt) for alt in alternatives))
    if text.startswith("?"):
        return TypeRef("nullable", args=(parse_type(text[1:]),))
    if text.startswith("[") and text.endswith("]"):
        return TypeRef("list", args=(parse_type(text[1:-1]),))
    if text.startswith("{") and text.endswith("}"):
        return TypeRef("map", args=(parse_type(text[1:-1]),))
    if text.startswith("(") and text.endswith(")"):
        return TypeRef("tuple", args=tuple(parse_type(part) for part in _split_top(text[1:-1], ",")))
    if text.startswith("$"):
        if not re.fullmatch(r"\$[A-Za-z_][A-Za-z0-9_]*", text):
            raise SchemaError(f"bad schema reference {text!r}")
        return TypeRef("schema", name=text[1:])
    if text in _PRIMITIVES:
        return TypeRef("primitive", name=text)
    if re.fullmatch(r"[A-Z][A-Za-z0-9]*", text):
        return TypeRef("local", name=text)
    raise SchemaError(f"unknown type {text!r}")


def _references(ref: TypeRef) -> Iterable[TypeRef]:
    if ref.kind in ("schema", "local"):
        yield ref
    for arg in ref.args:
        yield from _references(arg)


# --- the data model -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Field:
    """One field: wire name, type, whether it may be absent (`name?` in the data)."""

    name: str
    type: TypeRef
    optional: bool


@dataclass(frozen=True, slots=True)
class ObjectDef:
    """An object: gateway-only object, send/receive payload, or dispatch event."""

    name: str
    doc: str
    fields: tuple[Field, ...]
    base: TypeRef | None = None
    body: TypeRef | None = None
    opcode: str | None = None
    event: str | None = None
    intents: tuple[str, ...] = ()
    payload: TypeRef | None = None
    payload_field: str | None = None


@dataclass(frozen=True, slots=True)
class UnionDef:
    """A payload that is one of several OpenAPI shapes; `_support.Decoder` picks the variant by its tag."""

    name: str
    doc: str
    variants: tuple[TypeRef, ...]


@dataclass(slots=True)
class GatewaySchema:
    """Everything in spec/gateway, parsed."""

    opcodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    close_codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    intents: dict[str, dict[str, Any]] = field(default_factory=dict)
    objects: dict[str, ObjectDef] = field(default_factory=dict)
    unions: dict[str, UnionDef] = field(default_factory=dict)
    send: dict[str, ObjectDef] = field(default_factory=dict)
    receive: dict[str, ObjectDef] = field(default_factory=dict)
    events: dict[str, ObjectDef] = field(default_factory=dict)


def _fields(raw: Mapping[str, Any], where: str) -> tuple[Field, ...]:
    out: list[Field] = []
    for key, value in raw.items():
        if not isinstance(value, str):
            raise SchemaError(f"{where}: field {key!r} must be a type string")
        optional = key.endswith("?")
        name = key[:-1] if optional else key
        if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
            raise SchemaError(f"{where}: bad field name {key!r}")
        out.append(Field(name, parse_type(value), optional))
    return tuple(out)


def _object(name: str, raw: Mapping[str, Any], where: str, *, event: str | None = None) -> ObjectDef:
    known = {"doc", "fields", "base", "body", "opcode", "intents", "payload", "payload_field", "class"}
    unknown = set(raw) - known
    if unknown:
        raise SchemaError(f"{where}: unknown keys {sorted(unknown)}")
    if "doc" not in raw:
        raise SchemaError(f"{where}: missing doc")
    if "fields" not in raw and "body" not in raw:
        raise SchemaError(f"{where}: needs `fields` (use `fields = {{}}` for none) or `body`")
    if ("payload" in raw) != ("payload_field" in raw):
        raise SchemaError(f"{where}: `payload` and `payload_field` go together")
    if "payload" in raw and "base" in raw:
        raise SchemaError(f"{where}: an event has a `payload` or a `base`, not both")
    return ObjectDef(
        name=name,
        doc=str(raw["doc"]),
        fields=_fields(raw.get("fields", {}), where),
        base=parse_type(raw["base"]) if "base" in raw else None,
        body=parse_type(raw["body"]) if "body" in raw else None,
        opcode=raw.get("opcode"),
        event=event,
        intents=tuple(raw.get("intents", ())),
        payload=parse_type(raw["payload"]) if "payload" in raw else None,
        payload_field=raw.get("payload_field"),
    )


def _camel(event: str) -> str:
    return "".join(part.capitalize() for part in event.split("_"))


def _load_toml(directory: Path, name: str) -> dict[str, Any]:
    with (directory / name).open("rb") as fh:
        return tomllib.load(fh)


def load_gateway_schema(directory: Path = GATEWAY_SPEC_DIR) -> GatewaySchema:
    """Read and parse spec/gateway/*.toml (no cross-checking: that needs the OpenAPI spec, see `generate`)."""
    protocol = _load_toml(directory, "protocol.toml")
    objects = _load_toml(directory, "objects.toml")
    payloads = _load_toml(directory, "payloads.toml")
    events = _load_toml(directory, "events.toml")
    schema = GatewaySchema(
        opcodes=dict(protocol["opcodes"]),
        close_codes=dict(protocol["close_codes"]),
        intents=dict(protocol["intents"]),
    )
    for name, raw in objects.get("objects", {}).items():
        schema.objects[name] = _object(name, raw, f"objects.{name}")
    for name, raw in objects.get("unions", {}).items():
        schema.unions[name] = UnionDef(
            name=name, doc=str(raw["doc"]), variants=tuple(parse_type(v) for v in raw["variants"])
        )
    for name, raw in payloads.get("send", {}).items():
        schema.send[name] = _object(name, raw, f"send.{name}")
    for name, raw in payloads.get("receive", {}).items():
        schema.receive[name] = _object(name, raw, f"receive.{name}")
    for event, raw in events["events"].items():
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", event):
            raise SchemaError(f"events.{event}: event names are UPPER_SNAKE_CASE")
        schema.events[event] = _object(
            str(raw.get("class", _camel(event))), raw, f"events.{event}", event=event
        )
    return schema


# --- checking against the OpenAPI spec ----------------------------------------------------------------


def _schema_properties(spec: Mapping[str, Any], name: str) -> set[str]:
    return set(spec["components"]["schemas"][name].get("properties", {}))


def _check(schema: GatewaySchema, spec: Mapping[str, Any]) -> None:
    schemas: Mapping[str, Any] = spec["components"]["schemas"]
    local = set(schema.objects) | set(schema.unions) | set(schema.send) | set(schema.receive)
    # Payloads that are a bare value (`body`, e.g. Heartbeat's sequence number) get no class.
    classes = [*schema.objects, *schema.unions]
    classes += [n for n, o in [*schema.send.items(), *schema.receive.items()] if o.body is None]
    classes += [obj.name for obj in schema.events.values()]
    seen: set[str] = set()
    for name in classes:
        if name in seen:
            raise SchemaError(f"two gateway definitions are named {name}")
        if name in schemas:
            raise SchemaError(f"gateway name {name} shadows the OpenAPI schema of the same name")
        seen.add(name)
    defs = [
        *schema.objects.values(),
        *schema.send.values(),
        *schema.receive.values(),
        *schema.events.values(),
    ]
    for obj in defs:
        refs = [ref for f in obj.fields for ref in _references(f.type)]
        refs += list(_references(obj.base)) if obj.base else []
        refs += list(_references(obj.body)) if obj.body else []
        refs += list(_references(obj.payload)) if obj.payload else []
        for ref in refs:
            if ref.kind == "schema" and ref.name not in schemas:
                raise SchemaError(f"{obj.name}: ${ref.name} is not an OpenAPI component schema")
            if ref.kind == "local" and ref.name not in local:
                raise SchemaError(f"{obj.name}: {ref.name} is not defined in spec/gateway")
        for intent in obj.intents:
            if intent not in schema.intents:
                raise SchemaError(f"{obj.name}: unknown intent {intent}")
        if obj.opcode is not None and obj.opcode not in schema.opcodes:
            raise SchemaError(f"{obj.name}: unknown opcode {obj.opcode}")
    for union in schema.unions.values():
        for variant in union.variants:
            if variant.kind != "schema" or variant.name not in schemas:
                raise SchemaError(f"union {union.name}: variants must be OpenAPI schemas, not {variant}")


# --- rendering ----------------------------------------------------------------------------------------


class _Renderer:
    """Turns parsed types into annotations and remembers which OpenAPI models are imported.

    A schema referenced inside a field is rendered exactly as the model generator renders it (a base split
    by tag becomes its tagged subclasses), plus the models' `Unknown...` variant wherever the reference is a
    tagged union, so a nested value with a newer tag still decodes.
    """

    def __init__(
        self, schema: GatewaySchema, spec: Mapping[str, Any], *, local_module: str | None = None
    ) -> None:
        self.schema = schema
        self.emitter = Emitter(analyse(spec))
        self.models: set[str] = set()
        self.local_imports: set[str] = set()
        self.local_module = local_module
        self.uses_datetime = False

    def model(self, name: str) -> str:
        """A model class by name, imported from `.models`."""
        self.models.add(name)
        return name

    def _tagged(self, name: str) -> bool:
        return name in self.emitter.a.tags or name in self.emitter.a.splits

    def unknown(self, names: Iterable[str]) -> list[str]:
        """The models' Unknown variant for a union of these schemas (empty if they are not tagged)."""
        tagged = sorted(n for n in names if self._tagged(n))
        return [self.model(self.emitter.unknown_for(tagged[0]))] if tagged else []

    def schema_members(self, name: str) -> list[str]:
        """What a nested reference to schema `name` decodes to."""
        members = [self.model(t) for t in self.emitter.ref_types(name)]
        if name in self.emitter.a.splits:
            members += self.unknown([name])
        return members

    def union_members(self, union: UnionDef) -> list[str]:
        members: list[str] = []
        for variant in union.variants:
            members += [self.model(t) for t in self.emitter.ref_types(variant.name)]
        return members + self.unknown(v.name for v in union.variants)

    def annotation(self, ref: TypeRef) -> str:
        if ref.kind == "primitive":
            if ref.name == "timestamp":
                self.uses_datetime = True
            return _PRIMITIVES[ref.name]
        if ref.kind == "schema":
            return " | ".join(self.schema_members(ref.name))
        if ref.kind == "local":
            if self.local_module is not None:
                self.local_imports.add(ref.name)
            if ref.name in self.schema.unions:
                return " | ".join(self.union_members(self.schema.unions[ref.name]))
            return ref.name
        if ref.kind == "list":
            return f"list[{self.annotation(ref.args[0])}]"
        if ref.kind == "map":
            return f"dict[str, {self.annotation(ref.args[0])}]"
        if ref.kind == "tuple":
            return f"tuple[{', '.join(self.annotation(arg) for arg in ref.args)}]"
        if ref.kind == "nullable":
            return f"{self.annotation(ref.args[0])} | None"
        if ref.kind == "union":
            return " | ".join(self.annotation(arg) for arg in ref.args)
        raise SchemaError(f"cannot render {ref}")

    def base(self, ref: TypeRef) -> str:
        """A base class: the schema or object itself, never its expansion."""
        return self.model(ref.name) if ref.kind == "schema" else ref.name

    def payload(self, ref: TypeRef) -> str:
        """The declared type of an event payload decoded whole by `_support.Decoder`."""
        if ref.kind == "local" and ref.name in self.schema.unions:
            return ref.name
        if ref.kind == "schema":
            return " | ".join([self.model(ref.name), *self.unknown([ref.name])])
        raise SchemaError(f"a payload is a union or a schema, not {ref}")


def _attr(name: str) -> tuple[str, str]:
    """Python attribute name and the `name=` rename needed for wire names that are keywords.

    Soft keywords (`match`, `type`) are valid attribute names and stay as they are; checking them would also
    make the output depend on the Python version that runs the generator.
    """
    if keyword.iskeyword(name):
        return f"{name}_", f'name="{name}"'
    return name, ""


def _doc(text: str, indent: str = "    ") -> str:
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return f'{indent}"""{text}"""\n'


def _base_fields(schema: GatewaySchema, spec: Mapping[str, Any], base: TypeRef | None) -> set[str]:
    if base is None:
        return set()
    if base.kind == "schema":
        return _schema_properties(spec, base.name)
    obj = schema.objects[base.name]
    return {f.name for f in obj.fields} | _base_fields(schema, spec, obj.base)


def _render_struct(
    obj: ObjectDef,
    r: _Renderer,
    spec: Mapping[str, Any],
    *,
    received: bool,
    extra_class_lines: Iterable[str] = (),
    extra_fields: Iterable[str] = (),
) -> str:
    """One msgspec Struct. On `received` objects a required field defaults to ABSENT, as in the models, so
    a payload that omits it still decodes; send payloads keep required fields required."""
    base = r.base(obj.base) if obj.base else "Model"
    inherited = _base_fields(r.schema, spec, obj.base)
    lines = [f"class {obj.name}({base}, kw_only=True):\n", _doc(obj.doc)]
    lines.extend(extra_class_lines)
    for f in obj.fields:
        attr, rename = _attr(f.name)
        annotation = r.annotation(f.type)
        ignore = "  # type: ignore[assignment]" if f.name in inherited else ""
        if f.optional:
            annotation, default = f"{annotation} | UnsetType", "UNSET"
        elif received:
            default = "ABSENT"
        else:
            default = ""
        if rename:
            args = ", ".join(a for a in (rename, f"default={default}" if default else "") if a)
            lines.append(f"    {attr}: {annotation} = msgspec.field({args}){ignore}\n")
        elif default:
            lines.append(f"    {attr}: {annotation} = {default}{ignore}\n")
        else:
            lines.append(f"    {attr}: {annotation}{ignore}\n")
    lines.extend(extra_fields)
    if len(lines) == 2:
        lines.append("    pass\n")
    return "".join(lines)


def _union_code(union: UnionDef, r: _Renderer) -> str:
    variants = [r.model(v.name) for v in union.variants] + r.unknown(v.name for v in union.variants)
    return f'{union.name}: TypeAlias = {" | ".join(variants)}\n"""{union.doc}"""\n'


def _event_code(obj: ObjectDef, r: _Renderer, spec: Mapping[str, Any]) -> tuple[str, str | None]:
    """The class of one event and, for events that are not decoded as one Struct, their decode function."""
    if obj.payload is None:
        code = _render_struct(obj, r, spec, received=True)
        if not obj.fields and obj.base is None:
            return code, f"functools.partial(_ignore_body, {obj.name})"
        return code, None
    assert obj.payload_field is not None and obj.event is not None
    payload_type = r.payload(obj.payload)
    wrapper = ObjectDef(name=obj.name, doc=obj.doc, fields=obj.fields)
    code = _render_struct(
        wrapper, r, spec, received=True, extra_fields=[f"    {obj.payload_field}: {payload_type}\n"]
    )
    factory = f"_{obj.event.lower()}_decoder"
    # Decoders are built on first use (by `event_decoder`), not at import. mypy's `type[T]` cannot name a
    # union, hence the cast; _support.Decoder accepts unions at runtime.
    lines = [
        f"\n\ndef {factory}() -> Callable[[bytes], {obj.name}]:\n",
        f'    payload: Decoder[{payload_type}] = Decoder(cast("type[{payload_type}]", {payload_type}))\n',
    ]
    if obj.fields:
        head = ObjectDef(
            name=f"_{obj.name}Head", doc=f"The fields of {obj.event} beside its payload.", fields=obj.fields
        )
        code += "\n\n" + _render_struct(head, r, spec, received=True)
        args = "".join(f"{_attr(f.name)[0]}=fields.{_attr(f.name)[0]}, " for f in obj.fields)
        lines += [
            f"    head = Decoder(_{obj.name}Head)\n\n",
            f"    def decode(data: bytes) -> {obj.name}:\n",
            "        fields = head.decode(data)\n",
            f"        return {obj.name}({args}{obj.payload_field}=payload.decode(data))\n\n",
        ]
    else:
        lines += [
            f"\n    def decode(data: bytes) -> {obj.name}:\n",
            f"        return {obj.name}({obj.payload_field}=payload.decode(data))\n\n",
        ]
    code += "".join(lines) + "    return decode\n"
    return code, factory


_EVENTS_RUNTIME = '''

T = TypeVar("T", bound=Model)


def _ignore_body(tp: type[T]) -> Callable[[bytes], T]:
    """The decoder of an event without fields: its body (null or `{}`) carries nothing to read."""

    def decode(data: bytes) -> T:
        return tp()

    return decode
'''


def _render_events(schema: GatewaySchema, spec: Mapping[str, Any]) -> str:
    r = _Renderer(schema, spec)
    body: list[str] = []
    body.append("# --- gateway-only objects ---\n\n")
    for obj in _base_first(schema.objects.values()):
        body.append(_render_struct(obj, r, spec, received=True) + "\n\n")
    body.append(
        "# --- unions (decoded by echord._support.Decoder, which picks the variant by its tag) ---\n\n"
    )
    for union in schema.unions.values():
        body.append(_union_code(union, r) + "\n\n")
    body.append("# --- dispatch events ---\n\n")
    special: dict[str, str] = {}
    for event, obj in sorted(schema.events.items()):
        code, decoder = _event_code(obj, r, spec)
        if decoder is not None:
            special[event] = decoder
        body.append(code + "\n\n")
    events_table = "".join(
        f'    "{event}": {schema.events[event].name},\n' for event in sorted(schema.events)
    )
    special_table = "".join(f'    "{event}": {special[event]},\n' for event in sorted(special))
    body.append(
        "EVENTS: Final[dict[str, type[Model]]] = {\n" + events_table + "}\n"
        '"""Every dispatch event this version knows: the gateway name (`t`) to its class."""\n\n'
        "EVENT_NAMES: Final[dict[type[Model], str]] = {cls: name for name, cls in EVENTS.items()}\n"
        '"""The gateway name of each event class."""\n\n'
        "_DECODER_FACTORIES: Final[dict[str, Callable[[], Callable[[bytes], Model]]]] = {\n"
        + special_table
        + "}\n"
        '"""Events not decoded as one Struct: a function building the decoder (so nothing is built at import)."""\n\n\n'
        "def event_decoder(name: str) -> Callable[[bytes], Model] | None:\n"
        '    """A tolerant decoder for the body of event `name`, or None if this version does not know it.\n\n'
        "    Builds a decoder each call: callers keep the result (the event bus keeps one per name).\n"
        '    """\n'
        "    factory = _DECODER_FACTORIES.get(name)\n"
        "    if factory is not None:\n"
        "        return factory()\n"
        "    cls = EVENTS.get(name)\n"
        "    return None if cls is None else Decoder(cls).decode\n"
    )
    names = sorted(
        [
            *schema.objects,
            *schema.unions,
            *(o.name for o in schema.events.values()),
            "EVENTS",
            "EVENT_NAMES",
            "event_decoder",
        ]
    )
    imports = [
        "from __future__ import annotations\n\n",
        "import functools\n",
        "from collections.abc import Callable\n",
        "from datetime import datetime\n" if r.uses_datetime else "",
        "from typing import Final, TypeAlias, TypeVar, cast\n\n",
        "import msgspec\n\n",
        "from echord._support import ABSENT, UNSET, Decoder, Model, Snowflake, UnsetType\n\n",
        f"from .models import {', '.join(sorted(r.models, key=_isort_key))}\n" if r.models else "",
    ]
    doc = '"""Gateway dispatch events and the gateway-only objects they carry (from spec/gateway/).\n\n' + (
        "Tolerant like the models: unknown fields are ignored, a missing required field decodes as UNSET (ABSENT),\n"
        "enum-like fields are plain ints/strs, and a union with an unknown tag decodes to an `Unknown...` variant.\n"
        '"""\n\n'
    )
    all_ = "__all__ = [\n" + "".join(f'    "{n}",\n' for n in names) + "]\n"
    return doc + "".join(imports) + "\n" + all_ + _EVENTS_RUNTIME + "\n\n" + "".join(body)


def _isort_key(name: str) -> tuple[int, str]:
    """ruff's isort order for imported names: CONSTANTS, then Classes, then functions; case-insensitive."""
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name.lower()


def _base_first(objs: Iterable[ObjectDef]) -> list[ObjectDef]:
    """Objects in data order, except that a local base class comes before its subclasses."""
    pending = list(objs)
    by_name = {o.name: o for o in pending}
    done: list[ObjectDef] = []
    placed: set[str] = set()

    def place(obj: ObjectDef) -> None:
        if obj.name in placed:
            return
        if obj.base is not None and obj.base.kind == "local" and obj.base.name in by_name:
            place(by_name[obj.base.name])
        placed.add(obj.name)
        done.append(obj)

    for obj in pending:
        place(obj)
    return done


def _render_gateway(schema: GatewaySchema, spec: Mapping[str, Any]) -> str:
    r = _Renderer(schema, spec, local_module=".events")
    out: list[str] = []
    out.append("class Opcode(enum.IntEnum):\n")
    out.append(_doc("Gateway opcodes: the `op` of every payload."))
    for name, op in sorted(schema.opcodes.items(), key=lambda item: item[1]["code"]):
        out.append(f"    {name} = {op['code']}\n")
        out.append(_doc(f"{op['direction']}: {op['description']}"))
    out.append("\n\n")
    sends = sorted(n for n, op in schema.opcodes.items() if op["direction"] in ("send", "both"))
    out.append(
        "SEND_OPCODES: Final[frozenset[Opcode]] = frozenset({"
        + ", ".join(f"Opcode.{n}" for n in sends)
        + "})\n"
        '"""The opcodes an app may send."""\n\n\n'
    )
    out.append("class CloseAction(enum.Enum):\n")
    out.append(_doc("What a shard does after the gateway closes the connection with a given code."))
    out.append('    RESUME = "resume"\n')
    out.append(_doc("Reconnect to the resume URL and resume the session."))
    out.append('    REIDENTIFY = "reidentify"\n')
    out.append(_doc("Reconnect and start a new session."))
    out.append('    FATAL = "fatal"\n')
    out.append(_doc("Do not reconnect: the configuration (token, shard, intents, version) is wrong."))
    out.append("\n\nclass CloseCode(enum.IntEnum):\n")
    out.append(_doc("Gateway close codes (4000-4014)."))
    codes = sorted(schema.close_codes.items(), key=lambda item: item[1]["code"])
    for name, cc in codes:
        if cc["action"] not in ("resume", "reidentify", "fatal"):
            raise SchemaError(f"close code {name}: unknown action {cc['action']!r}")
        out.append(f"    {name} = {cc['code']}\n")
        out.append(_doc(f"{cc['description']}: {cc['explanation']}"))
    out.append("\n\n")
    out.append(
        "CLOSE_ACTIONS: Final[dict[int, CloseAction]] = {\n"
        + "".join(f"    CloseCode.{n}: CloseAction.{cc['action'].upper()},\n" for n, cc in codes)
        + "}\n"
        '"""Each documented close code and what to do after it."""\n\n'
        "CLOSE_DESCRIPTIONS: Final[dict[int, str]] = {\n"
        + "".join(f"    CloseCode.{n}: {cc['description']!r},\n" for n, cc in codes)
        + "}\n"
        '"""Each documented close code\'s short description, for logs and errors."""\n\n\n'
        "def close_action(code: int) -> CloseAction:\n"
        '    """What to do after close `code`; undocumented codes (1000s, a newer API\'s 4xxx) resume."""\n'
        "    return CLOSE_ACTIONS.get(code, CloseAction.RESUME)\n\n\n"
    )
    out.append("class Intents(enum.IntFlag):\n")
    out.append(
        _doc("Gateway intents: which groups of events to receive. Privileged ones need the portal toggle.")
    )
    intents = sorted(schema.intents.items(), key=lambda item: item[1]["bit"])
    for name, intent in intents:
        out.append(f"    {name} = 1 << {intent['bit']}\n")
        if intent.get("privileged"):
            out.append(_doc("Privileged: enable it in the Developer Portal (close code 4014 otherwise)."))
    out.append("\n\n")
    privileged = [n for n, i in intents if i.get("privileged")]
    out.append(
        "PRIVILEGED_INTENTS: Final[Intents] = " + " | ".join(f"Intents.{n}" for n in privileged) + "\n"
        '"""Intents that must be enabled in the Developer Portal."""\n\n'
        "ALL_INTENTS: Final[Intents] = " + " | ".join(f"Intents.{n}" for n, _ in intents) + "\n"
        '"""Every intent this version knows."""\n\n'
        "DEFAULT_INTENTS: Final[Intents] = ALL_INTENTS & ~PRIVILEGED_INTENTS\n"
        '"""Every unprivileged intent."""\n\n'
        "EVENT_INTENTS: Final[dict[str, Intents]] = {\n"
        + "".join(
            f'    "{event}": {" | ".join(f"Intents.{i}" for i in obj.intents)},\n'
            for event, obj in sorted(schema.events.items())
            if obj.intents
        )
        + "}\n"
        '"""The intents that deliver each dispatch event (absent: always delivered)."""\n\n\n'
    )
    out.append("# --- send payloads ---\n\n")
    for obj in schema.send.values():
        if obj.body is not None:
            continue
        lines = [f"    opcode: ClassVar[Opcode] = Opcode.{obj.opcode}\n"] if obj.opcode else []
        out.append(_render_struct(obj, r, spec, received=False, extra_class_lines=lines) + "\n\n")
    out.append("# --- receive payloads (non-dispatch) ---\n\n")
    for obj in schema.receive.values():
        if obj.body is not None:
            continue
        lines = [f"    opcode: ClassVar[Opcode] = Opcode.{obj.opcode}\n"] if obj.opcode else []
        out.append(_render_struct(obj, r, spec, received=True, extra_class_lines=lines) + "\n\n")
    payload_names = [n for n, o in [*schema.send.items(), *schema.receive.items()] if o.body is None]
    names = sorted(
        [
            "ALL_INTENTS",
            "CLOSE_ACTIONS",
            "CLOSE_DESCRIPTIONS",
            "DEFAULT_INTENTS",
            "EVENT_INTENTS",
            "PRIVILEGED_INTENTS",
            "SEND_OPCODES",
            "CloseAction",
            "CloseCode",
            "Intents",
            "Opcode",
            "close_action",
            *payload_names,
        ]
    )
    local = sorted(r.local_imports - set(payload_names), key=_isort_key)
    head = [
        '"""Gateway protocol constants and payloads (from spec/gateway/): opcodes, close codes, intents."""\n\n',
        "from __future__ import annotations\n\n",
        "import enum\n",
        "from typing import ClassVar, Final\n\n",
        "import msgspec\n\n",
        "from echord._support import ABSENT, UNSET, Model, Snowflake, UnsetType\n\n",
    ]
    if local:
        head.append("from .events import " + ", ".join(local) + "\n\n")
    all_ = "__all__ = [\n" + "".join(f'    "{n}",\n' for n in names) + "]\n\n\n"
    return "".join(head) + all_ + "".join(out)


def generate(spec: dict[str, Any], directory: Path = GATEWAY_SPEC_DIR) -> dict[str, str]:
    """Render `gateway.py` and `events.py` from spec/gateway, checked against the OpenAPI spec."""
    schema = load_gateway_schema(directory)
    _check(schema, spec)
    return {
        "gateway.py": _render_gateway(schema, spec),
        "events.py": _render_events(schema, spec),
    }
