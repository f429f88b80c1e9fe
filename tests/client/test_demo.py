"""The README's first command: examples/hello_bot.py without a token runs a scripted chat on the emulator."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from echord import Client
from echord.testing import __main__ as testing_cli
from echord.testing.demo import DemoError, hello_bot, play, run_demo
from echord.utils import Intents

EXAMPLE = Path(__file__).parents[2] / "examples" / "hello_bot.py"

EXPECTED = [
    "echord-test-bot is online in Test Guild",
    "#general  alice: hi everyone!",
    "#general  echord-test-bot reacted 👋",
    "#general  bob: !ping",
    "#general  echord-test-bot: pong!",
    "  -> carol joined Test Guild",
    "#general  echord-test-bot: Welcome to Test Guild, @carol!",
    "#general  carol: hello, thanks!",
    "#general  echord-test-bot reacted 👋",
    "[DM]      bob: !ping",
    "[DM]      echord-test-bot: pong!",
]


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hello_bot_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_example_and_the_builtin_demo_bot_hold_the_same_conversation() -> None:
    example = await play(load_example().make_bot)
    builtin = await play(hello_bot)
    assert example[: len(EXPECTED)] == EXPECTED
    assert builtin[: len(EXPECTED)] == EXPECTED
    assert example[-1] == builtin[-1] == "echord-test-bot shut down cleanly"


async def test_a_bot_that_does_not_answer_fails_the_demo() -> None:
    def silent(token: str, *, api_base: str) -> Client:
        return Client(token, api_base=api_base, intents=Intents.default() | Intents.MESSAGE_CONTENT)

    with pytest.raises(DemoError, match="did not answer alice's 'say'"):
        await play(silent, within=0.3)


def test_run_demo_prints_the_transcript_and_returns_its_exit_code() -> None:
    lines: list[str] = []
    assert run_demo(out=lines.append) == 0
    assert all(line in lines for line in EXPECTED)
    assert lines[-1].startswith("\nSet DISCORD_TOKEN")


def test_python_m_echord_testing_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert testing_cli.main(["demo"]) == 0
    assert "echord-test-bot: pong!" in capsys.readouterr().out


def test_python_examples_hello_bot_without_a_token_exits_0() -> None:
    env = {key: value for key, value in os.environ.items() if key != "DISCORD_TOKEN"}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "#general  echord-test-bot: pong!" in done.stdout
    assert done.stderr == ""


def test_a_malformed_discord_token_is_reported_in_one_line() -> None:
    env = dict(os.environ, DISCORD_TOKEN="not-a-token")
    done = subprocess.run(
        [sys.executable, str(EXAMPLE)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 2
    assert done.stderr.startswith("DISCORD_TOKEN: the token does not look like a bot token")
    assert "not-a-token" not in done.stderr and "Traceback" not in done.stderr
