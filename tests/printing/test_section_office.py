"""A channel posted through the section's office: Amnistie Canada forwards cards from its Montréal
office, so the envelope goes there, with the person's name and "c/o" the office."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.printing.pdf_reading import text
from w4r_desktop.core import paths
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.loading import BundleInvalid, load_bundle
from w4r_desktop.core.letters import draft_letter
from w4r_desktop.printing.batch import render_batch

OFFICE = """
[section_office]
name = "Amnistie internationale Canada francophone"
address = ["50, rue Ste-Catherine Ouest, bureau 500", "Montreal QC H2X 3V4"]
country = "CA"
"""


def _bundle(tmp_path: Path, office: bool = True) -> Path:
    folder = tmp_path / "bundle"
    shutil.copytree(paths.default_bundle_path(), folder)
    case = folder / "zhang-zhan.toml"
    text_ = case.read_text(encoding="utf-8")
    start = text_.index('[[solidarity]]\nchannel = "postal"')
    end = text_.index("rules = [", start)
    case.write_text(
        text_[:start]
        + '[[solidarity]]\nchannel = "postal"\nrecipient = "Zhang Zhan"\nvia_section = true\n'
        + text_[end:],
        encoding="utf-8",
    )
    if office:
        info = folder / "bundle.toml"
        body = info.read_text(encoding="utf-8")
        cut = body.index("\n[")
        info.write_text(body[:cut] + "\n" + OFFICE + body[cut:], encoding="utf-8")
    return folder


def test_the_envelope_goes_to_the_sections_office(tmp_path: Path) -> None:
    loaded = load_bundle(_bundle(tmp_path))
    zhang = loaded.case("zhang-zhan")
    message = draft_letter(loaded, zhang, LetterKind.SOLIDARITY).with_changes(body="Stay strong.", sender_name="Ana")
    assert message.recipient.lines[:2] == ("Zhang Zhan", "c/o Amnistie internationale Canada francophone")
    envelope = text(render_batch([message]).envelopes_pdf)
    assert "C/O AMNISTIE INTERNATIONALE CANADA FRANCOPHONE" in envelope
    assert "MONTREAL QC H2X 3V4" in envelope and "CANADA" in envelope
    assert "SHANGHAI" not in envelope


def test_a_channel_via_the_office_needs_the_office(tmp_path: Path) -> None:
    with pytest.raises(BundleInvalid, match=r"via_section: needs \[section_office\] in bundle.toml"):
        load_bundle(_bundle(tmp_path, office=False))
