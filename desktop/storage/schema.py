"""Schema migrations of the local store, applied in order on every open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlite_utils.migrations import Migrations

from desktop.storage.errors import StoreTooNew

MIGRATION_SET = "svodka"
migrations = Migrations(MIGRATION_SET)

# Each migration is a list of statements run one by one: ``executescript`` would commit
# the surrounding transaction that sqlite-utils opens for the migration.
INITIAL_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) STRICT;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE units (
  code TEXT PRIMARY KEY, name TEXT NOT NULL, short_name TEXT, type TEXT NOT NULL,
  parent TEXT, district TEXT, frmo_oid TEXT, ownership TEXT, level INTEGER, address TEXT,
  closed_on TEXT, invented INTEGER NOT NULL DEFAULT 0, updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX units_parent ON units(parent);
CREATE INDEX units_district ON units(district);

CREATE TABLE region_packs (
  id TEXT PRIMARY KEY, region TEXT NOT NULL, version TEXT NOT NULL, title TEXT NOT NULL,
  invented INTEGER NOT NULL DEFAULT 0, active INTEGER NOT NULL DEFAULT 1, loaded_at TEXT NOT NULL
) STRICT;
CREATE TABLE catalog_items (
  pack_id TEXT NOT NULL REFERENCES region_packs(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, sort INTEGER NOT NULL DEFAULT 0,
  extra TEXT, PRIMARY KEY (pack_id, kind, code)
) STRICT;
CREATE TABLE indicators (
  pack_id TEXT NOT NULL REFERENCES region_packs(id) ON DELETE CASCADE,
  number TEXT NOT NULL, name TEXT NOT NULL, measure TEXT NOT NULL, kind TEXT NOT NULL,
  split INTEGER NOT NULL DEFAULT 0, base_value REAL, base_date TEXT, source_ref TEXT,
  definition TEXT, note TEXT, PRIMARY KEY (pack_id, number)
) STRICT;
CREATE TABLE targets (
  pack_id TEXT NOT NULL, indicator TEXT NOT NULL, year INTEGER NOT NULL, part TEXT NOT NULL,
  value_abs REAL, value_pct REAL, note TEXT,
  PRIMARY KEY (pack_id, indicator, year, part),
  FOREIGN KEY (pack_id, indicator) REFERENCES indicators(pack_id, number) ON DELETE CASCADE
) STRICT;

CREATE TABLE attachments (
  id TEXT PRIMARY KEY, file_name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,
  sha256 TEXT NOT NULL, content BLOB NOT NULL, created_at TEXT NOT NULL
) STRICT;
CREATE TABLE acts (
  id TEXT PRIMARY KEY, unit TEXT NOT NULL REFERENCES units(code), act_type TEXT NOT NULL,
  number TEXT NOT NULL, signed_on TEXT NOT NULL, attachment_id TEXT REFERENCES attachments(id),
  note TEXT, created_at TEXT NOT NULL, created_by TEXT NOT NULL
) STRICT;
CREATE INDEX acts_unit ON acts(unit, signed_on);

CREATE TABLE connection_observations (
  id TEXT PRIMARY KEY, unit TEXT NOT NULL REFERENCES units(code), observed_at TEXT NOT NULL,
  internet INTEGER NOT NULL CHECK (internet IN (0, 1)), channel TEXT, bandwidth_kbps INTEGER,
  provider TEXT, zspd INTEGER CHECK (zspd IN (0, 1)), skzi INTEGER CHECK (skzi IN (0, 1)),
  source TEXT NOT NULL DEFAULT 'manual', latency_ms INTEGER, act_id TEXT REFERENCES acts(id),
  note TEXT, created_at TEXT NOT NULL, created_by TEXT NOT NULL
) STRICT;
CREATE INDEX observations_unit ON connection_observations(unit, observed_at);
CREATE TABLE outages (
  id TEXT PRIMARY KEY, unit TEXT NOT NULL REFERENCES units(code), started_at TEXT NOT NULL,
  ended_at TEXT, cause TEXT, source TEXT NOT NULL DEFAULT 'manual', note TEXT,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
  CHECK (ended_at IS NULL OR ended_at >= started_at)
) STRICT;
CREATE INDEX outages_unit ON outages(unit, started_at);

CREATE TABLE arm_counts (
  id TEXT PRIMARY KEY, unit TEXT NOT NULL REFERENCES units(code), quarter TEXT NOT NULL,
  total INTEGER NOT NULL, mis INTEGER NOT NULL, zspd INTEGER NOT NULL, certified INTEGER,
  workers_need INTEGER, workers_provided INTEGER, note TEXT,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
  UNIQUE (unit, quarter)
) STRICT;
CREATE TABLE workstations (
  id TEXT PRIMARY KEY, unit TEXT NOT NULL REFERENCES units(code), inventory_no TEXT NOT NULL,
  room TEXT, os TEXT, mis_client INTEGER NOT NULL, zspd_client INTEGER NOT NULL,
  certificate TEXT, in_service_on TEXT, retired_on TEXT, note TEXT,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
  UNIQUE (unit, inventory_no)
) STRICT;

CREATE TABLE documents (
  id TEXT PRIMARY KEY, unit TEXT NOT NULL REFERENCES units(code), doc_class TEXT NOT NULL,
  target_system TEXT, sent_on TEXT NOT NULL, count INTEGER NOT NULL CHECK (count > 0),
  signed INTEGER NOT NULL CHECK (signed IN (0, 1)), status TEXT NOT NULL, registry_no TEXT,
  note TEXT, created_at TEXT NOT NULL, created_by TEXT NOT NULL
) STRICT;
CREATE INDEX documents_unit ON documents(unit, sent_on);

CREATE TABLE subsystem_connections (
  id TEXT PRIMARY KEY, unit TEXT NOT NULL REFERENCES units(code), subsystem TEXT NOT NULL,
  applicable INTEGER NOT NULL CHECK (applicable IN (0, 1)), stage TEXT NOT NULL, since TEXT,
  act_id TEXT REFERENCES acts(id), note TEXT,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
  UNIQUE (unit, subsystem)
) STRICT;

CREATE TABLE quarterly_forms (
  id TEXT PRIMARY KEY, org TEXT NOT NULL REFERENCES units(code), quarter TEXT NOT NULL,
  pack_id TEXT, status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'submitted', 'accepted', 'returned')),
  values_json TEXT NOT NULL DEFAULT '{}', overrides_json TEXT NOT NULL DEFAULT '{}',
  submitted_at TEXT, submitted_by TEXT, reviewed_at TEXT, review_comment TEXT,
  created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,
  UNIQUE (org, quarter)
) STRICT;

CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')), unit TEXT,
  payload TEXT NOT NULL, created_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'queued'
    CHECK (state IN ('queued', 'sent', 'synced', 'quarantined')),
  attempts INTEGER NOT NULL DEFAULT 0, error TEXT, synced_at TEXT
) STRICT;
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE INDEX outbox_entity ON outbox(entity, entity_id);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  entity TEXT, entity_id TEXT, unit TEXT, outbox_seq INTEGER, details TEXT NOT NULL,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_unit ON audit_log(unit, seq);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY, entity TEXT NOT NULL, entity_id TEXT NOT NULL, field TEXT NOT NULL,
  kept_value TEXT, lost_value TEXT, kept_clock TEXT, lost_clock TEXT, lost_device TEXT,
  detected_at TEXT NOT NULL, seen INTEGER NOT NULL DEFAULT 0
) STRICT;
"""


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip()]


