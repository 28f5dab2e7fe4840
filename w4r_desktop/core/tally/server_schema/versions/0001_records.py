"""The shared event's records, its event and its stations.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The server's own identity: a laptop's marks of what it sent and took belong to this server
    # only (a database dropped and made again after a rehearsal is a new server).
    op.create_table(
        "shared_server",
        sa.Column("id", sa.String(36), primary_key=True, server_default=sa.text("gen_random_uuid()::text")),
        sa.Column("one", sa.Boolean, nullable=False, server_default=sa.true(), unique=True),
    )
    op.execute("INSERT INTO shared_server DEFAULT VALUES")
    op.create_table(
        "shared_event",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("one", sa.Boolean, nullable=False, server_default=sa.true(), unique=True),  # one event
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_table(
        "shared_station",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    # The same columns as a laptop's letter_record, plus the order the server received them in.
    op.create_table(
        "shared_record",
        sa.Column("seq", sa.BigInteger, sa.Identity(always=True), nullable=False, unique=True),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("case_id", sa.String(100), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("target", sa.Integer),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("station_id", sa.String(36), nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("voids", sa.String(36)),
        sa.Column("received_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('appeal','solidarity','handwritten','card','signature','participant')", name="kind"
        ),
        sa.CheckConstraint("quantity BETWEEN 1 AND 100000", name="quantity"),
    )
    op.create_index("ix_shared_record_voids", "shared_record", ["voids"])
    # The transaction that wrote each row: laptops take rows in this order, and only from
    # transactions that have surely ended (below the snapshot's xmin), so rows a slow laptop
    # commits late are never passed over (PostgreSQL 13 or newer).
    op.execute("ALTER TABLE shared_record ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()")
    op.execute("CREATE INDEX ix_shared_record_xid ON shared_record (xid, seq)")
