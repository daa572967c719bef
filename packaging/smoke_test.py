"""Smoke-test a built bundle on any system: the commands and the window, nothing on stderr.

    python packaging/smoke_test.py dist/roundtables

Used by .github/workflows/bundle.yml on Windows and macOS runners (tests/test_bundle.py
is the stricter Linux check: no network, no Python, the checkout hidden).  The
database goes to a temporary folder; the environment keeps only what the system
needs to start a program.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

#: What Qt's offscreen platform itself prints when a window is raised or sized.
OFFSCREEN_NOISE = {
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
}
#: Variables a program needs to start at all (Windows: SYSTEMROOT; macOS: none).
KEEP = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA", "HOME")


def main() -> int:
    bundle = Path(sys.argv[1]).resolve()
    exe = bundle / ("roundtables.exe" if os.name == "nt" else "roundtables")
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: os.environ[k] for k in KEEP if k in os.environ}
        env["ROUNDTABLES_DB"] = str(Path(tmp) / "smoke.db")

        def run(*args: str) -> str:
            done = subprocess.run([str(exe), *args], capture_output=True, text=True,
                                  env=env, cwd=tmp, timeout=300)
            if done.returncode != 0 or done.stderr.strip():
                raise SystemExit(f"{' '.join(args)}: exit {done.returncode}\n{done.stderr}")
            return done.stdout

        print(run("demo").strip())
        event = json.loads(run("events", "--json"))[0]
        target = Path(tmp) / "synthesis.docx"
        run("synthesis", event["id"], "-o", str(target))
        with zipfile.ZipFile(target) as docx:
            assert "word/document.xml" in docx.namelist()
        print(f"synthesis: {target.stat().st_size} bytes")

        start = time.perf_counter()
        window = subprocess.Popen([str(exe), "--table", f"{event['id']}:1"],
                                  env={**env, "QT_QPA_PLATFORM": "offscreen"}, cwd=tmp,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(5)
        alive = window.poll() is None
        window.terminate()
        _, err = window.communicate(timeout=60)
        noise = [line for line in err.splitlines() if line.strip() not in OFFSCREEN_NOISE]
        if not alive or noise:
            raise SystemExit(f"the window did not stay open cleanly:\n{err}")
        print(f"window: open for {time.perf_counter() - start:.0f} s, nothing on stderr")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
