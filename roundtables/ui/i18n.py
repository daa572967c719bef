"""The interface language: a QTranslator for ROUNDTABLES_LANG or the system locale."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from roundtables.resources import resource_path

SUPPORTED = ("en", "nl", "fr")


def interface_language() -> str:
    """The language to show: $ROUNDTABLES_LANG, else the system's (two letters)."""
    wanted = os.environ.get("ROUNDTABLES_LANG", "").strip() or QLocale.system().name()
    return wanted.replace("-", "_").split("_")[0].lower() or "en"


def install_translator(
    app: QCoreApplication, language: str | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Install the app's (and Qt's own) translations for the language, when present.

    English needs none; a language without a ``roundtables_<lang>.qm`` file shows
    English.  Returns the translators installed (kept alive by ``app`` as parent).
    """
    language = language or interface_language()
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    candidates = [
        (folder or resource_path("translations")) / f"roundtables_{language}.qm",
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        / f"qtbase_{language}.qm",
    ]
    for path in candidates:
        translator = QTranslator(app)
        if path.is_file() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
