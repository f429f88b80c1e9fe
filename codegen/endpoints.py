"""Generate `echord._generated.endpoints`: one async method per operationId on `RESTEndpoints`.

The methods only shape arguments: they fill the route template, drop unset query parameters, and hand body,
files and audit-log reason to a `Requester` (echord.rest owns HTTP, rate limits and errors); then they decode
the response into the spec's response type.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from codegen.models import Emitter
from codegen.models_schema import analyse
from codegen.overrides import OperationFlags, iter_operations, operation_flags

__all__ = ["Operation", "Param", "generate", "operations"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
SNOWFLAKE = "#/components/schemas/SnowflakeType"
REF_PREFIX = "#/components/schemas/"
MODELS = "m"
LOCALS = frozenset({"data", "status_code"})
"""Local variables of the generated methods, which no parameter may be named."""


@dataclass(frozen=True, slots=True)
class Param:
    """A path or query parameter as the generated method spells it."""

    name: str
    wire: str
    annotation: str
    required: bool


@dataclass(slots=True)
class Operation:
    """Everything the template needs for one method."""

    operation_id: str
    method: str
    path: str
    doc: str
    path_params: list[Param]
    query: list[Param]
    body: str | None
    body_required: bool
    parts: list[Param]
    """Named binary parts of the multipart body (a sticker's `file`), typed `File`."""
    form: list[Param]
    """Plain form fields of a multipart-only body (a sticker's `name`, `tags`, `description`)."""
    flags: OperationFlags
    returns: str
    variants: list[str]
    """The body type of each 2xx status that has one, lowest status first."""
    variant_statuses: list[tuple[int, ...]]
    """The statuses answering with each of `variants` (same order)."""
    optional_body_response: bool

    @property
    def with_status(self) -> bool:
        """Whether the body type depends on the status (200 or 202), so the method must learn it."""
        return len(self.variants) > 1


def _python_name(wire: str) -> str:
    name = re.sub(r"\W", "_", wire)
    return f"{name}_" if keyword.iskeyword(name) or name in {"self", "body", "files", "reason"} else name


def _ref_name(ref: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise ValueError(f"unsupported $ref {ref!r}")
    return ref[len(REF_PREFIX) :]


def _members(annotation: str) -> list[str]:
    """The top-level members of a union annotation (`list[A | B] | None` -> `list[A | B]`, `None`)."""
    members: list[str] = []
    depth = start = 0
    for i, char in enumerate(annotation):
        depth += char == "["
        depth -= char == "]"
        if depth == 0 and annotation.startswith(" | ", i):
            members.append(annotation[start:i])
            start = i + 3
    members.append(annotation[start:])
    return members


def _join(parts: list[str]) -> str:
    """A union of annotations without repeats, `None` last."""
    unique: list[str] = []
    for part in parts:
        for piece in _members(part):
            if piece not in unique:
                unique.append(piece)
    if "None" in unique:
        unique.remove("None")
        unique.append("None")
    return " | ".join(unique)


class TypeNamer:
    """Python annotations for spec schemas, as the generated endpoints module writes them."""

    def __init__(self, schemas: dict[str, Any], emitter: Emitter | None = None) -> None:
        self.schemas = schemas
        self.emitter = emitter
        """The model emitter, for the `Unknown...` member of tagged unions decoded from responses."""

    def model(self, name: str) -> str:
        return f"{MODELS}.{name}"

    def _fallback(self, members: list[dict[str, Any]]) -> list[str]:
        """The models' Unknown variant `decode_json` adds to a tagged union of these members, if any."""
        if self.emitter is None:
            return []
        refs = frozenset(_ref_name(m["$ref"]) for m in members if "$ref" in m)
        if refs not in self.emitter.a.fallback_unions:
            return []
        return [self.model(self.emitter.unknown_for(sorted(refs)[0]))]

    def annotation(self, schema: dict[str, Any], *, query: bool = False, decoded: bool = False) -> str:
        """The type of a value; query=True maps enums to their primitive and accepts ints for snowflakes.

        decoded=True: a response body, so tagged unions include the `Unknown...` member that
        `echord._support.decode_json` returns for a tag value the models do not know.
        """
        ref = schema.get("$ref")
        if ref is not None:
            if ref == SNOWFLAKE:
                return "Snowflake | int" if query else "Snowflake"
            target = self.schemas[_ref_name(ref)]
            if query and "oneOf" in target and target.get("type") in ("integer", "string"):
                return "int" if target["type"] == "integer" else "str"
            return self.model(_ref_name(ref))
        for key in ("oneOf", "anyOf"):
            if key in schema:
                members = [self.annotation(s, query=query, decoded=decoded) for s in schema[key]]
                if decoded:
                    members += self._fallback(schema[key])
                return _join(members)
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0], query=query, decoded=decoded)
        kind = schema.get("type")
        if isinstance(kind, list):
            return _join([self.annotation({**schema, "type": k}, query=query, decoded=decoded) for k in kind])
        if kind == "null":
            return "None"
        if kind == "array":
            item = self.annotation(schema.get("items", {}), query=query, decoded=decoded)
            return f"Sequence[{item}]" if query else f"list[{item}]"
        if kind == "object":
            extra = schema.get("additionalProperties")
            value = self.annotation(extra, decoded=decoded) if isinstance(extra, dict) and extra else "object"
            return f"dict[str, {value}]"
        if kind == "string":
            if schema.get("contentEncoding") == "binary":
                return "bytes"
            if schema.get("format") == "date-time":
                return "datetime.datetime"
            return "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        raise ValueError(f"cannot name the type of schema {schema!r}")

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = self.schemas[_ref_name(schema["$ref"])]
        return schema


