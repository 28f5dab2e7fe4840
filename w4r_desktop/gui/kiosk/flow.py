"""The volunteer's journey: the screens, the one navigation slot, and the person session.

Everything the kiosk knows about the volunteer lives in `self.session` and in the screens built
for it. Forgetting a person drops both: the session object goes, every screen is deleted and
built anew (which also drops undo histories, selections, scroll positions and previews), the
clipboard is cleared and the draft deleted.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.drafts import DraftStore
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.handover import LetterHandover, Outcome
from w4r_desktop.core.interface_languages import SOURCE_LANGUAGE, interface_language_codes
from w4r_desktop.core.letters import Letter, draft_letter, guidance_for, written_by_volunteer
from w4r_desktop.gui.idle import KioskClock
from w4r_desktop.gui.kiosk import rendering
from w4r_desktop.gui.kiosk.case_page import CasePage
from w4r_desktop.gui.kiosk.editor import LetterEditor
from w4r_desktop.gui.kiosk.gallery import CaseGallery
from w4r_desktop.gui.kiosk.recovery import Recovery
from w4r_desktop.gui.kiosk.screen import Screen, focus_on
from w4r_desktop.gui.kiosk.session import PersonSession
from w4r_desktop.gui.kiosk.thanks import ThanksScreen
from w4r_desktop.gui.kiosk.top_bar import TopBar
from w4r_desktop.gui.kiosk.welcome import WelcomeScreen
from w4r_desktop.gui.language import install_language
from w4r_desktop.gui.services import Services

if TYPE_CHECKING:
    from w4r_desktop.core.bundle.model import Case
    from w4r_desktop.gui.kiosk.review import ReviewScreen

log = logging.getLogger(__name__)


class KioskFlow(QWidget):
    """The volunteer's side of the window."""

    leader_requested = Signal()
    """The discreet "Leader" button was pressed."""

    person_changed = Signal(bool)
    """Whether someone is using the kiosk now (something to forget on an idle reset)."""

    recovery_requested = Signal()
    """Someone asked for the letter a crash left behind: only the leader may give it back."""

    text_size_changed = Signal(str)
    """The volunteer chose a text size ("normal", "large" or "extra-large")."""

    def __init__(
        self, services: Services, clock: KioskClock, drafts: DraftStore, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("kioskRoot")
        self.services = services
        self._clock = clock
        self.drafts = drafts
        self.session = self._fresh_session()
        self.screens: dict[Screen, QWidget] = {}
        self.current = Screen.WELCOME
        self._pdfs: rendering.LetterPdfs | None = None
        self._root: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        settings = services.settings
        wait = settings.get("idle_timeout_s") + settings.get("idle_countdown_s")
        self.recovery = Recovery(drafts, wait)
        install_language(self.session.language)
        self._build()
        services.events.tally_changed.connect(self._update_counter)
        services.events.bundle_changed.connect(self._shared_state_changed)
        services.events.settings_changed.connect(self._setting_changed)

    # --- building ---------------------------------------------------------------------------

    def _fresh_session(self) -> PersonSession:
        languages = self.services.settings.get("languages") or [SOURCE_LANGUAGE]
        return PersonSession(
            language=languages[0] if languages[0] in interface_language_codes() else SOURCE_LANGUAGE,
            text_size=self.services.settings.get("text_size"),
        )

    def _build(self) -> None:
        """(Re)build every screen for the current session, dropping the old ones."""
        if self._root is not None:
            self._discard_screens()
            self._layout.removeWidget(self._root)
            self._root.deleteLater()
        self.screens = {}
        self._pdfs = None
        root = QWidget()
        self._root = root
        self.top_bar = TopBar(self.session.text_size)
        self.top_bar.text_size_chosen.connect(self.set_text_size)
        self.top_bar.leader_requested.connect(self.leader_requested.emit)
        self.steps = self.top_bar.steps
        self.size_buttons = self.top_bar.size_buttons
        self.leader_button = self.top_bar.leader_button
        self.stack = QStackedWidget()
        column = QVBoxLayout(root)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.stack, 1)
        self._layout.addWidget(root)
        # A widget added to a visible parent is shown only at the next event loop turn; now is better.
        root.show()
        settings = self.services.settings
        welcome = WelcomeScreen(
            self.session.language,
            settings.get("languages"),
            self.services.letters_written(),
            settings.get("event_name"),
            campaign=self.services.gallery.campaign,
        )
        welcome.start.connect(lambda: self.go(Screen.GALLERY))
        welcome.language_chosen.connect(self.set_language)
        welcome.resume_draft.connect(self.recovery_requested.emit)
        welcome.discard_draft.connect(self.discard_recovered)
        welcome.offer_resume(self.recovery.offered)
        self._put(Screen.WELCOME, welcome)
        gallery = CaseGallery(self.services.gallery, self.session.language, settings.get("disabled_cases"))
        gallery.case_chosen.connect(self.open_case)
        gallery.back.connect(self.back_to_welcome)
        self._put(Screen.GALLERY, gallery)
        self.go(Screen.WELCOME)

    def _put(self, screen: Screen, widget: QWidget) -> None:
        old = self.screens.pop(screen, None)
        if old is not None:
            self._drop(old)
        self.screens[screen] = widget
        self.stack.addWidget(widget)

    def _drop(self, widget: QWidget) -> None:
        if hasattr(widget, "clear_previews"):
            widget.clear_previews()
        if isinstance(widget, LetterEditor):
            widget.clear_history()
        self.stack.removeWidget(widget)
        widget.deleteLater()

    def _discard_screens(self) -> None:
        for widget in list(self.screens.values()):
            self._drop(widget)
        self.screens = {}

    # --- the one navigation slot ------------------------------------------------------------

    def go(self, screen: Screen) -> None:
        """Show `screen` (which must have been built)."""
        widget = self.screens[screen]
        self.current = screen
        self.stack.setCurrentWidget(widget)
        self.steps.set_current(int(screen) - 1)
        if screen != Screen.WELCOME:
            self.session.started = True
        focus_on(widget)
        self.person_changed.emit(self.has_person())

    def back_to_welcome(self) -> None:
        """Back to the start: the next person may be someone else, so this one is forgotten."""
        if self.has_person():
            self.forget_person()
        else:
            self.go(Screen.WELCOME)

    def showEvent(self, event: QShowEvent) -> None:
        # Focus given before the window was shown is lost: give it again to the current screen.
        super().showEvent(event)
        focus_on(self.screens[self.current])

    def has_person(self) -> bool:
        return self.session.started or self.current != Screen.WELCOME

    # --- the journey ------------------------------------------------------------------------

    def open_case(self, case_id: str) -> None:
        case = self.services.bundle.case(case_id)
        if self.session.case_id != case_id:
            self.session.case_id = case_id
            self.session.letter = None
        self._put_case_page(case)
        self.go(Screen.CASE)

    def _put_case_page(self, case: Case) -> None:
        page = CasePage(case, self.session.language)
        page.back.connect(lambda: self.go(Screen.GALLERY))
        page.write.connect(lambda kind, target: self.open_editor(LetterKind(kind), target))
        self._put(Screen.CASE, page)

    def open_editor(self, kind: LetterKind, target: int) -> None:
        case = self._case()
        session = self.session
        letter = session.letter
        if letter is None or letter.kind != kind or letter.target != target:
            letter = draft_letter(self.services.bundle, case, kind, target, today=self._clock.now().date())
            letter = letter.with_changes(sender_name=session.sender_name, sender_town=session.sender_town)
        session.kind, session.target, session.letter = kind, target, letter
        self._show_editor(case, letter)

    def _show_editor(self, case: Case, letter: Letter) -> None:
        tips = self.services.bundle.tips(letter.kind, self.session.language)
        editor = LetterEditor(case, letter, tips, self.session.language, self._count_pages)
        editor.autosave.connect(self.save_draft)
        editor.back.connect(self._editor_back)
        editor.review.connect(self.open_review)
        self._put(Screen.EDITOR, editor)
        self.go(Screen.EDITOR)

    def _count_pages(self, letter: Letter) -> int | None:
        try:
            return rendering.count_pages(letter, self.services.settings.get("paper_size"))
        except (ImportError, UserError):
            return None

    def _case(self) -> Case:
        assert self.session.case_id is not None
        return self.services.bundle.case(self.session.case_id)

    def editor(self) -> LetterEditor | None:
        widget = self.screens.get(Screen.EDITOR)
        return widget if isinstance(widget, LetterEditor) else None

    def save_draft(self) -> None:
        """Keep the letter so far, in case of a crash or power cut."""
        editor = self.editor()
        if editor is None or self.session.counted:
            return
        letter = editor.letter()
        self.session.letter = letter
        self.session.sender_name, self.session.sender_town = letter.sender_name, letter.sender_town
        self.drafts.save(self.session.id, letter, self.session.language)

    def _editor_back(self) -> None:
        editor = self.editor()
        if editor is not None:
            editor.flush()
        self.go(Screen.CASE)

    def open_review(self) -> None:
        editor = self.editor()
        assert editor is not None
        self.save_draft()
        letter = editor.letter()
        try:
            self._pdfs = rendering.render(letter, self.services.settings)
        except UserError as exc:
            editor.warning_label.setText(self.tr("This letter cannot be printed: {reason}").format(reason=exc))
            editor.warning_label.show()
            return
        # The PDF viewer (QtPdf) is loaded when first needed, not at start-up.
        from w4r_desktop.gui.kiosk.review import ReviewScreen

        printer = self.services.printer
        checks, written = guidance_for(self._case(), letter, self._pdfs.pages), written_by_volunteer(letter)
        review = ReviewScreen(
            self._pdfs, printer.name, printer.on_paper, letter.verified, checks, written, self.session.text_size
        )
        review.back.connect(lambda: self.go(Screen.EDITOR))
        review.print_now.connect(self.print_now)
        review.hand_in.connect(self.hand_in)
        self._put(Screen.REVIEW, review)
        self.go(Screen.REVIEW)

    def _handover(self) -> LetterHandover:
        if self.session.handover is None:
            services = self.services
            self.session.handover = LetterHandover(services.tally, services.queue, services.printer)
        return self.session.handover

    def print_now(self) -> None:
        """Print letter and envelope here, then count the letter once."""
        review = cast("ReviewScreen", self.screens[Screen.REVIEW])
        assert self._pdfs is not None and self.session.letter is not None
        if self.session.counted or review.blocked:
            return
        try:
            outcome = self._handover().print_now(self.session.letter, self._pdfs.letter, self._pdfs.envelope)
        except Exception as exc:  # whatever failed, the letter stays and the buttons come back
            review.failed(exc, self.services.data_dir)
            return
        self._finish(outcome)

    def hand_in(self) -> None:
        """Add the letter to the event's print queue, counted once."""
        letter, review = self.session.letter, cast("ReviewScreen", self.screens[Screen.REVIEW])
        if self.session.counted or letter is None or review.blocked:
            return
        try:
            outcome = self._handover().hand_in(letter)
        except Exception as exc:
            review.failed(exc, self.services.data_dir)
            return
        self._finish(outcome)

    def _finish(self, outcome: Outcome) -> None:
        self.drafts.discard(self.session.id)
        thanks = ThanksScreen(outcome, self.services.tally.letters_written(), self.services.printer.on_paper)
        thanks.another.connect(self.write_another)
        thanks.done.connect(self.forget_person)
        self._put(Screen.THANKS, thanks)
        self.go(Screen.THANKS)

    def write_another(self) -> None:
        """A new letter for the same person: keep name, town and language, nothing else."""
        self.drafts.discard(self.session.id)
        self.session = self.session.next_letter()
        self._build()
        self.go(Screen.GALLERY)

    def forget_person(self, rebuild: bool = True) -> None:
        """The person has gone ("I'm done" or idle): every trace of them goes too.

        `rebuild=False` when the window is closing: the screens go with it.
        """
        self.drafts.discard(self.session.id)
        QGuiApplication.clipboard().clear()
        if not rebuild:
            self.session = self._fresh_session()
            return
        self.session = self._fresh_session()
        self.recovery.forget()
        install_language(self.session.language)
        self.text_size_changed.emit(self.session.text_size)
        self._build()
        # Delete the old screens now rather than at the next turn of the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # --- crash recovery ---------------------------------------------------------------------

    def resume_recovered(self) -> None:
        draft = self.recovery.take()
        if draft is None:
            return
        bundle = self.services.bundle  # (a bundle that fails its check is no reason to drop the letter)
        try:
            case = bundle.case(draft.letter.case_id)
        except UserError:  # its case is gone from the bundle
            self.drafts.discard(draft.session_id)
            self._build()
            return
        self.session = PersonSession.from_draft(draft, self.session.text_size)
        install_language(draft.language)
        self._build()
        self._put_case_page(case)
        self._show_editor(case, draft.letter)

    def discard_recovered(self) -> None:
        self.recovery.discard()
        welcome = self.screens[Screen.WELCOME]
        assert isinstance(welcome, WelcomeScreen)
        welcome.offer_resume(False)

    # --- language, text size, shared state ----------------------------------------------------

    def set_language(self, code: str) -> None:
        """Switch the interface language (on the welcome screen) and rebuild the screens in it."""
        self.session.language = code
        self.session.started = True
        install_language(code)
        self._build()
        welcome = self.screens[Screen.WELCOME]
        assert isinstance(welcome, WelcomeScreen)
        if code in welcome.language_buttons:
            welcome.language_buttons[code].setFocus()

    def set_text_size(self, size: str) -> None:
        self.session.text_size = size
        self.top_bar.show_text_size(size)
        self.text_size_changed.emit(size)

    def _update_counter(self) -> None:
        welcome = self.screens.get(Screen.WELCOME)
        if isinstance(welcome, WelcomeScreen):
            welcome.set_count(self.services.letters_written())

    def _setting_changed(self, _key: str) -> None:
        self._shared_state_changed()

    def _shared_state_changed(self) -> None:
        # A leader changed cases or settings: rebuild now if nobody is writing, else after they go.
        if not self.has_person():
            self.session = self._fresh_session()
            self.text_size_changed.emit(self.session.text_size)
            self._build()
