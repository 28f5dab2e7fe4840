"""Choosing files and folders: the platform's dialog where it has one, else Qt's, made readable.

Qt's own dialog (used where the desktop offers none, as on a bare kiosk session) shows its
file list with columns too narrow for a date; here the name takes the room left over and the
other columns fit their contents.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTreeView, QWidget


def fit_columns(dialog: QFileDialog) -> None:
    """Give the detail view's columns room (a no-op for the platform's dialog, which has none)."""
    for view in dialog.findChildren(QTreeView):
        header = view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def _run(dialog: QFileDialog) -> list[str]:
    fit_columns(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()


def _dialog(parent: QWidget, title: str, start: str, name_filter: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, start or str(Path.home()), name_filter)
    dialog.resize(900, 560)
    return dialog


def choose_folder(parent: QWidget, title: str, start: str = "") -> str:
    """A folder the leader chose, or "" if cancelled."""
    dialog = _dialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""


def choose_files(parent: QWidget, title: str, name_filter: str, start: str = "", many: bool = True) -> list[str]:
    """Existing files the leader chose (one unless `many`), or [] if cancelled."""
    dialog = _dialog(parent, title, start, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile)
    return _run(dialog)


def choose_save_path(parent: QWidget, title: str, suggested: str, name_filter: str) -> str:
    """Where to save, as the leader chose it (asking before replacing a file), or "" if cancelled."""
    dialog = _dialog(parent, title, str(Path(suggested).parent) if suggested else "", name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if suggested:
        dialog.selectFile(suggested)
    chosen = _run(dialog)
    return chosen[0] if chosen else ""
