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


# A real calendar date, in plain SQL (inlined, so a sum over a million rows can use it): 2026-02-30
# and year 0 are not dates, as in Python.
_IS_DAY = """CREATE FUNCTION w4r_is_day(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT CASE WHEN $1 ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' AND left($1, 4) <> '0000' THEN
  substr($1, 9, 2)::int <= CASE substr($1, 6, 2)::int
    WHEN 2 THEN CASE WHEN (left($1, 4)::int % 4 = 0 AND left($1, 4)::int % 100 <> 0)
                       OR left($1, 4)::int % 400 = 0 THEN 29 ELSE 28 END
    WHEN 4 THEN 30 WHEN 6 THEN 30 WHEN 9 THEN 30 WHEN 11 THEN 30 ELSE 31 END
ELSE false END
$$"""
# A date and time as laptops write it (ISO 8601: 2026-12-10T10:00:00+00:00, and its shorter forms
# Python reads), in plain SQL too: a function with an exception block costs every row it checks.
_IS_TIME = r"""CREATE FUNCTION w4r_is_time(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
SELECT w4r_is_day(left($1, 10)) AND $1 ~ ('^.{10}([T ]([01][0-9]|2[0-3])(:?[0-5][0-9](:?[0-5][0-9]([.,][0-9]{1,6})?)?)?'
  '(Z|[+-]([01][0-9]|2[0-3])(:?[0-5][0-9])?)?)?$')
$$"""


def upgrade() -> None:
    op.execute(_IS_DAY)
    op.execute(_IS_TIME)
    for name, condition in SERVER_CHECKS.items():
        # NOT VALID: rows already there stay (every laptop keeps aside those that fail), new ones are checked.
        op.execute(f"ALTER TABLE shared_record ADD CONSTRAINT {name} CHECK ({condition}) NOT VALID")
    # The totals' query, by event and unvoided: the checks it repeats are read from the rows, not an index.
    op.create_index("ix_shared_record_event", "shared_record", ["event_id"])
