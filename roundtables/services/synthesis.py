"""Writing the synthesis: one use case for the command line and the rapporteur's window.

Reads the event from the store, builds the Word document, and, for a ``.pdf``
target, converts it through LibreOffice (contents updated, tagged PDF).
"""

from __future__ import annotations

import os
from pathlib import Path

from roundtables.messages import error
from roundtables.storage import Store
from roundtables.tempfiles import work_folder

FORMATS = (".docx", ".pdf")
LANGUAGES = ("en", "nl", "fr")


def check_output(path: str | os.PathLike[str]) -> Path:
    """The target as a Path, or a one-line error for a format we cannot write."""
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise error("synthesis-target-kind", file=target.name)
    if not target.parent.is_dir():
        raise error("folder-not-found", path=target.parent)
    if target.is_dir():
        raise error("target-is-a-folder", path=target)
    return target


def write_synthesis(
    store: Store,
    event_id: str,
    output: str | os.PathLike[str],
    *,
    template: str | os.PathLike[str] | None = None,
    attribution: str | None = None,
    language: str | None = None,
    final: bool = False,
) -> Path:
    """Write the event's synthesis to ``output`` (.docx or .pdf) and return the path.

    ``final`` drops the Draft label without finalising (locking) the event;
    ``language`` ("en", "nl", "fr") defaults to the event's own.
    """
    from roundtables.synthesis import build_synthesis
    from roundtables.synthesis.office import find_soffice, to_pdf

    target = check_output(output)
    if language is not None and language not in LANGUAGES:
        raise error("unknown-language", language=language)
    if target.suffix.lower() == ".pdf" and find_soffice() is None:
        raise error("no-libreoffice", file=target.name)
    harvest = store.harvest(store.find_event(event_id))
    options = {
        "template": Path(template) if template else None,
        "attribution": attribution,
        "language": language,
        "draft": False if final else None,
    }
    if target.suffix.lower() == ".docx":
        return build_synthesis(harvest, target, **options)  # type: ignore[arg-type]
    with work_folder(target.parent) as folder:  # names inside: never the system temp
        document = build_synthesis(
            harvest, Path(folder) / f"{target.stem}.docx", **options  # type: ignore[arg-type]
        )
        return to_pdf(document, target)
