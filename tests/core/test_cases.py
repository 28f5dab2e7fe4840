"""Case bundles: strict validation, every problem at once, nothing half-loaded."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bundles import BUNDLE_TOML, CASE_TOML
from w4r_desktop.core.bundle.format import FORMAT_VERSION, LetterKind
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.problems import BundleInvalid
from w4r_desktop.core.paths import default_bundle_path

MakeBundle = Callable[..., Path]


def problems_of(path: Path) -> list[str]:
    with pytest.raises(BundleInvalid) as caught:
        load_bundle(path)
    return [str(problem) for problem in caught.value.problems]


def test_small_bundle_loads(small_bundle: Path) -> None:
    bundle = load_bundle(small_bundle)
    case = bundle.case("zhang-zhan")
    assert case.name == "Zhang Zhan"
    assert case.paragraphs == ["First paragraph.", "Second paragraph."]
    assert case.appeal[0].addressee == ["Xi Jinping", "President of the People's Republic of China"]
    assert case.postal_solidarity is not None
    assert case.text("headline", "es").startswith("Encarcelada")
    assert case.text("ask", "es") == case.data.ask  # not translated: falls back
    assert bundle.tips(LetterKind.SOLIDARITY) == ["Do not mention Amnesty."]
    assert [what for _, what in bundle.unverified()] == ["solidarity[0]: postal"]


def test_shipped_2021_bundle_is_valid() -> None:
    bundle = load_bundle(default_bundle_path())
    assert bundle.info.year == 2021
    assert len(bundle.cases) == 10
    for case in bundle.cases:
        for target in case.appeal:
            assert target.sample_letter, f"{case.id} needs a sample letter"


def test_missing_salutation(make_bundle: MakeBundle) -> None:
    root = make_bundle({"zhang-zhan.toml": CASE_TOML.replace('salutation = "Dear President Xi"\n', "")})
    assert problems_of(root) == ["zhang-zhan.toml: appeal[0].salutation: required, but missing"]


def test_unknown_key(make_bundle: MakeBundle) -> None:
    root = make_bundle({"zhang-zhan.toml": CASE_TOML.replace('status = "imprisoned"', 'statsu = "imprisoned"')})
    assert problems_of(root) == ["zhang-zhan.toml: statsu: unknown key (a typo?)"]


def test_unknown_country(make_bundle: MakeBundle) -> None:
    root = make_bundle({"zhang-zhan.toml": CASE_TOML.replace('country = "CN"\nheadline', 'country = "XX"\nheadline')})
    [problem] = problems_of(root)
    assert problem.startswith("zhang-zhan.toml: country: unknown country code 'XX'")


def test_empty_address(make_bundle: MakeBundle) -> None:
    case = CASE_TOML.replace('address = ["Xichengqu", "Beijing Shi 100017"]', "address = []")
    root = make_bundle({"zhang-zhan.toml": case})
    assert problems_of(root) == ["zhang-zhan.toml: appeal[0].address: must have at least one line"]


def test_photo_that_is_not_an_image(make_bundle: MakeBundle) -> None:
    case = CASE_TOML.replace('status = "imprisoned"', 'status = "imprisoned"\nphoto = "photos/zhang-zhan.jpg"')
    root = make_bundle({"zhang-zhan.toml": case, "photos/zhang-zhan.jpg": b"<html>not a picture</html>"})
    assert problems_of(root) == ["zhang-zhan.toml: photo: photos/zhang-zhan.jpg is not a PNG or JPEG image"]


def test_photo_outside_the_bundle(make_bundle: MakeBundle) -> None:
    case = CASE_TOML.replace('status = "imprisoned"', 'status = "imprisoned"\nphoto = "../secret.png"')
    assert problems_of(make_bundle({"zhang-zhan.toml": case})) == [
        "zhang-zhan.toml: photo: must be a path inside the bundle"
    ]


def test_future_format(make_bundle: MakeBundle) -> None:
    newer = FORMAT_VERSION + 1
    root = make_bundle({"bundle.toml": BUNDLE_TOML.replace("format = 1", f"format = {newer}") + "\nnew_thing = 1\n"})
    [problem] = problems_of(root)
    assert problem.startswith(f"bundle.toml: format: version {newer} is newer than this W4R Desktop understands")


def test_broken_toml(make_bundle: MakeBundle) -> None:
    root = make_bundle({"zhang-zhan.toml": CASE_TOML.replace('name = "Zhang Zhan"', 'name = "Zhang Zhan')})
    [problem] = problems_of(root)
    assert problem.startswith("zhang-zhan.toml: toml: not valid TOML")


def test_every_problem_at_once(make_bundle: MakeBundle) -> None:
    broken = CASE_TOML.replace('salutation = "Dear President Xi"\n', "").replace("statsu", "x")
    other = CASE_TOML.replace('country = "CN"\nheadline', 'country = "ZZ"\nheadline')
    root = make_bundle({"zhang-zhan.toml": broken, "other-case.toml": other, "Bad_Name.toml": CASE_TOML})
    found = problems_of(root)
    assert len(found) == 3
    assert any(p.startswith("Bad_Name.toml") for p in found)
    assert any(p.startswith("other-case.toml: country") for p in found)
    assert any(p.startswith("zhang-zhan.toml: appeal[0].salutation") for p in found)


def test_postal_channel_needs_address(make_bundle: MakeBundle) -> None:
    case = CASE_TOML.replace('recipient = "Zhang Zhan"\n', "")
    [problem] = problems_of(make_bundle({"zhang-zhan.toml": case}))
    assert problem == "zhang-zhan.toml: solidarity[0]: a postal channel needs recipient"


def zip_bundle(folder: Path, target: Path, extra: dict[str, bytes] | None = None, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, prefix + path.relative_to(folder).as_posix())
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return target


def test_zip_bundle_loads(small_bundle: Path, tmp_path: Path) -> None:
    assert len(load_bundle(zip_bundle(small_bundle, tmp_path / "b.zip")).cases) == 1
    # "Compress folder" puts everything inside one top folder.
    assert len(load_bundle(zip_bundle(small_bundle, tmp_path / "c.zip", prefix="2021/")).cases) == 1


def test_zip_with_parent_path(small_bundle: Path, tmp_path: Path) -> None:
    archive = zip_bundle(small_bundle, tmp_path / "evil.zip", {"../evil.toml": b"x = 1"})
    assert problems_of(archive) == ["evil.zip: ../evil.toml: paths may not point outside the bundle ('..')"]


def test_zip_with_absolute_path(small_bundle: Path, tmp_path: Path) -> None:
    archive = zip_bundle(small_bundle, tmp_path / "abs.zip", {"/etc/passwd": b"x"})
    assert problems_of(archive) == ["abs.zip: /etc/passwd: absolute paths are not allowed"]


def test_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"hello")
    [problem] = problems_of(fake)
    assert problem.startswith("fake.zip: not a readable .zip file")


def test_missing_bundle_toml(make_bundle: MakeBundle) -> None:
    assert problems_of(make_bundle({"bundle.toml": None})) == ["bundle.toml: missing: every bundle needs a bundle.toml"]


def test_language_codes_match_pycountry() -> None:
    import pycountry

    from w4r_desktop.core.bundle.fields import ISO_639_1

    assert frozenset(language.alpha_2 for language in pycountry.languages if hasattr(language, "alpha_2")) == ISO_639_1


def test_unknown_language(make_bundle: MakeBundle) -> None:
    case = CASE_TOML.replace('languages = ["en", "zh"]\ntalking', 'languages = ["en", "xx"]\ntalking')
    [problem] = problems_of(make_bundle({"zhang-zhan.toml": case}))
    assert problem == "zhang-zhan.toml: appeal[0].languages[1]: unknown language code 'xx' (use ISO 639-1, e.g. 'en')"


def test_a_rule_for_a_message_on_paper_does_not_speak_of_a_card() -> None:
    """The kiosk shows a channel's rules beside a message written on paper: "use a card" misleads."""
    from tests.bundles import SHIPPED_2021
    from w4r_desktop.core.bundle.loading import load_bundle

    for case in load_bundle(SHIPPED_2021).cases:
        for channel in case.data.solidarity:
            for rule in channel.rules:
                assert "Use a card" not in rule, (case.id, rule)
