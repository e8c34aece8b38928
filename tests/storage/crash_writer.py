"""Crash-test writer: unlock a store, write domain facts in a loop, ack each commit on stdout."""

from __future__ import annotations

import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.storage import Profile, Store
from desktop.storage.records import (
    DOCUMENT_STATUSES,
    STAGE_NONE,
    ActInput,
    ArmCountsInput,
    AttachmentInput,
    ConnectionInput,
    DocumentInput,
    OutageInput,
    SubsystemInput,
    WorkstationInput,
)

READY = "ready"
ACK = "ack"
# The parent kills us within milliseconds; this only stops a writer left behind.
MAX_SECONDS = 30.0
QUARTERS = [f"{year}Q{number}" for year in (2023, 2024, 2025) for number in (1, 2, 3, 4)]
CATALOG_KINDS = ("channel", "doc_class", "target_system", "subsystem", "stage", "act_type")


@dataclass(frozen=True)
class World:
    """What the writes pick from: the store's units and catalog codes."""

    units: list[str]
    mos: list[str]
    codes: dict[str, list[str]]


# A write returns the entity (table) and id it touched.
Write = Callable[[Store, random.Random, World], tuple[str, str]]


def load_world(store: Store) -> World:
    units = store.units()
    codes = {kind: [item.code for item in store.catalog(kind)] for kind in CATALOG_KINDS}
    return World([u.code for u in units], [u.code for u in units if u.type == "mo"], codes)


def past_day(rng: random.Random) -> date:
    return date(2024, 1, 1) + timedelta(days=rng.randint(0, 600))


def past_moment(rng: random.Random) -> datetime:
    # At least two hours back, so an outage that ends an hour later is still in the past.
    return datetime.now(UTC) - timedelta(minutes=rng.randint(120, 500_000))


def write_connection(store: Store, rng: random.Random, w: World) -> tuple[str, str]:
    internet = rng.random() < 0.8
    channels = [c for c in w.codes["channel"] if c != "none"]
    r = ConnectionInput(
        unit=rng.choice(w.units),
        internet=internet,
        channel=rng.choice(channels) if internet else None,
        zspd=rng.random() < 0.5,
        skzi=rng.random() < 0.5,
        bandwidth_kbps=rng.randint(0, 100_000) if internet else None,
        provider="Ростелеком" if internet else None,
        observed_at=past_moment(rng),
    )
    return "connection_observations", store.record_connection(r)


def write_outage(store: Store, rng: random.Random, w: World) -> tuple[str, str]:
    started = past_moment(rng)
    ended = started + timedelta(minutes=rng.randint(0, 60)) if rng.random() < 0.7 else None
    r = OutageInput(unit=rng.choice(w.units), started_at=started, ended_at=ended, cause="обрыв")
    return "outages", store.record_outage(r)


def write_arm_counts(store: Store, rng: random.Random, w: World) -> tuple[str, str]:
    total = rng.randint(0, 40)
    r = ArmCountsInput(
        unit=rng.choice(w.units),
        quarter=rng.choice(QUARTERS),
        total=total,
        mis=rng.randint(0, total),
        zspd=rng.randint(0, total),
        certified=rng.randint(0, total),
        workers_need=total,
        workers_provided=rng.randint(0, total),
    )
    return "arm_counts", store.record_arm_counts(r)


def write_workstation(store: Store, rng: random.Random, w: World) -> tuple[str, str]:
    r = WorkstationInput(
        unit=rng.choice(w.units),
        inventory_no=f"ИНВ-{rng.randint(1, 15)}",
        mis_client=rng.random() < 0.7,
        zspd_client=rng.random() < 0.4,
        os="Astra Linux",
        in_service_on=past_day(rng),
    )
    return "workstations", store.save_workstation(r)


def write_document(store: Store, rng: random.Random, w: World) -> tuple[str, str]:
    r = DocumentInput(
        unit=rng.choice(w.units),
        doc_class=rng.choice(w.codes["doc_class"]),
        target_system=rng.choice(w.codes["target_system"]),
        sent_on=past_day(rng),
        count=rng.randint(1, 500),
        signed=rng.random() < 0.5,
        status=rng.choice(DOCUMENT_STATUSES),
    )
    return "documents", store.record_document(r)


def write_subsystem(store: Store, rng: random.Random, w: World) -> tuple[str, str]:
    applicable = rng.random() < 0.8
    stage = rng.choice(w.codes["stage"]) if applicable else STAGE_NONE
    r = SubsystemInput(
        unit=rng.choice(w.units),
        subsystem=rng.choice(w.codes["subsystem"]),
        stage=stage,
        applicable=applicable,
        since=past_day(rng),
    )
    return "subsystem_connections", store.set_subsystem(r)


def write_act(store: Store, rng: random.Random, w: World) -> tuple[str, str]:
    scan = AttachmentInput("акт.pdf", "application/pdf", rng.randbytes(rng.randint(500, 40_000)))
    r = ActInput(
        unit=rng.choice(w.units),
        act_type=rng.choice(w.codes["act_type"]),
        number=f"А-{rng.randint(1, 10_000)}",
        signed_on=past_day(rng),
        attachment=scan,
    )
    return "acts", store.record_act(r)


def write_form(store: Store, rng: random.Random, w: World) -> tuple[str, str]:
    values: dict[str, float | None] = {"2.2": float(rng.randint(0, 50)), "2.3": None}
    overrides = {"2.2": "пересчитано вручную"} if rng.random() < 0.3 else None
    form_id = store.save_form(rng.choice(w.mos), rng.choice(QUARTERS), values, overrides)
    return "quarterly_forms", form_id


WRITES: tuple[Write, ...] = (
    write_connection,
    write_outage,
    write_arm_counts,
    write_workstation,
    write_document,
    write_subsystem,
    write_act,
    write_form,
)


def emit(line: str) -> None:
    # One write(2) per line: a pipe takes it whole (it is far below PIPE_BUF), so a kill
    # leaves either the full line or nothing, never half an ack.
    os.write(sys.stdout.fileno(), (line + "\n").encode())


def ack(store: Store, entity: str, entity_id: str) -> None:
    """Report a committed write with the outbox seq it got (read back after the commit)."""
    seq = store.conn.execute(
        "SELECT max(seq) FROM outbox WHERE entity = ? AND entity_id = ?", (entity, entity_id)
    ).fetchone()[0]
    emit(f"{ACK} {seq} {entity} {entity_id}")


def run(root: Path, user: str, passphrase: str, seed: int) -> None:
    rng = random.Random(seed)
    store = Profile(root).unlock(passphrase, user)
    world = load_world(store)
    emit(READY)
    deadline = time.monotonic() + MAX_SECONDS
    while time.monotonic() < deadline:
        entity, entity_id = rng.choice(WRITES)(store, rng, world)
        ack(store, entity, entity_id)
    store.close()
    sys.exit(3)  # never killed: the parent is gone or broken


def main() -> None:
    """Usage: python -m tests.storage.crash_writer PROFILE USER SEED (passphrase on stdin)."""
    root, user, seed = sys.argv[1:4]
    run(Path(root), user, sys.stdin.readline().rstrip("\n"), int(seed))


if __name__ == "__main__":
    main()
