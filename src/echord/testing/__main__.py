"""`python -m echord.testing serve [--port N]`: run the emulator until Ctrl-C and print how to reach it.

`python -m echord.testing demo`: run a small bot against the emulator and print a scripted conversation.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys

from .emulator import Emulator


async def _serve(port: int, host: str, shards: int) -> None:
    async with Emulator(host=host, port=port, shards=shards) as emu:
        seed = emu.seed
        print(f"REST:     {emu.rest_url}")
        print(f"Gateway:  {emu.gateway_url}")
        print(f"Token:    {emu.bot_token}")
        print(f"App id:   {emu.application_id}")
        if seed is not None:
            print(f"Guild:    {seed.guild.name} ({seed.guild.id}), #general = {seed.general.id}")
        print("Press Ctrl-C to stop.", flush=True)
        await asyncio.Event().wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m echord.testing", description="A fake Discord on loopback."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the emulator until interrupted")
    serve.add_argument("--port", type=int, default=0, help="TCP port (default: a free one)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--shards", type=int, default=1, help="recommended shard count for /gateway/bot")
    serve.add_argument("--log-level", default="WARNING")
    commands.add_parser("demo", help="run a hello bot against the emulator and print a short conversation")
    args = parser.parse_args(argv)
    if args.command == "demo":
        from .demo import run_demo  # imports the client, which `serve` does not need

        return run_demo()
    logging.basicConfig(level=args.log_level.upper())
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args.port, args.host, args.shards))
    return 0


if __name__ == "__main__":
    sys.exit(main())
