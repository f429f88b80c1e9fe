"""`python -m codegen [generate|check|changelog OLD NEW]`: the generator's command line."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from codegen import run
from codegen.output import GENERATED_PACKAGE, FormatError, compare, write
from codegen.overrides import OverrideError
from codegen.spec import REPO_ROOT, SpecError, load_spec, read_pin


def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--spec", type=Path, help="the upstream openapi.json (default: $ECHORD_SPEC, cache, download)"
    )
    parser.add_argument(
        "--upstream",
        type=Path,
        default=REPO_ROOT / "spec" / "upstream.toml",
        help="the pin file to verify against",
    )
    parser.add_argument(
        "--overrides", type=Path, default=None, help="the overrides directory (default: spec/overrides)"
    )
    parser.add_argument(
        "--out", type=Path, default=REPO_ROOT / GENERATED_PACKAGE, help="the output package directory"
    )
    parser.add_argument("--offline", action="store_true", help="never download the spec")


def _generate(args: argparse.Namespace, *, check: bool) -> int:
    began = time.perf_counter()
    try:
        loaded = load_spec(args.spec, pin=read_pin(args.upstream), download=not args.offline)
        _progress(f"spec: {loaded.origin} ({loaded.pin.repository}@{loaded.pin.commit[:12]})")
        generated = run(loaded, overrides_dir=args.overrides, progress=_progress)
    except (SpecError, OverrideError, FormatError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out: Path = args.out
    if check:
        drift = compare(generated.files, out)
        if drift:
            print(f"generated code in {out} is out of date; run `python -m codegen`:", file=sys.stderr)
            print(drift.describe(), file=sys.stderr)
            return 1
        _progress(f"{len(generated.files)} file(s) up to date ({time.perf_counter() - began:.1f} s)")
        return 0
    touched = write(generated.files, out)
    for name in touched:
        _progress(f"wrote {out / name}")
    _progress(
        f"{len(generated.files)} file(s), {len(touched)} changed, in {time.perf_counter() - began:.1f} s"
    )
    return 0


def _changelog(args: argparse.Namespace) -> int:
    from codegen.changelog import diff_files, render

    changes = diff_files(args.old, args.new)
    sys.stdout.write(render(changes, markdown=args.format == "markdown"))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    _add_input_options(commands.add_parser("generate", help="regenerate src/echord/_generated (default)"))
    _add_input_options(commands.add_parser("check", help="fail if the committed generated code is stale"))
    changelog = commands.add_parser("changelog", help="the API changes between two spec files")
    changelog.add_argument("old", type=Path)
    changelog.add_argument("new", type=Path)
    changelog.add_argument("--format", choices=("text", "markdown"), default="markdown")
    argv = sys.argv[1:] if argv is None else argv
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help")):
        argv = ["generate", *argv]
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    if args.command == "changelog":
        return _changelog(args)
    return _generate(args, check=args.command == "check")


if __name__ == "__main__":
    sys.exit(main())
