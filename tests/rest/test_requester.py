"""RESTRequester against a scripted httpx transport: headers, errors, retries, uploads, validation."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Annotated

import httpx
import msgspec
import pytest

from echord._support import UNSET, File, Model, Snowflake, UnsetType
from echord.errors import (
    BadRequest,
    CloudflareBanError,
    Forbidden,
    InvalidTokenError,
    NetworkError,
    NotFound,
    RequestValidationError,
    ServerError,
    Unauthorized,
)
from echord.rest.ratelimiter import RateLimiter
from echord.rest.requester import RESTRequester
from echord.rest.retry import RetryPolicy

TOKEN = "MTIzNDU2.requester.secret"
Handler = Callable[[httpx.Request], httpx.Response]


class Script:
    """Answers requests from a list of responses (the last one repeats) and records every request."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.bodies.append(request.read())
        answer = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def requester(script: Script, *, token_type: str = "Bot", **retry: object) -> RESTRequester:
    http = httpx.AsyncClient(transport=httpx.MockTransport(script))
    policy = RetryPolicy(base=0.001, **retry)  # type: ignore[arg-type]
    return RESTRequester(
        TOKEN, token_type=token_type, base_url="http://discord.test/api", http=http, retry=policy
    )  # type: ignore[arg-type]


def ok(body: bytes = b"{}") -> httpx.Response:
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


def error(status: int, payload: dict[str, object]) -> httpx.Response:
    return httpx.Response(status, content=msgspec.json.encode(payload))


async def test_headers_url_and_query() -> None:
    script = Script(ok(b'{"id":"1"}'))
    rest = requester(script)
    body = await rest.request(
        "GET",
        "/channels/{channel_id}/messages",
        {"channel_id": Snowflake(42)},
        query={"limit": 5, "around": Snowflake(7), "with_counts": True, "after": None, "before": UNSET},
        reason="cleanup: spam / raids ✓",
    )
    assert body == b'{"id":"1"}'
    sent = script.requests[0]
    assert (
        str(sent.url) == "http://discord.test/api/v10/channels/42/messages?limit=5&around=7&with_counts=true"
    )
    assert sent.headers["authorization"] == f"Bot {TOKEN}"
    assert sent.headers["user-agent"].startswith("DiscordBot (https://github.com/echord/echord, ")
    assert sent.headers["x-audit-log-reason"] == "cleanup%3A%20spam%20%2F%20raids%20%E2%9C%93"
    assert TOKEN not in repr(rest)
    await rest.aclose()


async def test_bearer_tokens_json_bodies_and_unauthenticated_calls() -> None:
    script = Script(ok())
    rest = requester(script, token_type="Bearer")
    await rest.request("PATCH", "/users/@me", {}, body={"username": "x"})
    await rest.request("GET", "/gateway", {}, auth=False)
    first, second = script.requests
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
    assert first.headers["content-type"] == "application/json" and script.bodies[0] == b'{"username":"x"}'
    assert "authorization" not in second.headers


async def test_a_400_carries_discords_code_message_and_flattened_field_errors() -> None:
    payload = {
        "code": 50035,
        "message": "Invalid Form Body",
        "errors": {
            "embeds": {
                "0": {
                    "description": {
                        "_errors": [
                            {"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 4096 or fewer in length."}
                        ]
                    }
                }
            },
            "content": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]},
        },
    }
    rest = requester(Script(error(400, payload)))
    with pytest.raises(BadRequest) as caught:
        await rest.request("POST", "/channels/{channel_id}/messages", {"channel_id": 1}, body={"embeds": []})
    err = caught.value
    assert (err.status, err.code, err.message) == (400, 50035, "Invalid Form Body")
    assert [(e.path, e.code) for e in err.errors] == [
        ("embeds.0.description", "BASE_TYPE_MAX_LENGTH"),
        ("content", "BASE_TYPE_REQUIRED"),
    ]
    assert "embeds.0.description: Must be 4096 or fewer in length." in str(err)
    assert err.route == "/channels/{channel_id}/messages"


@pytest.mark.parametrize(("status", "kind"), [(403, Forbidden), (404, NotFound), (409, None)])
async def test_error_classes_by_status(status: int, kind: type[Exception] | None) -> None:
    rest = requester(Script(error(status, {"code": 50013, "message": "Missing Permissions"})))
    with pytest.raises(Exception) as caught:
        await rest.request("DELETE", "/guilds/{guild_id}", {"guild_id": 1})
    if kind is not None:
        assert type(caught.value) is kind
    assert getattr(caught.value, "code", None) == 50013


