"""Opening the case editor from the Cases page: a new bundle (empty or a copy), or the saved draft.

There is one draft per laptop, in the data folder; it outlives the editor window, so a leader
can stop and come back. "New bundle" replaces it only after asking.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from w4r_desktop.core.bundle.draft import BundleDraft, draft_of, new_draft, read_draft
from w4r_desktop.core.errors import UserError
from w4r_desktop.gui.leader.bundle_editor.editor import BundleEditor, EditorDialogs
from w4r_desktop.gui.services import BundleServices
from w4r_desktop.gui.widgets.file_dialog import choose_files, choose_save_path

DRAFT_FOLDER = "bundle-draft"


def draft_folder(data_dir: Path) -> Path:
    return data_dir / DRAFT_FOLDER


def _choose_photo(parent: QWidget) -> str:
    chosen = choose_files(
        parent,
        QCoreApplication.translate("EditorOpening", "Choose the person's photo"),
        QCoreApplication.translate("EditorOpening", "Photos (*.jpg *.jpeg *.png)"),
        many=False,
    )
    return chosen[0] if chosen else ""


def _choose_zip(parent: QWidget, suggested: str) -> str:
    return choose_save_path(
        parent,
        QCoreApplication.translate("EditorOpening", "Export the bundle for other groups"),
        suggested,
        QCoreApplication.translate("EditorOpening", "Case bundles (*.zip)"),
    )


def _ask_start(parent: QWidget, replaces_draft: bool) -> str:
    """ "empty", "copy" or "" (cancelled)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("EditorOpening", "New bundle"))
    text = QCoreApplication.translate(
        "EditorOpening",
        "Start this year's bundle empty, or from a copy of the cases in use (keep, change or remove each)?",
    )
    if replaces_draft:
        text += "\n\n" + QCoreApplication.translate("EditorOpening", "This replaces the draft saved on this laptop.")
    box.setText(text)
    empty = box.addButton(QCoreApplication.translate("EditorOpening", "Start empty"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(
        QCoreApplication.translate("EditorOpening", "Copy the cases in use"), QMessageBox.ButtonRole.AcceptRole
    )
    # Words, not a standard button: those bring the platform's icons (a red ✗), unlike every other button here.
    box.addButton(QCoreApplication.translate("EditorOpening", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return "empty" if box.clickedButton() is empty else "copy" if box.clickedButton() is copy else ""


@dataclass
class EditorQuestions:
    """What opening the editor asks the leader; tests replace these."""

    start: Callable[[QWidget, bool], str] = _ask_start
    dialogs: EditorDialogs | None = None

    def editor_dialogs(self) -> EditorDialogs:
        return self.dialogs or EditorDialogs(photo=_choose_photo, zip_path=_choose_zip)


def open_editor(
    parent: QWidget, services: BundleServices, questions: EditorQuestions, new: bool
) -> BundleEditor | None:
    """Open the editor on a new bundle (`new`) or on the saved draft (else the bundle in use)."""
    folder = draft_folder(services.data_dir)
    draft: BundleDraft
    note = ""
    saved = folder.exists() or (folder.parent / f".{folder.name}-old").exists()  # (-old: a save cut short)
    if new:
        kind = questions.start(parent, saved)
        if not kind:
            return None
        year = dt.date.today().year  # the write-a-thon of this December
        home = services.bundle.info.home_country
        draft = new_draft(year, home, services.bundle if kind == "copy" else None)
    elif saved:
        try:
            draft = read_draft(folder)
        except UserError as exc:
            # Kept aside, never overwritten: the leader (or a helper) can still open its files.
            kept = folder.with_name(f"{folder.name}-unreadable-{dt.datetime.now():%Y%m%d-%H%M%S}")
            folder.rename(kept)
            note = QCoreApplication.translate(
                "EditorOpening", "The saved draft could not be read (%1); it is kept in %2. Editing the cases in use."
            )
            note = note.replace("%1", str(exc)).replace("%2", str(kept))
            draft = draft_of(services.bundle)
    else:
        draft = draft_of(services.bundle)
    editor = BundleEditor(
        draft,
        folder,
        services.data_dir,
        questions.editor_dialogs(),
        str(services.settings.get("envelope_size")),
        parent,
    )
    editor.activated.connect(services.replace_bundle)
    if new:
        editor.save()  # the new draft replaces the old one now, as the leader agreed
    if note:
        editor.status.say(note, error=True)
    editor.show()
    return editor
