"""Expected errors in words for the GUI (the same sentences as the CLI, in the UI language)."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.cli.messages import describe


def ui_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "ru"


def error_text(exc: Exception) -> str:
    """One sentence for any expected error; unexpected ones keep their type name."""
    return describe(exc, ui_language())
