"""Colours, type scale and the style sheet: the only place the look is decided.

Two themes (light and dark) share one style sheet template (``resources/themes/app.qss``) whose ``{token}``
placeholders are filled from a ``Theme``. Widgets never hard-code colours; they use object names and dynamic
properties that the style sheet targets, or ask this module (tier colours for painted marks).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from advocate_hub.core.domain.tiers import Tier
from advocate_hub.ui.resources import resource


class ThemeName(StrEnum):
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    window: str
    surface: str
    surface_alt: str
    border: str
    text: str
    text_muted: str
    accent: str
    accent_text: str
    accent_soft: str
    success: str
    warning: str
    danger: str
    danger_text: str
    focus: str


LIGHT = Theme(
    name="light",
    window="#F4F6FA",
    surface="#FFFFFF",
    surface_alt="#EEF1F6",
    border="#D9DEE7",
    text="#111827",
    text_muted="#4B5563",
    accent="#0F766E",
    accent_text="#FFFFFF",
    accent_soft="#DDF3F0",
    success="#137333",
    warning="#8A5A06",
    danger="#B91C1C",
    danger_text="#FFFFFF",
    focus="#1D4ED8",
)
DARK = Theme(
    name="dark",
    window="#0F141B",
    surface="#18202A",
    surface_alt="#222C38",
    border="#2F3B4A",
    text="#F3F4F6",
    text_muted="#AEB8C6",
    accent="#2DD4BF",
    accent_text="#062925",
    accent_soft="#143A38",
    success="#4ADE80",
    warning="#FACC15",
    danger="#FA8C8C",
    danger_text="#0F141B",
    focus="#93C5FD",
)
THEMES = {ThemeName.LIGHT: LIGHT, ThemeName.DARK: DARK}

TIER_COLOURS: dict[Tier, str] = {
    Tier.COMMUNITY: "#64748B",
    Tier.SILVER: "#8A94A6",
    Tier.GOLD: "#C8922A",
    Tier.PLATINUM: "#5B3FA8",
}

TYPE_SCALE = {"caption": 0.85, "body": 1.0, "title": 1.4, "display": 2.6}
"""Sizes relative to the system font, so the app follows the user's font size setting."""


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def font(role: str, *, bold: bool = False) -> QFont:
    """A font of the type scale: caption, body, title or display; display uses tabular figures."""
    base = QApplication.font()
    scaled = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    scaled.setPointSizeF(size * TYPE_SCALE[role])
    scaled.setWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
    if role == "display":
        scaled.setFeature(QFont.Tag("tnum"), 1)
    return scaled


def style_sheet(theme: Theme) -> str:
    template = resource("themes", "app.qss").read_text(encoding="utf-8")
    tokens = {**asdict(theme), **{f"tier_{tier.value}": colour for tier, colour in TIER_COLOURS.items()}}
    base = QApplication.font().pointSizeF() or 10.0
    tokens.update({f"size_{role}": f"{base * factor:.1f}pt" for role, factor in TYPE_SCALE.items()})
    for key, value in tokens.items():
        template = template.replace("{" + key + "}", str(value))
    return template


def apply(app: QApplication, name: ThemeName) -> Theme:
    theme = THEMES[name]
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.surface_alt,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Button: theme.surface,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.PlaceholderText: theme.text_muted,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    # Disabled text is muted rather than faded: a disabled field still tells the user something, so it keeps a
    # colour that meets 4.5:1 on every surface.
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.text_muted))
    app.setPalette(palette)
    app.setStyle("Fusion")
    app.setStyleSheet(style_sheet(theme))
    app.setProperty("advocate_hub_theme", theme.name)
    return theme


def current(app: QApplication) -> Theme:
    return THEMES[ThemeName(app.property("advocate_hub_theme") or ThemeName.LIGHT)]
