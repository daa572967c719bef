"""The pinned PySide6 survives a long session of signals (6.12.0 did not)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Source(QObject):
    changed = Signal(object)

app = QCoreApplication([])
source = Source()
received = []
source.changed.connect(lambda value: received.append(value is not None))
for i in range(20000):
    source.changed.emit({"n": i, "flag": i % 2 == 0})
assert len(received) == 20000
print("ok")
"""


def test_twenty_thousand_signals_to_python_slots_do_not_crash() -> None:
    # A typing facilitator emits thousands of signals an hour; under PySide6 6.12.0
    # this aborted with "bool_dealloc: deallocating True or False".
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "ok"
