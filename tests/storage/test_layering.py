"""Only desktop/ui imports Qt: the store, the sync engine, the CLI and the server load none."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
QT_IMPORT = re.compile(r"^\s*(?:import|from)\s+(?:PySide6|shiboken6|PyQt5|PyQt6)\b", re.M)

# A finder that records every attempt to import Qt, even one caught by try/except, and
# works whether or not PySide6 is installed.
CHILD = """
import json, sys
QT = %r
attempts = []

class Spy:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in QT:
            attempts.append(name)
        return None

sys.meta_path.insert(0, Spy())
import importlib, pkgutil
import desktop.storage, desktop.sync, desktop.indicators, desktop.cli, server
for package in (desktop.storage, desktop.sync, desktop.indicators, desktop.cli, server):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations" not in info.name and not info.name.endswith("__main__"):
            importlib.import_module(info.name)
loaded = [m for m in sys.modules if m.split(".")[0] in QT]
print(json.dumps({"attempts": attempts, "loaded": loaded}))
"""


def test_importing_storage_and_sync_loads_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD % (QT,)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert json.loads(done.stdout) == {"attempts": [], "loaded": []}


def test_the_spy_would_see_a_qt_import() -> None:
    probe = CHILD.replace(
        "import desktop.storage,",
        "try:\n    import PySide6.QtCore\nexcept ImportError:\n    pass\nimport desktop.storage,",
        1,
    )
    done = subprocess.run(
        [sys.executable, "-c", probe % (QT,)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "PySide6" in json.loads(done.stdout)["attempts"]


def test_no_qt_import_in_storage_or_sync_sources() -> None:
    sources = sorted((ROOT / "desktop" / "storage").rglob("*.py"))
    sources += sorted((ROOT / "desktop" / "sync").rglob("*.py"))
    sources += sorted((ROOT / "desktop" / "indicators").rglob("*.py"))
    assert len(sources) > 10
    assert QT_IMPORT.search("x = 1\n    from PySide6.QtCore import Qt\n")  # the pattern works
    offenders = [
        str(p.relative_to(ROOT))
        for p in sources
        if QT_IMPORT.search(p.read_text(encoding="utf-8"))
        or 'importlib.import_module("PySide6' in p.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_qt_is_imported_only_by_the_ui_package() -> None:
    sources = [p for p in (ROOT / "desktop").rglob("*.py") if "ui" not in p.parts]
    sources += sorted((ROOT / "server").rglob("*.py"))
    offenders = [
        str(p.relative_to(ROOT)) for p in sources if QT_IMPORT.search(p.read_text("utf-8"))
    ]
    assert offenders == []
    assert any(QT_IMPORT.search(p.read_text("utf-8")) for p in (ROOT / "desktop/ui").glob("*.py"))
