"""What the facilitator does to the notes list's selected note, from the keyboard.

A mixin of :class:`~roundtables.ui.workspace.window.TableWorkspace` (kept apart so
the window stays readable): F2, Shift+F2, Ctrl+K, Del, Alt+1…9, Ctrl+Shift+Q.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from roundtables.ui.workspace.notes_model import SPEAKER, TEXT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QTabWidget

    from roundtables.domain import Event
    from roundtables.ui.workspace.capture import CaptureBox
    from roundtables.ui.workspace.notes_model import NotesModel
    from roundtables.ui.workspace.notes_view import NotesPanel


class NotesListCommands:
    """Commands on the selected note (the list's current row)."""

    notes: NotesPanel
    model: NotesModel
    capture: CaptureBox
    tabs: QTabWidget
    table_event: Event
    current_question_id: str | None

    if TYPE_CHECKING:

        @property
        def read_only(self) -> bool: ...  # the window's edit session says

        def statusBar(self) -> QStatusBar: ...  # QMainWindow's


    def _selected_row(self) -> int | None:
        return self.notes.current_source_row()

    def toggle_key_message(self) -> None:
        row = self._selected_row()
        if row is None:
            text = QCoreApplication.translate("TableWorkspace", "Select a note in the list first")
            self._say(text)
        elif not self.read_only:
            self.model.toggle_key_message(row)

    def _say(self, text: str) -> None:
        self.statusBar().showMessage(text, 4000)

    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is not None and not self.read_only:
            self.model.delete(row)

    def edit_selected(self) -> None:
        """F2: the selected note as typed (``b: text @Name #tag``), parsed on Enter."""
        index = self.notes.view.currentIndex()
        if index.isValid() and not self.read_only:
            self.notes.view.edit(index.siblingAtColumn(TEXT))

    def edit_selected_speaker(self) -> None:
        index = self.notes.view.currentIndex()
        if index.isValid() and not self.read_only:
            self.notes.view.edit(index.siblingAtColumn(SPEAKER))

    def link_selected_to_question(self) -> None:
        """Link the selected note to the current guiding question (or to none)."""
        row = self._selected_row()
        if row is not None and not self.read_only:
            title = QCoreApplication.translate("TableWorkspace", "Link note to question")
            self.model.change(row, title, question_id=self.current_question_id)

    def apply_type(self, index: int) -> None:
        """Alt+1…9: the selected note's type when the notes list has the keyboard,
        otherwise the type of the next note typed."""
        row = self._selected_row()
        if self.notes.view.hasFocus() and row is not None:
            types = self.table_event.note_types
            if index < len(types) and not self.read_only:
                title = QCoreApplication.translate("TableWorkspace", "Change note type")
                self.model.change(row, title, type=types[index].key)
            return
        self.capture.set_type_index(index)

    def focus_list(self) -> None:
        """The notes list, one key away; the newest note selected if none is."""
        self.tabs.setCurrentIndex(0)
        view = self.notes.view
        if not view.currentIndex().isValid() and self.notes.proxy.rowCount() > 0:
            view.setCurrentIndex(self.notes.proxy.index(self.notes.proxy.rowCount() - 1, TEXT))
        view.setFocus()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.notes.text_filter.setFocus()
        self.notes.text_filter.selectAll()

    def select_note(self, note_id: str) -> bool:
        """Show and select a note (from the library's search); False if it is not here."""
        row = self.model.row_of(note_id)
        if row is None:
            return False
        self.tabs.setCurrentIndex(0)
        if not self.notes.select_row(row):
            self.notes.clear_filters()
            self.notes.select_row(row)
        self.notes.view.setFocus()
        return True
