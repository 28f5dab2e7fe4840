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

import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from w4r_desktop.core.db.database import own_station_ids, this_station
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_write
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.export import write_sync_file
from w4r_desktop.core.tally.kinds import LETTER_KINDS, TallyKind
from w4r_desktop.core.tally.merge import import_files
from w4r_desktop.core.tally.records import Tally, TallyRecord
from w4r_desktop.core.tally.sync_file import COLUMNS

SERVER_URL_ENV = "W4R_DATABASE_URL"
MARKS_FILE = "server-sync.json"
BATCH = 5_000
TIMEOUT_MS = 20_000
"""No statement of ours waits longer, and no connection stays idle in a transaction longer."""
# A server that vanishes (its machine lost power) is noticed in seconds, not hours.
_KEEPALIVE = {"keepalives": 1, "keepalives_idle": 5, "keepalives_interval": 2, "keepalives_count": 3}


class ServerUnavailable(UserError):
    """The server cannot be reached (or refused us): this laptop keeps counting, and sends later."""


@dataclass
class ServerSyncReport:
    """What one sync did, and the event's totals on the server afterwards."""

    sent: int = 0
    received: int = 0
    conflicts: int = 0
    skipped: list[str] = field(default_factory=list)
    totals: dict[TallyKind, int] = field(default_factory=dict)

    @property
    def letters(self) -> int:
        return sum(self.totals.get(kind, 0) for kind in LETTER_KINDS)

    def summary(self) -> str:
        text = f"sent {self.sent} records, received {self.received}; the event counts {self.letters} letters and cards"
        if self.conflicts:
            text += f"; {self.conflicts} records in conflict were not merged"
        return text


def server_url(settings: Settings) -> str:
    """The shared server's address: $W4R_DATABASE_URL, else the Event page's setting; "" for none."""
    return os.environ.get(SERVER_URL_ENV) or str(settings.get("server_url") or "")


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


def _marks_path(tally: Tally) -> Path:
    return tally.db.path.parent / MARKS_FILE


def _read_marks(tally: Tally, key: str) -> dict[str, Any]:
    try:
        kept = json.loads(_marks_path(tally).read_text(encoding="utf-8"))
        marks = kept.get(key, {})
        return marks if isinstance(marks, dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}


def _write_marks(tally: Tally, key: str, marks: dict[str, Any]) -> None:
    try:
        kept = json.loads(_marks_path(tally).read_text(encoding="utf-8"))
        if not isinstance(kept, dict):
            kept = {}
    except (OSError, ValueError):
        kept = {}
    kept[key] = marks
    atomic_write(_marks_path(tally), json.dumps(kept).encode("utf-8"))


def sync_with_server(tally: Tally, url: str) -> ServerSyncReport:
    """Send this laptop's new records to the server at `url`, bring back the others', return totals.

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
        marks = _read_marks(tally, server_id)
        # Sent first: whatever happens to the rest, this laptop's letters are on the server.
        report.sent, marks["pushed"] = _push(engine, tally, marks.get("pushed"))
        _write_marks(tally, server_id, marks)
        marks["pulled"] = _pull(engine, tally, event_id, event_name, marks.get("pulled"), report)
        _write_marks(tally, server_id, marks)
        with engine.connect() as connection:
            report.totals = _server_totals(connection, event_id)
    except sa.exc.OperationalError as exc:
        raise ServerUnavailable(_hidden(f"the shared server cannot be reached ({_reason(exc)})", engine.url)) from exc
    except sa.exc.DBAPIError as exc:
        raise ServerUnavailable(_hidden(f"the shared server refused the sync ({_reason(exc)})", engine.url)) from exc
    finally:
        engine.dispose()
    return report


def _reason(exc: sa.exc.DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__


def _shared_event(connection: Connection, tally: Tally) -> tuple[str, str]:
    """The server's one event: this laptop's own if the server has none yet."""
    name = str(Settings(tally.db).get("event_name") or "Write for Rights")[:200]
    connection.execute(
        sa.text("INSERT INTO shared_event (id, name) VALUES (:id, :name) ON CONFLICT DO NOTHING"),
        {"id": tally.event_id, "name": name},
    )
    row = connection.execute(sa.text("SELECT id, name FROM shared_event")).one()
    return str(row[0]), str(row[1])


def _own_rows(tally: Tally, after: int) -> list[Any]:
    own = own_station_ids(tally.db)
    holes = ", ".join(f":s{index}" for index in range(len(own)))
    with tally.db.engine.connect() as local:
        return list(
            local.execute(
                sa.text(
                    f"SELECT rowid, {', '.join(COLUMNS)} FROM letter_record "
                    f"WHERE rowid > :mark AND station_id IN ({holes}) ORDER BY rowid LIMIT {BATCH}"
                ),
                {"mark": after, **{f"s{index}": value for index, value in enumerate(own)}},
            ).all()
        )


def _push_mark(tally: Tally, kept: Any) -> int:
    """Where to send from: the kept mark, unless this database no longer has the record it names
    (restored from a backup, replaced): then everything again (the server ignores what it has)."""
    if not isinstance(kept, list) or len(kept) != 2:
        return 0
    rowid, record_id = kept
    with tally.db.engine.connect() as local:
        found = local.execute(sa.text("SELECT id FROM letter_record WHERE rowid = :rowid"), {"rowid": rowid}).first()
    return int(rowid) if found is not None and found[0] == record_id else 0


def _push(engine: Engine, tally: Tally, kept: Any) -> tuple[int, list[object]]:
    """Send this laptop's own records counted after the kept mark; returns (sent, new mark)."""
    station = this_station(tally.db)
    mark = _push_mark(tally, kept)
    sent, last = 0, kept if mark else None
    while rows := _own_rows(tally, mark):
        with engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO shared_station (id, name, seen_at) VALUES (:id, :name, now()) "
                    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at"
                ),
                {"id": station.id, "name": station.name},
            )
            connection.execute(
                sa.text(
                    f"INSERT INTO shared_record ({', '.join(COLUMNS)}) VALUES "
                    f"({', '.join(':' + column for column in COLUMNS)}) ON CONFLICT (id) DO NOTHING"
                ),
                [dict(zip(COLUMNS, row[1:], strict=True)) for row in rows],
            )
        sent += len(rows)
        mark, last = int(rows[-1][0]), [int(rows[-1][0]), str(rows[-1][1])]
    return sent, last if last is not None else [0, ""]


