"""The interface language: ROUNDTABLES_LANG picks the translation file, when present."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from roundtables.storage import Store
from roundtables.ui.i18n import install_translator, interface_language
from roundtables.ui.start_window import StartWindow

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_BE">
<context>
    <name>StartWindow</name>
    <message>
        <source>Roundtables</source>
        <translation>Rondetafels</translation>
    </message>
</context>
</TS>
"""


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


def test_language_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROUNDTABLES_LANG", "fr_BE")
    assert interface_language() == "fr"
    monkeypatch.setenv("ROUNDTABLES_LANG", "nl")
    assert interface_language() == "nl"


def test_a_translation_file_translates_the_windows(
    tmp_path: Path, store: Store, qtbot: QtBot
) -> None:
    (tmp_path / "roundtables_nl.ts").write_text(TS, encoding="utf-8")
    subprocess.run(
        [lrelease(), str(tmp_path / "roundtables_nl.ts"), "-qm",
         str(tmp_path / "roundtables_nl.qm")],
        check=True, capture_output=True, timeout=60,
    )
    app = QApplication.instance()
    assert app is not None
    installed = install_translator(app, "nl", folder=tmp_path)
    try:
        assert installed
        window = StartWindow(store)
        qtbot.addWidget(window)
        assert window.windowTitle() == "Rondetafels"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def test_english_and_missing_languages_install_nothing(tmp_path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    assert install_translator(app, "en", folder=tmp_path) == []
    assert install_translator(app, "xx", folder=tmp_path) == []
