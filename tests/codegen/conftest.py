"""Fixtures for the generator tests: the pinned spec and the older snapshot from ../shared/."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

# The generator is a top-level package of the repository, not part of the installed echord; make sure the
# real one is imported, not this tests/codegen folder (a namespace package when tests/ is on sys.path).
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from codegen import overrides  # noqa: E402
from codegen.spec import REPO_ROOT, LoadedSpec, load_spec, read_pin  # noqa: E402

SHARED_SPECS = REPO_ROOT.parent / "shared" / "discord-api-spec"
OLD_SPEC = SHARED_SPECS / "2026-03-05" / "openapi.json"
NEW_SPEC = SHARED_SPECS / "2026-07-18" / "openapi.json"
DOCS = REPO_ROOT.parent / "shared" / "discord-api-docs"


@pytest.fixture(scope="session")
def loaded_spec() -> LoadedSpec:
    """The pinned spec, found the way `python -m codegen` finds it, but never downloaded."""
    return load_spec(pin=read_pin(), download=False)


@pytest.fixture(scope="session")
def spec_document(loaded_spec: LoadedSpec) -> dict[str, Any]:
    return loaded_spec.document


@pytest.fixture(scope="session")
def applied_spec(spec_document: dict[str, Any]) -> dict[str, Any]:
    """The spec as generators see it: overrides applied, inline bodies named."""
    return overrides.apply(spec_document, overrides.load())


@pytest.fixture(scope="session")
def old_spec_document(old_spec_path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(old_spec_path.read_bytes())
    return document


def _present(path: Path) -> Path:
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests need shared/ beside the repository")
    return path


@pytest.fixture(scope="session")
def old_spec_path() -> Path:
    """The 2026-03-05 snapshot (not the pinned one)."""
    return _present(OLD_SPEC)


@pytest.fixture(scope="session")
def new_spec_path() -> Path:
    """The pinned 2026-07-18 snapshot."""
    return _present(NEW_SPEC)


@pytest.fixture(scope="session")
def docs_dir() -> Path:
    """Discord's docs (discord-api-docs), the source of the audit-log list."""
    return _present(DOCS)
