"""The campaign report CSV and the one-page PDF summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.kinds import WHOLE_EVENT, TallyKind
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.report import campaign_report, write_report_csv
from w4r_desktop.printing.summary import summary_pdf, write_summary_pdf

NOW = dt.datetime(2021, 12, 10, 18, 0, tzinfo=dt.UTC)


@pytest.fixture
def counted(db: Database) -> Tally:
    settings = Settings(db)
    settings.set("event_name", "=Library write-a-thon")
    settings.set("group_name", "Group 11")
    settings.set("event_place", "Springfield Public Library")
    settings.set("event_date", dt.date(2021, 12, 10))
    tally = Tally(db, clock=lambda: NOW)
    for _ in range(3):
        tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    tally.record("zhang-zhan", TallyKind.SOLIDARITY)
    tally.record("zhang-zhan", TallyKind.HANDWRITTEN, quantity=12)
    tally.record("sphere", TallyKind.CARD, quantity=7)
    tally.record("sphere", TallyKind.SIGNATURE, quantity=40)
    tally.record(WHOLE_EVENT, TallyKind.PARTICIPANT, quantity=31)
    wrong = tally.record("sphere", TallyKind.APPEAL)
    tally.void(wrong)
    return tally


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so spreadsheets read UTF-8"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_report_csv_has_the_event_and_one_line_per_case(
    counted: Tally, bundle_2021: CaseBundle, tmp_path: Path
) -> None:
    report = campaign_report(counted, bundle_2021, clock=lambda: NOW)
    rows = read_csv(write_report_csv(report, tmp_path / "report.csv"))
    head = {row[0]: row[1] for row in rows[1:8]}
    assert head["Event"] == "'=Library write-a-thon", "a formula in a setting is neutralised"
    assert head["Group or school"] == "Group 11"
    assert head["Place"] == "Springfield Public Library"
    assert head["Dates"] == "2021-12-10"
    assert head["Campaign"] == "Write for Rights 2021"
    columns = rows[9]
    assert columns[:4] == ["Case", "Country", "Appeal letters", "Solidarity messages"]
    lines = {row[-1]: dict(zip(columns, row, strict=True)) for row in rows[10:]}
    assert len(lines) == len(bundle_2021.cases) + 2  # every case, the whole event, the total
    zhang = lines["zhang-zhan"]
    assert (zhang["Case"], zhang["Country"]) == ("Zhang Zhan", "China")
    assert (zhang["Appeal letters"], zhang["Solidarity messages"], zhang["Hand-written letters"]) == ("3", "1", "12")
    assert zhang["All letters and cards"] == "16"
    sphere = lines["sphere"]
    assert (sphere["Appeal letters"], sphere["Cards"], sphere["Petition signatures"]) == ("0", "7", "40")
    assert lines["*"]["Participants"] == "31"
    total = lines[""]
    assert total["Case"] == "Total"
    assert (total["All letters and cards"], total["Participants"]) == ("23", "31")


def test_cases_counted_elsewhere_but_not_in_this_bundle_still_count(
    counted: Tally, bundle_2021: CaseBundle, tmp_path: Path
) -> None:
    counted.record("2022-case", TallyKind.APPEAL)
    report = campaign_report(counted, bundle_2021)
    assert report.cases[-1].case_id == "2022-case"
    assert report.letters == 24


def test_summary_pdf_is_one_page_with_the_numbers(counted: Tally, bundle_2021: CaseBundle, tmp_path: Path) -> None:
    report = campaign_report(counted, bundle_2021, clock=lambda: NOW)
    path = write_summary_pdf(report, tmp_path / "summary.pdf", "a4")
    pdf = PdfReader(path)
    assert len(pdf.pages) == 1
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)
    text = pdf.pages[0].extract_text()
    for expected in (
        "=Library write-a-thon",
        "Group 11",
        "Springfield Public Library",
        "Zhang Zhan",
        "Sphere",
        "23",
        "40",
        "31",
        "participants",
    ):
        assert expected in text


def test_summary_stays_one_page_with_many_cases_and_markup_in_names(db: Database, bundle_2021: CaseBundle) -> None:
    Settings(db).set("event_name", "<b>Bold & <i>broken")
    tally = Tally(db)
    for number in range(60):  # ids are checked (rules.py); names from a bundle may hold anything
        tally.record(f"case-{number:02d}", TallyKind.APPEAL, quantity=number + 1)
    tally.remember_case_names({f"case-{number:02d}": f"case-{number:02d} <img src='x'/>" for number in range(60)})
    pdf = PdfReader(io.BytesIO(summary_pdf(campaign_report(tally, bundle_2021), "letter")))
    assert len(pdf.pages) == 1
    text = pdf.pages[0].extract_text()
    assert "<b>Bold & <i>broken" in text
    assert "case-59" in text


def test_every_kind_counted_fits_the_summary_and_kinds_never_counted_stay_out(
    counted: Tally, bundle_2021: CaseBundle, tmp_path: Path
) -> None:
    """Online, photo and social actions get a column once counted (letter or A4, one page, nothing
    off the page); a group that only wrote letters is not shown three columns of zeros."""
    report = campaign_report(counted, bundle_2021, clock=lambda: NOW)
    text = PdfReader(io.BytesIO(summary_pdf(report, "letter"))).pages[0].extract_text()
    assert "Online" not in text and "Social media" not in text
    for kind, quantity in ((TallyKind.ONLINE, 5), (TallyKind.PHOTO, 2), (TallyKind.SOCIAL, 7)):
        counted.record("zhang-zhan", kind, quantity=quantity)
    report = campaign_report(counted, bundle_2021, clock=lambda: NOW)
    for paper in ("letter", "a4"):
        page = PdfReader(io.BytesIO(summary_pdf(report, paper))).pages
        assert len(page) == 1
        words = page[0].extract_text()
        for heading in ("Online", "Photo", "Posts", "Signatures"):
            assert heading in words


def test_a_bundle_says_which_fields_its_sections_report_asks_for(
    counted: Tally, bundle_2021: CaseBundle, tmp_path: Path
) -> None:
    """Amnesty Germany asks a group for reporter, group, town, postcode, the kind of event, the date,
    participants, letters per case and online actions: the CSV carries those, in that order, filled
    from the event's settings and the tally."""
    import dataclasses

    from w4r_desktop.core.bundle.schema import ReportForm

    settings = Settings(counted.db)
    settings.set("reporter", "Ana Ruiz")
    settings.set("city", "Springfield")
    settings.set("postcode", "62701")
    settings.set("event_type", "library")
    counted.record("zhang-zhan", TallyKind.ONLINE, quantity=9)
    form = ReportForm(
        fields=[
            "reporter", "group", "city", "postcode", "event_type", "date", "participant", "letters_per_case",
            "online",
        ]
    )  # fmt: skip
    info = dataclasses.replace(bundle_2021, info=bundle_2021.info.model_copy(update={"report": form}))
    report = campaign_report(counted, info, clock=lambda: NOW)
    rows = read_csv(write_report_csv(report, tmp_path / "report.csv"))
    assert rows[1:9] == [
        ["Reporter", "Ana Ruiz"],
        ["Group or school", "Group 11"],
        ["Town or city", "Springfield"],
        ["Postcode", "62701"],
        ["Event type", "Library"],
        ["Dates", "2021-12-10"],
        ["Participants", "31"],
        ["Online actions", "9"],
    ]
    assert rows[10][:2] == ["Case", "Country"]  # then letters per case
    assert "Online actions" in rows[10]
    words = PdfReader(io.BytesIO(summary_pdf(report, "a4"))).pages[0].extract_text()
    spots = [
        words.index(text) for text in ("Reporter", "Ana Ruiz", "Town or city", "62701", "Event type", "Online actions")
    ]
    assert spots == sorted(spots), "the form's fields in its order"
