"""Routes and the keys the rate limiter files them under.

Discord limits per bucket (learned from `X-RateLimit-Bucket`) *and* per top-level resource in the path (the
major parameters), per token. Tokens (bot, webhook, interaction) are secrets, so every key holds a short
SHA-256 digest of them, never the token itself.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import quote

__all__ = [
    "MAJOR_PARAMETERS",
    "SECRET_PARAMETERS",
    "Route",
    "hash_secret",
    "is_global_exempt_template",
]

MAJOR_PARAMETERS: tuple[str, ...] = (
    "channel_id",
    "guild_id",
    "webhook_id",
    "webhook_token",
    "interaction_id",
    "interaction_token",
)
"""Path parameters that split a bucket: each value has its own counters (Discord's "top-level resources")."""

SECRET_PARAMETERS: frozenset[str] = frozenset({"webhook_token", "interaction_token"})
"""Path parameters that are credentials: hashed in keys, never logged."""


def hash_secret(secret: str) -> str:
    """A short, stable digest of a token: enough to tell tokens apart, useless to call the API with."""
    return hashlib.sha256(secret.encode()).hexdigest()[:16]


def is_global_exempt_template(template: str) -> bool:
    """Whether Discord exempts this route from the global limit: interaction callbacks and token webhooks.

    A fallback for callers that do not pass the generated method's `global_exempt` flag.
    """
    return template.startswith("/interactions/") or "{webhook_token}" in template


def _text(value: str | int) -> str:
    """A path value as text; ints (including `Snowflake`, whose str() is its repr) as plain digits."""
    return str(int(value)) if isinstance(value, int) else value


@dataclass(frozen=True, slots=True)
class Route:
    """One request's route: method, spec template, the filled path and its rate-limit identity."""

    method: str
    template: str
    path: str
    major: str
    """The major parameters as `name=value` pairs (secrets hashed); "" for routes without any."""

    @classmethod
    def build(cls, method: str, template: str, path_params: Mapping[str, str | int]) -> Route:
        """Fill `template` with `path_params` (each value URL-quoted) and derive the major key."""
        values = {name: _text(value) for name, value in path_params.items()}
        path = template
        for name, value in values.items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        if "{" in path:
            missing = [
                part.split("}")[0]
                for part in template.split("{")[1:]
                if part.split("}")[0] not in path_params
            ]
            raise ValueError(f"missing path parameters for {template}: {', '.join(missing)}")
        majors = []
        for name in MAJOR_PARAMETERS:
            if name in values:
                value = values[name]
                if name in SECRET_PARAMETERS:
                    value = hash_secret(value)
                majors.append(f"{name}={value}")
        return cls(method.upper(), template, path, ",".join(majors))

    @property
    def key(self) -> str:
        """`METHOD template`: what Discord maps to a bucket hash (the same for every major value)."""
        return f"{self.method} {self.template}"

    @property
    def global_exempt(self) -> bool:
        """Whether the template is one Discord exempts from the global limit."""
        return is_global_exempt_template(self.template)

    @property
    def idempotent(self) -> bool:
        """Whether sending the request twice has the effect of sending it once (safe to retry)."""
        return self.method in {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}

    def __str__(self) -> str:
        return self.key
