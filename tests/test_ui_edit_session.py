"""One edit session per window (issue 16.2): every panel saves, undoes, refuses and
turns read-only through the window's one session, and listens to the store once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_session_support import finalise
from ui_workspace_support import open_workspace

from roundtables.domain import DeclarationArticle, Event, Note
from roundtables.services import events
from roundtables.storage import Store
from roundtables.ui.edit_session import NAVIGATION, EditSession, ReadOnlyBanner
from roundtables.ui.i18n import install_translator
from roundtables.ui.organiser.editor import EventEditor
from roundtables.ui.rapporteur.workspace import RapporteurWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

WINDOWS = ("facilitator", "organiser", "rapporteur")


def open_window(qtbot: QtBot, store: Store, event: Event, kind: str) -> QMainWindow:
    """One of the three windows that edit, shown."""
    window: QMainWindow
    if kind == "facilitator":
        return open_workspace(qtbot, store, event)
    if kind == "organiser":
        window = EventEditor(store, event.id)
    else:
        opened: list[Path] = []
        window = RapporteurWindow(store, event.id, opener=opened.append)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def panels_of(window: QMainWindow) -> list[QWidget]:
    """Every widget of the window that was handed an edit session."""
    return [w for w in window.findChildren(QWidget) if isinstance(getattr(w, "session", None),
                                                                  EditSession)]


def inside_a_choice(widget: QWidget) -> bool:
    """A combo box's own popup list or line edit: its choices are not data."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def views_of(window: QMainWindow) -> list[QAbstractItemView]:
    return [v for v in window.findChildren(QAbstractItemView)
            if v.model() is not None and not inside_a_choice(v)
            and not isinstance(v, QHeaderView) and not v.property(NAVIGATION)]


def editable_cells(model: QAbstractItemModel) -> list[tuple[int, int]]:
    return [
        (row, column)
        for row in range(min(model.rowCount(), 5))
        for column in range(12)
        if model.index(row, column).isValid()
        and model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
    ]


