"""The case editor, driven as a leader drives it: typing in fields and clicking buttons, no files by hand."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from tests.bundles import SHIPPED_2021
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.library import install_bundle
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.letters import draft_letter
from w4r_desktop.gui.leader.bundle_editor.editor import BundleEditor, EditorDialogs
from w4r_desktop.gui.leader.bundle_editor.opening import EditorQuestions, draft_folder
from w4r_desktop.gui.leader.cases_page import CasesPage
from w4r_desktop.gui.services import Services
from w4r_desktop.gui.widgets.portrait import Portrait
from w4r_desktop.printing.envelope import render_envelope
from w4r_desktop.printing.letter import render_letter


def _editor_field(editor: BundleEditor, name: str, nth: int = 0) -> QLineEdit | QPlainTextEdit:
    """The nth box whose accessible name is `name` in the form on screen."""
    assert editor.form is not None
    every: list[QLineEdit | QPlainTextEdit] = [
        *editor.form.findChildren(QLineEdit),
        *editor.form.findChildren(QPlainTextEdit),
    ]
    every.sort(key=lambda box: box.mapTo(editor.form, box.rect().topLeft()).y())  # top to bottom, as on screen
    boxes = [box for box in every if _name_of(box) == name]
    assert len(boxes) > nth, f"no field {name!r} #{nth}"
    return boxes[nth]


def _name_of(box: QWidget) -> str:
    """A box's accessible name; a picker's typing line goes by its drop-down's."""
    holder = box.parentWidget()
    return holder.accessibleName() if isinstance(holder, QComboBox) else box.accessibleName()


