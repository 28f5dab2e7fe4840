"""The shared server's schema, as Alembic migrations (env.py, versions/); see core/tally/server.py."""
