"""A real client reads the synthesis: LibreOffice converts it to PDF."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(document: Path, folder: Path) -> Path:
    """Convert with LibreOffice headless, in a private profile (parallel runs don't collide)."""
    assert SOFFICE, "LibreOffice (soffice) is needed: run 'make soffice'"
    profile = folder / "lo-profile"
    completed = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(folder), str(document)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    pdf = folder / f"{document.stem}.pdf"
    assert completed.returncode == 0, completed.stderr
    assert pdf.is_file(), f"no PDF: {completed.stdout} {completed.stderr}"
    return pdf


@pytest.mark.slow
def test_libreoffice_converts_the_demo_synthesis_with_its_tracked_changes(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    document = build_synthesis(store.harvest(demo_event), tmp_path / "synthesis.docx")
    xml = zipfile.ZipFile(document).read("word/document.xml")
    assert xml.count(b"<w:ins ") >= 3 and xml.count(b"<w:del ") >= 3
    pdf = convert_to_pdf(document, tmp_path)
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF") and len(content) > 50_000
    pdftotext = shutil.which("pdftotext")
    if pdftotext:  # poppler-utils comes with the same install step; check the words too
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True,
                              timeout=60, check=True).stdout
        assert "Consolidated action plan" in text
        assert demo_event.title.split(":")[0] in text
