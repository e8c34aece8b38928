"""What a sync round reports: progress as it goes, its result, and the batch size it adapts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

SKEW_WARNING_MS = 300_000  # beyond five minutes the user is told; sync goes on regardless


@dataclass(frozen=True)
class Progress:
    """Reported through a plain callable: phase, items done of total, bytes so far."""

    phase: str
    done: int
    total: int
    bytes: int


ProgressFn = Callable[[Progress], None]
CancelFn = Callable[[], bool]


@dataclass
class RoundResult:
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    forwarded: int = 0
    bundles_refused: int = 0
    skew_ms: int = 0
    cancelled: bool = False

    @property
    def skew_warning(self) -> bool:
        return abs(self.skew_ms) > SKEW_WARNING_MS

    def stop(self, cancelled: CancelFn) -> bool:
        """Asks whether the user cancelled, and remembers the answer."""
        self.cancelled = self.cancelled or cancelled()
        return self.cancelled


@dataclass
class BatchSize:
    """Bytes of changes per push (before gzip, which makes them about a tenth): start small,
    grow after a quick success, halve on a timeout. A push that took under a quarter of
    ``quick_s`` was mostly round trip, so it grows four times, not two."""

    current: int = 32 * 1024
    floor: int = 1024
    ceiling: int = 512 * 1024
    quick_s: float = 5.0

    def succeeded(self, seconds: float) -> None:
        if seconds < self.quick_s:
            growth = 4 if seconds < self.quick_s / 4 else 2
            self.current = min(self.ceiling, self.current * growth)

    def failed(self) -> None:
        self.current = max(self.floor, self.current // 2)
