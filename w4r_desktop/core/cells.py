"""Spreadsheet-safe cells: text a spreadsheet could run as a formula gets a leading apostrophe.

Every text cell of a sync file or a report is written through `shield`; a cell that already
begins with an apostrophe gets one more, so `unshield` gives back exactly what was shielded.
"""

from __future__ import annotations

# OWASP's list, plus NUL (ASVS) and the apostrophe itself so that shielding can be undone exactly.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "'")


def shield(text: str) -> str:
    """`text` made safe for a spreadsheet: a cell it could run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def unshield(text: str) -> str:
    """The original text of a cell written by `shield`."""
    return text[1:] if text.startswith("'") else text
