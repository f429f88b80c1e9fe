"""Developer tasks: `nox -l` lists them. CI runs lint, typecheck, drift and the tests (see .ci/run)."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "drift", "tests"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
DEV = ".[dev]"


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The test suite (needs `redis-server` on PATH: the fixtures start one on loopback)."""
    session.install("-e", DEV)
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff==0.17.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on src/ (generated code included) and codegen/."""
    session.install("-e", DEV)
    session.run("mypy", "--strict", "src", "codegen")


@nox.session(python=PYTHON)
def codegen(session: nox.Session) -> None:
    """Regenerate src/echord/_generated/ from the pinned spec (pass `-- --spec PATH` to use a local file)."""
    session.install("-e", DEV)
    session.run("python", "-m", "codegen", "generate", *session.posargs)


@nox.session(python=PYTHON)
def drift(session: nox.Session) -> None:
    """Fail when the committed generated code differs from a fresh generation."""
    session.install("-e", DEV)
    session.run("python", "-m", "codegen", "check", *session.posargs)


@nox.session(python=PYTHON)
def changelog(session: nox.Session) -> None:
    """API diff of two spec files: `nox -s changelog -- OLD.json NEW.json`."""
    session.install("-e", DEV)
    session.run("python", "-m", "codegen", "changelog", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with discord.py and hikari (installed only here)."""
    session.install("-e", ".[dev,speed,bench]")
    for script in ("import_time", "rest_ratelimit", "gateway_ingest", "cache_memory"):
        session.run("python", f"benchmarks/{script}.py")


@nox.session(python=PYTHON)
def emulator_fidelity(session: nox.Session) -> None:
    """discord.py and hikari bots against the emulator: READY, GUILD_CREATE, messages, resume, a slash command."""
    session.install("-e", DEV, "discord.py==2.7.1", "hikari==2.7.0")
    session.run("python", "tests/fidelity/run_fidelity.py", *session.posargs)
