"""Text is readable in both themes: WCAG 2 contrast of every text colour against what it is drawn on.

The pairs come from three places: the QPalette ``theme.apply`` installs (what Qt's own widgets draw with), the
style sheet after its tokens are filled (every rule that sets a text colour, against its own background or,
when it has none, against every surface a widget can sit on), and the theme tokens that painted widgets
(delegates, charts, the calendar) combine by hand.
"""

from __future__ import annotations

import re
from dataclasses import asdict

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from advocate_hub.core.domain.tiers import Tier
from advocate_hub.ui import theme

NORMAL = 4.5
LARGE = 3.0
THEMES = [theme.ThemeName.LIGHT, theme.ThemeName.DARK]
TONES = ("text", "text_muted", "accent", "success", "warning", "danger", "focus")
"""Colours widgets paint text in by hand (badge cards, the leaderboard, the calendar, chart labels)."""
SURFACES = ("window", "surface", "surface_alt", "accent_soft")
"""What text without a background of its own may sit on: the page, a card, a hovered or alternate row, a selection."""
Role = QPalette.ColorRole
PALETTE_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
]
DISABLED_PAIRS = [(Role.WindowText, Role.Window), (Role.Text, Role.Base), (Role.ButtonText, Role.Button)]
"""A disabled field or button still shows its value or what it would do."""


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(foreground: QColor, background: QColor) -> float:
    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: QColor, alpha: int, background: QColor) -> QColor:
    """``colour`` at ``alpha`` painted over ``background``, as the tier chips' tinted fill is."""
    share = alpha / 255
    return QColor(
        round(colour.red() * share + background.red() * (1 - share)),
        round(colour.green() * share + background.green() * (1 - share)),
        round(colour.blue() * share + background.blue() * (1 - share)),
    )


def test_the_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#FFFFFF")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#FFFFFF"), QColor("#FFFFFF")) == pytest.approx(1.0)


# --- the style sheet, parsed ---------------------------------------------------------------------------------------

RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
LAST_PART = re.compile(r"(::?[\w-]+|\[[^\]]*\])$")


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """Every selector of the sheet with the properties all its rules give it, later rules winning."""
    merged: dict[str, dict[str, str]] = {}
    for selectors, body in RULE.findall(COMMENT.sub("", sheet)):
        properties = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if value.strip():
                properties[name.strip()] = value.strip()
        for selector in selectors.split(","):
            merged.setdefault(" ".join(selector.split()), {}).update(properties)
    return merged


def _broader(selector: str) -> str | None:
    """The selector one step less specific: a state, sub-control or attribute dropped, else the last descendant."""
    shorter = LAST_PART.sub("", selector)
    if shorter != selector and shorter and not shorter.endswith(" "):
        return shorter
    head, _, _ = selector.rpartition(" ")
    return head or None


def inherited(sheet: dict[str, dict[str, str]], selector: str, name: str) -> str | None:
    """The value of property ``name`` for ``selector``, from it or the less specific selectors it refines."""
    current: str | None = selector
    while current is not None:
        value = sheet.get(current, {}).get(name)
        if value is None and name == "background":
            value = sheet.get(current, {}).get("background-color")
        if value is not None:
            return value
        current = _broader(current)
    return None


def _points(size: str | None) -> float:
    if size is None:
        return 0.0
    number = float(re.sub(r"[a-z]+$", "", size))
    return number * 0.75 if size.endswith("px") else number


def is_large(sheet: dict[str, dict[str, str]], selector: str) -> bool:
    """WCAG's large text: 18 pt, or 14 pt bold."""
    size = _points(inherited(sheet, selector, "font-size"))
    weight = inherited(sheet, selector, "font-weight") or "400"
    bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
    return size >= 18 or (size >= 14 and bold)


