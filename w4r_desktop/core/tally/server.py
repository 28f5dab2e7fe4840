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

import datetime as dt
import hashlib
import json
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
from w4r_desktop.core.tally.export import write_sync_file
from w4r_desktop.core.tally.kinds import LETTER_KINDS, TallyKind
from w4r_desktop.core.tally.merge import import_files
from w4r_desktop.core.tally.records import Tally, TallyRecord
from w4r_desktop.core.tally.sync_file import COLUMNS

SERVER_URL_ENV = "W4R_DATABASE_URL"
MARKS_FILE = "server-sync.json"
BATCH = 5_000
SETTLE = dt.timedelta(minutes=1)
"""Records received longer ago than this are surely committed: the next pull starts after them."""
TIMEOUT_MS = 20_000
"""No statement or transaction of ours lasts longer (so SETTLE holds), and a dead server is noticed."""


class ServerUnavailable(UserError):
    """The server cannot be reached (or refused us): this laptop keeps counting, and sends later."""


@dataclass
class ServerSyncReport:
    """What one sync did, and the event's totals on the server afterwards."""

    sent: int = 0
    received: int = 0
    totals: dict[TallyKind, int] = field(default_factory=dict)

    @property
    def letters(self) -> int:
        return sum(self.totals.get(kind, 0) for kind in LETTER_KINDS)

    def summary(self) -> str:
        return f"sent {self.sent} records, received {self.received}; the event counts {self.letters} letters and cards"


def engine_for(url: str) -> Engine:
    """An engine for a PostgreSQL URL (postgresql://user:password@host/db), through psycopg 3."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise UserError(f"not a database address: {exc}") from exc
    if parsed.get_backend_name() != "postgresql":
        raise UserError("the shared server must be PostgreSQL (an address starting postgresql://)")
    parsed = parsed.set(drivername="postgresql+psycopg")
    options = f"-c statement_timeout={TIMEOUT_MS} -c idle_in_transaction_session_timeout={TIMEOUT_MS}"
    return sa.create_engine(parsed, pool_pre_ping=True, connect_args={"connect_timeout": 5, "options": options})


def upgrade_server(connection: Connection) -> None:
    """Make or bring the server's schema to the newest revision (Alembic, under an advisory lock)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(resources.files("w4r_desktop.core.tally") / "server_schema"))
    config.attributes["connection"] = connection
    # Two laptops starting at once must not both create the tables.
    connection.execute(sa.text("SELECT pg_advisory_xact_lock(4242001)"))
    command.upgrade(config, "head")


def _marks_path(tally: Tally) -> Path:
    return tally.db.path.parent / MARKS_FILE


def _read_marks(tally: Tally, key: str) -> dict[str, int]:
    try:
        kept = json.loads(_marks_path(tally).read_text(encoding="utf-8"))
        return {name: int(value) for name, value in kept.get(key, {}).items()}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def _write_marks(tally: Tally, key: str, marks: dict[str, int]) -> None:
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
    key = hashlib.sha256(str(engine.url.set(password=None)).encode()).hexdigest()[:16]
    marks = _read_marks(tally, key)
    report = ServerSyncReport()
    try:
        with engine.begin() as connection:
            upgrade_server(connection)
        with engine.begin() as connection:
            event_id, event_name = _shared_event(connection, tally)
        if event_id != tally.event_id:
            if tally.record_count():
                raise UserError(
                    f"this laptop has counted letters for another event than the server's ({event_name}): "
                    "sync it with a USB stick or sync file instead, or use a fresh data folder"
                )
            _join_event(tally, event_id, event_name)
        report.received, marks["pulled"] = _pull(engine, tally, event_id, event_name, marks.get("pulled", 0))
        _write_marks(tally, key, marks)
        report.sent, marks["pushed"] = _push(engine, tally, marks.get("pushed", 0))
        _write_marks(tally, key, marks)
        with engine.connect() as connection:
            report.totals = _server_totals(connection, tally.event_id)
    except sa.exc.OperationalError as exc:
        raise ServerUnavailable(f"the shared server cannot be reached ({_reason(exc)})") from exc
    except sa.exc.DBAPIError as exc:
        raise ServerUnavailable(f"the shared server refused the sync ({_reason(exc)})") from exc
    finally:
        engine.dispose()
    return report


