"""Importing a registration export: column mapping, preview with duplicates, import.

The reading, mapping, consent and duplicate rules live in
:mod:`roundtables.registration` (no Qt); this dialog only lets the organiser see
and change what those functions proposed.  It is shown with ``show()``, never
``exec()``, so a test can drive it like any other window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Consent, Event, RoundtablesError
from roundtables.registration import (
    FIELDS,
    ColumnMapping,
    ImportSummary,
    RegistrationFile,
    RegistrationRow,
    check_mapping,
    import_participants,
    parse_rows,
    preview,
    propose_mapping,
)
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.errors import error_text

PREVIEW_ROWS = 20
_DUPLICATE = QColor("#fde2b8")
_PROBLEM = QColor("#f8d0d0")


class CsvImportDialog(QDialog):
    """Map the file's columns, look at the first rows, then import them all."""

    imported = Signal(object)  # ImportSummary

    def __init__(
        self, store: Store, event: Event, reg: RegistrationFile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.current_event = event
        self.reg = reg
        self.summary: ImportSummary | None = None
        self.setWindowTitle(self.tr("Import participants from {name}").format(name=reg.name))
        # Modal for the person (the list must not change underneath the preview), yet
        # shown with show(): no nested event loop that a test could block on.
        self.setWindowModality(Qt.WindowModality.WindowModal)
        separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
        encoding = {
            "utf-8-sig": self.tr("UTF-8 with BOM"),
            "utf-8": "UTF-8",
            "utf-16": "UTF-16",
            "cp1252": self.tr("Windows-1252 (cp1252)"),
        }
        self.about = about = QLabel(
            self.tr("{rows} rows, {encoding}, separated by {separator}").format(
                rows=len(reg.rows),
                encoding=encoding.get(reg.encoding, reg.encoding),
                separator=separator.get(reg.delimiter, reg.delimiter),
            )
        )
        labels = {
            "name": self.tr("Name"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "organisation": self.tr("Organisation"),
            "actor_type": self.tr("Actor type"),
            "consent": self.tr("Consent"),
            "email": self.tr("Email"),
            "table": self.tr("Table (optional)"),
        }
        proposal = propose_mapping(reg.headers)
        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Which column holds what"))
        grid = QGridLayout(mapping_box)
        for i, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(reg.headers):
                combo.addItem(header or self.tr("column {n}").format(n=index + 1), index)
            combo.setCurrentIndex(combo.findData(proposal.get(field)))
            combo.setAccessibleName(labels[field])
            combo.currentIndexChanged.connect(self.refresh)
            self.combos[field] = combo
            label = QLabel(labels[field])
            label.setBuddy(combo)
            grid.addWidget(label, i // 4 * 2, i % 4)
            grid.addWidget(combo, i // 4 * 2 + 1, i % 4)
        self.default_consent = QComboBox()
        for consent, text in (
            (Consent.NAMED, self.tr("Named")),
            (Consent.ORGANISATION, self.tr("Organisation only")),
            (Consent.ANONYMOUS, self.tr("Anonymous")),
        ):
            self.default_consent.addItem(text, consent)
        self.default_consent.setAccessibleName(self.tr("Consent when the cell is empty"))
        self.default_consent.currentIndexChanged.connect(self.refresh)
        grid.addWidget(QLabel(self.tr("Consent when the cell is empty")), 4, 0, 1, 2)
        grid.addWidget(self.default_consent, 5, 0, 1, 2)
        self.skip_duplicates = QCheckBox(self.tr("Skip rows flagged as duplicates"))
        self.skip_duplicates.setChecked(True)
        grid.addWidget(self.skip_duplicates, 5, 2, 1, 2)

        self.preview = QTableWidget(0, 8)
        self.preview.setAccessibleName(self.tr("Preview of the first rows"))
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Organisation"),
                self.tr("Actor type"),
                self.tr("Consent"),
                self.tr("Email"),
                self.tr("Table"),
                self.tr("Check"),
            ]
        )
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_rows)

        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(mapping_box)
        layout.addWidget(QLabel(self.tr("First rows as they will be imported:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1000, 620)
        self.refresh()

    # ------------------------------------------------------------ mapping

    def mapping(self) -> ColumnMapping:
        return {field: combo.currentData() for field, combo in self.combos.items()}

    def set_column(self, field: str, header: str | None) -> None:
        """Map ``field`` to the column with this header (None: not in the file)."""
        combo = self.combos[field]
        index = combo.findData(None) if header is None else combo.findText(header)
        if index < 0:
            raise RoundtablesError(f"No column {header!r} in {self.reg.name}")
        combo.setCurrentIndex(index)

    def _consent(self) -> Consent:
        return Consent(self.default_consent.currentData())

    def refresh(self, *_: object) -> None:
        """Show the first rows under the current mapping, or why it cannot be used."""
        try:
            rows = preview(
                self.reg,
                self.mapping(),
                rows=PREVIEW_ROWS,
                default_consent=self._consent(),
                existing=self.store.participants(self.current_event.id),
            )
        except RoundtablesError as exc:
            self.message.setText(error_text(exc))
            self.import_button.setEnabled(False)
            self.preview.setRowCount(0)
            return
        self.import_button.setEnabled(True)
        self._fill_preview(rows)
        flagged = sum(1 for r in rows if r.duplicate)
        self.message.setText(
            self.tr("Possible duplicates in the rows shown: {count}").format(count=flagged)
            if flagged
            else ""
        )

    def _fill_preview(self, rows: list[RegistrationRow]) -> None:
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            consent: str = row.consent
            if row.consent_given and row.consent_given.casefold() != consent:
                consent = f"{row.consent_given} → {consent}"
            lines = ([row.duplicate] if row.duplicate else []) + row.problems
            check = "; ".join(error_text(line) for line in lines)
            cells = [
                str(row.line),
                row.name,
                row.organisation,
                row.actor_type,
                consent,
                row.email,
                "" if row.table is None else str(row.table),
                check,
            ]
            colour = _PROBLEM if not row.importable else _DUPLICATE if row.duplicate else None
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                item.setData(Qt.ItemDataRole.UserRole, bool(row.duplicate))
                self.preview.setItem(r, c, item)
        self.preview.resizeColumnsToContents()

    def duplicate_lines(self) -> list[int]:
        """File lines flagged as duplicates in the preview."""
        out = []
        for r in range(self.preview.rowCount()):
            item = self.preview.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole):
                out.append(int(item.text()))
        return out

    # ------------------------------------------------------------ import

    def import_rows(self) -> None:
        """Import every row of the file (one transaction); errors leave nothing behind."""
        try:
            check_mapping(self.reg, self.mapping())
            rows = parse_rows(
                self.reg,
                self.mapping(),
                default_consent=self._consent(),
                existing=self.store.participants(self.current_event.id),
            )
            self.summary = import_participants(
                self.store,
                self.current_event,
                rows,
                skip_duplicates=self.skip_duplicates.isChecked(),
            )
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot import"), error_text(exc))
            return
        self.imported.emit(self.summary)
        self.accept()
