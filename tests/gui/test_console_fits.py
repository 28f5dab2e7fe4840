"""At 1280 x 800, every console page fits the window's width: nothing runs off to the right."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import shown
from tests.gui.test_kiosk_no_clipping import labels_cut_in
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.interface_languages import interface_language_codes
from w4r_desktop.core.letters import draft_letter
from w4r_desktop.gui.language import install_language
from w4r_desktop.gui.leader.console import LeaderConsole, Page
from w4r_desktop.gui.services import Services
from w4r_desktop.gui.style import style_sheet


def _console(qtbot: QtBot, services: Services, text_size: str) -> LeaderConsole:
    """The console at 1280 x 800 in the kiosk's style at `text_size`, shown."""
    console = LeaderConsole(services, folder_chooser=lambda _parent: "")
    console.setStyleSheet(style_sheet(text_size))
    return shown(qtbot, console, 1280, 800)


def _every_page(console: LeaderConsole) -> Iterator[tuple[str, QScrollArea]]:
    """Show each page in turn: its name and the scroll area it sits in."""
    for row, name in enumerate(console.page_names()):
        console.show_page(row)
        QApplication.processEvents()
        frame = console.stack.currentWidget()
        assert isinstance(frame, QScrollArea)
        yield name, frame


@pytest.fixture(params=interface_language_codes())
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The console built in each interface language (it is built after the switch, as the kiosk does)."""
    install_language(request.param)
    yield request.param
    install_language("en")


@pytest.mark.parametrize("text_size", ["normal", "large", "extra-large"])
def test_every_page_fits_across(qtbot: QtBot, services: Services, text_size: str, language: str) -> None:
    for case in services.bundle.cases[:5]:  # the queue's buttons and table have something to show
        services.queue.add(draft_letter(services.bundle, case, LetterKind.APPEAL))
    console = _console(qtbot, services, text_size)
    too_wide = []
    for name, frame in _every_page(console):
        if frame.horizontalScrollBar().maximum() > 0:
            too_wide.append(f"{name}: {frame.widget().minimumSizeHint().width()} px for {frame.viewport().width()}")
    assert too_wide == []


@pytest.mark.parametrize("text_size", ["normal", "extra-large"])
def test_no_page_scrolls_inside_a_scrolling_page(qtbot: QtBot, services: Services, text_size: str) -> None:
    console = _console(qtbot, services, text_size)
    doubled = []
    for name, frame in _every_page(console):
        inner = [area for area in frame.widget().findChildren(QScrollArea) if area.isVisible()]
        if frame.verticalScrollBar().maximum() > 0 and any(area.verticalScrollBar().maximum() > 0 for area in inner):
            doubled.append(name)
    assert doubled == []


@pytest.mark.parametrize("text_size", ["normal", "extra-large"])
def test_the_event_pages_fields_line_up_in_every_section(qtbot: QtBot, services: Services, text_size: str) -> None:
    console = _console(qtbot, services, text_size)
    console.show_page(Page.EVENT)
    QApplication.processEvents()
    page = console.event_page
    lefts = {}
    for key, field in page.fields.items():
        if field.isVisibleTo(page):
            lefts[key] = field.mapTo(page, field.rect().topLeft()).x()
    assert len(set(lefts.values())) == 1, lefts


def test_a_message_does_not_move_or_squeeze_the_buttons(qtbot: QtBot, services: Services) -> None:
    console = _console(qtbot, services, "normal")
    console.show_page(Page.EVENT)
    page = console.event_page
    QApplication.processEvents()
    before = page.save_button.width(), page.revert_button.width()
    page.status.say("Saved. The kiosk uses the new settings from the next volunteer on. " * 2)
    QApplication.processEvents()
    assert (page.save_button.width(), page.revert_button.width()) == before


def test_the_tally_shows_every_case_name_whole(qtbot: QtBot, services: Services) -> None:
    console = _console(qtbot, services, "normal")
    console.show_page(Page.TALLY)
    QApplication.processEvents()
    view = console.tally_page.totals_view
    model = view.model()
    cut = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        cell = view.visualRect(index)
        needed = view.fontMetrics().boundingRect(cell.adjusted(4, 0, -4, 0), Qt.TextFlag.TextWordWrap, index.data())
        if needed.height() > cell.height() or needed.width() > cell.width():
            cut.append(index.data())
        if cell.bottom() > view.viewport().height():
            cut.append(f"{index.data()} (below the table's edge)")
    assert cut == []


@pytest.mark.parametrize("size", [(1280, 800), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("text_size", ["normal", "large", "extra-large"])
def test_the_whole_console_fits_the_screen(
    qtbot: QtBot,
    services: Services,
    text_size: str,
    language: str,
    size: tuple[int, int],
) -> None:
    """Every page, in every language, at every text size, on a laptop or a desktop screen."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea

    console = LeaderConsole(services, folder_chooser=lambda _parent: "")
    console.setStyleSheet(style_sheet(text_size))
    console = shown(qtbot, console, *size)
    cut = []
    for name, _frame in _every_page(console):
        for _ in range(3):  # rows that stack do so once they know their width
            QApplication.processEvents()
        assert console.minimumSizeHint().width() <= size[0], (name, console.minimumSizeHint())
        assert console.width() <= size[0]
        if console.title.width() < console.title.minimumSizeHint().width():
            cut.append(f"{name}: the title: {console.title.width()} px")
        cut += labels_cut_in(console, name)
        for button in console.findChildren(QAbstractButton):
            shown_whole = not button.text() or button.width() >= button.sizeHint().width() - 1  # (a table's corner)
            if button.isVisibleTo(console) and not shown_whole:
                cut.append(f"{name}: {button.text()!r}: {button.width()} of {button.sizeHint().width()} px")
        for area in console.findChildren(QAbstractScrollArea):
            shown_beside = area.isVisibleTo(console) and area is not console.stack.currentWidget()
            scrolls = area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if shown_beside and scrolls and area.horizontalScrollBar().maximum() > 0:  # wider than it is
                place = area.accessibleName() or type(area.parentWidget()).__name__
                cut.append(f"{name}: {place} scrolls sideways")
    assert cut == []


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # the offscreen platform, for popups
def test_the_event_date_opens_on_this_month_when_it_is_not_set(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    console = _console(qtbot, services, "normal")
    field = console.event_page.fields["event_date"].editor
    assert isinstance(field, QDateEdit) and field.text() != "2000-01-01"  # "Not set"
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().hide()


def test_a_message_on_the_print_page_does_not_push_its_buttons_down(qtbot: QtBot, services: Services) -> None:
    for case in services.bundle.cases[:3]:
        services.queue.add(draft_letter(services.bundle, case, LetterKind.APPEAL))
    console = _console(qtbot, services, "normal")
    console.show_page(Page.PRINT)
    page = console.print_page
    QApplication.processEvents()
    before = page.print_button.mapTo(page, page.print_button.rect().topLeft()).y()
    page.status.say("The mailing sheet for 3 letters was printed.")
    QApplication.processEvents()
    after = page.print_button.mapTo(page, page.print_button.rect().topLeft()).y()
    assert after == before, f"moved {after - before} px"


def test_a_date_that_is_not_set_can_be_typed(qtbot: QtBot, services: Services) -> None:
    """Typing into "Not set" gave a text cursor in the words and lost the digits."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit

    console = _console(qtbot, services, "normal")
    field = console.event_page.fields["event_date"].editor
    assert isinstance(field, QDateEdit)
    field.setFocus()
    qtbot.keyClicks(field, "2027-01-15")
    assert field.date() == QDate(2027, 1, 15)
    assert console.event_page.fields["event_date"].value() is not None
    console.event_page.fields["event_date"].set_value(None)  # "Not set" again; now short numbers
    qtbot.keyClicks(field, "2027-1-5")
    assert field.date() == QDate(2027, 1, 5)
