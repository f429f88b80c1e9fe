"""The model generator: every component schema of Discord's spec as a msgspec Struct, enum or alias.

`generate(spec)` returns {"models.py": source, "enums.py": source}. It is a small emitter of its own rather than
datamodel-code-generator: the spike measured six defects in dcg's msgspec output that each need a template
override or a post-processor (lost union tags, undecodable Structs, str snowflakes, closed enums and required
fields, numbered names), while the shapes Discord's spec uses are few enough to render directly. Rendering
is deterministic (spec order for fields, sorted names for classes) and takes well under a second.

Measured on the 2-core dev machine (best of interleaved rounds, a 991-byte member and a 4.5 KB message):
decoding takes 4.0 µs per member and 15 µs per message, against 2.6 / 12.8 µs for `orjson.loads` of the
same bytes to dicts. Snowflakes cost the difference to plain `int` fields (2.2 / 11 µs): msgspec needs a
dec_hook for an int subclass; `operator.call` as the hook is the fastest of the variants tried (a Python
hook function: 4.7-6.9 / 16.5-21.7 µs). `Struct(gc=False)` was measured at 2 % faster and 5 % smaller and
is not used: subclasses that hold a client handle would leak their reference cycles. Importing the module
takes about 0.02 s on its own (0.06 s with msgspec and echord._support) once its bytecode is cached; the 91
enum classes, which cost about as much again, are generated into `enums.py` and re-exported lazily. Creating
a Struct class costs about 28 us whatever the class options (kw_only, omit_defaults, tags; docstrings add
under 10 %, measured with -OO), against 8.5 us for a plain class: the 499 classes are most of what is left.

The policy the output follows is described in MODULE_DOC below, which becomes the generated module's
docstring so that users (and the gateway generator, which subclasses these models) can read it there.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from typing import Any

from codegen.models_schema import (
    Analysis,
    Schema,
    analyse,
    camel,
    is_enum,
    is_struct,
    ref_name,
    union_members,
)

__all__ = ["MODULE_DOC", "generate"]

MODULE_DOC = """Discord's API objects, one per component schema of the OpenAPI spec, under the spec's names.

How the models stay tolerant of a newer API than the spec they were generated from:

