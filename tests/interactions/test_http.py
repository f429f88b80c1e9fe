"""The ASGI endpoint: signatures, the replay window, PING, and interactions answered in the HTTP body."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import time

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.signing import SigningKey

from echord.interactions import CommandTree, Context, InteractionsApp, WebhookEvent, WebhookEvents
from echord.rest import RESTClient

KEY = SigningKey(b"k" * 32)
OTHER = SigningKey(b"o" * 32)
PUBLIC = KEY.verify_key.encode().hex()
NOW = 1_800_000_000


def signed(body: bytes, *, key: SigningKey = KEY, at: int = NOW) -> dict[str, str]:
    timestamp = str(at)
    signature = key.sign(timestamp.encode() + body).signature.hex()
    return {"X-Signature-Ed25519": signature, "X-Signature-Timestamp": timestamp}


def make_app(events: WebhookEvents | None = None) -> InteractionsApp:
    rest = RESTClient("unused", base_url="http://127.0.0.1:9/api/v10")
    tree = CommandTree(rest, 1)

    @tree.command()
    async def ping(ctx: Context) -> None:
        """Answer with pong."""
        await ctx.respond("pong", ephemeral=True)

    return InteractionsApp(tree, PUBLIC, path="/interactions", webhook_events=events, clock=lambda: NOW)


@functools.cache
def shared_app() -> InteractionsApp:
    """One app for the property tests: they check verification, which keeps no state."""
    return make_app()


def client(app: InteractionsApp) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bot")


PING = b'{"type":1,"id":"1","application_id":"1","token":"t","version":1}'


async def test_ping_is_answered_with_pong() -> None:
    async with client(make_app()) as http:
        response = await http.post("/interactions", content=PING, headers=signed(PING))
    assert response.status_code == 200
    assert response.json() == {"type": 1}


async def test_a_command_is_answered_in_the_http_response_body() -> None:
    body = json.dumps(
        {
            "type": 2,
            "id": "5",
            "application_id": "1",
            "token": "tok",
            "version": 1,
            "user": {"id": "7", "username": "alice"},
            "data": {"id": "9", "name": "ping", "type": 1},
        }
    ).encode()
    async with client(make_app()) as http:
        response = await http.post("/interactions", content=body, headers=signed(body))
    assert response.status_code == 200
    assert response.json() == {"type": 4, "data": {"content": "pong", "flags": 64}}


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(signed(PING, key=OTHER), id="wrong key"),
        pytest.param(signed(PING, at=NOW - 600), id="ten minutes old"),
        pytest.param(signed(PING, at=NOW + 600), id="ten minutes ahead"),
        pytest.param({"X-Signature-Timestamp": str(NOW)}, id="no signature"),
        pytest.param({"X-Signature-Ed25519": signed(PING)["X-Signature-Ed25519"]}, id="no timestamp"),
        pytest.param({}, id="no headers"),
        pytest.param({**signed(PING), "X-Signature-Ed25519": "zz"}, id="not hex"),
        pytest.param({**signed(PING), "X-Signature-Timestamp": str(NOW + 1)}, id="timestamp swapped"),
    ],
)
async def test_bad_signatures_are_rejected(headers: dict[str, str]) -> None:
    async with client(make_app()) as http:
        response = await http.post("/interactions", content=PING, headers=headers)
    assert response.status_code == 401


async def test_within_the_replay_window_is_accepted() -> None:
    async with client(make_app()) as http:
        response = await http.post("/interactions", content=PING, headers=signed(PING, at=NOW - 299))
    assert response.status_code == 200


bodies = st.binary(min_size=1, max_size=512)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=bodies, flip=st.integers(min_value=0))
async def test_any_tampered_body_is_rejected(body: bytes, flip: int) -> None:
    headers = signed(body)
    index = flip % len(body)
    tampered = body[:index] + bytes([body[index] ^ 0x01]) + body[index + 1 :]
    async with client(shared_app()) as http:
        rejected = await http.post("/interactions", content=tampered, headers=headers)
        with_other_key = await http.post("/interactions", content=body, headers=signed(body, key=OTHER))
    assert rejected.status_code == 401
    assert with_other_key.status_code == 401


@settings(max_examples=40, deadline=None)
@given(body=bodies)
async def test_any_correctly_signed_body_passes_the_signature_check(body: bytes) -> None:
    async with client(shared_app()) as http:
        response = await http.post("/interactions", content=body, headers=signed(body))
    assert response.status_code != 401  # malformed bodies get 400, never 401


async def test_webhook_events_are_acknowledged_and_dispatched() -> None:
    events = WebhookEvents()
    seen: list[WebhookEvent] = []

    @events.on("APPLICATION_AUTHORIZED")
    async def authorised(event: WebhookEvent) -> None:
        seen.append(event)

    app = make_app(events)
    ping = b'{"version":1,"application_id":"1","type":0}'
    event = json.dumps(
        {
            "version": 1,
            "application_id": "1",
            "type": 1,
            "event": {
                "type": "APPLICATION_AUTHORIZED",
                "timestamp": "2024-10-18T14:42:53.064834",
                "data": {"integration_type": 1, "scopes": ["applications.commands"], "user": {"id": "7"}},
            },
        }
    ).encode()
    async with client(app) as http:
        assert (await http.post("/interactions", content=ping, headers=signed(ping))).status_code == 204
        answer = await http.post("/interactions", content=event, headers=signed(event))
        unsigned = await http.post("/interactions", content=event)
    await app.join()
    assert answer.status_code == 204
    assert unsigned.status_code == 401
    assert [e.type for e in seen] == ["APPLICATION_AUTHORIZED"]
    assert seen[0].data is not None and seen[0].data["integration_type"] == 1


@pytest.mark.parametrize("body", [b"not json", b"[1,2]", b'{"type":"x"}', b'{"type":2,"id":[]}'])
async def test_malformed_signed_bodies_get_400(body: bytes) -> None:
    async with client(make_app()) as http:
        response = await http.post("/interactions", content=body, headers=signed(body))
    assert response.status_code == 400


async def test_other_paths_and_methods() -> None:
    async with client(make_app()) as http:
        assert (await http.post("/elsewhere", content=PING, headers=signed(PING))).status_code == 404
        assert (await http.get("/interactions")).status_code == 405


def test_the_default_clock_is_wall_time() -> None:
    app = InteractionsApp(None, PUBLIC)
    assert abs(app.verifier._clock() - time.time()) < 5


def test_the_gateway_path_imports_without_pynacl() -> None:
    code = (
        "import sys\n"
        "sys.modules['nacl'] = None\n"
        "import echord.interactions as i\n"
        "try:\n"
        "    i.Verifier('00' * 32)\n"
        "except ImportError as e:\n"
        "    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "echord[interactions]" in out.stdout
