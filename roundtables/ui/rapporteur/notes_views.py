"""Reading what the tables said: side by side, by theme, and what several tables raised."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from roundtables.analysis import propose_themes
from roundtables.domain import EventHarvest
from roundtables.ui.actions import install_actions
from roundtables.ui.delegates import WrappingDelegate
from roundtables.ui.keymap import RAPPORTEUR_TABLES_PAGE
from roundtables.ui.rapporteur.tree_model import (
    NOTE_ID_ROLE,
    Node,
    NoteTreeModel,
    note_label,
    table_tree,
    theme_tree,
)

#: The narrowest a table's column gets; more tables than fit scroll sideways.
COLUMN_MIN_WIDTH = 300


class WrappingTreeView(QTreeView):
    """A tree view that lays its rows out again when its width changes (wrapped text)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


def note_tree_view(accessible_name: str) -> QTreeView:
    """A read-only, word-wrapping tree view for a NoteTreeModel."""
    view = WrappingTreeView()
    view.setItemDelegate(WrappingDelegate(view))
    view.setHeaderHidden(True)
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(accessible_name)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return view


def tables_phrase(numbers: Sequence[int], tr: Callable[[str], str]) -> str:
    """'1', '1 and 3', '1, 2 and 3' (the word 'and' translated)."""
    text = [str(n) for n in numbers]
    if len(text) < 2:
        return "".join(text)
    return tr("{first} and {last}").format(first=", ".join(text[:-1]), last=text[-1])


class TablesPanel(QWidget):
    """Every table in its own column (notes by guiding question and type), or by theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by_table_button = QPushButton(self.tr("By &table"))
        self.by_theme_button = QPushButton(self.tr("By t&heme"))
        self.by_table_button.setToolTip(self.tr("All tables side by side (Ctrl+1)"))
        self.by_theme_button.setToolTip(self.tr("Notes grouped by tag (Ctrl+2)"))
        self.switch = QButtonGroup(self)
        for i, button in enumerate((self.by_table_button, self.by_theme_button)):
            button.setCheckable(True)
            self.switch.addButton(button, i)
        self.by_table_button.setChecked(True)
        self.star_button = QPushButton(self.tr("Star / unstar as &key message"))
        self.star_button.setToolTip(self.tr("Toggle the selected note as a key message (Ctrl+K)"))
        self.action_by_id = install_actions(self, RAPPORTEUR_TABLES_PAGE)

        self.columns = QWidget()
        self.columns_layout = QHBoxLayout(self.columns)
        self.columns_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.columns)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_models: dict[int, NoteTreeModel] = {}
        self.table_views: dict[int, QTreeView] = {}
        self.table_headers: dict[int, QLabel] = {}

        self.theme_model = NoteTreeModel(self)
        self.theme_view = note_tree_view(self.tr("Notes by theme"))
        self.theme_view.setModel(self.theme_model)
        self._watch(self.theme_view)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll_area)
        self.stack.addWidget(self.theme_view)
        self.switch.idToggled.connect(self._switched)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.by_table_button)
        top.addWidget(self.by_theme_button)
        top.addStretch()
        top.addWidget(self.star_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack)
        self._active: QTreeView | None = None

    def _switched(self, button_id: int, checked: bool) -> None:
        if checked:
            self.stack.setCurrentIndex(button_id)

    def show_by_theme(self, by_theme: bool) -> None:
        (self.by_theme_button if by_theme else self.by_table_button).setChecked(True)

    def _watch(self, view: QTreeView) -> None:
        def remember(*_: Any) -> None:
            self._active = view

        view.selectionModel().currentChanged.connect(remember)

    def _ensure_columns(self, harvest: EventHarvest) -> None:
        numbers = [t.table.number for t in harvest.tables]
        if numbers == list(self.table_views):
            return
        while self.columns_layout.count():
            item = self.columns_layout.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        self.table_models, self.table_views, self.table_headers = {}, {}, {}
        self._active = None
        for number in numbers:
            column = QWidget()
            column.setMinimumWidth(COLUMN_MIN_WIDTH)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            header = QLabel()
            header.setWordWrap(True)
            # Two lines for every header, so the columns' trees start level.
            header.setMinimumHeight(header.fontMetrics().lineSpacing() * 2 + 4)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            header.setTextFormat(Qt.TextFormat.PlainText)
            model = NoteTreeModel(self)
            view = note_tree_view(self.tr("Notes of table {number}").format(number=number))
            view.setModel(model)
            self._watch(view)
            column_layout.addWidget(header)
            column_layout.addWidget(view)
            self.columns_layout.addWidget(column)
            self.table_models[number], self.table_views[number] = model, view
            self.table_headers[number] = header

    def reload(self, harvest: EventHarvest) -> None:
        """Rebuild every column and the theme tree from a fresh harvest."""
        self._ensure_columns(harvest)
        for table in harvest.tables:
            number = table.table.number
            title = self.tr("Table {number}: {theme} ({count} notes)").format(
                number=number, theme=table.table.theme, count=len(table.notes)
            )
            self.table_headers[number].setText(title)
            self.table_models[number].set_roots(table_tree(harvest.event, table, self.tr))
            self.table_views[number].expandAll()
        self.theme_model.set_roots(theme_tree(harvest, self.tr))

    def current_note_id(self) -> str | None:
        """The note selected in the view used last, if any."""
        if self._active is None:
            return None
        value = self._active.currentIndex().data(NOTE_ID_ROLE)
        return str(value) if value else None


class SeveralTablesPanel(QWidget):
    """Themes raised at two or more tables, each with its tables and the notes behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = NoteTreeModel(self)
        self.view = note_tree_view(self.tr("Themes raised at several tables"))
        self.view.setModel(self.model)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        self._pending: EventHarvest | None = None

    def reload(self, harvest: EventHarvest) -> None:
        """Show the themes of this harvest, now if the panel is on screen, else when shown.

        Comparing every note's wording with every other table's costs seconds on a
        big event; a star or a merge elsewhere must not pay for it each time.
        """
        self._pending = harvest
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Ask the analysis for cross-cutting themes of the pending harvest and show them."""
        harvest, self._pending = self._pending, None
        if harvest is None:
            return
        numbers = {n.id: t.table.number for t in harvest.tables for n in t.notes}
        roots = []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # The same proposals the themes page offers: overlapping tags folded.
            themes = propose_themes(harvest)
        finally:
            QGuiApplication.restoreOverrideCursor()
        for theme in themes:
            tables = sorted(set(theme.table_numbers))
            label = self.tr("{theme}: raised at tables {tables}").format(
                theme=theme.label, tables=tables_phrase(tables, self.tr)
            )
            heading = Node(label)
            for note in theme.notes:
                number = numbers.get(note.id)
                heading.add(
                    Node(note_label(note, table_number=number), note=note, table_number=number)
                )
            roots.append(heading)
        self.model.set_roots(roots)
        self.view.expandAll()
        self.message.setText(
            self.tr("{count} themes were raised at two or more tables.").format(count=len(roots))
            if roots
            else self.tr("No theme was raised at more than one table yet.")
        )

    def theme_labels(self) -> list[str]:
        return [str(self.model.index(r, 0).data()) for r in range(self.model.rowCount())]
