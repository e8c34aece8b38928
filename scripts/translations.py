"""Translations: ``update`` re-reads tr() strings into the .ts files, ``build`` makes the .qm.

Source strings are Russian. ``svodka_en.ts`` holds the English translation (kept complete:
a test fails on any unfinished entry); ``svodka_ru.ts`` holds Russian plural forms only.
Run from the repository root: ``python scripts/translations.py update|build``;
``fill FILE.json`` puts English words (a JSON object, Russian source → English) into the
unfinished entries of ``svodka_en.ts``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def fill(words_file: str) -> None:
    """English for unfinished entries from ``words_file``; prints what is still missing."""
    words: dict[str, str] = json.loads(Path(words_file).read_text(encoding="utf-8"))
    ts = FOLDER / "svodka_en.ts"
    tree = ET.parse(ts)
    missing = []
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") != "unfinished":
            continue
        english = words.get(source.text or "")
        if english is None or message.get("numerus") == "yes":  # plurals are done by hand
            missing.append(source.text or "")
            continue
        translation.text = english
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for text in missing:
        print(f"still unfinished: {text!r}")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "fill":
        fill(sys.argv[2])
    else:
        {"update": update, "build": build}[command]()
