"""What the printing tests share: letters to print (the shipped bundle, `bundle_2021`, is in tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.letters import APPEAL_TO_CHINA
from w4r_desktop.core.letters import Letter, PostalAddress


@pytest.fixture
def letter() -> Letter:
    """An appeal letter from the US to China, with a return address."""
    return APPEAL_TO_CHINA


@pytest.fixture
def domestic_letter(letter: Letter) -> Letter:
    """A letter that stays in the US."""
    return letter.with_changes(
        recipient=PostalAddress(
            lines=(
                "Antony Blinken",
                "Secretary of State",
                "Department of State",
                "2201 C Street NW",
                "Washington, DC 20520",
            ),
            country="US",
        )
    )