def _type(qtbot: QtBot, editor: BundleEditor, name: str, text: str, nth: int = 0) -> None:
    box = _editor_field(editor, name, nth)
    box.setFocus()
    if isinstance(box, QLineEdit):
        box.selectAll()
        qtbot.keyClick(box, Qt.Key.Key_Delete)
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        for char in line:
            if char.isascii():
                qtbot.keyClicks(box, char)
            else:  # QTest types ASCII only; a key event carrying the text, as a keyboard layout sends it
                QTest.sendKeyEvent(QTest.KeyAction.Click, box, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
    if isinstance(box.parentWidget(), QComboBox):  # a picker takes what was typed on Enter
        qtbot.keyClick(box, Qt.Key.Key_Return)


def _click(qtbot: QtBot, parent: QWidget, text: str, nth: int = -1) -> None:
    buttons = [button for button in parent.findChildren(QPushButton) if button.text().replace("&", "") == text]
    assert buttons, f"no button {text!r}"
    qtbot.mouseClick(buttons[nth], Qt.MouseButton.LeftButton)


def _problem_under(editor: BundleEditor, name: str) -> str:
    box = _editor_field(editor, name)
    field = box.parent()
    while not hasattr(field, "problem"):
        field = field.parent()
    return field.problem.text() if field.problem.isVisibleTo(editor) else ""


def _checked(qtbot: QtBot, editor: BundleEditor) -> None:
    """Wait for the check that runs a moment after typing stops."""
    qtbot.waitUntil(lambda: not editor.timer.isActive(), timeout=3000)


def _png(path: Path) -> str:
    out = io.BytesIO()
    Image.new("RGB", (1600, 1200), (40, 90, 80)).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return str(path)


@pytest.fixture
def cases_page(qtbot: QtBot, services: Services, tmp_path: Path) -> CasesPage:
    dialogs = EditorDialogs(
        photo=lambda _parent: _png(tmp_path / "camera.png"), zip_path=lambda _parent, _name: str(tmp_path / "share")
    )
    page = CasesPage(services, questions=EditorQuestions(start=lambda _parent, _replaces: "empty", dialogs=dialogs))
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.mark.qt_log_ignore("This plugin does not support")  # a picker's list of matches pops up
def test_a_leader_builds_shares_and_uses_a_two_case_bundle(
    qtbot: QtBot, cases_page: CasesPage, services: Services, tmp_path: Path
) -> None:
    qtbot.mouseClick(cases_page.new_button, Qt.MouseButton.LeftButton)
    editor = cases_page.editor
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.draft.cases == [] and not editor.use_button.isEnabled()
    editor.second_language.choose("es")  # the group's volunteers read Spanish

    # The campaign: a problem appears under the field at fault, and goes when it is put right.
    _type(qtbot, editor, "Organisation (the section whose targets and postage these are)", "AIUK")
    _type(qtbot, editor, "Country letters are posted from", "XX")
    _checked(qtbot, editor)
    assert _problem_under(editor, "Country letters are posted from") == (
        "“XX” is not a country: choose one from the list."
    )
    _type(qtbot, editor, "Country letters are posted from", "GB")
    _checked(qtbot, editor)
    assert _problem_under(editor, "Country letters are posted from") == ""
    _type(qtbot, editor, "Report the totals by (YYYY-MM-DD)", "2027-01-31")

    # The first case, with a photo and a Spanish headline.
    _click(qtbot, editor, "Add a case")
    _type(qtbot, editor, "Name", "Zhang Zhan")
    assert editor.draft.cases[0].id == "zhang-zhan"  # the file name follows the name
    _type(qtbot, editor, "Country", "CN")
    _type(qtbot, editor, "What happened, in one line", "Jailed for reporting on Covid-19")
    _type(qtbot, editor, "What happened, in one line (Español)", "Encarcelada por informar sobre la covid-19")
    _type(qtbot, editor, "Their story (a blank line between paragraphs)", "A lawyer.\n\nShe went to Wuhan.")
    _type(qtbot, editor, "What the campaign asks for", "Release Zhang Zhan.")
    _click(qtbot, editor, "Choose a photo…")
    _type(qtbot, editor, "What the photo shows (for people who cannot see it)", "Zhang Zhan at her desk")
    preview = editor.preview_case()
    assert preview is None  # not yet: the case has no official's address
    _click(qtbot, editor, "Add an official to write to")
    _type(qtbot, editor, "Title (as in a letter's heading)", "President of China")
    _type(qtbot, editor, "Greeting (Dear …)", "Dear President")
    _type(qtbot, editor, "Address, one line per line of the envelope (no country)", "Xichengqu\nBeijing Shi 100017")
    _type(qtbot, editor, "Country of the address", "CN")
    _type(qtbot, editor, "Talking points, one per line", "Release her.\nShe is ill.")
    _checked(qtbot, editor)
    assert [problem for problem in editor.problems if problem.file == "zhang-zhan.toml"] == []
    # The preview shows the case as the kiosk will, and its envelope as the printer will.
    preview = editor.preview_case()
    assert preview is not None
    qtbot.addWidget(preview)
    assert preview.page is not None and preview.page.findChild(Portrait).accessibleName() == "Zhang Zhan at her desk"
    assert len(preview.envelopes) == 1 and preview.envelopes[0].page_count == 1
    preview.language.setCurrentIndex(preview.language.findData("es"))
    assert preview.card is not None and "Encarcelada" in preview.card.accessibleDescription()
    preview.close()

    # The second case, written to by post and supported by post.
    _click(qtbot, editor, "Add a case")
    _type(qtbot, editor, "Name", "Wendy Galarza")
    _click(qtbot, editor, "Add an official to write to")
    for name, text in [
        ("Country", "MX"),
        ("What happened, in one line", "Injured at a protest"),
        ("Their story (a blank line between paragraphs)", "She marched for women's rights."),
        ("What the campaign asks for", "Bring those responsible to justice."),
        ("Title (as in a letter's heading)", "Attorney General"),
        ("Greeting (Dear …)", "Dear Attorney General"),
        ("Address, one line per line of the envelope (no country)", "Avenida de los Insurgentes 20\nCiudad de México"),
        ("Country of the address", "MX"),
        ("Talking points, one per line", "Investigate."),
    ]:
        _type(qtbot, editor, name, text)
    _click(qtbot, editor, "Add a way to send support")
    _checked(qtbot, editor)
    assert any(problem.field.startswith("solidarity[0]") for problem in editor.problems)
    _type(qtbot, editor, "Recipient", "Wendy Galarza")
    _type(qtbot, editor, "Address, one line per line of the envelope (no country)", "Cancún", nth=1)
    _type(qtbot, editor, "Country of the address", "MX", nth=1)
    _checked(qtbot, editor)
    assert editor.problems == []
    assert editor.use_button.isEnabled() and editor.export_button.isEnabled()

    # Saved whole, exported as a .zip, and the .zip loads in a fresh data folder.
    _click(qtbot, editor, "Save draft")
    assert load_bundle(draft_folder(services.data_dir)).info.section == "AIUK"
    _click(qtbot, editor, "Export…")
    shared = tmp_path / "share.zip"
    assert shared.exists()
    elsewhere = install_bundle(tmp_path / "another-group", shared)
    assert [case.id for case in elsewhere.cases] == ["zhang-zhan", "wendy-galarza"]
    zhang = elsewhere.case("zhang-zhan")
    assert zhang.photo is not None and zhang.text("headline", "es").startswith("Encarcelada")
    assert zhang.paragraphs == ["A lawyer.", "She went to Wuhan."]

    letter = draft_letter(elsewhere, elsewhere.case("wendy-galarza"), LetterKind.APPEAL, 0).with_changes(
        body="Please investigate."
    )
    pdf = render_letter(letter, allow_unverified=True).pdf
    assert "Dear Attorney General" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    envelope = PdfReader(io.BytesIO(render_envelope(letter, "dl", allow_unverified=True))).pages[0].extract_text()
    assert "CIUDAD DE MÉXICO" in envelope.upper() and "MEXICO" in envelope.upper()

    # And it becomes the bundle volunteers write from.
    _click(qtbot, editor, "Use at this event")
    assert services.bundle.info.section == "AIUK"
    assert [case.name for case in services.bundle.cases] == ["Zhang Zhan", "Wendy Galarza"]


def test_cases_are_reordered_duplicated_and_removed(qtbot: QtBot, cases_page: CasesPage) -> None:
    editor = cases_page.open_editor(new=False)
    assert editor is not None
    qtbot.addWidget(editor)
    first, second = editor.draft.case_ids()[:2]
    editor.items.setCurrentRow(1)
    _click(qtbot, editor, "Move down")
    assert editor.draft.case_ids()[:2] == [second, first]
    assert editor.items.currentRow() == 2
    _click(qtbot, editor, "Duplicate")
    assert editor.draft.case_ids()[:3] == [second, first, f"{first}-2"]
    _checked(qtbot, editor)
    assert editor.problems == []  # a duplicate has its own file name
    _click(qtbot, editor, "Remove")
    assert editor.draft.case_ids()[:2] == [second, first] and f"{first}-2" not in editor.draft.case_ids()


def test_closing_keeps_an_unfinished_draft_for_next_time(
    qtbot: QtBot, cases_page: CasesPage, services: Services
) -> None:
    editor = cases_page.open_editor(new=True)
    assert editor is not None
    _click(qtbot, editor, "Add a case")
    _type(qtbot, editor, "Name", "Half Written")
    editor.close()
    again = cases_page.open_editor(new=False)
    assert again is not None
    qtbot.addWidget(again)
    assert [case.document.get("name") for case in again.draft.cases] == ["Half Written"]
    assert again.problems and not again.use_button.isEnabled()
    assert services.bundle.source != draft_folder(services.data_dir)  # an invalid draft never becomes active


def test_a_bad_photo_is_refused_and_the_case_keeps_none(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    not_a_photo = tmp_path / "notes.png"
    not_a_photo.write_text("just text")
    dialogs = EditorDialogs(photo=lambda _parent: str(not_a_photo), zip_path=lambda _parent, _name: "")
    page = CasesPage(services, questions=EditorQuestions(start=lambda _p, _r: "copy", dialogs=dialogs))
    qtbot.addWidget(page)
    editor = page.open_editor(new=True)
    assert editor is not None
    qtbot.addWidget(editor)
    assert editor.draft.case_ids() == [case.id for case in load_bundle(SHIPPED_2021).cases]
    editor.items.setCurrentRow(1)
    _click(qtbot, editor, "Choose a photo…")
    assert editor.draft.cases[0].photo is None and "photo" not in editor.draft.cases[0].document
    from w4r_desktop.gui.leader.bundle_editor.case_form import CaseForm

    assert isinstance(editor.form, CaseForm)
    assert "not a PNG or JPEG" in editor.form.photo_message.text()


# --- what the review found: nothing typed is lost, nothing lands in the wrong file -------------


def _copy_editor(qtbot: QtBot, services: Services, tmp_path: Path) -> tuple[CasesPage, BundleEditor]:
    dialogs = EditorDialogs(photo=lambda _parent: _png(tmp_path / "camera.png"), zip_path=lambda _p, _n: "")
    page = CasesPage(services, questions=EditorQuestions(start=lambda _p, _r: "copy", dialogs=dialogs))
    qtbot.addWidget(page)
    editor = page.open_editor(new=True)
    assert editor is not None
    qtbot.addWidget(editor)
    return page, editor


def test_escape_saves_what_was_typed(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    page, editor = _copy_editor(qtbot, services, tmp_path)
    _type(qtbot, editor, "Campaign name", "Write for Rights at the library")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    again = page.open_editor(new=False)
    assert again is not None and again is not editor
    qtbot.addWidget(again)
    assert again.draft.info["campaign"] == "Write for Rights at the library"


def test_a_second_person_of_the_same_name_gets_a_file_of_their_own(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page, editor = _copy_editor(qtbot, services, tmp_path)
    _click(qtbot, editor, "Add a case")
    _type(qtbot, editor, "Name", "Zhang Zhan")
    assert editor.draft.cases[-1].id == "zhang-zhan-2"
    # A file name typed to clash is refused on saving, and closing keeps the editor open.
    _type(qtbot, editor, "File name (the case's id)", "mohamed-baker")
    assert not editor.save()
    assert "same file name" in editor.status.text()
    editor.close()
    assert editor.isVisible()
    _type(qtbot, editor, "File name (the case's id)", "mohamed-baker-2")
    assert editor.save()
    assert page.open_editor(new=False) is editor  # one editor at a time: the open one comes forward


def test_a_duplicated_case_has_its_own_photo_file(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    _page, editor = _copy_editor(qtbot, services, tmp_path)
    editor.items.setCurrentRow(1)
    _click(qtbot, editor, "Choose a photo…")
    original = editor.draft.cases[0]
    _click(qtbot, editor, "Duplicate")
    copy = editor.draft.cases[1]
    assert copy.document["photo"] == f"photos/{copy.id}.jpg" != original.document["photo"]


def test_switching_a_channel_away_from_post_keeps_what_was_typed_in_sight(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    _page, editor = _copy_editor(qtbot, services, tmp_path)
    editor.items.setCurrentRow(1)  # Bernardo: a postal channel with a recipient
    assert editor.form is not None
    from PySide6.QtWidgets import QComboBox

    chooser = next(
        box for box in editor.form.findChildren(QComboBox) if box.accessibleName() == "How messages reach them"
    )
    chooser.setCurrentIndex(chooser.findData("online"))
    recipient = _editor_field(editor, "Recipient")
    assert recipient.isVisibleTo(editor)  # so the leader can clear it and fix the problem it now is


def test_a_draft_whose_save_was_cut_short_is_opened_not_replaced(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    page, editor = _copy_editor(qtbot, services, tmp_path)
    _type(qtbot, editor, "Campaign name", "Kept")
    assert editor.save()
    editor.dirty = False
    editor.close()
    folder = draft_folder(services.data_dir)
    folder.rename(folder.with_name(f".{folder.name}-old"))  # the state a cut-short save leaves
    again = page.open_editor(new=False)
    assert again is not None
    qtbot.addWidget(again)
    assert again.draft.info["campaign"] == "Kept"


def test_odd_typing_gives_a_problem_not_a_crash_or_a_lost_line(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    _page, editor = _copy_editor(qtbot, services, tmp_path)
    year = _editor_field(editor, "Year")
    assert isinstance(year, QLineEdit)
    year.setText("²")
    year.textEdited.emit("²")  # a superscript two is a digit to Python, but no year
    assert editor.check()
    editor.items.setCurrentRow(1)
    greetings = _editor_field(editor, "Greetings by language, one per line (es: ¡Ánimo!)")
    assert isinstance(greetings, QPlainTextEdit)
    greetings.setPlainText("Bernardo, no estás solo")  # no language code
    _checked(qtbot, editor)
    assert any("greetings" in problem.field for problem in editor.problems)
    assert "Bernardo, no estás solo" in str(editor.draft.cases[0].document["solidarity"][0]["greetings"])


def test_a_long_name_gives_a_file_name_without_a_trailing_hyphen() -> None:
    from w4r_desktop.gui.leader.bundle_editor.case_form import case_id_from

    made = case_id_from("A" * 59 + " Bc")
    assert len(made) <= 60 and not made.endswith("-")


def test_one_case_is_one_case(qtbot: QtBot, cases_page: CasesPage) -> None:
    editor = cases_page.open_editor(new=True)
    assert editor is not None
    qtbot.addWidget(editor)
    _click(qtbot, editor, "Add a case")
    editor.check()
    assert ", 1 case." in editor.summary.text()  # it said "1 cases"


def test_the_editors_buttons_carry_words_not_the_styles_icons(qtbot: QtBot, services: Services) -> None:
    """Qt's standard buttons bring the platform's grey and red ✗ icons, unlike every other button here."""
    from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

    class IconsOnButtons(QProxyStyle):  # as the GNOME and KDE styles are
        def styleHint(self, hint, option=None, widget=None, returned=None):  # type: ignore[no-untyped-def]
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, returned)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.style().name()
    app.setStyle(IconsOnButtons(previous))
    try:
        _look_at_the_buttons(qtbot, services)
    finally:
        app.setStyle(previous)


def _look_at_the_buttons(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from w4r_desktop.gui.leader.bundle_editor.opening import _ask_start
    from w4r_desktop.gui.leader.bundle_editor.preview import CasePreview

    seen: list[list[bool]] = []

    def look_and_cancel() -> None:
        box = next(widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QMessageBox))
        seen.append([button.icon().isNull() for button in box.buttons()])
        box.reject()

    QTimer.singleShot(0, look_and_cancel)
    assert _ask_start(None, replaces_draft=False) == ""  # type: ignore[arg-type]
    assert seen and all(seen[0])
    preview = CasePreview(services.bundle.cases[0], services.bundle.info, "us10")
    qtbot.addWidget(preview)
    assert all(button.icon().isNull() for button in preview.findChildren(QPushButton))
