"""The shapes of the ids that travel between laptops and bundles, checked the same everywhere."""

from __future__ import annotations

import re

CASE_ID_PATTERN = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CASE_ID = re.compile(CASE_ID_PATTERN + r"\Z", re.ASCII)
"""A case's id: its file name in the bundle, lower-case letters, digits and single hyphens."""
MAX_CASE_ID = 100

WHOLE_NUMBER = re.compile(r"[0-9]{1,9}\Z", re.ASCII)
"""A count as a spreadsheet or another laptop writes it: ASCII digits only ("²" and "٣" are not)."""


def is_case_id(text: str) -> bool:
    return len(text) <= MAX_CASE_ID and CASE_ID.match(text) is not None
