"""Many laptops counting into one PostgreSQL server: exact totals, offline counting, nothing twice."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.server.postgres import PostgresServer
from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.server import ServerUnavailable, server_totals, sync_with_server


def laptop(folder: Path) -> Tally:
    return Tally(open_database(folder))


def test_two_laptops_share_their_counts_through_the_server(tmp_path: Path, server_url: str) -> None:
    first, second = laptop(tmp_path / "first"), laptop(tmp_path / "second")
    for _ in range(3):
        first.record("zhang-zhan", TallyKind.APPEAL, 0)
    report = sync_with_server(first, server_url)
    assert (report.sent, report.received, report.letters) == (3, 0, 3)

    report = sync_with_server(second, server_url)  # a fresh laptop joins the server's event
    assert second.event_id == first.event_id
    assert (report.sent, report.received, report.letters) == (0, 3, 3)
    mistake = second.record("sphere", TallyKind.CARD, quantity=4)
    report = sync_with_server(second, server_url)
    assert (report.sent, report.received, report.letters) == (1, 0, 7)
    second.void(mistake)
    sync_with_server(second, server_url)
    report = sync_with_server(first, server_url)
    assert report.letters == 3
    assert first.event_totals() == second.event_totals() == {TallyKind.APPEAL: 3}
    # Sending and receiving again counts nothing twice.
    again = sync_with_server(first, server_url)
    assert (again.sent, again.received, again.letters) == (0, 0, 3)


def test_a_laptop_of_another_event_with_letters_is_refused(tmp_path: Path, server_url: str) -> None:
    first, other = laptop(tmp_path / "first"), laptop(tmp_path / "other")
    first.record("zhang-zhan", TallyKind.APPEAL, 0)
    other.record("zhang-zhan", TallyKind.APPEAL, 0)
    sync_with_server(first, server_url)
    with pytest.raises(UserError, match="another event"):
        sync_with_server(other, server_url)
    assert server_totals(server_url, first.event_id) == {TallyKind.APPEAL: 1}


def test_an_unreachable_server_is_one_clear_message_and_changes_nothing(tmp_path: Path) -> None:
    tally = laptop(tmp_path / "alone")
    tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    with pytest.raises(ServerUnavailable, match="cannot be reached"):
        sync_with_server(tally, "postgresql://w4r@127.0.0.1:9/nothing")
    assert tally.record_count() == 1
    with pytest.raises(UserError, match="must be PostgreSQL"):
        sync_with_server(tally, "sqlite:///elsewhere.db")


STATION = """
import sys, time
from pathlib import Path
from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.server import ServerUnavailable, sync_with_server

folder, url, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
tally = Tally(open_database(folder))
cases = ["zhang-zhan", "sphere", "wendy-galarza"]
failed = 0
for number in range(count):
    tally.record(cases[number % 3], "appeal" if number % 2 else "solidarity", 0)
    if number % 50 == 49:
        try:
            sync_with_server(tally, url)
        except ServerUnavailable:
            failed += 1  # the server is away: go on counting here, send it later
deadline = time.monotonic() + 120
while True:
    try:
        sync_with_server(tally, url)
        break
    except ServerUnavailable:
        if time.monotonic() > deadline:
            raise
        time.sleep(0.5)