async def test_5xx_is_retried_for_safe_methods_only() -> None:
    script = Script(httpx.Response(503), httpx.Response(502), ok(b"done"))
    rest = requester(script)
    assert await rest.request("GET", "/users/@me", {}) == b"done"
    assert len(script.requests) == 3
    assert rest.limiter.metrics.retries == {"503": 1, "502": 1}
    post = Script(httpx.Response(500), ok())
    with pytest.raises(ServerError):
        await requester(post).request(
            "POST", "/channels/{channel_id}/messages", {"channel_id": 1}, body={"content": "x"}
        )
    assert len(post.requests) == 1  # never repeated: Discord may have created the message
    forced = Script(httpx.Response(500), ok())
    await requester(forced, retry_unsafe=True).request(
        "POST", "/channels/{channel_id}/typing", {"channel_id": 1}
    )
    assert len(forced.requests) == 2


async def test_retries_are_capped() -> None:
    script = Script(httpx.Response(504))
    with pytest.raises(ServerError):
        await requester(script, max_retries=2).request("GET", "/users/@me", {})
    assert len(script.requests) == 3


async def test_network_errors_retry_when_the_request_never_left_or_is_safe() -> None:
    connect = Script(httpx.ConnectError("refused"), ok())
    await requester(connect).request(
        "POST", "/channels/{channel_id}/messages", {"channel_id": 1}, body={"content": "x"}
    )
    assert len(connect.requests) == 2
    read = Script(httpx.ReadTimeout("slow"), ok())
    with pytest.raises(NetworkError):
        await requester(read).request(
            "POST", "/channels/{channel_id}/messages", {"channel_id": 1}, body={"content": "x"}
        )
    assert len(read.requests) == 1
    safe = Script(httpx.ReadTimeout("slow"), ok())
    await requester(safe).request("GET", "/users/@me", {})
    assert len(safe.requests) == 2


async def test_a_401_invalidates_the_token_for_later_calls() -> None:
    script = Script(error(401, {"code": 0, "message": "401: Unauthorized"}))
    rest = requester(script)
    with pytest.raises(Unauthorized):
        await rest.request("GET", "/users/@me", {})
    with pytest.raises(InvalidTokenError):
        await rest.request("GET", "/users/@me", {})
    assert len(script.requests) == 1
    assert rest.limiter.metrics.invalid == 1


async def test_a_429_without_discord_headers_is_a_cloudflare_ban() -> None:
    banned = httpx.Response(429, content=b"<html>error 1015</html>", headers={"retry-after": "3600"})
    with pytest.raises(CloudflareBanError) as caught:
        await requester(Script(banned)).request("GET", "/users/@me", {})
    assert caught.value.retry_after == 3600.0


async def test_a_user_429_waits_and_retries() -> None:
    headers = {
        "x-ratelimit-scope": "user",
        "x-ratelimit-bucket": "abc",
        "x-ratelimit-limit": "5",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": "0.05",
    }
    limited = httpx.Response(
        429,
        content=b'{"message":"You are being rate limited.","retry_after":0.05,"global":false}',
        headers=headers,
    )
    script = Script(limited, ok())
    rest = requester(script)
    await rest.request("GET", "/guilds/{guild_id}/roles", {"guild_id": 1})
    assert len(script.requests) == 2
    assert rest.limiter.metrics.rate_limited == {"user": 1}
    assert rest.limiter.metrics.waited["bucket"] >= 0.05


class Embed(Model):
    description: Annotated[str, msgspec.Meta(max_length=10)] | UnsetType = UNSET


class CreateMessage(Model):
    content: Annotated[str, msgspec.Meta(max_length=20)] | UnsetType = UNSET
    embeds: list[Embed] | UnsetType = UNSET
    channel: Snowflake | UnsetType = UNSET


async def test_models_are_validated_before_sending() -> None:
    script = Script(ok())
    rest = requester(script)
    with pytest.raises(RequestValidationError) as caught:
        await rest.request(
            "POST",
            "/channels/{channel_id}/messages",
            {"channel_id": 1},
            body=CreateMessage(embeds=[Embed(description="x" * 11)]),
        )
    assert "$.embeds[0].description" in str(caught.value)
    assert script.requests == []
    await rest.request(
        "POST",
        "/channels/{channel_id}/messages",
        {"channel_id": 1},
        body=CreateMessage(content="hi", channel=Snowflake(9)),
    )
    assert script.bodies[0] == b'{"content":"hi","channel":"9"}'


