"""The tables of the local database, as of the newest schema.

Migrations (migrations.py) are hand-written SQL and never change when these classes do.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints from day one: SQLite cannot drop an unnamed one later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    """A random UUID as text, the identity of every record that may travel between laptops."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time in UTC, ISO 8601 with seconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --- the tables, as of the newest schema -----------------------------------------------------


class Station(Base):
    """This laptop. Its id is made on first run, and made anew when the data folder was copied.

    A database holds one row per identity it has had: records made under an earlier one (before
    the folder was copied) are still this database's own.
    """

    __tablename__ = "station"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[str] = mapped_column(String(32))
    fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)


class KnownCase(Base):
    """A case's name as a bundle gave it, kept after that bundle is replaced."""

    __tablename__ = "known_case"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    seen_at: Mapped[str] = mapped_column(String(32))


class MergedFile(Base):
    """A sync folder's file as last merged: read again only when its contents change."""

    __tablename__ = "merged_file"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))
    merged_at: Mapped[str] = mapped_column(String(32))


class Event(Base):
    """A write-a-thon. Stations that share its id count toward the same totals."""

    __tablename__ = "event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))


class Setting(Base):
    """One leader setting, stored as JSON text under its key."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String)


class LetterRecord(Base):
    """One counted item: a letter from the kiosk, or a number of hand-counted items.

    Holds no personal data. A correction is a record of its own whose `voids` names the record it
    cancels; nothing is ever deleted or changed, so files from several laptops merge as a set.
    """

    __tablename__ = "letter_record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    case_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    target: Mapped[int | None] = mapped_column()
    quantity: Mapped[int] = mapped_column(default=1)
    station_id: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[str] = mapped_column(String(32))
    day: Mapped[str] = mapped_column(String(10))
    voids: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (
        CheckConstraint("quantity >= 1", name="quantity"),
        Index("ix_letter_record_voids", "voids"),
    )


class TallyTotal(Base):
    """Running totals kept by triggers, so totals stay instant with millions of records."""

    __tablename__ = "tally_total"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    quantity: Mapped[int] = mapped_column(default=0)


class MergedEvent(Base):
    """Another laptop's event that a leader chose to count together with this laptop's event."""

    __tablename__ = "merged_event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    merged_at: Mapped[str] = mapped_column(String(32))


class KnownStation(Base):
    """Another laptop's name, as its latest sync file gave it, so totals per laptop read as names."""

    __tablename__ = "known_station"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    seen_at: Mapped[str] = mapped_column(String(32))


class Draft(Base):
    """A letter being written, autosaved so a crash loses nothing. Purged once printed or left."""

    __tablename__ = "draft"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36))
    payload: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String(32))


class PrintJob(Base):
    """A letter (with its envelope) waiting at the print station. Purged once printed."""

    __tablename__ = "print_job"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str | None] = mapped_column(ForeignKey("letter_record.id"))
    payload: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String(20), default="queued")
    error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (CheckConstraint("status IN ('queued','failed')", name="status"),)


class ConfirmedAddress(Base):
    """An address a leader checked (and perhaps corrected): `recipient` as the bundle gives it, as JSON."""

    __tablename__ = "confirmed_address"
    recipient: Mapped[str] = mapped_column(String(4000), primary_key=True)
    lines: Mapped[str] = mapped_column(String(4000))
    confirmed_at: Mapped[str] = mapped_column(String(32))
