"""The plenary pages as a PDF handout, drawn exactly as the window draws them.

One PDF page per plenary page (A4 landscape), text kept as text, through Qt's
own PDF writer: no other dependency.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from roundtables.messages import error
from roundtables.services.plenary import Plenary
from roundtables.ui.plenary.render import paint_page

#: The page is laid out on this logical width (as a 1600-pixel-wide screen would),
#: then scaled onto the paper: the handout reads like the projector.
LOGICAL_WIDTH = 1600.0
RESOLUTION = 300


def ensure_gui() -> QCoreApplication:
    """A Qt application for fonts and painting; headless when none is running."""
    app = QCoreApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def write_plenary_pdf(plenary: Plenary, path: str | Path) -> Path:
    """Write the pages to ``path`` (a temporary name first, then renamed into place)."""
    ensure_gui()
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise error("pdf-target-kind", path=target)
    if not target.parent.is_dir():
        raise error("pdf-folder-missing", path=target.parent)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    os.close(handle)
    try:
        _paint(plenary, temporary)
        if os.path.getsize(temporary) == 0:
            raise error("pdf-empty", path=target)
        os.replace(temporary, target)
    except OSError as exc:
        raise error("os-error", doing="write", path=target, detail=exc.strerror or exc) from None
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target


def _paint(plenary: Plenary, filename: str) -> None:
    writer = QPdfWriter(filename)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(f"{plenary.title} — {plenary.labels('plenary')}")
    writer.setCreator("Roundtables")
    painter = QPainter(writer)
    if not painter.isActive():
        raise error("pdf-not-written", path=filename)
    try:
        device = painter.viewport()
        scale = device.width() / LOGICAL_WIDTH
        logical = QRectF(0, 0, LOGICAL_WIDTH, device.height() / scale)
        for index, page in enumerate(plenary.pages):
            if index:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            paint_page(painter, logical, page, plenary.labels, plenary.footer(index))
            painter.restore()
    finally:
        painter.end()