def still_editable(window: QMainWindow) -> list[str]:
    """Every field, list cell and editing control that would still change something."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget.property(NAVIGATION):  # a filter or a search field changes nothing
            continue
        if inside_a_choice(widget):
            continue
        name = f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}"
        typed = isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox)
        if typed and widget.isEnabled() and not widget.isReadOnly():  # type: ignore[attr-defined]
            found.append(name)
    for panel in panels_of(window):
        found += [f"action {a.text()!r}" for a in getattr(panel, "_editing_actions", [])
                  if a.isEnabled()]
    for view in views_of(window):
        if editable_cells(view.model()):
            found.append(f"cells of {view.accessibleName()!r} {type(view).__name__} "
                         f"{type(view.parentWidget()).__name__} {type(view.model()).__name__}")
    return found


@pytest.fixture(params=WINDOWS)
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_every_panel_uses_the_windows_one_session_and_one_subscription(
    qtbot, store, demo_event, kind
):
    listening = len(store.listeners)
    window = open_window(qtbot, store, demo_event, kind)
    session = window.session  # type: ignore[attr-defined]
    panels = panels_of(window)
    assert len(panels) >= 3
    assert all(p.session is session for p in panels)  # type: ignore[attr-defined]
    assert len(store.listeners) == listening + 1, "one store subscription per window"


def _edit(window: QMainWindow, store: Store, event: Event, kind: str) -> tuple[type, str, str]:
    """One ordinary edit in the window, through its own widgets: (class, id, field)."""
    if kind == "facilitator":
        note = window.model.note_at(0)  # type: ignore[attr-defined]
        window.model.toggle_key_message(0)  # type: ignore[attr-defined]
        return Note, note.id, "key_message"
    if kind == "organiser":
        model = window.articles.model  # type: ignore[attr-defined]
        article = store.articles(event.id)[0]
        assert model.setData(model.index(0, 2), "Changed by the organiser")
        return DeclarationArticle, article.id, "text"
    panel = window.key_panel  # type: ignore[attr-defined]
    panel.messages.setCurrentRow(0)
    note = panel.current_note()
    panel.editor.setPlainText("Worded again by the rapporteur")
    panel.save_current()
    return Note, note.id, "text"


def test_undo_and_redo_of_an_edit_go_through_the_one_session(qtbot, store, demo_event, kind):
    window = open_window(qtbot, store, demo_event, kind)
    stack = window.session.undo_stack  # type: ignore[attr-defined]
    assert stack.count() == 0
    cls, record_id, name = _edit(window, store, demo_event, kind)
    after = getattr(store.get(cls, record_id), name)
    assert stack.count() == 1
    stack.undo()
    before = getattr(store.get(cls, record_id), name)
    assert before != after
    stack.redo()
    assert getattr(store.get(cls, record_id), name) == after
    stack.undo()
    assert getattr(store.get(cls, record_id), name) == before


def test_a_finalised_event_makes_every_panel_of_the_window_read_only(
    qtbot, store, demo_event, kind
):
    window = open_window(qtbot, store, demo_event, kind)
    assert still_editable(window), "the walk finds the window's fields while editable"
    events.finalise(store, demo_event.id)  # from anywhere: the CLI or another window
    assert window.session.read_only  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: still_editable(window) == [])
    if kind == "rapporteur":
        buttons = [window.tables_panel.star_button,  # type: ignore[attr-defined]
                   window.key_panel.save_button,  # type: ignore[attr-defined]
                   window.key_panel.unstar_button,  # type: ignore[attr-defined]
                   window.actions_panel.merge_button]  # type: ignore[attr-defined]
        assert not any(b.isEnabled() for b in buttons)
    assert window.session.undo_stack.count() == 0  # type: ignore[attr-defined]
    banner = window.banner  # type: ignore[attr-defined]
    assert banner.isVisible() and "finalised" in banner.text()
    events.reopen(store, demo_event.id)
    qtbot.waitUntil(lambda: bool(still_editable(window)))
    assert not banner.isVisible()


@pytest.fixture(params=["nl", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    installed = install_translator(qapp, request.param)
    assert installed
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


REFUSED = {
    "nl": ("Niet bewaard", "Evenement '{slug}' is afgerond en alleen-lezen; heropen het om het "
           "te wijzigen"),
    "fr": ("Non enregistré", "L'événement « {slug} » est finalisé et en lecture seule ; "
           "rouvrez-le pour le modifier"),
}


def test_a_refused_save_is_one_line_in_the_interface_language(
    store, demo_event, prompts, language
):
    table = store.find_table(demo_event, 1)
    session = EditSession(store, event=demo_event)
    note = store.notes(table.id)[0]
    note.text = "Too late"
    # Finalised behind the session's back: the store refuses.
    finalise(store, demo_event.id, unseen=True)
    assert not session.save([note], "Edit note")
    # Heard of it: the session refuses before the store is asked, in the same words.
    session.follow(store.get(Event, demo_event.id))
    assert session.read_only and not session.save([note], "Edit note")
    title, text = REFUSED[language]
    expected = ("error", title, text.format(slug=demo_event.slug))
    assert prompts.asked == [expected, expected]
    assert store.get(Note, note.id).text != "Too late"
    assert session.undo_stack.count() == 0


def test_an_undo_step_keeps_only_the_changed_fields(store, demo_event, tmp_path):
    table = store.find_table(demo_event, 1)
    session = EditSession(store, event=demo_event)
    from roundtables.domain import Attachment

    photo = Attachment(table_id=table.id, filename="chart.jpg", content=b"x" * 50_000,
                       sha256="0" * 64)
    assert session.save([photo], "Attach")
    stored = store.get(Attachment, photo.id)
    stored.caption = "Flip chart"
    assert session.save([stored], "Caption", merge_key="caption")
    stored.caption = "Flip chart 1"
    assert session.save([stored], "Caption", merge_key="caption")
    assert session.undo_stack.count() == 2, "typing a caption merges into one step"
    step = session.undo_stack.command(1)
    assert step.changes[0].before == {"caption": ""}
    assert step.changes[0].after == {"caption": "Flip chart 1"}
    session.undo_stack.undo()
    assert store.get(Attachment, photo.id).caption == ""
    session.undo_stack.undo()
    assert store.get(Attachment, photo.id).deleted
    session.undo_stack.redo()
    back = store.get(Attachment, photo.id)
    assert not back.deleted and back.content == b"x" * 50_000


def test_a_read_only_database_makes_the_session_read_only(qtbot, store, demo_event, prompts):
    path = store.path
    store.close()
    reader = Store.open(path, writer=False)
    try:
        session = EditSession(reader, event=reader.get(Event, demo_event.id))
        assert session.read_only
        assert not session.editable()
        [message] = prompts.messages("error")
        assert "read-only" in message
        banner = ReadOnlyBanner(session, "finalised")
        qtbot.addWidget(banner)
        assert not banner.isHidden() and banner.text() == message
    finally:
        reader.close()