def _params(namer: TypeNamer, item: dict[str, Any], operation: dict[str, Any], where: str) -> list[Param]:
    merged: dict[str, dict[str, Any]] = {}
    for p in [*item.get("parameters", []), *operation.get("parameters", [])]:
        if p["in"] == where:
            merged[p["name"]] = p
    out = []
    for wire, p in merged.items():
        schema = p.get("schema", {})
        # Query values and snowflake ids take plain Python values: ints for ids, str/int for enums.
        loose = where == "query" or schema.get("$ref") == SNOWFLAKE
        annotation = namer.annotation(schema, query=loose)
        required = bool(p.get("required")) or where == "path"
        out.append(Param(name=_python_name(wire), wire=wire, annotation=annotation, required=required))
    return out


def _ordered_path_params(path: str, params: list[Param]) -> list[Param]:
    by_wire = {p.wire: p for p in params}
    order = re.findall(r"{([^}]+)}", path)
    missing = [w for w in order if w not in by_wire]
    if missing:
        raise ValueError(f"{path}: path parameters {missing} are not declared")
    return [by_wire[w] for w in order]


def _body(namer: TypeNamer, operation: dict[str, Any]) -> tuple[str | None, bool]:
    request = operation.get("requestBody")
    if request is None:
        return None, False
    schema = request.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None, False
    if isinstance(schema.get("type"), list) and "array" in schema["type"]:
        schema = {**schema, "type": "array"}  # a null list body means nothing to send: not offered
    annotation = namer.annotation(schema)
    resolved = namer.resolve(schema)
    # The spec marks every body required; a body whose fields are all optional can be left out.
    needs_fields = (
        bool(resolved.get("required"))
        or resolved.get("type") == "array"
        or "oneOf" in resolved
        or "anyOf" in resolved
    )
    return annotation, bool(request.get("required")) and needs_fields


FILES_PART = re.compile(r"files\[\d+\]")


