"""``sync --watch``: probe the link, drain at once when it returns, back off when it fails."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.sync.engine import SyncEngine
from desktop.sync.errors import Offline, ServerRefused
from desktop.sync.monitor import LinkMonitor, Probe
from desktop.sync.rounds import RoundResult

FAST_PROBE_S = 10.0  # after a failure, look again soon: 2G links come back in seconds


@dataclass
class Backoff:
    """Exponential backoff with full jitter: 5 s, 10 s, 20 s … capped at 10 minutes."""

    base_s: float = 5.0
    cap_s: float = 600.0
    attempt: int = 0
    rng: random.Random = field(default_factory=random.Random)

    def next_delay(self) -> float:
        delay = self.rng.uniform(0, min(self.cap_s, self.base_s * 2**self.attempt))
        self.attempt += 1
        return delay

    def reset(self) -> None:
        self.attempt = 0


Event = Callable[[str, object], None]


class Watcher:
    """Keeps a store in sync until told to stop; every step is reported through ``on_event``."""

    def __init__(
        self,
        engine: SyncEngine,
        monitor: LinkMonitor,
        interval_s: float,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.engine = engine
        self.monitor = monitor
        self.interval_s = interval_s
        self.backoff = Backoff()
        self.sleep = sleep
        self.next_round = 0.0

    def run(self, should_stop: Callable[[], bool], on_event: Event) -> None:
        while not should_stop():
            probe = self.monitor.probe()
            if probe.changed:
                on_event("link", probe)
            if probe.up and not self._round_if_due(probe, on_event):
                return
            self.sleep(self._wait(probe))

    def _round_if_due(self, probe: Probe, on_event: Event) -> bool:
        """Run a round when due; False when the device must enrol again (stop)."""
        if probe.changed:  # the link came back: drain now, forget old failures
            self.backoff.reset()
            self.next_round = 0.0
        if time.monotonic() < self.next_round:
            return True
        try:
            result: RoundResult = self.engine.run_round()
        except ServerRefused as exc:
            on_event("error", exc)
            if exc.needs_enrolment:
                return False
            self.next_round = time.monotonic() + self.backoff.next_delay()
            return True
        except Offline as exc:
            on_event("error", exc)
            self.next_round = time.monotonic() + self.backoff.next_delay()
            return True
        on_event("round", result)
        self.backoff.reset()
        self.next_round = time.monotonic() + self.interval_s
        return True

    def _wait(self, probe: Probe) -> float:
        if not probe.up:
            return min(self.interval_s, FAST_PROBE_S)
        return max(0.0, min(self.interval_s, self.next_round - time.monotonic()))
