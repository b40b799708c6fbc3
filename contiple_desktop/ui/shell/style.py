"""The look: Fusion with a calm, light palette and a little spacing (readable at 1366x768).

Two things must be seen at a glance on a call: where the keyboard is and what the main action is.
Every control that takes the focus gets a 2-px ``FOCUS`` ring (contrast with the window at least
3:1, WCAG 2.2 "focus appearance"; unfocused the ring's place is kept, so nothing moves), and each
area marks its one primary button with ``mark_primary`` (the ``primary`` property that
``CalmStyle`` draws filled with ``ACCENT``): "Submit ticket", "Send follow-up", "Show tickets" (until a
ticket is open), "Save" in the profiles dialog.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QPushButton

ACCENT = "#2563eb"
FOCUS = "#1d4ed8"  # the focus ring: 6.7:1 against the window background
PRIMARY = "primary"  # the dynamic property of an area's one primary button

SIDEBAR_SHEET = """
#sidebar { background: #eef2f7; border-right: 1px solid #d8dee8; }
#brand { font-size: 15px; font-weight: 600; color: #1e293b; padding: 2px 8px 6px 8px; }
#navigation { background: transparent; border: none; outline: 0; font-size: 13px; }
#navigation::item { border-radius: 6px; padding: 4px 8px; color: #1e293b; }
#navigation::item:hover { background: #e2e8f0; }
#navigation::item:selected { background: ACCENT; color: white; }
#navigation:focus { border: 2px solid FOCUS; border-radius: 6px; }
""".replace("ACCENT", ACCENT).replace("FOCUS", FOCUS)
"""The sidebar's own style sheet (``frame.py`` sets it on the sidebar only: a style sheet set on
the application would make every widget of the app twice as slow to build, lay out and paint)."""
HEADER_SHEET = "font-size: 18px; font-weight: 600; color: #0f172a;"
STATUS_SHEET = "#status-bar { border-top: 1px solid #d8dee8; } #status-bar QLabel { padding: 0 6px; }"


PRIMARY_TEXT = "#ffffff"
PRIMARY_TEXT_DISABLED = "#f8fafc"


def mark_primary(button: QPushButton, primary: bool = True) -> None:
    """Draw ``button`` as its area's primary action (filled, white text) or as an ordinary one;
    a primary button also answers Enter when it has the focus."""
    if bool(button.property(PRIMARY)) == primary:
        return
    button.setProperty(PRIMARY, primary)
    button.setAutoDefault(primary)
    font = button.font()
    font.setWeight(QFont.Weight.DemiBold if primary else QFont.Weight.Normal)
    button.setFont(font)
    palette = button.palette()  # white text on the filled panel (CalmStyle fills it)
    role, groups = QPalette.ColorRole.ButtonText, QPalette.ColorGroup
    inherited = QApplication.palette(button)
    for group in (groups.Active, groups.Inactive, groups.Disabled):
        white = PRIMARY_TEXT_DISABLED if group is groups.Disabled else PRIMARY_TEXT
        palette.setColor(group, role, QColor(white) if primary else inherited.color(group, role))
    button.setPalette(palette)
    button.update()


def is_primary(button: QPushButton) -> bool:
    return bool(button.property(PRIMARY))


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""

    def luminance(color: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(v) for v in (color.redF(), color.greenF(), color.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def calm_palette() -> QPalette:
    pal = QPalette()
    colors = {
        QPalette.ColorRole.Window: "#f7f8fa",
        QPalette.ColorRole.WindowText: "#1e293b",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f3f5f8",
        QPalette.ColorRole.Text: "#1e293b",
        QPalette.ColorRole.PlaceholderText: "#64748b",
        QPalette.ColorRole.Button: "#f1f3f6",
        QPalette.ColorRole.ButtonText: "#1e293b",
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#1e293b",
        QPalette.ColorRole.ToolTipText: "#f8fafc",
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.Mid: "#cbd5e1",
        QPalette.ColorRole.Midlight: "#e2e8f0",
        QPalette.ColorRole.Dark: "#94a3b8",
        QPalette.ColorRole.Light: "#ffffff",
    }
    for role, value in colors.items():
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#94a3b8"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, QColor("#f1f5f9"))
    return pal


def apply_style(app: QApplication) -> None:
    """Fusion with the focus rings and the buttons of ``CalmStyle``, and the calm palette."""
    from contiple_desktop.ui.shell.calm_style import CalmStyle

    app.setStyle(CalmStyle())
    app.setPalette(calm_palette())
