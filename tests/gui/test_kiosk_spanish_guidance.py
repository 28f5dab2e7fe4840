"""In Español the kiosk shows the bundle's Spanish talking points, rules, tips and official's title."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.gui.kiosk_helpers import Kiosk
from w4r_desktop.gui.kiosk.flow import Screen


def _texts(widget: object) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


def test_a_spanish_volunteer_reads_the_guidance_in_spanish(kiosk: Kiosk) -> None:
    case = kiosk.services.bundle.case("zhang-zhan")
    spanish = case.data.translations["es"]
    kiosk.click(kiosk.screen(Screen.WELCOME).language_buttons["es"])
    kiosk.open_case("zhang-zhan")
    page = kiosk.screen(Screen.CASE)
    assert spanish.appeal[0].title in _texts(page)  # "Presidente de la República Popular China"
    assert case.appeal[0].title not in _texts(page)

    kiosk.click(page.appeal_button)
    editor = kiosk.screen(Screen.EDITOR)
    guidance = _texts(editor)
    for point in spanish.appeal[0].talking_points or []:
        assert point in guidance
    assert case.appeal[0].talking_points[0] not in guidance
    tip = next(tip for tip in kiosk.services.bundle.info.tips if tip.kind == "appeal")
    assert tip.translations["es"] in guidance
    assert case.appeal[0].title in guidance  # the letter's inside address stays as the post needs it


def test_a_spanish_volunteer_reads_the_rules_of_a_message_in_spanish(kiosk: Kiosk) -> None:
    case = kiosk.services.bundle.case("zhang-zhan")
    spanish = case.data.translations["es"]
    kiosk.click(kiosk.screen(Screen.WELCOME).language_buttons["es"])
    editor = kiosk.write("zhang-zhan", solidarity=True)
    guidance = _texts(editor)
    target = case.solidarity.index(case.postal_solidarity)
    for rule in spanish.solidarity[target].rules or []:
        assert rule in guidance
    for detail in spanish.personal or []:
        assert detail in guidance


def test_news_of_a_release_comes_before_the_story(kiosk: Kiosk) -> None:
    kiosk.click(kiosk.screen(Screen.WELCOME).language_buttons["es"])
    kiosk.open_case("mohamed-baker")
    labels = [label.text() for label in kiosk.screen(Screen.CASE).findChildren(QLabel) if label.text()]
    news = next(index for index, text in enumerate(labels) if text.startswith("Novedad, "))
    assert "20 de julio de 2023:" in labels[news]  # the date in the volunteer's language
    assert "indulto presidencial" in labels[news]
    headline = kiosk.services.bundle.case("mohamed-baker").text("headline", "es")
    assert news < labels.index(headline)


def test_the_letter_heading_names_the_official_in_spanish_and_says_the_letter_goes_in_english(kiosk: Kiosk) -> None:
    case = kiosk.services.bundle.case("zhang-zhan")
    spanish = case.data.translations["es"]
    kiosk.click(kiosk.screen(Screen.WELCOME).language_buttons["es"])
    editor = kiosk.write("zhang-zhan")
    heading = editor.heading.text()
    assert spanish.appeal[0].title in heading  # "Tu carta para Xi Jinping, Presidente de la República Popular China"
    assert case.appeal[0].title not in heading
    assert editor.language_note.isVisibleTo(editor)
    assert "inglés" in editor.language_note.text()


def test_an_english_volunteer_needs_no_note_on_the_letters_language(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan")
    assert not editor.language_note.isVisibleTo(editor)
