"""Start-up of the portable app against `make run`'s, to a window on a real X screen.

    python packaging/measure_startup.py dist/roundtables [ROUNDS]

Needs an X display (e.g. ``Xvfb :18 &`` and ``DISPLAY=:18``) and ``xdotool``.  Both
starts open the same demo database; each is timed from spawn until a visible window
titled "Roundtables" exists, interleaved, and the medians are printed.  `make run`
is ``.venv/bin/python main.py`` with the package compiled to bytecode (as pip
installs it).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    try:
        while time.perf_counter() - start < 60:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^Roundtables$"],
                capture_output=True, env=env,
            )
            if found.stdout.strip():
                return time.perf_counter() - start
            time.sleep(0.01)
        raise RuntimeError(f"no window from {command}")
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
        if err.strip():
            print(f"{command[-1]}: {err.strip()[-500:]}", file=sys.stderr)


def main() -> None:
    bundle = Path(sys.argv[1]).resolve()
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    compileall.compile_dir(str(ROOT / "roundtables"), quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.db")
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["ROUNDTABLES_DB"] = db
        subprocess.run([str(bundle / "roundtables"), "demo"], env=env, check=True,
                       capture_output=True)
        source = [sys.executable, str(ROOT / "main.py")]
        frozen = [str(bundle / "roundtables")]
        source_env = {**env, "PYTHONPATH": str(ROOT)}
        time_to_window(source, source_env)  # warm the file caches
        time_to_window(frozen, env)
        runs: dict[str, list[float]] = {"make run": [], "bundle": []}
        for _ in range(rounds):
            runs["make run"].append(time_to_window(source, source_env))
            runs["bundle"].append(time_to_window(frozen, env))
    medians = {name: statistics.median(values) for name, values in runs.items()}
    for name, value in medians.items():
        each = ", ".join(f"{v * 1000:.0f}" for v in runs[name])
        print(f"{name:9} median {value * 1000:6.0f} ms  ({each})")
    print(f"ratio bundle / make run: {medians['bundle'] / medians['make run']:.2f}")


if __name__ == "__main__":
    main()
