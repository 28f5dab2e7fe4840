"""Case bundles: the one in use, loading a new one (folder or .zip), its problems, what to check.

Loading validates first and installs the bundle into the data folder; a bad bundle is never
half-loaded: every problem is listed and the bundle in use stays.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.bundle.library import (
    has_installed_bundle,
    install_bundle,
    previous_bundle,
    use_previous_bundle,
    use_shipped_bundle,
)
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.bundle.problems import BundleInvalid
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.paths import active_bundle_path
from w4r_desktop.gui.leader.bundle_editor.editor import BundleEditor
from w4r_desktop.gui.leader.bundle_editor.opening import EditorQuestions, open_editor
from w4r_desktop.gui.leader.page_parts import TOUCH, StatusLine, counted, page_heading, touch_button
from w4r_desktop.gui.services import BundleServices
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.gui.widgets.file_dialog import choose_files, choose_folder


@dataclass
class BundleChooser:
    """Asks the leader where a bundle is; returns "" if they cancel. Tests replace the dialogs."""

    folder: Callable[[QWidget], str]
    zip_file: Callable[[QWidget], str]


def _choose_folder(parent: QWidget) -> str:
    return choose_folder(parent, parent.tr("Choose the case bundle folder"))


def _choose_zip(parent: QWidget) -> str:
    chosen = choose_files(
        parent, parent.tr("Choose the case bundle .zip file"), parent.tr("Case bundles (*.zip)"), many=False
    )
    return chosen[0] if chosen else ""


FILE_DIALOGS = BundleChooser(folder=_choose_folder, zip_file=_choose_zip)


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setAlternatingRowColors(True)
    widget.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH}px; }}")
    return widget


class CasesPage(QWidget):
    """The active bundle, loading another, its unverified addresses, which cases are on."""

    def __init__(
        self,
        services: BundleServices,
        chooser: BundleChooser = FILE_DIALOGS,
        parent: QWidget | None = None,
        questions: EditorQuestions | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.chooser = chooser
        self.questions = questions or EditorQuestions()
        self.editor: BundleEditor | None = None
        self._switching = False

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = StatusLine()
        self.problems = _list(self.tr("Problems in the bundle that was not loaded"))
        self.problems.hide()
        # One above the other: side by side, their titles alone were wider than a small screen.
        lists = QVBoxLayout()
        lists.addWidget(self._build_cases_box(), 1)
        lists.addWidget(self._build_unverified_box(), 1)

        # No scroll area: the lists scroll themselves, and the buttons stay in sight.
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Case bundle")))
        layout.addWidget(self.summary)
        for row in self._build_button_rows():
            layout.addWidget(row)
        layout.addWidget(self.status)
        layout.addWidget(self.problems, 1)
        layout.addLayout(lists, 2)

        self.show_bundle()
        services.events.bundle_changed.connect(self.show_bundle)
        services.events.settings_changed.connect(self._on_settings_changed)

    def _build_button_rows(self) -> list[ButtonRow]:
        """Loading on the first row, going back on the second, writing on the third; each row stacks
        its two buttons when they do not fit side by side (large text, Spanish)."""
        self.load_folder_button = touch_button(
            self.tr("Load from a &folder…"),
            lambda: self._load(self.chooser.folder),
            self.tr("Load a case bundle from a folder (for example on a USB stick)"),
        )
        self.load_zip_button = touch_button(
            self.tr("Load from a .&zip file…"),
            lambda: self._load(self.chooser.zip_file),
            self.tr("Load a case bundle packed as a .zip file"),
        )
        self.shipped_button = touch_button(
            self.tr("Use the &shipped cases"),
            self._use_shipped,
            self.tr("Go back to the cases that came with W4R Desktop"),
        )
        self.previous_button = touch_button(self.tr("Use the &previous bundle"), self._use_previous)
        self.new_button = touch_button(
            self.tr("&New bundle for this year…"),
            lambda: self.open_editor(new=True),
            self.tr("Write this year's cases in forms, empty or from a copy of the cases in use"),
        )
        self.edit_button = touch_button(
            self.tr("&Edit the cases…"),
            lambda: self.open_editor(new=False),
            self.tr("Change the cases in forms, or go on with the draft saved on this laptop"),
        )
        return [
            ButtonRow([self.load_folder_button, self.load_zip_button], []),
            ButtonRow([self.shipped_button, self.previous_button], []),
            ButtonRow([self.new_button, self.edit_button], []),
        ]

    def _build_cases_box(self) -> QGroupBox:
        """The bundle's cases, each with a check box: checked ones are offered to volunteers."""
        self.cases = _list(self.tr("Cases: checked cases are offered to volunteers"))
        self.cases.itemChanged.connect(self._on_case_switched)
        box = QGroupBox(self.tr("Cases offered to volunteers"))
        QVBoxLayout(box).addWidget(self.cases)
        return box

    def _build_unverified_box(self) -> QGroupBox:
        """The addresses the bundle marks unverified, to check before the letters are mailed."""
        self.unverified = _list(self.tr("Addresses to check before mailing"))
        # A short title (a group box's title cannot wrap) and the whole sentence below it.
        box = QGroupBox(self.tr("Addresses to check before mailing"))
        layout = QVBoxLayout(box)
        why = QLabel(self.tr("Addresses marked unverified: check them before mailing"))
        why.setWordWrap(True)
        layout.addWidget(why)
        layout.addWidget(self.unverified)
        return box

    # --- showing -------------------------------------------------------------------------

    def show_bundle(self) -> None:
        """Describe the bundle in use, its cases and the addresses to check."""
        bundle = self.services.bundle
        info = bundle.info
        if self.services.bundle_option:
            where = self.tr("Given on the command line: %1").replace("%1", str(bundle.source))
        elif has_installed_bundle(self.services.data_dir):
            where = self.tr("Loaded into this laptop (the USB stick or folder it came from can be removed).")
        else:
            where = self.tr("Shipped with W4R Desktop.")
        self.summary.setText(
            self.tr("In use: %1 (%2), %3 cases.")
            .replace("%1", info.campaign)
            .replace("%2", info.section)
            .replace("%3", str(len(bundle.cases)))
            + "\n"
            + where
        )
        self.shipped_button.setEnabled(has_installed_bundle(self.services.data_dir))
        previous = previous_bundle(self.services.data_dir)
        self.previous_button.setEnabled(previous is not None)
        self.previous_button.setToolTip(
            self.tr("Go back to %1, the bundle in use before the last change").replace("%1", previous.info.campaign)
            if previous is not None
            else self.tr("There is no previous bundle")
        )
        self._fill_cases(bundle)
        self.unverified.clear()
        for case, what in bundle.unverified():
            self.unverified.addItem(QListWidgetItem(f"{case.name} ({case.country_name}): {self._describe(what)}"))
        if self.unverified.count() == 0:
            self.unverified.addItem(self.tr("Every address in this bundle is marked verified."))

    def _fill_cases(self, bundle: CaseBundle) -> None:
        off = set(self.services.settings.get("disabled_cases"))
        self.cases.blockSignals(True)
        self.cases.clear()
        for case in bundle.cases:
            item = QListWidgetItem(f"{case.name} ({case.country_name})")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if case.id in off else Qt.CheckState.Checked)
            self.cases.addItem(item)
        self.cases.blockSignals(False)

    def _describe(self, where: str) -> str:
        """ "appeal[0]: President …" said for a leader rather than a programmer."""
        kind, _, what = where.partition(": ")
        if kind.startswith("appeal"):
            return self.tr("official's address") + (f" ({what})" if what else "")
        return self.tr("address for solidarity messages")

    # --- writing a bundle -------------------------------------------------------------------

    def close_editor(self) -> None:
        """Save and close the case editor, if it is open. One whose draft could not be saved (a
        full disk) is hidden instead, still holding what was typed, and shown again when the
        leader next opens the editor."""
        if self.editor is not None and self.editor.isVisible() and not self.editor.close():
            self.editor.hide()

    def open_editor(self, new: bool) -> BundleEditor | None:
        """Open the case editor on a new bundle or on the saved draft (else the cases in use)."""
        if self.editor is not None and self.editor.isHidden() and self.editor.dirty:
            self.editor.show()  # put away unsaved when the leader left: everything typed is still there
        if self.editor is not None and self.editor.isVisible():
            # One editor per draft: a second would save over the first's work.
            self.editor.raise_()
            self.editor.activateWindow()
            if new:
                self.editor.status.say(self.tr("The editor is open: close it first to start a new bundle."), error=True)
            return self.editor
        editor = open_editor(self, self.services, self.questions, new)
        if editor is not None:
            self.editor = editor
        return editor

    # --- loading -------------------------------------------------------------------------

    def _load(self, ask: Callable[[QWidget], str]) -> None:
        path = ask(self)
        if path:
            self.load_bundle_from(path)

    def load_bundle_from(self, path: str) -> bool:
        """Validate and install the bundle at `path`; on any problem keep the one in use."""
        self.problems.clear()
        self.problems.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            bundle = install_bundle(self.services.data_dir, path)
        except BundleInvalid as invalid:
            count = len(invalid.problems)
            self.status.say(
                counted(
                    self.tr("This bundle was not loaded: 1 problem. The cases in use have not changed."),
                    self.tr("This bundle was not loaded: %n problems. The cases in use have not changed."),
                    count,
                ),
                error=True,
            )
            for problem in invalid.problems:
                self.problems.addItem(str(problem))
            self.problems.show()
            return False
        except UserError as exc:
            self.status.say(self.tr("This bundle was not loaded: %1").replace("%1", str(exc)), error=True)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._activate(bundle)
        checks = sum(1 for _ in bundle.unverified())
        self.status.say(
            self.tr("Loaded %1: %2 cases.").replace("%1", bundle.info.campaign).replace("%2", str(len(bundle.cases)))
            + " "
            + counted(
                self.tr("1 address is marked unverified: check it before mailing."),
                self.tr("%n addresses are marked unverified: check them before mailing."),
                checks,
            )
        )
        return True

    def _use_previous(self) -> None:
        try:
            bundle = use_previous_bundle(self.services.data_dir)
        except UserError as exc:
            self.status.say(str(exc), error=True)
            return
        self._activate(bundle)
        self.status.say(self.tr("Now using %1 again.").replace("%1", bundle.info.campaign))

    def _use_shipped(self) -> None:
        try:
            use_shipped_bundle(self.services.data_dir)
            bundle = load_bundle(active_bundle_path(self.services.data_dir))
        except UserError as exc:
            self.status.say(str(exc), error=True)
            return
        self._activate(bundle)
        self.status.say(self.tr("Now using the cases shipped with W4R Desktop."))

    def _activate(self, bundle: CaseBundle) -> None:
        self.services.replace_bundle(bundle)

    # --- switching cases on and off ------------------------------------------------------

    def _on_case_switched(self, item: QListWidgetItem) -> None:
        off = [
            str(self.cases.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.cases.count())
            if self.cases.item(row).checkState() != Qt.CheckState.Checked
        ]
        if len(off) == self.cases.count():
            self.status.say(self.tr("At least one case must stay on for volunteers to choose."), error=True)
            self.cases.blockSignals(True)
            item.setCheckState(Qt.CheckState.Checked)
            self.cases.blockSignals(False)
            return
        # Keep switches for cases of other bundles, so going back to one restores its choices.
        known = {case.id for case in self.services.bundle.cases}
        others = [case_id for case_id in self.services.settings.get("disabled_cases") if case_id not in known]
        self.status.say("")
        self._switching = True
        try:
            self.services.settings.set("disabled_cases", others + off)  # the kiosk hears of it; this list not
        finally:
            self._switching = False

    def _on_settings_changed(self, key: str) -> None:
        # Rebuilding the list under the leader's finger would lose their place: only for others' changes.
        if key == "disabled_cases" and not self._switching:
            self._fill_cases(self.services.bundle)
