"""The volunteer's journey, driven by clicks and key presses: appeal and solidarity, print and queue."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.kiosk_helpers import CANARY, Kiosk, texts_in
from w4r_desktop.core.drafts import DraftStore
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Total
from w4r_desktop.gui.kiosk.flow import Screen
from w4r_desktop.printing.letter import render_letter


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_appeal_printed_now_is_counted_once(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan")
    assert editor.salutation.text() == "Dear President Xi"
    assert "Sharing information during a public health crisis is not a crime" in editor.body.toPlainText()
    kiosk.type_into(editor.body, f"Please release Zhang Zhan. I am a nurse. {CANARY}")
    kiosk.type_into(editor.sender_name, "Ana Ruiz")
    kiosk.type_into(editor.sender_town, "Tucson")
    kiosk.click(editor.review_button)

    assert kiosk.flow.current == Screen.REVIEW
    review = kiosk.screen(Screen.REVIEW)
    assert review.letter_preview.page_count == 1
    assert review.envelope_preview.page_count == 1
    kiosk.click(review.print_button)

    assert kiosk.flow.current == Screen.THANKS
    assert kiosk.services.tally.totals() == [Total("zhang-zhan", TallyKind.APPEAL, 1)]
    printed = sorted(kiosk.printed.glob("*.pdf"))
    assert [path.name for path in printed] == ["zhang-zhan-envelope.pdf", "zhang-zhan-letter.pdf"]
    letter = pdf_text(printed[1])
    for expected in ("Dear President Xi", CANARY, "Ana Ruiz", "Tucson"):
        assert expected in letter
    assert "BEIJING" in pdf_text(printed[0]).upper()
    # Printed: the draft is gone, and nothing waits in the queue.
    assert len(DraftStore(kiosk.services.db)) == 0
    assert len(kiosk.services.queue) == 0
    thanks = kiosk.screen(Screen.THANKS)
    assert "1 letter written here" in thanks.counter.text()
    # The test printer only saves PDFs: the volunteer is not sent to an empty printer tray.
    assert "saved for the event team" in texts_in(thanks)


def test_solidarity_handed_in_goes_to_the_queue(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan", solidarity=True)
    assert editor.salutation.text() == "Dear Zhang Zhan"
    assert not editor.warning_label.isVisible()
    kiosk.type_into(editor.body, "Greetings from our Amnesty group.")
    assert editor.warning_label.isVisible()
    assert "Amnesty" in editor.warning_label.text()
    kiosk.type_into(editor.body, f"Stay strong. You are not alone. {CANARY}")
    assert not editor.warning_label.isVisible()
    assert editor.greeting_box is not None
    kiosk.click(editor.greeting_box)
    kiosk.type_into(editor.sender_name, "Ana")
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    kiosk.click(review.hand_in_button)

    assert kiosk.flow.current == Screen.THANKS
    assert kiosk.services.tally.totals() == [Total("zhang-zhan", TallyKind.SOLIDARITY, 1)]
    assert list(kiosk.printed.glob("*.pdf")) == []
    jobs = kiosk.services.queue.jobs()
    assert len(jobs) == 1
    queued = jobs[0].letter
    assert queued.greeting.startswith("张展")
    text = "\n".join(page.extract_text() for page in PdfReader(_pdf(queued)).pages)
    assert CANARY in text and "Dear Zhang Zhan" in text and "Ana" in text


def _pdf(letter):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(render_letter(letter, "letter").pdf)


def test_write_another_keeps_name_and_town_only(kiosk: Kiosk) -> None:
    editor = kiosk.write("mikita-zalatarou")
    kiosk.type_into(editor.body, f"Letter one {CANARY}")
    kiosk.type_into(editor.sender_name, "Ana")
    kiosk.type_into(editor.sender_town, "Tucson")
    kiosk.click(editor.review_button)
    kiosk.click(kiosk.screen(Screen.REVIEW).hand_in_button)
    kiosk.click(kiosk.screen(Screen.THANKS).another_button)

    assert kiosk.flow.current == Screen.GALLERY
    editor = kiosk.write("zhang-zhan")
    assert (editor.sender_name.text(), editor.sender_town.text()) == ("Ana", "Tucson")
    assert CANARY not in editor.body.toPlainText()
    assert kiosk.services.tally.letters_written() == 1


def test_a_case_without_postal_solidarity_says_what_to_do(kiosk: Kiosk) -> None:
    kiosk.open_case("ciham-ali")
    page = kiosk.screen(Screen.CASE)
    assert not page.solidarity_button.isEnabled()
    assert "cannot be posted" in texts_in(page)


def test_a_case_with_two_officials_lets_the_volunteer_choose(kiosk: Kiosk) -> None:
    kiosk.open_case("wendy-galarza")
    page = kiosk.screen(Screen.CASE)
    second = page.targets.button(1)
    kiosk.click(second)
    kiosk.click(page.appeal_button)
    editor = kiosk.screen(Screen.EDITOR)
    official = kiosk.services.bundle.case("wendy-galarza").appeal[1]
    assert editor.letter().target == 1
    assert editor.salutation.text() == official.salutation


def test_a_failed_print_counts_nothing_and_can_be_handed_in(kiosk: Kiosk) -> None:
    kiosk.printed.write_text("a file where the folder should be")
    editor = kiosk.write("zhang-zhan")
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    kiosk.click(review.print_button)
    assert kiosk.flow.current == Screen.REVIEW
    assert review.error_label.isVisible()
    assert kiosk.services.tally.totals() == []
    kiosk.click(review.hand_in_button)
    assert kiosk.services.tally.letters_written() == 1


def test_page_count_warns_about_a_long_letter(kiosk: Kiosk, qtbot: QtBot) -> None:
    editor = kiosk.write("zhang-zhan")
    editor.flush()
    assert editor.pages == 1
    assert "one page" in editor.pages_label.text()
    editor.body.setFocus()
    editor.body.setPlainText("\n\n".join(["A long paragraph about human rights. " * 12] * 12))
    # The count waits for typing to stop: nothing was laid out on the keystroke itself.
    assert editor.pages == 1
    editor.flush()
    assert editor.pages is not None and editor.pages >= 2
    assert "pages long" in editor.pages_label.text()
    qtbot.keyClick(editor.body, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def test_a_second_click_never_counts_twice(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan")
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    kiosk.click(review.print_button)
    # Whatever arrives late (a double click, a queued signal), the letter is already counted.
    kiosk.flow.print_now()
    kiosk.flow.hand_in()
    assert kiosk.services.tally.letters_written() == 1
    assert len(list(kiosk.printed.glob("*.pdf"))) == 2
    assert len(kiosk.services.queue) == 0


def test_cases_switched_off_by_the_leader_are_not_offered(kiosk: Kiosk) -> None:
    kiosk.services.settings.set("disabled_cases", ["zhang-zhan", "sphere"])
    kiosk.services.events.settings_changed.emit("disabled_cases")
    gallery = kiosk.screen(Screen.GALLERY)
    shown = {card.case_id for card in gallery.cards}
    assert len(shown) == 8
    assert not shown & {"zhang-zhan", "sphere"}


def test_a_leaders_change_waits_until_the_volunteer_has_gone(kiosk: Kiosk) -> None:
    editor = kiosk.write("mikita-zalatarou")
    kiosk.type_into(editor.body, CANARY)
    kiosk.services.settings.set("disabled_cases", ["mikita-zalatarou"])
    kiosk.services.events.settings_changed.emit("disabled_cases")
    # Nobody loses their letter because a leader changed a setting.
    assert kiosk.screen(Screen.EDITOR) is editor
    assert editor.body.toPlainText() == CANARY
    kiosk.click(editor.review_button)
    kiosk.click(kiosk.screen(Screen.REVIEW).hand_in_button)
    kiosk.click(kiosk.screen(Screen.THANKS).done_button)
    assert "mikita-zalatarou" not in {card.case_id for card in kiosk.screen(Screen.GALLERY).cards}


def test_the_welcome_screen_names_the_campaign_its_cases_come_from(kiosk: Kiosk) -> None:
    welcome = kiosk.screen(Screen.WELCOME)
    assert welcome.campaign.isVisible() and "Write for Rights 2021" in welcome.campaign.text()
    kiosk.click(welcome.language_buttons["es"])
    spanish = kiosk.screen(Screen.WELCOME)
    assert spanish.campaign.text() == "Los casos de Escribe por los Derechos 2021"


def test_a_greeting_is_offered_in_the_language_as_its_speakers_name_it(kiosk: Kiosk) -> None:
    editor = kiosk.write("bernardo-caal-xol", solidarity=True)
    assert editor.greeting_box is not None
    assert "Español" in editor.greeting_box.text() and "España" not in editor.greeting_box.text()


def test_a_heading_does_not_repeat_the_country(kiosk: Kiosk) -> None:
    from tests.gui.kiosk_helpers import texts_in

    kiosk.open_case("zhang-zhan")
    shown = texts_in(kiosk.screen(Screen.CASE))
    assert "President of the People's Republic of China." in shown
    assert "China, China" not in shown


def test_the_writing_screen_opens_at_the_top_of_the_letter(kiosk: Kiosk) -> None:
    from PySide6.QtWidgets import QApplication

    kiosk.window.activateWindow()  # as on a real screen: the focus takes effect, and scrolls to itself
    kiosk.qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk.window)
    kiosk.click(kiosk.flow.size_buttons["extra-large"])  # a letter taller than the screen
    editor = kiosk.write("zhang-zhan")
    for _ in range(3):
        QApplication.processEvents()
    scroll = editor.paper_scroll
    assert scroll.verticalScrollBar().maximum() > 0
    assert scroll.verticalScrollBar().value() == 0  # the date, the official and the opening words in sight


def test_a_missing_name_is_brought_into_sight_and_the_button_named_as_it_reads(kiosk: Kiosk) -> None:
    from PySide6.QtWidgets import QApplication

    kiosk.click(kiosk.flow.size_buttons["extra-large"])
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.body, "Please release Zhang Zhan.")
    editor.sender_name.clear()
    kiosk.click(editor.review_button)
    QApplication.processEvents()
    name = editor.sender_name
    top = name.mapTo(editor.paper_scroll.viewport(), name.rect().topLeft()).y()
    assert top >= 0 and top + name.height() <= editor.paper_scroll.viewport().height()
    assert "See my letter" in editor.warning_label.text() and "Review" not in editor.warning_label.text()


def test_a_greeting_in_another_script_is_named_in_the_volunteers_words_too(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan", solidarity=True)
    assert editor.greeting_box is not None
    assert "Chinese (中文)" in editor.greeting_box.text()  # it said only "简体中文"


def test_a_message_is_called_a_message(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan", solidarity=True)
    editor.flush()
    assert editor.pages_label.text() == "Your message fits on one page."  # it said "Your letter"


def test_a_christmas_greeting_is_stopped_and_seasons_greetings_offered_in_spanish(kiosk: Kiosk) -> None:
    kiosk.flow.set_language("es")
    editor = kiosk.write("zhang-zhan", solidarity=True)
    kiosk.type_into(editor.body, "¡Feliz Navidad, Zhang Zhan!")
    assert editor.warning_label.isVisible()
    assert "Navidad" in editor.warning_label.text() and "Felices fiestas" in editor.warning_label.text()