def _multipart(namer: TypeNamer, operation: dict[str, Any]) -> tuple[list[Param], list[Param]]:
    """The named file parts and (for multipart-only bodies) the form fields of an operation.

    Only the object properties the multipart schema itself declares (top level or in an `allOf`) count: a
    union of JSON models in it is the `body`, sent as `payload_json`. `files[n]` parts are the `files`
    flag's business (spec/overrides/files.toml).
    """
    content = operation.get("requestBody", {}).get("content", {})
    schema = content.get("multipart/form-data", {}).get("schema")
    if schema is None:
        return [], []
    schema = namer.resolve(schema)
    objects = [schema, *(namer.resolve(member) for member in schema.get("allOf", ()))]
    parts: list[Param] = []
    form: list[Param] = []
    json_body = "application/json" in content
    for node in objects:
        if node.get("type") != "object":
            continue
        required = set(node.get("required", ()))
        for wire, prop in node.get("properties", {}).items():
            if FILES_PART.fullmatch(wire):
                continue
            name = _python_name(wire)
            if prop.get("contentEncoding") == "binary":
                parts.append(Param(name=name, wire=wire, annotation="File", required=wire in required))
            elif not json_body:
                annotation = namer.annotation(prop)
                form.append(Param(name=name, wire=wire, annotation=annotation, required=wire in required))
    form.sort(key=lambda p: not p.required)
    return parts, form


def _response(
    namer: TypeNamer, operation: dict[str, Any]
) -> tuple[str, list[str], list[tuple[int, ...]], bool]:
    """The return annotation, the body types of the 2xx statuses in order (with the statuses giving each),
    and whether 204 is possible."""
    variants: list[str] = []
    statuses: dict[str, list[int]] = {}
    empty = False
    for code in sorted(operation.get("responses", {})):
        if not code.startswith("2"):
            continue
        content = operation["responses"][code].get("content")
        if not content:
            empty = True
            continue
        if "application/json" not in content:
            annotation = "bytes"
            if annotation not in variants:
                variants.append(annotation)
            statuses.setdefault(annotation, []).append(int(code))
            continue
        schema = content["application/json"]["schema"]
        kind = schema.get("type")
        if isinstance(kind, list) and "array" in kind:
            # Discord never answers a list endpoint with null; the spec's nullability is noise.
            schema = {**schema, "type": "array"}
        annotation = namer.annotation(schema, decoded=True)
        if annotation not in variants:
            variants.append(annotation)
        statuses.setdefault(annotation, []).append(int(code))
    if not variants:
        return "None", [], [], False
    joined = _join(variants)
    codes = [tuple(statuses[v]) for v in variants]
    return (f"{joined} | None" if empty else joined), variants, codes, empty


def _doc(method: str, path: str, operation: dict[str, Any], flags: OperationFlags) -> str:
    """The docstring body: docs title, the spec's summary and description, route, docs link; indented."""
    lines: list[str] = []
    if flags.docs_title:
        lines += [f"{flags.docs_title}.", ""]
    for key in ("summary", "description"):
        text = operation.get(key)
        if isinstance(text, str) and text.strip():
            lines.extend(
                line.rstrip()
                for line in text.strip().replace('"""', "'''").replace("\\", "\\\\").splitlines()
            )
            lines.append("")
    lines.append(f"`{method} {path}`")
    if flags.docs_url:
        lines += ["", f"Docs: {flags.docs_url}"]
    body = "\n".join(f"        {line}" if line else "" for line in lines).lstrip()
    return body + "\n        " if len(lines) > 1 else body