def sheet_pairs(palette: theme.Theme) -> list[tuple[str, str, str, float]]:
    """(selector, text colour, background, required ratio) for every rule of the filled sheet that sets a colour."""
    sheet = rules(theme.style_sheet(palette))
    surfaces = {getattr(palette, name).upper() for name in SURFACES}
    pairs = []
    for selector, properties in sheet.items():
        colour = properties.get("color", "")
        if not colour.startswith("#"):
            continue
        background = (inherited(sheet, selector, "background") or "transparent").split()[0].upper()
        behind = [background] if background.startswith("#") and background not in surfaces else sorted(surfaces)
        required = LARGE if is_large(sheet, selector) else NORMAL
        pairs.extend((selector, colour.upper(), back, required) for back in behind)
    return pairs


def test_the_sheet_parser_finds_backgrounds_through_less_specific_rules() -> None:
    sheet = rules(
        "/* c */ QFrame#Toast { background: #111111; } QFrame#Toast QLabel { color: #EEEEEE; }"
        ' QLabel[chip="a"], QLabel[chip="b"] { font-size: 20pt; } QLabel[chip="a"] { background: #222222; }'
        ' QLabel[chip="a"]:disabled { color: #333333; font-weight: 600; }'
    )
    assert inherited(sheet, "QFrame#Toast QLabel", "background") == "#111111"
    assert inherited(sheet, 'QLabel[chip="a"]:disabled', "background") == "#222222"
    assert inherited(sheet, 'QLabel[chip="b"]', "background") is None
    assert is_large(sheet, 'QLabel[chip="a"]:disabled')
    assert not is_large(sheet, "QFrame#Toast QLabel")


# --- the tests ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", THEMES)
def test_palette_text_roles_are_readable(qapp: QApplication, name: theme.ThemeName) -> None:
    theme.apply(qapp, name)
    palette = qapp.palette()
    failures = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in PALETTE_PAIRS:
            ratio = contrast(palette.color(group, text), palette.color(group, background))
            if ratio < NORMAL:
                failures.append(f"{group.name} {text.name} on {background.name}: {ratio:.2f}")
    for text, background in DISABLED_PAIRS:
        disabled = QPalette.ColorGroup.Disabled
        ratio = contrast(palette.color(disabled, text), palette.color(disabled, background))
        if ratio < NORMAL:
            failures.append(f"Disabled {text.name} on {background.name}: {ratio:.2f}")
    assert failures == []


@pytest.mark.parametrize("name", THEMES)
def test_every_text_colour_of_the_style_sheet_is_readable_on_its_background(
    qapp: QApplication, name: theme.ThemeName
) -> None:
    pairs = sheet_pairs(theme.THEMES[name])
    assert len({selector for selector, *_ in pairs}) > 40, "the parser found too few coloured rules"
    failures = [
        f"{selector}: {text} on {back} = {contrast(QColor(text), QColor(back)):.2f} < {required}"
        for selector, text, back, required in pairs
        if contrast(QColor(text), QColor(back)) < required
    ]
    assert failures == []


@pytest.mark.parametrize("name", THEMES)
def test_colours_painted_by_hand_are_readable_on_every_surface(name: theme.ThemeName) -> None:
    palette = asdict(theme.THEMES[name])
    failures = [
        f"{tone} on {surface}: {contrast(QColor(palette[tone]), QColor(palette[surface])):.2f}"
        for tone in TONES
        for surface in SURFACES
        if contrast(QColor(palette[tone]), QColor(palette[surface])) < NORMAL
    ]
    for pair in (("accent_text", "accent"), ("danger_text", "danger"), ("window", "text")):
        ratio = contrast(QColor(palette[pair[0]]), QColor(palette[pair[1]]))
        if ratio < NORMAL:
            failures.append(f"{pair[0]} on {pair[1]}: {ratio:.2f}")
    assert failures == []


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("tier", list(Tier))
def test_tier_chip_text_is_readable_on_the_tinted_chip(name: theme.ThemeName, tier: Tier) -> None:
    """The leaderboard and roster draw a tier's name in the text colour on the tier colour at alpha 40."""
    palette = theme.THEMES[name]
    for surface in (palette.surface, palette.surface_alt, palette.accent_soft):
        chip = over(QColor(theme.TIER_COLOURS[tier]), 40, QColor(surface))
        assert contrast(QColor(palette.text), chip) >= NORMAL, (tier, surface)
