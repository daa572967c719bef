"""Merging duplicate action points: the rule, the undoable command, and the panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import ActionPoint, EventHarvest, RoundtablesError
from roundtables.services.action_points import merged_action_points
from roundtables.ui import prompts
from roundtables.ui.actions import install_actions
from roundtables.ui.edit_session import EditSession
from roundtables.ui.errors import error_text
from roundtables.ui.keymap import RAPPORTEUR_ACTION_POINTS_PAGE
from roundtables.ui.record_table import RecordTableModel, shown_in_full


class ActionPointsPanel(QWidget):
    """All action points, suggested duplicate groups, and a merge with editable wording."""

    def __init__(
        self,
        session: EditSession,
        event_id: str,
        suggest: Callable[[EventHarvest], list[list[ActionPoint]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.store, self.event_id = session, session.store, event_id
        self.suggest = suggest
        # every live action point of the event, with its table's number (read-only)
        self.model: RecordTableModel[tuple[int, ActionPoint]] = RecordTableModel(
            [
                shown_in_full(self.tr("Table"), lambda row: row[0]),
                shown_in_full(self.tr("Action"), lambda row: row[1].action),
                shown_in_full(self.tr("Owner"), lambda row: row[1].owner),
                shown_in_full(self.tr("Institution"), lambda row: row[1].institution),
                shown_in_full(self.tr("Deadline"), lambda row: row[1].deadline),
                shown_in_full(self.tr("Votes"), lambda row: row[1].votes),
            ],
            key=lambda row: row[1].id,
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action points of every table"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Wrapped rows get taller when the action column gets wider or narrower.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggested duplicate action points"))
        self.suggestions.setWordWrap(True)
        self.suggestions.currentRowChanged.connect(self._select_suggestion)
        self.wording = QPlainTextEdit()
        self.wording.setAccessibleName(self.tr("Wording of the merged action point"))
        self.wording.setPlaceholderText(self.tr("Select two or more action points to merge"))
        self.merge_button = QPushButton(self.tr("&Merge selected"))
        self.merge_button.setToolTip(self.tr("Merge the selected action points (Ctrl+M)"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_button.setEnabled(False)
        self.action_by_id = install_actions(self, RAPPORTEUR_ACTION_POINTS_PAGE)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Suggested duplicates")))
        side_layout.addWidget(self.suggestions, 1)
        side_layout.addWidget(
            QLabel(self.tr("Merged wording (votes are summed, earliest deadline)"))
        )
        side_layout.addWidget(self.wording, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.merge_button)
        side_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([3000, 1200])  # proportions: the table gets most of the width
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._groups: list[list[ActionPoint]] = []

    def reload(self, harvest: EventHarvest) -> None:
        """Show the harvest's action points and recompute the suggested groups."""
        self.model.set_rows([(t.table.number, p) for t in harvest.tables for p in t.action_points])
        for column in (0, 4, 5):
            self.table.resizeColumnToContents(column)
        self.table.setColumnWidth(2, 150)
        self.table.setColumnWidth(3, 170)
        self.table.resizeRowsToContents()
        self.suggestions.clear()
        self._groups = self.suggest(harvest)
        numbers = {p.id: n for n, p in self.model.rows}
        for group in self._groups:
            tables = sorted({numbers.get(p.id, 0) for p in group})
            text = self.tr("{count} similar (tables {tables}): {action}").format(
                count=len(group), tables=", ".join(map(str, tables)), action=group[0].action
            )
            self.suggestions.addItem(QListWidgetItem(text))
        self._selection_changed()

    def selected_points(self) -> list[ActionPoint]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r][1] for r in rows]

    def select_points(self, ids: list[str]) -> None:
        """Select the rows of these action points (a suggestion, or a test)."""
        selection = QItemSelection()
        for point_id in ids:
            row = self.model.row_of(point_id)
            if row >= 0:
                left = self.model.index(row, 0)
                right = self.model.index(row, self.model.columnCount() - 1)
                selection.select(left, right)
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _select_suggestion(self, row: int) -> None:
        if 0 <= row < len(self._groups):
            self.select_points([p.id for p in self._groups[row]])

    def _selection_changed(self, *_: object) -> None:
        points = self.selected_points()
        self.merge_button.setEnabled(len(points) >= 2 and not self.session.read_only)
        if len(points) >= 2:
            best = max(points, key=lambda p: p.votes)
            self.wording.setPlainText(best.action)

    def merge_selected(self) -> None:
        """Merge the selected action points with the wording shown (one undo step)."""
        points = self.selected_points()
        try:
            merged = merged_action_points(points, self.wording.toPlainText())
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot merge"), error_text(exc))
            return
        self.session.save(list(merged), self.tr("Merge action points"))

    def lock(self, read_only: bool) -> None:
        """A finalised event: the list stays readable, nothing can be merged."""
        self.wording.setReadOnly(read_only)
        self._selection_changed()
