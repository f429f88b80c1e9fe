"""The HTTP side of the loopback server: multipart uploads, chunked bodies, keep-alive."""

from __future__ import annotations

import asyncio
import json

import httpx

from echord.testing import Emulator


async def test_multipart_upload_becomes_an_attachment(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    assert emulator.seed is not None
    payload = {"content": "with a file", "attachments": [{"id": 0, "filename": "notes.txt"}]}
    response = await rest.post(
        f"/channels/{emulator.seed.general.id}/messages",
        data={"payload_json": json.dumps(payload)},
        files={"files[0]": ("notes.txt", b"hello world", "text/plain")},
    )
    assert response.status_code == 200, response.text
    attachment = response.json()["attachments"][0]
    assert attachment["filename"] == "notes.txt" and attachment["size"] == 11


async def test_chunked_body_and_keep_alive(emulator: Emulator) -> None:
    assert emulator.seed is not None
    reader, writer = await asyncio.open_connection("127.0.0.1", emulator.port)
    body = json.dumps({"content": "chunked"}).encode()
    for _ in range(2):  # two requests on one connection
        head = (
            f"POST /api/v10/channels/{emulator.seed.general.id}/messages HTTP/1.1\r\n"
            f"Host: x\r\nAuthorization: Bot {emulator.bot_token}\r\nContent-Type: application/json\r\n"
            "Transfer-Encoding: chunked\r\n\r\n"
        )
        chunks = (
            f"{len(body[:5]):x}\r\n".encode()
            + body[:5]
            + f"\r\n{len(body[5:]):x}\r\n".encode()
            + body[5:]
            + b"\r\n0\r\n\r\n"
        )
        writer.write(head.encode() + chunks)
        await writer.drain()
        status = await reader.readuntil(b"\r\n")
        assert status.startswith(b"HTTP/1.1 200"), status
        headers = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":")[1])
            for line in headers.split(b"\r\n")
            if line.lower().startswith(b"content-length")
        )
        assert json.loads(await reader.readexactly(length))["content"] == "chunked"
    writer.close()
    assert [m.content for m in emulator.world.messages_in(emulator.seed.general.id)] == ["chunked", "chunked"]
