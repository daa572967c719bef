"""Generating the Word synthesis: attribution, template, output file, then open it."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Consent, Event, RoundtablesError
from roundtables.services.synthesis import write_synthesis
from roundtables.storage import Store
from roundtables.synthesis.attribution import allowed_attributions
from roundtables.ui import prompts
from roundtables.ui.errors import error_text
from roundtables.ui.organiser.details import LANGUAGES

#: Opens a written document; the app uses the desktop's default program.
Opener = Callable[[Path], object]


def open_with_desktop(path: Path) -> object:
    """Open a file with the program the desktop associates with it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class GeneratePanel(QWidget):
    """Choose attribution and template, write the synthesis, open it."""

    #: Emitted with the path of every document written.
    generated = Signal(Path)

    def __init__(
        self,
        store: Store,
        event_id: str,
        opener: Opener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.event_id = store, event_id
        self.opener: Opener = opener or open_with_desktop
        self.template: Path | None = None
        #: Called before the harvest is read, so edits still being typed are committed.
        self.before_generate: Callable[[], None] | None = None
        self.attribution = QComboBox()
        self.attribution.setAccessibleName(self.tr("Attribution of statements"))
        self.template_choice = QComboBox()
        self.template_choice.setAccessibleName(self.tr("Word template"))
        self.template_choice.addItem(self.tr("Base template"))
        self.template_choice.addItem(self.tr("An organisation's template (.docx)…"))
        self.template_choice.activated.connect(self._template_chosen)
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the synthesis"))
        self.language.view().setAccessibleName(self.tr("Languages"))
        self.language.addItem(self.tr("The event's language"), "")
        for code, name in LANGUAGES:  # each language in its own words, as the organiser sees
            self.language.addItem(name, code)
        self.final = QCheckBox(self.tr("&Final version (no Draft label; the event stays editable)"))
        self.generate_button = QPushButton(self.tr("&Generate and open the synthesis…"))
        self.generate_button.setToolTip(self.tr("Write the Word synthesis and open it (Ctrl+G)"))
        self.generate_button.clicked.connect(self.generate)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.policy_note = QLabel()
        self.policy_note.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Attribution:"), self.attribution)
        form.addRow("", self.policy_note)
        form.addRow(self.tr("&Template:"), self.template_choice)
        form.addRow("", self.template_label)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.final)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addStretch()
        # A form as wide as a dialog reads better than combo boxes across the screen.
        column = QWidget()
        column.setMaximumWidth(720)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(QLabel(self.tr("<b>Word synthesis</b>")))
        column_layout.addLayout(form)
        column_layout.addLayout(buttons)
        column_layout.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(column)
        layout.addStretch()
        self.reload()

    def reload(self) -> None:
        """Offer only the attribution levels the event's policy allows."""
        event = self.store.get(Event, self.event_id)
        if event is None:
            return
        current = self.attribution.currentData()
        names = {
            Consent.NAMED: self.tr("Named, as each participant agreed"),
            Consent.ORGANISATION: self.tr("Organisation only"),
            Consent.ANONYMOUS: self.tr("Anonymous"),
        }
        self.attribution.clear()
        allowed = allowed_attributions(event)
        for level in allowed:
            self.attribution.addItem(names[level], level)
        if current in allowed:
            self.attribution.setCurrentIndex(self.attribution.findData(current))
        chatham = event.under_chatham_house
        self.policy_note.setText(
            self.tr("This event runs under the Chatham House rule: nobody is named.")
            if chatham
            else self.tr("Nobody is ever named more than their own consent allows.")
        )
        self._show_template()

    def set_attribution(self, level: str) -> None:
        """Choose an attribution level by its value (named / organisation / anonymous)."""
        index = self.attribution.findData(level)
        if index < 0:
            raise RoundtablesError(f"Attribution {level!r} is not allowed for this event")
        self.attribution.setCurrentIndex(index)

    def _template_chosen(self, index: int) -> None:
        if index == 1:
            chosen = prompts.open_file(
                self, self.tr("Choose a Word template"), self.tr("Word documents (*.docx)")
            )
            self.template = chosen
        else:
            self.template = None
        self._show_template()

    def _show_template(self) -> None:
        self.template_choice.setCurrentIndex(1 if self.template else 0)
        self.template_label.setText(
            str(self.template) if self.template else self.tr("The styles shipped with the app")
        )

    def generate(self) -> Path | None:
        """Ask where to write, build the synthesis, open it; errors in one line."""
        if self.before_generate is not None:
            self.before_generate()
        event = self.store.get(Event, self.event_id)
        if event is None:
            return None
        suggested = f"{event.slug or 'synthesis'}-synthesis.docx"
        path = prompts.save_file(
            self, self.tr("Save the synthesis as"), suggested,
            self.tr("Word documents (*.docx);;PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        if path.suffix.lower() not in (".docx", ".pdf"):
            path = path.with_name(path.name + ".docx")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        started = time.perf_counter()
        try:
            written = write_synthesis(
                self.store,
                event.id,
                path,
                template=self.template,
                attribution=self.attribution.currentData(),
                language=self.language.currentData() or None,
                final=self.final.isChecked(),
            )
        except RoundtablesError as exc:
            self._failed(error_text(exc))
            return None
        except OSError as exc:
            self._failed(
                self.tr("Cannot write {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                )
            )
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        seconds = time.perf_counter() - started
        self.status.setText(
            self.tr("Written {path} in {seconds:.1f} s").format(path=written, seconds=seconds)
        )
        self.generated.emit(Path(written))
        self.opener(Path(written))
        return Path(written)

    def _failed(self, message: str) -> None:
        line = " ".join(message.split())  # one line, whatever the error said
        self.status.setText(line)
        prompts.error(self, self.tr("The synthesis was not written"), line)
