"""The first window: every event and its tables, most recent first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import RoundtablesError
from roundtables.storage import Store


class StartWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Roundtables"))
        self.events_tree = QTreeWidget()
        self.events_tree.setHeaderLabels(
            [self.tr("Event / table"), self.tr("Date"), self.tr("Status")]
        )
        self.events_tree.setAccessibleName(self.tr("Events and their tables"))
        self.message = QLabel()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.events_tree)
        layout.addWidget(self.message)
        self.setCentralWidget(central)
        self.resize(900, 600)
        self.reload()

    def reload(self) -> None:
        self.events_tree.clear()
        for event in self.store.events():
            item = QTreeWidgetItem([event.title, event.date, event.status])
            item.setData(0, Qt.ItemDataRole.UserRole, event.id)
            for table in self.store.tables(event.id):
                label = self.tr("Table {number}: {theme}")
                child = QTreeWidgetItem([label.format(number=table.number, theme=table.theme)])
                child.setData(0, Qt.ItemDataRole.UserRole, table.id)
                item.addChild(child)
            self.events_tree.addTopLevelItem(item)
            item.setExpanded(True)

    def open_table_ref(self, ref: str) -> None:
        event_ref, _, number = ref.rpartition(":")
        if not event_ref:
            raise RoundtablesError(f"Give the table as EVENT:TABLE, not {ref!r}")
        event = self.store.find_event(event_ref)
        table = self.store.find_table(event, number)
        text = self.tr("Table {number} of {event}")
        self.message.setText(text.format(number=table.number, event=event.title))
