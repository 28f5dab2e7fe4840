"""Country names on the screens, in the volunteer's language, from the Unicode CLDR (Babel)."""

from __future__ import annotations

import pycountry
import pytest

from w4r_desktop.core.bundle.countries import country_name


@pytest.mark.parametrize(
    ("code", "spanish"),
    [("TN", "Túnez"), ("BY", "Bielorrusia"), ("CN", "China"), ("KH", "Camboya"), ("EG", "Egipto"), ("VN", "Vietnam")],
)
def test_spanish_names_are_spelled_as_spanish_speakers_spell_them(code: str, spanish: str) -> None:
    assert country_name(code, "es") == spanish  # iso-codes' Spanish has "Tunez", without its accent


def test_every_country_has_a_name_in_each_interface_language() -> None:
    for country in pycountry.countries:
        for language in ("en", "es"):
            name = country_name(country.alpha_2, language)
            assert name and name != country.alpha_2 and "," not in name, (country.alpha_2, language, name)


def test_the_editors_pickers_name_every_code_in_the_interfaces_language() -> None:
    from w4r_desktop.core.bundle import code_names

    spanish = dict(code_names.countries("es"))
    assert spanish["TN"] == "Túnez" and spanish["EG"] == "Egipto" and len(spanish) == 249
    names = [name for _code, name in code_names.countries("es")]
    assert names.index("Egipto") < names.index("El Salvador") < names.index("Estados Unidos")  # accents aside
    assert dict(code_names.languages("en"))["km"] == "Khmer"
    assert dict(code_names.currencies("es"))["EUR"] == "euro"
    assert dict(code_names.countries("xx-unknown"))["TN"]  # an unknown interface language still names them
