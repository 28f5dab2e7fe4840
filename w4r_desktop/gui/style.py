"""The look: one style sheet for the kiosk and the console, sized for the chosen text size."""

from __future__ import annotations

from w4r_desktop.core import paths

TEXT_SIZES = {"normal": 20, "large": 24, "extra-large": 30}
"""Base font size in pixels for each of the leader's (and volunteer's) text sizes."""

_style_template: str | None = None


def style_sheet(text_size: str = "normal") -> str:
    """The kiosk style sheet with its sizes filled in for `text_size`."""
    global _style_template
    if _style_template is None:
        _style_template = paths.resource("style", "kiosk.qss").read_text(encoding="utf-8")
    base = TEXT_SIZES.get(text_size, TEXT_SIZES["normal"])
    sizes = {"@title": round(base * 1.8), "@large": round(base * 1.2), "@small": round(base * 0.85), "@base": base}
    text = _style_template
    for token, pixels in sizes.items():
        text = text.replace(token, str(pixels))
    return text
