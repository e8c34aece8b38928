"""What sync needs from the store: device identity, outbox transitions, pulled pages."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.storage import journal
from desktop.storage.forms import FormStore
from desktop.storage.ids import utc_now
from desktop.storage.reference import ReferenceLoader
from desktop.storage.remote import RemoteRecords

DEVICE_KEYS = (
    "device_id",
    "device_epoch",
    "device_key",
    "server_url",
    "server_signing_key",
    "server_box_key",
    "scope_kind",
    "scope_code",
)


@dataclass(frozen=True)
class DeviceIdentity:
    """This device as the server knows it; ``private_key`` never leaves the store."""

    device_id: str
    epoch: int
    private_key: bytes
    server_url: str
    server_signing_key: str
    server_box_key: str
    scope_kind: str
    scope_code: str


@dataclass(frozen=True)
class PendingChange:
    seq: int
    entity: str
    entity_id: str
    op: str
    unit: str | None
    payload: dict[str, Any]
    size: int
    hlc: str | None = None
    base_version: int | None = None


class SyncState(ReferenceLoader, FormStore, RemoteRecords):
    """Outbox and pull bookkeeping; each method is one transaction."""

    def _set_meta(self, values: dict[str, str]) -> None:
        self.conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            list(values.items()),
        )

    def device(self) -> DeviceIdentity | None:
        rows = dict(
            self.conn.execute(
                f"SELECT key, value FROM meta WHERE key IN ({','.join('?' * len(DEVICE_KEYS))})",
                DEVICE_KEYS,
            ).fetchall()
        )
        if "device_id" not in rows:
            return None
        return DeviceIdentity(
            rows["device_id"],
            int(rows["device_epoch"]),
            bytes.fromhex(rows["device_key"]),
            rows["server_url"],
            rows["server_signing_key"],
            rows["server_box_key"],
            rows["scope_kind"],
            rows["scope_code"],
        )

    def save_device(self, identity: DeviceIdentity) -> None:
        """Remember the enrolment; queued changes keep their seqs (the server's ack is 0)."""
        with self.transaction():
            self._set_meta(
                {
                    "device_id": identity.device_id,
                    "device_epoch": str(identity.epoch),
                    "device_key": identity.private_key.hex(),
                    "server_url": identity.server_url,
                    "server_signing_key": identity.server_signing_key,
                    "server_box_key": identity.server_box_key,
                    "scope_kind": identity.scope_kind,
                    "scope_code": identity.scope_code,
                    "pull_cursor": "0",
                }
            )
            journal.append_audit(
                self.conn,
                actor=self.actor,
                action="device_enrolled",
                details={
                    "device": identity.device_id,
                    "server": identity.server_url,
                    "scope": f"{identity.scope_kind}:{identity.scope_code}",
                },
            )

    def pending(self, max_bytes: int, max_count: int, after: int = 0) -> list[PendingChange]:
        """The oldest changes not yet held by the server and past ``after`` (a seq already
        on its way), up to a byte budget (always at least one)."""
        rows = self.conn.execute(
            "SELECT seq, entity, entity_id, op, unit, payload, hlc, base_version FROM outbox"
            " WHERE state IN ('queued', 'sent') AND seq > ? ORDER BY seq LIMIT ?",
            (after, max_count),
        )
        batch: list[PendingChange] = []
        used = 0
        for seq, entity, entity_id, op, unit, payload, hlc, base in rows:
            size = len(payload) + len(entity_id) + 40
            if batch and used + size > max_bytes:
                break
            batch.append(
                PendingChange(
                    seq, entity, entity_id, op, unit, json.loads(payload), size, hlc, base
                )
            )
            used += size
        return batch

    def mark_sent(self, seqs: list[int]) -> None:
        with self.transaction():
            self.conn.executemany(
                "UPDATE outbox SET state = 'sent', attempts = attempts + 1 WHERE seq = ?"
                " AND state IN ('queued', 'sent')",
                [(s,) for s in seqs],
            )

    def apply_push_result(self, ack_seq: int, rejected: dict[int, str]) -> int:
        """Every seq ≤ ack is held by the server: synced, or quarantined with its reason.

        Only seqs are marked: a record edited while its change was in flight has a newer
        seq of its own, which stays queued."""
        now = utc_now()
        with self.transaction():
            self.conn.executemany(
                "UPDATE outbox SET state = 'quarantined', error = ?, synced_at = ?"
                " WHERE seq = ? AND state IN ('queued', 'sent')",
                [(reason, now, seq) for seq, reason in rejected.items() if seq <= ack_seq],
            )
            done = self.conn.execute(
                "UPDATE outbox SET state = 'synced', synced_at = ?, error = NULL"
                " WHERE seq <= ? AND state IN ('queued', 'sent')",
                (now, ack_seq),
            ).rowcount
            # A server restored from an older backup acks less than it once did: what it
            # no longer holds goes back in the queue.
            self.conn.execute(
                "UPDATE outbox SET state = 'queued', synced_at = NULL"
                " WHERE seq > ? AND state = 'synced'",
                (ack_seq,),
            )
        return int(done)

    def pull_cursor(self) -> int:
        return int(self.meta("pull_cursor") or 0)

    def apply_pull_page(self, items: list[dict[str, Any]], next_cursor: int) -> int:
        """Apply a page of reference data and others' records, and move the cursor, together:
        a crash between the two would otherwise skip or repeat a page (repeats are harmless,
        skips not)."""
        units = [i["data"] for i in items if i["kind"] == "unit"]
        with self.transaction():
            if units:
                self.load_registry(units, source="server")
            for item in items:
                if item["kind"] == "pack":
                    self.load_pack(item["data"])
                elif item["kind"] == "form_review":
                    self._apply_review(item["data"])
                elif item["kind"] == "record":
                    self._apply_record(item["data"])
            self._set_meta({"pull_cursor": str(next_cursor)})
        return len(items)

    def _apply_review(self, review: dict[str, Any]) -> None:
        if self.form(review["org"], review["quarter"]) is not None:
            self.apply_form_review(
                review["org"],
                review["quarter"],
                review["status"],
                review.get("comment"),
                review["reviewed_at"],
            )

    def add_relay_bundle(self, header: dict[str, Any], content: bytes) -> bool:
        """Keep a bundle to forward; False when it was already here (imported twice)."""
        with self.transaction():
            added = self.conn.execute(
                "INSERT INTO relay_bundles (bundle_id, device_id, first_seq, last_seq, count,"
                " content, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (bundle_id) DO NOTHING",
                (
                    header["bundle_id"],
                    header["device_id"],
                    header["first_seq"],
                    header["last_seq"],
                    header["count"],
                    content,
                    utc_now(),
                ),
            ).rowcount
            if added:
                journal.append_audit(
                    self.conn,
                    actor=self.actor,
                    action="bundle_received",
                    details={
                        k: header[k] for k in ("bundle_id", "device_id", "first_seq", "last_seq")
                    },
                )
        return bool(added)

    def relay_pending(self) -> list[tuple[str, bytes]]:
        rows = self.conn.execute(
            "SELECT bundle_id, content FROM relay_bundles"
            " WHERE forwarded_at IS NULL ORDER BY received_at"
        )
        return [(str(r[0]), bytes(r[1])) for r in rows]

    def mark_forwarded(self, bundle_id: str, result: dict[str, Any]) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE relay_bundles SET forwarded_at = ?, result = ? WHERE bundle_id = ?",
                (utc_now(), journal.canonical_json(result), bundle_id),
            )

    def record_round(self, *, skew_ms: int | None) -> None:
        with self.transaction():
            values = {"last_sync_at": utc_now()}
            if skew_ms is not None:
                values["clock_skew_ms"] = str(skew_ms)
            self._set_meta(values)
