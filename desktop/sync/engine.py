"""One sync round: push the outbox in byte-sized batches, then pull reference data."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.storage import Store
from desktop.sync.client import Credentials, SyncClient
from desktop.sync.errors import NotEnrolled, ServerRefused
from desktop.sync.push import IN_FLIGHT, Pusher
from desktop.sync.rounds import BatchSize, CancelFn, Progress, ProgressFn, RoundResult

PULL_PAGE = 500
BUNDLE_REFUSALS = {403, 409, 413, 422}  # the bundle itself is at fault: retrying cannot help


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
        self.in_flight = IN_FLIGHT  # pushes on the wire at once (1: wait for each answer)

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

    def _push_all(self, result: RoundResult, report: ProgressFn, cancelled: CancelFn) -> None:
        Pusher(self.store, self.client, self.batch, self.in_flight).run(result, report, cancelled)

    def _pull_all(self, result: RoundResult, report: ProgressFn, cancelled: CancelFn) -> None:
        cursor = self.store.pull_cursor()
        while not result.stop(cancelled):
            page = self.client.pull(cursor, PULL_PAGE)
            items = [i.model_dump() for i in page.items]
            result.pulled += self.store.apply_pull_page(items, page.next_cursor)
            report(Progress("pull", result.pulled, result.pulled + (1 if page.more else 0), 0))
            cursor = page.next_cursor
            if not page.more:
                return
