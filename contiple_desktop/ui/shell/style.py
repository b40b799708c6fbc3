"""The look: Fusion with a calm, light palette and a little spacing (readable at 1366x768).

Two things must be seen at a glance on a call: where the keyboard is and what the main action is.
Every control that takes the focus gets a 2-px ``FOCUS`` ring (contrast with the window at least
3:1, WCAG 2.2 "focus appearance"; unfocused the ring's place is kept, so nothing moves), and each
area marks its one primary button with ``mark_primary`` (the ``primary`` property the style
sheet draws filled with ``ACCENT``): "Submit ticket", "Send follow-up", "Show tickets" (until a
ticket is open), "Save" in the profiles dialog.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPushButton, QStyleFactory

ACCENT = "#2563eb"
FOCUS = "#1d4ed8"  # the focus ring: 6.7:1 against the window background
PRIMARY = "primary"  # the dynamic property of an area's one primary button

STYLE_SHEET = """
#sidebar { background: #eef2f7; border-right: 1px solid #d8dee8; }
#brand { font-size: 15px; font-weight: 600; color: #1e293b; padding: 2px 8px 6px 8px; }
#navigation { background: transparent; border: none; outline: 0; font-size: 13px; }
#navigation::item { border-radius: 6px; padding: 4px 8px; color: #1e293b; }
#navigation::item:hover { background: #e2e8f0; }
#navigation::item:selected { background: ACCENT; color: white; }
#area-header { font-size: 18px; font-weight: 600; color: #0f172a; }
#status-bar { border-top: 1px solid #d8dee8; }
#status-bar QLabel { padding: 0 6px; }
#navigation:focus { border: 2px solid FOCUS; border-radius: 6px; }

QLineEdit, QAbstractSpinBox, QComboBox {
    border: 1px solid #94a3b8; border-radius: 3px; padding: 2px 4px; background: #ffffff;
}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled { background: #f1f5f9; color: #94a3b8; }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {
    border: 2px solid FOCUS; padding: 1px 3px;
}
QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus { border: 2px solid FOCUS; }
QPushButton {
    border: 1px solid #94a3b8; border-radius: 4px; padding: 4px 12px; background: #ffffff; color: #1e293b;
}
QPushButton:hover { background: #f1f5f9; }
QPushButton:pressed, QPushButton:checked { background: #e2e8f0; }
QPushButton:disabled { color: #94a3b8; border-color: #cbd5e1; background: #f8fafc; }
QPushButton:flat { border-color: transparent; background: transparent; }
QPushButton:focus { border: 2px solid FOCUS; padding: 3px 11px; }
QPushButton[primary="true"] {
    background: ACCENT; color: #ffffff; border: 1px solid #1e40af; font-weight: 600;
}
QPushButton[primary="true"]:hover { background: #1d4ed8; }
QPushButton[primary="true"]:pressed { background: #1e40af; }
QPushButton[primary="true"]:disabled { background: #bfdbfe; color: #f8fafc; border-color: #bfdbfe; }
QPushButton[primary="true"]:focus { border: 2px solid #0f172a; padding: 3px 11px; }
QToolButton:focus { border: 2px solid FOCUS; border-radius: 3px; }
QCheckBox, QRadioButton { border: 2px solid transparent; border-radius: 3px; padding: 1px; }
QCheckBox:focus, QRadioButton:focus { border-color: FOCUS; }
""".replace("ACCENT", ACCENT).replace("FOCUS", FOCUS)


def mark_primary(button: QPushButton, primary: bool = True) -> None:
    """Draw ``button`` as its area's primary action (filled, white text) or as an ordinary one;
    a primary button also answers Enter when it has the focus."""
    if bool(button.property(PRIMARY)) == primary:
        return
    button.setProperty(PRIMARY, primary)
    button.setAutoDefault(primary)
    style = button.style()
    style.unpolish(button)
    style.polish(button)
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
    return pal


def apply_style(app: QApplication) -> None:
    """Fusion style, the calm palette and the shell's style sheet."""
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(calm_palette())
    app.setStyleSheet(STYLE_SHEET)
