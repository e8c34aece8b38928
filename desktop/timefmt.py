"""Times as people read them: stored UTC ISO stamps shown in the computer's local time."""

from __future__ import annotations

from datetime import datetime


def local_time(stamp: str | None) -> str:
    """ISO UTC as stored → the computer's local time, as people write it (23.11.2026 16:40)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")
