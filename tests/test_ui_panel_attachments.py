"""The attachments panel on a real database: files, drops, captions, refusals, undo."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_session_support import finalise, session_for

from roundtables.domain import Attachment, Event, RoundTable
from roundtables.storage import Store
from roundtables.ui.edit_session import EditSession
from roundtables.ui.panels.attachments import MAX_BYTES, AttachmentsPanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def table(store: Store, demo_event: Event) -> RoundTable:
    return store.find_table(demo_event, 3)


@pytest.fixture
def session(store: Store, table: RoundTable) -> EditSession:
    return session_for(store, table)


@pytest.fixture
def stack(session: EditSession) -> QUndoStack:
    return session.undo_stack


@pytest.fixture
def panel(qtbot, session: EditSession, table: RoundTable) -> AttachmentsPanel:
    widget = AttachmentsPanel(session, table)
    qtbot.addWidget(widget)
    widget.resize(1300, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4e4a1"))
    path = tmp_path / "flip chart 1.jpg"
    assert image.save(str(path), "JPEG")
    return path


@pytest.fixture
def handout(tmp_path: Path) -> Path:
    path = tmp_path / "handout.txt"
    path.write_text("Agenda and contact list\n", encoding="utf-8")
    return path


def drop(panel: AttachmentsPanel, *urls: QUrl) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls(list(urls))
    enter = QDragEnterEvent(
        panel.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel, enter)
    event = QDropEvent(
        QPointF(panel.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setAccepted(False)
    QApplication.sendEvent(panel, event)
    assert enter.isAccepted() == (not panel.read_only)
    return event


def test_attach_from_the_file_chooser(qtbot, panel, store, table, stack, prompts, photo, handout):
    prompts.answer([photo, handout])
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_P, CTRL_SHIFT)
    saved = store.attachments(table.id)
    assert [a.filename for a in saved] == ["flip chart 1.jpg", "handout.txt"]
    pic, text = saved
    assert pic.content == photo.read_bytes()
    assert pic.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert (pic.media_type, text.media_type) == ("image/jpeg", "text/plain")
    assert pic.sha256 in panel.icons, "a thumbnail for the picture"
    assert text.sha256 not in panel.icons, "a generic icon for the text file"
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    assert all(row.content == b"" for row in panel.model.rows), "no bytes kept in the list"
    assert stack.count() == 1
    stack.undo()
    assert store.attachments(table.id) == []
    assert panel.model.rowCount() == 0
    stack.redo()
    again = store.attachments(table.id)
    assert [a.content for a in again] == [photo.read_bytes(), handout.read_bytes()]


def test_attach_by_dropping_files(panel, store, table, photo):
    event = drop(panel, QUrl.fromLocalFile(str(photo)))
    assert event.isAccepted()
    [saved] = store.attachments(table.id)
    assert saved.filename == photo.name and saved.content == photo.read_bytes()
    assert panel.model.rowCount() == 1


def test_a_web_address_is_not_fetched(panel, store, table, prompts):
    drop(panel, QUrl("https://example.org/flipchart.jpg"))
    assert store.attachments(table.id) == []
    [message] = prompts.messages("error")
    assert "Only files on this computer" in message


@pytest.mark.parametrize(
    "name",
    ["C:\\Users\\facilitator\\Pictures\\flipchart.jpg", "missing.jpg", "a folder"],
)
def test_unreadable_paths_are_refused(panel, store, table, stack, prompts, tmp_path, name):
    (tmp_path / "a folder").mkdir()
    path = tmp_path / name if not name.startswith("C:") else Path(name)
    assert not panel.add_files([path])
    assert store.attachments(table.id) == []
    assert stack.count() == 0
    [message] = prompts.messages("error")
    assert "\n" not in message and ("Cannot read" in message or "not a file" in message)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_a_file_without_read_permission_is_refused(panel, store, table, prompts, photo):
    photo.chmod(0)
    assert not panel.add_files([photo])
    assert store.attachments(table.id) == []
    assert "Cannot read" in prompts.messages("error")[0]


def test_too_large_or_empty_files_refuse_the_whole_batch(
    panel, store, table, prompts, tmp_path, photo
):
    huge = tmp_path / "scan.tif"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no 25 MB written to disk
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    assert not panel.add_files([photo, huge])
    assert not panel.add_files([empty, photo])
    assert store.attachments(table.id) == []
    too_large, is_empty = prompts.messages("error")
    assert "limited to 25 MB" in too_large
    assert is_empty == "empty.png is empty"


def test_the_same_picture_twice_is_added_once(panel, store, table, prompts, photo):
    assert panel.add_files([photo])
    assert not panel.add_files([photo])
    assert len(store.attachments(table.id)) == 1
    assert prompts.messages("inform")


def test_caption_typed_in_place_and_undone(qtbot, panel, store, table, stack, photo):
    panel.add_files([photo])
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    [editor] = [w for w in panel.view.viewport().findChildren(QLineEdit) if w.isVisible()]
    qtbot.keyClicks(editor, "Barriers wall")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() != panel.view.State.EditingState)
    [saved] = store.attachments(table.id)
    assert saved.caption == "Barriers wall"
    assert saved.content == photo.read_bytes(), "a caption edit keeps the picture"
    assert panel.model.index(0, 0).data() == "Barriers wall"
    stack.undo()
    [saved] = store.attachments(table.id)
    assert saved.caption == ""
    assert panel.model.index(0, 0).data() == photo.name


def test_delete_tombstones_and_undo_restores(qtbot, panel, store, table, stack, photo):
    panel.add_files([photo])
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert store.attachments(table.id) == []
    [gone] = store._select(Attachment, "table_id=?", (table.id,), include_deleted=True)
    assert gone.deleted and gone.content == photo.read_bytes()
    stack.undo()
    [back] = store.attachments(table.id)
    assert back.content == photo.read_bytes()
    assert panel.model.rowCount() == 1


def test_read_only_refuses_files_and_drops(qtbot, panel, store, table, stack, prompts, photo):
    panel.add_files([photo])
    finalise(store, table.event_id)
    assert stack.count() == 0, "nothing from before finalising can be undone"
    drop(panel, QUrl.fromLocalFile(str(photo.with_name("other.jpg"))))
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert not panel.model.setData(panel.model.index(0, 0), "New caption")
    assert not panel.add_files([photo])
    assert [a.caption for a in store.attachments(table.id)] == [""]
    assert prompts.asked == []
    assert stack.count() == 0
