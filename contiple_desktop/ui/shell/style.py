"""The look: Fusion with a calm, light palette and a little spacing (readable at 1366x768)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

ACCENT = "#2563eb"

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
""".replace("ACCENT", ACCENT)


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
