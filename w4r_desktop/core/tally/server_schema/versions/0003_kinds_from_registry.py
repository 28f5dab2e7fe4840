"""Which words are kinds is the laptops' registry (core/tally/kinds.py): the server keeps any word.

The records' kinds were a list written into revisions 0001 and 0002, so a new kind would have been
refused by every server made before it. The rules of a record are checked by each laptop at its one
entry (core/tally/rules.py) before a row is sent and after it is taken; the server checks the shape.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

from w4r_desktop.core.tally.rules import KIND_WORD

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("ALTER TABLE shared_record DROP CONSTRAINT IF EXISTS kind")
    op.execute("ALTER TABLE shared_record DROP CONSTRAINT IF EXISTS ck_shared_record_kind_known")
    # A server made after this change got the word check from revision 0002 already.
    op.execute(
        f"""DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'ck_shared_record_kind_word') THEN
          ALTER TABLE shared_record ADD CONSTRAINT ck_shared_record_kind_word CHECK (kind ~ '{KIND_WORD}') NOT VALID;
        END IF;
        END $$"""
    )
