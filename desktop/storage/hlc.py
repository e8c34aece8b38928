"""Hybrid logical clocks: ordered like wall time, never going backwards on one device."""

from __future__ import annotations

import time
from typing import Any

WIDTH_MS = 13
WIDTH_COUNTER = 4


def format_hlc(physical_ms: int, counter: int) -> str:
    """Fixed-width text, so comparing strings compares clocks."""
    return f"{physical_ms:0{WIDTH_MS}d}:{counter:0{WIDTH_COUNTER}d}"


def parse_hlc(text: str) -> tuple[int, int]:
    physical, counter = text.split(":")
    return int(physical), int(counter)


def tick(last: str | None, now_ms: int | None = None) -> str:
    """The next clock after ``last`` (a clock set back by the user cannot go back)."""
    now = time.time_ns() // 1_000_000 if now_ms is None else now_ms
    if last is None:
        return format_hlc(now, 0)
    physical, counter = parse_hlc(last)
    if now > physical:
        return format_hlc(now, 0)
    return format_hlc(physical, counter + 1)


def next_hlc(conn: Any) -> str:
    """Tick the store's clock; the caller holds the write transaction."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'hlc_last'").fetchone()
    value = tick(row[0] if row else None)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('hlc_last', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (value,),
    )
    return value


def observe_hlc(conn: Any, remote: str) -> None:
    """Move the store's clock past one received from another device, so that an edit made
    after seeing a value always orders after it; the caller holds the write transaction."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('hlc_last', ?)"
        " ON CONFLICT (key) DO UPDATE SET value = max(value, excluded.value)",
        (remote,),
    )
