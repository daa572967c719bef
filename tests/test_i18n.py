"""The Dutch and French interface: complete, faithful to placeholders, and really shown.

The shipped files are roundtables/resources/translations/roundtables_{nl,fr}.ts (edited by
translators) and the .qm files compiled from them (loaded by roundtables.ui.i18n).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from roundtables.domain import Event
from roundtables.resources import resource_path
from roundtables.storage import Store
from roundtables.ui.i18n import install_translator
from roundtables.ui.start_window import StartWindow

ROOT = Path(__file__).resolve().parent.parent
FOLDER = resource_path("translations")
LANGUAGES = ("nl", "fr")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"<[^>]+>")


def load_tool(name: str) -> ModuleType:
    """A script of tools/ as a module (tools/ is not a package)."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        # registered first, as an import would: a dataclass in it looks itself up there
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(ROOT / "tools"))


def lrelease() -> str:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    if found.exists():
        return str(found)
    on_path = shutil.which("pyside6-lrelease")
    if on_path is None:
        pytest.skip("pyside6-lrelease is not installed")
    return on_path


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for every message of a .ts file."""
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (ts.name, name, message.findtext("source"))
            yield name, message.findtext("source") or "", translation


def mnemonics(text: str) -> int:
    """How many mnemonic ampersands (a doubled && is a literal ampersand)."""
    return text.replace("&&", "").count("&")


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """pytest-qt's application, the one translators are installed on."""
    return qapp


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_faithfully(language: str) -> None:
    ts = FOLDER / f"roundtables_{language}.ts"
    found = list(messages(ts))
    assert len(found) > 500  # the whole interface, not a sample
    wrong = []
    for context, source, translation in found:
        text = translation.text or ""
        where = f"{language} {context}: {source!r} -> {text!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            wrong.append(f"untranslated {where}")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"placeholders differ {where}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            wrong.append(f"HTML tags differ {where}")
        if min(mnemonics(source), 1) != mnemonics(text):
            wrong.append(f"mnemonic & differs {where}")
        if (source[:1].isspace(), source[-1:].isspace()) != (text[:1].isspace(),
                                                             text[-1:].isspace()):
            wrong.append(f"leading/trailing space differs {where}")
    assert wrong == []
    assert all(context for context, _, _ in found), "a message without a context never matches"


def test_the_translation_files_cover_every_string_of_the_interface(tmp_path: Path) -> None:
    """Re-extracting from today's code adds nothing untranslated and loses nothing."""
    update = load_tool("update_translations")
    for language in LANGUAGES:
        shutil.copy(FOLDER / f"roundtables_{language}.ts", tmp_path)
    update.extract(folder=tmp_path, extra=tmp_path / "extra.py")
    for language in LANGUAGES:
        shipped = {(c, s) for c, s, _ in messages(FOLDER / f"roundtables_{language}.ts")}
        fresh = list(messages(tmp_path / f"roundtables_{language}.ts"))
        assert {(c, s) for c, s, _ in fresh} == shipped, "run `make translations`"
        new = [(c, s) for c, s, t in fresh if t.get("type") == "unfinished"]
        assert new == [], f"translate these in roundtables_{language}.ts"


def test_shorthand_translations_are_found_under_their_run_time_context(tmp_path: Path) -> None:
    patterns = load_tool("i18n_patterns")
    module = tmp_path / "panel.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication, QObject\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Files', text)\n"
        "def phrase(numbers, tr):\n"
        "    return tr('{first} and {last}')\n"
        "class Window(QObject):\n"
        "    def specs(self):\n"
        "        tr = self.tr\n"
        "        return [tr('&File'), phrase([1, 2], self.tr), _tr('{name} is empty')]\n"
        "def guard():\n"
        "    tr = QCoreApplication.translate\n"
        "    return tr('Rapporteur', 'Not changed'), tr(Window.__name__)\n",
        encoding="utf-8",
    )
    found = {(m.context, m.source) for m in patterns.find_messages([module])}
    assert found == {
        ("Window", "&File"),
        ("Window", "{first} and {last}"),
        ("Files", "{name} is empty"),
        ("Rapporteur", "Not changed"),
    }


