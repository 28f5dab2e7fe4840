"""The case editor: a leader writes this year's bundle in forms, checked as they type.

Left, the campaign and its cases (add, duplicate, remove, reorder); right, the form of the one
chosen. Every change is checked by the loader's own rules a moment after typing stops, and each
problem is shown under the field at fault. A draft is saved whole whether or not it is valid;
only a valid one can be exported for other groups or used at this event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.bundle.draft import (
    BundleDraft,
    CaseDraft,
    DraftError,
    check_draft,
    export_zip,
    save_draft,
)
from w4r_desktop.core.bundle.format import BUNDLE_FILE
from w4r_desktop.core.bundle.library import install_bundle
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.bundle.problems import BundleInvalid, BundleProblem
from w4r_desktop.core.errors import UserError
from w4r_desktop.gui.leader.bundle_editor.campaign_form import CampaignForm
from w4r_desktop.gui.leader.bundle_editor.case_form import CaseForm
from w4r_desktop.gui.leader.bundle_editor.fields import Edits
from w4r_desktop.gui.leader.bundle_editor.preview import CasePreview, preview_info, previewable
from w4r_desktop.gui.leader.bundle_editor.problems import first_at_fault, place_problems
from w4r_desktop.gui.leader.bundle_editor.second_language import SecondLanguage
from w4r_desktop.gui.leader.bundle_editor.sections import Reshape, move_item
from w4r_desktop.gui.leader.page_parts import TOUCH, StatusLine, counted, page_heading, with_role
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.gui.widgets.screen_fit import fitting


@dataclass
class EditorDialogs:
    """Where the editor asks for files; tests replace them."""

    photo: Callable[[QWidget], str]
    zip_path: Callable[[QWidget, str], str]


CHECK_DELAY_MS = 300


class BundleEditor(QDialog):
    """Edits `draft`, saved in `folder`; `activated` carries the bundle once it is in use."""

    activated = Signal(object)

    def __init__(
        self,
        draft: BundleDraft,
        folder: Path,
        data_dir: Path,
        dialogs: EditorDialogs,
        envelope_size: str = "us10",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Case bundle editor"))
        self.resize(fitting(QSize(1200, 820), parent))
        self.draft = draft
        self.folder = folder
        self.data_dir = data_dir
        self.dialogs = dialogs
        self.envelope_size = envelope_size
        self.problems: list[BundleProblem] = []
        self.dirty = False
        self.edits = Edits(self)
        self.reshape = Reshape(self)
        self.edits.edited.connect(self._edited)
        self.reshape.reshaped.connect(self._rebuild)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check)

        self.heading = page_heading(self.tr("Case bundle editor"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.next_button = self._button(self.tr("&Go to the next problem"), self.next_problem)
        panes = QHBoxLayout()
        panes.addLayout(self._build_case_list(), 1)
        panes.addLayout(self._build_form_pane(), 3)
        self.status = StatusLine()
        bottom = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addLayout(panes, 1)
        layout.addWidget(self.status)
        layout.addWidget(bottom)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self.form: CampaignForm | CaseForm | None = None
        self._shown_row = -1
        self._fill_items(0)
        self.check()

    def _build_case_list(self) -> QVBoxLayout:
        """The campaign and its cases, and the buttons that add, copy, remove and order them."""
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("The campaign and its cases"))
        self.items.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH}px; }}")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.currentRowChanged.connect(self._show_item)
        self.add_button = self._button(self.tr("&Add a case"), self.add_case)
        self.duplicate_button = self._button(self.tr("&Duplicate"), self.duplicate_case)
        self.remove_button = self._button(self.tr("&Remove"), self.remove_case)
        self.up_button = self._button(self.tr("Move &up"), lambda: self.move_case(-1))
        self.down_button = self._button(self.tr("Move do&wn"), lambda: self.move_case(1))
        case_buttons = QGridLayout()
        for index, button in enumerate(
            (self.add_button, self.duplicate_button, self.remove_button, self.up_button, self.down_button)
        ):
            case_buttons.addWidget(button, index // 2, index % 2)
        left = QVBoxLayout()
        left.addWidget(self.items, 1)
        left.addLayout(case_buttons)
        return left

    def _build_form_pane(self) -> QVBoxLayout:
        """The chosen item's form, its preview, and the language of the form's second column."""
        self.preview_button = self._button(self.tr("&Preview this case…"), self.preview_case)
        self.second_language = SecondLanguage(self.draft)
        self.second_language.changed.connect(lambda: self._show_item(self.items.currentRow()))
        self.form_frame = QScrollArea()
        self.form_frame.setWidgetResizable(True)
        self.form_frame.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields wrap instead
        right = QVBoxLayout()
        right.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(self.second_language)
        right.addWidget(self.form_frame, 1)
        return right

    def _build_buttons(self) -> ButtonRow:
        """Save, export, use at this event, close."""
        self.save_button = self._button(self.tr("&Save draft"), self.save)
        # Short, so that the row fits a laptop at the largest text; what it is for is in its tooltip.
        self.export_button = self._button(self.tr("&Export…"), self.export)
        self.export_button.setToolTip(self.tr("Export a .zip file for other groups"))
        self.export_button.setAccessibleDescription(self.export_button.toolTip())
        self.use_button = self._button(self.tr("Use at &this event"), self.use_at_event)
        with_role(self.use_button, "primary")
        self.close_button = self._button(self.tr("&Close"), self.close)
        bottom = ButtonRow([self.save_button, self.export_button, self.use_button], [self.close_button])
        return bottom

    def _button(self, text: str, on_click: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(TOUCH)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: on_click())
        return button

    # --- the list and the form ------------------------------------------------------------------

    def current_case(self) -> CaseDraft | None:
        row = self.items.currentRow()
        return self.draft.cases[row - 1] if row >= 1 else None

    def _fill_items(self, row: int) -> None:
        self.items.blockSignals(True)
        self.items.clear()
        for index in range(len(self.draft.cases) + 1):
            self.items.addItem(QListWidgetItem(self._item_label(index)))
        self.items.blockSignals(False)
        self.items.setCurrentRow(min(row, self.items.count() - 1))
        self._show_item(self.items.currentRow())

    def _item_label(self, row: int) -> str:
        if row == 0:
            return self.tr("The campaign: %1").replace("%1", str(self.draft.info.get("campaign") or ""))
        case = self.draft.cases[row - 1]
        return str(case.document.get("name") or case.id)

    def _show_item(self, row: int) -> None:
        case = self.current_case()
        if case is None:
            self.form = CampaignForm(self.draft.info, self.second_language.code, self.edits, self.reshape)
        else:
            others = lambda: {other.id for other in self.draft.cases if other is not case}  # noqa: E731
            other = self.second_language.code
            self.form = CaseForm(case, other, self.edits, self.reshape, self.dialogs.photo, others)
        position = self.form_frame.verticalScrollBar().value()
        self.form_frame.setWidget(self.form)
        self.form_frame.verticalScrollBar().setValue(position if row == self._shown_row else 0)
        self._shown_row = row
        for button in (
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.preview_button,
        ):
            button.setEnabled(case is not None)
        self._show_problems()

    def _rebuild(self) -> None:
        self._show_item(self.items.currentRow())
        self._edited()

    def _edited(self) -> None:
        self.dirty = True
        self.timer.start()

    # --- checking -------------------------------------------------------------------------------

    def check(self) -> list[BundleProblem]:
        """Check the draft now with the loader's rules and show every problem where it belongs."""
        self.timer.stop()
        self.problems = check_draft(self.draft)
        self.second_language.refresh()  # the bundle's language, or the languages its texts have, changed
        count = len(self.problems)
        text = str(self.draft.info.get("campaign") or self.tr("a new bundle"))
        if count:
            state = counted(
                self.tr("1 problem to fix before it can be used or shared."),
                self.tr("%n problems to fix before it can be used or shared."),
                count,
            )
        else:
            state = self.tr("Ready: it can be used at this event and shared with other groups.")
        cases = counted(self.tr("1 case"), self.tr("%n cases"), len(self.draft.cases))
        self.summary.setText(self.tr("%1, %2. %3").replace("%1", text).replace("%2", cases).replace("%3", state))
        with_role(self.summary, "warning" if count else "ok")
        for row in range(self.items.count()):
            file = BUNDLE_FILE if row == 0 else self.draft.cases[row - 1].file
            bad = any(problem.file == file for problem in self.problems)
            item = self.items.item(row)
            label = self._item_label(row)
            item.setText(("⚠ " if bad else "") + label)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label + (self.tr(": has problems") if bad else ""))
        self.export_button.setEnabled(count == 0)
        self.use_button.setEnabled(count == 0)
        self.next_button.setVisible(count > 0)
        if count == 0 and self.status.error:  # "fix the problems…" said before they were fixed
            self.status.say("")
        self._show_problems()
        return self.problems

    def next_problem(self) -> None:
        """Show the first field at fault: in the item shown, then in the next one with problems."""
        files = [BUNDLE_FILE, *(case.file for case in self.draft.cases)]
        bad = {problem.file for problem in self.problems}
        start = self.items.currentRow()
        focused = self.focusWidget()
        here = first_at_fault(self.form.sections) if self.form is not None else None
        steps = range(1 if here is not None and here is focused else 0, len(files) + 1)
        row = next((row for row in ((start + step) % len(files) for step in steps) if files[row] in bad), None)
        if row is None:
            return
        if row != start:
            self.items.setCurrentRow(row)
        field = first_at_fault(self.form.sections) if self.form is not None else None
        if field is not None:
            self.form_frame.ensureWidgetVisible(field)
            field.setFocus()

    def _show_problems(self) -> None:
        if self.form is None:
            return
        case = self.current_case()
        file = BUNDLE_FILE if case is None else case.file
        place_problems(self.form.sections, [problem for problem in self.problems if problem.file == file])

    # --- cases ----------------------------------------------------------------------------------

    def add_case(self) -> None:
        self.draft.add_case()
        self._fill_items(len(self.draft.cases))
        self._edited()

    def duplicate_case(self) -> None:
        case = self.current_case()
        if case is None:
            return
        self.draft.copy_case(self.items.currentRow() - 1)
        self._fill_items(self.items.currentRow() + 1)
        self._edited()

    def remove_case(self) -> None:
        case = self.current_case()
        if case is None:
            return
        row = self.items.currentRow()
        self.draft.cases.pop(row - 1)
        self._fill_items(row - 1 if row - 1 >= 1 or not self.draft.cases else row)
        self.status.say(
            self.tr("Removed %1. Close without saving to keep it.").replace("%1", case.document.get("name") or case.id)
        )
        self._edited()

    def move_case(self, step: int) -> None:
        row = self.items.currentRow()
        if row >= 1 and move_item(self.draft.cases, row - 1, step):
            self._fill_items(row + step)
            self._edited()

    # --- previews -------------------------------------------------------------------------------

    def preview_case(self) -> CasePreview | None:
        draft = self.current_case()
        case = previewable(draft) if draft is not None else None
        if case is None:
            self.status.say(self.tr("Fix the problems marked in this case to see its preview."), error=True)
            return None
        preview = CasePreview(case, preview_info(self.draft.info), self.envelope_size, self)
        preview.open()
        return preview

    # --- saving, sharing, using -----------------------------------------------------------------

    def save(self) -> bool:
        """Save the draft (valid or not) in its folder, whole."""
        self.check()
        try:
            save_draft(self.draft, self.folder)
        except UserError as exc:
            self.status.say(str(exc), error=True)
            return False
        self.dirty = False
        note = (
            self.tr("Saved.") if not self.problems else self.tr("Saved as a draft: fix the problems before using it.")
        )
        self.status.say(note)
        return True

    def export(self) -> Path | None:
        if self.check():
            return None
        year = self.draft.info.get("year", "")
        chosen = self.dialogs.zip_path(self, f"write-for-rights-{year}.zip")
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".zip":
            out = out.with_name(out.name + ".zip")
        try:
            export_zip(self.draft, out)
        except (UserError, OSError) as exc:
            self.status.say(self.tr("The bundle was not exported: %1").replace("%1", str(exc)), error=True)
            return None
        self.status.say(
            self.tr("Exported to %1: other groups load it with Load from a .zip file.").replace("%1", str(out))
        )
        return out

    def use_at_event(self) -> CaseBundle | None:
        if self.check() or not self.save():
            return None
        try:
            bundle = install_bundle(self.data_dir, self.folder)
        except (BundleInvalid, DraftError, UserError) as exc:
            self.status.say(str(exc), error=True)
            return None
        self.activated.emit(bundle)
        self.status.say(self.tr("Volunteers now write from %1.").replace("%1", bundle.info.campaign))
        return bundle

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing typed is lost: closing saves the draft, valid or not.
        if self.dirty and not self.save():
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        # Escape closes a dialog without a close event: it saves too.
        if self.dirty and not self.save():
            return
        super().reject()
