"""Country names in the interface language (the bundle gives ISO codes).

Letters and envelopes always print the English name (postal rules); the screens use the
volunteer's language, from the Unicode CLDR (Babel), else the ISO 3166 translations that ship
with pycountry.
"""

from __future__ import annotations

import gettext
from functools import cache

# pycountry is imported where it is used: its tables take a while to load, and the kiosk's
# first screen (the gallery's cards keep their country names) does without them.


def english_name(code: str) -> str:
    """The English short name of a country, e.g. 'CN' -> 'China' (what letters and envelopes print)."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)


@cache
def _catalogue(language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_name(code: str, language: str) -> str:
    """The short name of a country in `language` ("es": "CN" -> "China", "BY" -> "Bielorrusia")."""
    import pycountry

    if language == "en":
        # "Palestine, State of" reads badly on a card: keep the part before the comma.
        return english_name(code).split(",")[0]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    cldr = _cldr_names(language).get(code)
    if cldr:
        return cldr
    name = _catalogue(language).gettext(country.name)
    return name.split(",")[0] if name != country.name else english_name(code)


@cache
def _cldr_names(language: str) -> dict[str, str]:
    """The Unicode CLDR's names of territories in `language` (through Babel): written as its
    speakers write them ("Túnez"; the ISO 3166 translations pycountry ships have "Tunez")."""
    from babel import Locale, UnknownLocaleError

    try:
        return {code: name for code, name in Locale.parse(language).territories.items() if "," not in name}
    except (UnknownLocaleError, ValueError):
        return {}
