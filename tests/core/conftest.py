"""What the core tests share: a small bundle on disk and an open database in the test's data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from w4r_desktop.core.db.database import Database, open_database


@pytest.fixture
def small_bundle(make_bundle: Callable[..., Path]) -> Path:
    """The small valid bundle of tests/bundles.py, one case."""
    return make_bundle()


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    """The database of the test's data folder, newest schema, closed afterwards."""
    database = open_database(data_dir)
    yield database
    database.close()
