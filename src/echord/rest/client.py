"""`RESTClient`: every Discord endpoint as a typed method, sent through a pluggable `Requester`.

The default requester is `echord.rest.requester.RESTRequester` (rate limits, retries, typed errors).
`PlainRequester` is the minimal one: one httpx client, auth, JSON and multipart encoding, and an error on
non-2xx, with no rate limiting and no retries.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import os
import re
from collections.abc import AsyncIterable, Mapping, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Literal
from urllib.parse import quote

import httpx
import msgspec

from echord._generated.endpoints import RESTEndpoints
from echord._support import UNSET, File, Requester, encode_json
from echord.errors import HTTPError
from echord.rest.base import StatusRequester
from echord.rest.requester import RESTRequester

__all__ = ["DEFAULT_BASE_URL", "USER_AGENT", "PlainRequester", "RESTClient"]

log = logging.getLogger("echord.rest")

DEFAULT_BASE_URL = "https://discord.com/api/v10"
LIBRARY_URL = "https://github.com/echord/echord"
LIBRARY_VERSION = "0.1.0"
USER_AGENT = f"DiscordBot ({LIBRARY_URL}, {LIBRARY_VERSION})"

TokenType = Literal["Bot", "Bearer"]
_PLACEHOLDER = re.compile(r"{([^}]+)}")


def fill_route(template: str, path_params: Mapping[str, str | int]) -> str:
    """The request path: each `{name}` replaced by its URL-encoded value."""

    def value(match: re.Match[str]) -> str:
        return quote(str(int(raw)) if isinstance(raw := path_params[match.group(1)], int) else raw, safe="")

    return _PLACEHOLDER.sub(value, template)


def encode_query(query: Mapping[str, object]) -> httpx.QueryParams:
    """Query pairs as Discord reads them: booleans as true/false, lists as repeated keys."""
    pairs: list[tuple[str, str | int | float | bool | None]] = []
    for key, value in query.items():
        for item in value if isinstance(value, list | tuple) else (value,):
            pairs.append((key, _query_value(item)))
    return httpx.QueryParams(pairs)


def _query_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return str(value)


async def read_file(file: File) -> bytes:
    """The whole content of a `File`, whatever its source kind."""
    source = file.source
    if isinstance(source, bytes):
        return source
    if isinstance(source, str | os.PathLike):
        return await asyncio.to_thread(Path(source).read_bytes)
    if isinstance(source, AsyncIterable):
        return b"".join([chunk async for chunk in source])
    stream: IO[bytes] = source
    return stream.read()


class PlainRequester(StatusRequester):
    """A minimal `Requester` on httpx: no rate limits, no retries; raises `HTTPError` on non-2xx."""

    __slots__ = ("_authorization", "_base_url", "_http", "_owns_http")

    def __init__(
        self,
        token: str,
        *,
        token_type: TokenType = "Bot",
        base_url: str = DEFAULT_BASE_URL,
        http: httpx.AsyncClient | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._authorization = f"{token_type} {token}"
        self._base_url = base_url.rstrip("/")
        self._owns_http = http is None
        self._http = http if http is not None else httpx.AsyncClient(timeout=timeout)

    def __repr__(self) -> str:
        return f"PlainRequester(base_url={self._base_url!r})"

    async def aclose(self) -> None:
        """Close the httpx client if this requester created it."""
        if self._owns_http:
            await self._http.aclose()

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
        """`request`, returning the 2xx status with the body."""
        headers = {"User-Agent": USER_AGENT}
        if auth:
            headers["Authorization"] = self._authorization
        if reason:
            headers["X-Audit-Log-Reason"] = quote(reason, safe="")
        content: bytes | None = None
        data: dict[str, str] | None = None
        upload: list[tuple[str, tuple[str, bytes, str]]] | None = None
        if files or form or parts:
            named = [(f"files[{i}]", f) for i, f in enumerate(files or ())] + list((parts or {}).items())
            upload = [
                (name, (f.filename, await read_file(f), f.content_type or "application/octet-stream"))
                for name, f in named
            ]
            data = dict(form or {})
            if body is not UNSET:
                data["payload_json"] = encode_json(body).decode("utf-8")
        elif body is not UNSET:
            content = encode_json(body)
            headers["Content-Type"] = "application/json"
        response = await self._http.request(
            method,
            self._base_url + fill_route(template, path_params),
            params=encode_query(query) if query else None,
            headers=headers,
            content=content,
            data=data,
            files=upload,
        )
        log.debug("%s %s -> %d", method, template, response.status_code)
        if not 200 <= response.status_code < 300:
            raise _error(response, method, template)
        return response.status_code, response.content


class _ErrorBody(msgspec.Struct):
    code: int = 0
    message: str = ""


def _error(response: httpx.Response, method: str, template: str) -> HTTPError:
    """An HTTPError naming the route template, never the filled path (it can hold a webhook token)."""
    try:
        parsed = msgspec.json.decode(response.content, type=_ErrorBody)
    except (msgspec.DecodeError, msgspec.ValidationError):
        parsed = _ErrorBody()
    return HTTPError(response.status_code, method, template, code=parsed.code, message=parsed.message)


class RESTClient(RESTEndpoints):
    """Discord's REST API as typed async methods.

    `async with RESTClient(token) as rest: me = await rest.get_my_user()`. By default requests go through
    `RESTRequester` (rate limits, retries, typed errors); pass `requester=` to send through something else
    (a `RESTRequester` sharing a Redis-backed limiter, the `PlainRequester`, a test double).
    """

    __slots__ = ("_closer",)
    _closer: RESTRequester | None

    def __init__(
        self,
        token: str,
        *,
        token_type: TokenType = "Bot",
        base_url: str = DEFAULT_BASE_URL,
        requester: Requester | None = None,
    ) -> None:
        if requester is None:
            limited = RESTRequester(token, token_type=token_type, base_url=base_url, api_version=None)
            requester, self._closer = limited, limited
        else:
            self._closer = None
        super().__init__(requester)

    def __repr__(self) -> str:
        return f"RESTClient(requester={self._requester!r})"

    async def aclose(self) -> None:
        """Release the HTTP connections of the default requester (a passed-in one is the caller's)."""
        if self._closer is not None:
            await self._closer.aclose()

    async def __aenter__(self) -> RESTClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
