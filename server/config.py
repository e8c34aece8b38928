"""Server settings: data folder, database, limits; from flags, environment or defaults."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.sync import protocol as p
from server.db import database_url


@dataclass(frozen=True)
class ServerConfig:
    data_dir: Path
    database: str | None = None
    max_body_bytes: int = p.MAX_BODY_BYTES
    max_bundle_bytes: int = 64 * 1024 * 1024  # a USB bundle may hold a month of changes
    requests_per_minute: int = 600
    pull_page: int = 500
    db_threads: int = 4  # per process: concurrent database transactions
    # A device keeps two pushes on the wire; the second may reach us a moment before the
    # first. It waits this long for the one before it instead of being answered "resend".
    push_patience_s: float = 5.0

    @property
    def url(self) -> str:
        return database_url(self.database, self.data_dir)
