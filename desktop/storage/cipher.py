"""SQLCipher connections: raw-key open, required PRAGMAs, cipher checks, sqlite-utils wiring."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlcipher3.dbapi2

# sqlite-utils catches the exception classes of the module it imported as ``sqlite3``;
# it prefers ``pysqlite3`` when present, so pointing that name at sqlcipher3 *before*
# sqlite-utils is first imported makes its ``except sqlite3.OperationalError`` clauses
# match errors raised by our encrypted connections.
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", sqlcipher3.dbapi2)

# sqlite-utils imports numpy when it is installed, to store numpy values; we never pass any,
# and since the chart library brought numpy along that import cost ~0.1 s of every start-up.
# Hidden while sqlite-utils loads (an ImportError to it), then visible again for the charts.
_HIDE_NUMPY = "numpy" not in sys.modules and "sqlite_utils.db" not in sys.modules
if _HIDE_NUMPY:
    sys.modules["numpy"] = None  # type: ignore[assignment]
try:
    import sqlite_utils  # (must follow the aliasing above)
    import sqlite_utils.db
    import sqlite_utils.utils
finally:
    if _HIDE_NUMPY:
        del sys.modules["numpy"]

# If sqlite-utils was imported before this module (an isort-ordered ``import sqlite_utils``
# above ``from desktop.storage …`` is enough), it already bound the stdlib sqlite3 and the
# aliasing above came too late: point the names its ``except`` clauses read at sqlcipher3.
_CIPHER_NAMES = {
    "sqlite3": sqlcipher3,
    "dbapi2": sqlcipher3.dbapi2,
    "OperationalError": sqlcipher3.dbapi2.OperationalError,
}
for _module in (sqlite_utils.utils, sqlite_utils.db):
    for _name, _value in _CIPHER_NAMES.items():
        if hasattr(_module, _name):
            setattr(_module, _name, _value)

from desktop.storage.errors import CipherUnsupported, NotAStore  # noqa: E402

Error = sqlcipher3.dbapi2.Error
DatabaseError = sqlcipher3.dbapi2.DatabaseError
OperationalError = sqlcipher3.dbapi2.OperationalError
IntegrityError = sqlcipher3.dbapi2.IntegrityError
Connection = sqlcipher3.dbapi2.Connection

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 10_000
CACHE_KIB = 65_536


def cipher_version() -> str:
    """Return the SQLCipher version linked into sqlcipher3 ('' when it is plain SQLite)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else ""


def require_cipher_4() -> str:
    """Fail unless SQLCipher ≥ 4 is linked: a build against SQLCipher 3 writes weak files."""
    version = cipher_version()
    try:
        major = int(version.split(".", 1)[0])
    except ValueError:
        major = 0
    if major < 4:
        raise CipherUnsupported(version)
    return version


def connect(path: Path, key: bytes, *, check_same_thread: bool = True) -> Any:
    """Open ``path`` with a raw 256-bit key and the store's PRAGMAs; verify the key works.

    Raises NotAStore when the file cannot be decrypted or read as a database.
    """
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=check_same_thread)
    try:
        # A raw key skips SQLCipher's own PBKDF2: the passphrase was already stretched
        # by Argon2id in the key slot, so the open costs microseconds, not 100 ms.
        # SQLCipher's own log goes to stderr and would break the CLI's one-line errors;
        # damage is reported through typed errors and ``doctor`` instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except DatabaseError as exc:
        conn.close()
        raise NotAStore(path, f"cannot decrypt or read the database: {exc}") from exc
    return conn


def database(conn: Any) -> sqlite_utils.Database:
    """Wrap a keyed connection for sqlite-utils (never ``Database(path)``: it cannot key)."""
    return sqlite_utils.Database(conn)


def is_plain_sqlite(path: Path) -> bool:
    """True when ``path`` starts with the unencrypted SQLite header."""
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"
