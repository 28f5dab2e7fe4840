"""The codes a case file is written in (countries, languages, currencies) with their names, as a
leader picks them: in the interface's language, from the Unicode CLDR (through Babel), sorted by name."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import cache

from w4r_desktop.core.bundle.countries import country_name


def _key(name: str) -> str:
    """Sorting as people look a name up: accents and case aside ("Égypte" with the E's)."""
    return "".join(char for char in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(char))


@cache
def countries(language: str) -> tuple[tuple[str, str], ...]:
    """(ISO 3166-1 alpha-2 code, name) of every country, by name in `language`."""
    import pycountry

    return _by_name((country.alpha_2, country_name(country.alpha_2, language)) for country in pycountry.countries)


def _cldr(language: str, what: str) -> Mapping[str, str]:
    """The CLDR's names of `what` ("languages", "currencies") in `language`; none for an unknown one."""
    from babel import Locale, UnknownLocaleError

    try:
        names: Mapping[str, str] = getattr(Locale.parse(language), what)
    except (UnknownLocaleError, ValueError):
        return {}
    return names


@cache
def languages(language: str) -> tuple[tuple[str, str], ...]:
    """(ISO 639-1 code, name) of every language with a two-letter code, by name in `language`."""
    import pycountry

    names = _cldr(language, "languages")
    codes = [str(entry.alpha_2) for entry in pycountry.languages if hasattr(entry, "alpha_2")]
    return _by_name((code, names.get(code) or code) for code in codes)


@cache
def currencies(language: str) -> tuple[tuple[str, str], ...]:
    """(ISO 4217 code, name) of the currencies in use, by name in `language`."""
    from babel.numbers import list_currencies

    names = _cldr(language, "currencies")
    return _by_name((code, names.get(code) or code) for code in list_currencies())


def _by_name(named: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(named, key=lambda pair: _key(pair[1])))
