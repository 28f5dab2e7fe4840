"""A language dropped in as a translation file is offered everywhere one is chosen: the Welcome
screen, the Event page, and the case editor's second column, which the leader picks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.bundles import SHIPPED_2021
from tests.gui.kiosk_helpers import close_kiosk, open_kiosk
from tests.gui.test_bundle_editor import _editor_field, _name_of, _type
from tests.languages import with_french
from w4r_desktop.core.bundle.draft import BundleDraft, draft_of
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.interface_languages import interface_language_codes, interface_languages, own_name
from w4r_desktop.gui.kiosk.screen import Screen
from w4r_desktop.gui.kiosk.welcome import WelcomeScreen
from w4r_desktop.gui.leader.bundle_editor.editor import BundleEditor, EditorDialogs
from w4r_desktop.gui.leader.bundle_editor.fields import CodeChoice
from w4r_desktop.gui.leader.console import LeaderConsole
from w4r_desktop.gui.services import open_services

HEADLINE = "What happened, in one line"


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """French is an interface language: its translation sits beside English's and Spanish's."""
    return with_french(tmp_path / "i18n", monkeypatch)


def test_the_welcome_screen_offers_a_language_dropped_in(qtbot: QtBot, data_dir: Path, french: Path) -> None:
    kiosk = open_kiosk(qtbot, data_dir)
    try:
        welcome = kiosk.screen(Screen.WELCOME)
        assert isinstance(welcome, WelcomeScreen)
        assert list(welcome.language_buttons) == list(interface_language_codes())
        assert {"en", "es", "fr"} <= set(welcome.language_buttons)
        assert welcome.language_buttons["fr"].text() == "Français"
        kiosk.click(welcome.language_buttons["fr"])
        assert kiosk.window.flow.session.language == "fr"
        again = kiosk.screen(Screen.WELCOME)
        assert isinstance(again, WelcomeScreen) and again.language_buttons["fr"].isChecked()
    finally:
        close_kiosk(kiosk)


def test_the_event_page_offers_a_language_dropped_in(qtbot: QtBot, data_dir: Path, french: Path) -> None:
    services = open_services(str(data_dir))
    try:
        console = LeaderConsole(services, folder_chooser=lambda _parent: "")
        qtbot.addWidget(console)
        boxes = console.event_page.fields["languages"].boxes
        shown = [(box.property("code"), box.text(), box.isChecked()) for box in boxes]
        assert shown == [(code, name, True) for code, name in interface_languages()]  # all on, until chosen
        assert ("fr", "Français", True) in shown and ("es", "Español", True) in shown
    finally:
        services.close()


def _shipped_in_spanish() -> BundleDraft:
    """The shipped bundle (in English) with its Spanish texts and no others."""
    draft = draft_of(load_bundle(SHIPPED_2021))
    tables = [tip.get("translations", {}) for tip in draft.info.get("tips", [])]
    for case in draft.cases:
        tables.append(case.document.get("translations", {}))
        tables.extend(update.get("translations", {}) for update in case.document.get("updates", []))
    for table in tables:
        for code in set(table) - {"es"}:
            del table[code]
    assert draft.text_languages() == {"es"}
    return draft


def _editor(qtbot: QtBot, tmp_path: Path, draft: BundleDraft) -> BundleEditor:
    dialogs = EditorDialogs(photo=lambda _parent: "", zip_path=lambda _parent, _name: "")
    editor = BundleEditor(draft, tmp_path / "draft", tmp_path / "data", dialogs)
    qtbot.addWidget(editor)
    editor.show()
    editor.items.setCurrentRow(draft.case_ids().index("zhang-zhan") + 1)
    return editor


def _pick(qtbot: QtBot, editor: BundleEditor, typed: str) -> None:
    """Type a language's name in the second-language picker and press Enter, as a leader does."""
    typing = editor.second_language.box.lineEdit()
    assert typing is not None
    typing.selectAll()
    qtbot.keyClicks(typing, typed)
    typing.editingFinished.emit()


def _offered(editor: BundleEditor) -> list[str]:
    box = editor.second_language.box
    return [box.itemText(row) for row in range(box.count())]


def _text(box: QLineEdit | QPlainTextEdit) -> str:
    return box.text() if isinstance(box, QLineEdit) else box.toPlainText()