def operations(spec: dict[str, Any]) -> list[Operation]:
    """The methods to generate, sorted by operationId so spec reordering does not move code."""
    namer = TypeNamer(spec.get("components", {}).get("schemas", {}), Emitter(analyse(spec)))
    out: list[Operation] = []
    for method, path, operation in iter_operations(spec):
        item = spec["paths"][path]
        path_params = _ordered_path_params(path, _params(namer, item, operation, "path"))
        query = _params(namer, item, operation, "query")
        query.sort(key=lambda p: not p.required)
        body, body_required = _body(namer, operation)
        parts, form = _multipart(namer, operation)
        returns, variants, statuses, optional = _response(namer, operation)
        flags = operation_flags(operation)
        out.append(
            Operation(
                operation_id=operation["operationId"],
                method=method,
                path=path,
                doc=_doc(method, path, operation, flags),
                path_params=path_params,
                query=query,
                body=body,
                body_required=body_required,
                parts=parts,
                form=form,
                flags=flags,
                returns=returns,
                variants=variants,
                variant_statuses=statuses,
                optional_body_response=optional,
            )
        )
    out.sort(key=lambda o: o.operation_id)
    for o in out:
        names = [p.name for p in [*o.path_params, *o.query, *o.parts, *o.form]]
        if len(set(names)) != len(names):
            raise ValueError(f"{o.operation_id}: two parameters are named alike: {sorted(names)}")
        clashes = set(names) & LOCALS
        if clashes:
            raise ValueError(f"{o.operation_id}: parameters {sorted(clashes)} clash with the method's locals")
    ids = [o.operation_id for o in out]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate operationIds in the spec")
    return out


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


@dataclass(frozen=True, slots=True)
class ResponseType:
    """A module-level `_Response` naming one response type, so calls reuse it (and its cached decoder); the
    models module is imported when the first reply is decoded, not when the endpoints are."""

    name: str
    annotation: str
    runtime: str
    """The expression building the type from the models module `m` (see `_runtime`)."""


def _constant_name(annotation: str) -> str:
    """`list[m.MessageResponse]` -> `_list_MessageResponse`: stable when other operations come and go."""
    words = re.findall(r"\w+", annotation.replace(f"{MODELS}.", ""))
    return "_" + "_".join("or" if w == "None" else w for w in words)


def _runtime(annotation: str) -> str:
    """The expression that builds a response type at run time from the models module `m`.

    `list[m.X]` is written `GenericAlias(list, (m.X,))` (the same object): inside the resolving lambda `m` is a
    module value, which a type checker does not accept inside a subscripted generic."""
    if f"{MODELS}." not in annotation or not annotation.startswith("list["):
        return annotation
    inner = annotation.removeprefix("list[").removesuffix("]")
    if "[" in inner:
        raise ValueError(f"no run-time form for the response type {annotation}")
    return f"GenericAlias(list, ({inner},))"


def _decode_one(variant: str, types: dict[str, ResponseType]) -> str:
    if variant == "bytes":
        return "data"
    return f"{types[variant].name}.decode(data)"


def _decode_expression(op: Operation, types: dict[str, ResponseType]) -> str | None:
    """How the method turns the response bytes `data` (and `status`, if it asked) into its return value."""
    if not op.variants:
        return None
    expression = _decode_one(op.variants[0], types)
    # Several 2xx statuses with different, untagged bodies (200 or 202): the status decides, not the body
    # (decoding is lenient, so a 202 body would also "fit" the 200 type).
    for variant, codes in reversed(list(zip(op.variants[1:], op.variant_statuses[1:], strict=True))):
        test = f"status_code == {codes[0]}" if len(codes) == 1 else f"status_code in {codes!r}"
        expression = f"{_decode_one(variant, types)} if {test} else {expression}"
    return f"({expression}) if data else None" if op.optional_body_response else expression


def generate(spec: dict[str, Any]) -> dict[str, str]:
    """{"endpoints.py": source} for the spec (with overrides applied)."""
    ops = operations(spec)
    types: dict[str, ResponseType] = {}
    for op in ops:
        for annotation in op.variants:
            if annotation != "bytes" and annotation not in types:
                types[annotation] = ResponseType(_constant_name(annotation), annotation, _runtime(annotation))
    if len({t.name for t in types.values()}) != len(types):
        raise ValueError("two response types map to one constant name")
    decode = {op.operation_id: _decode_expression(op, types) for op in ops}
    source = (
        _environment()
        .get_template("endpoints.py.jinja2")
        .render(ops=ops, types=sorted(types.values(), key=lambda t: t.name), decode=decode)
    )
    return {"endpoints.py": source}