def _reason(exc: sa.exc.DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__


def _shared_event(connection: Connection, tally: Tally) -> tuple[str, str]:
    """The server's event: this laptop's own if the server has none yet."""
    found = connection.execute(sa.text("SELECT id, name FROM shared_event ORDER BY created_at LIMIT 1")).first()
    if found is not None:
        return str(found[0]), str(found[1])
    from w4r_desktop.core.settings import Settings

    name = str(Settings(tally.db).get("event_name") or "Write for Rights")[:200]
    connection.execute(
        sa.text("INSERT INTO shared_event (id, name) VALUES (:id, :name) ON CONFLICT DO NOTHING"),
        {"id": tally.event_id, "name": name},
    )
    row = connection.execute(sa.text("SELECT id, name FROM shared_event ORDER BY created_at LIMIT 1")).one()
    return str(row[0]), str(row[1])


def _join_event(tally: Tally, event_id: str, name: str) -> None:
    """A laptop with nothing counted yet counts for the server's event from now on."""
    with tally.db.engine.begin() as local:
        local.execute(sa.text("DELETE FROM event"))
        local.execute(
            sa.text("INSERT INTO event (id, name, created_at) VALUES (:id, :name, :at)"),
            {"id": event_id, "name": name, "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
        )
    tally.event_id = event_id


def _push(engine: Engine, tally: Tally, mark: int) -> tuple[int, int]:
    """Send this laptop's own records counted after `mark` (a rowid); returns (sent, new mark)."""
    station = this_station(tally.db)
    own = own_station_ids(tally.db)
    sent = 0
    while True:
        with tally.db.engine.connect() as local:
            holes = ", ".join(f":s{index}" for index in range(len(own)))
            rows = local.execute(
                sa.text(
                    f"SELECT rowid, {', '.join(COLUMNS)} FROM letter_record "
                    f"WHERE rowid > :mark AND station_id IN ({holes}) ORDER BY rowid LIMIT {BATCH}"
                ),
                {"mark": mark, **{f"s{index}": value for index, value in enumerate(own)}},
            ).all()
        if not rows:
            return sent, mark
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
        mark = int(rows[-1][0])


def _pull(engine: Engine, tally: Tally, event_id: str, event_name: str, mark: int) -> tuple[int, int]:
    """Bring back the records other laptops sent after `mark` (a server seq); returns (new here, new mark)."""
    own = set(own_station_ids(tally.db))
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text(
                f"SELECT seq, received_at < now() - make_interval(secs => :settle), {', '.join(COLUMNS)} "
                "FROM shared_record WHERE seq > :mark ORDER BY seq"
            ),
            {"mark": mark, "settle": SETTLE.total_seconds()},
        ).all()
        names: dict[str, str] = {
            str(row[0]): str(row[1]) for row in connection.execute(sa.text("SELECT id, name FROM shared_station"))
        }
    # Later rows may sit among ones a slower laptop has not committed yet: the next pull starts
    # after the last of the first rows received long enough ago (re-reading the rest is harmless).
    settled = _settled_prefix(rows)
    new_mark = int(rows[settled - 1][0]) if settled else mark
    by_station: dict[str, list[TallyRecord]] = defaultdict(list)
    for row in rows:
        values: list[Any] = list(row[2:])
        if values[6] not in own:
            values[3] = TallyKind(values[3])
            by_station[str(values[6])].append(TallyRecord(*values))
    if not by_station:
        return 0, new_mark
    with tempfile.TemporaryDirectory(prefix="w4r-server-") as folder:
        files = []
        for station_id, records in by_station.items():
            path = Path(folder) / f"w4r-tally-{station_id}.csv"
            write_sync_file(
                path,
                records,
                station_id=station_id,
                station_name=str(names.get(station_id, station_id[:8])),
                event_id=event_id,
                event_name=event_name,
            )
            files.append(path)
        report = import_files(tally, files)
    return report.added, new_mark


def _settled_prefix(rows: Sequence[Any]) -> int:
    """How many rows, from the first, were received long enough ago to be surely committed."""
    for index, row in enumerate(rows):
        if not row[1]:
            return index
    return len(rows)


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
        raise ServerUnavailable(f"the shared server cannot be reached ({_reason(exc)})") from exc
    finally:
        engine.dispose()