@migrations(name="0001_initial")
def _initial(db: Any) -> None:
    for statement in _statements(INITIAL_SCHEMA):
        db.execute(statement)
    db.execute("INSERT INTO counters (name, value) VALUES ('outbox', 0), ('audit', 0)")


SYNC_CLOCKS = """
ALTER TABLE outbox ADD COLUMN hlc TEXT;
ALTER TABLE outbox ADD COLUMN base_version INTEGER;
CREATE TABLE record_versions (
  entity TEXT NOT NULL, entity_id TEXT NOT NULL, version INTEGER NOT NULL,
  PRIMARY KEY (entity, entity_id)
) STRICT;
ALTER TABLE conflicts ADD COLUMN kept_device TEXT
"""


@migrations(name="0002_sync_clocks")
def _sync_clocks(db: Any) -> None:
    """Per-change clocks and the server version each record was last seen at."""
    for statement in _statements(SYNC_CLOCKS):
        db.execute(statement)


RELAY = """
CREATE TABLE relay_bundles (
  bundle_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, first_seq INTEGER NOT NULL,
  last_seq INTEGER NOT NULL, count INTEGER NOT NULL, content BLOB NOT NULL,
  received_at TEXT NOT NULL, forwarded_at TEXT, result TEXT
) STRICT
"""


@migrations(name="0003_relay_bundles")
def _relay_bundles(db: Any) -> None:
    """Bundles carried for other devices, kept byte for byte until the server has them."""
    for statement in _statements(RELAY):
        db.execute(statement)


@migrations(name="0004_history_sort")
def _history_sort(db: Any) -> None:
    """The history view sorts by action with a keyset on (action, seq), and in one unit's
    window on (unit, action, seq); by unit it uses audit_unit, by time the rowid."""
    db.execute("CREATE INDEX IF NOT EXISTS audit_action ON audit_log(action)")
    db.execute("CREATE INDEX IF NOT EXISTS audit_unit_action ON audit_log(unit, action)")


@migrations(name="0005_pack_content")
def _pack_content(db: Any) -> None:
    """The whole pack as loaded, so indicators can be computed by the rules it carries."""
    db.execute("ALTER TABLE region_packs ADD COLUMN content TEXT")


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def applied_names(db: Any) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def check_not_newer(db: Any, path: Path) -> None:
    """Refuse a store that has migrations this version does not know."""
    unknown = [n for n in applied_names(db) if n not in known_names()]
    if unknown:
        raise StoreTooNew(path, "schema " + ", ".join(unknown))


def migrate(db: Any, path: Path) -> list[str]:
    """Apply pending migrations; return the names applied now."""
    check_not_newer(db, path)
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    return pending
