"""The rules of a record (core/tally/rules.py) as CHECK constraints: the server takes what laptops take.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

from w4r_desktop.core.tally.rules import SERVER_CHECKS

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


_IS_DAY = """CREATE FUNCTION w4r_is_day(text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN $1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' AND to_char($1::date, 'YYYY-MM-DD') = $1;
EXCEPTION WHEN others THEN
  RETURN false;
END $$"""
_IS_TIME = """CREATE FUNCTION w4r_is_time(text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN $1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' AND $1::timestamptz IS NOT NULL;
EXCEPTION WHEN others THEN
  RETURN false;
END $$"""


def upgrade() -> None:
    op.execute(_IS_DAY)
    op.execute(_IS_TIME)
    for name, condition in SERVER_CHECKS.items():
        # NOT VALID: rows already there stay (every laptop keeps aside those that fail), new ones are checked.
        op.execute(f"ALTER TABLE shared_record ADD CONSTRAINT {name} CHECK ({condition}) NOT VALID")
    # The totals' query, by event and unvoided: the checks it repeats are read from the rows, not an index.
    op.create_index("ix_shared_record_event", "shared_record", ["event_id"])
