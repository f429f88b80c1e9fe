"""The root of every error echord raises, so `except echord.errors.EchordError` catches them all.

REST errors carry what Discord said (status, JSON error code, message, field errors) and never the token,
the request headers or a URL with a webhook/interaction token in it: only the route template.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = [
    "BadRequest",
    "CloudflareBanError",
    "EchordError",
    "FieldError",
    "Forbidden",
    "HTTPError",
    "InvalidRequestLimitError",
    "InvalidTokenError",
    "NetworkError",
    "NotFound",
    "RateLimitError",
    "RequestValidationError",
    "ServerError",
    "Unauthorized",
    "flatten_field_errors",
]


class EchordError(Exception):
    """Base class of every echord error."""


class FieldError:
    """One entry of Discord's field-error tree: where (`embeds.0.description`), which code, what message."""

    __slots__ = ("code", "message", "path")

    def __init__(self, path: str, code: str, message: str) -> None:
        self.path = path
        self.code = code
        self.message = message

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FieldError):
            return NotImplemented
        return (self.path, self.code, self.message) == (other.path, other.code, other.message)

    def __hash__(self) -> int:
        return hash((self.path, self.code, self.message))

    def __repr__(self) -> str:
        return f"FieldError({self.path!r}, {self.code!r}, {self.message!r})"

    def __str__(self) -> str:
        return f"{self.path or '<body>'}: {self.message} ({self.code})"


def flatten_field_errors(tree: object, prefix: str = "") -> list[FieldError]:
    """Flatten Discord's nested `errors` object into `path: message` entries, in the order Discord sent them.

    Discord nests by field name and list index and puts `_errors: [{code, message}]` at the leaves; codes are
    strings such as `BASE_TYPE_MAX_LENGTH` (the spec says integer, real responses say string).
    """
    found: list[FieldError] = []
    if not isinstance(tree, Mapping):
        return found
    for key, value in tree.items():
        if key == "_errors" and isinstance(value, Sequence) and not isinstance(value, str):
            for item in value:
                if isinstance(item, Mapping):
                    found.append(FieldError(prefix, str(item.get("code", "")), str(item.get("message", ""))))
        elif isinstance(value, Mapping):
            path = f"{prefix}.{key}" if prefix else str(key)
            found.extend(flatten_field_errors(value, path))
    return found


class HTTPError(EchordError):
    """Discord answered with an error status; `code` and `message` are from its JSON body when it sent one."""

    def __init__(
        self,
        status: int,
        method: str,
        route: str,
        *,
        code: int = 0,
        message: str = "",
        errors: Sequence[FieldError] = (),
    ) -> None:
        self.status = status
        self.method = method
        self.route = route
        self.code = code
        self.message = message
        self.errors = list(errors)
        text = f"{status} on {method} {route}"
        if code:
            text += f" (error code {code})"
        if message:
            text += f": {message}"
        for error in self.errors:
            text += f"\n  {error}"
        super().__init__(text)


class BadRequest(HTTPError):
    """400: the request was malformed; `errors` lists each offending field."""


class Unauthorized(HTTPError):
    """401: the token is missing or invalid."""


class Forbidden(HTTPError):
    """403: the token is valid but lacks permission for this resource."""


class NotFound(HTTPError):
    """404: the resource does not exist (or is not visible to this token)."""


class ServerError(HTTPError):
    """5xx: Discord failed; raised after the retries allowed for this request were used up."""


class InvalidTokenError(EchordError):
    """A previous request with this token got a 401: later calls fail fast instead of counting more 401s."""


class RateLimitError(EchordError):
    """Waiting for a rate limit would take longer than the configured maximum, so the request was not sent."""

    def __init__(self, message: str, *, retry_after: float, scope: str) -> None:
        self.retry_after = retry_after
        self.scope = scope
        super().__init__(message)


class InvalidRequestLimitError(RateLimitError):
    """Too many 401/403/429 responses in the last 10 minutes: sending more risks an IP ban by Discord."""


class CloudflareBanError(EchordError):
    """A 429 without Discord's rate-limit headers: Cloudflare blocks this IP (usually for invalid requests)."""

    def __init__(self, message: str, *, retry_after: float | None) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class NetworkError(EchordError):
    """The request could not be completed on the network (connect, read or write failure, timeout)."""


class RequestValidationError(EchordError, ValueError):
    """The request body breaks a constraint of the spec (length, range, …) and was not sent."""
