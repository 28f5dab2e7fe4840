"""Nothing but addresses on an envelope or label, and no unverified address printed by accident."""

from __future__ import annotations

import pytest

from tests.letters import APPEAL_TO_CHINA
from tests.printing.pdf_reading import text
from w4r_desktop.printing.address import UnverifiedAddress
from w4r_desktop.printing.envelope import render_envelope
from w4r_desktop.printing.labels import render_labels
from w4r_desktop.printing.letter import render_letter

UNCHECKED = APPEAL_TO_CHINA.with_changes(verified=False)


def test_an_unverified_address_is_not_printed_by_accident() -> None:
    with pytest.raises(UnverifiedAddress, match="not verified"):
        render_envelope(UNCHECKED)
    with pytest.raises(UnverifiedAddress):
        render_letter(UNCHECKED)
    with pytest.raises(UnverifiedAddress):
        render_labels(UNCHECKED.recipient, "US", verified=False)


def test_an_envelope_carries_nothing_but_the_addresses() -> None:
    printed = text(render_envelope(UNCHECKED, allow_unverified=True))
    assert "verified" not in printed.lower() and "check it" not in printed.lower()
    assert "XI JINPING" in printed.upper()


def test_labels_carry_nothing_but_the_address() -> None:
    printed = text(render_labels(UNCHECKED.recipient, "US", verified=False, allow_unverified=True))
    assert "verified" not in printed.lower()
