"""Contrast of every colour the app sets: at least 4.5:1 against its background.

WCAG 2.1's formula (EN 301 549 11.1.4.3).  The first test finds every colour written in
the interface's code, so a new colour fails until it is paired with its background
here; the second computes each pair; the third checks the palette roles the app relies
on (a hint drawn greyed by disabling it would fall to 1.6:1).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

UI = Path(__file__).resolve().parent.parent / "roundtables" / "ui"
#: stand-ins for the platform palette's own colours, resolved when the test runs
WINDOW, BASE, TEXT = "palette(window)", "palette(base)", "palette(text)"

#: (text colour, background, where): every text colour the app sets, on what it sits
PAIRS = [
    ("#111111", "#ffffff", "plenary page: body text"),
    ("#0b2e6b", "#ffffff", "plenary page: headings"),
    ("#3a3a3a", "#ffffff", "plenary page: secondary lines and footer"),
    *((ink, fill, f"plenary page: text in a {stance or 'no-stance'} cell")
      for stance, fill in (("support", "#cdeccd"), ("amend", "#ffe9a8"),
                           ("reject", "#f6c9c9"), ("", "#ececec"))
      for ink in ("#111111", "#3a3a3a")),
    ("#1a1a1a", "#f5a623", "countdown, last two minutes (workspace and projector)"),
    ("#ffffff", "#c62828", "countdown, over time (workspace and projector)"),
    ("#f4f4f4", "#101418", "projector: all text"),
    ("white", "#5d4037", "workspace: finalised-event banner"),
    ("#5c4400", "#fff3c4", "organiser: finalised-event banner"),
    ("#b00020", WINDOW, "action points: why a value was not taken"),
    ("#a40000", WINDOW, "organiser agenda warning, CSV import message"),
    ("darkRed", BASE, "hand-over: a conflicting record in the list"),
    ("white", "#2e7d32", "participants: consent badge N"),
    ("white", "#8a5300", "participants: consent badge O"),
    ("white", "#546e7a", "participants: consent badge A"),
    (TEXT, "#fde2b8", "CSV import: a duplicate row"),
    (TEXT, "#f8d0d0", "CSV import: a row with a problem"),
]
#: colours that never sit under or over text, and why
NOT_TEXT = {
    "#e0c060": "the organiser banner's border line",
    "#9e9e9e": "the frame line around a photo thumbnail",
    "transparent": "a badge's empty corners",
    "#ffffff": "the plenary page's white",
    "#000000": "a badge's colour for an unknown consent (never shown: every consent has one)",
}
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
NAMED = re.compile(r"""(?:color:\s*|QColor\(["'])([a-z]+)\b|Qt\.GlobalColor\.(\w+)""")


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def resolve(name: str) -> QColor:
    palette = QApplication.palette()
    roles = {WINDOW: QPalette.ColorRole.Window, BASE: QPalette.ColorRole.Base,
             TEXT: QPalette.ColorRole.Text}
    if name in roles:
        return palette.color(QPalette.ColorGroup.Active, roles[name])
    colour = QColor(name)
    assert colour.isValid(), name
    return colour


def colours_in_code() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted(UI.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.relative_to(UI.parent.parent)}:{number}"
            for hex_colour in HEX.findall(line):
                found.setdefault(hex_colour.lower(), where)
            for named, global_colour in NAMED.findall(line):
                found.setdefault(named or global_colour, where)
    return found


def test_the_formula_matches_wcag() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_every_colour_in_the_code_is_paired_with_its_background(qapp: QApplication) -> None:
    known = {c.lower() for pair in PAIRS for c in pair[:2]} | set(NOT_TEXT)
    unpaired = {colour: where for colour, where in colours_in_code().items()
                if colour.lower() not in known}
    assert not unpaired, f"colours with no background checked here: {unpaired}"


@pytest.mark.parametrize(("ink", "background", "where"), PAIRS)
def test_text_contrast_is_at_least_4_5_to_1(
    qapp: QApplication, ink: str, background: str, where: str
) -> None:
    ratio = contrast(resolve(ink), resolve(background))
    assert ratio >= 4.5, f"{where}: {ink} on {background} is {ratio:.2f}:1"


def test_hints_keep_the_palettes_text_colour(qtbot: QtBot) -> None:
    """Greyed-out reminders are still text: none is drawn as a disabled control."""
    pattern = re.compile(r"\.setEnabled\(False\)\s*#.*(reminder|greyed)")
    offenders = [f"{p.relative_to(UI.parent.parent)}" for p in UI.rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))]
    assert not offenders, f"text drawn disabled (about 1.6:1): {offenders}"
    label = QLabel("hint")
    qtbot.addWidget(label)
    palette = label.palette()
    ratio = contrast(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
                     palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window))
    assert ratio >= 4.5
