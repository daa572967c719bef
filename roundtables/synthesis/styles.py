"""The Word styles the documents use, and the templates that must define them.

The base template (``resources/word/base.docx``, made by
``tools/make_base_template.py``) defines every style below.  An organisation's
own template may restyle them; one that lacks a style is refused up front with a
message naming it, instead of a ``KeyError`` halfway through a build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from roundtables.domain import RoundtablesError
from roundtables.resources import resource_path

PARAGRAPH_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "List Number",
    "Quote",
    "Caption",
    "Header",
    "Footer",
    "TOC Heading",
    "TOC 1",
    "TOC 2",
    "No Spacing",
)
CHARACTER_STYLES = ("Strong", "Emphasis")
TABLE_STYLES = ("Table Grid",)
REQUIRED_STYLES = PARAGRAPH_STYLES + CHARACTER_STYLES + TABLE_STYLES


def base_template() -> Path:
    """The template shipped with the app."""
    return resource_path("word", "base.docx")


def open_template(template: Path | str | None = None) -> Any:
    """A new python-docx Document from ``template`` (default: the base), styles checked."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(template) if template else base_template()
    if not path.is_file():
        raise RoundtablesError(f"Template not found: {path}")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise RoundtablesError(f"Template {path.name} is not a Word .docx file ({exc})") from None
    except Exception as exc:  # a damaged zip or XML: still one line for a person
        raise RoundtablesError(f"Template {path.name} cannot be read ({exc})") from None
    check_styles(document, path.name)
    # An organisation's template may hold sample text; the document starts empty
    # but keeps the template's last section (page size, margins, header, footer).
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


def check_styles(document: Any, name: str = "template") -> None:
    """Raise a one-line error naming every style the documents need and ``document`` lacks."""
    present = {style.name for style in document.styles}
    missing = [style for style in REQUIRED_STYLES if style not in present]
    if missing:
        raise RoundtablesError(
            f"Template {name} lacks the Word style{'s' if len(missing) > 1 else ''} "
            f"{', '.join(repr(m) for m in missing)}; start from resources/word/base.docx"
        )


def resolve(document: Any) -> dict[str, Any]:
    """Style objects by name, looked up once (python-docx searches on every lookup)."""
    by_name = {style.name: style for style in document.styles}
    return {name: by_name[name] for name in REQUIRED_STYLES}
