"""The declaration panel on a real database: stances by key, wording, idle saves, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from ui_session_support import finalise, session_for

from roundtables.domain import ArticleFeedback, DeclarationArticle, Event, RoundTable
from roundtables.storage import Store
from roundtables.ui.edit_session import EditSession
from roundtables.ui.panels.declaration import DeclarationPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def table(store: Store, demo_event: Event) -> RoundTable:
    # The demo's tables answered every article; one more article is still open.
    store.save(
        DeclarationArticle(
            event_id=demo_event.id,
            number=99,
            title="Repair",
            text="We will buy devices that can be repaired and upgraded.",
        )
    )
    return store.find_table(demo_event, 2)


@pytest.fixture
def session(store: Store, table: RoundTable) -> EditSession:
    return session_for(store, table)


@pytest.fixture
def stack(session: EditSession) -> QUndoStack:
    return session.undo_stack


@pytest.fixture
def panel(qtbot, session: EditSession, table: RoundTable) -> DeclarationPanel:
    widget = DeclarationPanel(session, table)
    qtbot.addWidget(widget)
    widget.idle_ms = 50
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def articles(store: Store, table: RoundTable) -> list[DeclarationArticle]:
    return store.articles(table.event_id)


def open_article(store: Store, table: RoundTable) -> tuple[int, DeclarationArticle]:
    """An article this table has not given feedback on yet."""
    for i, article in enumerate(articles(store, table)):
        if store.feedback_for(table.id, article.id) is None:
            return i, article
    raise AssertionError("no article without feedback")


def test_one_editor_per_article_with_stored_feedback(panel, store, table):
    assert len(panel.editors) == len(articles(store, table)) > 0
    for editor in panel.editors:
        stored = store.feedback_for(table.id, editor.article.id)
        checked = editor.stances.checkedButton()
        if stored is None:
            assert checked is None
        else:
            assert checked is editor.buttons[stored.stance]
            assert editor.fields["rationale"].toPlainText() == stored.rationale


def test_amend_by_shortcut_prefills_the_wording_to_edit(qtbot, panel, store, table, stack):
    i, article = open_article(store, table)
    panel.go_to(i)
    editor = panel.editors[i]
    qtbot.keyClick(editor.buttons["support"], Qt.Key.Key_A, CTRL_ALT)
    saved = store.feedback_for(table.id, article.id)
    assert saved and saved.stance == "amend" and saved.proposed_wording == article.text
    wording = editor.fields["proposed_wording"]
    assert wording.isVisible() and wording.hasFocus()
    qtbot.keyClicks(wording, "Every contract includes the clause.")  # replaces the selection
    qtbot.keyClick(wording, Qt.Key.Key_Tab)  # leaving the field saves it
    saved = store.feedback_for(table.id, article.id)
    assert saved and saved.proposed_wording == "Every contract includes the clause."
    assert stack.count() == 2, "the stance, then one step for the whole text typed"
    stack.undo()
    saved = store.feedback_for(table.id, article.id)
    assert saved and saved.proposed_wording == article.text
    assert wording.toPlainText() == article.text
    stack.undo()
    assert store.feedback_for(table.id, article.id) is None
    assert editor.stances.checkedButton() is None
    stack.redo()
    saved = store.feedback_for(table.id, article.id)
    assert saved and saved.stance == "amend"


def test_stance_by_arrow_keys_and_shortcuts(qtbot, panel, store, table):
    i, article = open_article(store, table)
    panel.go_to(i)
    editor = panel.editors[i]
    qtbot.keyClick(editor.buttons["support"], Qt.Key.Key_S, CTRL_ALT)
    saved = store.feedback_for(table.id, article.id)
    assert saved and saved.stance == "support"
    editor.buttons["support"].setFocus()
    qtbot.keyClick(editor.buttons["support"], Qt.Key.Key_Right)
    qtbot.keyClick(editor.buttons["amend"], Qt.Key.Key_Right)
    saved = store.feedback_for(table.id, article.id)
    assert saved and saved.stance == "reject"
    assert len(store.feedback(table.id)) == len(
        [e for e in panel.editors if e.feedback is not None]
    ), "still one feedback per article"


def test_rationale_is_saved_after_a_pause_not_per_keystroke(qtbot, panel, store, table, stack):
    i, article = open_article(store, table)
    editor = panel.editors[i]
    panel.set_stance(editor, "reject")
    rationale = editor.fields["rationale"]
    rationale.setFocus()
    qtbot.keyClicks(rationale, "Out of scope for local")
    qtbot.waitUntil(lambda: not editor.timers["rationale"].isActive())
    qtbot.keyClicks(rationale, " authorities.")
    qtbot.waitUntil(lambda: not editor.timers["rationale"].isActive())
    saved = store.feedback_for(table.id, article.id)
    assert saved and saved.rationale == "Out of scope for local authorities."
    assert stack.count() == 2, "idle saves in one visit merge into one undo step"


def test_text_needs_a_stance_first(qtbot, panel, store, table, stack):
    i, article = open_article(store, table)
    rationale = panel.editors[i].fields["rationale"]
    assert rationale.isReadOnly()
    rationale.setFocus()
    qtbot.keyClicks(rationale, "nothing")
    panel.editors[i].flush()
    assert store.feedback_for(table.id, article.id) is None
    assert stack.count() == 0


def test_next_article_moves_the_keyboard(qtbot, panel):
    panel.go_to(0)
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert panel.current() == 1
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.current() == 0


def test_read_only_shows_but_refuses(qtbot, panel, store, table, stack):
    before = store.feedback(table.id)
    finalise(store, table.event_id)
    i, _article = open_article(store, table)
    editor = panel.editors[i]
    assert not editor.buttons["amend"].isEnabled()
    panel.go_to(i)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL_ALT)
    panel.set_stance(editor, "amend")
    assert store.feedback(table.id) == before
    assert editor.stances.checkedButton() is None
    assert all(e.fields["rationale"].isReadOnly() for e in panel.editors)
    assert stack.count() == 0


def test_a_deleted_feedback_is_revived_not_duplicated(panel, store, table):
    i, article = open_article(store, table)
    editor = panel.editors[i]
    panel.set_stance(editor, "support")
    first = store.feedback_for(table.id, article.id)
    assert first
    store.tombstone(first)
    assert editor.feedback is None
    panel.set_stance(editor, "reject")
    again = store.feedback_for(table.id, article.id)
    assert again and again.id == first.id and again.stance == "reject"
    count = store._execute(
        "SELECT COUNT(*) FROM article_feedback WHERE table_id=? AND article_id=?",
        (table.id, article.id),
    ).fetchone()[0]
    assert count == 1


def test_follows_feedback_saved_elsewhere(panel, store, table):
    i, article = open_article(store, table)
    store.save(
        ArticleFeedback(
            table_id=table.id, article_id=article.id, stance="reject", rationale="From the kit"
        )
    )
    editor = panel.editors[i]
    assert editor.stances.checkedButton() is editor.buttons["reject"]
    assert editor.fields["rationale"].toPlainText() == "From the kit"


def test_hiding_the_panel_saves_what_is_being_typed(qtbot, panel, store, table):
    i, article = open_article(store, table)
    editor = panel.editors[i]
    panel.set_stance(editor, "support")
    panel.idle_ms = 60_000  # the pause never comes: hiding must save
    rationale = editor.fields["rationale"]
    rationale.setFocus()
    qtbot.keyClicks(rationale, "Agreed without discussion")
    assert editor.timers["rationale"].isActive()
    panel.hide()
    saved = store.feedback_for(table.id, article.id)
    assert saved and saved.rationale == "Agreed without discussion"


def test_a_stance_after_undoing_the_first_one_starts_blank(panel, store, table, stack):
    i, article = open_article(store, table)
    editor = panel.editors[i]
    panel.set_stance(editor, "amend")
    stack.undo()
    panel.set_stance(editor, "reject")
    saved = store.feedback_for(table.id, article.id)
    assert saved and (saved.stance, saved.proposed_wording) == ("reject", "")
