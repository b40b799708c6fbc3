"""Interface translations: pick the language, install Qt's and our Qt Linguist translators.

Source strings are English (``self.tr`` / ``QCoreApplication.translate``); Korean and Japanese
live in ``resources/i18n/contiple_desktop_{ko,ja}.ts`` and are compiled to ``.qm`` by
``python -m contiple_desktop.i18n.build``. A missing ``.qm`` falls back to English quietly.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SUPPORTED = ("ko", "en", "ja")
DEFAULT_LANGUAGE = "en"
CATALOG = "contiple_desktop"


def resources_dir() -> Path:
    """``resources/`` next to the package (source tree) or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "i18n"


def system_language() -> str:
    name = QLocale.system().name().split("_")[0].lower()
    return name if name in SUPPORTED else DEFAULT_LANGUAGE


def resolve_language(cli_lang: str | None, stored: str | None) -> str:
    """``--lang`` wins, then the stored ``ui_language`` setting, then the system locale."""
    for candidate in (cli_lang, stored):
        if candidate and candidate in SUPPORTED:
            return candidate
    return system_language()


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install Qt's own (qtbase) and the app's translators for ``lang``; returns those installed.

    The caller keeps the returned list alive for the lifetime of the application.
    """
    QLocale.setDefault(QLocale(lang))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"{CATALOG}_{lang}", str(translations_dir()))]
    if lang != "en":  # English is the source text; its catalogue only carries plural forms
        candidates.insert(0, (f"qtbase_{lang}", qt_dir))
    for name, directory in candidates:
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no translation %s in %s", name, directory)
            translator.deleteLater()
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    translators.clear()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context`` without translating it (typed for mypy)."""
    return text
