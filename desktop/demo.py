"""The demo profile: invented units and a few facts, so the product can be tried at once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from desktop.storage import Profile, Store
from desktop.storage.records import ArmCountsInput, ConnectionInput, DocumentInput

DEMO_PASSPHRASE = "svodka-demo"
DEMO_USER = "demo"


def ensure_demo(root: Path, *, reset: bool = False) -> Profile:
    """The demo profile in ``root``, made on first use (or anew with ``reset``)."""
    profile = Profile(root)
    if reset and profile.exists():
        profile.delete_files()
    if not profile.exists():
        created = profile.create(DEMO_USER, DEMO_PASSPHRASE)
        with created.store as store:
            store.load_demo_registry()
            _sample_facts(store)
    return profile


def _sample_facts(store: Store) -> None:
    """A few facts so the demo has something to show; all about invented units."""
    now = datetime.now(UTC)
    last_quarter_day = date(now.year, 3 * ((now.month - 1) // 3) + 1, 1) - timedelta(days=1)
    quarter = f"{last_quarter_day.year}Q{(last_quarter_day.month - 1) // 3 + 1}"
    store.record_connection(
        ConnectionInput(
            "DEMO-FAP-012",
            True,
            "mobile",
            zspd=False,
            note="Модем 3G, связь пропадает вечером",
            observed_at=now - timedelta(days=2),
        )
    )
    store.record_connection(
        ConnectionInput("DEMO-TVSP-011", True, "fibre", zspd=True, skzi=True, bandwidth_kbps=50_000)
    )
    store.record_connection(ConnectionInput("DEMO-FP-014", False, note="Связи нет"))
    store.record_arm_counts(
        ArmCountsInput(
            "DEMO-FAP-012", quarter, total=2, mis=1, zspd=0, workers_need=2, workers_provided=2
        )
    )
    store.record_arm_counts(
        ArmCountsInput("DEMO-TVSP-011", quarter, total=24, mis=22, zspd=20, certified=18)
    )
    store.record_document(
        DocumentInput(
            "DEMO-TVSP-011", "semd", last_quarter_day, 140, target_system="remd", signed=True
        )
    )
