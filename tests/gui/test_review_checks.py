"""Review repeats what matters before a letter leaves: forbidden words block a card, long letters
are warned again, and a letter with no name asks once whether to sign it."""

from __future__ import annotations

import errno

import pytest

from tests.gui.kiosk_helpers import Kiosk
from w4r_desktop.gui.kiosk.flow import Screen


def test_a_card_with_a_forbidden_word_cannot_be_sent_until_changed(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan", solidarity=True)
    kiosk.type_into(editor.body, "Greetings from our Amnesty group in Ohio.")
    kiosk.type_into(editor.sender_name, "Ana")
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    assert not review.print_button.isEnabled() and not review.hand_in_button.isEnabled()
    assert "Amnesty" in review.notes.text() and "<b" in review.notes.text()  # the word highlighted
    kiosk.flow.hand_in()
    kiosk.flow.print_now()
    assert kiosk.services.queue.jobs() == [] and kiosk.services.tally.letters_written() == 0
    kiosk.click(review.back_button)
    kiosk.type_into(kiosk.screen(Screen.EDITOR).body, "Greetings from our group in Ohio.")
    kiosk.click(kiosk.screen(Screen.EDITOR).review_button)
    review = kiosk.screen(Screen.REVIEW)
    assert review.hand_in_button.isEnabled()
    assert not review.notes.isVisible()


def test_a_long_letter_is_warned_again_on_review(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.sender_name, "Ana")
    editor.body.setPlainText("\n\n".join(["Please release Zhang Zhan now. " * 12] * 14))
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    assert "pages long" in review.notes.text()
    assert review.print_button.isEnabled()  # a warning, not a block


def test_a_letter_with_no_name_asks_once_whether_to_sign_it(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.sender_name, "")
    kiosk.click(editor.review_button)
    assert kiosk.flow.current == Screen.EDITOR
    assert editor.warning_label.isVisible() and "name" in editor.warning_label.text()
    assert editor.sender_name.hasFocus()
    kiosk.click(editor.review_button)  # asked once: now it goes on without a name
    assert kiosk.flow.current == Screen.REVIEW


def test_a_forbidden_word_in_the_closing_or_signature_is_named_on_review(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan", solidarity=True)
    kiosk.type_into(editor.closing, "With love from your Amnesty friends")
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    assert review.blocked and "Amnesty" in review.notes.text() and review.notes.isVisible()
    kiosk.click(review.back_button)
    editor = kiosk.screen(Screen.EDITOR)
    kiosk.type_into(editor.closing, "With love")
    kiosk.type_into(editor.sender_town, "Amnesty Group 42, Springfield")
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    assert review.blocked and "Amnesty" in review.notes.text()


def test_a_failed_hand_in_keeps_the_letter_and_gives_the_buttons_back(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.core.print_queue import PrintQueue

    def full_disk(*_args: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(PrintQueue, "add_in", full_disk)
    editor = kiosk.write("zhang-zhan")
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    kiosk.click(review.hand_in_button)
    assert kiosk.flow.current == Screen.REVIEW
    assert "is full" in review.error_label.text() and review.error_label.isVisible()
    assert review.hand_in_button.isEnabled() and review.back_button.isEnabled()
    assert kiosk.services.tally.letters_written() == 0
