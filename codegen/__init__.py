"""echord's code generator: Discord's OpenAPI spec (plus spec/overrides, spec/gateway) to src/echord/_generated.

Each generator module exposes `generate(spec: dict[str, Any]) -> dict[str, str]`, returning
{path relative to src/echord/_generated/: Python source}. They run in the order of GENERATORS, on the
verified spec with the overrides applied; to add one, append its module name here.
"""

from __future__ import annotations

import copy
import importlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from codegen import overrides as _overrides
from codegen.output import format_sources
from codegen.spec import LoadedSpec

__all__ = ["GENERATORS", "Generated", "run"]

GENERATORS: tuple[str, ...] = (
    "codegen.models",
    "codegen.endpoints",
    "codegen.events",
)
"""Generator modules, in the order they run. Output paths must not overlap."""

PACKAGE_INIT = (
    '"""Generated from Discord\'s OpenAPI spec by `python -m codegen`; see codegen/ and spec/."""\n'
)

Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True)
class Generated:
    """The formatted files of one run, keyed by path relative to the output package."""

    files: dict[str, str]
    seconds: dict[str, float]


def _silent(_: str) -> None:
    return None


def run(
    loaded: LoadedSpec,
    *,
    overrides_dir: Path | None = None,
    generators: tuple[str, ...] = GENERATORS,
    progress: Progress = _silent,
) -> Generated:
    """Apply overrides, run every generator, format with ruff and add the header. Pure: writes nothing."""
    timings: dict[str, float] = {}
    start = time.perf_counter()
    loaded_overrides = _overrides.load() if overrides_dir is None else _overrides.load(overrides_dir)
    document = _overrides.apply(loaded.document, loaded_overrides)
    timings["overrides"] = time.perf_counter() - start
    sources: dict[str, str] = {"__init__.py": PACKAGE_INIT}
    owner: dict[str, str] = {"__init__.py": "codegen"}
    for name in generators:
        progress(f"running {name}")
        start = time.perf_counter()
        module = importlib.import_module(name)
        # Each generator gets its own copy, so one cannot change what a later one sees.
        produced: dict[str, str] = module.generate(copy.deepcopy(document))
        timings[name] = time.perf_counter() - start
        for path, source in produced.items():
            if path in owner:
                raise RuntimeError(f"{name} and {owner[path]} both generate {path}")
            owner[path] = name
            sources[path] = source
        progress(f"  {name}: {len(produced)} file(s) in {timings[name]:.2f} s")
    progress(f"formatting {len(sources)} file(s) with ruff")
    start = time.perf_counter()
    files = format_sources(sources, loaded.pin)
    timings["format"] = time.perf_counter() - start
    return Generated(files=files, seconds=timings)
