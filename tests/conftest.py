"""What every test needs: Qt runs offscreen, every test gets its own data folder; and shared bundles.

The layers add their own fixtures: core/conftest.py, printing/conftest.py, gui/conftest.py.
Test data and helpers live in plain modules (bundles.py, letters.py, cli.py, gui/kiosk_helpers.py, ...),
imported by their package name: `from tests.bundles import CASE_TOML`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bundles import SHIPPED_2021, write_bundle
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import CaseBundle

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def interface_font(request: pytest.FixtureRequest) -> None:
    """Widgets in tests are drawn in the application's own font, as in the application (once a session)."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from w4r_desktop.gui.fonts import use_interface_font

        app = request.getfixturevalue("qapp")
        if not getattr(app, "_w4r_font", False):
            use_interface_font(app)
            app._w4r_font = True


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, private data folder for every test; the user's real one is never touched."""
    folder = tmp_path / "data"
    monkeypatch.setenv("W4R_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def make_bundle(tmp_path: Path) -> Callable[..., Path]:
    """Write a small valid bundle; `files` adds, replaces (text or bytes) or removes (None) files."""

    def make(files: dict[str, str | bytes | None] | None = None, name: str = "bundle") -> Path:
        return write_bundle(tmp_path / name, files)

    return make


@pytest.fixture(scope="session")
def bundle_2021() -> CaseBundle:
    """The shipped 2021 case bundle."""
    return load_bundle(SHIPPED_2021)


@pytest.fixture(autouse=True)
def _bundled_fonts_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Print with the bundled faces alone, so a test prints the same on every computer; the tests
    of the computer's own fonts (tests/printing/test_system_fonts.py) turn them back on."""
    from w4r_desktop.printing import system_fonts

    monkeypatch.setattr(system_fonts, "enabled", False)
