"""The top-level package: every exported name resolves, and importing it stays lazy."""

from __future__ import annotations

import subprocess
import sys

import echord


def test_every_exported_name_resolves() -> None:
    for name in echord.__all__:
        assert getattr(echord, name) is not None, name


def test_import_echord_loads_no_layer() -> None:
    code = (
        "import sys, echord\n"
        "loaded = [m for m in ('echord.rest', 'echord.gateway', 'echord.cache', 'echord._generated.models',"
        " 'httpx', 'websockets') if m in sys.modules]\n"
        "print(','.join(loaded))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
