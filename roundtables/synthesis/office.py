"""A PDF of a Word document through LibreOffice, when it is installed (no Qt, no network).

With LibreOffice's Python bridge (``uno``) the table of contents is updated first,
so the PDF's contents page has page numbers; without it LibreOffice converts the
document as it is.  Either way the PDF is tagged (structure for screen readers)
and carries the document's language from the .docx.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from roundtables.messages import error
from roundtables.tempfiles import sync_folder, work_folder

#: Seconds a conversion may take (a cold LibreOffice start included).
TIMEOUT = 180
_PDF_FILTER = 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def find_soffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def _uno_python(soffice: str) -> str | None:
    """A Python that can ``import uno``: LibreOffice's own, or the system's (python3-uno)."""
    program = Path(os.path.realpath(soffice)).parent
    candidates = [program / "python", program / "python.exe", Path("/usr/bin/python3")]
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            try:
                done = subprocess.run(
                    [str(candidate), "-c", "import uno"], capture_output=True, timeout=30,
                    check=False,
                )
            except (OSError, subprocess.TimeoutExpired):
                continue
            if done.returncode == 0:
                return str(candidate)
    return None


def to_pdf(document: Path, target: Path) -> Path:
    """Write ``target`` (a PDF) from the Word ``document``; one-line error otherwise."""
    soffice = find_soffice()
    if soffice is None:
        raise error("no-libreoffice", file=target.name)
    # beside the target, never the system temp folder: the document holds names
    with work_folder(target.parent) as work:
        profile = (work / "profile").as_uri()
        produced = work / f"{document.stem}.pdf"
        python = _uno_python(soffice)
        script = Path(__file__).with_name("lo_export.py")
        if python and script.is_file():
            command = [python, str(script), soffice, str(document.resolve()), str(produced),
                       profile]
        else:
            command = [soffice, f"-env:UserInstallation={profile}", "--headless",
                       "--convert-to", _PDF_FILTER, "--outdir", str(work), str(document)]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT,
                                  check=False)
        except subprocess.TimeoutExpired:
            raise error("libreoffice-timeout", seconds=TIMEOUT, file=target.name) from None
        if done.returncode != 0 or not produced.is_file():
            reason = " ".join((done.stderr or done.stdout or "no output").split())[:200]
            raise error("libreoffice-failed", file=target.name, detail=reason)
        os.chmod(produced, 0o644)
        os.replace(produced, target)  # the work folder is beside the target: one rename
        sync_folder(target.parent)
    return target
