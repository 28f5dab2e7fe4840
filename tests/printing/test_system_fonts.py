"""A character none of the bundled faces has prints in a face of the computer's own, when it has one."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.printing.pdf_reading import text, used_fonts
from w4r_desktop.core.letters import Letter
from w4r_desktop.printing import fonts, system_fonts
from w4r_desktop.printing.letter import render_letter

TIBETAN = "བོད་ཡིག"  # Debian's fonts-noto-core has Noto Serif Tibetan, with TrueType outlines
SYSTEM_TIBETAN = Path("/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf")


@pytest.fixture
def system_fonts_on(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(system_fonts, "enabled", True)
    _forget()
    yield
    _forget()


def _forget() -> None:
    fonts._font_runs.cache_clear()
    fonts.text_width.cache_clear()
    system_fonts._fontconfig.cache_clear()
    system_fonts._folder_index.cache_clear()
    fonts._system_faces.clear()
    fonts._printable.cache_clear()


needs_tibetan = pytest.mark.skipif(not SYSTEM_TIBETAN.is_file(), reason="needs Debian's fonts-noto-core")


@needs_tibetan
def test_a_script_we_do_not_ship_prints_in_the_computers_face(letter: Letter, system_fonts_on: None) -> None:
    assert fonts.unprintable_characters(TIBETAN) == []
    pdf = render_letter(letter.with_changes(body=f"Tashi delek: {TIBETAN}"), "a4").pdf
    assert all(char in text(pdf) for char in "བོདཡག")
    assert any("Tibetan" in name for name in used_fonts(pdf))


def test_without_such_a_face_the_character_is_named(monkeypatch: pytest.MonkeyPatch, system_fonts_on: None) -> None:
    empty = Path(__file__).parent / "no-fonts.conf"
    monkeypatch.setenv("FONTCONFIG_FILE", str(empty))
    assert fonts.unprintable_characters(TIBETAN) == ["བ", "ད", "་", "ཡ", "ག"]  # the vowel signs go with them


@needs_tibetan
def test_without_fontconfig_the_font_folders_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system_fonts_on: None
) -> None:
    """Windows and macOS: no fc-list; the fonts folder is read once."""
    shutil.copy(SYSTEM_TIBETAN, tmp_path / "tibetan.ttf")
    (tmp_path / "not-a-font.ttf").write_bytes(b"nothing")
    monkeypatch.setattr(system_fonts.shutil, "which", lambda _name: None)
    monkeypatch.setattr(system_fonts, "font_folders", lambda: [tmp_path, tmp_path / "missing"])
    assert fonts.unprintable_characters(TIBETAN) == []
    assert fonts.unprintable_characters("💪") == ["💪"]
