"""The plenary window as the rapporteur uses it at 15:30: keys, live imports, languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui.plenary.window import PlenaryWindow
from roundtables.ui.rapporteur.workspace import RapporteurWindow
from tests import plenary_support
from tests.plenary_support import HIDDEN, hand_in

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

results = plenary_support.results
rapporteur_store = plenary_support.rapporteur_store


def _open(qtbot, store: Store, event: Event, **options: object) -> PlenaryWindow:  # type: ignore[no-untyped-def]
    window = PlenaryWindow(store, event.id, **options)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _key(qtbot, window: PlenaryWindow, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.view, key)


def _every_page_text(qtbot, window: PlenaryWindow) -> list[str]:  # type: ignore[no-untyped-def]
    _key(qtbot, window, Qt.Key.Key_Home)
    texts = [window.page_text()]
    for expected in range(1, len(window.pages)):
        _key(qtbot, window, Qt.Key.Key_PageDown)
        assert window.index == expected
        texts.append(window.page_text())
    return texts


@pytest.mark.parametrize("arrived", [(1,), (1, 2), (1, 2, 3)], ids=["one", "two", "three"])
def test_the_view_with_one_two_and_three_tables(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event,
    arrived: tuple[int, ...],
) -> None:
    hand_in(rapporteur_store, results, *arrived)
    window = _open(qtbot, rapporteur_store, demo_event)
    texts = _every_page_text(qtbot, window)
    assert len(texts) == len(window.pages)
    overview = texts[0]
    received, expected = overview.split("Still expected")
    for number in (1, 2, 3):
        where = received if number in arrived else expected
        assert f"Round table {number}:" in where
    if len(arrived) == 3:
        assert "Every table has handed in." in expected
    table_pages = [t for t in texts if "Key messages" in t or "Most supported" in t]
    assert len(table_pages) == len(arrived)
    assert sum("Top action points" in t for t in texts) == len(arrived)
    matrix = next(t for t in texts if "The declaration: where the tables stand" in t)
    for number in (1, 2, 3):
        assert (f"Table {number}" in matrix) == (number in arrived)
    # Every stance is a word as well as a colour.
    assert "✓ Support" in matrix.replace("\xa0", " ")
    assert texts[-1].startswith("What several tables raised")
    assert texts[-1].endswith(f"{len(texts)} / {len(texts)}")


def test_keys_and_a_clicker_move_through_the_pages(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1, 2)
    window = _open(qtbot, rapporteur_store, demo_event)
    last = len(window.pages) - 1
    assert window.index == 0
    for key, expected in [
        (Qt.Key.Key_Right, 1), (Qt.Key.Key_PageDown, 2), (Qt.Key.Key_Down, 3),
        (Qt.Key.Key_Left, 2), (Qt.Key.Key_PageUp, 1), (Qt.Key.Key_Up, 0),
        (Qt.Key.Key_PageUp, 0), (Qt.Key.Key_End, last), (Qt.Key.Key_PageDown, last),
        (Qt.Key.Key_Home, 0),
    ]:
        _key(qtbot, window, key)
        assert window.index == expected, key
    assert window.page_label.text() == f"Page 1 of {last + 1}"
    assert window.view.accessibleName() == window.current_page().title


def test_full_screen_toggles_and_escape_leaves_it(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1)
    window = _open(qtbot, rapporteur_store, demo_event)
    _key(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert not window.bar.isVisible()
    _key(qtbot, window, Qt.Key.Key_Right)
    assert window.index == 1
    _key(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.bar.isVisible() and window.index == 1
    _key(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(window.isFullScreen)


def test_importing_while_on_a_later_page_keeps_that_page(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event, prompts
) -> None:
    hand_in(rapporteur_store, results, 1, 2)
    window = _open(qtbot, rapporteur_store, demo_event)
    _key(qtbot, window, Qt.Key.Key_End)
    _key(qtbot, window, Qt.Key.Key_PageUp)
    shown = window.current_page().key
    before = len(window.pages)
    prompts.answer([results[3]])
    qtbot.keyClick(window.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert {"table:3", "actions:3"} <= set(window.plenary.page_keys())
    assert len(window.pages) > before
    assert window.current_page().key == shown
    assert window.index == window.plenary.page_keys().index(shown)
    assert "table 3" in window.status.text()
    # The same file twice changes nothing: same pages, same page, same words.
    keys, index, text = window.plenary.page_keys(), window.index, window.page_text()
    assert window.import_paths([results[3]])[0].outcome == "unchanged"
    assert (window.plenary.page_keys(), window.index, window.page_text()) == (keys, index, text)
    assert not prompts.messages("error")


def test_a_results_file_dropped_on_the_window_is_imported(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    window = _open(qtbot, rapporteur_store, demo_event)
    assert "No table has handed in its results yet." in window.page_text()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(results[2]))])
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(QPoint(50, 50), *args)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(window, QDropEvent(QPointF(50, 50), *args))
    assert "table:2" in window.plenary.page_keys()
    received = window.page_text().split("Still expected")[0]
    assert "Round table 2:" in received


def test_a_kit_or_a_broken_file_is_refused_and_the_page_stays(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event, prompts,
    tmp_path: Path,
) -> None:
    hand_in(rapporteur_store, results, 1)
    window = _open(qtbot, rapporteur_store, demo_event)
    _key(qtbot, window, Qt.Key.Key_Right)
    keys = window.plenary.page_keys()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(results[2].read_bytes()[:200])
    window.import_paths([broken])
    assert window.plenary.page_keys() == keys and window.index == 1
    [message] = prompts.messages("error")
    assert "broken.zip" in message


def test_a_refusing_participant_is_named_on_no_page(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1, 2, 3)
    window = _open(qtbot, rapporteur_store, demo_event)
    for language in ("en", "nl", "fr"):
        window.set_language(language)
        texts = _every_page_text(qtbot, window)
        shown = "\n".join([*texts, window.windowTitle(), window.view.accessibleDescription()])
        for part in HIDDEN.split():
            assert part.casefold() not in shown.casefold(), language
    assert any("proposed that we pool every ICT tender" in t for t in texts)


def test_language_switch_keeps_the_page_and_translates_every_label(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1, 2)
    window = _open(qtbot, rapporteur_store, demo_event)
    assert window.language == "en"  # the event's language
    english = _every_page_text(qtbot, window)
    _key(qtbot, window, Qt.Key.Key_Home)
    _key(qtbot, window, Qt.Key.Key_Right)
    _key(qtbot, window, Qt.Key.Key_Right)
    _key(qtbot, window, Qt.Key.Key_L)
    assert window.language == "nl" and window.index == 2
    assert window.language_choice.currentData() == "nl"
    dutch = _every_page_text(qtbot, window)
    window.language_choice.setCurrentIndex(2)
    assert window.language == "fr"
    french = _every_page_text(qtbot, window)
    for label in ("Results received", "Still expected", "Key messages", "Top action points",
                  "The declaration: where the tables stand", "What several tables raised",
                  "Proposed wordings", "Current text:", "Legend:"):
        assert any(label in t for t in english), label
        assert not any(label in t for t in dutch + french), label
    for label in ("Resultaten ontvangen", "Kernboodschappen", "Belangrijkste actiepunten",
                  "Voorgestelde formuleringen", "Wat meerdere tafels aankaartten", "Steun"):
        assert any(label in t for t in dutch), label
    for label in ("Résultats reçus", "Messages clés", "Principales actions",
                  "Formulations proposées", "Ce que plusieurs tables ont soulevé", "Soutien"):
        assert any(label in t for t in french), label


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_workspace_opens_the_plenary_full_screen_with_f5(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1, 2)
    workspace = RapporteurWindow(rapporteur_store, demo_event.id, opener=lambda path: None)
    qtbot.addWidget(workspace)
    with qtbot.waitExposed(workspace):
        workspace.show()
    workspace.activateWindow()
    qtbot.waitUntil(workspace.isActiveWindow)
    menus = {m.text(): m.menu() for m in workspace.menuBar().actions()}
    assert workspace.plenary_action in menus["&View"].actions()
    qtbot.keyClick(workspace, Qt.Key.Key_F5)
    plenary = workspace.plenary
    assert plenary is not None
    qtbot.waitUntil(plenary.isFullScreen)
    assert plenary.current_page().key == "overview"
    # An import in the workspace shows on the projector too, on the same page.
    _key(qtbot, plenary, Qt.Key.Key_End)
    shown = plenary.current_page().key
    workspace.import_paths([results[3]])
    qtbot.waitUntil(lambda: "table:3" in plenary.plenary.page_keys())
    assert plenary.current_page().key == shown
    workspace.close()


@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_every_demo_page_is_readable_from_the_back_of_the_room(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event,
    screen: tuple[int, int],
) -> None:
    from PySide6.QtCore import QRectF

    from roundtables.ui.plenary.render import body_size, page_area

    hand_in(rapporteur_store, results, 1, 2, 3)
    window = _open(qtbot, rapporteur_store, demo_event)
    width, height = screen
    area = page_area(QRectF(0, 0, width, height))
    for language in ("en", "nl", "fr"):
        window.set_language(language)
        for page in window.pages:
            # At least a thirty-second of the screen's height: 24 px at 768, 34 at 1080.
            assert body_size(page, window.plenary.labels, area.width(), area.height()) >= (
                height / 32
            ), (language, page.key)


SECOND_SCREEN = """
import sys
from PySide6.QtWidgets import QApplication
from roundtables.storage import Store
from roundtables.ui.rapporteur.workspace import RapporteurWindow
app = QApplication([])
with Store.open(sys.argv[1]) as store:
    workspace = RapporteurWindow(store, sys.argv[2], opener=lambda path: None)
    workspace.show()
    plenary = workspace.open_plenary()
    app.processEvents()
    print(workspace.screen().name(), plenary.screen().name(), plenary.isFullScreen(),
          plenary.geometry().getRect())
    workspace.close()