_PULL = f"""SELECT xid::text, seq, {", ".join(COLUMNS)} FROM shared_record
    WHERE (xid, seq) > (CAST(:xid AS xid8), :seq) AND xid < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY xid, seq LIMIT {BATCH}"""


def _pull(
    engine: Engine, tally: Tally, event_id: str, event_name: str, kept: Any, report: ServerSyncReport
) -> list[object]:
    """Bring back what other laptops sent since the kept mark; returns the new mark.

    Rows are taken in the order of the transactions that wrote them, and only from transactions
    that have ended: one that a slow laptop commits late has a place after the mark, not before.
    """
    xid, seq = (str(kept[0]), int(kept[1])) if isinstance(kept, list) and len(kept) == 2 else ("0", 0)
    while True:
        with engine.connect() as connection:
            rows = connection.execute(sa.text(_PULL), {"xid": xid, "seq": seq}).all()
            names: dict[str, str] = {
                str(row[0]): str(row[1]) for row in connection.execute(sa.text("SELECT id, name FROM shared_station"))
            }
        if not rows:
            return [xid, seq]
        _take(tally, rows, event_id, event_name, names, report)
        xid, seq = str(rows[-1][0]), int(rows[-1][1])


def _take(
    tally: Tally, rows: Sequence[Any], event_id: str, event_name: str, names: dict[str, str], report: ServerSyncReport
) -> None:
    """Import the rows of other stations, one checked sync file per station, as a USB stick would."""
    by_station: dict[str, list[TallyRecord]] = defaultdict(list)
    for row in rows:
        values: list[Any] = list(row[2:])
        # This laptop's own records are here already; records of another event (a correction of a
        # record of an event merged elsewhere) do not count in the server's event.
        if values[6] != tally.station_id and values[1] == event_id:
            values[3] = TallyKind(values[3])
            by_station[str(values[6])].append(TallyRecord(*values))
    with tempfile.TemporaryDirectory(prefix="w4r-server-") as folder:
        for station_id, records in by_station.items():
            path = Path(folder) / f"w4r-tally-{station_id}.csv"
            write_sync_file(
                path,
                records,
                station_id=station_id,
                station_name=names.get(station_id, station_id[:8]),
                event_id=event_id,
                event_name=event_name,
            )
            try:
                imported = import_files(tally, [path])
            except UserError as refused:  # one laptop's bad rows hold up nobody else's
                report.skipped.append(f"{names.get(station_id, station_id[:8])}: {refused}")
                continue
            report.received += imported.added
            report.conflicts += len(imported.conflicts)


_TOTALS = """SELECT r.kind, COALESCE(SUM(r.quantity), 0) FROM shared_record r
    WHERE r.event_id = :event AND r.voids IS NULL
      AND NOT EXISTS (SELECT 1 FROM shared_record v WHERE v.voids = r.id)
    GROUP BY r.kind"""


def _server_totals(connection: Connection, event_id: str) -> dict[TallyKind, int]:
    return {TallyKind(kind): int(total) for kind, total in connection.execute(sa.text(_TOTALS), {"event": event_id})}


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
