"""Turning an error response into the matching `HTTPError` subclass."""

from __future__ import annotations

import msgspec

from echord.errors import (
    BadRequest,
    FieldError,
    Forbidden,
    HTTPError,
    NotFound,
    ServerError,
    Unauthorized,
    flatten_field_errors,
)
from echord.rest.routes import Route

__all__ = ["http_error"]

_BY_STATUS: dict[int, type[HTTPError]] = {400: BadRequest, 401: Unauthorized, 403: Forbidden, 404: NotFound}


class _ErrorBody(msgspec.Struct):
    code: int = 0
    message: str = ""
    errors: dict[str, object] = msgspec.field(default_factory=dict)


def http_error(status: int, route: Route, body: bytes) -> HTTPError:
    """The error for `status`, with Discord's code, message and flattened field errors when the body has them.

    Only the route *template* is named: the filled path can hold webhook or interaction tokens.
    """
    cls = _BY_STATUS.get(status) or (ServerError if status >= 500 else HTTPError)
    code, message, errors = 0, "", list[FieldError]()
    try:
        parsed = msgspec.json.decode(body, type=_ErrorBody, strict=False)
    except msgspec.DecodeError:
        pass
    else:
        code, message, errors = parsed.code, parsed.message, flatten_field_errors(parsed.errors)
    return cls(status, route.method, route.template, code=code, message=message, errors=errors)
