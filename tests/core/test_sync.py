"""Sync files: export, merge as a set, conflicts, events, and hostile files that change nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from w4r_desktop.core.cells import shield, unshield
from w4r_desktop.core.db.database import Database, open_database
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import FileWriteError
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally import sync_file
from w4r_desktop.core.tally.export import export_records
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.merge import import_files
from w4r_desktop.core.tally.records import Tally, Total
from w4r_desktop.core.tally.shared_folder import station_file, sync_folder
from w4r_desktop.core.tally.sync_file import OtherEvent, SyncFileInvalid, read_sync_file

FIXED = dt.datetime(2021, 12, 10, 14, 30, tzinfo=dt.UTC)


def laptop(tmp_path: Path, name: str) -> Tally:
    return Tally(open_database(tmp_path / name), clock=lambda: FIXED)


def snapshot(tally: Tally) -> tuple[list[Total], set[tuple[object, ...]]]:
    """Totals and every record, for comparing two laptops."""
    with tally.db.engine.connect() as conn:
        rows = set(conn.exec_driver_sql(f"SELECT {', '.join(sync_file.COLUMNS)} FROM letter_record").all())
    return tally.totals(), {tuple(row) for row in rows}


@pytest.fixture
def first(tmp_path: Path) -> Tally:
    tally = laptop(tmp_path, "first")
    tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    mistake = tally.record("zhang-zhan", TallyKind.SOLIDARITY)
    tally.record("sphere", TallyKind.HANDWRITTEN, quantity=14)
    tally.void(mistake)
    return tally


def test_export_then_import_gives_the_same_totals_and_records(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    summary = export_records(first, path)
    assert summary.records == 4
    second = laptop(tmp_path, "second")
    report = import_files(second, [path])
    assert (report.read, report.added, report.duplicates, report.conflicts) == (4, 4, 0, [])
    assert snapshot(second) == snapshot(first)
    assert second.totals() == [Total("sphere", TallyKind.HANDWRITTEN, 14), Total("zhang-zhan", TallyKind.APPEAL, 1)]


def test_the_same_file_twice_counts_once(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    export_records(first, path)
    second = laptop(tmp_path, "second")
    twice = import_files(second, [path, path])  # one import naming it twice: read twice, counted once
    assert (twice.added, twice.duplicates) == (4, 4)
    again = import_files(second, [path, path])  # merged before: not even read again
    assert (again.read, again.added, again.unchanged) == (0, 0, ["first.csv", "first.csv"])
    assert second.letters_written() == 15


def test_a_file_merged_before_is_not_read_again_under_another_name(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    export_records(first, path)
    second = laptop(tmp_path, "second")
    import_files(second, [path])
    copy = tmp_path / "copied from the stick.csv"
    copy.write_bytes(path.read_bytes())
    assert import_files(second, [copy]).unchanged == [copy.name]
    first.record("zhang-zhan", TallyKind.CARD, quantity=2)
    export_records(first, path)  # new records: read again
    grown = import_files(second, [path])
    assert (grown.unchanged, grown.added) == ([], 1)


def test_the_file_carries_version_station_event_and_time(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    export_records(first, path, clock=lambda: FIXED)
    header = read_sync_file(path).header
    assert header.version == sync_file.FORMAT_VERSION
    assert header.station_id == first.station_id
    assert header.event_id == first.event_id
    assert header.exported_at == "2021-12-10T14:30:00+00:00"
    assert header.records == 4


def test_a_laptop_exports_only_its_own_records_unless_asked_for_all(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    export_records(first, path)
    second = laptop(tmp_path, "second")
    import_files(second, [path])
    second.record("sphere", TallyKind.CARD)
    assert export_records(second, tmp_path / "own.csv").records == 1
    assert export_records(second, tmp_path / "all.csv", everything=True).records == 5


def test_same_id_with_different_content_is_a_conflict_not_merged(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    export_records(first, path)
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    # Someone edits the hand count in the file: 14 becomes 41.
    edited = [line.replace(",14,", ",41,") if ",handwritten," in line else line for line in lines]
    assert edited != lines
    tampered = tmp_path / "tampered.csv"
    tampered.write_text("\r\n".join(edited) + "\r\n", encoding="utf-8")
    second = laptop(tmp_path, "second")
    import_files(second, [path])
    report = import_files(second, [tampered])
    assert len(report.conflicts) == 1
    [conflict] = report.conflicts
    assert conflict.file == "tampered.csv"
    assert conflict.ours is not None and conflict.ours.quantity == 14
    assert conflict.theirs.quantity == 41
    assert Total("sphere", TallyKind.HANDWRITTEN, 14) in second.totals()


def test_conflict_between_two_files_of_one_import_merges_neither(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    export_records(first, path)
    other = tmp_path / "other.csv"
    other.write_text(path.read_text(encoding="utf-8").replace(",14,", ",41,"), encoding="utf-8")
    second = laptop(tmp_path, "second")
    report = import_files(second, [path, other])
    assert len(report.conflicts) == 1
    assert report.added == 3
    assert second.totals() == [Total("zhang-zhan", TallyKind.APPEAL, 1)]


def test_a_new_laptop_joins_the_event_of_the_first_file_and_its_details(first: Tally, tmp_path: Path) -> None:
    settings = Settings(first.db)
    settings.set("event_name", "Library write-a-thon")
    settings.set("event_place", "Springfield")
    path = tmp_path / "first.csv"
    export_records(first, path)
    second = laptop(tmp_path, "second")
    assert second.event_id != first.event_id
    report = import_files(second, [path])
    assert report.joined_event == first.event_id
    assert second.event_id == first.event_id
    assert Tally(second.db).event_id == first.event_id, "the join is stored, not only remembered"
    assert Settings(second.db).get("event_place") == "Springfield"
    second.record("sphere", TallyKind.CARD)
    export_records(second, tmp_path / "second.csv")
    import_files(first, [tmp_path / "second.csv"])
    assert first.letters_written() == 16


def test_a_file_from_another_event_is_refused_and_changes_nothing(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    export_records(first, path)
    busy = laptop(tmp_path, "busy")
    busy.record("sphere", TallyKind.APPEAL)
    before = snapshot(busy)
    with pytest.raises(OtherEvent, match="another event"):
        import_files(busy, [path])
    assert snapshot(busy) == before
    report = import_files(busy, [path], merge_events=True)
    assert report.merged_events == [first.event_id]
    assert busy.letters_written() == 16
    assert set(busy.event_ids()) == {busy.event_id, first.event_id}


def test_merged_events_travel_with_the_files(first: Tally, tmp_path: Path) -> None:
    busy = laptop(tmp_path, "busy")
    busy.record("sphere", TallyKind.APPEAL)
    export_records(first, tmp_path / "first.csv")
    import_files(busy, [tmp_path / "first.csv"], merge_events=True)
    export_records(busy, tmp_path / "busy.csv")
    # The first laptop accepts busy's file without asking: busy already counts the first's event.
    report = import_files(first, [tmp_path / "busy.csv"])
    assert report.merged_events == [busy.event_id]
    assert first.letters_written() == busy.letters_written() == 16


def test_sync_folder_three_laptops_agree(first: Tally, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    second = laptop(tmp_path, "second")
    third = laptop(tmp_path, "third")
    sync_folder(first, stick)
    sync_folder(second, stick)  # joins the first's event
    second.record("sphere", TallyKind.APPEAL)
    sync_folder(second, stick)
    sync_folder(third, stick)
    third.record("zhang-zhan", TallyKind.CARD, quantity=3)
    for tally in (third, first, second, first):
        sync_folder(tally, stick)
    assert snapshot(first) == snapshot(second) == snapshot(third)
    assert first.letters_written() == 15 + 1 + 3
    assert len(list(stick.glob("w4r-tally-*.csv"))) == 3


def test_other_laptops_are_known_by_the_name_in_their_files(first: Tally, tmp_path: Path) -> None:
    Settings(first.db).set("station_name", "=Front desk")
    export_records(first, tmp_path / "first.csv")
    second = laptop(tmp_path, "second")
    import_files(second, [tmp_path / "first.csv"])
    names = second.station_names()
    assert names[first.station_id] == "=Front desk"
    assert second.station_id in names
    Settings(second.db).set("station_name", "=Front desk")
    names = second.station_names()
    assert names[first.station_id] == f"=Front desk ({first.station_id[:8]})", "two laptops never share a label"
    assert names[second.station_id] == f"=Front desk ({second.station_id[:8]})"


def test_sync_folder_reads_again_only_the_files_that_grew(first: Tally, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    second, third = laptop(tmp_path, "second"), laptop(tmp_path, "third")
    for tally in (first, second, third):
        tally.record("sphere", TallyKind.APPEAL)
        sync_folder(tally, stick, merge_events=True)
    for tally in (first, second, third):
        sync_folder(tally, stick)
    again = sync_folder(first, stick)
    assert sorted(again.imported.unchanged) == sorted(
        [station_file(stick, second).name, station_file(stick, third).name]
    )
    assert again.imported.read == 0
    third.record("zhang-zhan", TallyKind.CARD, quantity=6)
    sync_folder(third, stick)
    grew = sync_folder(first, stick)
    assert grew.imported.unchanged == [station_file(stick, second).name]
    assert grew.imported.added == 1
    assert first.letters_written() == second.letters_written() + 6


def _ended_pid() -> int:
    """The pid of a process that has ended (as a killed sync's would be)."""
    with subprocess.Popen([sys.executable, "-c", "pass"]) as child:
        child.wait()
    return child.pid


def test_sync_folder_clears_what_a_killed_sync_of_this_laptop_left(first: Tally, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    own = station_file(stick, first)
    leftover = stick / f".{own.name}.{_ended_pid()}.k1ll3d.tmp"
    leftover.write_text("half a file", encoding="utf-8")
    someone_elses = stick / ".w4r-tally-other.csv.x.tmp"
    someone_elses.write_text("still being written", encoding="utf-8")
    sync_folder(first, stick)
    assert not leftover.exists()
    assert someone_elses.exists()
    assert own.is_file()


def test_sync_folder_skips_a_broken_file_and_merges_the_rest(first: Tally, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    sync_folder(first, stick)
    (stick / "w4r-tally-broken.csv").write_bytes(b"\xff\xfe garbage")
    second = laptop(tmp_path, "second")
    report = sync_folder(second, stick)
    assert report.imported.added == 4
    assert len(report.skipped) == 1 and "w4r-tally-broken.csv" in report.skipped[0]


def test_missing_sync_folder_is_a_clear_error(first: Tally, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="USB stick"):
        sync_folder(first, tmp_path / "not-plugged-in")


# --- formulas ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+2", "+SUM(A1)", "-5", "@cmd", "\tx", "\rx", "'quoted", "plain", ""])
def test_shield_neutralises_formulas_and_comes_back_exactly(text: str) -> None:
    shielded = shield(text)
    assert not shielded.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert unshield(shielded) == text


def test_a_formula_case_id_is_neutralised_in_the_file_and_refused_on_import(tmp_path: Path) -> None:
    hostile = laptop(tmp_path, "hostile")
    with pytest.raises(UserError, match="case_id is not a case id"):  # refused where it is typed, too
        hostile.record('=HYPERLINK("http://evil","x")', TallyKind.APPEAL)
    # As an older version, which did not check, would have recorded it.
    good = hostile.record("zhang-zhan", TallyKind.APPEAL)
    with hostile.db.connect() as connection:
        connection.execute("UPDATE letter_record SET case_id = ? WHERE id = ?", ('=HYPERLINK("http://evil","x")', good))
        connection.commit()
    path = tmp_path / "hostile.csv"
    export_records(hostile, path)
    cells = [row[2] for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8")))][2:]
    assert cells == ['\'=HYPERLINK("http://evil","x")']
    other = laptop(tmp_path, "other")
    with pytest.raises(SyncFileInvalid, match="case_id is not a case id"):
        import_files(other, [path])
    assert other.totals() == []


# --- atomic export ----------------------------------------------------------------------------


def test_a_failed_export_leaves_the_previous_file_whole(first: Tally, tmp_path: Path) -> None:
    path = tmp_path / "first.csv"
    export_records(first, path)
    previous = path.read_bytes()
    first.record("sphere", TallyKind.CARD)

    def crash(_done: int, _total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_records(first, path, progress=crash)
    assert path.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_where_no_file_can_be_written_is_a_clear_error(first: Tally, tmp_path: Path) -> None:
    # A file where the folder should be: fails for root too, unlike a read-only folder.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(FileWriteError, match="cannot write"):
        export_records(first, blocker / "first.csv")


# --- hostile and broken files -----------------------------------------------------------------


@pytest.fixture
def good_file(first: Tally, tmp_path: Path) -> Path:
    path = tmp_path / "good.csv"
    export_records(first, path)
    return path


def _rewrite(path: Path, change: str) -> bytes:
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    if change == "wrong columns":
        lines[1] = lines[1].replace("case_id", "case")
    elif change == "bad id":
        lines[2] = "not-a-uuid" + lines[2][36:]
    elif change == "bad kind":
        cells = lines[2].split(",")
        lines[2] = ",".join([*cells[:3], "E-mail!", *cells[4:]])
    elif change == "bad quantity":
        cells = lines[2].split(",")
        lines[2] = ",".join([*cells[:5], "-1", *cells[6:]])
    elif change == "missing cell":
        lines[2] = lines[2].rsplit(",", 1)[0]
    elif change == "truncated":
        lines = [*lines[:-2], ""]
    elif change == "not a sync file":
        lines[0] = "name,address"
    elif change == "newer version":
        lines[0] = lines[0].replace("version,1", "version,9")
    elif change == "foreign event row":
        lines[2] = lines[2][:37] + "00000000-0000-4000-8000-000000000000" + lines[2][73:]
    return "\r\n".join(lines).encode("utf-8")


PROBLEMS = {
    "wrong columns": "columns should be",
    "bad id": "id is not a valid id",
    "bad kind": "kind 'E-mail!' is not a kind",
    "bad quantity": "quantity must be",
    "missing cell": "9 cells, expected 10",
    "truncated": "incomplete",
    "not a sync file": "not a W4R Desktop sync file",
    "newer version": "newer W4R Desktop",
    "foreign event row": "not the file's event",
}


@pytest.mark.parametrize("change", sorted(PROBLEMS))
def test_a_broken_file_gives_a_clear_error_and_changes_nothing(change: str, good_file: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_bytes(_rewrite(good_file, change))
    assert broken.read_bytes() != good_file.read_bytes()
    target = laptop(tmp_path, "target")
    target.record("sphere", TallyKind.APPEAL)
    import_files(target, [good_file], merge_events=True)
    before = snapshot(target)
    with pytest.raises(SyncFileInvalid) as raised:
        import_files(target, [good_file, broken], merge_events=True)
    assert PROBLEMS[change] in str(raised.value)
    assert str(raised.value).startswith("broken.csv: ")
    assert snapshot(target) == before


def test_every_problem_is_listed_one_per_line(good_file: Path, tmp_path: Path) -> None:
    rows = list(csv.reader(io.StringIO(good_file.read_bytes().decode("utf-8"), newline="")))
    rows[2][3] = "E-mail!"
    rows[3][0] = "x" + rows[3][0][1:]
    rows[5][5] = "many"
    broken = tmp_path / "broken.csv"
    with broken.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    with pytest.raises(SyncFileInvalid) as raised:
        import_files(laptop(tmp_path, "target"), [broken])
    assert [line.split(": ")[1] for line in raised.value.lines()] == ["line 3", "line 4", "line 6"]


def test_wrong_encoding_is_refused(good_file: Path, tmp_path: Path) -> None:
    utf16 = tmp_path / "utf16.csv"
    utf16.write_bytes(good_file.read_text(encoding="utf-8").encode("utf-16"))
    with pytest.raises(SyncFileInvalid, match="not UTF-8"):
        import_files(laptop(tmp_path, "target"), [utf16])


def test_bom_and_line_endings_from_a_spreadsheet_are_accepted(first: Tally, good_file: Path, tmp_path: Path) -> None:
    resaved = tmp_path / "resaved.csv"
    resaved.write_bytes(b"\xef\xbb\xbf" + good_file.read_bytes().replace(b"\r\n", b"\n"))
    target = laptop(tmp_path, "target")
    import_files(target, [resaved])
    assert snapshot(target) == snapshot(first)


def test_a_huge_file_is_refused_before_reading(
    good_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_file, "MAX_FILE_BYTES", 100)
    with pytest.raises(SyncFileInvalid, match="too large"):
        import_files(laptop(tmp_path, "target"), [good_file])


def test_a_huge_cell_is_refused(good_file: Path, tmp_path: Path) -> None:
    lines = good_file.read_bytes().decode("utf-8").split("\r\n")
    lines[2] = lines[2][:74] + '"' + "A" * 200_000 + '"' + lines[2][74:]
    broken = tmp_path / "broken.csv"
    broken.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    with pytest.raises(SyncFileInvalid, match="line 3"):
        import_files(laptop(tmp_path, "target"), [broken])


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SyncFileInvalid, match="cannot read"):
        import_files(laptop(tmp_path, "target"), [tmp_path / "nowhere.csv"])


def test_import_waits_for_the_kiosk_instead_of_failing(good_file: Path, db: Database, tmp_path: Path) -> None:
    """While the kiosk holds the write lock briefly, an import waits its turn (busy timeout)."""
    target = Tally(db)
    with db.engine.connect() as kiosk:
        kiosk.exec_driver_sql("BEGIN IMMEDIATE")
        kiosk.exec_driver_sql("INSERT INTO setting (key, value) VALUES ('x', '1')")
        kiosk.exec_driver_sql("COMMIT")
    report = import_files(target, [good_file])
    assert report.added == 4


def test_after_a_merge_the_kiosk_counts_keep_the_totals_live(first: Tally, tmp_path: Path) -> None:
    # A merge sets the totals triggers aside for its one insert: they are back for the next letter.
    second = laptop(tmp_path, "second")
    path = tmp_path / "first.csv"
    export_records(first, path)
    import_files(second, [path])
    before = second.event_totals().get(TallyKind.APPEAL, 0)
    second.record("zhang-zhan", TallyKind.APPEAL, 0)
    record_id = second.record("zhang-zhan", TallyKind.APPEAL, 0)
    second.void(record_id)
    assert second.event_totals()[TallyKind.APPEAL] == before + 1


def test_a_kind_from_a_newer_version_is_kept_and_said(good_file: Path, tmp_path: Path) -> None:
    """A laptop with a newer W4R Desktop counts kinds this one does not know (say, e-mails): their
    records are kept and passed on, the rest of the file is merged, and the report says so, instead
    of the whole file being refused."""
    rows = list(csv.reader(io.StringIO(good_file.read_bytes().decode("utf-8"), newline="")))
    rows[2][3] = rows[3][3] = "email"
    newer = tmp_path / "newer.csv"
    with newer.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    target = laptop(tmp_path, "target")
    report = import_files(target, [newer])
    assert report.added == len(rows) - 2
    assert report.unknown_kinds == {"email": 2}
    assert "2 records of a kind this version does not count (email)" in report.summary()
    assert "email" not in {total.kind for total in target.totals()}
    assert all(line.record.kind != "email" for line in target.recent())
    passed_on = tmp_path / "passed-on.csv"
    export_records(target, passed_on, everything=True)
    assert sum(",email," in line for line in passed_on.read_text(encoding="utf-8").splitlines()) == 2
    assert import_files(laptop(tmp_path, "third"), [passed_on]).unknown_kinds == {"email": 2}
