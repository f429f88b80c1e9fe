"""`RESTRequester`: the `Requester` generated endpoint methods call, with rate limits, retries and errors.

One call = validate the body, wait for the rate limiter, send over httpx, teach the limiter from the
response, then return the body, retry (5xx, network, 429) or raise the matching `echord.errors` error.
The token lives in one private attribute; logs, reprs and errors name the route template only.
"""

from __future__ import annotations

import datetime
import logging
import random
import re
from collections.abc import Mapping, Sequence
from typing import Literal
from urllib.parse import quote

import httpx

from echord import __version__
from echord._support import UNSET, File
from echord.errors import CloudflareBanError, InvalidTokenError, NetworkError, NotFound, RateLimitError
from echord.rest.base import StatusRequester
from echord.rest.encoding import encode_json, to_payload, validate_body
from echord.rest.failures import http_error
from echord.rest.metrics import RESTEvent
from echord.rest.multipart import FileReader, encode_multipart, merge_attachments
from echord.rest.ratelimiter import RateLimiter
from echord.rest.retry import RetryPolicy
from echord.rest.routes import Route, hash_secret

__all__ = ["DEFAULT_BASE_URL", "USER_AGENT", "RESTRequester"]

_log = logging.getLogger("echord.rest.requester")

DEFAULT_BASE_URL = "https://discord.com/api"
"""Without the version: `api_version` is appended unless it is None or the URL already ends in `/vN`."""


# The package's own constant, not importlib.metadata: that import and its search of every installed
# distribution cost ~10 ms of each REST import (pyproject.toml and echord.__version__ say the same version).
USER_AGENT = f"DiscordBot (https://github.com/echord/echord, {__version__})"

UNKNOWN_WEBHOOK = 10015
"""Discord's JSON error code for a webhook that does not exist (or whose token is wrong)."""

ANONYMOUS = "anonymous"
"""The token digest used for requests sent without authorization (Discord limits those per IP)."""


class _RedactSecretPaths(logging.Filter):
    """httpx logs each URL at INFO; webhook and interaction URLs carry a token, so cut it out."""

    _pattern = re.compile(r"(/(?:webhooks/\d+|interactions/\d+)/)[^/?\s\"]+")

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(self._redact(arg) for arg in record.args)
        record.msg = self._redact(record.msg)
        return True

    def _redact(self, value: object) -> object:
        if isinstance(value, int | float):
            return value
        text = str(value)
        redacted = self.redact_text(text)
        return value if redacted == text else redacted

    def redact_text(self, text: str) -> str:
        """`text` with every webhook/interaction token in a URL path replaced by `<token>`."""
        return self._pattern.sub(r"\1<token>", text)


_redactor = _RedactSecretPaths()


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


def _query_params(query: Mapping[str, object] | None) -> httpx.QueryParams:
    """Query values as Discord reads them: booleans lowercase, sequences repeated, unset and None left out."""
    params: list[tuple[str, str | int | float | bool | None]] = []
    for name, value in (query or {}).items():
        values = value if isinstance(value, list | tuple) else [value]
        params.extend((name, _query_value(item)) for item in values if item is not None and item is not UNSET)
    return httpx.QueryParams(params)


class _Upload:
    """The files, form fields and named file parts of one multipart request, read again for each attempt."""

    __slots__ = ("_count", "_form", "_names", "_reader")

    def __init__(self, files: Sequence[File], form: Mapping[str, str], parts: Mapping[str, File]) -> None:
        self._count = len(files)
        self._form = dict(form)
        self._names = list(parts)
        self._reader = FileReader([*files, *parts.values()])

    async def encode(self, payload_json: bytes | None) -> tuple[bytes, str]:
        """The multipart body and its Content-Type header."""
        contents = await self._reader.read_all()
        files = self._reader.files
        named = [
            (name, file, data)
            for name, file, data in zip(
                self._names, files[self._count :], contents[self._count :], strict=True
            )
        ]
        return encode_multipart(
            payload_json, files[: self._count], contents[: self._count], form=self._form, named=named
        )


