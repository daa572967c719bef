"""The files shipped inside the package: templates, schemas, Word styles, translations.

They live in this package's folder and are found with ``importlib.resources``, so a
source checkout, an installed wheel and the one-folder bundle all read them the same
way (no path built from ``__file__`` that only holds in the source tree).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

_KEEP = contextlib.ExitStack()
atexit.register(_KEEP.close)


def resource(*parts: str) -> Traversable:
    """A shipped file or folder, to read (``read_text``, ``read_bytes``, ``iterdir``)."""
    return files(__name__).joinpath(*parts)


@functools.cache
def resource_path(*parts: str) -> Path:
    """A real file-system path to a shipped file, for readers that need one (Qt, docx).

    Installed normally the package is a folder and this is the file itself; imported
    from a zip archive the file is copied out once and kept until the process ends.
    """
    ref = resource(*parts)
    if isinstance(ref, Path):
        return ref
    return _KEEP.enter_context(as_file(ref))