@pytest.mark.parametrize(
    ("language", "context", "source", "expected"),
    [
        ("nl", "StartWindow", "&File", "&Bestand"),
        ("nl", "StartWindow", "Choose your round table", "Kies uw rondetafel"),
        ("nl", "WorkspaceKeys", "&Table", "&Tafel"),
        ("fr", "StartWindow", "&File", "&Fichier"),
        ("fr", "StartWindow", "Choose your round table", "Choisissez votre table ronde"),
        ("fr", "WorkspaceKeys", "A&genda", "&Ordre du jour"),
    ],
)
def test_the_shipped_qm_translates(
    language: str, context: str, source: str, expected: str, app: QApplication
) -> None:
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"roundtables_{language}.qm"))
    assert translator.translate(context, source) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_compiled_from_the_ts(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"roundtables_{language}.qm"
    result = subprocess.run(
        [lrelease(), str(FOLDER / f"roundtables_{language}.ts"), "-qm", str(fresh)],
        check=True, capture_output=True, text=True, timeout=60,
    )
    assert " 0 unfinished" in result.stdout
    assert fresh.read_bytes() == (FOLDER / f"roundtables_{language}.qm").read_bytes(), (
        "the .qm is stale: run `make translations`"
    )


@pytest.mark.parametrize(
    ("language", "menus", "heading"),
    [
        ("nl", ["&Bestand", "&Organisator", "&Help"], "Kies uw rondetafel"),
        ("fr", ["&Fichier", "&Organisateur", "A&ide"], "Choisissez votre table ronde"),
    ],
)
def test_the_start_window_speaks_the_chosen_language(
    language: str, menus: list[str], heading: str, app: QApplication, store: Store,
    demo_event: Event, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ROUNDTABLES_LANG", language)
    installed = install_translator(app)  # the language from the environment, shipped files
    try:
        assert installed
        window = StartWindow(store)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] == menus[0] and titles[-1] == menus[-1] and set(menus) <= set(titles)
        assert heading in [label.text() for label in window.findChildren(type(window.message))]
        event = window.events_tree.topLevelItem(0)
        assert event is not None
        table = event.child(0)
        assert table is not None
        number = "Tafel 1" if language == "nl" else "Table 1\N{NO-BREAK SPACE}:"
        assert table.text(0).startswith(number)
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    english = StartWindow(store)
    qtbot.addWidget(english)
    assert english.menuBar().actions()[0].text() == "&File"  # removed again for other tests


def test_the_table_workspace_menus_are_translated(
    app: QApplication, store: Store, demo_event: Event, qtbot: QtBot,
) -> None:
    """Its actions are declared as data (ui/keymap.py) and translated when built."""
    from ui_workspace_support import FakeClock

    from roundtables.ui.workspace import TableWorkspace

    installed = install_translator(app, "fr")
    try:
        table = store.find_table(demo_event, 1)
        workspace = TableWorkspace(store, table.id, clock=FakeClock())
        qtbot.addWidget(workspace)
        titles = [a.text() for a in workspace.menuBar().actions()]
        assert titles[0] == "&Table"
        # Alt+D shows the declaration: the menu gives up its "d" (issue 12)
        assert titles[1].replace("&", "") == "Édition" and "&d" not in titles[1]
        assert "&Ordre du jour" in titles
        assert workspace.action_by_id["save_note"].text() == "Enregistrer la note"
    finally:
        for translator in installed:
            app.removeTranslator(translator)


def shown_texts(window: QWidget) -> set[str]:
    """Every text a window shows or reads out: labels, buttons, tabs, items, headers, actions."""
    found: set[str] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        for getter in ("text", "placeholderText", "toolTip", "accessibleName", "windowTitle",
                       "title"):
            value = getattr(widget, getter, None)
            if callable(value):
                try:
                    text = value()
                except TypeError:  # a text(column) of an item view, not a widget's own
                    continue
                if isinstance(text, str):
                    found.add(text)
        if isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model keeps columnCount private: one column
                columns = 1
            found.update(str(model.headerData(i, Qt.Orientation.Horizontal))
                         for i in range(columns))
    found.update(action.text() for action in window.findChildren(QAction))
    return {text.replace("&", "") for text in found if text}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_window_shows_an_english_interface_string(
    language: str, app: QApplication, store: Store, demo_event: Event, qtbot: QtBot,
) -> None:
    """Catches a string translated under a context Qt never looks up (it stays English)."""
    from ui_workspace_support import FakeClock

    from roundtables.ui.organiser.editor import EventEditor
    from roundtables.ui.organiser.library import LibraryWindow
    from roundtables.ui.rapporteur.workspace import RapporteurWindow
    from roundtables.ui.workspace import TableWorkspace

    english = {
        source.replace("&", "")
        for _, source, translation in messages(FOLDER / f"roundtables_{language}.ts")
        if (translation.text or "").replace("&", "") != source.replace("&", "")
    }
    table = store.find_table(demo_event, 1)
    installed = install_translator(app, language)
    try:
        windows: list[QWidget] = [
            StartWindow(store), EventEditor(store, demo_event.id), LibraryWindow(store),
            RapporteurWindow(store, demo_event.id),
            TableWorkspace(store, table.id, clock=FakeClock()),
        ]
        untranslated = {}
        for window in windows:
            qtbot.addWidget(window)
            for tabs in window.findChildren(QTabWidget):  # panels built on first show
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
            shown = shown_texts(window)
            assert len(shown) > 10
            untranslated[type(window).__name__] = sorted(shown & english)
    finally:
        for translator in installed:
            app.removeTranslator(translator)
    assert untranslated == {type(w).__name__: [] for w in windows}
    # the check is real: the same windows in English show many of those strings
    assert len(shown_texts(StartWindow(store)) & english) > 5
