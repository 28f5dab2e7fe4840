"""Batches: letters and envelopes in the same order, and a mailing sheet with postage."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from tests.printing.pdf_reading import page_sizes, pieces, text
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.bundle.schema import Postage
from w4r_desktop.core.letters import Letter, draft_letter
from w4r_desktop.printing.address import UnverifiedAddress
from w4r_desktop.printing.batch import EmptyBatch, mailings, render_batch

POSTAGE = Postage(currency="USD", domestic=0.58, international=1.30)


def test_letters_and_envelopes_come_in_the_same_order(letter: Letter, domestic_letter: Letter) -> None:
    letters = [letter, domestic_letter, letter.with_changes(sender_name="Sam")]
    batch = render_batch(letters, "a4", "dl", POSTAGE)
    assert len(page_sizes(batch.letters_pdf)) == 3 and batch.letter_pages == (1, 1, 1)
    assert page_sizes(batch.letters_pdf)[0] == pytest.approx((595.28, 841.89), abs=0.01)
    assert len(page_sizes(batch.envelopes_pdf)) == 3
    assert page_sizes(batch.envelopes_pdf)[0] == pytest.approx((220 * 72 / 25.4, 110 * 72 / 25.4), abs=0.01)
    for page, sent in enumerate(letters):
        letter_lines = [piece.text for piece in pieces(batch.letters_pdf, page)]
        envelope_lines = [piece.text for piece in pieces(batch.envelopes_pdf, page)]
        assert sent.recipient.lines[0] in letter_lines
        assert sent.recipient.lines[0].upper() in envelope_lines
        assert sent.sender_name in letter_lines


def test_the_mailing_sheet_groups_letters_by_recipient_with_postage(letter: Letter, domestic_letter: Letter) -> None:
    letters = [letter, domestic_letter, letter, letter]
    groups = mailings(letters)
    assert [(group.numbers, group.abroad) for group in groups] == [((1, 3, 4), True), ((2,), False)]
    sheet = " ".join(text(render_batch(letters, postage=POSTAGE).mailing_sheet_pdf).split())
    assert "4 letters to 2 recipients" in sheet
    assert "3: no. 1, 3, 4" in sheet
    assert "3 international letters posted one by one, up to 10 g (1 oz) each: 3.90 USD" in sheet
    assert "or together in one large envelope, 23 g (1 oz), priced by weight at the post office" in sheet
    assert "1 domestic letter, 10 g (1 oz): 0.58 USD" in sheet
    assert "All letters posted one by one: 4.48 USD." in sheet


def test_postage_follows_the_envelopes_size_class_and_the_letters_weight(
    letter: Letter, domestic_letter: Letter
) -> None:
    """C5 mails as a large envelope; six pages make a domestic letter of two ounces."""
    long_body = "\n\n".join(["A paragraph of a long letter, written with care. " * 12] * 22)
    heavy = domestic_letter.with_changes(body=long_body)
    batch = render_batch([heavy, letter], "letter", "us10", postage=POSTAGE)
    assert batch.letter_pages[0] >= 5
    sheet = " ".join(text(batch.mailing_sheet_pdf).split())
    ounces = math.ceil((5 + 4.8 * batch.letter_pages[0]) / 28.35)
    assert f"1 domestic letter, {5 + 4.8 * batch.letter_pages[0]:.0f} g ({ounces} oz): " in sheet
    assert f"{0.58 + 0.29 * (ounces - 1):.2f} USD" in sheet
    assert "(USPS, since 13 July 2025)" in sheet and "a sheet 4.8 g, this envelope 5.0 g" in sheet
    c5 = " ".join(text(render_batch([letter], "a4", "c5", postage=POSTAGE).mailing_sheet_pdf).split())
    assert "1 international large envelope, 14 g (1 oz): have it weighed at the post office" in c5
    assert "All letters posted one by one: 0.00 USD, and 1 to have weighed at the post office." in c5


def test_unverified_addresses_stand_out_on_the_mailing_sheet(letter: Letter) -> None:
    with pytest.raises(UnverifiedAddress, match="letter 1"):
        render_batch([letter.with_changes(verified=False)], postage=None)
    batch = render_batch([letter.with_changes(verified=False)], postage=None, allow_unverified=True)
    assert "CHECK THIS ADDRESS BEFORE MAILING" in text(batch.mailing_sheet_pdf)
    assert "no postage rates" in text(batch.mailing_sheet_pdf)
    assert batch.warnings == ("letter 1: the address is not verified: check it before mailing",)


def test_the_whole_2021_campaign_prints_as_one_batch(bundle_2021: CaseBundle) -> None:
    letters = [
        draft_letter(bundle_2021, case, LetterKind.APPEAL, today=dt.date(2021, 12, 10)) for case in bundle_2021.cases
    ]
    # Several 2021 addresses are not verified: a leader printing them all has been told.
    batch = render_batch(letters, "letter", "us10", bundle_2021.info.postage, allow_unverified=True)
    assert len(page_sizes(batch.envelopes_pdf)) == len(letters)
    assert len(page_sizes(batch.letters_pdf)) == sum(batch.letter_pages)
    assert render_batch(letters, "letter", "us10", bundle_2021.info.postage, allow_unverified=True) == batch


def test_an_empty_batch_is_a_clear_error() -> None:
    with pytest.raises(EmptyBatch, match="no letters to print"):
        render_batch([])


def test_messages_to_one_person_go_in_one_large_envelope(bundle_2021: CaseBundle, letter: Letter) -> None:
    """Amnistie Canada asks for one envelope per person: two messages of solidarity to Zhang Zhan
    travel together (a C5 large envelope, priced by weight), beside an appeal in its own envelope."""
    zhang = bundle_2021.case("zhang-zhan")
    messages = [
        draft_letter(bundle_2021, zhang, LetterKind.SOLIDARITY, None, dt.date(2021, 12, 10)).with_changes(
            body=f"Message {number}", sender_name=name
        )
        for number, name in ((1, "Ana"), (2, "Ben"))
    ]
    batch = render_batch(
        [messages[0], letter, messages[1]], postage=Postage(currency="USD", domestic=0.78, international=1.70)
    )
    sizes = page_sizes(batch.envelopes_pdf)
    assert len(sizes) == 2, "one envelope for both messages, one for the appeal"
    c5 = (round(229 * 72 / 25.4), round(162 * 72 / 25.4))
    assert (round(sizes[0][0]), round(sizes[0][1])) == c5
    assert text(batch.envelopes_pdf).count("ZHANG ZHAN") == 1
    sheet = text(batch.mailing_sheet_pdf)
    assert "2 messages in one large envelope" in sheet
    assert "envelope 1" in sheet and "envelope 2" in sheet
