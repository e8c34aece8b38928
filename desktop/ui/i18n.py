"""Translations: the app's own (Russian source strings, English in ``svodka_en.qm``) and Qt's."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.paths import resources_dir

LANGUAGES = {"ru": "Русский", "en": "English"}
DEFAULT_LANGUAGE = "ru"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the translators for ``language``; returns them (they must outlive the app).

    Source strings are Russian, so Russian needs only the plural forms (``svodka_ru.qm``) and
    Qt's own dialogs (``qtbase_ru``); a missing file leaves the Russian text, never English."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(QLocale.Language.Russian if language == "ru" else QLocale.Language.English)
    )
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{language}", qt_dir),
        (f"svodka_{language}", translations_dir()),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded
