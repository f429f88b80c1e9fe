"""Find, download and verify the pinned upstream OpenAPI spec.

The spec file is not committed; the generator must still produce byte-identical output on every machine, so
every source it reads (a path given on the command line, $ECHORD_SPEC, the cache, a local copy, a download)
is checked against the sha256 pinned in spec/upstream.toml.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

__all__ = [
    "ENV_VAR",
    "REPO_ROOT",
    "LoadedSpec",
    "Pin",
    "SpecError",
    "default_cache_dir",
    "load_spec",
    "read_pin",
]

log = logging.getLogger("echord.codegen.spec")

REPO_ROOT = Path(__file__).resolve().parent.parent
UPSTREAM_TOML = REPO_ROOT / "spec" / "upstream.toml"
ENV_VAR = "ECHORD_SPEC"


class SpecError(Exception):
    """The spec could not be found, downloaded or verified."""


@dataclass(frozen=True, slots=True)
class Pin:
    """Which upstream file the generated code is built from (spec/upstream.toml)."""

    repository: str
    commit: str
    path: str
    sha256: str
    url: str
    local_copies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class LoadedSpec:
    """A verified spec: its parsed document, the pin it matches and where it was read from."""

    document: dict[str, Any]
    pin: Pin
    origin: str


def read_pin(path: Path = UPSTREAM_TOML) -> Pin:
    """Parse spec/upstream.toml."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    section = data.get("spec")
    if not isinstance(section, dict):
        raise SpecError(f"{path}: missing [spec] table")
    try:
        return Pin(
            repository=str(section["repository"]),
            commit=str(section["commit"]),
            path=str(section["path"]),
            sha256=str(section["sha256"]).lower(),
            url=str(section["url"]),
            local_copies=tuple(str(p) for p in section.get("local_copies", ())),
        )
    except KeyError as exc:
        raise SpecError(f"{path}: [spec] lacks {exc.args[0]!r}") from None


def default_cache_dir(repo_root: Path = REPO_ROOT) -> Path:
    """The repository-local cache (gitignored): `.cache/spec/`."""
    return repo_root / ".cache" / "spec"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _verified(data: bytes, pin: Pin, origin: str) -> bytes:
    actual = _sha256(data)
    if actual != pin.sha256:
        raise SpecError(
            f"refusing the spec from {origin}: its sha256 is {actual}, but spec/upstream.toml pins "
            f"{pin.sha256} ({pin.repository}@{pin.commit} {pin.path})"
        )
    return data


def _write_cache(cache_dir: Path, pin: Pin, data: bytes) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    target = cache_dir / f"{pin.sha256}.json"
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(data)
    tmp.replace(target)


def _download(pin: Pin, client: httpx.Client | None) -> bytes:
    log.info("downloading %s", pin.url)
    own = client is None
    http = client if client is not None else httpx.Client(timeout=60.0, follow_redirects=True)
    try:
        response = http.get(pin.url)
    except httpx.HTTPError as exc:
        raise SpecError(f"could not download the spec from {pin.url}: {exc}") from exc
    finally:
        if own:
            http.close()
    if response.status_code != 200:
        raise SpecError(f"could not download the spec from {pin.url}: HTTP {response.status_code}")
    return response.content


def _read_bytes(
    explicit: Path | None,
    pin: Pin,
    *,
    environ: Mapping[str, str],
    repo_root: Path,
    cache_dir: Path,
    download: bool,
    client: httpx.Client | None,
) -> tuple[bytes, str]:
    if explicit is not None:
        origin = f"--spec {explicit}"
        return _verified(_read_file(explicit, origin), pin, origin), origin
    env_path = environ.get(ENV_VAR)
    if env_path:
        origin = f"${ENV_VAR}={env_path}"
        return _verified(_read_file(Path(env_path), origin), pin, origin), origin
    cached = cache_dir / f"{pin.sha256}.json"
    if cached.is_file():
        data = cached.read_bytes()
        if _sha256(data) == pin.sha256:
            return data, f"cache {cached}"
        log.warning("ignoring corrupt cache file %s", cached)
    for relative in pin.local_copies:
        copy = (repo_root / relative).resolve()
        if copy.is_file():
            data = copy.read_bytes()
            if _sha256(data) == pin.sha256:
                return data, f"local copy {copy}"
            log.warning("ignoring %s: its sha256 does not match the pin", copy)
    if not download:
        raise SpecError(f"no spec found: pass --spec PATH, set ${ENV_VAR}, or allow a download of {pin.url}")
    origin = f"download {pin.url}"
    data = _verified(_download(pin, client), pin, origin)
    _write_cache(cache_dir, pin, data)
    return data, origin


def _read_file(path: Path, origin: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SpecError(f"cannot read the spec from {origin}: {exc.strerror}") from None


def load_spec(
    explicit: Path | None = None,
    *,
    pin: Pin | None = None,
    environ: Mapping[str, str] | None = None,
    repo_root: Path = REPO_ROOT,
    cache_dir: Path | None = None,
    download: bool = True,
    client: httpx.Client | None = None,
) -> LoadedSpec:
    """Find the pinned spec (--spec, $ECHORD_SPEC, cache, local copy, download), verify and parse it."""
    pin = pin if pin is not None else read_pin()
    data, origin = _read_bytes(
        explicit,
        pin,
        environ=os.environ if environ is None else environ,
        repo_root=repo_root,
        cache_dir=cache_dir if cache_dir is not None else default_cache_dir(repo_root),
        download=download,
        client=client,
    )
    document = json.loads(data)
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecError(f"the spec from {origin} is not an OpenAPI document")
    return LoadedSpec(document=document, pin=pin, origin=origin)
