"""One sync round: push the outbox in byte-sized batches, then pull reference data."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.storage import Store
from desktop.storage.syncstate import PendingChange
from desktop.sync import protocol as p
from desktop.sync.client import Credentials, SyncClient
from desktop.sync.errors import BadAnswer, NotEnrolled, Offline, ServerRefused

PULL_PAGE = 500
BUNDLE_REFUSALS = {403, 409, 413, 422}  # the bundle itself is at fault: retrying cannot help
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


@dataclass
class BatchSize:
    """Bytes per push: start small, double after a quick success, halve on a timeout."""

    current: int = 8 * 1024
    floor: int = 1024
    ceiling: int = 256 * 1024
    quick_s: float = 5.0

    def succeeded(self, seconds: float) -> None:
        if seconds < self.quick_s:
            self.current = min(self.ceiling, self.current * 2)

    def failed(self) -> None:
        self.current = max(self.floor, self.current // 2)


def client_for(store: Store) -> SyncClient:
    device = store.device()
    if device is None:
        raise NotEnrolled("this store is not enrolled with a server")
    key = Ed25519PrivateKey.from_private_bytes(device.private_key)
    settings = store.settings()
    return SyncClient(
        device.server_url,
        ca_file=settings.ca_file or None,
        credentials=Credentials(device.device_id, key),
    )


class SyncEngine:
    """Runs rounds against one store and one client; both are used from one thread."""

    def __init__(self, store: Store, client: SyncClient | None = None) -> None:
        self.store = store
        self.client = client or client_for(store)
        self.batch = BatchSize()

    def run_round(
        self, progress: ProgressFn | None = None, is_cancelled: CancelFn | None = None
    ) -> RoundResult:
        report = progress or (lambda _p: None)
        cancelled = is_cancelled or (lambda: False)
        result = RoundResult(skew_ms=self.client.measure_clock())
        self._push_all(result, report, cancelled)
        if not result.cancelled:
            self._forward_bundles(result)
        if not result.cancelled:
            self._pull_all(result, report, cancelled)
        self.store.record_round(skew_ms=result.skew_ms)
        return result

    def _forward_bundles(self, result: RoundResult) -> None:
        """Bundles carried for other devices go to the server as they are. One the server
        refuses for what it is (damaged, altered, from a revoked device) is set aside with
        the reason: it would be refused again, and must not hold up the others."""
        for bundle_id, content in self.store.relay_pending():
            try:
                answer = self.client.upload_bundle(content)
            except ServerRefused as exc:
                if exc.status not in BUNDLE_REFUSALS:
                    raise  # about this relay or the moment (401, 429, 5xx): try again later
                self.store.mark_forwarded(bundle_id, {"refused": exc.code, "detail": exc.detail})
                result.bundles_refused += 1
                continue
            self.store.mark_forwarded(bundle_id, answer.model_dump())
            result.forwarded += 1

    def pull_reference(self) -> int:
        """Only the pull half of a round (after enrolment: the scope's reference data)."""
        result = RoundResult(skew_ms=self.client.measure_clock())
        self._pull_all(result, lambda _p: None, lambda: False)
        return result.pulled

    @staticmethod
    def _stop(result: RoundResult, cancelled: CancelFn) -> bool:
        result.cancelled = cancelled()
        return result.cancelled

    def _push_all(self, result: RoundResult, report: ProgressFn, cancelled: CancelFn) -> None:
        device = self.store.device()
        assert device is not None
        status = self.store.status()
        total, sent_bytes, last_ack = status.queued + status.sent, 0, -1
        while not self._stop(result, cancelled):
            batch = self.store.pending(self.batch.current, p.MAX_CHANGES_PER_BATCH)
            if not batch:
                return
            answer, size = self._push_batch(device.epoch, batch)
            sent_bytes += size
            rejected = {r.seq: r.reason or "" for r in answer.results if r.refused}
            result.pushed += self.store.apply_push_result(answer.ack_seq, rejected)
            result.rejected += len(rejected)
            if answer.ack_seq == last_ack:
                raise BadAnswer(f"the server's ack stays at {answer.ack_seq}")
            last_ack = answer.ack_seq
            report(Progress("push", result.pushed, total, sent_bytes))

    def _push_batch(self, epoch: int, batch: list[PendingChange]) -> tuple[p.PushResponse, int]:
        request = p.PushRequest(epoch=epoch, changes=[to_change(c) for c in batch])
        self.store.mark_sent([c.seq for c in batch])
        started = time.monotonic()
        try:
            answer = self.client.push(request)
        except Offline:
            self.batch.failed()
            raise
        except ServerRefused as exc:
            if exc.status == 413:
                self.batch.failed()
            raise
        self.batch.succeeded(time.monotonic() - started)
        return answer, sum(c.size for c in batch)

    def _pull_all(self, result: RoundResult, report: ProgressFn, cancelled: CancelFn) -> None:
        cursor = self.store.pull_cursor()
        while not self._stop(result, cancelled):
            page = self.client.pull(cursor, PULL_PAGE)
            items = [i.model_dump() for i in page.items]
            result.pulled += self.store.apply_pull_page(items, page.next_cursor)
            report(Progress("pull", result.pulled, result.pulled + (1 if page.more else 0), 0))
            cursor = page.next_cursor
            if not page.more:
                return


def to_change(c: PendingChange) -> p.Change:
    # Forms carry their МО as ``org``; the server checks scope by ``unit``.
    unit = c.unit or c.payload.get("org")
    return p.Change.model_validate(
        {
            "seq": c.seq,
            "entity": c.entity,
            "id": c.entity_id,
            "op": c.op,
            "unit": unit,
            "hlc": c.hlc,
            "base": c.base_version,
            "data": c.payload,
        }
    )
