"""Importing results files and resolving hand-over conflicts (pick one, or combine)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import RoundtablesError
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.errors import error_text, phrase_text
from roundtables.ui.import_summary import summary_line

if TYPE_CHECKING:  # imported lazily at run time: the window opens without the exchange code
    from roundtables.exchange import Conflict, ImportSummary


def _shown(value: Any) -> str:
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def describe_side(
    record: dict[str, Any], changed: list[str], labels: dict[str, str] | None = None
) -> str:
    """A record's fields as lines, the ones that differ between the versions first.

    Internal ids and bookkeeping are left out unless they are what differs: a person
    compares wording, owners and dates, not UUIDs.
    """
    skip = {"id", "revision", "updated_at", "device_id", "content", "created_at", "sha256"}
    names = [k for k in record if k not in skip]
    name = (labels or {}).get
    lines = [f"{name(k, k)}: {_shown(record[k])}" for k in names if k in changed]
    same = [
        f"{name(k, k)}: {_shown(record[k])}"
        for k in names
        if k not in changed and not k.endswith("_id") and k != "deleted" and record[k] != ""
    ]
    if same:
        lines += ["", "—", *same]
    return "\n".join(lines)


class HandoverPanel(QWidget):
    """Per-file import summaries, and every open conflict with its two versions."""

    #: Emitted after an import or a resolution changed the database.
    changed = Signal()

    def __init__(self, store: Store, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.import_button = QPushButton(self.tr("&Import results…"))
        self.import_button.setToolTip(
            self.tr("Import results files from the tables (Ctrl+I), or drop them on the window")
        )
        self.summaries = QListWidget()
        self.summaries.setAccessibleName(self.tr("What each imported file did"))
        self.summaries.setWordWrap(True)
        self.conflicts = QListWidget()
        self.conflicts.setAccessibleName(self.tr("Open hand-over conflicts"))
        self.conflicts.setWordWrap(True)
        self.conflicts.currentRowChanged.connect(self._show_conflict)
        self.local_text = QPlainTextEdit()
        self.local_text.setReadOnly(True)
        self.local_text.setAccessibleName(self.tr("This laptop's version"))
        self.incoming_text = QPlainTextEdit()
        self.incoming_text.setReadOnly(True)
        self.incoming_text.setAccessibleName(self.tr("The imported file's version"))
        self.combined_text = QPlainTextEdit()
        self.combined_text.setAccessibleName(self.tr("Combined text"))
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.take_button = QPushButton(self.tr("&Take theirs"))
        self.combine_button = QPushButton(self.tr("&Combine…"))
        # The mnemonics (Alt+K, Alt+T, Alt+C) are the shortcuts.
        self.keep_button.setToolTip(self.tr("Keep this laptop's version (Alt+K)"))
        self.take_button.setToolTip(self.tr("Take the imported version (Alt+T)"))
        self.combine_button.setToolTip(self.tr("Save the combined text below (Alt+C)"))
        self.keep_button.clicked.connect(lambda: self.resolve("local"))
        self.take_button.clicked.connect(lambda: self.resolve("incoming"))
        self.combine_button.clicked.connect(lambda: self.resolve("combined"))

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Imported files (drop results .zip files on the window)")))
        row.addStretch()
        row.addWidget(self.import_button)
        top_layout.addLayout(row)
        top_layout.addWidget(self.summaries)

        detail = QWidget()
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Open conflicts")), 0, 0)
        grid.addWidget(self.conflicts, 1, 0, 3, 1)
        grid.addWidget(QLabel(self.tr("Mine (this laptop)")), 0, 1)
        self.incoming_label = QLabel(self.tr("Theirs (imported file)"))
        grid.addWidget(self.incoming_label, 0, 2)
        grid.addWidget(self.local_text, 1, 1)
        grid.addWidget(self.incoming_text, 1, 2)
        grid.addWidget(QLabel(self.tr("Combined text (edit, then Combine…)")), 2, 1, 1, 2)
        grid.addWidget(self.combined_text, 3, 1, 1, 2)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.keep_button, self.take_button, self.combine_button):
            buttons.addWidget(button)
        grid.addLayout(buttons, 4, 1, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._open: list[Conflict] = []
        self._show_conflict(-1)

    # ----------------------------------------------------------------- import

    def import_paths(self, paths: Sequence[Path]) -> list[ImportSummary]:
        """Import results files one by one and list what each did; returns the summaries."""
        if not paths:
            return []
        from roundtables.services.results import import_results

        summaries = import_results(self.store, paths)
        for summary in summaries:
            item = QListWidgetItem(summary_line(summary, event_id=self.event_id))
            if summary.rejected:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.summaries.insertItem(0, item)
        self.reload_conflicts()
        self.changed.emit()
        return summaries

    def summary_lines(self) -> list[str]:
        return [self.summaries.item(i).text() for i in range(self.summaries.count())]

    # ----------------------------------------------------------------- conflicts

    def reload_conflicts(self) -> None:
        """List the open conflicts of this event again."""
        from roundtables.exchange import open_conflicts

        self._open = open_conflicts(self.store, self.event_id)
        self.conflicts.blockSignals(True)
        self.conflicts.clear()
        for conflict in self._open:
            text = conflict.local_text or conflict.incoming_text
            label = self.tr("Table {number}, {kind}: {text}").format(
                number=conflict.table_number if conflict.table_number is not None else "–",
                kind=phrase_text(conflict.kind_name),
                text=text[:80],
            )
            self.conflicts.addItem(QListWidgetItem(label))
        self.conflicts.blockSignals(False)
        self.conflicts.setCurrentRow(0 if self._open else -1)
        self._show_conflict(self.conflicts.currentRow())

    def current_conflict(self) -> Conflict | None:
        row = self.conflicts.currentRow()
        return self._open[row] if 0 <= row < len(self._open) else None

    def _show_conflict(self, row: int) -> None:
        conflict = self.current_conflict()
        has = conflict is not None
        for widget in (self.keep_button, self.take_button, self.combine_button, self.combined_text):
            widget.setEnabled(has)
        if conflict is None:
            for box in (self.local_text, self.incoming_text, self.combined_text):
                box.clear()
            return
        changed = conflict.changed_fields
        labels = self.field_labels()
        self.local_text.setPlainText(describe_side(conflict.local, changed, labels))
        self.incoming_text.setPlainText(describe_side(conflict.incoming, changed, labels))
        self.incoming_label.setText(
            self.tr("Theirs (from {file})").format(file=Path(conflict.origin_file).name or "–")
        )
        mine, theirs = conflict.local_text, conflict.incoming_text
        both = mine if mine == theirs else "\n\n".join(t for t in (mine, theirs) if t)
        self.combined_text.setPlainText(both)
        # Some records (attendance) have no text to combine: only picking one is possible.
        can_combine = conflict.text_field is not None
        self.combine_button.setEnabled(can_combine)
        self.combined_text.setEnabled(can_combine)

    def field_labels(self) -> dict[str, str]:
        """Names a person reads for the fields of the records that can conflict."""
        return {
            "text": self.tr("Text"),
            "type": self.tr("Type"),
            "speaker": self.tr("Speaker"),
            "tags": self.tr("Tags"),
            "key_message": self.tr("Key message"),
            "action": self.tr("Action"),
            "owner": self.tr("Owner"),
            "institution": self.tr("Institution"),
            "deadline": self.tr("Deadline"),
            "priority": self.tr("Priority"),
            "votes": self.tr("Votes"),
            "status": self.tr("Status"),
            "stance": self.tr("Stance"),
            "proposed_wording": self.tr("Proposed wording"),
            "rationale": self.tr("Rationale"),
            "caption": self.tr("Caption"),
            "deleted": self.tr("Deleted"),
            "executive_summary": self.tr("Executive summary"),
            "title": self.tr("Title"),
            "name": self.tr("Name"),
            "organisation": self.tr("Organisation"),
        }

    def resolve(self, choice: str) -> None:
        """Resolve the selected conflict: "local", "incoming" or "combined"."""
        conflict = self.current_conflict()
        if conflict is None:
            return
        from roundtables.exchange import resolve_conflict

        combined = self.combined_text.toPlainText() if choice == "combined" else None
        try:
            resolve_conflict(self.store, conflict.id, choice, combined_text=combined)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Conflict not resolved"), error_text(exc))
            return
        self.reload_conflicts()
        self.changed.emit()
