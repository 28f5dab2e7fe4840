"""The leader's Tally page, driven like a leader does: keys and clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import shown
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Total
from w4r_desktop.gui.leader.tally_page import RecordsModel, TallyPage, TotalsModel
from w4r_desktop.gui.services import Services


class Answers:
    """Stands in for the confirmation dialog."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, _parent: object, question: str) -> bool:
        self.questions.append(question)
        return self.answer


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def page(qtbot: QtBot, services: Services, answers: Answers) -> TallyPage:
    return shown(qtbot, TallyPage(services, confirm=answers), 1050, 760)


def row_of(model: TotalsModel, key: str) -> list[str]:
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == key:
            return [model.index(row, column).data() for column in range(model.IN_WORDS)]  # the numbers
    raise AssertionError(f"no row {key!r}")


def test_models_pass_qt_model_tester(page: TallyPage, services: Services, qtmodeltester: ModelTester) -> None:
    services.tally.record("zhang-zhan", TallyKind.APPEAL)
    page.refresh()
    qtmodeltester.check(page.totals)
    qtmodeltester.check(page.records)


def test_totals_follow_the_kiosk_live(page: TallyPage, services: Services, qtbot: QtBot) -> None:
    assert row_of(page.totals, "Zhang Zhan")[1:] == ["0"] * (len(TallyKind) + 1)  # each kind, then letters
    services.tally.record("zhang-zhan", TallyKind.APPEAL)
    services.tally.record("zhang-zhan", TallyKind.SOLIDARITY)
    services.events.tally_changed.emit()  # what the kiosk does after counting
    assert row_of(page.totals, "Zhang Zhan")[1:3] == ["1", "1"]
    assert row_of(page.totals, "Zhang Zhan")[TotalsModel.LETTERS] == "2"
    assert ("Zhang Zhan", 2) in page.chart.bars()
    assert page.counter.text().startswith("2 letters and cards")


def test_a_leader_enters_a_hand_count_with_the_keyboard(page: TallyPage, services: Services, qtbot: QtBot) -> None:
    page.case_choice.setCurrentIndex(page.case_choice.findData("sphere"))
    page.kind_choice.setCurrentIndex(page.kind_choice.findData("handwritten"))
    page.count_box.setFocus()
    page.count_box.selectAll()
    qtbot.keyClicks(page.count_box, "37")
    with qtbot.waitSignal(services.events.tally_changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert services.tally.totals() == [Total("sphere", TallyKind.HANDWRITTEN, 37)]
    assert "37" in page.status.text()
    assert page.count_box.value() == 1
    sphere = next(case.name for case in services.bundle.cases if case.id == "sphere")
    assert row_of(page.totals, sphere)[1 + list(TallyKind).index(TallyKind.HANDWRITTEN)] == "37"


def test_participants_for_the_whole_event(page: TallyPage, services: Services, qtbot: QtBot) -> None:
    page.case_choice.setCurrentIndex(page.case_choice.count() - 1)
    page.kind_choice.setCurrentIndex(page.kind_choice.findData("participant"))
    page.count_box.setValue(25)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert row_of(page.totals, "Whole event")[1 + list(TallyKind).index(TallyKind.PARTICIPANT)] == "25"
    assert services.tally.letters_written() == 0


def test_voiding_a_record_asks_first_and_keeps_history(
    page: TallyPage, services: Services, qtbot: QtBot, answers: Answers
) -> None:
    services.tally.record("sphere", TallyKind.CARD, quantity=40)
    page.refresh()
    assert not page.void_button.isEnabled()
    page.records_view.selectRow(0)
    assert page.void_button.isEnabled()
    answers.answer = False
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert answers.questions and answers.questions[0].startswith("Cancel 40 cards for Sphere (")
    assert services.tally.letters_written() == 40
    answers.answer = True
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert services.tally.letters_written() == 0
    assert page.records.index(0, RecordsModel.STATUS).data() == "Cancelled"
    page.records_view.selectRow(0)
    assert not page.void_button.isEnabled(), "a cancelled record cannot be cancelled twice"


def test_views_by_laptop_and_by_day(page: TallyPage, services: Services) -> None:
    services.tally.record("sphere", TallyKind.APPEAL)
    page.view_choice.setCurrentIndex(1)
    assert page.totals.headerData(0, Qt.Orientation.Horizontal) == "Laptop"
    services.settings.set("station_name", "Front desk")
    page.refresh()
    assert row_of(page.totals, "Front desk (this laptop)")[1] == "1"
    page.view_choice.setCurrentIndex(2)
    assert page.totals.headerData(0, Qt.Orientation.Horizontal) == "Day"
    assert page.totals.rowCount() == 1


def test_every_control_has_an_accessible_name(page: TallyPage) -> None:
    for widget in (
        page.view_choice,
        page.totals_view,
        page.chart,
        page.case_choice,
        page.kind_choice,
        page.count_box,
        page.records_view,
    ):
        assert widget.accessibleName(), widget
    for button in (page.add_button, page.void_button):
        assert button.text() and button.minimumHeight() >= 44


def test_too_narrow_for_a_column_per_kind_the_kinds_are_said_in_words(
    qtbot: QtBot, services: Services, answers: Answers
) -> None:
    """At the largest text on a laptop the seven counts ran off the table; the letters and the kinds in words fit."""
    from w4r_desktop.gui.style import style_sheet

    services.tally.record("zhang-zhan", TallyKind.APPEAL, quantity=2)
    services.tally.record("zhang-zhan", TallyKind.CARD)
    wide = shown(qtbot, TallyPage(services, confirm=answers), 1400, 760)
    assert not wide.in_words and not wide.totals_view.isColumnHidden(TotalsModel.FIRST_KIND)
    narrow = TallyPage(services, confirm=answers)
    narrow.setStyleSheet(style_sheet("extra-large"))
    narrow = shown(qtbot, narrow, 700, 760)
    qtbot.waitUntil(lambda: narrow.in_words)
    assert narrow.totals_view.isColumnHidden(TotalsModel.FIRST_KIND)
    assert not narrow.totals_view.isColumnHidden(TotalsModel.IN_WORDS)
    zhang = row_of(narrow.totals, "Zhang Zhan")
    index = next(row for row in range(narrow.totals.rowCount()) if narrow.totals.index(row, 0).data() == "Zhang Zhan")
    assert narrow.totals.index(index, TotalsModel.IN_WORDS).data() == "Appeals: 2, Cards: 1"
    assert zhang[TotalsModel.LETTERS] == "3"
    assert narrow.totals_view.horizontalScrollBar().maximum() <= 2


def test_signed_copies_of_a_pack_are_counted_in_one_step(page: TallyPage, services: Services, qtbot: QtBot) -> None:
    """The pile of pre-printed appeal letters signed at the table, and the petition's signatures."""
    for kind, count in (("appeal", "45"), ("signature", "120"), ("online", "12")):
        page.case_choice.setCurrentIndex(page.case_choice.findData("zhang-zhan"))
        page.kind_choice.setCurrentIndex(page.kind_choice.findData(kind))
        page.count_box.selectAll()
        qtbot.keyClicks(page.count_box, count)
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert services.tally.event_totals() == {TallyKind.APPEAL: 45, TallyKind.SIGNATURE: 120, TallyKind.ONLINE: 12}
    assert page.counter.text().startswith("45 letters and cards")
