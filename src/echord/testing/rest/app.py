"""The REST front: auth, scripted faults, rate limits, JSON decoding, then the route handler."""

from __future__ import annotations

import json
import logging
import secrets
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP

from .. import api_errors
from .._json import JSONValue
from ..faults import RestFaults
from ..ratelimits import RateLimiter
from ..transport import HTTPRequest, HTTPResponse
from ..world import World
from . import (
    applications,
    channels,
    commands,
    guilds,
    interactions,
    invites_emojis,
    messages,
    users,
    webhooks,
)
from .routing import Call, Route, RouteTable, Settings

log = logging.getLogger("echord.testing.rest")

API_PREFIXES = ("/api/v10", "/api/v9")


def build_routes() -> RouteTable:
    table = RouteTable()
    for module in (
        users,
        applications,
        guilds,
        channels,
        messages,
        webhooks,
        commands,
        interactions,
        invites_emojis,
    ):
        table.extend(module.routes)
    return table


class RestApp:
    """Turns HTTP requests into world changes and Discord-shaped responses; never lets an error escape."""

    def __init__(self, world: World, settings: Settings, limiter: RateLimiter, faults: RestFaults) -> None:
        self.world = world
        self.settings = settings
        self.limiter = limiter
        self.faults = faults
        self.table = build_routes()
        self.requests: list[tuple[str, str]] = []
        """(method, path) of every request served, for assertions."""
        self.on_request: Callable[[], None] | None = None

    async def __call__(self, request: HTTPRequest) -> HTTPResponse:
        headers: dict[str, str] = {}
        try:
            return self._handle(request, headers)
        except api_errors.APIError as error:
            return _json_response(error.status, error.body(), headers)
        except Exception:
            log.exception("REST handler failed for %s %s", request.method, request.path)
            return _json_response(500, api_errors.internal_server_error().body(), headers)
        finally:
            if self.on_request is not None:
                self.on_request()

    def _handle(self, request: HTTPRequest, headers: dict[str, str]) -> HTTPResponse:
        self.requests.append((request.method, request.path))
        path = next((request.path[len(p) :] for p in API_PREFIXES if request.path.startswith(p + "/")), None)
        if path is None:
            raise api_errors.not_found()
        route, params = self.table.match(request.method, path)
        if route.auth:
            self._authenticate(request)
        fault = self.faults.take(route.key)
        if fault is not None:
            return _fault_response(
                fault.status, fault.retry_after, fault.scope, self.limiter.bucket_hash(route.key)
            )
        major = "/".join(params.get(name, "") for name in route.major)
        decision = (
            self.limiter.check(route.key, major, global_exempt=route.global_exempt)
            if route.rate_limited
            else None
        )
        if decision is not None:
            headers.update(decision.headers)
        if decision is not None and decision.limited:
            body = {
                "message": "You are being rate limited.",
                "retry_after": round(decision.retry_after or 0.0, 3),
                "global": decision.scope == "global",
            }
            return _json_response(429, body, headers)
        call = Call(self.world, self.settings, params, request.query, _decode_body(request), request.headers)
        reply = route.handler(call)
        return _json_response(reply.status, reply.body, headers)

    def _authenticate(self, request: HTTPRequest) -> None:
        token = request.headers.get("authorization", "")
        expected = f"Bot {self.world.bot_token}"
        if not secrets.compare_digest(token.encode(), expected.encode()):
            raise api_errors.unauthorized()

    def route_for(self, method: str, template: str) -> Route:
        for route in self.table.routes:
            if route.method == method and route.template == template:
                return route
        raise KeyError(f"{method} {template}")


def _decode_body(request: HTTPRequest) -> JSONValue:
    """JSON bodies, and multipart bodies whose `payload_json` part carries the JSON (files are recorded)."""
    if not request.body:
        return None
    content_type = request.headers.get("content-type", "application/json")
    if content_type.startswith("multipart/form-data"):
        return _decode_multipart(content_type, request.body)
    try:
        return json.loads(request.body)
    except (ValueError, UnicodeDecodeError) as error:
        raise api_errors.invalid_json() from error


def _decode_multipart(content_type: str, body: bytes) -> JSONValue:
    message = BytesParser(policy=HTTP).parsebytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    payload: JSONValue = {}
    files: list[tuple[str, int]] = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        data = part.get_payload(decode=True)
        raw = data if isinstance(data, bytes) else b""
        if name == "payload_json":
            try:
                payload = json.loads(raw)
            except ValueError as error:
                raise api_errors.invalid_json() from error
        elif part.get_filename():
            files.append((str(part.get_filename()), len(raw)))
    if isinstance(payload, dict) and files:
        attachments = payload.get("attachments") or [{"id": i} for i in range(len(files))]
        for index, (filename, size) in enumerate(files):
            if index < len(attachments) and isinstance(attachments[index], dict):
                attachments[index].update(filename=filename, size=size)
        payload["attachments"] = attachments
    return payload


def _json_response(status: int, body: JSONValue, headers: dict[str, str]) -> HTTPResponse:
    if status == 204 or body is None:
        return HTTPResponse(204 if status < 300 else status, b"", dict(headers))
    return HTTPResponse(status, json.dumps(body).encode(), {"Content-Type": "application/json", **headers})


def _fault_response(status: int, retry_after: float, scope: str, bucket: str) -> HTTPResponse:
    if status != 429:
        return HTTPResponse(
            status,
            b"upstream connect error or disconnect/reset before headers",
            {"Content-Type": "text/plain"},
        )
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": scope == "global"}
    headers = {"Retry-After": str(max(1, round(retry_after))), "X-RateLimit-Scope": scope}
    if scope == "global":
        headers["X-RateLimit-Global"] = "true"
    else:
        headers.update(
            {
                "X-RateLimit-Limit": "1",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                "X-RateLimit-Bucket": bucket,
            }
        )
    return HTTPResponse(429, json.dumps(body).encode(), {"Content-Type": "application/json", **headers})
