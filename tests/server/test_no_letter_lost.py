"""No letter lost at a big event: a late laptop, a USB hand-over and bad rows on the real server."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.server.postgres import PostgresServer
from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.tally.export import export_records
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.merge import import_files
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.server import server_totals, sync_with_server
from w4r_desktop.core.tally.server_marks import held_records


def laptop(folder: Path) -> Tally:
    return Tally(open_database(folder))


def _engine(url: str) -> sa.Engine:
    return sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://"))


def _current_xid(url: str) -> int:
    engine = _engine(url)
    with engine.begin() as connection:
        value = int(connection.execute(sa.text("SELECT pg_current_xact_id()::text")).scalar_one())
    engine.dispose()
    return value


def _use_up_xids_until_just_below(url: str, power: int) -> None:
    """Spend transaction ids (one per committed transaction) until the next is a little below `power`."""
    engine = _engine(url)
    with engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT")
        current = int(connection.execute(sa.text("SELECT pg_current_xact_id()::text")).scalar_one())
        for _ in range(max(0, power - 40 - current)):
            connection.execute(sa.text("SELECT pg_current_xact_id()"))
    engine.dispose()


def test_a_late_laptop_takes_every_record_across_a_power_of_ten_of_transaction_ids(
    tmp_path: Path, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.core.tally import server

    BATCH = 5000  # as it was: the rows past the power of ten fill more than one batch
    monkeypatch.setattr(server, "PULL_BATCH", BATCH)

    first = laptop(tmp_path / "first")
    sync_with_server(first, server_url)
    power = 10 ** len(str(_current_xid(server_url)))
    _use_up_xids_until_just_below(server_url, power)
    expected = 0
    while _current_xid(server_url) < power + 5:  # one sync (a few transactions) per few records
        for _ in range(3):
            first.record("zhang-zhan", TallyKind.APPEAL, 0)
            expected += 1
        sync_with_server(first, server_url)
    for _ in range(BATCH + 100):  # more than one batch of rows past the power of ten
        first.record("sphere", TallyKind.SOLIDARITY, 0)
    sync_with_server(first, server_url)
    late = laptop(tmp_path / "late")
    report = sync_with_server(late, server_url)
    assert report.received == expected + BATCH + 100
    assert late.event_totals() == first.event_totals()
    assert late.event_totals() == {TallyKind.APPEAL: expected, TallyKind.SOLIDARITY: BATCH + 100}


def test_the_pull_reads_the_index_not_a_sort_of_the_table(tmp_path: Path, server_url: str) -> None:
    from w4r_desktop.core.tally.server import _PULL

    first = laptop(tmp_path / "first")
    sync_with_server(first, server_url)
    engine = _engine(server_url)
    with engine.begin() as connection:  # a big event's table: 200,000 rows from 2,000 transactions
        for block in range(20):
            connection.execute(
                sa.text(
                    "INSERT INTO shared_record (id, event_id, case_id, kind, quantity, station_id, recorded_at, day, "
                    "xid) "
                    "SELECT gen_random_uuid()::text, :event, 'sphere', 'card', 1, :event, "
                    "'2026-12-10T10:00:00+00:00', '2026-12-10', (n / 100 + :block * 100 + 3)::text::xid8 "
                    "FROM generate_series(1, 10000) AS n"
                ),
                {"event": first.event_id, "block": block},
            )
        connection.execute(sa.text("ANALYZE shared_record"))
        plan = "\n".join(
            row[0]
            for row in connection.exec_driver_sql(
                "EXPLAIN " + _PULL.format(batch=5000), {"xid": "500", "seq": 0, "event": first.event_id, "own": "x"}
            )
        )
    engine.dispose()
    assert "ix_shared_record_xid" in plan, plan
    assert "Sort" not in plan, plan


def test_counts_brought_by_usb_stick_reach_the_server_and_every_laptop(tmp_path: Path, server_url: str) -> None:
    connected, other = laptop(tmp_path / "connected"), laptop(tmp_path / "other")
    sync_with_server(connected, server_url)
    sync_with_server(other, server_url)
    offline = laptop(tmp_path / "offline")
    import_files(offline, [export_records(connected, tmp_path / "join.csv").path])  # joins the event by stick
    for _ in range(5):
        offline.record("sphere", TallyKind.SOLIDARITY, 0)
    offline.record("zhang-zhan", TallyKind.CARD, quantity=12)
    stick = export_records(offline, tmp_path / "stick.csv").path
    import_files(connected, [stick])
    report = sync_with_server(connected, server_url)
    assert report.sent == 6
    assert server_totals(server_url, connected.event_id) == {TallyKind.SOLIDARITY: 5, TallyKind.CARD: 12}
    sync_with_server(other, server_url)
    assert other.event_totals() == {TallyKind.SOLIDARITY: 5, TallyKind.CARD: 12}
    # The records keep the station that counted them.
    assert {line.station_id for line in other.totals_by_station()} == {offline.station_id}
    # The offline laptop connects later: nothing twice, and what came back from the server is not sent again.
    assert sync_with_server(offline, server_url).sent == 0
    assert sync_with_server(connected, server_url).sent == 0
    assert server_totals(server_url, connected.event_id) == {TallyKind.SOLIDARITY: 5, TallyKind.CARD: 12}


def _insert(url: str, rows: list[dict[str, object]]) -> None:
    engine = _engine(url)
    with engine.begin() as connection:
        # As an older or tampered server would have them: without the checks.
        checks = connection.execute(
            sa.text("SELECT conname FROM pg_constraint WHERE conrelid = 'shared_record'::regclass AND contype = 'c'")
        ).scalars()
        for name in list(checks):
            connection.execute(sa.text(f'ALTER TABLE shared_record DROP CONSTRAINT "{name}"'))
        connection.execute(
            sa.text(
                "INSERT INTO shared_record (id, event_id, case_id, kind, target, quantity, station_id, recorded_at, "
                "day, voids) VALUES (:id, :event_id, :case_id, :kind, :target, :quantity, :station_id, :recorded_at, "
                ":day, :voids)"
            ),
            rows,
        )
    engine.dispose()


def _row(event_id: str, number: int, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": f"0b7e1a8e-0000-4000-8000-{number:012d}",
        "event_id": event_id,
        "case_id": "sphere",
        "kind": "card",
        "target": None,
        "quantity": 1,
        "station_id": "0b7e1a8e-0000-4000-8000-0000000000aa",
        "recorded_at": "2026-12-10T10:00:00+00:00",
        "day": "2026-12-10",
        "voids": None,
    }
    row.update(changes)
    return row


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"day": "2026-02-30"}, "day"),
        ({"kind": "Holo gram"}, "kind"),  # (a word, "hologram", would be a newer version's kind: kept)
        ({"quantity": 2_000_000_000}, "quantity"),
        ({"case_id": "Not A Case"}, "case"),
        ({"target": -1}, "target"),
    ],
)
def test_a_bad_row_is_kept_aside_and_the_good_rows_around_it_count(
    tmp_path: Path, server_url: str, bad: dict[str, object], reason: str
) -> None:
    first, second = laptop(tmp_path / "first"), laptop(tmp_path / "second")
    sync_with_server(first, server_url)
    sync_with_server(second, server_url)
    event = first.event_id
    _insert(server_url, [_row(event, 1), _row(event, 2, **bad), _row(event, 3)])
    report = sync_with_server(second, server_url)
    assert report.received == 2
    assert len(report.held) == 1 and reason in report.held[0].lower()
    assert second.event_totals() == {TallyKind.CARD: 2}
    assert report.letters == 2  # this laptop's recount, not the server's unchecked sum
    # The row is not silently passed: the laptop keeps it aside and says so until it is looked at.
    assert len(held_records(second)) == 1
    again = sync_with_server(second, server_url)
    assert again.received == 0 and not again.held
    assert server_totals(server_url, event) == {TallyKind.CARD: 2}


def test_the_server_refuses_what_a_laptop_would_refuse(tmp_path: Path, server_url: str) -> None:
    first = laptop(tmp_path / "first")
    sync_with_server(first, server_url)
    engine = _engine(server_url)
    for bad in ({"day": "2026-02-30"}, {"target": 1000}, {"case_id": "Bad Case"}, {"id": "not-an-id"}):
        with pytest.raises(sa.exc.DBAPIError), engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO shared_record (id, event_id, case_id, kind, target, quantity, station_id, "
                    "recorded_at, day, voids) VALUES (:id, :event_id, :case_id, :kind, :target, :quantity, "
                    ":station_id, :recorded_at, :day, :voids)"
                ),
                _row(first.event_id, 9, **bad),
            )
    engine.dispose()


def test_server_sync_on_the_command_line_names_a_row_kept_aside_and_fails(
    tmp_path: Path, server_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.__main__ import main

    first = laptop(tmp_path / "first")
    first.record("sphere", TallyKind.CARD, quantity=3)
    sync_with_server(first, server_url)
    _insert(server_url, [_row(first.event_id, 5, day="2026-02-30")])  # a row no laptop would write
    monkeypatch.delenv("W4R_DATABASE_URL", raising=False)
    code = main(["tally", "server-sync", "--data-dir", str(tmp_path / "cli"), "--database-url", server_url])
    out, err = capsys.readouterr()
    assert code == 1
    assert "received 1" in out and "the event counts 3 letters and cards" in out
    assert "kept aside" in err and "day" in err
    # Said once: the next sync has nothing new to say, and succeeds.
    assert main(["tally", "server-sync", "--data-dir", str(tmp_path / "cli"), "--database-url", server_url]) == 0
    assert "1 records kept aside earlier" in capsys.readouterr().out


def test_a_newer_versions_kind_on_the_server_is_taken_in_and_said(
    tmp_path: Path, server_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop with a newer W4R Desktop counted e-mails: an older one keeps the record (and passes
    it on), counts it once updated, and says so; nothing is kept aside, the sync succeeds."""
    from w4r_desktop.__main__ import main

    first = laptop(tmp_path / "first")
    first.record("sphere", TallyKind.CARD, quantity=3)
    sync_with_server(first, server_url)
    _insert(server_url, [_row(first.event_id, 5, kind="email")])
    monkeypatch.delenv("W4R_DATABASE_URL", raising=False)
    code = main(["tally", "server-sync", "--data-dir", str(tmp_path / "cli"), "--database-url", server_url])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert "received 2" in out and "the event counts 3 letters and cards" in out
    assert "1 records of a kind this version does not count (email)" in out


