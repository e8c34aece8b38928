"""The link monitor: probe the server, record up/down as the post's own connection facts."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.storage import Store
from desktop.storage.records import ConnectionInput, OutageInput
from desktop.sync.client import SyncClient
from desktop.sync.errors import SyncError

MONITOR_NOTE = "связь с региональным сервером (автоматическая проверка)"
OUTAGE_KEY = "monitor_outage_id"
STATE_KEY = "monitor_link_up"


@dataclass(frozen=True)
class Probe:
    up: bool
    latency_ms: int | None
    changed: bool


class LinkMonitor:
    """Probes ``health``; a change of state becomes an observation (and an outage)."""

    def __init__(self, store: Store, client: SyncClient) -> None:
        self.store = store
        self.client = client
        self.unit = _own_unit(store)

    def probe(self) -> Probe:
        started = time.monotonic()
        try:
            self.client.health()
            up, latency = True, int((time.monotonic() - started) * 1000)
        except SyncError:
            up, latency = False, None
        was_up = self.store.setting(STATE_KEY)
        changed = was_up is None or bool(was_up) != up
        if changed:
            self._record(up, latency)
        return Probe(up, latency, changed)

    def _record(self, up: bool, latency: int | None) -> None:
        self.store.set_setting(STATE_KEY, up)
        if self.unit is None:
            return  # an engineer's laptop: its link is nobody's facility status
        now = datetime.now(UTC)
        self.store.record_connection(
            ConnectionInput(
                self.unit,
                internet=up,
                source="monitor",
                latency_ms=latency,
                note=MONITOR_NOTE,
                observed_at=now,
            )
        )
        outage = self.store.setting(OUTAGE_KEY)
        if not up and outage is None:
            outage_id = self.store.record_outage(
                OutageInput(self.unit, now, source="monitor", note=MONITOR_NOTE)
            )
            self.store.set_setting(OUTAGE_KEY, outage_id)
        elif up and outage is not None:
            self.store.end_outage(str(outage), now)
            self.store.set_setting(OUTAGE_KEY, None)


def _own_unit(store: Store) -> str | None:
    """The facility this computer stands in: its unit, or its МО's office."""
    device = store.device()
    if device is None or device.scope_kind == "district":
        return None
    return device.scope_code
