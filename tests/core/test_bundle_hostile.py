"""Hostile and careless case bundles: each gets one clear problem, quickly, and nothing is loaded."""

from __future__ import annotations

import struct
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bundles import BUNDLE_TOML, CASE_TOML
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.problems import BundleInvalid

MakeBundle = Callable[..., Path]


def problems_of(path: Path) -> str:
    with pytest.raises(BundleInvalid) as raised:
        load_bundle(path)
    return str(raised.value)


def png(width: int, height: int) -> bytes:
    """A PNG header claiming `width` x `height` pixels (all a loader may read before refusing it)."""
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + header
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))


def zipped(tmp_path: Path, members: list[tuple[str, bytes]]) -> Path:
    target = tmp_path / "bundle.zip"
    with zipfile.ZipFile(target, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return target


def test_a_deeply_nested_file_is_refused_not_a_crash(make_bundle: MakeBundle) -> None:
    deep = BUNDLE_TOML + "deep = " + "[" * 100_000 + "]" * 100_000 + "\n"
    assert "nested too deeply" in problems_of(make_bundle({"bundle.toml": deep}))


def test_a_key_of_sixty_thousand_parts_is_refused_at_once(make_bundle: MakeBundle) -> None:
    dotted = CASE_TOML + "a" + ".a" * 60_000 + " = 1\n"
    started = time.perf_counter()
    text = problems_of(make_bundle({"zhang-zhan.toml": dotted}))
    assert time.perf_counter() - started < 5  # tomllib takes a minute over it
    assert "too many parts" in text


def test_a_zip_with_a_bad_checksum_is_refused(tmp_path: Path) -> None:
    target = zipped(tmp_path, [("bundle.toml", BUNDLE_TOML.encode()), ("zhang-zhan.toml", CASE_TOML.encode())])
    data = bytearray(target.read_bytes())
    where = data.find(b"campaign")
    data[where] ^= 0x20  # one flipped letter: the stored CRC no longer matches
    target.write_bytes(bytes(data))
    assert "damaged" in problems_of(target)


def test_a_zip_with_two_members_of_one_name_is_refused(tmp_path: Path) -> None:
    evil = CASE_TOML.replace("Zhang Zhan", "Someone Else")
    with pytest.warns(UserWarning, match="Duplicate name"):
        target = zipped(
            tmp_path,
            [
                ("bundle.toml", BUNDLE_TOML.encode()),
                ("zhang-zhan.toml", CASE_TOML.encode()),
                ("zhang-zhan.toml", evil.encode()),
            ],
        )
    assert "more than once" in problems_of(target)


@pytest.mark.parametrize(
    "text",
    [
        "Jailed for reporting\u202e on Covid-19",  # right-to-left override
        "Jailed for reporting\u2066 on Covid-19",  # left-to-right isolate
        "Jailed for\x07 reporting",  # a bell
        "Jailed for\x1b[31m reporting",  # a terminal escape
    ],
)
def test_text_with_control_or_bidi_override_characters_is_refused(make_bundle: MakeBundle, text: str) -> None:
    escaped = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in text)  # TOML's own escapes
    case = CASE_TOML.replace('headline = "Jailed for reporting on Covid-19 in Wuhan"', f'headline = "{escaped}"')
    message = problems_of(make_bundle({"zhang-zhan.toml": case}))
    assert "headline" in message and "control" in message
    # The message shows the character escaped, never the character itself.
    assert not any(ch in message for ch in "\u202e\u2066\x07\x1b")


def test_an_address_line_with_a_line_break_is_refused(make_bundle: MakeBundle) -> None:
    case = CASE_TOML.replace('address = ["Xichengqu",', 'address = ["Xicheng\\nqu",')
    assert "appeal[0].address[0]" in problems_of(make_bundle({"zhang-zhan.toml": case}))


def test_a_year_written_as_text_is_an_error_not_converted(make_bundle: MakeBundle) -> None:
    text = problems_of(make_bundle({"bundle.toml": BUNDLE_TOML.replace("year = 2021", 'year = "2021"')}))
    assert "bundle.toml: year" in text


def test_verified_written_as_text_is_an_error(make_bundle: MakeBundle) -> None:
    case = CASE_TOML.replace("verified = true", 'verified = "yes"')
    assert "appeal[0].verified" in problems_of(make_bundle({"zhang-zhan.toml": case}))


def test_a_file_saved_by_notepad_with_a_bom_loads(make_bundle: MakeBundle) -> None:
    bundle = load_bundle(make_bundle({"bundle.toml": ("\ufeff" + BUNDLE_TOML).encode("utf-8")}))
    assert bundle.info.year == 2021


def test_a_photo_of_huge_pixel_dimensions_is_refused(make_bundle: MakeBundle) -> None:
    case = 'photo = "zhang.png"\n' + CASE_TOML
    text = problems_of(make_bundle({"zhang-zhan.toml": case, "zhang.png": png(8000, 8000)}))
    assert "8000 × 8000" in text


def test_a_photo_of_ordinary_size_loads(make_bundle: MakeBundle) -> None:
    case = 'photo = "zhang.png"\n' + CASE_TOML
    bundle = load_bundle(make_bundle({"zhang-zhan.toml": case, "zhang.png": png(600, 800)}))
    assert bundle.cases[0].photo is not None


def test_a_huge_unknown_key_is_echoed_cut_short(make_bundle: MakeBundle) -> None:
    key = "k" * 200_000
    text = problems_of(make_bundle({"bundle.toml": BUNDLE_TOML + f"{key} = 1\n"}))
    assert "unknown key" in text
    assert len(text) < 1_000
