"""House rules that keep the structure easy to see."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
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


# Which layer may import which: data flows from core to printing to the command line and the GUI.
FORBIDDEN = {
    "core": ("w4r_desktop.printing", "w4r_desktop.cli", "w4r_desktop.gui"),
    "printing": ("w4r_desktop.cli", "w4r_desktop.gui"),
}


def test_layers_import_only_downwards() -> None:
    offenders = []
    for layer, forbidden in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in imported_modules(path):
                if name.startswith(forbidden):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_imports(path: Path) -> set[str]:
    """The project modules `path` imports, at load time or later inside functions (not for type checking)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_checking = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
        for inner in ast.walk(node)
    }
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in type_checking:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("w4r_desktop"):
            names.add(node.module)
            # `from w4r_desktop.core import paths` imports the module w4r_desktop.core.paths
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names if alias.name.startswith("w4r_desktop"))
    return names


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by a depth-first walk, each as the list of modules around it."""
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 finished
    path: list[str] = []

    def visit(module: str) -> None:
        state[module] = 1
        path.append(module)
        for other in sorted(graph.get(module, ())):
            if state.get(other) == 1:
                cycles.append([*path[path.index(other) :], other])
            elif other not in state:
                visit(other)
        path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    return cycles


def test_no_import_circle() -> None:
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    graph = {name: {other for other in project_imports(path) if other in modules} for name, path in modules.items()}
    assert import_cycles(graph) == []


def test_the_circle_check_can_fail() -> None:
    assert import_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]


LIMITS = {"C901": ("mccabe", "max-complexity", 12), "PLR0912": ("pylint", "max-branches", 14)}
LIMITS["PLR0915"] = ("pylint", "max-statements", 50)
"""Functions, not files, have limits: a long module of small functions reads well; a long function does not."""


def over_the_limits(*paths: Path) -> list[str]:
    """Functions over the limits, as ruff finds them with the project's settings (pyproject.toml)."""
    found = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--select",
            ",".join(LIMITS),
            "--output-format",
            "concise",
            "--no-cache",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    return [line for line in found.stdout.splitlines() if any(f" {rule} " in line for rule in LIMITS)]


def test_the_limits_are_the_chosen_ones() -> None:
    lint = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["ruff"]["lint"]
    assert set(LIMITS) <= set(lint["select"])
    for section, key, limit in LIMITS.values():
        assert lint[section][key] == limit


def test_no_function_is_over_the_limits() -> None:
    assert over_the_limits(PACKAGE, ROOT / "scripts", ROOT / "bench") == []


def test_the_limit_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    body = "".join(f"    if value == {number}:\n        value += {number}\n" for number in range(60))
    sample.write_text(f"def long(value: int) -> int:\n{body}    return value\n", encoding="utf-8")
    found = over_the_limits(sample)
    assert {line.split()[1] for line in found} == set(LIMITS)


# --- one home for each word of the product ---------------------------------------------------

KIND_HOME = "core/tally/kinds.py"
KIND_VALUES = {"appeal", "solidarity", "handwritten", "card", "signature", "participant"}
KIND_WORDS = KIND_VALUES | {f"TallyKind.{value.upper()}" for value in KIND_VALUES}
LETTER_KINDS = {"appeal", "solidarity"}
"""Also the kinds of letter a volunteer writes (LetterKind): listed together, they are not the tally's."""
HISTORY = {
    # Released migrations are history: what they made, they keep making.
    "core/tally/server_schema/versions/0001_records.py": None,
    "core/db/migrations.py": "_v1_initial",
}


def _collections(tree: ast.AST, skip_function: str | None = None) -> list[tuple[int, list[str]]]:
    """Each literal tuple, list, set or dict's keys as the strings and `X.NAME` attributes in it."""
    skipped = {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name == skip_function
        for inner in ast.walk(node)
    }
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            elements = list(node.elts)
        elif isinstance(node, ast.Dict):
            elements = [key for key in node.keys if key is not None]
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            # SQL written out: "kind IN ('appeal','solidarity', ...)"
            found.append((node.lineno, re.findall(r"'([\w-]+)'", node.value)))
            continue
        else:
            continue
        words = []
        for element in elements:
            if isinstance(element, ast.Constant) and isinstance(element.value, str):
                words.append(element.value)
            elif isinstance(element, ast.Attribute) and isinstance(element.value, ast.Name):
                words.append(f"{element.value.id}.{element.attr}")
        found.append((node.lineno, words))
    return found


def lists_outside_home(words: set[str], home: set[str], roots: list[Path], only: bool = False) -> list[str]:
    """Where two or more of `words` are listed together outside the files of `home` (and history);
    `only`: in a list of nothing else (language codes are also words of other lists)."""
    offenders = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            name = path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else path.name
            if name in home or (name in HISTORY and HISTORY[name] is None):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for line, found in _collections(tree, HISTORY.get(name)):
                if only and not set(found) <= words:
                    continue
                if len(set(found) & words) >= 2 and not set(found) & words <= LETTER_KINDS:
                    offenders.append(f"{path.relative_to(root.parent) if root != PACKAGE else name}:{line}")
    return offenders


def test_the_tally_kinds_are_listed_only_in_their_registry() -> None:
    """Adding a kind is a line in kinds.py and its translations: no copy of the list elsewhere."""
    assert lists_outside_home(KIND_WORDS, {KIND_HOME}, [PACKAGE, ROOT / "scripts", ROOT / "bench"]) == []


def test_the_list_check_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "SHOWN = (TallyKind.APPEAL, TallyKind.CARD)\n"
        "SQL = \"CHECK (kind IN ('appeal','card'))\"\n"
        "NAMES = {'es': 'Español', 'en': 'English'}\n",
        encoding="utf-8",
    )
    shown = f"{tmp_path.name}/sample.py"
    assert lists_outside_home(KIND_WORDS, set(), [tmp_path]) == [f"{shown}:1", f"{shown}:2"]
    assert lists_outside_home({"en", "es"}, set(), [tmp_path], only=True) == [f"{shown}:3"]


LANGUAGE_HOME = "core/interface_languages.py"


def test_the_interface_languages_are_found_not_listed() -> None:
    """The interface's languages come from the translations shipped (interface_languages.py): no
    list of two or more of them written anywhere else, so adding one is dropping in its file."""
    from w4r_desktop.core.interface_languages import interface_language_codes

    codes = set(interface_language_codes())
    assert len(codes) >= 2
    assert lists_outside_home(codes, {LANGUAGE_HOME}, [PACKAGE, ROOT / "scripts", ROOT / "bench"], only=True) == []


def test_no_page_sends_the_change_signals_by_hand() -> None:
    """Writes tell what they changed (core/db/changes.py) and Services turns that into its signals:
    a page that sent one by hand would miss the writes of every other way in (a merge, a worker)."""
    offenders = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        if path.name == "services.py":
            continue
        text = path.read_text(encoding="utf-8")
        for signal in ("settings_changed", "tally_changed", "queue_changed"):
            if f"events.{signal}.emit(" in text:
                offenders.append(f"{path.relative_to(PACKAGE)}: {signal}")
    assert offenders == []
