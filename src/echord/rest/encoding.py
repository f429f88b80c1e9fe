"""Request bodies: check them against the spec's constraints, then encode them as JSON."""

from __future__ import annotations

from typing import Any

import msgspec

from echord import _support
from echord._support import Snowflake
from echord.errors import RequestValidationError

__all__ = ["encode_json", "to_payload", "validate_body"]


def _enc_hook(obj: Any) -> Any:
    if isinstance(obj, Snowflake):
        return str(int(obj))
    raise NotImplementedError(f"cannot encode {type(obj).__name__}")


def _dec_hook(tp: type[Any], obj: Any) -> Any:
    if tp is Snowflake and isinstance(obj, int | str):
        return Snowflake(int(obj))
    raise NotImplementedError(f"cannot decode {tp.__name__}")


def validate_body(body: object) -> None:
    """Raise `RequestValidationError` if a model breaks its `Meta` constraints (length, range, pattern…).

    Constructing a msgspec Struct does not check constraints; a round trip through builtins does.
    """
    if not isinstance(body, msgspec.Struct):
        return
    try:
        msgspec.convert(msgspec.to_builtins(body, enc_hook=_enc_hook), type(body), dec_hook=_dec_hook)
    except msgspec.ValidationError as error:
        raise RequestValidationError(f"{type(body).__name__}: {error}") from None


def to_payload(body: object) -> object:
    """The body as JSON-ready builtins (dicts, lists, strings), snowflakes as strings, unknown union variants
    as the raw object Discord sent."""
    return _support.to_builtins(body)


def encode_json(payload: object) -> bytes:
    """Compact JSON bytes for a body or builtins payload (the models' own encoder: snowflakes as strings)."""
    return _support.encode_json(payload)
