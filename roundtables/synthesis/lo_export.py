"""Run by LibreOffice's Python (``python3 lo_export.py SOFFICE IN.docx OUT.pdf PROFILE``).

Not imported by the app: it needs the ``uno`` module that comes with LibreOffice
(Debian: python3-uno), which the app's own Python does not have.  It starts a
private, headless LibreOffice, opens the document, updates the table of contents
(so the PDF's contents page carries page numbers) and exports a tagged PDF.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
import uuid


def main(soffice: str, source: str, target: str, profile: str) -> int:
    import uno
    from com.sun.star.beans import PropertyValue
    from com.sun.star.connection import NoConnectException

    def prop(name: str, value: object) -> object:
        item = PropertyValue()
        item.Name, item.Value = name, value
        return item

    pipe = f"roundtables-{uuid.uuid4().hex}"
    office = subprocess.Popen(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--invisible",
         "--nologo", "--norestore", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        context = None
        for _ in range(240):  # up to a minute for a cold start
            try:
                context = resolver.resolve(
                    f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext"
                )
                break
            except NoConnectException:
                if office.poll() is not None:
                    print("LibreOffice stopped before it could convert", file=sys.stderr)
                    return 2
                time.sleep(0.25)
        if context is None:
            print("LibreOffice did not start", file=sys.stderr)
            return 2
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),)
        )
        try:
            indexes = document.getDocumentIndexes()
            for index in range(indexes.getCount()):
                indexes.getByIndex(index).update()
            document.refresh()
            # Page numbers change once the contents are filled in: a second pass.
            for index in range(indexes.getCount()):
                indexes.getByIndex(index).update()
            filter_data = (
                prop("UseTaggedPDF", True), prop("ExportBookmarks", True),
                prop("ExportNotes", False),
            )
            # A sequence inside a property needs its type spelt out, and uno.invoke to pass it.
            data = prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", filter_data))
            uno.invoke(
                document, "storeToURL",
                (uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"), data)),
            )
        finally:
            document.close(True)
        with contextlib.suppress(Exception):  # the bridge closes as LibreOffice quits
            desktop.terminate()
        return 0
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
            office.wait()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
