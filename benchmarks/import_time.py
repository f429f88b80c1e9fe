"""Import time of echord next to discord.py and hikari, in one run, with ratios.

Each variant runs in a fresh interpreter; rounds are interleaved (every variant once per round) so a busy
machine slows all of them alike, and the best of the rounds is reported. The empty interpreter's start-up
time is subtracted. Peers that are not installed are skipped.

    python benchmarks/import_time.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time

VARIANTS: dict[str, str] = {
    "python (empty)": "pass",
    "echord": "import echord",
    "echord gateway only": "import echord; echord.ShardConnection; echord.EventBus",
    "echord REST only": "import echord; echord.RESTClient",
    "echord full Client": "from echord import Client",
    "echord models": "import echord._generated.models",
    "discord.py": "import discord",
    "hikari": "import hikari",
}
PEERS = {"discord.py": "discord", "hikari": "hikari"}


# Bytecode caches must be writable, or an editable checkout recompiles echord on every run while the peers,
# installed by pip, load their compiled files: the comparison would not be fair.
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def run_once(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=ENV)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()

    variants = {
        name: code
        for name, code in VARIANTS.items()
        if name not in PEERS or importlib.util.find_spec(PEERS[name]) is not None
    }
    for name in VARIANTS.keys() - variants.keys():
        print(f"skipping {name}: not installed")
    for code in variants.values():  # warm the bytecode caches
        run_once(code)

    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(args.rounds):
        for name, code in variants.items():
            samples[name].append(run_once(code))

    base = min(samples["python (empty)"])
    best = {name: min(times) - base for name, times in samples.items()}
    print(f"\nimport time, best of {args.rounds} interleaved fresh interpreters (start-up subtracted)")
    print(f"{'variant':<24}{'best ms':>10}{'median ms':>11}{'vs discord.py':>15}")
    reference = best.get("discord.py")
    for name, times in samples.items():
        if name == "python (empty)":
            continue
        ratio = f"{best[name] / reference:.2f}x" if reference else "-"
        median = (statistics.median(times) - base) * 1000
        print(f"{name:<24}{best[name] * 1000:>10.1f}{median:>11.1f}{ratio:>15}")


if __name__ == "__main__":
    main()
