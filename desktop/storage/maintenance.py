"""Health checks (``doctor``), encrypted backups and restore of a whole profile."""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.storage import cipher, journal, keyslots
from desktop.storage.errors import NotAStore, StoreExists
from desktop.storage.profile import DB_NAME, KEYS_NAME, Profile
from desktop.storage.store import Store

BACKUP_FORMAT = "svodka-backup"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class Check:
    """One doctor finding: a stable name, whether it passed, and details for the log."""

    name: str
    ok: bool
    detail: str = ""


def doctor(store: Store) -> list[Check]:
    """Run every integrity check; nothing is modified."""
    checks = [Check("cipher_version", True, cipher.require_cipher_4())]
    for name, run in (
        ("cipher_integrity", _cipher_integrity),
        ("sqlite_integrity", _sqlite_integrity),
        ("foreign_keys", _foreign_keys),
        ("audit_chain", _audit_chain),
        ("audit_complete", _audit_complete),
        ("outbox_audited", _outbox_audited),
    ):
        try:
            checks.append(run(store))
        except cipher.DatabaseError as exc:
            # A page that fails to decrypt aborts the query: that is the finding to report.
            checks.append(Check(name, False, f"cannot read: {exc}"))
    return checks


def _cipher_integrity(store: Store) -> Check:
    bad_pages = store.conn.execute("PRAGMA cipher_integrity_check").fetchall()
    return Check("cipher_integrity", not bad_pages, "; ".join(r[0] for r in bad_pages))


def _sqlite_integrity(store: Store) -> Check:
    result = [r[0] for r in store.conn.execute("PRAGMA integrity_check").fetchall()]
    return Check("sqlite_integrity", result == ["ok"], "; ".join(result))


def _foreign_keys(store: Store) -> Check:
    fk = store.conn.execute("PRAGMA foreign_key_check").fetchall()
    return Check("foreign_keys", not fk, f"{len(fk)} dangling references")


def _audit_chain(store: Store) -> Check:
    broken = journal.verify_audit_chain(store.conn)
    return Check("audit_chain", broken is None, f"broken at entry {broken}" if broken else "")


def _audit_complete(store: Store) -> Check:
    # The chain alone cannot show entries cut from its end: compare with the counter.
    count, last = store.conn.execute("SELECT count(*), max(seq) FROM audit_log").fetchone()
    counter = store.conn.execute("SELECT value FROM counters WHERE name = 'audit'").fetchone()[0]
    ok = count == counter and (last or 0) == counter
    return Check("audit_complete", ok, f"{count} entries, counter {counter}")


def _outbox_audited(store: Store) -> Check:
    missing = store.conn.execute(
        "SELECT count(*) FROM outbox o WHERE NOT EXISTS"
        " (SELECT 1 FROM audit_log a WHERE a.outbox_seq = o.seq)"
    ).fetchone()[0]
    return Check("outbox_audited", missing == 0, f"{missing} changes without audit entry")


def backup(store: Store, target: Path) -> Path:
    """Write an encrypted copy of the database plus its key slots into one file."""
    target = target.expanduser().resolve()
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        copy = Path(tmp) / DB_NAME
        # VACUUM INTO keeps SQLCipher's key: the copy is encrypted like the original.
        store.conn.execute("VACUUM INTO ?", (str(copy),))
        partial = target.with_name(target.name + ".partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as zf:
            manifest = {"format": BACKUP_FORMAT, "version": 1, "store_id": store.store_id}
            zf.writestr(MANIFEST, json.dumps(manifest))
            zf.write(store.profile.keys_path, KEYS_NAME)
            zf.write(copy, DB_NAME)
        with partial.open("rb") as fh:
            os.fsync(fh.fileno())
        partial.replace(target)
    store.audit("backup_made", {"file": target.name})
    return target


def restore(source: Path, profile: Profile) -> None:
    """Unpack a backup into an empty profile folder; it opens with the old passphrases."""
    if profile.exists():
        raise StoreExists(profile.root)
    try:
        with zipfile.ZipFile(source) as zf:
            manifest = json.loads(zf.read(MANIFEST))
            if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
                raise NotAStore(source, "not a Svodka backup")
            keys = zf.read(KEYS_NAME)
            if keyslots.loads(source, keys).store_id != manifest.get("store_id"):
                raise NotAStore(source, "the backup's key file belongs to another store")
            profile.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            with zf.open(DB_NAME) as src, profile.db_path.open("wb") as dst:
                while chunk := src.read(1 << 20):
                    dst.write(chunk)
                dst.flush()
                os.fsync(dst.fileno())
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError):
        raise NotAStore(source, "not a Svodka backup or damaged") from None
    keyslots.write_atomically(profile.keys_path, keys)
