"""Errors a user can cause or fix. Anything else is a bug and is allowed to crash loudly."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on: shown as one clear line, never a traceback."""


class DataFolderError(UserError):
    """The data folder cannot be created, read or written."""


class DatabaseTooNew(UserError):
    """The database was written by a newer version of W4R Desktop."""