class RESTRequester(StatusRequester):
    """Sends REST requests for one token (or none), sharing a `RateLimiter` with other requesters if given.

    Several requesters (several tokens, several processes with a `RedisStore`) can share one limiter: the
    limiter keys everything by a digest of the token.
    """

    def __init__(
        self,
        token: str | None = None,
        *,
        token_type: Literal["Bot", "Bearer"] = "Bot",
        base_url: str = DEFAULT_BASE_URL,
        api_version: int | None = 10,
        limiter: RateLimiter | None = None,
        retry: RetryPolicy | None = None,
        http: httpx.AsyncClient | None = None,
        timeout: float = 30.0,
        user_agent: str = USER_AGENT,
    ) -> None:
        self._token = token
        self._authorization = f"{token_type} {token}" if token else None
        self._digest = hash_secret(token) if token else ANONYMOUS
        self.token_type = token_type
        base_url = base_url.rstrip("/")
        versioned = api_version is None or re.search(r"/v\d+$", base_url)
        self.base_url = base_url if versioned else f"{base_url}/v{api_version}"
        self.limiter = limiter or RateLimiter()
        self._owns_limiter = limiter is None
        self.retry = retry or RetryPolicy()
        # Enough connections that a request the limiter lets go is sent at once, not queued in the pool
        # (a queued request would reach Discord later than the limiter counted it).
        limits = httpx.Limits(max_connections=500, max_keepalive_connections=100)
        self._http = http or httpx.AsyncClient(timeout=timeout, limits=limits)
        self._owns_http = http is None
        self.user_agent = user_agent
        self._rng = random.Random()
        self._unknown_webhooks: set[str] = set()
        logging.getLogger("httpx").addFilter(_redactor)

    def __repr__(self) -> str:
        return f"RESTRequester(token_type={self.token_type!r}, base_url={self.base_url!r})"

    async def __aenter__(self) -> RESTRequester:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client and the limiter if this requester created them."""
        if self._owns_http:
            await self._http.aclose()
        if self._owns_limiter:
            await self.limiter.aclose()

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
        """`request`, returning the final 2xx status with the body (200 or 202 bodies differ for searches)."""
        route = Route.build(method, template, path_params)
        if body is not UNSET:
            validate_body(body)
        digest = self._digest if auth else ANONYMOUS
        if auth and self._authorization is None:
            raise InvalidTokenError(f"{route} needs a token and this requester has none")
        headers = {"User-Agent": self.user_agent}
        if auth and self._authorization is not None:
            headers["Authorization"] = self._authorization
        if reason:
            headers["X-Audit-Log-Reason"] = quote(reason, safe="")
        upload = _Upload(files or (), form or {}, parts or {}) if files or form or parts else None
        payload_json: bytes | None = None
        content: bytes | None = None
        if files:
            payload_json = encode_json(
                merge_attachments(to_payload(body) if body is not UNSET else {}, files)
            )
        elif upload is not None and body is not UNSET:
            payload_json = encode_json(body)
        elif body is not UNSET:
            content = encode_json(body)
            headers["Content-Type"] = "application/json"
        return await self._send(
            route,
            digest,
            headers,
            _query_params(query),
            content,
            payload_json,
            upload,
            auth,
            global_exempt or route.global_exempt,
        )

    async def _send(
        self,
        route: Route,
        digest: str,
        headers: dict[str, str],
        params: httpx.QueryParams,
        content: bytes | None,
        payload_json: bytes | None,
        upload: _Upload | None,
        auth: bool,
        exempt: bool,
    ) -> tuple[int, bytes]:
        url = self.base_url + route.path
        limiter = self.limiter
        attempt = 1
        rate_limited = 0
        while True:
            if route.major in self._unknown_webhooks:
                # Discord: after a webhook's 404, do not use it again (repeats earn a temporary ban).
                raise NotFound(
                    404,
                    route.method,
                    route.template,
                    code=UNKNOWN_WEBHOOK,
                    message="Unknown Webhook (seen before)",
                )
            if auth and limiter.is_token_invalid(digest):
                raise InvalidTokenError(f"{route}: the token was rejected (401) earlier; not sending")
            if upload is not None:
                content, headers["Content-Type"] = await upload.encode(payload_json)
            ticket = await limiter.acquire(route, digest, global_exempt=exempt)
            limiter.metrics.emit(_event("request", route))
            try:
                response = await self._http.request(
                    route.method, url, params=params, content=content, headers=headers
                )
            except httpx.TransportError as error:
                await limiter.abandon(ticket)
                if not self.retry.may_retry_error(error, route.idempotent, attempt):
                    # Not chained: httpx errors can quote the URL, and a webhook URL holds its token.
                    detail = _redactor.redact_text(str(error))
                    raise NetworkError(
                        f"{type(error).__name__} on {route} (try {attempt}): {detail}"
                    ) from None
                await self._backoff(route, attempt, type(error).__name__)
                attempt += 1
                continue
            except BaseException:
                await limiter.abandon(ticket)
                raise
            status = response.status_code
            data = response.content
            limiter.metrics.emit(_event("response", route, str(status)))
            too_many = await limiter.record_response(ticket, status, response.headers, data)
            if status < 300:
                return status, data
            if too_many is not None:
                if not too_many.from_discord:
                    raise CloudflareBanError(
                        f"{route}: 429 without Discord's rate-limit headers: Cloudflare is blocking this IP "
                        "(too many invalid requests?)",
                        retry_after=too_many.retry_after or None,
                    )
                rate_limited += 1
                if rate_limited > self.retry.max_rate_limit_retries:
                    raise RateLimitError(
                        f"{route}: still rate limited ({too_many.scope}) after {rate_limited} tries",
                        retry_after=too_many.retry_after,
                        scope=too_many.scope,
                    )
                limiter.metrics.emit(_event("retry", route, "429"))
                continue
            if status == 401 and auth:
                limiter.mark_token_invalid(digest)
                _log.warning("%s -> 401: token marked invalid; later calls with it fail fast", route)
            if self.retry.may_retry_status(status, route.idempotent, attempt):
                await self._backoff(route, attempt, str(status))
                attempt += 1
                continue
            failure = http_error(status, route, data)
            if failure.code == UNKNOWN_WEBHOOK and "{webhook_token}" in route.template:
                self._unknown_webhooks.add(route.major)
            raise failure

    async def _backoff(self, route: Route, attempt: int, cause: str) -> None:
        delay = self.retry.delay(attempt, self._rng)
        _log.debug("retry %d of %s after %s in %.3fs", attempt, route, cause, delay)
        self.limiter.metrics.emit(_event("retry", route, cause))
        self.limiter.metrics.emit(_event("wait", route, "backoff", delay))
        await self.limiter.clock.sleep(delay)


def _event(kind: str, route: Route, label: str = "", value: float = 1.0) -> RESTEvent:
    return RESTEvent(kind, route.key, label, value)