def multipart_parts(request: httpx.Request, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """name -> (filename, content) of a multipart body."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    parts: dict[str, tuple[str | None, bytes]] = {}
    for chunk in body.split(b"--" + boundary)[1:-1]:
        head, _, content = chunk.strip(b"\r\n").partition(b"\r\n\r\n")
        disposition = head.decode().split("\r\n")[0]
        name = disposition.split('name="')[1].split('"')[0]
        filename = disposition.split('filename="')[1].split('"')[0] if "filename=" in disposition else None
        parts[name] = (filename, content)
    return parts


async def test_uploads_from_every_source_are_reread_on_retry(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"from a path")
    stream = io.BytesIO(b"skip:from a file object")
    stream.seek(5)

    async def chunks() -> AsyncIterator[bytes]:
        yield b"from an "
        yield b"async iterator"

    files = [
        File(b"raw bytes", "a.bin", description="alt text"),
        File(path),
        File(stream, "c.txt", spoiler=True),
        File(chunks(), "d.txt", content_type="text/plain"),
    ]
    script = Script(httpx.Response(503), ok())
    rest = requester(script)
    await rest.request(
        "PUT",
        "/channels/{channel_id}/messages/{message_id}",
        {"channel_id": 1, "message_id": 2},
        body={"content": "hi", "attachments": [{"id": "999"}]},
        files=files,
    )
    assert len(script.requests) == 2
    first, second = (multipart_parts(r, b) for r, b in zip(script.requests, script.bodies, strict=True))
    assert (
        first == second
    )  # the retry sent the same bytes: path reopened, stream sought back, iterator buffered
    assert first["files[0]"] == ("a.bin", b"raw bytes")
    assert first["files[1]"] == ("notes.txt", b"from a path")
    assert first["files[2]"] == ("SPOILER_c.txt", b"from a file object")
    assert first["files[3]"] == ("d.txt", b"from an async iterator")
    payload = msgspec.json.decode(first["payload_json"][1])
    assert payload["content"] == "hi"
    assert payload["attachments"] == [
        {"id": "999"},
        {"id": "0", "filename": "a.bin", "description": "alt text"},
        {"id": "1", "filename": "notes.txt"},
        {"id": "2", "filename": "SPOILER_c.txt"},
        {"id": "3", "filename": "d.txt"},
    ]


async def test_webhook_and_interaction_routes_skip_the_global_limit() -> None:
    script = Script(ok())
    limiter = RateLimiter(global_limit=1, max_wait=0.5)
    http = httpx.AsyncClient(transport=httpx.MockTransport(script))
    rest = RESTRequester(TOKEN, base_url="http://discord.test/api", http=http, limiter=limiter)
    for n in range(5):
        await rest.request(
            "POST",
            "/webhooks/{webhook_id}/{webhook_token}",
            {"webhook_id": n, "webhook_token": "s"},
            auth=False,
        )
        await rest.request(
            "POST",
            "/interactions/{interaction_id}/{interaction_token}/callback",
            {"interaction_id": n, "interaction_token": "t"},
        )
    assert len(script.requests) == 10
    assert "global" not in limiter.metrics.waited


async def test_an_unknown_webhook_is_not_called_again() -> None:
    script = Script(error(404, {"code": 10015, "message": "Unknown Webhook"}))
    rest = requester(script)
    hook = {"webhook_id": 5, "webhook_token": "gone"}
    for _ in range(3):
        with pytest.raises(NotFound) as caught:
            await rest.request(
                "POST", "/webhooks/{webhook_id}/{webhook_token}", hook, body={"content": "x"}, auth=False
            )
        assert caught.value.code == 10015
    assert len(script.requests) == 1
    other = Script(error(404, {"code": 10008, "message": "Unknown Message"}), ok())
    rest = requester(other)
    message = {**hook, "message_id": 1}
    with pytest.raises(NotFound):
        await rest.request(
            "GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", message, auth=False
        )
    await rest.request(
        "GET", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", message, auth=False
    )
    assert len(other.requests) == 2  # a missing message says nothing about the webhook


async def test_request_with_status_returns_the_2xx_status() -> None:
    script = Script(httpx.Response(202, content=b'{"retry_after":1}'), ok(b"{}"))
    rest = requester(script)
    assert await rest.request_with_status("GET", "/guilds/{guild_id}/messages/search", {"guild_id": 1}) == (
        202,
        b'{"retry_after":1}',
    )
    assert await rest.request("GET", "/guilds/{guild_id}/messages/search", {"guild_id": 1}) == b"{}"
    await rest.aclose()


async def test_form_fields_and_named_parts_are_resent_on_retry() -> None:
    stream = io.BytesIO(b"sticker bytes")
    script = Script(httpx.Response(502), ok())
    rest = requester(script)
    await rest.request(
        "PUT",  # 5xx is retried for idempotent methods only
        "/invites/{code}/target-users",
        {"code": "abc"},
        form={"name": "wave", "tags": "wave"},
        parts={"file": File(stream, "wave.png")},
    )
    assert len(script.requests) == 2
    first, second = (multipart_parts(r, b) for r, b in zip(script.requests, script.bodies, strict=True))
    assert (
        first
        == second
        == {
            "name": (None, b"wave"),
            "tags": (None, b"wave"),
            "file": ("wave.png", b"sticker bytes"),
        }
    ), "no payload_json without a body, the stream read again from its start"
    await rest.aclose()
