"""The file dialogs and yes/no questions of the Sync page, as values a test can replace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from w4r_desktop.gui.widgets.file_dialog import choose_files, choose_folder, choose_save_path


@dataclass(frozen=True)
class FileChooser:
    """The file dialogs the page uses; tests replace them with answers of their own."""

    save_file: Callable[[QWidget, str, str, str], str]
    """(parent, title, suggested path, filter) -> the chosen path, or "" if cancelled."""
    open_files: Callable[[QWidget, str, str], list[str]]
    """(parent, title, filter) -> the chosen paths, or [] if cancelled."""
    folder: Callable[[QWidget, str], str]
    """(parent, title) -> the chosen folder, or "" if cancelled."""


FILE_DIALOGS = FileChooser(choose_save_path, choose_files, choose_folder)
