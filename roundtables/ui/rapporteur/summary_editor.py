"""The executive summary in the workspace: the app's draft, edited and saved as typed.

What is drafted and what is kept is decided in :mod:`roundtables.services.summary`;
this module only shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Event, EventHarvest, RoundtablesError
from roundtables.services import summary as service
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.errors import error_text

#: How long typing must pause before the executive summary is saved.
IDLE_SAVE_MS = 600


class ExecutiveSummaryEditor(QPlainTextEdit):
    """The summary text: saved after a short pause, on focus-out and on flush."""

    #: Emitted when the summary turns from drafted to edited or back.
    state_changed = Signal()

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.setAccessibleName(self.tr("Executive summary"))
        self.setPlaceholderText(self.tr("The executive summary that opens the synthesis"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_SAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.edited = False
        self._draft = ""
        self._saved_text = ""
        self._pending: EventHarvest | None = None
        self._show(service.summary_state(store, event_id))
        self.textChanged.connect(self._timer.start)

    def _show(self, state: service.SummaryState) -> None:
        self._draft, self.edited = state.draft, state.edited
        self._saved_text = state.text
        self.setReadOnly(state.read_only)
        if self.toPlainText() != state.text:
            self.setPlainText(state.text)
        self._timer.stop()  # setPlainText started it; nothing new to save
        self.state_changed.emit()

    def flush(self) -> None:
        """Save what is typed now, if it differs from what is stored."""
        self._timer.stop()
        text = self.toPlainText()
        if text == self._saved_text:
            return
        try:
            edited = service.save_summary(self.store, self.event_id, text, self._draft)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Executive summary not saved"), error_text(exc))
            return
        self._saved_text = text
        if edited != self.edited:
            self.edited = edited
            self.state_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self.reload_if_untouched(self._pending)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    def reload_if_untouched(self, harvest: EventHarvest | None = None) -> None:
        """Show a newer summary (an import, a fresh draft) unless the person is typing.

        Without ``harvest`` only the event is read: the draft is redrafted when the
        tables' results are reread, never for a save of the summary itself.
        """
        if harvest is not None and not self.isVisible():
            # Drafting reads every note: on a big event, only for a summary on screen.
            self._pending = harvest
            return
        if self._timer.isActive() or self.toPlainText() != self._saved_text:
            return
        if harvest is not None:
            self._pending = None
            self._show(service.summary_state(self.store, self.event_id, harvest))
            return
        event = self.store.get(Event, self.event_id)
        if event is None:
            return
        self.setReadOnly(event.is_finalised)
        stored_edit = event.executive_summary if event.executive_summary.strip() else ""
        if (stored_edit and stored_edit != self._saved_text) or (not stored_edit and self.edited):
            self._show(service.summary_state(self.store, self.event_id))

    def draft_again(self) -> None:
        """Replace the edited summary by a fresh draft, once the person confirms."""
        self.flush()
        if self.edited and not prompts.confirm(
            self,
            self.tr("Draft the summary again"),
            self.tr("Replace your summary with a fresh draft from the tables' results? "
                    "Your own text is lost."),
        ):
            return
        try:
            state = service.draft_again(self.store, self.event_id)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Executive summary not changed"), error_text(exc))
            return
        self._show(state)


class SummaryPane(QWidget):
    """The summary editor with what it is (drafted or edited) and "Draft again"."""

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = ExecutiveSummaryEditor(store, event_id)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.draft_again_button = QPushButton(self.tr("&Draft again…"))
        self.draft_again_button.setToolTip(
            self.tr("Replace the summary with a fresh draft from the tables' results")
        )
        self.draft_again_button.clicked.connect(self.editor.draft_again)
        self.editor.state_changed.connect(self._show_state)
        title = QLabel(self.tr("&Executive summary (saved as you type)"))
        title.setBuddy(self.editor)
        hint = QLabel(
            self.tr("A line ending with a colon before bullets is bold; "
                    "lines starting with “- ” are bullets.")
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.draft_again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(hint)
        self._show_state()

    def _show_state(self) -> None:
        if self.editor.edited:
            self.status.setText(
                self.tr("Edited by you: kept as you wrote it, whatever is imported next.")
            )
        else:
            self.status.setText(
                self.tr("Drafted by the app from the tables' results; edit it freely.")
            )
        self.draft_again_button.setEnabled(self.editor.edited and not self.editor.isReadOnly())
