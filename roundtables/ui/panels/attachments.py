"""Photos of flip-charts and other files: from a file chooser or dropped on the panel."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QPainter,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Attachment, Record, RoundTable, RoundtablesError
from roundtables.ui import prompts
from roundtables.ui.actions import button_for, install_actions
from roundtables.ui.edit_session import EditSession
from roundtables.ui.keymap import ATTACHMENTS_PANEL
from roundtables.ui.panels.base import Panel
from roundtables.ui.record_table import Column, RecordTableModel

#: Largest file accepted: a phone photo is 3–8 MB; a results file must stay portable.
MAX_BYTES = 25 * 1024 * 1024
THUMBNAIL = QSize(240, 180)  # drawn at 160×120, sharp at 150 % scaling


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttachmentsPanel", text)


def read_attachment(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a file to attach, or a one-line reason why it cannot be."""
    shown = " ".join(str(path).split())
    megabytes = limit // 2**20
    try:
        if not path.exists():
            raise RoundtablesError(_tr("Cannot read {path}: no such file").format(path=shown))
        if not path.is_file():
            raise RoundtablesError(_tr("Cannot attach {path}: not a file").format(path=shown))
        size = path.stat().st_size
        if size > limit:
            raise RoundtablesError(
                _tr("{name} is {size:.1f} MB; attachments are limited to {limit} MB").format(
                    name=path.name, size=size / 2**20, limit=megabytes
                )
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)  # a file that grew meanwhile is still bounded
    except OSError as exc:
        raise RoundtablesError(
            _tr("Cannot read {path}: {reason}").format(path=shown, reason=exc.strerror or exc)
        ) from None
    if len(data) > limit:
        raise RoundtablesError(
            _tr("{name} is larger than {limit} MB").format(name=path.name, limit=megabytes)
        )
    if not data:
        raise RoundtablesError(_tr("{name} is empty").format(name=path.name))
    return data


def thumbnail(content: bytes) -> QImage:
    """A small image of a photo, decoded at reduced size; a null image if not a picture."""
    buffer = QBuffer()
    buffer.setData(QByteArray(content))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # phone photos are stored sideways with an EXIF turn
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    return image


def framed(image: QImage) -> QPixmap:
    """A thumbnail with a thin border, so a white flip-chart shows on a white list."""
    pixmap = QPixmap.fromImage(image)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#9e9e9e"))
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    painter.end()
    return pixmap


