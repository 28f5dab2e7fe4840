"""Letters for tests: one finished appeal, as a volunteer hands it in."""

from __future__ import annotations

import datetime as dt

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.letters import Letter, PostalAddress

APPEAL_TO_CHINA = Letter(
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
"""An appeal from the US to China, with a return address (a frozen dataclass: `with_changes` for others)."""
