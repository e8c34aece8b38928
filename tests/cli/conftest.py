"""CLI fixtures: the sync commands need a real server (SQLite is enough here)."""

from tests.sync.conftest import server

__all__ = ["server"]
