"""The case editor speaks the leader's words, not the file format's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui.test_bundle_editor import _checked, _click, _problem_under, _type, cases_page  # noqa: F401
from w4r_desktop.gui.leader.bundle_editor.editor import BundleEditor
from w4r_desktop.gui.leader.cases_page import CasesPage


def _new_case(qtbot: QtBot, cases_page: CasesPage) -> BundleEditor:  # noqa: F811
    editor = cases_page.open_editor(new=True)
    assert editor is not None
    qtbot.addWidget(editor)
    _click(qtbot, editor, "Add a case")
    editor.check()
    return editor


def _shown_texts(editor: BundleEditor) -> str:
    assert editor.form is not None
    return "\n".join(label.text() for label in editor.form.findChildren(QLabel) if label.isVisibleTo(editor))


def test_a_new_case_has_no_empty_official_and_asks_for_one_in_plain_words(
    qtbot: QtBot,
    cases_page: CasesPage,  # noqa: F811
) -> None:
    editor = _new_case(qtbot, cases_page)
    case = editor.current_case()
    assert case is not None and case.document.get("appeal") in (None, [])
    shown = _shown_texts(editor)
    assert "required, but missing" not in shown and "appeal:" not in shown
    officials = next(box for box in editor.form.findChildren(QGroupBox) if box.title() == "Officials to write to")  # type: ignore[union-attr]
    problem = next(label for label in officials.findChildren(QLabel) if label.property("role") == "warning")
    assert problem.isVisibleTo(editor) and problem.text() == "Add at least one official to write to."
    assert "Fill this in." in shown  # the name, the story… in the leader's words


# Typing in a picker opens its list of matches: a popup, which the offscreen platform cannot raise.
POPUP = pytest.mark.qt_log_ignore("This plugin does not support")


@POPUP
def test_a_country_is_picked_by_its_name_and_a_wrong_one_is_said_plainly(
    qtbot: QtBot,
    cases_page: CasesPage,  # noqa: F811
) -> None:
    editor = _new_case(qtbot, cases_page)
    case = editor.current_case()
    assert case is not None
    _type(qtbot, editor, "Country", "Tunisia")  # typed as the name it has, not the file's code
    _checked(qtbot, editor)
    assert case.document["country"] == "TN" and _problem_under(editor, "Country") == ""
    _type(qtbot, editor, "Country", "Tunisie")
    _checked(qtbot, editor)
    assert _problem_under(editor, "Country") == "“Tunisie” is not a country: choose one from the list."
    assert editor.items.count() == 2  # Enter took the choice; it pressed no button of the form


@POPUP
def test_the_pickers_name_the_choices_in_the_interfaces_language(
    qtbot: QtBot,
    cases_page: CasesPage,  # noqa: F811
) -> None:
    from PySide6.QtWidgets import QComboBox

    from w4r_desktop.gui.language import install_language

    install_language("es")
    try:
        editor = cases_page.open_editor(new=True)
        assert editor is not None
        qtbot.addWidget(editor)
        qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
        assert editor.form is not None
        country = next(box for box in editor.form.findChildren(QComboBox) if box.accessibleName() == "País")
        assert country.findText("Túnez (TN)") >= 0 and country.findText("Egipto (EG)") >= 0
        case = editor.current_case()
        assert case is not None
        _type(qtbot, editor, "País", "túnez")
        assert case.document["country"] == "TN"
    finally:
        install_language("en")


def test_go_to_the_next_problem_shows_and_focuses_each_field_at_fault(
    qtbot: QtBot,
    cases_page: CasesPage,  # noqa: F811
) -> None:
    editor = _new_case(qtbot, cases_page)
    editor.show()
    assert editor.next_button.isVisible()
    editor.items.setCurrentRow(0)  # the campaign, which has no problem in a new bundle … or has
    _click(qtbot, editor, "Go to the next problem")
    case = editor.current_case()
    assert editor.items.currentRow() >= 0
    focused = editor.focusWidget()
    assert focused is not None and editor.form is not None and editor.form.isAncestorOf(focused)
    field = focused.parent()
    while field is not None and not hasattr(field, "problem"):
        field = field.parent()
    assert field is not None and field.problem.text()  # type: ignore[attr-defined]
    assert case is not None or editor.items.currentRow() == 0


def test_a_stale_fix_the_problems_message_goes_once_they_are_fixed(
    qtbot: QtBot,
    cases_page: CasesPage,  # noqa: F811
) -> None:
    editor = cases_page.open_editor(new=True)
    assert editor is not None
    qtbot.addWidget(editor)
    editor.status.say("Fix the problems marked in this case to see its preview.", error=True)
    editor.check()
    if not editor.problems:
        assert editor.status.text() == ""
        assert not editor.next_button.isVisibleTo(editor)


def test_the_preview_opens_in_the_interfaces_language(qtbot: QtBot, services: object) -> None:
    from tests.bundles import SHIPPED_2021
    from w4r_desktop.core.bundle.loading import load_bundle
    from w4r_desktop.gui.language import install_language
    from w4r_desktop.gui.leader.bundle_editor.preview import CasePreview

    bundle = load_bundle(SHIPPED_2021)
    install_language("es")
    try:
        preview = CasePreview(bundle.case("zhang-zhan"), bundle.info, "us10")
        qtbot.addWidget(preview)
        assert preview.language.currentData() == "es"
        assert preview.tabs.tabText(2) == "Sobre: Xi Jinping"
    finally:
        install_language("en")


def test_the_editors_buttons_are_whole_at_large_text_on_a_laptop(
    qtbot: QtBot,
    cases_page: CasesPage,  # noqa: F811
) -> None:
    from PySide6.QtWidgets import QAbstractButton

    from w4r_desktop.gui.language import install_language
    from w4r_desktop.gui.style import style_sheet

    for language in ("en", "es"):
        install_language(language)
        try:
            editor = cases_page.open_editor(new=True)
            assert editor is not None
            qtbot.addWidget(editor)
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)  # a second, so Remove shows
            editor.setStyleSheet(style_sheet("extra-large"))
            editor.resize(1280, 800)
            editor.show()
            qtbot.waitExposed(editor)
            assert editor.minimumSizeHint().height() <= 800 and editor.minimumSizeHint().width() <= 1280
            editor.items.setCurrentRow(1)  # the case's form: its buttons and tick boxes too
            qtbot.wait(50)
            for button in editor.findChildren(QAbstractButton):
                if button.isVisibleTo(editor) and button.window() is editor and button.text():
                    assert button.width() >= button.sizeHint().width() - 1, button.text()
                    assert button.mapTo(editor, button.rect().bottomRight()).x() <= editor.width(), button.text()
            editor.close()
        finally:
            install_language("en")


def test_an_officials_languages_are_chosen_by_name(qtbot: QtBot, cases_page: CasesPage) -> None:  # noqa: F811
    from w4r_desktop.gui.leader.bundle_editor.language_list import LanguageList

    editor = cases_page.open_editor(new=False)  # the shipped cases: Xi Jinping reads en and zh
    assert editor is not None
    qtbot.addWidget(editor)
    case = next(case for case in editor.draft.cases if case.id == "zhang-zhan")
    editor.items.setCurrentRow(editor.draft.cases.index(case) + 1)
    assert editor.form is not None
    [languages, *_] = [pick for pick in editor.form.findChildren(LanguageList) if pick.path[0] == "appeal"]
    chips = [button.text() for button in languages.chosen.findChildren(QPushButton)]
    assert chips == ["English \u2715", "Chinese \u2715"]
    languages.add.activated.emit(languages.add.findData("ko"))  # picked from the list, by its name
    assert case.document["appeal"][0]["languages"] == ["en", "zh", "ko"]
    korean = next(button for button in languages.chosen.findChildren(QPushButton) if button.text().startswith("Korean"))
    qtbot.mouseClick(korean, Qt.MouseButton.LeftButton)
    assert case.document["appeal"][0]["languages"] == ["en", "zh"]
