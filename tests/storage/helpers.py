"""Shared helpers of the storage tests: file snapshots and one write of every kind."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.storage import Store
from desktop.storage.records import (
    ActInput,
    ArmCountsInput,
    AttachmentInput,
    ConnectionInput,
    DocumentInput,
    OutageInput,
    SubsystemInput,
    WorkstationInput,
)

PAGE = 4096
UNIT = "DEMO-FAP-012"
UNIT_NAME = "ФАП с. Берёзовка (демо)"
NOTE = "Уникальная пометка Берёзовка"
SCAN = b"%PDF-1.4\n" + "Скан акта: уникальная пометка".encode() + bytes(range(256)) * 8


def snapshot(folder: Path) -> dict[str, str]:
    """Every file of a folder by name, with the SHA-256 of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def pages(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [data[i : i + PAGE] for i in range(0, len(data), PAGE)]


def count(store: Store, table: str) -> int:
    return int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def write_every_kind(store: Store, unit: str = UNIT, note: str = NOTE) -> dict[str, str]:
    """One record of every kind through the domain API; returns their ids by table."""
    now = datetime.now(UTC)
    ids = {
        "connection_observations": store.record_connection(
            ConnectionInput(
                unit,
                True,
                "mobile",
                zspd=True,
                provider="Связь",
                note=note,
                observed_at=now - timedelta(hours=2),
            )
        ),
        "outages": store.record_outage(
            OutageInput(unit, now - timedelta(days=1), cause="Обрыв", note=note)
        ),
        "arm_counts": store.record_arm_counts(
            ArmCountsInput(unit, "2024Q4", total=3, mis=2, zspd=1, note=note)
        ),
        "workstations": store.save_workstation(
            WorkstationInput(
                unit, "INV-001", True, False, room="1", note=note, in_service_on=date(2024, 1, 15)
            )
        ),
        "documents": store.record_document(
            DocumentInput(unit, "semd", date(2024, 11, 5), 4, target_system="remd", note=note)
        ),
        "acts": store.record_act(
            ActInput(
                unit,
                "connection",
                "А-17",
                date(2024, 10, 1),
                note=note,
                attachment=AttachmentInput("акт.pdf", "application/pdf", SCAN),
            )
        ),
    }
    ids["subsystem_connections"] = store.set_subsystem(
        SubsystemInput(unit, "lab", "pilot", since=date(2024, 10, 1), act_id=ids["acts"], note=note)
    )
    return ids
