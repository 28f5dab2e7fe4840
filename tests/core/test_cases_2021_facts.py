"""Facts of the shipped 2021 cases that were corrected (issue "This year's cases", item 8).

Each test pins one correction, in English and in the Spanish translation where the case has one,
so that the old wording cannot come back unnoticed.
"""

from __future__ import annotations

import re
from functools import cache

from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import Case, CaseBundle
from w4r_desktop.core.paths import default_bundle_path


@cache
def shipped() -> CaseBundle:
    return load_bundle(default_bundle_path())


def case(case_id: str) -> Case:
    return shipped().case(case_id)


def english_texts(one: Case) -> list[str]:
    """Every English text of a case that a leader or volunteer reads."""
    data = one.data
    texts = [data.name, data.headline, data.summary, data.ask, data.status or "", *data.personal]
    for target in data.appeal:
        texts += [target.title, target.salutation, *target.address, *target.talking_points]
        texts += [target.sample_letter or "", target.source or ""]
    for channel in data.solidarity:
        texts += [*channel.rules, channel.instructions or "", channel.greetings.get("en", "")]
    return texts


def spanish_texts(one: Case) -> list[str]:
    translation = one.data.translations["es"]
    return [text or "" for text in (translation.headline, translation.summary, translation.ask, translation.status)]


def test_rung_was_granted_bail_on_6_may_2021() -> None:
    rung = case("panusaya-sithijirawattanakul")
    assert "6 May 2021" in rung.text("summary", "en")
    assert "30 April" not in " ".join(english_texts(rung))
    assert "6 de mayo de 2021" in rung.text("summary", "es")
    assert "30 de abril" not in " ".join(spanish_texts(rung))


def test_rungs_ask_is_amnestys_drop_the_charges_against_her() -> None:
    rung = case("panusaya-sithijirawattanakul")
    assert rung.text("ask", "en") == 'Drop all charges against Panusaya "Rung" Sithijirawattanakul.'
    assert rung.text("ask", "es") == 'Que retiren todos los cargos contra Panusaya "Rung" Sithijirawattanakul.'
    assert not any("other peaceful protesters" in text for text in english_texts(rung))


def test_wendys_texts_do_not_say_the_police_shot_her() -> None:
    wendy = case("wendy-galarza")
    for text in english_texts(wendy):
        # "shots" (fired into the air) is what the sources say; "shot" (her) and "opened fire" are not.
        assert not re.search(r"\bshot\b|opened fire", text, re.IGNORECASE), text
    for text in spanish_texts(wendy):
        assert not re.search(r"abri[óo] fuego|recibi[óo] disparos", text, re.IGNORECASE), text
    assert "into the air" in wendy.text("summary", "en") and "bullet wounds" in wendy.text("summary", "en")
    assert "al aire" in wendy.text("summary", "es") and "heridas de bala" in wendy.text("summary", "es")


def test_jannas_target_is_marked_unverified_where_it_is_read() -> None:
    [target] = case("janna-jihad").appeal
    assert target.verified is False
    assert "not verified" in target.title
    assert target.source is not None and "unverified" in target.source
    assert target.title.startswith("Minister of Defence of Israel")  # no invented alternative


def test_spheres_target_is_a_placeholder_and_says_so() -> None:
    [target] = case("sphere").appeal
    assert target.verified is False
    assert "to be confirmed" in target.title
    assert "placeholder" in " ".join(target.address).lower()
    assert target.source is not None and "placeholder" in target.source


def test_bernardos_appeal_goes_to_the_attorney_general_of_guatemala() -> None:
    bernardo = case("bernardo-caal-xol")
    [target] = bernardo.appeal
    assert "Attorney General of Guatemala" in target.title
    assert target.verified is False  # the street address is still unverified
    # The 2021 case text that names the Attorney General of Guatemala is among the sources.
    assert any("write-for-rights-cases/bernado" in source for source in bernardo.data.sources)


def test_mohamed_baker_was_released_in_2023() -> None:
    baker = case("mohamed-baker")
    assert "2023" in baker.text("status", "en")
    assert "2023" in baker.text("status", "es")
    for language in ("en", "es"):
        ask = baker.text("ask", language)
        assert "2021" in ask and "2023" in ask, ask
        assert "2023" in baker.text("summary", language)
    [target] = baker.appeal
    assert "2023" in target.talking_points[0] and "2021" in target.talking_points[0]


def test_ciham_alis_story_claims_no_order_of_events_beyond_the_sources() -> None:
    ciham = case("ciham-ali")
    assert "8 December 2012" in ciham.text("summary", "en")
    assert "Soon afterwards" not in ciham.text("summary", "en")
    assert "Poco después" not in ciham.text("summary", "es")
