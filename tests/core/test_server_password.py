"""The shared server's password: never in the settings table, never on a command line."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.cli import run
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.server_password import MASK, PASSWORD_ENV, PASSWORD_FILE, split_password, with_password
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.server import server_url


def _table(db: Database) -> str:
    with sqlite3.connect(db.path) as connection:
        return repr(connection.execute("SELECT * FROM setting").fetchall())


def test_the_password_is_kept_in_a_file_only_this_user_reads(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv("W4R_DATABASE_URL", raising=False)
    settings = Settings(db)
    settings.set("server_url", "postgresql://w4r:s3cr%40t@server.local:5432/event")
    assert "s3cr" not in _table(db)
    kept = db.path.parent / PASSWORD_FILE
    assert kept.read_text(encoding="utf-8") == "s3cr@t"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    # On screen: the address, with only the password hidden.
    assert settings.get("server_url") == f"postgresql://w4r:{MASK}@server.local:5432/event"
    assert settings.all()["server_url"] == settings.get("server_url")
    assert server_url(settings) == "postgresql://w4r:s3cr%40t@server.local:5432/event"
    # Saved again as shown: the password stays; a new one replaces it; no address forgets it.
    settings.set("server_url", settings.get("server_url"))
    assert kept.read_text(encoding="utf-8") == "s3cr@t"
    settings.set("server_url", "postgresql://w4r:other@server.local/event")
    assert server_url(settings) == "postgresql://w4r:other@server.local/event"
    settings.set("server_url", "")
    assert not kept.exists() and server_url(settings) == ""


def test_a_password_an_older_version_stored_in_clear_is_moved_out(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv("W4R_DATABASE_URL", raising=False)
    with db.connect() as connection:
        connection.execute(
            "INSERT INTO setting (key, value) VALUES ('server_url', '\"postgresql://w4r:old@server.local/event\"')"
        )
    settings = Settings(db)
    assert server_url(settings) == "postgresql://w4r:old@server.local/event"
    assert "old@" not in _table(db)


def test_the_password_may_come_from_the_environment(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("W4R_DATABASE_URL", raising=False)
    monkeypatch.setenv(PASSWORD_ENV, "from env")
    settings = Settings(db)
    settings.set("server_url", "postgresql://w4r@server.local/event")
    assert server_url(settings) == "postgresql://w4r:from%20env@server.local/event"


def test_a_password_on_the_command_line_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("W4R_DATABASE_URL", raising=False)
    code, out, err = run(capsys, "tally", "server-sync", "--database-url", "postgresql://w4r:s3cr3t@127.0.0.1:9/x")
    assert code == 2 and err.count("\n") == 1
    assert PASSWORD_ENV in err and "s3cr3t" not in out + err


@given(st.text(min_size=1, max_size=30).filter(lambda text: text != MASK), st.sampled_from(["", "?sslmode=require"]))
def test_any_password_goes_out_and_back_whole(password: str, query: str) -> None:
    url = with_password(f"postgresql://w4r@server.local:5432/event{query}", password)
    bare, found = split_password(url)
    assert found == password
    assert bare == f"postgresql://w4r@server.local:5432/event{query}"
    assert split_password(f"postgresql://w4r@h/e?password={password}".replace("#", "%23"))[1] is not None


def test_the_data_folder_is_not_needed_to_read_an_address(tmp_path: Path) -> None:
    assert split_password("postgresql://w4r@host/db") == ("postgresql://w4r@host/db", None)
    assert split_password("not a url [")[1] is None


def test_a_password_file_that_is_not_a_file_is_not_waited_for(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.delenv("W4R_DATABASE_URL", raising=False)
    Settings(db).set("server_url", "postgresql://w4r@server.local/event")
    os.mkfifo(db.path.parent / PASSWORD_FILE)  # opening it to read would wait for a writer for ever
    assert server_url(Settings(db)) == "postgresql://w4r@server.local/event"
