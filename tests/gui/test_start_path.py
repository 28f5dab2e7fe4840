"""The kiosk's first screen is painted, and takes its first click, before the heavy libraries load.

SQLAlchemy (the tally, the queue), pydantic and the country tables (the case bundle's validation)
load in the background after the first screen is up; the gallery's cards are kept from the last
start. A fresh process shows this, since the test process has loaded everything already.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from w4r_desktop.core.bundle import loading
from w4r_desktop.core.bundle.cards import CARDS_FILE
from w4r_desktop.core.bundle.library import install_bundle
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.bundle.problems import BundleInvalid, BundleProblem
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.gui.services import open_services

FIRST_START = "import sys; from w4r_desktop.gui.services import open_services; open_services(sys.argv[1]).close()"
FIRST_SCREEN = """
import sys
from PySide6.QtWidgets import QApplication
from w4r_desktop.gui.main_window import MainWindow
from w4r_desktop.gui.services import open_services

HEAVY = ("sqlalchemy", "pydantic", "pycountry", "reportlab", "PIL")
app = QApplication([])
window = MainWindow(open_services(sys.argv[1]))
window.show()
app.processEvents()
window.flow.screens[window.flow.current].start_button.click()
app.processEvents()
print(window.flow.current.name, *sorted(name for name in HEAVY if name in sys.modules))
"""


def _first_start(data_dir: Path) -> None:
    """What a laptop's first start leaves: the database, and the cards of the bundle it validated."""
    open_services(str(data_dir)).close()


def test_the_first_screen_and_its_first_click_need_no_heavy_library(tmp_path: Path) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The first start in a process too: installed, the package (and its shipped bundle) may be
    # imported from elsewhere than in this test's process.
    subprocess.run([sys.executable, "-c", FIRST_START, str(tmp_path)], env=environment, check=True, timeout=120)
    shown = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN, str(tmp_path)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert shown.stdout.split() == ["GALLERY"]


def test_a_second_start_validates_the_bundle_in_the_background(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _first_start(data_dir)
    loads: list[Path] = []
    real = loading.load_bundle

    def counted(source: Path) -> CaseBundle:
        loads.append(Path(source))
        return real(source)

    monkeypatch.setattr(loading, "load_bundle", counted)
    services = open_services(str(data_dir))
    try:
        assert loads == [] and services.gallery.campaign == "Write for Rights 2021"
        services.start_warm_up()
        bundle = services.bundle  # waits for the background load
        assert len(loads) == 1 and [case.id for case in bundle.cases] == [c.case_id for c in services.gallery.cards]
        assert services.bundle is bundle
    finally:
        services.close()


def test_a_bundle_changed_since_the_last_start_is_checked_before_anything_is_shown(
    data_dir: Path, make_bundle: Callable[..., Path]
) -> None:
    install_bundle(data_dir, make_bundle())
    _first_start(data_dir)
    case_file = data_dir / "bundle" / "zhang-zhan.toml"
    case_file.write_text(case_file.read_text(encoding="utf-8").replace('country = "CN"', 'country = "XX"', 1))
    with pytest.raises(BundleInvalid):
        open_services(str(data_dir))


def test_the_welcome_count_is_the_tallys(data_dir: Path) -> None:
    services = open_services(str(data_dir))
    try:
        services.tally.record("zhang-zhan", TallyKind.APPEAL, 0, quantity=3)
        services.tally.record("zhang-zhan", TallyKind.HANDWRITTEN, quantity=4)
        services.tally.merge_event("another-event", "Library")
        assert services.letters_written() == services.tally.letters_written() == 7
    finally:
        services.close()


def test_a_bundle_that_fails_its_check_in_the_background_is_refused_and_checked_first_next_time(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first_start(data_dir)

    def stricter(_source: Path) -> CaseBundle:  # as a new version's stricter check might
        raise BundleInvalid(str(_source), [BundleProblem("zhang-zhan.toml", "country", "unknown country code")])

    monkeypatch.setattr(loading, "load_bundle", stricter)
    services = open_services(str(data_dir))
    try:
        with qtbot.waitSignal(services.events.bundle_failed, timeout=10_000) as failed:
            services.start_warm_up()
        assert "unknown country code" in failed.args[0]
        with pytest.raises(BundleInvalid):
            services.bundle  # noqa: B018 - asking for it is the point
        assert not (data_dir / CARDS_FILE).exists()
        with pytest.raises(BundleInvalid):
            open_services(str(data_dir))  # the next start checks first, and refuses it in words
    finally:
        services.close()


def test_a_missing_bundle_is_named_not_a_traceback(
    data_dir: Path, tmp_path: Path, make_bundle: Callable[..., Path]
) -> None:
    stick = make_bundle(name="stick")
    open_services(str(data_dir), str(stick)).close()
    for name in ("zhang-zhan.toml", "bundle.toml"):
        (stick / name).unlink()
    stick.rmdir()
    with pytest.raises(UserError):
        open_services(str(data_dir), str(stick))
