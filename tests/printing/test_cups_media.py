"""The media CUPS is asked for: the PWG names drivers know, envelopes named as they feed."""

from __future__ import annotations

import pytest

from w4r_desktop.printing.cups import CupsPrinter, media_name
from w4r_desktop.printing.sizes import ENVELOPE_SIZES, PAPER_SIZES


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("us10", "na_number-10_4.125x9.5in"),
        ("dl", "iso_dl_110x220mm"),
        ("c5", "iso_c5_162x229mm"),
        ("c6", "iso_c6_114x162mm"),
        ("a2", "na_a2_4.375x5.75in"),
        ("a7", "Custom.378x522"),
    ],
)
def test_envelopes_get_the_media_they_feed_as(key: str, expected: str) -> None:
    size = ENVELOPE_SIZES[key]
    assert media_name(size.width, size.height) == expected  # landscape page, portrait media name


def test_papers_get_their_pwg_names() -> None:
    assert media_name(*PAPER_SIZES["letter"]) == "na_letter_8.5x11in"
    assert media_name(*PAPER_SIZES["a4"]) == "iso_a4_210x297mm"


def test_the_job_goes_at_actual_size_from_standard_input() -> None:
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Page /MediaBox [0 0 612 792] >> endobj\n"
    command = CupsPrinter("Office").command(pdf, "w4r-zhang-zhan-letter")
    assert command[:5] == ["lp", "-d", "Office", "-t", "w4r-zhang-zhan-letter"]
    assert "print-scaling=none" in command and "media=na_letter_8.5x11in" in command and command[-1] == "-"