def _second_columns(editor: BundleEditor) -> set[str]:
    """The languages the headline's second box is named in ({"Español"})."""
    assert editor.form is not None
    names = {_name_of(box) for box in [*editor.form.findChildren(QLineEdit), *editor.form.findChildren(QPlainTextEdit)]}
    return {name.removeprefix(f"{HEADLINE} (").removesuffix(")") for name in names if name.startswith(f"{HEADLINE} (")}


@pytest.mark.qt_log_ignore("This plugin does not support")  # a picker's list of matches pops up
def test_the_second_column_is_the_language_the_leader_picks(qtbot: QtBot, tmp_path: Path, french: Path) -> None:
    draft = _shipped_in_spanish()
    editor = _editor(qtbot, tmp_path, draft)
    others = [code for code in interface_language_codes() if code != "en"]  # never the bundle's own language
    assert [editor.second_language.box.itemData(row) for row in range(len(others))] == others
    assert {"Spanish (es)", "French (fr)"} <= set(_offered(editor)) and "English (en)" not in _offered(editor)
    assert editor.second_language.code == others[0]  # the first interface language but the bundle's
    _pick(qtbot, editor, "Spanish")
    assert editor.second_language.code == "es" and _second_columns(editor) == {"Español"}
    _type(qtbot, editor, f"{HEADLINE} (Español)", "Encarcelada por informar")
    editor.form_frame.verticalScrollBar().setValue(120)
    position = editor.form_frame.verticalScrollBar().value()
    assert position > 0

    _pick(qtbot, editor, "French")
    assert editor.second_language.code == "fr" and _second_columns(editor) == {"Français"}
    assert editor.items.currentRow() == draft.case_ids().index("zhang-zhan") + 1  # the same case, in place
    assert editor.form_frame.verticalScrollBar().value() == position
    assert _text(_editor_field(editor, f"{HEADLINE} (Français)")) == ""
    _type(qtbot, editor, f"{HEADLINE} (Français)", "Emprisonnée pour avoir informé")

    _pick(qtbot, editor, "es")  # the code finds it too
    assert _text(_editor_field(editor, f"{HEADLINE} (Español)")) == "Encarcelada por informar"
    case = draft.cases[draft.case_ids().index("zhang-zhan")]
    assert case.document["translations"]["es"]["headline"] == "Encarcelada por informar"
    assert case.document["translations"]["fr"]["headline"] == "Emprisonnée pour avoir informé"
    editor.check()
    assert not editor.problems  # a translation into any language is a valid bundle

    _pick(qtbot, editor, "Klingon")  # not offered: the language shown stays
    assert editor.second_language.code == "es"
    editor.dirty = False


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_bundle_with_german_texts_offers_german(qtbot: QtBot, tmp_path: Path) -> None:
    draft = _shipped_in_spanish()
    case = draft.cases[draft.case_ids().index("zhang-zhan")]
    case.document["translations"]["de"] = {"headline": "Inhaftiert, weil sie berichtete"}
    editor = _editor(qtbot, tmp_path, draft)
    assert "German (de)" in _offered(editor)
    _pick(qtbot, editor, "German")
    assert _second_columns(editor) == {"Deutsch"}
    assert _text(_editor_field(editor, f"{HEADLINE} (Deutsch)")) == "Inhaftiert, weil sie berichtete"
    editor.dirty = False


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_the_second_language_is_never_the_bundles_own(qtbot: QtBot, tmp_path: Path) -> None:
    draft = _shipped_in_spanish()
    draft.info["language"] = "es"
    editor = _editor(qtbot, tmp_path, draft)
    assert editor.second_language.code == "en" and _second_columns(editor) == {"English"}
    assert "Spanish (es)" not in _offered(editor)
    editor.items.setCurrentRow(0)  # the campaign: its texts become English
    assert editor.form is not None
    language = next(pick for pick in editor.form.findChildren(CodeChoice) if pick.path == ("language",))
    language.choose("en")
    editor.check()
    first = next(code for code in interface_language_codes() if code != "en")  # Spanish, as shipped
    assert editor.second_language.code == first and "English (en)" not in _offered(editor)
    editor.items.setCurrentRow(draft.case_ids().index("zhang-zhan") + 1)
    assert _second_columns(editor) == {own_name(first)}
    editor.dirty = False
