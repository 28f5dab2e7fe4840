"""Which characters text typed by people may not carry, and how to show text safely in a message.

One home for the rule, shared by the case bundle's fields, the settings and the command line's
messages. Kept free of heavy imports: the command line uses it at every start.
"""

from __future__ import annotations

import unicodedata

# Characters no volunteer or envelope should be shown: C0/C1 controls, and the bidi embeddings,
# overrides and isolates that can make text read differently from how it is stored ("Trojan
# Source"). Ordinary marks (LRM, RLM, ALM) and joiners (ZWJ, ZWNJ) are text, and allowed.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


def unwanted_character(text: str, allowed: str = "") -> str | None:
    """The first control, bidi-control or line-break character of `text` not in `allowed`, if any."""
    for ch in text:
        if ch in allowed:
            continue
        if ch in BIDI_CONTROLS or ch in LINE_BREAKS or unicodedata.category(ch) == "Cc":
            return ch
    return None


def escaped(text: str, limit: int = 120) -> str:
    """`text` safe to show in a message: control and bidi characters escaped, cut to `limit`.

    Shown text is escaped more widely than typed text is refused: every invisible format
    character (marks included) is made visible, so a message cannot hide or reorder what it quotes.
    """
    shown = "".join(
        f"\\u{ord(ch):04x}"
        if ch in BIDI_CONTROLS or ch in LINE_BREAKS or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        else ch
        for ch in text[: limit + 1]
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
