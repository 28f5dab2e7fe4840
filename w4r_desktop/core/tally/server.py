"""A big event's shared PostgreSQL server: every laptop sends its records there and takes the others'.

Each laptop goes on counting in its own SQLite file, as at any event: that is what lets it count
through a network cut, and what the CSV sync and the report read. A sync with the server (every
few seconds in the console, or `w4r-desktop tally server-sync`) sends the records this laptop
counted since the last one, and brings back the records the other laptops sent, through the same
checked import as a sync file. Records are never changed, and each has a random UUID, so sending
twice or bringing back twice counts nothing twice: an `INSERT … ON CONFLICT DO NOTHING` on the
server, the usual merge here.

On the server, totals are a query over the records (a record counts unless a correction voids
it), so any number of laptops writing at once cannot lose an update. Its schema is made and
upgraded by Alembic (server_schema/). The marks of what was sent and received are kept in the data
folder, per server; losing them only costs a full resend, never a double count.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import psycopg
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from w4r_desktop.core.db.schema import utc_now
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.ids import WHOLE_NUMBER
from w4r_desktop.core.server_password import kept_password, with_password
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.kinds import KIND_VALUES, LETTER_KINDS, TallyKind
from w4r_desktop.core.tally.merge import RecordSource, merge_sources
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.rules import COLUMNS, SERVER_CHECKS, batch_problems, record_problems
from w4r_desktop.core.tally.server_marks import HeldRecord, held_in, hold, read_marks, write_marks
from w4r_desktop.core.tally.server_push import push_records
from w4r_desktop.core.tally.sync_file import StagedRow, SyncHeader

SERVER_URL_ENV = "W4R_DATABASE_URL"
TIMEOUT_MS = 20_000
"""No statement of ours waits longer, and no connection stays idle in a transaction longer."""
# A server that vanishes (its machine lost power) is noticed in seconds, not hours.
_KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}


class ServerUnavailable(UserError):
    """The server cannot be reached (or refused us): this laptop keeps counting, and sends later."""


@dataclass
class ServerSyncReport:
    """What one sync did, and the event's totals afterwards: this laptop's own recount."""

    sent: int = 0
    received: int = 0
    conflicts: int = 0
    held: list[str] = field(default_factory=list)
    """Records kept aside in this sync, each described in words."""
    held_before: int = 0
    """Records kept aside by earlier syncs with this server, still not counted."""
    totals: dict[TallyKind, int] = field(default_factory=dict)
    unknown_kinds: dict[str, int] = field(default_factory=dict)
    """Records taken of kinds a newer version counts: kept (and counted once this laptop is updated)."""

    @property
    def letters(self) -> int:
        return sum(self.totals.get(kind, 0) for kind in LETTER_KINDS)

    def summary(self) -> str:
        text = f"sent {self.sent} records, received {self.received}; the event counts {self.letters} letters and cards"
        if self.conflicts:
            text += f"; {self.conflicts} records in conflict were not merged"
        if self.held:
            text += f"; {len(self.held)} records kept aside, not counted (each listed below)"
        if self.held_before:
            text += f"; {self.held_before} records kept aside earlier"
        if self.unknown_kinds:
            text += (
                f"; {sum(self.unknown_kinds.values())} records of a kind this version does not count "
                f"({', '.join(sorted(self.unknown_kinds))}): kept, counted once W4R Desktop is updated"
            )
        return text


def server_url(settings: Settings) -> str:
    """The shared server's address with its password (server_password.py): $W4R_DATABASE_URL,
    else the Event page's setting; "" for none."""
    url = os.environ.get(SERVER_URL_ENV) or str(settings.get("server_url") or "")
    return with_password(url, kept_password(settings.folder)) if url else ""