print("failed syncs:", failed)
"""


def _stations(tmp_path: Path, url: str, count: int) -> list[subprocess.Popen[str]]:
    return [
        subprocess.Popen(
            [sys.executable, "-c", STATION, str(tmp_path / f"station-{number}"), url, str(count)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "W4R_LOG_LEVEL": "ERROR"},
        )
        for number in range(3)
    ]


def _finish(processes: list[subprocess.Popen[str]]) -> list[str]:
    outputs = []
    for process in processes:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err[-3000:]
        outputs.append(out)
    return outputs


def _check_totals(tmp_path: Path, url: str, expected: int) -> None:
    first = laptop(tmp_path / "station-0")
    report = sync_with_server(first, url)  # brings back what the others sent after it finished
    assert report.letters == expected
    totals = server_totals(url, first.event_id)
    assert totals == {TallyKind.APPEAL: expected // 2, TallyKind.SOLIDARITY: expected // 2}
    for number in range(3):
        tally = laptop(tmp_path / f"station-{number}")
        sync_with_server(tally, url)
        assert tally.letters_written() == expected
        assert len(set(tally.event_ids())) == 1
    # And the campaign report of any laptop says the same.
    from tests.bundles import SHIPPED_2021
    from w4r_desktop.core.bundle.loading import load_bundle
    from w4r_desktop.core.tally.report import campaign_report, write_report_csv

    path = write_report_csv(campaign_report(first, load_bundle(SHIPPED_2021)), tmp_path / "report.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert str(expected) in text
    assert list(csv.reader(text.splitlines()))


def test_three_laptops_counting_at_once_give_exact_totals(tmp_path: Path, server_url: str) -> None:
    # The first laptop makes the server's event; the others join it before counting.
    seed = laptop(tmp_path / "station-0")
    sync_with_server(seed, server_url)
    for number in (1, 2):
        sync_with_server(laptop(tmp_path / f"station-{number}"), server_url)
    _finish(_stations(tmp_path, server_url, 1000))
    _check_totals(tmp_path, server_url, 3000)


def test_the_server_killed_mid_way_loses_nothing(tmp_path: Path, server_url: str, postgres: PostgresServer) -> None:
    seed = laptop(tmp_path / "station-0")
    sync_with_server(seed, server_url)
    for number in (1, 2):
        sync_with_server(laptop(tmp_path / f"station-{number}"), server_url)
    processes = _stations(tmp_path, server_url, 1000)
    time.sleep(2)
    postgres.stop("immediate")  # as if the server lost power
    time.sleep(3)
    postgres.start()
    outputs = _finish(processes)
    assert any("failed syncs: 0" not in out for out in outputs), outputs  # the cut was felt
    _check_totals(tmp_path, server_url, 3000)


def test_the_command_line_syncs_with_the_server(
    tmp_path: Path, server_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.__main__ import main

    monkeypatch.setenv("W4R_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("W4R_DATABASE_URL", raising=False)
    assert main(["tally", "server-sync"]) == 2  # no server named: one line saying how to name one
    assert "--database-url" in capsys.readouterr().err
    assert main(["tally", "add", "--case", "zhang-zhan", "--kind", "appeal"]) == 0
    assert main(["tally", "server-sync", "--database-url", server_url]) == 0
    out = capsys.readouterr().out
    assert "sent 1 records, received 0; the event counts 1 letters and cards" in out


def _raw(url: str):  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))


def test_a_late_commit_is_not_passed_over(tmp_path: Path, server_url: str) -> None:
    import sqlalchemy as sa

    first, second, third = (laptop(tmp_path / name) for name in ("first", "second", "third"))
    sync_with_server(first, server_url)
    sync_with_server(second, server_url)
    sync_with_server(third, server_url)
    slow = _raw(server_url)
    held = slow.connect()
    transaction = held.begin()  # a slow laptop: its transaction starts, writes, and waits
    held.execute(
        sa.text(
            "INSERT INTO shared_record (id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day) "
            "VALUES ('0b7e1a8e-0000-4000-8000-000000000001', :event, 'sphere', 'card', NULL, 5, "
            "'0b7e1a8e-0000-4000-8000-0000000000aa', '2026-12-10T10:00:00+00:00', '2026-12-10')"
        ),
        {"event": first.event_id},
    )
    second.record("zhang-zhan", TallyKind.APPEAL, 0)
    sync_with_server(second, server_url)  # commits after the slow one began
    sync_with_server(third, server_url)  # sees second's row, must not move past the slow one's
    transaction.commit()
    held.close()
    slow.dispose()
    sync_with_server(third, server_url)
    assert third.event_totals() == {TallyKind.APPEAL: 1, TallyKind.CARD: 5}


def test_a_bad_row_on_the_server_holds_up_nobody(tmp_path: Path, server_url: str) -> None:
    import sqlalchemy as sa

    first, second = laptop(tmp_path / "first"), laptop(tmp_path / "second")
    sync_with_server(first, server_url)
    sync_with_server(second, server_url)
    engine = _raw(server_url)
    with engine.begin() as connection:  # a correction of a record of some other event
        connection.execute(
            sa.text(
                "INSERT INTO shared_record (id, event_id, case_id, kind, target, quantity, station_id, recorded_at, "
                "day, voids) VALUES ('0b7e1a8e-0000-4000-8000-000000000002', '0b7e1a8e-0000-4000-8000-0000000000ee', "
                "'sphere', 'card', NULL, 1, '0b7e1a8e-0000-4000-8000-0000000000bb', '2026-12-10T10:00:00+00:00', "
                "'2026-12-10', '0b7e1a8e-0000-4000-8000-000000000003')"
            )
        )
    engine.dispose()
    first.record("zhang-zhan", TallyKind.APPEAL, 0)
    assert sync_with_server(first, server_url).sent == 1
    assert sync_with_server(second, server_url).received == 1
    assert second.event_totals() == {TallyKind.APPEAL: 1}


def test_marks_belong_to_one_server_and_one_database(tmp_path: Path, server_url: str, postgres: PostgresServer) -> None:
    import shutil

    tally = laptop(tmp_path / "first")
    tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    sync_with_server(tally, server_url)
    backup = tmp_path / "backup"
    shutil.copytree(tmp_path / "first", backup)
    # The rehearsal's database is dropped and made again: the new server gets everything.
    engine = _raw(server_url)
    with engine.begin() as connection:
        import sqlalchemy as sa

        connection.execute(sa.text("DROP SCHEMA public CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()
    assert sync_with_server(tally, server_url).sent == 1
    tally.record("sphere", TallyKind.APPEAL, 0)
    tally.record("sphere", TallyKind.APPEAL, 0)
    sync_with_server(tally, server_url)
    tally.db.close()
    # The laptop's database is put back from an older copy, beside the newer marks file: what it
    # counts from then on is still sent.
    newer_marks = (tmp_path / "first" / "server-sync.json").read_text()
    shutil.rmtree(tmp_path / "first")
    shutil.copytree(backup, tmp_path / "first")
    (tmp_path / "first" / "server-sync.json").write_text(newer_marks)
    restored = laptop(tmp_path / "first")
    restored.record("wendy-galarza", TallyKind.APPEAL, 0)
    sync_with_server(restored, server_url)
    assert server_totals(server_url, restored.event_id) == {TallyKind.APPEAL: 4}


def test_two_fresh_laptops_at_once_make_one_event(tmp_path: Path, server_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    laptops = [laptop(tmp_path / f"l{number}") for number in range(4)]
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda tally: sync_with_server(tally, server_url), laptops))
    assert len({tally.event_id for tally in laptops}) == 1


def test_a_mistyped_address_is_one_clear_message(tmp_path: Path) -> None:
    from w4r_desktop.core.errors import UserError

    tally = laptop(tmp_path / "alone")
    with pytest.raises(UserError, match="not a database address"):
        sync_with_server(tally, "postgresql://w4r:secret@server:abc/db")
    with pytest.raises(ServerUnavailable) as raised:
        sync_with_server(tally, "postgresql://w4r:s3cr3t@127.0.0.1:9/none")
    assert "s3cr3t" not in str(raised.value)


def _constraints(url: str) -> set[str]:
    import sqlalchemy as sa

    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text("SELECT conname FROM pg_constraint WHERE conrelid = 'shared_record'::regclass")
            )
            return {name for (name,) in rows}
    finally:
        engine.dispose()


def test_a_kind_is_the_registrys_on_the_server_too(tmp_path: Path, server_url: str) -> None:
    """A server made before revision 0003 listed the six first kinds twice; after it, any word is
    stored (the laptops' one entry decides which words are kinds), and a non-word still is not."""
    import sqlalchemy as sa

    first = laptop(tmp_path / "first")
    first.record("zhang-zhan", TallyKind.APPEAL, 0)
    sync_with_server(first, server_url)  # makes the tables, at the newest revision
    engine = sa.create_engine(server_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as connection:  # as a server made by revision 0002 was
            connection.execute(sa.text("ALTER TABLE shared_record DROP CONSTRAINT ck_shared_record_kind_word"))
            connection.execute(
                sa.text(
                    "ALTER TABLE shared_record ADD CONSTRAINT kind CHECK (kind IN ('appeal','solidarity',"
                    "'handwritten','card','signature','participant'))"
                )
            )
            connection.execute(sa.text("UPDATE w4r_schema_version SET version_num = '0002'"))
        sync_with_server(first, server_url)  # upgrades it
        assert "kind" not in _constraints(server_url)
        assert "ck_shared_record_kind_word" in _constraints(server_url)
        insert = (
            "INSERT INTO shared_record (id, event_id, case_id, kind, quantity, station_id, recorded_at, day) "
            "VALUES (gen_random_uuid()::text, :event, 'zhang-zhan', :kind, 1, gen_random_uuid()::text, "
            "'2026-12-10T10:00:00+00:00', '2026-12-10')"
        )
        with engine.begin() as connection:
            connection.execute(sa.text(insert), {"event": first.event_id, "kind": "online"})
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
            connection.execute(sa.text(insert), {"event": first.event_id, "kind": "'; DROP"})
    finally:
        engine.dispose()
