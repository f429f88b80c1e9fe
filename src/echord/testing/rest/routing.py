"""Route table for the emulated REST API: templates as the spec writes them, handlers and their context."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote

from .. import api_errors
from .._json import JSONObject, JSONValue
from ..intents import ALL_INTENTS
from ..world import World


@dataclass
class Settings:
    """What the REST side shares with the rest of the emulator (the gateway spends the identify budget)."""

    gateway_url: str = ""
    shards: int = 1
    max_concurrency: int = 1
    session_start_total: int = 1000
    session_start_remaining: int = 1000
    allowed_intents: int = ALL_INTENTS
    """Intents the application may use: privileged ones are GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT."""


@dataclass
class Reply:
    status: int = 200
    body: JSONValue = None


@dataclass
class Call:
    """One request as a handler sees it: the world, path parameters, query and decoded JSON body."""

    world: World
    settings: Settings
    params: dict[str, str]
    query: dict[str, list[str]]
    body: JSONValue
    headers: dict[str, str] = field(default_factory=dict)

    def id(self, name: str) -> int:
        """A snowflake path parameter; anything else is Discord's NUMBER_TYPE_COERCE error."""
        value = self.params[name]
        if not value.isdigit():
            raise api_errors.invalid_form_body(
                {
                    name: {
                        "_errors": [
                            api_errors.field_error("NUMBER_TYPE_COERCE", f'Value "{value}" is not snowflake.')
                        ]
                    }
                }
            )
        return int(value)

    def query_int(self, name: str, default: int, minimum: int, maximum: int) -> int:
        raw = self.query.get(name, [None])[-1]
        if raw is None or raw == "":
            return default
        if not raw.lstrip("-").isdigit():
            raise api_errors.invalid_form_body(
                {
                    name: {
                        "_errors": [
                            api_errors.field_error("NUMBER_TYPE_COERCE", f'Value "{raw}" is not int.')
                        ]
                    }
                }
            )
        value = int(raw)
        if not minimum <= value <= maximum:
            code, message = (
                ("NUMBER_TYPE_MAX", f"int value should be less than or equal to {maximum}.")
                if value > maximum
                else ("NUMBER_TYPE_MIN", f"int value should be greater than or equal to {minimum}.")
            )
            raise api_errors.invalid_form_body({name: {"_errors": [api_errors.field_error(code, message)]}})
        return value

    def query_id(self, name: str) -> int | None:
        raw = self.query.get(name, [None])[-1]
        if raw is None or raw == "":
            return None
        if not raw.isdigit():
            raise api_errors.invalid_form_body(
                {
                    name: {
                        "_errors": [
                            api_errors.field_error("NUMBER_TYPE_COERCE", f'Value "{raw}" is not snowflake.')
                        ]
                    }
                }
            )
        return int(raw)

    def query_bool(self, name: str) -> bool:
        return self.query.get(name, ["false"])[-1].lower() in ("true", "1")

    def json(self) -> JSONObject:
        """The body as an object (an absent body counts as `{}`; other JSON types are a form error)."""
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise api_errors.invalid_form_body(
                {
                    "_errors": [
                        api_errors.field_error(
                            "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType"
                        )
                    ]
                }
            )
        return self.body


Handler = Callable[[Call], Reply]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    handler: Handler
    major: tuple[str, ...] = ()
    auth: bool = True
    global_exempt: bool = False
    rate_limited: bool = True
    pattern: re.Pattern[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        regex = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.template))
        object.__setattr__(self, "pattern", re.compile(f"^{regex}$"))

    @property
    def key(self) -> str:
        """How faults and rate-limit configuration name the route: "METHOD /template"."""
        return f"{self.method} {self.template}"

    @property
    def literal_segments(self) -> int:
        return sum(1 for part in self.template.split("/") if part and not part.startswith("{"))


class RouteTable:
    """Handlers registered by decorator; matching prefers the template with the most literal segments."""

    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(
        self,
        method: str,
        template: str,
        *,
        major: tuple[str, ...] = (),
        auth: bool = True,
        global_exempt: bool = False,
        rate_limited: bool = True,
    ) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes.append(Route(method, template, handler, major, auth, global_exempt, rate_limited))
            return handler

        return register

    def extend(self, other: RouteTable) -> None:
        self.routes.extend(other.routes)
        self.routes.sort(key=lambda r: -r.literal_segments)

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]]:
        """The route for a request; 404 when no template matches the path, 405 when the method differs."""
        path_matched = False
        for route in self.routes:
            found = route.pattern.match(path)
            if found is None:
                continue
            path_matched = True
            if route.method == method:
                return route, {k: unquote(v) for k, v in found.groupdict().items()}
        raise api_errors.method_not_allowed() if path_matched else api_errors.not_found()


def ok(body: JSONValue) -> Reply:
    return Reply(200, body)


def created(body: JSONValue) -> Reply:
    return Reply(201, body)


def no_content() -> Reply:
    return Reply(204, None)