def check_server(url: str) -> str:
    """Connect to the server at `url` and say in words whether it can be used (raises UserError if not)."""
    engine = engine_for(url)
    try:
        with engine.connect() as connection:
            version = str(connection.execute(sa.text("SHOW server_version")).scalar_one()).split()[0]
    except sa.exc.DBAPIError as exc:
        raise ServerUnavailable(_hidden(f"the shared server cannot be reached ({_reason(exc)})", engine.url)) from exc
    finally:
        engine.dispose()
    return f"connected to the shared server (PostgreSQL {version})"


def _hidden(text: str, url: sa.engine.URL) -> str:
    """`text` without the password of `url` (an error message may quote the address)."""
    password = url.password
    return text.replace(str(password), "***") if password else text


def engine_for(url: str) -> Engine:
    """An engine for a PostgreSQL URL (postgresql://user:password@host/db), through psycopg 3."""
    try:
        parsed = sa.engine.make_url(url)
    except (sa.exc.ArgumentError, ValueError) as exc:
        raise UserError("not a database address (postgresql://user:password@host/database)") from exc
    if parsed.get_backend_name() != "postgresql":
        raise UserError("the shared server must be PostgreSQL (an address starting postgresql://)")
    parsed = parsed.set(drivername="postgresql+psycopg")
    options = f"-c statement_timeout={TIMEOUT_MS} -c idle_in_transaction_session_timeout={TIMEOUT_MS}"
    arguments = {"connect_timeout": 5, "options": options, "tcp_user_timeout": 10_000, **_KEEPALIVE}
    return sa.create_engine(parsed, pool_pre_ping=True, connect_args=arguments)


def upgrade_server(connection: Connection) -> None:
    """Make or bring the server's schema to the newest revision (Alembic), under an advisory lock
    that the caller's transaction holds until it ends."""
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(resources.files("w4r_desktop.core.tally") / "server_schema"))
    config.attributes["connection"] = connection
    # Two laptops starting at once must not both create the tables, nor both make the event.
    connection.execute(sa.text("SELECT pg_advisory_xact_lock(4242001)"))
    try:
        command.upgrade(config, "head")
    except CommandError as exc:
        raise UserError(f"the shared server's tables are from another version of W4R Desktop ({exc})") from exc


def sync_with_server(tally: Tally, url: str) -> ServerSyncReport:
    """Send this laptop's records the server may lack, bring back the others', return the totals.

    Sent: every record of the event this laptop holds and did not get from this server, whoever
    counted it (its own, and those a USB stick or sync file brought), each keeping its station.
    Received: every checked row of the other laptops, merged as a sync file is; a row that fails
    the rules is kept aside with its reason (`held_records`), and the rows around it still count.

    Raises `ServerUnavailable` if the server cannot be reached: nothing here changes, and the
    next sync sends everything not sent yet.
    """
    engine = engine_for(url)
    report = ServerSyncReport()
    try:
        with engine.begin() as connection:
            upgrade_server(connection)  # the lock it takes is held to the end of this transaction
            server_id = str(connection.execute(sa.text("SELECT id FROM shared_server")).scalar_one())
            event_id, event_name = _shared_event(connection, tally)
        if event_id != tally.event_id:
            try:
                tally.adopt_event(event_id, event_name)  # refused, inside its transaction, if anything was counted
            except UserError as exc:
                raise UserError(
                    f"this laptop has counted letters for another event than the server's ({event_name}): "
                    "sync it with a USB stick or sync file instead, or use a fresh data folder"
                ) from exc
        marks = read_marks(tally, server_id)
        # Sent first: whatever happens to the rest, this laptop's letters are on the server.
        report.sent = push_records(engine, tally, event_id, marks, report.held)
        write_marks(tally, server_id, marks)
        _pull(engine, tally, event_id, event_name, marks, report, lambda: write_marks(tally, server_id, marks))
        write_marks(tally, server_id, marks)
        report.held_before = len(held_in(marks)) - len(report.held)
    except (sa.exc.OperationalError, psycopg.OperationalError) as exc:
        # (The pull and the push speak to psycopg directly: its own errors come unwrapped.)
        raise ServerUnavailable(_hidden(f"the shared server cannot be reached ({_reason(exc)})", engine.url)) from exc
    except (sa.exc.DBAPIError, psycopg.Error) as exc:
        raise ServerUnavailable(_hidden(f"the shared server refused the sync ({_reason(exc)})", engine.url)) from exc
    finally:
        engine.dispose()
    # What is shown is this laptop's own count of the records it holds and checked, never a sum
    # the server made of rows nobody checked.
    report.totals = tally.event_totals()
    return report


