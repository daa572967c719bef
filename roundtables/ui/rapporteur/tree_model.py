"""A read-only tree of notes (headings over notes) and the groupings the rapporteur reads.

The tree is built once from a harvest into plain Python nodes; ``data()`` only looks a
node up in a list, so repaints never touch the database.  Indexes carry the node's
position in that list as their internal id (no Python object pointers cross into Qt).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from roundtables.domain import Event, EventHarvest, Note, TableHarvest
from roundtables.synthesis.grouping import table_discussion

#: The role under which a note row gives its note's id (headings give None).
NOTE_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: The role under which a row gives the table number its note comes from.
TABLE_ROLE = int(Qt.ItemDataRole.UserRole) + 2

AnyIndex = QModelIndex | QPersistentModelIndex
#: The invisible root, as a shared default argument.
_ROOT = QModelIndex()


@dataclass
class Node:
    """A heading (``note is None``) or a note, with its children."""

    label: str
    note: Note | None = None
    table_number: int | None = None
    children: list[Node] = field(default_factory=list)
    parent: int = -1  # position of the parent node, -1 for top level
    row: int = 0

    def add(self, child: Node) -> Node:
        self.children.append(child)
        return child


class NoteTreeModel(QAbstractItemModel):
    """Headings and notes in one column; set new content with :meth:`set_roots`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[Node] = []
        self._nodes: list[Node] = []
        # The ids of each node's children, computed once per reset: index() is hot.
        self._kids: dict[int, list[int]] = {}

    def set_roots(self, roots: list[Node]) -> None:
        """Replace the whole tree (a reset: views keep no stale index)."""
        self.beginResetModel()
        self._roots = roots
        self._nodes = []
        self._kids = {}
        for row, root in enumerate(roots):
            self._register(root, -1, row)
        self.endResetModel()

    def _register(self, node: Node, parent: int, row: int) -> None:
        node.parent, node.row = parent, row
        self._kids.setdefault(parent, []).append(len(self._nodes))
        self._nodes.append(node)
        me = len(self._nodes) - 1
        for child_row, child in enumerate(node.children):
            self._register(child, me, child_row)

    def _node(self, index: AnyIndex) -> Node | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    def index(self, row: int, column: int, parent: AnyIndex = _ROOT) -> QModelIndex:
        siblings = self._children_of(parent)
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, self._child_ids(parent)[row])

    def _children_of(self, parent: AnyIndex) -> list[Node]:
        node = self._node(parent)
        return self._roots if node is None else node.children

    def _child_ids(self, parent: AnyIndex) -> list[int]:
        return self._kids.get(parent.internalId() if parent.isValid() else -1, [])

    def parent(self, index: AnyIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[node.parent].row, 0, node.parent)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children_of(parent))

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        node = self._node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole and node.note is not None:
            return node.note.text
        if role == Qt.ItemDataRole.FontRole and node.note is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == NOTE_ID_ROLE:
            return node.note.id if node.note is not None else None
        if role == TABLE_ROLE:
            return node.table_number
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def notes(self) -> list[tuple[int | None, Note]]:
        """Every note row as (table number, note), in tree order (for tests and export)."""
        return [(n.table_number, n.note) for n in self._nodes if n.note is not None]


# ------------------------------------------------------------------ groupings

Translate = Callable[[str], str]


def note_label(note: Note, *, table_number: int | None = None) -> str:
    """One line for a note: a star for key messages, the speaker, the text."""
    star = "★ " if note.key_message else ""
    where = f"[{table_number}] " if table_number is not None else ""
    speaker = f"{note.speaker}: " if note.speaker else ""
    return f"{star}{where}{speaker}{note.text}"


def type_labels(event: Event) -> dict[str, str]:
    return {nt.key: nt.label for nt in event.note_types}


def table_tree(event: Event, harvest: TableHarvest, tr: Translate) -> list[Node]:
    """A table's notes as its chapter in the synthesis groups them (one rule, in
    :func:`~roundtables.synthesis.grouping.table_discussion`): the keynote's notes, then
    by guiding question and note type, then the open questions."""
    labels = type_labels(event)
    number = harvest.table.number
    grouped = table_discussion(event.note_types, harvest)
    roots: list[Node] = []

    def flat(title: str, notes: list[Note]) -> None:
        if notes:
            heading = Node(title)
            for note in notes:
                heading.add(Node(note_label(note), note=note, table_number=number))
            roots.append(heading)

    flat(tr("Notes on the keynote"), grouped.keynote)
    for group in grouped.questions:
        question = group.question
        title = f"{question.position}. {question.text}" if question else tr(
            "Not linked to a question")
        heading = Node(title)
        for key, notes in group.by_type:
            sub = heading.add(Node(f"{labels.get(key, key)} ({len(notes)})"))
            for note in notes:
                sub.add(Node(note_label(note), note=note, table_number=number))
        roots.append(heading)
    flat(tr("Open questions"), grouped.open_questions)
    return roots


def theme_tree(harvest: EventHarvest, tr: Translate) -> list[Node]:
    """Every tag with the notes that carry it, most used first; untagged notes last."""
    by_tag: dict[str, list[tuple[int, Note]]] = {}
    untagged: list[tuple[int, Note]] = []
    for table in harvest.tables:
        for note in table.notes:
            if not note.tags:
                untagged.append((table.table.number, note))
            for note_tag in dict.fromkeys(note.tags):
                by_tag.setdefault(note_tag, []).append((table.table.number, note))
    roots: list[Node] = []
    ordered = sorted(by_tag.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    groups: list[tuple[str | None, list[tuple[int, Note]]]] = [*ordered, (None, untagged)]
    for tag, notes in groups:
        if not notes:
            continue
        numbers = sorted({n for n, _ in notes})
        where = (tr("tables {numbers}") if len(numbers) > 1 else tr("table {numbers}")).format(
            numbers=", ".join(map(str, numbers))
        )
        label = (
            tr("#{tag} ({count} notes, {where})")
            if tag
            else tr("Without a tag ({count} notes, {where})")
        )
        heading = Node(label.format(tag=tag, count=len(notes), where=where))
        for number, note in notes:
            heading.add(Node(note_label(note, table_number=number), note=note, table_number=number))
        roots.append(heading)
    return roots
