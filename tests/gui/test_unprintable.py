"""Characters no bundled font can print (emoji, symbols) are marked in the editor, never dropped silently."""

from __future__ import annotations

from tests.gui.kiosk_helpers import Kiosk
from w4r_desktop.printing.fonts import unprintable_characters


def test_the_fonts_know_what_they_cannot_print() -> None:
    assert unprintable_characters("Stay strong 💪 ✨ — Привет, 你好, مرحبا, שלום, สวัสดี") == ["💪", "✨"]
    assert unprintable_characters("Plain words, «quotes» and 2021.") == []


def test_the_editor_marks_emoji_and_says_they_will_not_print(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan", solidarity=True)
    # As pasted, or typed with an emoji picker (QTest cannot type characters beyond the BMP).
    editor.body.setPlainText("Stay strong 💪 we are with you ✨")
    assert editor.unprintable_label.isVisible()
    assert "💪" in editor.unprintable_label.text() and "will not print" in editor.unprintable_label.text()
    marked = [selection.cursor.selectedText() for selection in editor.body.extraSelections()]
    assert marked == ["💪", "✨"]
    kiosk.type_into(editor.body, "Stay strong, we are with you.")
    assert not editor.unprintable_label.isVisible() and editor.body.extraSelections() == []


def test_every_field_is_checked_and_the_one_holding_it_is_marked(kiosk: Kiosk) -> None:
    """The town, the name and the return address print too: an emoji there is named and marked."""
    editor = kiosk.write("zhang-zhan", solidarity=True)
    kiosk.type_into(editor.sender_town, "Dayton ")
    editor.sender_town.setText("Dayton 🌻")
    assert editor.unprintable_label.isVisible() and "sunflower" in editor.unprintable_label.text()
    assert editor.sender_town.property("role") == "unprintable"
    assert editor.sender_name.property("role") in ("", None)
    editor.sender_town.setText("서울")  # Korean prints: nothing to say
    assert not editor.unprintable_label.isVisible()
    assert editor.sender_town.property("role") == ""
