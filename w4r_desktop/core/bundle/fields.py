"""The field types of the case bundle's files: countries, languages, lines and texts, strictly checked.

The bundle's models build on these annotated types, which refuse control and bidi-override
characters and say what is wrong in a leader's words.
"""

from __future__ import annotations

import re
from typing import Annotated

import pycountry
from pydantic import AfterValidator, Field, StringConstraints

from w4r_desktop.core.plain_text import LINE_BREAKS, unwanted_character


def _known_country(code: str) -> str:
    if len(code) != 2 or not code.isupper() or pycountry.countries.get(alpha_2=code) is None:
        raise ValueError(f"unknown country code {code!r} (use ISO 3166-1 alpha-2, e.g. 'US')")
    return code


# ISO 639-1, as pycountry lists it. Kept here because loading pycountry's language table costs
# a tenth of a second at every start.
ISO_639_1 = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch
    co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy
    ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it
    iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo
    lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
    oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk
    sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw
    ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()  # noqa: SIM905 - a table is easier to read as words
)


def _known_language(code: str) -> str:
    if code not in ISO_639_1:
        raise ValueError(f"unknown language code {code!r} (use ISO 639-1, e.g. 'en')")
    return code


def at_least_one(value: list[str]) -> list[str]:
    if not value:
        raise ValueError("must have at least one line")
    return value


def _clean_text(text: str) -> str:
    found = unwanted_character(text, "\n\t\r")
    if found is not None:
        raise ValueError(f"contains the control character U+{ord(found):04X}; remove it")
    return text


def _clean_line(text: str) -> str:
    found = unwanted_character(text)
    if found is not None:
        kind = "a line break" if found in LINE_BREAKS else "the control character"
        raise ValueError(f"contains {kind} U+{ord(found):04X} (one line only, no control characters)")
    return text


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000), AfterValidator(_clean_text)
]
Line = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), AfterValidator(_clean_line)
]


def _web_address(text: str) -> str:
    """An address a phone's camera opens: http(s), printable ASCII, no spaces (a QR code holds it)."""
    if not re.fullmatch(r"https?://[!-~]+", text) or not re.match(
        r"https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:[:/?#]|$)", text
    ):
        raise ValueError("is not a web address (https://example.org/..., without spaces)")
    return text


WebAddress = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500), AfterValidator(_web_address)
]
"""A web page: a channel's online action, shown as a QR code on the kiosk and the printed case sheet (format 3)."""
Country = Annotated[str, AfterValidator(_known_country)]
Language = Annotated[str, AfterValidator(_known_language)]
AddressLines = Annotated[list[Line], AfterValidator(at_least_one), Field(max_length=12)]
