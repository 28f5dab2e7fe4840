"""The leader's console: navigation, event setup from the declared settings, case bundles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import shown
from w4r_desktop.core import paths
from w4r_desktop.core.interface_languages import interface_language_codes, interface_languages
from w4r_desktop.core.settings import SPECS, SettingSpec
from w4r_desktop.gui.leader.bundle_editor.opening import EditorQuestions
from w4r_desktop.gui.leader.cases_page import BundleChooser
from w4r_desktop.gui.leader.console import LeaderConsole, Page
from w4r_desktop.gui.leader.event_page import SHOWN_ELSEWHERE
from w4r_desktop.gui.leader.setting_fields import SettingField
from w4r_desktop.gui.services import Services, open_services
from w4r_desktop.printing.printer import PdfFolderPrinter


class Chooser:
    """Stands in for the file dialogs: answers with whatever the test put in `answer`."""

    def __init__(self) -> None:
        self.answer = ""
        self.asked: list[str] = []

    def bundle(self) -> BundleChooser:
        return BundleChooser(folder=lambda _parent: self._ask("folder"), zip_file=lambda _parent: self._ask("zip"))

    def _ask(self, what: str) -> str:
        self.asked.append(what)
        return self.answer


@pytest.fixture
def chooser() -> Chooser:
    return Chooser()


@pytest.fixture
def console(qtbot: QtBot, services: Services, chooser: Chooser) -> LeaderConsole:
    console = LeaderConsole(services, bundle_chooser=chooser.bundle(), folder_chooser=lambda _parent: "")
    return shown(qtbot, console, 1280, 800)


# --- navigation ----------------------------------------------------------------------------


def test_the_console_lists_its_pages_and_shows_each(console: LeaderConsole, qtbot: QtBot) -> None:
    assert console.page_names() == ["Event", "Cases", "Print", "Tally", "Sync & report"]
    assert console.current_page() is console.event_page
    qtbot.keyClick(console, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert console.current_page() is console.print_page
    console.navigation.setFocus()
    qtbot.keyClick(console.navigation, Qt.Key.Key_Up)
    assert console.current_page() is console.cases_page


def test_back_to_the_kiosk_and_leave_kiosk_mode_are_signals(console: LeaderConsole, qtbot: QtBot) -> None:
    for page in range(5):
        console.show_page(page)
        assert console.back_button.isVisible()  # in the header, so on every page
    with qtbot.waitSignal(console.back_to_kiosk, timeout=1000):
        qtbot.mouseClick(console.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(console.leave_kiosk_mode, timeout=1000):
        qtbot.mouseClick(console.leave_button, Qt.MouseButton.LeftButton)


def test_every_control_is_named_and_big_enough_to_touch(console: LeaderConsole) -> None:
    unnamed = []
    small = []
    for page in range(3):
        console.show_page(page)
        for widget in console.findChildren(QWidget):
            if not widget.isVisible() or not isinstance(widget, QAbstractButton | QComboBox | QLineEdit | QSpinBox):
                continue
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
            if not name.strip() and widget.objectName() not in {"qt_spinbox_lineedit"}:
                unnamed.append(widget)
            if isinstance(widget, QPushButton) and widget.height() < 44:
                small.append(widget.text())
    assert unnamed == []
    assert small == []


# --- event setup ---------------------------------------------------------------------------


def test_the_event_form_is_generated_from_the_declared_settings(console: LeaderConsole) -> None:
    page = console.event_page
    expected = [spec.key for spec in SPECS if spec.key not in SHOWN_ELSEWHERE]
    assert list(page.fields) == expected
    assert page.fields["event_name"].accessibleName() == "Event name"
    assert page.fields["paper_size"].editor.findData("a4") >= 0  # type: ignore[union-attr]


def test_event_settings_survive_a_restart(
    console: LeaderConsole, qtbot: QtBot, services: Services, data_dir: Path, tmp_path: Path
) -> None:
    page = console.event_page
    name = page.fields["event_name"].editor
    assert isinstance(name, QLineEdit)
    name.selectAll()
    qtbot.keyClicks(name, "Lincoln High write-a-thon")
    paper = page.fields["paper_size"].editor
    assert isinstance(paper, QComboBox)
    paper.setCurrentIndex(paper.findData("a4"))
    idle = page.fields["idle_timeout_s"].editor
    assert isinstance(idle, QSpinBox)
    idle.setValue(300)
    spanish = next(box for box in page.fields["languages"].boxes if box.property("code") == "es")
    qtbot.mouseClick(spanish, Qt.MouseButton.LeftButton)  # switch Spanish off
    changed: list[str] = []
    services.events.settings_changed.connect(changed.append)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert set(changed) == {"event_name", "paper_size", "idle_timeout_s", "languages"}
    services.close()

    reopened = open_services(str(data_dir), printer=PdfFolderPrinter(tmp_path / "printed"))
    try:
        again = LeaderConsole(reopened)
        qtbot.addWidget(again)
        fields = again.event_page.fields
        assert fields["event_name"].value() == "Lincoln High write-a-thon"
        assert fields["paper_size"].value() == "a4"
        assert fields["idle_timeout_s"].value() == 300
        assert fields["languages"].value() == [code for code in interface_language_codes() if code != "es"]
        assert reopened.settings.get("event_date") is None
    finally:
        reopened.close()


def test_a_date_can_be_set_and_cleared(console: LeaderConsole, services: Services) -> None:
    page = console.event_page
    page.fields["event_date"].set_value(dt.date(2021, 12, 10))
    assert page.save()
    assert services.settings.get("event_date") == dt.date(2021, 12, 10)
    page.fields["event_date"].set_value(None)
    assert page.save()
    assert services.settings.get("event_date") is None


def test_bad_values_save_nothing_and_say_why(console: LeaderConsole, qtbot: QtBot, services: Services) -> None:
    page = console.event_page
    before = services.settings.all()
    name = page.fields["event_name"].editor
    assert isinstance(name, QLineEdit)
    qtbot.keyClicks(name, " 2021")
    for box in page.fields["languages"].boxes:
        box.setChecked(False)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.error
    assert "Nothing was saved." in page.status.text()
    assert "Interface languages: choose at least one." in page.status.text()
    assert services.settings.all() == before
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.fields["event_name"].value() == before["event_name"]
    assert page.fields["languages"].value() == list(interface_language_codes())


# --- case bundles --------------------------------------------------------------------------


def test_loading_a_bundle_makes_it_active(
    console: LeaderConsole, qtbot: QtBot, services: Services, chooser: Chooser, make_bundle: Callable[..., Path]
) -> None:
    page = console.cases_page
    console.show_page(Page.CASES)
    assert page.cases.count() == 10
    chooser.answer = str(make_bundle())
    with qtbot.waitSignal(services.events.bundle_changed, timeout=1000):
        qtbot.mouseClick(page.load_folder_button, Qt.MouseButton.LeftButton)
    assert chooser.asked == ["folder"]
    assert [case.id for case in services.bundle.cases] == ["zhang-zhan"]
    assert services.bundle.source == services.data_dir / "bundle"
    assert paths.active_bundle_path(services.data_dir) == services.data_dir / "bundle"
    assert page.status.text().startswith("Loaded Write for Rights 2021: 1 cases.")
    assert "1 address is marked unverified" in page.status.text()
    assert not page.problems.isVisible()
    assert [page.cases.item(row).text() for row in range(page.cases.count())] == ["Zhang Zhan (China)"]
    assert [page.unverified.item(row).text() for row in range(page.unverified.count())] == [
        "Zhang Zhan (China): address for solidarity messages"
    ]
    assert page.shipped_button.isEnabled()


def test_a_bad_bundle_lists_every_problem_and_the_old_one_stays(
    console: LeaderConsole,
    qtbot: QtBot,
    services: Services,
    chooser: Chooser,
    make_bundle: Callable[..., Path],
    tmp_path: Path,
) -> None:
    page = console.cases_page
    console.show_page(Page.CASES)
    chooser.answer = str(make_bundle())
    qtbot.mouseClick(page.load_folder_button, Qt.MouseButton.LeftButton)
    good = services.bundle
    bad = make_bundle(
        {
            "bundle.toml": 'format = 1\ncampaign = "W4R"\nyear = 1066\n',
            "zhang-zhan.toml": 'name = "Zhang Zhan"\ncountry = "XX"\nnickname = "ZZ"\n',
        },
        name="bad",
    )
    zipped = tmp_path / "bad.zip"
    import zipfile

    with zipfile.ZipFile(zipped, "w") as archive:
        for path in bad.iterdir():
            archive.write(path, path.name)
    chooser.answer = str(zipped)
    changes: list[None] = []
    services.events.bundle_changed.connect(lambda: changes.append(None))
    qtbot.mouseClick(page.load_zip_button, Qt.MouseButton.LeftButton)
    assert chooser.asked[-1] == "zip"
    assert changes == []
    assert services.bundle is good
    assert [case.id for case in services.bundle.cases] == ["zhang-zhan"]
    assert page.status.error
    problems = [page.problems.item(row).text() for row in range(page.problems.count())]
    assert page.status.text() == (
        f"This bundle was not loaded: {len(problems)} problems. The cases in use have not changed."
    )
    assert page.problems.isVisible()
    assert "bundle.toml: year: Input should be greater than or equal to 2001" in problems
    assert "bundle.toml: section: required, but missing" in problems
    assert "zhang-zhan.toml: nickname: unknown key (a typo?)" in problems
    assert any(problem.startswith("zhang-zhan.toml: country: unknown country code 'XX'") for problem in problems)
    assert paths.active_bundle_path(services.data_dir) == services.data_dir / "bundle"
    assert page.summary.text().startswith("In use: Write for Rights 2021 (AIUSA), 1 cases.")


def test_cancelling_the_dialog_changes_nothing(
    console: LeaderConsole, qtbot: QtBot, services: Services, chooser: Chooser
) -> None:
    before = services.bundle
    qtbot.mouseClick(console.cases_page.load_zip_button, Qt.MouseButton.LeftButton)
    assert chooser.asked == ["zip"]
    assert services.bundle is before
    assert not console.cases_page.status.isVisible()


def test_going_back_to_the_shipped_cases_and_the_previous_bundle(
    console: LeaderConsole, qtbot: QtBot, services: Services, make_bundle: Callable[..., Path]
) -> None:
    page = console.cases_page
    assert page.load_bundle_from(str(make_bundle()))
    with qtbot.waitSignal(services.events.bundle_changed, timeout=1000):
        qtbot.mouseClick(page.shipped_button, Qt.MouseButton.LeftButton)
    assert len(services.bundle.cases) == 10
    assert not page.shipped_button.isEnabled()
    assert page.previous_button.isEnabled()
    with qtbot.waitSignal(services.events.bundle_changed, timeout=1000):
        qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert [case.id for case in services.bundle.cases] == ["zhang-zhan"]
    assert page.status.text() == "Now using Write for Rights 2021 again."
    assert not page.previous_button.isEnabled()  # the shipped cases need no backup


def test_cases_are_switched_on_and_off_but_never_all_off(
    console: LeaderConsole, qtbot: QtBot, services: Services
) -> None:
    page = console.cases_page
    console.show_page(Page.CASES)
    changed: list[str] = []
    services.events.settings_changed.connect(changed.append)
    first = page.cases.item(0)
    first.setCheckState(Qt.CheckState.Unchecked)
    assert services.settings.get("disabled_cases") == ["bernardo-caal-xol"]
    assert changed == ["disabled_cases"]
    for row in range(1, page.cases.count()):
        page.cases.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert page.cases.item(page.cases.count() - 1).checkState() == Qt.CheckState.Checked
    assert "zhang-zhan" not in services.settings.get("disabled_cases")
    assert len(services.settings.get("disabled_cases")) == 9
    assert page.status.text() == "At least one case must stay on for volunteers to choose."
    first.setCheckState(Qt.CheckState.Checked)
    assert "bernardo-caal-xol" not in services.settings.get("disabled_cases")
    assert console.event_page.cases_summary.text() == "2 of 10 cases"
    console.show_page(Page.EVENT)
    qtbot.mouseClick(console.event_page.cases_button, Qt.MouseButton.LeftButton)
    assert console.current_page() is page


def test_no_check_box_hides_in_the_event_form(console: LeaderConsole) -> None:
    boxes = [box for box in console.event_page.findChildren(QCheckBox)]
    assert {box.text() for box in boxes} == {name for _code, name in interface_languages()}
    assert all(box.accessibleDescription() == "Interface languages" for box in boxes)


@pytest.mark.parametrize("spec", SPECS, ids=[spec.key for spec in SPECS])
def test_every_declared_setting_has_an_editor_that_round_trips(qtbot: QtBot, spec: SettingSpec) -> None:
    choices = {"languages": (("en", "English"), ("es", "Español")), "disabled_cases": ()}.get(spec.key, ())
    field = SettingField(spec, choices)
    qtbot.addWidget(field)
    samples = {
        bool: True,
        int: spec.minimum or 7,
        float: -1.5 if spec.minimum is None else spec.minimum + 1.25,
        dt.date: dt.date(2021, 12, 10),
        list: ["es"] if choices else ["zhang-zhan", "sphere"],
    }
    value = spec.choices[-1][0] if spec.choices else samples.get(spec.kind, 'Café <b>&</b> "quotes"')
    field.set_value(value)
    assert field.value() == value
    assert spec.check(field.value()) == value


def test_a_new_setting_is_one_line(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    from w4r_desktop.core import settings as settings_module
    from w4r_desktop.gui.leader import event_page

    extra = SettingSpec("show_counter", "Show the letter counter", bool, True, section="kiosk")
    monkeypatch.setattr(event_page, "SPECS", (*SPECS, extra))
    monkeypatch.setitem(settings_module.SPEC_BY_KEY, "show_counter", extra)
    page = event_page.EventPage(services)
    qtbot.addWidget(page)
    field = page.fields["show_counter"]
    assert field.accessibleName() == "Show the letter counter"
    assert field.value() is True
    field.editor.setChecked(False)  # type: ignore[union-attr]
    assert page.save()
    assert services.settings.get("show_counter") is False


def test_a_full_disk_while_copying_keeps_the_bundle_in_use(
    console: LeaderConsole, services: Services, make_bundle: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.core.bundle import library as bundle_library

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle_library.shutil, "copyfile", full_disk)
    before = services.bundle
    assert not console.cases_page.load_bundle_from(str(make_bundle()))
    assert services.bundle is before
    assert console.cases_page.status.error
    assert console.cases_page.status.text().startswith("This bundle was not loaded: cannot copy the case bundle")
    assert console.cases_page.status.text().endswith("No space left on device")
    assert paths.active_bundle_path(services.data_dir) == paths.default_bundle_path()


def test_the_console_says_when_the_active_cases_are_last_years(
    services: Services, chooser: Chooser, qtbot: QtBot
) -> None:
    asked = []
    questions = EditorQuestions(start=lambda _parent, replaces: asked.append(replaces) or "copy")
    console = shown(
        qtbot, LeaderConsole(services, bundle_chooser=chooser.bundle(), editor_questions=questions), 1280, 800
    )
    # The shipped bundle is the 2021 campaign: out of date on any day after 2021.
    assert "Write for Rights 2021" in console.campaign.text()
    assert "out of date" in console.campaign.text()
    assert "a campaign of 2021" not in console.campaign.text()  # the name says the year already
    assert console.stale_button.isVisibleTo(console)
    qtbot.mouseClick(console.stale_button, Qt.MouseButton.LeftButton)
    assert console.current_page() is console.cases_page
    # ... and offers a new bundle for this year, from a copy of last year's if the leader wants.
    editor = console.cases_page.editor
    assert asked == [False] and editor is not None
    qtbot.addWidget(editor)
    assert editor.draft.info["year"] == dt.date.today().year
    assert editor.draft.case_ids() == [case.id for case in services.bundle.cases]


def test_the_big_screen_counter_follows_the_tally(console: LeaderConsole, services: Services, qtbot: QtBot) -> None:
    from w4r_desktop.gui.language import install_language

    install_language("en")  # the plural forms ("1 letter", "2 letters"), as the application installs them
    qtbot.mouseClick(console.projector_button, Qt.MouseButton.LeftButton)
    projector = console.projector
    assert projector is not None and projector.isVisible()
    assert projector.count.text() == "0 letters written"
    # The count reads from the back of the room: larger than the title (the style sheet once overrode
    # it), as large as this (800 px) screen allows it whole.
    assert projector.count.fontInfo().pixelSize() > projector.title.fontInfo().pixelSize()
    services.tally.record("zhang-zhan", "appeal", 0)
    services.tally.record("zhang-zhan", "handwritten", quantity=11)
    services.events.tally_changed.emit()
    assert projector.count.text() == "12 letters written"
    assert projector.chart.bars()[0] == ("Zhang Zhan", 12)
    assert len(projector.chart.bars()) == len(services.bundle.cases)  # every case, even at zero
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_an_idle_time_out_of_range_is_explained_not_put_back(console: LeaderConsole, services: Services) -> None:
    page = console.event_page
    field = page.fields["idle_timeout_s"]
    assert field.limits.text() == "30 to 3600"
    field.editor.setValue(10)
    assert not page.save()
    assert "at least 30" in page.status.text()
    assert services.settings.get("idle_timeout_s") == 180  # nothing saved
    assert field.editor.value() == 10  # what the leader typed is still there to correct


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720), (1920, 1080)])
def test_the_big_screen_counter_fits_the_screen_it_is_on(
    console: LeaderConsole, services: Services, qtbot: QtBot, size: tuple[int, int]
) -> None:
    from w4r_desktop.gui.language import install_language

    install_language("en")
    for case in services.bundle.cases:
        services.tally.record(case.id, "handwritten", quantity=123)
    console.open_projector()
    projector = console.projector
    assert projector is not None
    projector.showNormal()
    projector.resize(*size)
    qtbot.waitUntil(lambda: projector.size() == QSize(*size))
    QApplication.processEvents()
    count = projector.count
    assert count.text() == f"{123 * len(services.bundle.cases):,} letters written".replace(",", "")
    shown = QFontMetrics(count.font()).horizontalAdvance(count.text())
    assert shown <= count.contentsRect().width()  # whole, inside the yellow box
    assert count.fontInfo().pixelSize() > projector.title.fontInfo().pixelSize()
    assert count.fontInfo().pixelSize() == 120 or size[0] < 1920  # full size where the room has it
    chart = projector.chart
    assert chart.row_height() * len(chart.bars()) + 8 <= chart.height()  # every case's bar shows
    assert len(chart.bars()) == len(services.bundle.cases)
    projector.close()


def test_the_groups_return_address_is_typed_one_line_per_line(
    console: LeaderConsole, qtbot: QtBot, services: Services
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    page = console.event_page
    area = page.fields["return_address"].editor
    assert isinstance(area, QPlainTextEdit) and area.tabChangesFocus()
    area.setFocus()
    qtbot.keyClicks(area, "Amnesty Group 47")
    qtbot.keyClick(area, Qt.Key.Key_Return)
    qtbot.keyClicks(area, "PO Box 12, Dayton, OH 45402")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert services.settings.get("return_address") == ["Amnesty Group 47", "PO Box 12, Dayton, OH 45402"]


def test_check_this_laptop_says_what_the_doctor_says(console: LeaderConsole, qtbot: QtBot) -> None:
    from w4r_desktop.gui.language import install_language

    install_language("en")
    check = console.event_page.laptop_check
    qtbot.mouseClick(check.button, Qt.MouseButton.LeftButton)
    text = check.result.text()
    assert check.result.isVisibleTo(console) and text.startswith("All is well.")
    for what in ("data folder", "database", "fonts", "PDF and print support", "printers", "case bundle"):
        assert f"✓ {what}:" in text
