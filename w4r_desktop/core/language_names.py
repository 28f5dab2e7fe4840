"""A language's name in the interface language and as its speakers write it (Unicode CLDR, Babel)."""

from __future__ import annotations

from functools import cache


@cache
def language_names(code: str, interface: str) -> tuple[str, str]:
    """(the name in `interface`, the name in the language itself), without a country or script:
    ("zh", "es") -> ("chino", "中文"); ("es", "en") -> ("Spanish", "español"). The code itself
    for a language the CLDR does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        language = Locale.parse(code.replace("-", "_"))
        shown = Locale.parse(interface)
    except (UnknownLocaleError, ValueError):
        return code, code
    return (language.get_language_name(shown) or code, language.get_language_name(language) or code)
