"""House rules that keep the structure easy to see."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "w4r_desktop"
QT_FREE = ["core", "printing"]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_and_printing_never_import_qt() -> None:
    offenders = []
    for layer in QT_FREE:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in imported_modules(path):
                top = name.split(".")[0]
                if top in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} or name.startswith("w4r_desktop.gui"):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_qt_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in imported_modules(sample)


def test_every_package_is_listed_in_pyproject() -> None:
    root = ROOT
    listed = set(tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(path.parent.relative_to(root).parts)
        for path in PACKAGE.rglob("__init__.py")
        if "__pycache__" not in path.parts
    }
    assert found <= listed