def _reason(exc: sa.exc.DBAPIError | psycopg.Error) -> str:
    original = exc.orig if isinstance(exc, sa.exc.DBAPIError) else exc
    text = str(original).strip() if original is not None else ""
    return text.splitlines()[0] if text else type(exc).__name__


def _shared_event(connection: Connection, tally: Tally) -> tuple[str, str]:
    """The server's one event: this laptop's own if the server has none yet."""
    name = str(Settings(tally.db).get("event_name") or "Write for Rights")[:200]
    connection.execute(
        sa.text("INSERT INTO shared_event (id, name) VALUES (:id, :name) ON CONFLICT DO NOTHING"),
        {"id": tally.event_id, "name": name},
    )
    row = connection.execute(sa.text("SELECT id, name FROM shared_event")).one()
    return str(row[0]), str(row[1])


# --- receiving --------------------------------------------------------------------------------

# Ordered by the transaction id itself (xid8, numeric), not its text: "1000" sorts before "999".
# The order, the row comparison and the limit are those of the (xid, seq) index: no sort.
_PULL = f"""SELECT xid::text AS xid_text, seq, {", ".join(COLUMNS)} FROM shared_record
    WHERE (xid, seq) > (CAST(%(xid)s AS xid8), %(seq)s) AND xid < pg_snapshot_xmin(pg_current_snapshot())
      AND event_id = %(event)s AND station_id <> %(own)s
    ORDER BY shared_record.xid, shared_record.seq LIMIT {{batch}}"""
PULL_BATCH = 20_000
"""Rows taken and merged at a time: each merge has a cost of its own (a transaction, an index)."""


def _pull(
    engine: Engine,
    tally: Tally,
    event_id: str,
    event_name: str,
    marks: dict[str, Any],
    report: ServerSyncReport,
    save: Callable[[], None],
) -> None:
    """Bring back what other laptops sent since the kept mark, saving the mark after each batch.

    Rows are taken in the order of the transactions that wrote them, and only from transactions
    that have ended: one that a slow laptop commits late has a place after the mark, not before.
    """
    kept = marks.get("pulled")
    xid, seq = (str(kept[0]), int(kept[1])) if isinstance(kept, list) and len(kept) == 2 else ("0", 0)
    if not WHOLE_NUMBER.match(xid):
        xid, seq = "0", 0
    _retry_held(tally, event_id, event_name, marks, report)
    while True:
        with engine.connect() as connection:
            parameters = {"xid": xid, "seq": seq, "event": event_id, "own": tally.station_id}
            raw = connection.connection.driver_connection
            assert isinstance(raw, psycopg.Connection)
            with raw.cursor() as cursor:  # plain tuples, as the merge takes them
                rows = cursor.execute(_PULL.format(batch=int(PULL_BATCH)), parameters).fetchall()
            names: dict[str, str] = {
                str(row[0]): str(row[1]) for row in connection.execute(sa.text("SELECT id, name FROM shared_station"))
            }
        if not rows:
            return
        _take(tally, rows, event_id, event_name, names, marks, report)
        xid, seq = str(rows[-1][0]), int(rows[-1][1])
        marks["pulled"] = [xid, seq]
        save()


