"""Letters to print in the printing tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import CaseBundle, LetterKind
from w4r_desktop.core.letters import Letter, PostalAddress

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundle_2021() -> CaseBundle:
    """The shipped 2021 case bundle."""
    return load_bundle(REPOSITORY / "cases" / "2021")


@pytest.fixture
def letter() -> Letter:
    """An appeal letter from the US to China, with a return address."""
    return Letter(
        case_id="zhang-zhan",
        kind=LetterKind.APPEAL,
        target=0,
        recipient=PostalAddress(
            lines=("Xi Jinping", "President of the People's Republic of China", "Xichengqu", "Beijing Shi 100017"),
            country="CN",
        ),
        salutation="Dear President Xi",
        body="I am writing about Zhang Zhan.\n\nPlease release her immediately and unconditionally.",
        sender_name="Jo Doe",
        sender_town="Springfield, IL",
        return_address=("Jo Doe", "12 Elm Street", "Springfield, IL 62701"),
        date=dt.date(2021, 12, 10),
        home_country="US",
        verified=True,
    )


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
