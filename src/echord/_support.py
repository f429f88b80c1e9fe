"""Runtime support for the generated code: the one hand-written module `_generated` imports.

Keep it small and free of other echord imports: every generated model, endpoint method and event is
designed against exactly these names, and every runtime layer (rest, gateway, cache) builds on them.

Decoding is tolerant (see the module docstring of `echord._generated.models`): `Decoder` tries msgspec's
typed decoder first and, only when that fails, decodes to builtins, drops what does not fit the model
(logged on `echord.models`) and converts the rest, so a newer API never makes a whole payload unreadable.
"""

from __future__ import annotations

import logging
import operator
import os
import types
import typing
from collections.abc import AsyncIterable, Mapping, Sequence
from datetime import datetime
from typing import IO, Any, ClassVar, Final, Generic, Protocol, TypeAlias, TypeVar

import msgspec
import msgspec.inspect as mi

__all__ = [
    "ABSENT",
    "UNSET",
    "Decoder",
    "File",
    "FileSource",
    "Model",
    "Requester",
    "Snowflake",
    "UnknownVariant",
    "UnsetType",
    "decode_json",
    "encode_json",
    "to_builtins",
]

log = logging.getLogger("echord.models")

T = TypeVar("T")


class Snowflake(int):
    """A Discord id: an int on the Python side, a decimal string on the wire."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Snowflake({int(self)})"

    __str__ = int.__repr__


UnsetType: TypeAlias = msgspec.UnsetType
"""The type of `UNSET`: a field Discord did not send, distinct from `None` (a field sent as null)."""

UNSET: Final = msgspec.UNSET

ABSENT: Any = msgspec.UNSET
"""The default of a field the spec marks required, on models Discord sends: `UNSET`, typed loosely so the
annotation can stay `content: str` instead of `str | UnsetType`. Reading it when Discord did omit the field
gives `UNSET` (falsy); that trade is documented in `echord._generated.models`."""


class Model(msgspec.Struct, omit_defaults=True, kw_only=True, repr_omit_defaults=True):
    """Base of every generated model: unknown fields are ignored, unset fields are not sent, keyword-only.

    Keyword-only construction lets subclasses (gateway events) add fields with defaults in any order.
    """

    __echord_variants__: ClassVar[tuple[type[Model], ...]] = ()
    """For a base split by tag value (channels): the tagged subclasses a reference to it decodes to."""
    __echord_fallback__: ClassVar[type[Model] | None] = None
    """For a tagged variant: the `UnknownVariant` subclass its unions fall back to on an unknown tag."""


_UNKNOWN_KEY: Final = "$echord_unknown"
"""The wire name of `UnknownVariant.data`: no JSON object Discord sends has it, so `encode_json` can spot an
unknown variant in its output and write the raw object in its place."""
_UNKNOWN_MARK: Final = b'"$echord_unknown":'


class UnknownVariant(Model):
    """A member of a tagged union whose tag value this version does not know; `data` is the raw object.

    Generated subclasses fix the tag field and a sentinel tag (-1 or ""). `encode_json` and `to_builtins`
    write `data` itself, exactly the object Discord sent, so decode -> encode gives back the same JSON.
    (msgspec's own encoders write the struct: the sentinel tag plus `data` under a private key, which decodes
    back to the same unknown variant.)
    """

    data: dict[str, Any] = msgspec.field(default_factory=dict, name=_UNKNOWN_KEY)


FileSource: TypeAlias = "bytes | str | os.PathLike[str] | IO[bytes] | AsyncIterable[bytes]"


class File:
    """A file to upload: bytes, a path, a binary file object or an async iterator of chunks.

    Only a description of the upload; `echord.rest` reads it (again, when a request is retried).
    """

    __slots__ = ("content_type", "description", "filename", "source", "spoiler")

    def __init__(
        self,
        source: bytes | str | os.PathLike[str] | IO[bytes] | AsyncIterable[bytes],
        filename: str | None = None,
        *,
        description: str | None = None,
        spoiler: bool = False,
        content_type: str | None = None,
    ) -> None:
        if filename is None:
            if isinstance(source, str | os.PathLike):
                filename = os.path.basename(os.fspath(source))
            else:
                name = getattr(source, "name", None)
                filename = os.path.basename(name) if isinstance(name, str) else "file"
        if spoiler and not filename.startswith("SPOILER_"):
            filename = f"SPOILER_{filename}"
        self.source = source
        self.filename = filename
        self.description = description
        self.spoiler = spoiler
        self.content_type = content_type

    def __repr__(self) -> str:
        return f"File(filename={self.filename!r})"


class Requester(Protocol):
    """What generated endpoint methods call: send one request, return the raw response body.

    `template` is the route as the spec writes it (`/channels/{channel_id}/messages`); `path_params` fills
    it. The implementation (echord.rest) owns encoding, auth, rate limits, retries and errors.

    Any of `files`, `form` or `parts` makes the request multipart/form-data: `form` fields as plain parts,
    `body` (if given) as the `payload_json` part, `files` as `files[n]` parts (listed in the payload's
    `attachments`), and each of `parts` as a file part under its own name (a sticker's `file`).
    """

    async def request(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str | int],
        *,
        query: Mapping[str, object] | None = None,
        body: object = UNSET,
        files: Sequence[File] | None = None,
        form: Mapping[str, str] | None = None,
        parts: Mapping[str, File] | None = None,
        reason: str | None = None,
        auth: bool = True,
        global_exempt: bool = False,
    ) -> bytes: ...

    async def request_with_status(
        self,
        method: str,
        template: str,
        path_params: Mapping[str, str | int],
        *,
        query: Mapping[str, object] | None = None,
        body: object = UNSET,
        files: Sequence[File] | None = None,
        form: Mapping[str, str] | None = None,
        parts: Mapping[str, File] | None = None,
        reason: str | None = None,
        auth: bool = True,
        global_exempt: bool = False,
    ) -> tuple[int, bytes]:
        """`request`, also returning the 2xx status: for operations whose body type depends on it (200/202)."""
        ...


_dec_hook: Final = operator.call
"""msgspec's hook for the one custom type of the models, `Snowflake`: `Snowflake("123")`. A C-level call,
faster than any Python hook function (numbers in codegen/models.py)."""


_enc_hook: Final = int.__repr__
"""msgspec's hook for what it cannot encode natively; among the models' types only `Snowflake` (an int subclass,
written as a decimal string). C-level, so encoding costs no Python call per snowflake; anything else that is
not an int raises TypeError. Enums are encoded natively and never reach it."""


_ENCODER: Final = msgspec.json.Encoder(enc_hook=_enc_hook)


def _unwrap_unknown(obj: object) -> object:
    """Builtins with every encoded `UnknownVariant` replaced by the raw object it holds."""
    if isinstance(obj, dict):
        if _UNKNOWN_KEY in obj:
            return _unwrap_unknown(obj[_UNKNOWN_KEY])
        return {key: _unwrap_unknown(value) for key, value in obj.items()}
    if isinstance(obj, list):
        return [_unwrap_unknown(item) for item in obj]
    return obj


def to_builtins(obj: object) -> object:
    """A model (or builtins holding models) as JSON-ready builtins: snowflakes as strings, UNSET fields left
    out, unknown variants as the raw object Discord sent."""
    return _unwrap_unknown(msgspec.to_builtins(obj, enc_hook=_enc_hook))


def encode_json(obj: object) -> bytes:
    """JSON for a model (or builtins holding models): snowflakes as strings, UNSET fields left out, unknown
    variants as the raw object Discord sent (the slower path runs only when the output holds one)."""
    out = _ENCODER.encode(obj)
    if _UNKNOWN_MARK in out:
        out = _ENCODER.encode(to_builtins(obj))
    return out


def _expand(tp: object) -> Any:
    """The type to decode for `tp`: split bases become their tagged subclasses, unions gain fallbacks."""
    if isinstance(tp, type) and issubclass(tp, Model) and tp.__echord_variants__:
        return typing.Union[tp.__echord_variants__]  # noqa: UP007
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        members: list[object] = []
        for arg in args:
            expanded = _expand(arg)
            members.extend(
                typing.get_args(expanded) if typing.get_origin(expanded) is typing.Union else [expanded]
            )
        for arg in list(members):
            fallback = arg.__echord_fallback__ if isinstance(arg, type) and issubclass(arg, Model) else None
            if fallback is not None and fallback not in members:
                members.append(fallback)
        return typing.Union[tuple(members)]  # noqa: UP007
    if origin in (list, dict) and args:
        return origin[tuple(_expand(a) for a in args)]
    return tp


class _Drop:
    """Marks a value that does not fit its type and is left out."""


_DROP: Final = _Drop()


def _scalar_fits(obj: object, t: mi.Type) -> bool:
    if isinstance(t, mi.NoneType):
        return obj is None
    if isinstance(t, mi.BoolType):
        return isinstance(obj, bool)
    if isinstance(obj, bool):
        return False
    if isinstance(t, mi.IntType):
        return isinstance(obj, int) or (isinstance(obj, str) and obj.lstrip("-").isdigit())
    if isinstance(t, mi.FloatType):
        return isinstance(obj, int | float)
    if isinstance(t, mi.StrType):
        return isinstance(obj, str)
    if isinstance(t, mi.DateTimeType):
        try:
            msgspec.convert(obj, datetime)
        except msgspec.ValidationError:
            return False
        return True
    if isinstance(t, mi.CustomType) and t.cls is Snowflake:
        return isinstance(obj, int) or (isinstance(obj, str) and obj.isdigit())
    if isinstance(t, mi.LiteralType):
        return obj in t.values
    return True


def _repair_union(obj: object, t: mi.UnionType, path: str, dropped: list[str]) -> object:
    structs = [m for m in t.types if isinstance(m, mi.StructType)]
    if isinstance(obj, dict) and structs:
        tagged = [m for m in structs if m.tag_field is not None]
        if tagged:
            value = obj.get(tagged[0].tag_field)
            for member in tagged:
                if member.tag == value:
                    return _repair_struct(obj, member, path, dropped)
            for member in tagged:
                if issubclass(member.cls, UnknownVariant):
                    return {member.tag_field: member.tag, _UNKNOWN_KEY: obj}
            return _DROP
        return _repair_struct(obj, structs[0], path, dropped)
    for option in t.types:
        if isinstance(option, mi.StructType):
            continue
        if isinstance(option, mi.ListType | mi.DictType | mi.UnionType) or _scalar_fits(obj, option):
            fixed = _repair(obj, option, path, dropped)
            if fixed is not _DROP:
                return fixed
    return _DROP


def _repair_struct(obj: object, t: mi.StructType, path: str, dropped: list[str]) -> object:
    if not isinstance(obj, dict) or (t.tag_field is not None and obj.get(t.tag_field, t.tag) != t.tag):
        return _DROP
    try:
        msgspec.convert(obj, t.cls, dec_hook=_dec_hook, strict=False)
    except msgspec.ValidationError:
        pass
    else:
        return obj  # this subtree fits: no need to walk it in Python
    out = dict(obj)
    for f in t.fields:
        if f.encode_name not in out:
            if f.required:
                return _DROP
            continue
        fixed = _repair(out[f.encode_name], f.type, f"{path}.{f.encode_name}", dropped)
        if fixed is _DROP:
            if f.required:
                return _DROP
            del out[f.encode_name]
            dropped.append(f"{path}.{f.encode_name}")
        else:
            out[f.encode_name] = fixed
    return out


def _repair(obj: object, t: mi.Type, path: str, dropped: list[str]) -> object:
    """`obj` with every value that cannot decode as `t` left out (recorded in `dropped`), or _DROP."""
    if isinstance(t, mi.UnionType):
        return _repair_union(obj, t, path, dropped)
    if isinstance(t, mi.StructType):
        return _repair_struct(obj, t, path, dropped)
    if isinstance(t, mi.ListType | mi.VarTupleType | mi.SetType | mi.FrozenSetType):
        if not isinstance(obj, list):
            return _DROP
        items = []
        for i, item in enumerate(obj):
            fixed = _repair(item, t.item_type, f"{path}[{i}]", dropped)
            if fixed is _DROP:
                dropped.append(f"{path}[{i}]")
            else:
                items.append(fixed)
        return items
    if isinstance(t, mi.DictType):
        if not isinstance(obj, dict):
            return _DROP
        kept = {}
        for key, value in obj.items():
            fixed = _repair(value, t.value_type, f"{path}[{key!r}]", dropped)
            if fixed is _DROP:
                dropped.append(f"{path}[{key!r}]")
            else:
                kept[key] = fixed
        return kept
    return obj if _scalar_fits(obj, t) else _DROP


_REPORTED: set[tuple[str, str]] = set()
"""(type, first error) pairs already logged as a warning: the same mismatch repeats on every payload of its
kind (a new component type in every message), so only its first occurrence is a warning, the rest debug."""
_REPORT_LIMIT: Final = 1024


class Decoder(Generic[T]):
    """A reusable tolerant JSON decoder for one type: msgspec's speed, never fails on a newer API's payload.

    Raises `msgspec.DecodeError` for malformed JSON and `msgspec.ValidationError` only when the payload's
    top level itself does not fit (an object where a list is expected, a missing field of a request model).
    """

    __slots__ = ("_fast", "_info", "_type")

    def __init__(self, tp: type[T]) -> None:
        self._type: Any = _expand(tp)
        self._fast: msgspec.json.Decoder[T] = msgspec.json.Decoder(
            self._type, dec_hook=_dec_hook, strict=False
        )
        self._info: mi.Type | None = None

    def decode(self, data: bytes | str) -> T:
        """Decode `data`; a payload that does not fit the model exactly goes through the lenient path."""
        try:
            return self._fast.decode(data)
        except msgspec.ValidationError as exc:
            return self._salvage(data, exc)

    def _salvage(self, data: bytes | str, error: msgspec.ValidationError) -> T:
        raw = msgspec.json.decode(data)
        if self._info is None:
            self._info = mi.type_info(self._type)
        dropped: list[str] = []
        fixed = _repair(raw, self._info, "$", dropped)
        if fixed is _DROP:
            raise error
        result: T = msgspec.convert(fixed, self._type, dec_hook=_dec_hook, strict=False)
        key = (repr(self._type), str(error))
        level = logging.DEBUG if key in _REPORTED else logging.WARNING
        if len(_REPORTED) < _REPORT_LIMIT:
            _REPORTED.add(key)
        log.log(
            level, "payload did not fit %s (%s); left out: %s", self._type, error, ", ".join(dropped) or "-"
        )
        return result


_DECODERS: dict[object, Decoder[Any]] = {}


def decode_json(data: bytes | str, tp: type[T]) -> T:
    """Decode a JSON body into `tp` tolerantly (see `Decoder`), with one cached decoder per type."""
    decoder = _DECODERS.get(tp)
    if decoder is None:
        decoder = _DECODERS[tp] = Decoder(tp)
    result: T = decoder.decode(data)
    return result
