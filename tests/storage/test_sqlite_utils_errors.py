"""sqlite-utils must catch the errors of our sqlcipher3 connections (desktop/storage/cipher.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3
import sqlite_utils.db
import sqlite_utils.utils

from desktop.storage import Store, cipher

ROOT = Path(__file__).resolve().parents[2]


def test_sqlite_utils_uses_sqlcipher3() -> None:
    # vars(): these names are sqlite-utils internals, not exported for type checkers.
    for module in (sqlite_utils.utils, sqlite_utils.db):
        names = vars(module)
        assert names["sqlite3"] is sqlcipher3, module.__name__
        assert names["OperationalError"] is cipher.OperationalError, module.__name__
    assert vars(sqlite_utils.utils)["dbapi2"] is sqlcipher3.dbapi2


def test_sqlite_utils_ignores_what_it_should_on_an_open_store(store: Store) -> None:
    store.db.table("does_not_exist").drop(ignore=True)
    assert store.db.table("units").exists()
    assert not store.db.table("does_not_exist").exists()


def test_connection_errors_are_the_cipher_module_classes(store: Store) -> None:
    with pytest.raises(cipher.OperationalError) as caught:
        store.conn.execute("SELECT * FROM does_not_exist")
    assert isinstance(caught.value, sqlite_utils.utils.OperationalError)
    with pytest.raises(cipher.OperationalError):
        store.db.execute("SELECT nonsense FROM units")
    with pytest.raises(cipher.IntegrityError):
        store.conn.execute("INSERT INTO meta (key, value) VALUES ('format', 'x')")


CHILD = """
import sys
import sqlite_utils  # imported first, as an isort-ordered module would
from pathlib import Path
from desktop.storage import KdfParams, Profile
store = Profile(Path(sys.argv[1])).create(
    "u", "passphrase", kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1)).store
store.db.table("does_not_exist").drop(ignore=True)
store.close()
print("ok")
"""


def test_import_order_does_not_matter(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / "p")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "ok"), done.stderr


def test_start_up_does_not_load_numpy_but_charts_still_can() -> None:
    """sqlite-utils would import numpy (~0.1 s) on every start; it is kept for the charts."""
    probe = (
        "import sys, desktop.cli.main, desktop.storage\n"
        "assert 'numpy' not in sys.modules, 'numpy loaded at start-up'\n"
        "import numpy\n"
        "print(numpy.__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "numpy"