def test_a_kept_aside_row_is_taken_in_by_a_version_that_knows_its_kind(
    tmp_path: Path, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.core.tally import rules, server

    first, second = laptop(tmp_path / "first"), laptop(tmp_path / "second")
    sync_with_server(first, server_url)
    sync_with_server(second, server_url)
    _insert(server_url, [_row(first.event_id, 6, kind="card", quantity=1, day="2026-13-01")])
    assert len(sync_with_server(second, server_url).held) == 1
    # A newer version's rules accept it (as one that learnt a new kind would): the next sync takes it in.
    monkeypatch.setattr(server, "record_problems", lambda values, events=None: [])
    monkeypatch.setattr(server, "batch_problems", lambda rows: {})
    report = sync_with_server(second, server_url)
    assert report.received == 1 and not held_records(second)
    assert rules.record_problems(_as_values(_row(first.event_id, 6, day="2026-13-01")))  # (the real rules refuse it)


def _as_values(row: dict[str, object]) -> tuple[object, ...]:
    from w4r_desktop.core.tally.rules import COLUMNS

    return tuple(row[column] for column in COLUMNS)


def test_the_server_killed_mid_pull_loses_nothing_and_counts_nothing_twice(
    tmp_path: Path, server_url: str, postgres: PostgresServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.core.tally import server
    from w4r_desktop.core.tally.server import ServerUnavailable

    BATCH = 1000
    monkeypatch.setattr(server, "PULL_BATCH", BATCH)

    first = laptop(tmp_path / "first")
    sync_with_server(first, server_url)
    for _ in range(2 * BATCH + 10):  # three batches to pull
        first.record("sphere", TallyKind.CARD)
    sync_with_server(first, server_url)
    late = laptop(tmp_path / "late")
    taken = server._take

    def take_then_lose_power(*arguments: object) -> None:
        taken(*arguments)  # type: ignore[arg-type]
        postgres.stop("immediate")  # after the first batch is merged, before its mark is kept

    monkeypatch.setattr(server, "_take", take_then_lose_power)
    try:
        with pytest.raises(ServerUnavailable):
            sync_with_server(late, server_url)
    finally:
        postgres.start()
    monkeypatch.setattr(server, "_take", taken)
    assert 0 < late.record_count() < 2 * BATCH + 10
    sync_with_server(late, server_url)
    assert late.event_totals() == first.event_totals() == {TallyKind.CARD: 2 * BATCH + 10}


def test_what_a_laptop_remembers_of_a_server_stays_small(tmp_path: Path, server_url: str) -> None:
    import json

    first, second = laptop(tmp_path / "first"), laptop(tmp_path / "second")
    sync_with_server(first, server_url)
    sync_with_server(second, server_url)
    for _ in range(30):  # a day of syncs, each bringing something back
        first.record("sphere", TallyKind.CARD)
        sync_with_server(first, server_url)
        second.record("sphere", TallyKind.APPEAL)
        sync_with_server(second, server_url)
    marks = json.loads((tmp_path / "second" / "server-sync.json").read_text(encoding="utf-8"))
    (kept,) = marks.values()
    assert len(kept.get("received", [])) <= 1
    assert second.event_totals() == {TallyKind.CARD: 30, TallyKind.APPEAL: 30}
    assert server_totals(server_url, first.event_id) == {TallyKind.CARD: 30, TallyKind.APPEAL: 30}


def test_a_laptop_that_counted_nothing_does_not_send_back_what_it_took(
    tmp_path: Path, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.core.tally import server_push

    counting, watching = laptop(tmp_path / "counting"), laptop(tmp_path / "watching")
    sync_with_server(counting, server_url)
    for _ in range(50):
        counting.record("sphere", TallyKind.CARD)
    sync_with_server(counting, server_url)
    assert sync_with_server(watching, server_url).received == 50  # the leader's laptop, say: it only looks
    copied: list[int] = []
    copy_in = server_push._copy_in
    monkeypatch.setattr(
        server_push, "_copy_in", lambda connection, rows: copied.append(len(rows)) or copy_in(connection, rows)
    )
    sync_with_server(watching, server_url)
    assert copied == []  # it sent all 50 back, once, for nothing
    watching.record("zhang-zhan", TallyKind.HANDWRITTEN, quantity=3)
    sync_with_server(watching, server_url)
    assert copied == [1]
    assert server_totals(server_url, watching.event_id) == {TallyKind.CARD: 50, TallyKind.HANDWRITTEN: 3}


def test_rowids_a_restored_database_reuses_are_sent(tmp_path: Path, server_url: str) -> None:
    """The rowids remembered as taken from the server name other records in a database put back
    from a backup: those records are sent, not skipped."""
    import shutil

    first, second = laptop(tmp_path / "first"), laptop(tmp_path / "second")
    sync_with_server(first, server_url)
    sync_with_server(second, server_url)
    shutil.copytree(tmp_path / "second", tmp_path / "backup")
    for _ in range(5):
        first.record("sphere", TallyKind.CARD)
    sync_with_server(first, server_url)
    sync_with_server(second, server_url)  # takes the 5 cards: their rowids are remembered
    second.db.close()
    marks = (tmp_path / "second" / "server-sync.json").read_text()
    shutil.rmtree(tmp_path / "second")
    shutil.copytree(tmp_path / "backup", tmp_path / "second")
    (tmp_path / "second" / "server-sync.json").write_text(marks)
    restored = laptop(tmp_path / "second")
    for _ in range(5):  # its own letters take the same rowids the cards had
        restored.record("zhang-zhan", TallyKind.APPEAL, 0)
    sync_with_server(restored, server_url)
    assert server_totals(server_url, first.event_id) == {TallyKind.CARD: 5, TallyKind.APPEAL: 5}


@pytest.mark.parametrize("where", ["pull", "push"])
def test_a_connection_lost_inside_a_statement_is_one_clear_message(
    tmp_path: Path, server_url: str, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """The pull and the push speak to psycopg directly (plain tuples, COPY): a server lost while
    they run is said as any lost server is, and the next sync counts everything once."""
    from w4r_desktop.core.tally import server, server_push
    from w4r_desktop.core.tally.server import ServerUnavailable

    first, second = laptop(tmp_path / "first"), laptop(tmp_path / "second")
    sync_with_server(first, server_url)
    sync_with_server(second, server_url)
    first.record("sphere", TallyKind.CARD)
    second.record("zhang-zhan", TallyKind.APPEAL, 0)
    sync_with_server(first, server_url)
    if where == "pull":  # the server ends this connection in the middle of the pull's statement
        monkeypatch.setattr(server, "_PULL", "SELECT pg_terminate_backend(pg_backend_pid()) -- {batch}")
    else:
        monkeypatch.setattr(server_push, "_INCOMING", "SELECT pg_terminate_backend(pg_backend_pid())")
    with pytest.raises(ServerUnavailable, match="cannot be reached"):
        sync_with_server(second, server_url)
    monkeypatch.undo()
    sync_with_server(second, server_url)
    sync_with_server(first, server_url)
    assert first.event_totals() == second.event_totals() == {TallyKind.CARD: 1, TallyKind.APPEAL: 1}
