"""Alembic's environment for the shared server: the connection is the one server.py hands over."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None, version_table="w4r_schema_version")
with context.begin_transaction():
    context.run_migrations()
