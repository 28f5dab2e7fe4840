"""A case's latest news is on its gallery card and first on its page, in the volunteer's language."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from w4r_desktop.core.bundle.cards import GalleryCard
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.gui.kiosk.case_page import CasePage
from w4r_desktop.gui.style import style_sheet
from w4r_desktop.gui.widgets.case_card import CaseCard


def _texts(widget: object) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))  # type: ignore[attr-defined]


def test_a_released_person_says_so_on_the_card_and_the_page(qtbot: QtBot, bundle_2021: CaseBundle) -> None:
    bernardo = bundle_2021.case("bernardo-caal-xol")
    for language, news in (("en", "Released from prison on 24 March 2022."), ("es", "Salió de prisión el 24 de marzo")):
        card = CaseCard(GalleryCard.of(bernardo, (language,)), language)
        qtbot.addWidget(card)
        assert news in _texts(card) and news in card.accessibleDescription()
        page = CasePage(bernardo, language)
        qtbot.addWidget(page)
        assert news in _texts(page)
    quiet = CaseCard(GalleryCard.of(bundle_2021.case("zhang-zhan"), ("en",)), "en")
    qtbot.addWidget(quiet)
    assert len(quiet.labels) == 3  # no news, no news line


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def _contrast(picture: QImage) -> float:
    """WCAG contrast between the two commonest colours of a picture of text (its ground and its ink)."""
    counts: Counter[int] = Counter(
        picture.pixel(x, y) for x in range(0, picture.width(), 2) for y in range(0, picture.height(), 2)
    )
    (ground, _), (ink, _) = counts.most_common(2)
    light, dark = sorted((_luminance(QColor(ground)), _luminance(QColor(ink))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


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
    assert _contrast(picture) >= 4.5  # WCAG AA for text of this size
