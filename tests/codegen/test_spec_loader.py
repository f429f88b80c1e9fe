"""The spec loader finds the pinned file from every source, in order, and refuses anything else."""

from __future__ import annotations

import hashlib
from pathlib import Path

import httpx
import pytest
import respx

from codegen.spec import ENV_VAR, Pin, SpecError, load_spec, read_pin

DOCUMENT = b'{"openapi": "3.1.0", "paths": {}}'
OTHER = b'{"openapi": "3.1.0", "paths": {"/x": {}}}'
URL = "https://raw.example.test/spec/openapi.json"


def _pin(data: bytes = DOCUMENT, local_copies: tuple[str, ...] = ()) -> Pin:
    return Pin(
        repository="discord/discord-api-spec",
        commit="0" * 40,
        path="specs/openapi.json",
        sha256=hashlib.sha256(data).hexdigest(),
        url=URL,
        local_copies=local_copies,
    )


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_pin_file_matches_the_shared_snapshot() -> None:
    pin = read_pin()
    assert pin.commit == "74fda0fad044407ea280043a03ffc9bc64c4e49e"
    assert pin.sha256 == "8c1d0707ccdf8e380a86dfba04058820a66435c1b69d5ed82e04dd8c0520dd73"
    assert pin.commit in pin.url and pin.url.endswith(pin.path)


def test_explicit_path_wins_over_env_and_cache(tmp_path: Path) -> None:
    explicit = _write(tmp_path / "explicit.json", DOCUMENT)
    loaded = load_spec(
        explicit,
        pin=_pin(),
        environ={ENV_VAR: str(tmp_path / "missing.json")},
        repo_root=tmp_path,
        download=False,
    )
    assert loaded.origin == f"--spec {explicit}"
    assert loaded.document == {"openapi": "3.1.0", "paths": {}}


def test_env_var_is_used_before_the_cache(tmp_path: Path) -> None:
    env_file = _write(tmp_path / "env.json", DOCUMENT)
    loaded = load_spec(pin=_pin(), environ={ENV_VAR: str(env_file)}, repo_root=tmp_path, download=False)
    assert loaded.origin.startswith(f"${ENV_VAR}=")


def test_cache_hit(tmp_path: Path) -> None:
    pin = _pin()
    _write(tmp_path / ".cache" / "spec" / f"{pin.sha256}.json", DOCUMENT)
    loaded = load_spec(pin=pin, environ={}, repo_root=tmp_path, download=False)
    assert loaded.origin.startswith("cache ")


def test_corrupt_cache_falls_through_to_local_copy(tmp_path: Path) -> None:
    pin = _pin(local_copies=("copies/openapi.json",))
    _write(tmp_path / ".cache" / "spec" / f"{pin.sha256}.json", OTHER)
    _write(tmp_path / "copies" / "openapi.json", DOCUMENT)
    loaded = load_spec(pin=pin, environ={}, repo_root=tmp_path, download=False)
    assert loaded.origin.startswith("local copy ")


@pytest.mark.parametrize("source", ["explicit", "env"])
def test_wrong_sha256_is_refused_with_both_hashes(tmp_path: Path, source: str) -> None:
    bad = _write(tmp_path / "bad.json", OTHER)
    pin = _pin()
    with pytest.raises(SpecError) as info:
        if source == "explicit":
            load_spec(bad, pin=pin, environ={}, repo_root=tmp_path, download=False)
        else:
            load_spec(pin=pin, environ={ENV_VAR: str(bad)}, repo_root=tmp_path, download=False)
    message = str(info.value)
    assert pin.sha256 in message
    assert hashlib.sha256(OTHER).hexdigest() in message
    assert str(bad) in message


def test_nothing_found_without_download(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="no spec found"):
        load_spec(pin=_pin(), environ={}, repo_root=tmp_path, download=False)


@respx.mock
def test_download_verifies_and_fills_the_cache(tmp_path: Path) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(200, content=DOCUMENT))
    pin = _pin()
    loaded = load_spec(pin=pin, environ={}, repo_root=tmp_path)
    assert route.call_count == 1
    assert loaded.origin == f"download {URL}"
    assert (tmp_path / ".cache" / "spec" / f"{pin.sha256}.json").read_bytes() == DOCUMENT
    again = load_spec(pin=pin, environ={}, repo_root=tmp_path)
    assert again.origin.startswith("cache ") and route.call_count == 1


@respx.mock
def test_download_with_wrong_content_is_refused_and_not_cached(tmp_path: Path) -> None:
    respx.get(URL).mock(return_value=httpx.Response(200, content=OTHER))
    pin = _pin()
    with pytest.raises(SpecError, match=f"refusing the spec from download {URL}"):
        load_spec(pin=pin, environ={}, repo_root=tmp_path)
    assert not (tmp_path / ".cache" / "spec").exists()


@respx.mock
def test_download_http_error(tmp_path: Path) -> None:
    respx.get(URL).mock(return_value=httpx.Response(404))
    with pytest.raises(SpecError, match="HTTP 404"):
        load_spec(pin=_pin(), environ={}, repo_root=tmp_path)


def test_workspace_finds_the_pinned_spec_offline() -> None:
    loaded = load_spec(environ={}, download=False)
    assert len(loaded.document["paths"]) == 150