def _retry_held(tally: Tally, event_id: str, event_name: str, marks: dict[str, Any], report: ServerSyncReport) -> None:
    """Rows kept aside from the server that this version accepts now (it learnt a new kind): taken in."""
    retry = [held for held in held_in(marks) if held.position and not record_problems(held.values)]
    if retry:
        marks["held"] = [item for item in marks["held"] if item.get("position") not in {h.position for h in retry}]
        names: dict[str, str] = {}
        rows = [("0", held.position, *held.values) for held in retry]
        _take(tally, rows, event_id, event_name, names, marks, report)


def _take(
    tally: Tally,
    rows: Sequence[Sequence[Any]],
    event_id: str,
    event_name: str,
    names: dict[str, str],
    marks: dict[str, Any],
    report: ServerSyncReport,
) -> None:
    """Merge the other laptops' rows (transaction, seq, then a record's fields) through the same
    checked merge as a sync file, keeping aside those that fail the rules; the good rows around a
    bad one still count. (The pull takes only the event's rows from other laptops.)"""
    kept = [row for row in rows if row[3] == event_id and row[8] != tally.station_id]
    records = [tuple(row[2:]) for row in kept]
    wrong = batch_problems(records)
    for index in sorted(wrong):
        values = records[index]
        station = names.get(str(values[6]), str(values[6])[:8])
        held = HeldRecord(int(kept[index][1]), station, ", ".join(wrong[index]), values)
        if hold(marks, held):
            report.held.append(held.describe())
    good: list[StagedRow] = [values for index, values in enumerate(records) if index not in wrong] if wrong else records
    if not good:
        return
    now = utc_now()
    stations = [(station, names.get(station, station[:8])[:100], now) for station in {row[6] for row in good}]
    header = SyncHeader(
        version=1,
        station_id=good[0][6],
        station_name=stations[0][1],
        event_id=event_id,
        event_name=event_name,
        exported_at=now,
        records=len(good),
    )
    source = RecordSource("the shared server", header, good, stations, own_check=False)
    imported = merge_sources(tally, [source.name], lambda _merged, _report: iter([source]))
    report.received += imported.added
    report.conflicts += len(imported.conflicts)
    for kind, count in imported.unknown_kinds.items():
        report.unknown_kinds[kind] = report.unknown_kinds.get(kind, 0) + count
    if imported.added:  # not to be sent back: the run of rowids, and whose the first one is
        first, last = imported.inserted
        with tally.db.connect() as local:
            first_id = local.execute("SELECT id FROM letter_record WHERE rowid = ?", (first,)).fetchone()[0]
        marks.setdefault("received", []).append([first, last, first_id])


# The server's own sum (`server_totals`, for a leader who asks the server itself): only rows that
# pass the rules count (a tampered server, or one without revision 0002, may hold others), but for
# the time of recording, which counts for nothing and whose check is a slow function.
_CHECKED = " AND ".join(f"({check})" for name, check in SERVER_CHECKS.items() if name != "ck_shared_record_recorded_at")
_TOTALS = f"""SELECT r.kind, COALESCE(SUM(r.quantity), 0) FROM shared_record r
    WHERE r.event_id = :event AND r.voids IS NULL AND {_CHECKED}
      AND NOT EXISTS (SELECT 1 FROM shared_record v WHERE v.voids = r.id)
    GROUP BY r.kind"""


def _server_totals(connection: Connection, event_id: str) -> dict[TallyKind, int]:
    rows = connection.execute(sa.text(_TOTALS), {"event": event_id})
    return {TallyKind(kind): int(total) for kind, total in rows if kind in KIND_VALUES}


def server_totals(url: str, event_id: str) -> dict[TallyKind, int]:
    """The event's totals on the server, by kind (what the big screen would show for the whole event)."""
    engine = engine_for(url)
    try:
        with engine.connect() as connection:
            return _server_totals(connection, event_id)
    except sa.exc.DBAPIError as exc:
        raise ServerUnavailable(_hidden(f"the shared server cannot be reached ({_reason(exc)})", engine.url)) from exc
    finally:
        engine.dispose()