class AttachmentsPanel(Panel):
    """Thumbnails with captions; add by Ctrl+Shift+P or by dropping files."""

    def __init__(
        self,
        session: EditSession,
        table: RoundTable,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, table, parent)
        self.icons: dict[str, QIcon] = {}  # by sha256: each picture is decoded once
        style = self.style()
        self.generic_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.model: RecordTableModel[Attachment] = RecordTableModel(
            [
                Column(
                    self.tr("Caption"),
                    lambda a: a.caption or a.filename,
                    edit_value=lambda a: a.caption,
                    edit=self._edit_caption,
                    decoration=lambda a: self.icons.get(a.sha256, self.generic_icon),
                    tooltip=self._tooltip,
                )
            ],
            key=lambda a: a.id,
            commit=self._commit_caption,
            parent=self,
        )
        self.model.refused.connect(self.session.refuse)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Attachments"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(160, 120))
        self.view.setGridSize(QSize(200, 175))
        self.view.setWordWrap(True)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        # Drops land on the panel, not in the list (which would try to move items).
        self.view.setAcceptDrops(False)
        self.view.viewport().setAcceptDrops(False)
        self.setAcceptDrops(True)

        self.action_by_id = install_actions(self, ATTACHMENTS_PANEL)
        self.add_action = self.action_by_id["add"]
        self.caption_action = self.action_by_id["caption"]
        self.delete_action = self.action_by_id["delete"]
        self.hint = QLabel(self.tr("Drop photos of flip-charts here, or press Ctrl+Shift+P."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        title = QLabel(
            self.tr(
                "<b>Attachments</b> — flip-charts and handouts. <span style='font-style:italic'>"
                "Ctrl+Shift+P attach · drop files here · F2 caption · Del delete</span>"
            )
        )
        title.setWordWrap(True)
        top.addWidget(title, 1)
        top.addWidget(button_for(self.add_action, self.tr("Attach…"), self))
        top.addWidget(button_for(self.caption_action, self.tr("Caption"), self))
        top.addWidget(button_for(self.delete_action, self.tr("Delete"), self))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        self.setFocusProxy(self.view)
        self.reload()
        self.lock(self.read_only)

    # ------------------------------------------------------------ showing

    def _light(self, attachment: Attachment) -> Attachment:
        """Keep the thumbnail and drop the bytes: the list holds no photos in memory."""
        if attachment.sha256 not in self.icons and attachment.content:
            image = thumbnail(attachment.content)
            if not image.isNull():
                self.icons[attachment.sha256] = QIcon(framed(image))
        light = Attachment(**{**vars(attachment), "content": b""})
        return light

    def _tooltip(self, attachment: Attachment) -> str:
        return self.tr("{name} — {type}").format(
            name=attachment.filename, type=attachment.media_type
        )

    def reload(self) -> None:
        """Read the table's attachments; thumbnails are made once per picture."""
        self.model.set_rows([self._light(a) for a in self.store.attachments(self.table.id)])
        self.hint.setVisible(not self.model.rows)

    def on_saved(self, record: Record) -> None:
        if isinstance(record, Attachment):
            if record.deleted:
                self.model.remove(record.id)
            else:
                self.model.upsert(self._light(record))
            self.hint.setVisible(not self.model.rows)

    def apply_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.setAcceptDrops(not read_only)

    # ------------------------------------------------------------ adding

    def choose_files(self) -> None:
        """Ask for files to attach (Ctrl+Shift+P)."""
        if self.read_only:
            return
        filters = self.tr(
            "Pictures (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff);;All files (*)"
        )
        paths = prompts.open_files(self, self.tr("Attach photos or files"), filters)
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> bool:
        """Attach files in one step; one unreadable or oversized file and none is added."""
        if self.read_only:
            return False
        known = {a.sha256 for a in self.model.rows}
        records: list[Attachment] = []
        skipped: list[str] = []
        for path in paths:
            try:
                content = read_attachment(path)
            except RoundtablesError as exc:
                self.session.refuse(exc)
                return False
            digest = hashlib.sha256(content).hexdigest()
            if digest in known:
                skipped.append(path.name)
                continue
            known.add(digest)
            media_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            records.append(
                Attachment(
                    table_id=self.table.id,
                    filename=path.name,
                    media_type=media_type,
                    content=content,
                    sha256=digest,
                )
            )
        if skipped:
            prompts.inform(
                self,
                self.tr("Already attached"),
                self.tr("Already attached, not added again: {names}").format(
                    names=", ".join(skipped)
                ),
            )
        if not records:
            return False
        text = self.tr("Attach {count} file(s)").format(count=len(records))
        if not self.session.save(records, text):
            return False
        self.view.setCurrentIndex(self.model.index(self.model.row_of(records[-1].id), 0))
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self.read_only or not urls:
            event.ignore()
            return
        event.acceptProposedAction()
        remote = [u for u in urls if not u.isLocalFile()]
        if remote:
            # Offline by design: nothing is ever fetched from the network.
            self.session.refuse(
                self.tr("Only files on this computer can be attached: {url}").format(
                    url=remote[0].toString()
                )
            )
            return
        self.add_files([Path(u.toLocalFile()) for u in urls])

    # ------------------------------------------------------------ editing

    def _edit_caption(self, attachment: Attachment, value: Any) -> Attachment:
        caption = " ".join(str(value or "").split())
        return Attachment(**{**vars(attachment), "caption": caption})

    def _commit_caption(self, before: Attachment, after: Attachment) -> bool:
        # The rows are light (no bytes): change the stored record, never save a row.
        stored = self.store.get(Attachment, after.id)
        if stored is None:
            return False
        stored.caption = after.caption
        return self.session.save([stored], self.tr("Caption of {name}").format(name=after.filename))

    def current_attachment(self) -> Attachment | None:
        return self.model.row_at(self.view.currentIndex().row())

    def edit_caption(self) -> None:
        """Type a caption under the selected picture (F2)."""
        index = self.view.currentIndex()
        if index.isValid() and not self.read_only:
            self.view.edit(index)

    def delete_selected(self) -> None:
        """Tombstone the selected attachment (Ctrl+Z brings it back)."""
        attachment = self.current_attachment()
        if attachment is None or self.read_only:
            return
        stored = self.store.get(Attachment, attachment.id)
        if stored is not None:
            self.session.remove([stored], self.tr("Delete {name}").format(name=stored.filename))
