"""The shared-server tests run against a real PostgreSQL cluster made for the session."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from tests.server.postgres import PostgresServer


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer()
    except FileNotFoundError as missing:
        if os.environ.get("W4R_REQUIRE_POSTGRES") == "1":
            raise
        pytest.skip(str(missing))
    server.start()
    yield server
    server.remove()


@pytest.fixture
def server_url(postgres: PostgresServer) -> Iterator[str]:
    """The URL of an empty database on the server, for one test."""
    engine = sa.create_engine(
        postgres.url.replace("postgresql://", "postgresql+psycopg://"), isolation_level="AUTOCOMMIT"
    )
    name = f"w4r_{os.getpid()}_{abs(hash(os.environ.get('PYTEST_CURRENT_TEST', ''))) % 10**8}"
    with engine.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    yield postgres.url.rsplit("/", 1)[0] + f"/{name}"
