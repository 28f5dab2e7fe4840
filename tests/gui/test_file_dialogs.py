"""Qt's own file dialog (where the platform has none) is readable under the kiosk's style sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QToolButton, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from w4r_desktop.gui.leader.file_dialogs import FILE_DIALOGS
from w4r_desktop.gui.style import style_sheet


def _look_at_the_dialog(qtbot: QtBot, tmp_path: Path) -> tuple[list[str], list[str]]:
    (tmp_path / "w4r-report-2021.csv").write_text("case,letters\n", encoding="utf-8")
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setStyleSheet(style_sheet("normal"))
    parent.resize(1280, 800)
    parent.show()
    blank_buttons: list[str] = []
    cut_columns: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        for button in dialog.findChildren(QToolButton):
            if button.isVisible() and button.width() < button.sizeHint().width():  # squeezed: the icon is lost
                blank_buttons.append(f"{button.objectName()}: {button.width()} px of {button.sizeHint().width()}")
        view = next(view for view in dialog.findChildren(QTreeView) if view.isVisible())
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) > 0)
        for column in range(1, view.header().count()):
            if view.isColumnHidden(column):
                continue
            needed = view.sizeHintForColumn(column)
            if view.columnWidth(column) < needed:
                cut_columns.append(f"column {column}: {view.columnWidth(column)} px of {needed}")
        dialog.reject()

    QTimer.singleShot(200, look)
    chosen = FILE_DIALOGS.save_file(parent, "Save the report", str(tmp_path / "report.csv"), "CSV files (*.csv)")
    assert chosen == ""  # cancelled: nothing chosen
    return blank_buttons, cut_columns


def test_the_save_dialog_shows_its_icons_and_whole_columns(qtbot: QtBot, tmp_path: Path) -> None:
    blank_buttons, cut_columns = _look_at_the_dialog(qtbot, tmp_path)
    assert blank_buttons == []
    assert cut_columns == []
