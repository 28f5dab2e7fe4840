"""The file dialogs and yes/no questions of the Sync page, as values a test can replace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


@dataclass(frozen=True)
class FileChooser:
    """The file dialogs the page uses; tests replace them with answers of their own."""

    save_file: Callable[[QWidget, str, str, str], str]
    """(parent, title, suggested path, filter) -> the chosen path, or "" if cancelled."""
    open_files: Callable[[QWidget, str, str], list[str]]
    """(parent, title, filter) -> the chosen paths, or [] if cancelled."""
    folder: Callable[[QWidget, str], str]
    """(parent, title) -> the chosen folder, or "" if cancelled."""


def _save_file(parent: QWidget, title: str, suggested: str, filter_text: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, suggested, filter_text)[0]


def _open_files(parent: QWidget, title: str, filter_text: str) -> list[str]:
    return list(QFileDialog.getOpenFileNames(parent, title, str(Path.home()), filter_text)[0])


def _folder(parent: QWidget, title: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, str(Path.home()))


FILE_DIALOGS = FileChooser(_save_file, _open_files, _folder)

Ask = Callable[[QWidget, str], bool]


def ask_leader(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, parent.tr("Please confirm"), question)
    return answer == QMessageBox.StandardButton.Yes
