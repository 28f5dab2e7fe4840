"""The interface's languages: one for each translation shipped in resources/i18n (w4r_<code>.qm).

Adding a language is dropping its translation in that folder: the Welcome screen, the Event
page's list, the case editor's second language and the scripts all find it here.
"""

from __future__ import annotations

import re
from importlib.resources.abc import Traversable

from w4r_desktop.core import paths
from w4r_desktop.core.language_names import language_names

SOURCE_LANGUAGE = "en"
"""The language the interface is written in: always there, and first."""

_TRANSLATION = re.compile(r"w4r_([a-z]{2})\.qm")
"""A translation's file: its language's ISO 639-1 code, as the bundle's translations are keyed."""


def translations_folder() -> Traversable:
    """The folder of the compiled translations (resources/i18n, inside the installed package)."""
    return paths.resource("i18n")


def translation_file(code: str) -> Traversable:
    """The compiled translation of the interface into `code`."""
    return translations_folder() / f"w4r_{code}.qm"


def interface_language_codes() -> tuple[str, ...]:
    """The code of each interface language, English first, then by code: ("en", "es")."""
    found = {
        match.group(1)
        for node in translations_folder().iterdir()
        if (match := _TRANSLATION.fullmatch(node.name)) is not None
    }
    return (SOURCE_LANGUAGE, *sorted(found - {SOURCE_LANGUAGE}))


def interface_languages() -> tuple[tuple[str, str], ...]:
    """(code, the language's own name) of each interface language, in the order of
    `interface_language_codes`: (("en", "English"), ("es", "Español"))."""
    return tuple((code, own_name(code)) for code in interface_language_codes())


def own_name(code: str) -> str:
    """A language's name as its speakers write it, capitalised as a choice in a list ("Español")."""
    native = language_names(code, code)[1]
    return native[:1].upper() + native[1:]