"""


def test_with_a_beamer_the_plenary_fills_the_other_screen(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event, tmp_path: Path
) -> None:
    import json
    import os
    import subprocess
    import sys

    hand_in(rapporteur_store, results, 1)
    screens = tmp_path / "screens.json"
    base = {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1, "y": 0}
    screens.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "width": 1366, "height": 768, **base},
        {"name": "beamer", "x": 1366, "width": 1920, "height": 1080, **base},
    ]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}"}
    rapporteur_store.close()  # the other process is the rapporteur's laptop now
    result = subprocess.run(
        [sys.executable, "-c", SECOND_SCREEN, str(rapporteur_store.path), demo_event.id],
        capture_output=True, text=True, env=env, timeout=120,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(maxsplit=3)[:3] == ["laptop", "beamer", "True"]
    assert "(1366, 0, 1920, 1080)" in result.stdout


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_plenary_uses_the_attribution_chosen_for_the_synthesis(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event
) -> None:
    hand_in(rapporteur_store, results, 1, 2, 3)
    workspace = RapporteurWindow(rapporteur_store, demo_event.id, opener=lambda path: None)
    qtbot.addWidget(workspace)
    named = [p.name for p in rapporteur_store.participants(demo_event.id)
             if p.consent == "named"]
    plenary = workspace.open_plenary()
    qtbot.waitUntil(plenary.isActiveWindow)
    shown = "\n".join(_every_page_text(qtbot, plenary))
    assert any(name in shown for name in named)  # action point owners, by their consent
    choice = workspace.generate_panel.attribution
    choice.setCurrentIndex(choice.findData("anonymous"))
    assert workspace.open_plenary() is plenary
    qtbot.waitUntil(plenary.isActiveWindow)
    shown = "\n".join(_every_page_text(qtbot, plenary))
    assert not any(name in shown for name in named)
    workspace.close()
