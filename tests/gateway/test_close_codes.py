"""Every close code down its documented path, and bad frames reported and recovered from."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from echord.gateway import (
    CLOSE_CODES,
    CloseAction,
    Closed,
    FatalCloseError,
    PayloadError,
    Reconnecting,
    close_action,
)
from echord.gateway.close_codes import privileged_intent_names

from .fake_gateway import FakeConnection, FakeGateway
from .helpers import Recorder, make_shard, stop, wait_until

DOCS = Path("/work/shared/discord-api-docs/developers/topics/opcodes-and-status-codes.mdx")

RESUME_CODES = [4000, 4001, 4002, 4005, 4008]
REIDENTIFY_CODES = [4003, 4007, 4009]
FATAL_CODES = [4004, 4010, 4011, 4012, 4013, 4014]


def test_table_covers_exactly_the_documented_codes() -> None:
    assert sorted(CLOSE_CODES) == sorted(RESUME_CODES + REIDENTIFY_CODES + FATAL_CODES)
    for code in FATAL_CODES:
        assert not CLOSE_CODES[code].reconnect
        assert close_action(code) is CloseAction.FATAL
    for code in RESUME_CODES + REIDENTIFY_CODES:
        assert CLOSE_CODES[code].reconnect
    assert close_action(None) is CloseAction.RESUME
    assert close_action(1006) is CloseAction.RESUME


@pytest.mark.skipif(not DOCS.exists(), reason="the docs snapshot is not in this workspace")
def test_table_matches_the_docs_rows() -> None:
    text = DOCS.read_text()
    section = text[text.index("Gateway Close Event Codes") : text.index("## Voice")]
    rows = re.findall(r"^\| (40\d\d) \| (.+?) +\| .+\| (true|false) +\|$", section, re.M)
    assert len(rows) == len(CLOSE_CODES)
    for code, name, reconnect in rows:
        info = CLOSE_CODES[int(code)]
        assert info.name == name.strip()
        assert info.reconnect == (reconnect == "true")


def _closing_script(code: int | None) -> object:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        if conn.index == 0:
            await conn.dispatch("GUILD_CREATE", {"id": "1"})
            if code is None:
                conn.ws.transport.abort()
            else:
                await conn.close(code)

    return script


@pytest.mark.parametrize("code", [*RESUME_CODES, 1000, 1001, 1011, 4999, None])
async def test_resumable_close_codes_resume(code: int | None) -> None:
    recorder = Recorder()
    async with FakeGateway(_closing_script(code)) as gw:  # type: ignore[arg-type]
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "RESUMED" in recorder.names())
        await stop(shard, task)
    assert gw.sent(6)[0].payload["d"]["seq"] == 2
    assert gw.connections[1].path.startswith("/resume")
    assert len(gw.sent(2)) == 1
    assert recorder.of(Reconnecting)[0].resume
    assert recorder.of(Closed)[0].code == code  # reported with the code Discord sent


@pytest.mark.parametrize("code", REIDENTIFY_CODES)
async def test_session_ending_close_codes_reidentify(code: int) -> None:
    recorder = Recorder()
    async with FakeGateway(_closing_script(code)) as gw:  # type: ignore[arg-type]
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: recorder.names().count("READY") == 2)
        await stop(shard, task)
    assert not gw.sent(6)
    assert len(gw.sent(2)) == 2
    assert not gw.connections[1].path.startswith("/resume")
    assert not recorder.of(Reconnecting)[0].resume


@pytest.mark.parametrize("code", FATAL_CODES)
async def test_fatal_close_codes_stop_the_shard(code: int) -> None:
    recorder = Recorder()
    intents = (1 << 0) | (1 << 1) | (1 << 15)
    async with FakeGateway(_closing_script(code)) as gw:  # type: ignore[arg-type]
        shard = make_shard(gw.url, recorder, intents=intents)
        with pytest.raises(FatalCloseError) as info:
            await asyncio.wait_for(shard.run(), 5)
    assert info.value.code == code
    assert info.value.name == CLOSE_CODES[code].name
    assert len(gw.connections) == 1  # never reconnected
    if code == 4014:
        assert "GUILD_MEMBERS" in str(info.value) and "MESSAGE_CONTENT" in str(info.value)
        assert "GUILD_PRESENCES" not in str(info.value)


def test_privileged_intent_names() -> None:
    assert privileged_intent_names((1 << 1) | (1 << 8) | (1 << 15) | 1) == [
        "GUILD_MEMBERS",
        "GUILD_PRESENCES",
        "MESSAGE_CONTENT",
    ]
    assert privileged_intent_names(1 << 9) == []


CORRUPT = {"zlib-stream": b"this is not deflate\x00\x00\xff\xff", "zstd-stream": b"\x13\x37" * 40}


@pytest.mark.parametrize("compression", ["zlib-stream", "zstd-stream"])
async def test_corrupt_compressed_frame_is_reported_and_the_shard_resumes(compression: str) -> None:
    async def script(conn: FakeConnection) -> None:
        if conn.index == 0:
            await conn.handshake()
            await conn.dispatch("MESSAGE_CREATE", {"n": 0})
            assert conn.session is not None
            conn.session.events.append((conn.session.seq + 1, "MESSAGE_CREATE", {"n": 1}))
            await conn.send_frame(CORRUPT[compression])  # event n=1 arrives corrupted
            return
        await conn.handshake()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder, compression=compression)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "RESUMED" in recorder.names())
        await stop(shard, task)
    errors = recorder.of(PayloadError)
    assert [e.kind for e in errors] == ["corrupt_frame"]
    assert [d["n"] for name, d, _ in recorder.events if name == "MESSAGE_CREATE"] == [0, 1]
    assert gw.connections[0].close_code not in (1000, 1001)


@pytest.mark.parametrize("payload", [b'{"op": 0, "d": {"x": ', b"[1, 2, 3]", b'{"op": "zero"}'])
async def test_malformed_payload_is_reported_and_the_shard_resumes(
    payload: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        if conn.index == 0:
            await conn.dispatch("MESSAGE_CREATE", {"n": 0})
            await conn.send_raw(payload)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "RESUMED" in recorder.names())
        await stop(shard, task)
    assert [e.kind for e in recorder.of(PayloadError)] == ["malformed_payload"]
    assert "malformed_payload" in caplog.text
    assert gw.sent(6)[0].payload["d"]["seq"] == 2


async def test_reconnect_before_hello_resumes() -> None:
    async def script(conn: FakeConnection) -> None:
        if conn.index == 1:
            await conn.send(7)
            return
        await conn.handshake()
        if conn.index == 0:
            await conn.close(4000)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "RESUMED" in recorder.names())
        await stop(shard, task)
    assert len(gw.connections) == 3
    assert len(gw.sent(2)) == 1


async def test_unreachable_gateway_backs_off_with_growing_jittered_delays() -> None:
    from .fake_gateway import FakeGateway as _Gateway

    async def script(conn: FakeConnection) -> None:
        await conn.handshake()

    async with _Gateway(script) as gw:
        url = gw.url
    recorder = Recorder()
    shard = make_shard(url, recorder)
    task = asyncio.create_task(shard.run())
    await wait_until(lambda: len(recorder.of(Reconnecting)) >= 5)
    await stop(shard, task)
    delays = [r.delay for r in recorder.of(Reconnecting)[:5]]
    # FAST policy: base 0.01, cap 0.05; failures n>=1 wait min(cap, base*2^(n-1)) * U(0.5, 1).
    for n, delay in enumerate(delays, start=1):
        bound = min(0.05, 0.01 * 2 ** (n - 1))
        assert bound * 0.5 <= delay <= bound
    assert all("could not connect" in r.reason for r in recorder.of(Reconnecting))


def test_tables_agree_with_the_generated_protocol_module() -> None:
    """Our tables stay import-light (no generated models); they must still say what the spec says."""
    generated = pytest.importorskip("echord._generated.gateway")
    from echord.gateway import GatewayOpcode

    assert {code: info.action.value for code, info in CLOSE_CODES.items()} == {
        int(code): action.value for code, action in generated.CLOSE_ACTIONS.items()
    }
    assert {code: info.name for code, info in CLOSE_CODES.items()} == {
        int(code): name for code, name in generated.CLOSE_DESCRIPTIONS.items()
    }
    assert {op.name: op.value for op in GatewayOpcode} == {op.name: op.value for op in generated.Opcode}
