"""A case's latest news is on its gallery card and first on its page, in the volunteer's language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.pixels import contrast
from w4r_desktop.core.bundle.cards import GalleryCard
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.gui.kiosk.case_page import CasePage
from w4r_desktop.gui.style import style_sheet
from w4r_desktop.gui.widgets.case_card import CaseCard


def _texts(widget: object) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


def test_a_released_person_says_so_on_the_card_and_the_page(qtbot: QtBot, bundle_2021: CaseBundle) -> None:
    bernardo = bundle_2021.case("bernardo-caal-xol")
    for language, news in (("en", "Released from prison."), ("es", "Salió de prisión.")):
        card = CaseCard(GalleryCard.of(bernardo, (language,)), language)
        qtbot.addWidget(card)
        assert news in _texts(card) and news in card.accessibleDescription()
        # The badge gives the date; the news does not say it again ("3/24/22: Released … on 24 March 2022").
        assert "2022" not in card.labels[-1].text().split(":", 1)[1]
        page = CasePage(bernardo, language)
        qtbot.addWidget(page)
        assert news in _texts(page)
    quiet = CaseCard(GalleryCard.of(bundle_2021.case("zhang-zhan"), ("en",)), "en")
    qtbot.addWidget(quiet)
    assert len(quiet.labels) == 3  # no news, no news line


def test_the_news_on_a_card_can_be_read(qtbot: QtBot, bundle_2021: CaseBundle) -> None:
    holder = QWidget()
    holder.setStyleSheet(style_sheet())
    layout = QVBoxLayout(holder)
    card = CaseCard(GalleryCard.of(bundle_2021.case("bernardo-caal-xol"), ("en",)), "en")
    layout.addWidget(card)
    qtbot.addWidget(holder)
    holder.resize(420, 260)
    holder.show()
    qtbot.waitExposed(holder)
    news = card.labels[-1]
    picture = card.grab(news.geometry()).toImage()
    assert contrast(picture) >= 4.5  # WCAG AA for text of this size


def test_a_released_person_is_offered_solidarity_not_an_appeal_for_release(
    qtbot: QtBot, bundle_2021: CaseBundle
) -> None:
    bernardo = bundle_2021.case("bernardo-caal-xol")
    assert bernardo.released_on is not None
    for language, day in (("en", "March 24, 2022"), ("es", "24 de marzo de 2022")):
        page = CasePage(bernardo, language)
        qtbot.addWidget(page)
        page.show()
        assert not page.appeal_button.isVisible()
        assert page.initial_focus is page.solidarity_button
        assert page.released_note.isVisible() and day in page.released_note.text()
    imprisoned = CasePage(bundle_2021.case("zhang-zhan"), "en")
    qtbot.addWidget(imprisoned)
    imprisoned.show()
    assert imprisoned.appeal_button.isVisible() and not imprisoned.released_note.isVisible()
