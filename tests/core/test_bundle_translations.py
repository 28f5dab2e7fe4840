"""Format 2: talking points, personal details, rules, instructions and tips in the kiosk's other language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.bundles import BUNDLE_TOML, CASE_TOML, SHIPPED_2021, write_bundle
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.problems import BundleInvalid
from w4r_desktop.core.letters import rules_for, talking_points_for

FORMAT_2 = BUNDLE_TOML.replace("format = 1", "format = 2").replace(
    'text = "Be polite."', 'text = "Be polite."\ntranslations.es = "Sé amable."'
)
CASE_ES = (
    CASE_TOML.replace('status = "imprisoned"', 'status = "imprisoned"\npersonal = ["She was a lawyer."]')
    + """personal = ["Fue abogada."]

[[translations.es.appeal]]
title = "Presidente de la República Popular China"
talking_points = ["Pide su libertad."]

[[translations.es.solidarity]]
rules = ["No menciones a Amnistía Internacional"]
"""
)


def _bundle(tmp_path: Path, bundle_toml: str = FORMAT_2, case_toml: str = CASE_ES) -> Path:
    return write_bundle(tmp_path / "bundle", {"bundle.toml": bundle_toml, "zhang-zhan.toml": case_toml})


def test_the_kiosk_language_gets_its_own_words_and_others_the_bundles(tmp_path: Path) -> None:
    bundle = load_bundle(_bundle(tmp_path))
    case = bundle.case("zhang-zhan")
    assert talking_points_for(case, LetterKind.APPEAL, 0, "es") == ["Pide su libertad."]
    assert talking_points_for(case, LetterKind.APPEAL, 0, "en") == ["Release her."]
    assert talking_points_for(case, LetterKind.SOLIDARITY, 0, "es") == ["Fue abogada."]
    assert talking_points_for(case, LetterKind.SOLIDARITY, 0, "fr") == ["She was a lawyer."]
    assert rules_for(case, LetterKind.SOLIDARITY, 0, "es") == ["No menciones a Amnistía Internacional"]
    assert rules_for(case, LetterKind.SOLIDARITY, 0, "en") == ["Do not mention Amnesty International"]
    assert case.addressee_in(0, "es") == ["Xi Jinping", "Presidente de la República Popular China"]
    assert case.addressee_in(0, "en") == case.appeal[0].addressee  # the envelope's words stay the bundle's
    assert bundle.tips(LetterKind.APPEAL, "es") == ["Sé amable."]
    assert bundle.tips(LetterKind.SOLIDARITY, "es") == ["Do not mention Amnesty."]  # untranslated: as written


def test_a_translation_must_say_as_many_things_as_the_original(tmp_path: Path) -> None:
    two_points = CASE_ES.replace('talking_points = ["Pide su libertad."]', 'talking_points = ["Uno.", "Dos."]')
    with pytest.raises(BundleInvalid) as raised:
        load_bundle(_bundle(tmp_path, case_toml=two_points))
    assert "translations.es.appeal[0].talking_points has 2 items for the 1 it translates" in str(raised.value)


def test_more_translated_officials_than_officials_is_refused(tmp_path: Path) -> None:
    extra = CASE_ES + '\n[[translations.es.appeal]]\ntitle = "Nadie"\n'
    with pytest.raises(BundleInvalid) as raised:
        load_bundle(_bundle(tmp_path, case_toml=extra))
    assert "translations.es.appeal has 2 entries for 1 officials" in str(raised.value)


def test_a_format_1_bundle_still_loads_but_may_not_use_format_2_keys(tmp_path: Path) -> None:
    assert load_bundle(_bundle(tmp_path / "plain", BUNDLE_TOML, CASE_TOML)).info.format == 1
    with pytest.raises(BundleInvalid) as raised:
        load_bundle(_bundle(tmp_path / "mixed", BUNDLE_TOML, CASE_ES))
    assert "need format = 2" in str(raised.value)


UPDATES = """
[[updates]]
date = 2022-03-24
text = "Released on 24 March 2022."
translations.es = "Liberado el 24 de marzo de 2022."

[[updates]]
date = 2021-12-01
text = "Moved to another prison."
"""


def test_dated_updates_come_newest_first_in_the_volunteers_language(tmp_path: Path) -> None:
    case_toml = CASE_TOML.replace("[translations.es]", UPDATES + "\n[translations.es]")
    case = load_bundle(_bundle(tmp_path, case_toml=case_toml)).case("zhang-zhan")
    assert case.updates_in("es") == [
        (dt.date(2022, 3, 24), "Liberado el 24 de marzo de 2022."),
        (dt.date(2021, 12, 1), "Moved to another prison."),
    ]
    assert case.updates_in("en")[0] == (dt.date(2022, 3, 24), "Released on 24 March 2022.")
    with pytest.raises(BundleInvalid) as raised:
        load_bundle(_bundle(tmp_path / "old", BUNDLE_TOML, case_toml))
    assert "dated updates need format = 2" in str(raised.value)


def test_the_shipped_2021_bundle_says_who_has_been_released(tmp_path: Path) -> None:
    bundle = load_bundle(SHIPPED_2021)
    assert bundle.case("mohamed-baker").updates_in("en")[0][0] == dt.date(2023, 7, 20)
    assert bundle.case("bernardo-caal-xol").updates_in("es")[0][0] == dt.date(2022, 3, 24)
