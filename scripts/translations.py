"""Translations: ``update`` re-reads tr() strings into the .ts files, ``build`` makes the .qm.

Source strings are Russian. ``svodka_en.ts`` holds the English translation (kept complete:
a test fails on any unfinished entry); ``svodka_ru.ts`` holds Russian plural forms only.
Run from the repository root: ``python scripts/translations.py update|build``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "en")


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    for lang in LANGUAGES:
        ts = FOLDER / f"svodka_{lang}.ts"
        command = [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-source-language", "ru"]
        subprocess.run([*command, "-target-language", lang, "-ts", str(ts)], check=True)


def build() -> None:
    for lang in LANGUAGES:
        ts = FOLDER / f"svodka_{lang}.ts"
        qm = FOLDER / f"svodka_{lang}.qm"
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    {"update": update, "build": build}[sys.argv[1] if len(sys.argv) > 1 else "build"]()