- Unknown fields are ignored (msgspec's default); they are not kept, so they are not re-encoded.
- Enum-typed fields are plain `int`/`str`: an unknown value decodes. The enum classes exist for comparison
  and completion (`message.type == MessageType.REPLY`; IntEnum and StrEnum compare equal to their values).
- A field the spec marks required keeps its plain annotation (`content: str`) but defaults to `UNSET` on
  every model Discord sends us (every schema reachable from a response). A payload that omits it still
  decodes, the attribute is then `UNSET` (falsy), and re-encoding omits it again. Optional fields are
  `T | UnsetType = UNSET`; nullable ones include `None`. Absent and null stay distinct both ways. Models only
  ever sent to Discord (request bodies) keep their required fields required, as keyword arguments, and
  carry the spec's constraints as `msgspec.Meta` (checked by `echord.rest` before sending).
- Unions with a single-value tag (`type`, `trigger_type`, ...) are msgspec tagged unions; the tag is a class
  constant (`ButtonComponentResponse.type == 2`) and is written automatically when encoding. Each union
  decoded from responses has one more member, `Unknown<TagField><Int|Str>`, holding the raw object of a tag
  value it does not know.
- A variant whose tag allows several values (channels, threads, external integrations) is a base class plus
  one tagged subclass per value (`GuildChannelResponseGuildText(GuildChannelResponse)`); references to the
  base decode to its subclasses.
- Anything else Discord sends that does not fit (a retyped field, null where the spec says never) is handled
  by `echord._support.decode_json` / `Decoder`: the fast typed decode is tried first, and only if it fails
  the payload is decoded to builtins, the offending values are dropped (logged on `echord.models`) and the
  rest is converted.
- Snowflakes are `Snowflake` (an int) on the Python side and decimal strings on the wire.
- `Any` appears only where the spec leaves a value untyped (audit-log change values, raw unknown variants)
  and for `ErrorDetails`, Discord's recursive field-error tree.

To extend a model (gateway events add fields), subclass it and give every new field a default
(`guild_id: Snowflake | UnsetType = UNSET`) and pass `kw_only=True` as the generated classes do (msgspec
does not inherit it), so field order never matters.
"""

ENUMS_DOC = """The enum classes of Discord's spec (one per enum schema), for comparison and completion.

Model fields stay plain `int`/`str` (see `echord._generated.models`), so nothing needs these classes to
decode; `echord._generated.models` re-exports them lazily, and importing the models does not create them.
"""

ENUM_GETATTR = '''def __getattr__(name: str) -> Any:
    """The enum classes, imported from echord._generated.enums on first access."""
    if name in _ENUMS:
        from echord._generated import enums

        value = getattr(enums, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
'''

ENUM_BASES = {"integer": "enum.IntEnum", "string": "enum.StrEnum"}
PRIMITIVES = {"integer": "int", "number": "float", "boolean": "bool", "null": "None"}
STRING_FORMATS = {"snowflake": "Snowflake", "date-time": "datetime"}
CONSTRAINTS: dict[str, tuple[tuple[str, str], ...]] = {
    "string": (("minLength", "min_length"), ("maxLength", "max_length"), ("pattern", "pattern")),
    "integer": (("minimum", "ge"), ("maximum", "le")),
    "number": (("minimum", "ge"), ("maximum", "le")),
    "array": (("minItems", "min_length"), ("maxItems", "max_length")),
    "object": (("minProperties", "min_length"), ("maxProperties", "max_length")),
}
"""JSON-schema keyword -> msgspec.Meta argument; rendered on request-only models, where
`echord.rest` checks them before sending. Models Discord sends us are never constrained: a longer name
than the spec allows must not fail a decode."""
RENAMES = {"global": "global_", "_errors": "errors"}
"""Wire names that are not usable Python attribute names."""


def _doc(text: str, indent: str) -> str:
    """A triple-quoted docstring line block for `text`, escaped."""
    body = " ".join(text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').split())
    if body.endswith('"'):
        body += " "
    return f'{indent}"""{body}"""\n'


def _identifier(name: str) -> str:
    ident = "".join(ch if ch.isalnum() or ch == "_" else "_" for ch in name)
    if not ident or ident[0].isdigit():
        ident = "_" + ident
    return ident + "_" if keyword.iskeyword(ident) else ident


def _dedupe(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


class Emitter:
    """Renders the analysed schemas as Python source."""

    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.unknown_classes: dict[str, tuple[str, str]] = {}
        """Unknown variant class name -> (tag field, 'int'|'str')."""
        self.constrain = False
        """Whether the class being rendered gets the spec's constraints (request-only models)."""

    # -- types ------------------------------------------------------------------------------------------

    def unknown_for(self, variant: str) -> str:
        tag, split = self.a.tags.get(variant), self.a.splits.get(variant)
        if tag is not None:
            field, value = tag.field, tag.value
        elif split is not None:
            field, value = split.field, split.values[0][1]
        else:
            raise ValueError(f"{variant} has no tag")
        kind = "Int" if isinstance(value, int) else "Str"
        name = f"Unknown{camel(field)}{kind}"
        self.unknown_classes[name] = (field, kind.lower())
        return name

    def ref_types(self, name: str) -> list[str]:
        schema = self.a.schemas[name]
        if is_enum(schema):
            return [PRIMITIVES.get(schema["type"], "str")]
        if name in self.a.splits:
            return [sub for sub, _ in self.a.splits[name].values]
        if is_struct(schema):
            return [name]
        if union_members(schema) is not None:
            return [name]
        return self.types(schema)

    def types(self, node: Schema) -> list[str]:
        """The union members (as source text) of the Python type for a schema node."""
        name = ref_name(node)
        if name is not None:
            return self.ref_types(name)
        if id(node) in self.a.inline:
            out = [self.a.inline[id(node)]]
            return [*out, "None"] if "null" in (node.get("type") or ()) else out
        members = union_members(node)
        if members is not None:
            out = []
            refs = [ref_name(m) for m in members if ref_name(m) is not None]
            for member in members:
                out += self.types(member)
            refs_set = frozenset(r for r in refs if r is not None)
            if refs_set in self.a.fallback_unions:
                out.append(self.unknown_for(sorted(refs_set)[0]))
            if "None" in out:
                out = [t for t in out if t != "None"] + ["None"]
            return _dedupe(out)
        if "allOf" in node and "properties" not in node:
            out = []
            for member in node["allOf"]:
                out += self.types(member)
            return _dedupe(out)
        kinds = node.get("type")
        if kinds is None:
            return ["Any"]
        out = []
        for kind in kinds if isinstance(kinds, list) else [kinds]:
            out.append(self.constrained(kind, node, self.kind_type(kind, node)))
        if "None" in out:
            out = [t for t in out if t != "None"] + ["None"]
        return out

    def constrained(self, kind: str, node: Schema, text: str) -> str:
        """`text` wrapped in `Annotated[..., Meta(...)]` with the node's constraints, when they apply."""
        if not self.constrain or text in ("Snowflake", "datetime"):
            return text
        args = []
        for keyword_, argument in CONSTRAINTS.get(kind, ()):
            if keyword_ in node:
                if keyword_ == "pattern":
                    re.compile(node[keyword_])
                args.append(f"{argument}={node[keyword_]!r}")
        return f"Annotated[{text}, Meta({', '.join(args)})]" if args else text

    def kind_type(self, kind: str, node: Schema) -> str:
        if kind == "string":
            return STRING_FORMATS.get(str(node.get("format")), "str")
        if kind == "array":
            items = node.get("items")
            inner = " | ".join(self.types(items)) if isinstance(items, Mapping) else "Any"
            return f"list[{inner}]"
        if kind == "object":
            extra = node.get("additionalProperties")
            inner = " | ".join(self.types(extra)) if isinstance(extra, Mapping) else "Any"
            return f"dict[str, {inner}]"
        return PRIMITIVES[kind]

    def enum_of(self, node: Schema) -> str | None:
        """The enum class a field's values come from, for its docstring."""
        name = ref_name(node)
        if name is not None:
            return name if is_enum(self.a.schemas[name]) else None
        for key in ("allOf", "oneOf", "anyOf"):
            for member in node.get(key, ()):
                found = self.enum_of(member)
                if found:
                    return found
        items = node.get("items")
        return self.enum_of(items) if isinstance(items, Mapping) else None

    # -- classes ----------------------------------------------------------------------------------------

    def enum(self, name: str, schema: Schema) -> str:
        base = ENUM_BASES[schema["type"]]
        lines = [
            f"class {name}({base}):\n",
            _doc(schema.get("description") or f"Values of `{name}`.", "    "),
        ]
        used: set[str] = set()
        for member in schema["oneOf"]:
            ident = _identifier(str(member.get("title") or member["const"]))
            if ident in used:
                raise ValueError(f"{name}: duplicate member {ident}")
            used.add(ident)
            lines.append(f"    {ident} = {member['const']!r}\n")
            if member.get("description"):
                lines.append(_doc(member["description"], "    "))
        return "".join(lines)

    def fields(self, owner: str, schema: Schema, lenient: bool, skip: str | None = None) -> list[str]:
        required = set(schema.get("required", ()))
        lines: list[str] = []
        for wire, node in schema.get("properties", {}).items():
            if wire == skip:
                continue
            attr = RENAMES.get(wire, wire)
            types = self.field_types(owner, wire, node)
            if wire in required:
                default = "ABSENT" if lenient else None
            else:
                types = [*types, "UnsetType"]
                default = "UNSET"
            annotation = " | ".join(types)
            value: str | None = default
            if attr != wire:
                value = f"msgspec.field(name={wire!r}" + (f", default={default})" if default else ")")
            lines.append(f"    {attr}: {annotation}" + (f" = {value}\n" if value else "\n"))
            doc = node.get("description") or ""
            enum = self.enum_of(node)
            if enum:
                doc = f"{doc} Values: `{enum}`.".strip()
            if doc:
                lines.append(_doc(doc, "    "))
        return lines

    def field_types(self, owner: str, wire: str, node: Schema) -> list[str]:
        if owner == "InnerErrors" and wire == "_errors":
            return ["list[InnerError]"]
        return self.types(node)

    def struct(self, name: str, schema: Schema, base: str = "Model") -> str:
        lenient = self.a.inline_owner.get(name, name) in self.a.lenient
        self.constrain = not lenient
        own = schema
        for member in schema.get("allOf", ()):
            parent = ref_name(member)
            if parent is not None:
                base = parent
            else:
                own = member
        split = self.a.splits.get(name)
        tag = self.a.tags.get(name)
        config = ", kw_only=True"
        if tag is not None:
            config += f", tag_field={tag.field!r}, tag={tag.value!r}"
        lines = [f"class {name}({base}{config}):\n"]
        default_doc = (
            f"The `{name}` object Discord sends; any field may be absent (see the module docstring)."
            if lenient
            else f"The `{name}` request body sent to Discord."
        )
        lines.append(_doc(schema.get("description") or default_doc, "    "))
        if tag is not None:
            kind = "int" if isinstance(tag.value, int) else "str"
            lines.append(f"    {tag.field}: ClassVar[{kind}] = {tag.value!r}\n")
        if split is not None:
            kind = "int" if isinstance(split.values[0][1], int) else "str"
            lines.append(f"    {split.field}: ClassVar[{kind}]\n")
        skip = tag.field if tag is not None else split.field if split is not None else None
        lines += self.fields(name, own, lenient, skip=skip)
        self.constrain = False
        out = "".join(lines)
        if split is not None:
            for sub, value in split.values:
                kind = "int" if isinstance(value, int) else "str"
                out += (
                    f"\n\nclass {sub}({name}, tag_field={split.field!r}, tag={value!r}):\n"
                    + _doc(f"A `{name}` whose `{split.field}` is {value!r}.", "    ")
                    + f"    {split.field}: ClassVar[{kind}] = {value!r}\n"
                )
        return out

    def unknown(self, name: str, tag_field: str, kind: str) -> str:
        sentinel: int | str = -1 if kind == "int" else ""
        attr = RENAMES.get(tag_field, tag_field)
        fallback = "-1" if kind == "int" else '""'
        return (
            f"class {name}(UnknownVariant, tag_field={tag_field!r}, tag={sentinel!r}):\n"
            + _doc(
                f"A union member whose `{tag_field}` this version of echord does not know; `data` is the raw object.",
                "    ",
            )
            + "\n    @property\n"
            + f"    def {attr}(self) -> {kind}:\n"
            + _doc(f"The `{tag_field}` Discord sent.", "        ")
            + f"        value = self.data.get({tag_field!r})\n"
            + f"        return value if isinstance(value, {kind}) and not isinstance(value, bool) else {fallback}\n"
        )

    def alias(self, name: str, schema: Schema) -> str:
        if name == "ErrorDetails":
            text = "dict[str, Any]"
            doc = (
                "Discord's field-error tree: nested by field name and list index, `_errors` lists at the leaves "
                "(see `InnerErrors`). Recursive and mixing maps with objects, so kept as builtins."
            )
        else:
            text = " | ".join(self.types(schema))
            doc = schema.get("description") or f"The `{name}` schema."
        return f"{name}: TypeAlias = {text}\n" + _doc(doc, "")


INNER_ERROR = '''class InnerError(Model):
    """One error of a field in Discord's field-error tree (the items of `InnerErrors.errors`)."""

    code: str | int = ABSENT
    """The error code: a string in real responses (`BASE_TYPE_MAX_LENGTH`), an integer in the spec."""
    message: str = ABSENT
    """Human-readable error message."""
'''


def _order(analysis: Analysis, names: list[str]) -> list[str]:
    """Sorted by name, with each allOf parent before its children."""
    done: list[str] = []
    placed: set[str] = set()

    def place(name: str) -> None:
        if name in placed:
            return
        for member in analysis.schemas.get(name, {}).get("allOf", ()):
            parent = ref_name(member)
            if parent is not None:
                place(parent)
        placed.add(name)
        done.append(name)

    for name in sorted(names):
        place(name)
    return done


def generate(spec: dict[str, Any]) -> dict[str, str]:
    """Render `models.py` and `enums.py` (the enum classes, re-exported lazily by models) for the spec."""
    analysis = analyse(spec)
    emit = Emitter(analysis)
    schemas = analysis.schemas
    enums = sorted(n for n, s in schemas.items() if is_enum(s))
    structs = _order(
        analysis, [n for n, s in schemas.items() if is_struct(s)] + list(analysis.inline_schemas)
    )
    aliases = sorted(n for n in schemas if n not in enums and not is_struct(schemas[n]))
    blocks = [emit.enum(n, schemas[n]) for n in enums]
    struct_blocks = []
    for name in structs:
        struct_blocks.append(emit.struct(name, schemas.get(name) or analysis.inline_schemas[name]))
    struct_blocks.append(INNER_ERROR)
    alias_blocks = [emit.alias(n, schemas[n]) for n in aliases]
    fallbacks = []
    for name in sorted(set(analysis.tags) | set(analysis.splits)):
        if any(name in union for union in analysis.fallback_unions):
            fallbacks.append(f"{name}.__echord_fallback__ = {emit.unknown_for(name)}\n")
    for name, split in sorted(analysis.splits.items()):
        subs = ", ".join(sub for sub, _ in split.values)
        fallbacks.append(f"{name}.__echord_variants__ = ({subs},)\n")
    unknown_blocks = [emit.unknown(n, *emit.unknown_classes[n]) for n in sorted(emit.unknown_classes)]
    exported = sorted([*enums, *structs, "InnerError", *aliases, *emit.unknown_classes])
    exported += sorted(sub for split in analysis.splits.values() for sub, _ in split.values)
    exported_enums = ", ".join(repr(n) for n in enums)
    imported_enums = ", ".join(sorted(enums, key=lambda n: (n.lower(), n)))  # in ruff's isort order
    parts = [
        '"""' + MODULE_DOC + '"""\n\n',
        "from __future__ import annotations\n\n",
        "from datetime import datetime\n",
        "from typing import TYPE_CHECKING, Annotated, Any, ClassVar, TypeAlias\n\n",
        "import msgspec\n",
        "from msgspec import Meta\n\n",
        "from echord._support import ABSENT, UNSET, Model, Snowflake, UnknownVariant, UnsetType\n\n",
        "if TYPE_CHECKING:\n",
        "    from echord._generated.enums import (" + imported_enums + ")\n\n",
        "__all__ = [" + ", ".join(repr(n) for n in sorted(exported)) + "]\n\n",
        "# The enum classes live in echord._generated.enums (no field needs them, and creating them is a good\n",
        "# part of this module's import time); they are re-exported here on first access.\n",
        "_ENUMS = frozenset({" + exported_enums + "})\n\n\n",
        ENUM_GETATTR,
        "\n\n",
        "\n\n".join(unknown_blocks),
        "\n\n",
        "\n\n".join(struct_blocks),
        "\n\n",
        "\n".join(alias_blocks),
        "\n\n",
        "".join(fallbacks),
    ]
    enum_parts = [
        '"""' + ENUMS_DOC + '"""\n\n',
        "from __future__ import annotations\n\n",
        "import enum\n\n",
        "__all__ = [" + exported_enums + "]\n\n\n",
        "\n\n".join(blocks),
    ]
    return {"models.py": "".join(parts), "enums.py": "".join(enum_parts)}
