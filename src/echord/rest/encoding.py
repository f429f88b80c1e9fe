"""Request bodies: check them against the spec's constraints, then encode them as JSON."""

from __future__ import annotations

import types
import typing
from typing import Any

import msgspec
import msgspec.structs

from echord import _support
from echord._support import Snowflake
from echord.errors import RequestValidationError

__all__ = ["encode_json", "to_payload", "validate_body", "validator_for"]


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, Snowflake):
        return str(int(obj))
    raise NotImplementedError(f"cannot encode {type(obj).__name__}")


def _dec_hook(tp: type[Any], obj: Any) -> Any:
    if tp is Snowflake and isinstance(obj, int | str):
        return Snowflake(int(obj))
    raise NotImplementedError(f"cannot decode {tp.__name__}")


def _shallow(tp: Any) -> Any:
    """`tp` with every Struct type in it replaced by `Any`; constraints (`Annotated[..., Meta]`) kept."""
    if isinstance(tp, type) and issubclass(tp, msgspec.Struct):
        return Any
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return typing.Annotated[(_shallow(args[0]), *tp.__metadata__)]
    if origin in (typing.Union, types.UnionType):
        members: list[Any] = []
        for arg in args:
            shallow = _shallow(arg)
            if shallow is Any:
                return Any
            if shallow not in members:
                members.append(shallow)
        return typing.Union[tuple(members)]  # noqa: UP007
    if origin in (list, tuple, set, frozenset, dict) and args:
        return origin[tuple(_shallow(arg) for arg in args)]
    return tp


_VALIDATORS: dict[type[msgspec.Struct], type[msgspec.Struct]] = {}


def validator_for(cls: type[msgspec.Struct]) -> type[msgspec.Struct]:
    """A Struct with the fields (wire names, defaults, constraints) of `cls`, nested Structs typed `Any`.

    Converting a model's builtins to it checks the model's own constraints, whatever its fields hold: each
    nested Struct value is checked against its own class (`validate_body` walks them), so no union of
    untagged request Structs (msgspec cannot convert to one) is ever converted to. Built once per class.
    """
    validator = _VALIDATORS.get(cls)
    if validator is None:
        fields: list[tuple[str, Any, Any]] = []
        for info in msgspec.structs.fields(cls):
            if info.default is not msgspec.NODEFAULT:
                default: Any = msgspec.field(name=info.encode_name, default=info.default)
            elif info.default_factory is not msgspec.NODEFAULT:
                default = msgspec.field(name=info.encode_name, default_factory=info.default_factory)
            else:
                default = msgspec.field(name=info.encode_name)
            fields.append((info.name, _shallow(info.type), default))
        validator = msgspec.defstruct(f"{cls.__name__}Validator", fields, kw_only=True)
        msgspec.json.Decoder(validator, dec_hook=_dec_hook)  # raises TypeError now, not on first use
        _VALIDATORS[cls] = validator
    return validator


def _validate(value: object, path: str, root: str) -> None:
    if isinstance(value, msgspec.Struct):
        validator = validator_for(type(value))
        try:
            msgspec.convert(msgspec.to_builtins(value, enc_hook=_enc_hook), validator, dec_hook=_dec_hook)
        except msgspec.ValidationError as error:
            message = str(error).replace("`$", f"`{path}")
            raise RequestValidationError(f"{root}: {message}") from None
        for info in msgspec.structs.fields(value):
            _validate(getattr(value, info.name), f"{path}.{info.encode_name}", root)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _validate(item, f"{path}[{index}]", root)
    elif isinstance(value, dict):
        for key, item in value.items():
            _validate(item, f"{path}[{key!r}]", root)


def validate_body(body: object) -> None:
    """Raise `RequestValidationError` if a model breaks its `Meta` constraints (length, range, pattern…).

    Constructing a msgspec Struct does not check constraints; a round trip through builtins does. Each Struct
    in the body (also inside lists, for bulk bodies) is checked against its own class.
    """
    root = type(body[0]).__name__ + "[]" if isinstance(body, list) and body else type(body).__name__
    _validate(body, "$", root)


def to_payload(body: object) -> object:
    """The body as JSON-ready builtins (dicts, lists, strings), snowflakes as strings, unknown union variants
    as the raw object Discord sent."""
    return _support.to_builtins(body)


def encode_json(payload: object) -> bytes:
    """Compact JSON bytes for a body or builtins payload (the models' own encoder: snowflakes as strings)."""
    return _support.encode_json(payload)
