"""What the case bundle format fixes, with nothing to load: its version, file names and limits, the
two kinds of letter, and how a text splits into paragraphs. Kept apart from the models (pydantic)
so that the kiosk's first screen, and installing a bundle, can use them before the models load.
"""

from __future__ import annotations

import re
from enum import StrEnum

FORMAT_VERSION = 3
"""3 adds a channel's web address (`url`); 2 translated talking points, personal details, rules,
instructions and tips. Bundles of 1 and 2 still load."""
MAX_CASE_FILE_BYTES = 256 * 1024
MAX_CASES = 100
MAX_ZIP_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 500
MAX_BUNDLE_FILE_BYTES = 256 * 1024
BUNDLE_FILE = "bundle.toml"


class LetterKind(StrEnum):
    """The two kinds of letter a volunteer writes."""

    APPEAL = "appeal"
    SOLIDARITY = "solidarity"


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, with the lines inside each joined by spaces."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [" ".join(line.strip() for line in block.splitlines()) for block in blocks if block.strip()]
