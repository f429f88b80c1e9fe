"""The `serve` command and the pytest plugin, used the way users use them (in a separate process)."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx


async def test_serve_prints_urls_and_token_and_stops_on_ctrl_c() -> None:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "echord.testing", "serve", "--port", "0", stdout=subprocess.PIPE
    )
    assert proc.stdout is not None
    lines: dict[str, str] = {}
    async with asyncio.timeout(20):
        while "Press Ctrl-C" not in lines.get("", ""):
            line = (await proc.stdout.readline()).decode()
            assert line, "serve exited early"
            key, _, value = line.partition(":")
            lines[key.strip() if value else ""] = value.strip() if value else line
    async with httpx.AsyncClient() as client:
        response = await client.get(
            lines["REST"] + "/users/@me", headers={"Authorization": f"Bot {lines['Token']}"}
        )
        assert response.status_code == 200
        gateway = await client.get(lines["REST"] + "/gateway")
        assert gateway.json()["url"] == lines["Gateway"]
    proc.send_signal(signal.SIGINT)
    assert await asyncio.wait_for(proc.wait(), 10) == 0


def test_plugin_gives_each_test_a_fresh_emulator(tmp_path: Path) -> None:
    (tmp_path / "test_bot.py").write_text(
        textwrap.dedent(
            """
            import httpx

            async def test_first(emulator):
                emulator.users.send_message(emulator.seed.alice, emulator.seed.general, "only here")
                headers = {"Authorization": f"Bot {emulator.bot_token}"}
                async with httpx.AsyncClient(base_url=emulator.rest_url, headers=headers) as rest:
                    assert (await rest.get("/users/@me")).status_code == 200

            async def test_second(emulator):
                assert emulator.world.messages_in(emulator.seed.general.id) == []
            """
        )
    )
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            str(tmp_path),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
