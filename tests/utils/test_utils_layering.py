"""ARCHITECTURE.md: `echord.utils` imports nothing else of echord, so every layer can use it."""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import echord.utils

UTILS = Path(echord.utils.__file__).parent
MODULES = sorted(path for path in UTILS.glob("*.py") if path.name != "__init__.py")


def imported_modules(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path.name}: use absolute imports"
            modules.add(node.module or "")
    return modules


def test_utils_imports_only_itself_and_the_standard_library() -> None:
    assert len(MODULES) >= 8
    for path in [*MODULES, UTILS / "__init__.py"]:
        for module in imported_modules(path):
            top = module.split(".")[0]
            allowed = module.startswith("echord.utils") or (
                top != "echord" and top in sys.stdlib_module_names
            )
            assert allowed, f"{path.name} imports {module}"


def test_package_reexports_every_public_name_of_its_modules() -> None:
    exported = set(echord.utils.__all__)
    assert len(exported) == len(echord.utils.__all__)
    for path in MODULES:
        module = importlib.import_module(f"echord.utils.{path.stem}")
        assert set(module.__all__) <= exported, path.name
        for name in module.__all__:
            assert getattr(echord.utils, name) is getattr(module, name)
