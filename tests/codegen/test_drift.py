"""`python -m codegen check` passes on the committed tree and fails when output or inputs change."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from codegen import GENERATORS, run
from codegen.__main__ import main
from codegen.output import compare, header, write
from codegen.spec import LoadedSpec, read_pin


@pytest.fixture(scope="module")
def generated(loaded_spec: LoadedSpec) -> dict[str, str]:
    """One in-memory generation for the whole module (each takes about a second)."""
    return run(loaded_spec).files


@pytest.fixture
def out(tmp_path: Path, generated: dict[str, str]) -> Path:
    """A freshly written output package to tamper with (independent of the working tree's state)."""
    target = tmp_path / "_generated"
    write(generated, target)
    return target


def test_committed_tree_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--offline"]) == 0, capsys.readouterr().err


def test_generation_is_deterministic(loaded_spec: LoadedSpec, generated: dict[str, str]) -> None:
    first = generated
    assert run(loaded_spec).files == first
    assert set(first) >= {"__init__.py", "endpoints.py"}
    assert all(text.startswith(header(loaded_spec.pin)) for text in first.values())
    assert "do not edit" in header(loaded_spec.pin) and loaded_spec.pin.sha256 in header(loaded_spec.pin)
    assert GENERATORS.index("codegen.models") < GENERATORS.index("codegen.endpoints")


def test_edited_missing_and_extra_files_fail(out: Path, generated: dict[str, str]) -> None:
    assert not compare(generated, out)
    endpoints = out / "endpoints.py"
    endpoints.write_text(endpoints.read_text() + "\n# a hand edit\n")
    (out / "__init__.py").unlink()
    (out / "stray.py").write_text("")
    drift = compare(generated, out)
    assert (drift.differing, drift.missing, drift.extra) == (["endpoints.py"], ["__init__.py"], ["stray.py"])
    assert drift.describe().splitlines() == [
        "differs: endpoints.py",
        "missing: __init__.py",
        "extra:   stray.py",
    ]


def test_write_updates_only_what_changed(out: Path, generated: dict[str, str]) -> None:
    (out / "endpoints.py").write_text("stale")
    (out / "stray.py").write_text("")
    assert write(generated, out) == ["endpoints.py", "stray.py"]
    assert not compare(generated, out)


def test_changed_spec_input_fails(
    out: Path, tmp_path: Path, spec_document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    changed = json.loads(json.dumps(spec_document))
    changed["paths"]["/users/@me"]["get"]["summary"] = "Who am I"
    data = json.dumps(changed).encode()
    spec = tmp_path / "openapi.json"
    spec.write_bytes(data)
    pin = read_pin()
    upstream = tmp_path / "upstream.toml"
    upstream.write_text(
        "[spec]\n"
        f'repository = "{pin.repository}"\ncommit = "{"1" * 40}"\npath = "{pin.path}"\n'
        f'sha256 = "{hashlib.sha256(data).hexdigest()}"\nurl = "{pin.url}"\n'
    )
    args = ["--offline", "--out", str(out), "--spec", str(spec), "--upstream", str(upstream)]
    assert main(["check", *args]) == 1
    err = capsys.readouterr().err
    assert "differs: endpoints.py" in err and "missing" not in err and "extra" not in err


def test_unpinned_spec_is_refused(out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "openapi.json"
    other.write_text('{"paths": {}}')
    assert main(["check", "--offline", "--out", str(out), "--spec", str(other)]) == 2
    assert "refusing the spec" in capsys.readouterr().err


def test_stale_override_is_reported(
    out: Path, old_spec_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = old_spec_path.read_bytes()
    upstream = tmp_path / "upstream.toml"
    upstream.write_text(
        '[spec]\nrepository = "r"\ncommit = "c"\npath = "p"\n'
        f'sha256 = "{hashlib.sha256(data).hexdigest()}"\nurl = "u"\n'
    )
    args = [
        "check",
        "--offline",
        "--out",
        str(out),
        "--spec",
        str(old_spec_path),
        "--upstream",
        str(upstream),
    ]
    assert main(args) == 2
    assert "unknown operationId 'update_voice_channel_status'" in capsys.readouterr().err
