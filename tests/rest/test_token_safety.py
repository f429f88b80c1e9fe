"""No token in any log line (DEBUG, every logger) or exception text, whatever goes wrong."""

from __future__ import annotations

import logging
import traceback
from typing import Annotated

import httpx
import msgspec
import pytest

from echord._support import UNSET, Model, UnsetType
from echord.errors import EchordError
from echord.rest.ratelimiter import RateLimiter
from echord.rest.requester import RESTRequester
from echord.rest.retry import RetryPolicy

BOT_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.bot-token-never-shown"
WEBHOOK_TOKEN = "webhook-token-never-shown-0123456789"
INTERACTION_TOKEN = "aW50ZXJhY3Rpb246interaction-token-never-shown"
SECRETS = (BOT_TOKEN, WEBHOOK_TOKEN, INTERACTION_TOKEN)

LIMITS = {
    "x-ratelimit-bucket": "b1",
    "x-ratelimit-limit": "5",
    "x-ratelimit-remaining": "4",
    "x-ratelimit-reset-after": "0.05",
}


def answer(request: httpx.Request) -> httpx.Response:
    """Route by a `case` query parameter to every kind of failure."""
    case = request.url.params.get("case", "ok")
    if case == "401":
        return httpx.Response(401, json={"code": 0, "message": "401: Unauthorized"})
    if case == "403":
        return httpx.Response(403, json={"code": 50013, "message": "Missing Permissions"}, headers=LIMITS)
    if case == "429":
        headers = {**LIMITS, "x-ratelimit-remaining": "0", "x-ratelimit-scope": "shared"}
        return httpx.Response(
            429, json={"message": "limited", "retry_after": 5.0, "global": False}, headers=headers
        )
    if case == "cloudflare":
        return httpx.Response(429, content=b"<html>banned</html>")
    if case == "500":
        return httpx.Response(500, content=b"oops")
    if case == "network":
        raise httpx.ConnectError(f"cannot reach {request.url}")
    if case == "400":
        return httpx.Response(
            400,
            json={
                "code": 50035,
                "message": "Invalid Form Body",
                "errors": {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Too long"}]}},
            },
        )
    return httpx.Response(200, json={"ok": True}, headers=LIMITS)


class Short(Model):
    content: Annotated[str, msgspec.Meta(max_length=3)] | UnsetType = UNSET


async def test_no_token_in_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("echord", "httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    texts: list[str] = []
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    limiter = RateLimiter(max_wait=1.0)
    rest = RESTRequester(
        BOT_TOKEN,
        base_url="http://discord.test/api",
        http=http,
        limiter=limiter,
        retry=RetryPolicy(base=0.001, max_retries=1),
    )
    texts.append(repr(rest))
    calls = [
        ("GET", "/channels/{channel_id}/messages", {"channel_id": 1}, "ok", UNSET),
        (
            "POST",
            "/webhooks/{webhook_id}/{webhook_token}",
            {"webhook_id": 2, "webhook_token": WEBHOOK_TOKEN},
            "ok",
            UNSET,
        ),
        (
            "POST",
            "/webhooks/{webhook_id}/{webhook_token}",
            {"webhook_id": 2, "webhook_token": WEBHOOK_TOKEN},
            "network",
            UNSET,
        ),
        (
            "POST",
            "/interactions/{interaction_id}/{interaction_token}/callback",
            {"interaction_id": 3, "interaction_token": INTERACTION_TOKEN},
            "400",
            UNSET,
        ),
        ("GET", "/guilds/{guild_id}", {"guild_id": 4}, "403", UNSET),
        ("GET", "/guilds/{guild_id}/members", {"guild_id": 4}, "429", UNSET),
        ("GET", "/users/@me", {}, "cloudflare", UNSET),
        ("GET", "/gateway/bot", {}, "500", UNSET),
        ("GET", "/channels/{channel_id}", {"channel_id": 5}, "network", UNSET),
        ("POST", "/channels/{channel_id}/messages", {"channel_id": 1}, "ok", Short(content="too long")),
        ("GET", "/users/@me", {}, "401", UNSET),
        ("GET", "/users/@me", {}, "ok", UNSET),  # fails fast: the token is invalid now
    ]
    kinds = set()
    for method, template, params, case, body in calls:
        try:
            await rest.request(method, template, params, query={"case": case}, body=body)
        except EchordError as error:
            kinds.add(type(error).__name__)
            texts.append(str(error))
            texts.append(repr(error))
            texts.append("".join(traceback.format_exception(error)))
    await rest.aclose()
    assert kinds >= {
        "BadRequest",
        "Forbidden",
        "RateLimitError",
        "CloudflareBanError",
        "ServerError",
        "NetworkError",
        "RequestValidationError",
        "Unauthorized",
        "InvalidTokenError",
    }
    texts.extend(record.getMessage() for record in caplog.records)
    assert any("echord.rest" in record.name and record.levelno == logging.DEBUG for record in caplog.records)
    assert any(record.name == "httpx" for record in caplog.records)
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, text
