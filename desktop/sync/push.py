"""Draining the outbox with two pushes on the wire: one uploads while the other's answer returns.

On a slow link with a long round trip a push that waits for its answer leaves the line idle
for a round trip per batch. Two requests on two connections keep it busy. The server takes a
device's pushes one at a time and acks only a contiguous run, so a batch that overtakes the one
before it is answered with no progress and simply goes again."""

from __future__ import annotations

import time
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

import requests

from desktop.storage import Store
from desktop.storage.syncstate import PendingChange
from desktop.sync import protocol as p
from desktop.sync.client import SyncClient
from desktop.sync.errors import BadAnswer, Offline, ServerRefused
from desktop.sync.rounds import BatchSize, CancelFn, Progress, ProgressFn, RoundResult

IN_FLIGHT = 2
STALLS_ALLOWED = 4  # answers in a row that move nothing before the round gives up


@dataclass
class Flight:
    """One push on its way: what it carries, on which connection, since when."""

    batch: list[PendingChange]
    client: SyncClient
    answer: Future[p.PushResponse]
    started: float

    @property
    def last_seq(self) -> int:
        return self.batch[-1].seq

    @property
    def size(self) -> int:
        return sum(c.size for c in self.batch)


def twin(client: SyncClient) -> SyncClient:
    """The same client (class, server, key, clock offset) on a connection of its own."""
    return replace(client, session=requests.Session())


class Pusher:
    """One round's push half. The store is touched only from the calling thread."""

    def __init__(
        self, store: Store, client: SyncClient, batch: BatchSize, in_flight: int = IN_FLIGHT
    ) -> None:
        self.store = store
        self.batch = batch
        self.in_flight = in_flight
        self.idle = [client]
        self.spares: list[SyncClient] = []  # made for this round, closed at its end
        self.flights: deque[Flight] = deque()
        self.after = 0  # the highest seq already on its way
        self.rewind: int | None = None  # after a gap: resend from here once the rest landed
        self.acked = -1  # the highest ack seen this round: answers may come back stale
        self.stalls = 0
        self.sent_bytes = 0

    def run(self, result: RoundResult, report: ProgressFn, cancelled: CancelFn) -> None:
        device = self.store.device()
        assert device is not None
        status = self.store.status()
        total = status.queued + status.sent
        failure: Exception | None = None
        with ThreadPoolExecutor(self.in_flight, thread_name_prefix="push") as pool:
            try:
                while True:
                    if failure is None and not result.stop(cancelled):
                        self._launch(pool, device.epoch)
                    if not self.flights:
                        break
                    failure = failure or self._land(self.flights.popleft(), result)
                    report(Progress("push", result.pushed, total, self.sent_bytes))
            finally:
                for spare in self.spares:
                    spare.close()
        if failure is not None:
            raise failure

    def _launch(self, pool: ThreadPoolExecutor, epoch: int) -> None:
        """Fill the free slots with the next batches past what is already on its way."""
        if self.rewind is not None:
            if self.flights:
                return  # they may fill the gap, or be gap answers too: let them land first
            self.after, self.rewind = self.rewind, None
        while len(self.flights) < self.in_flight:
            batch = self.store.pending(self.batch.current, p.MAX_CHANGES_PER_BATCH, self.after)
            if not batch:
                return
            self.store.mark_sent([c.seq for c in batch])
            client = self._free_client()
            request = p.PushRequest(epoch=epoch, changes=[to_change(c) for c in batch])
            answer = pool.submit(client.push, request)
            self.flights.append(Flight(batch, client, answer, time.monotonic()))
            self.after = batch[-1].seq

    def _free_client(self) -> SyncClient:
        if self.idle:
            return self.idle.pop()
        self.spares.append(twin(self.flights[0].client))
        return self.spares[-1]

    def _land(self, flight: Flight, result: RoundResult) -> Exception | None:
        """Apply one answer; a failure is returned, to be raised once the others are in."""
        self.idle.append(flight.client)
        try:
            answer = flight.answer.result()
        except (Offline, ServerRefused, BadAnswer) as exc:
            if isinstance(exc, Offline) or getattr(exc, "status", 0) == 413:
                self.batch.failed()
            return exc
        self.batch.succeeded(time.monotonic() - flight.started)
        self.sent_bytes += flight.size
        moved = answer.ack_seq > self.acked
        self.acked = max(self.acked, answer.ack_seq)
        rejected = {r.seq: r.reason or "" for r in answer.results if r.refused}
        result.pushed += self.store.apply_push_result(self.acked, rejected)
        result.rejected += len(rejected)
        if self.acked < flight.last_seq:
            # A gap before (part of) this batch: the server wants everything after its ack.
            self.rewind = min(self.acked, self.rewind if self.rewind is not None else self.acked)
        self.stalls = 0 if moved or rejected else self.stalls + 1
        if self.stalls > STALLS_ALLOWED:
            return BadAnswer(f"the server's ack stays at {answer.ack_seq}")
        return None


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
