"""QR codes as pixmaps: segno draws a PNG in memory and Qt reads it back, with no temporary files."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QPixmap

QUIET_ZONE = 2
"""Modules of white border around the code; scanners want some, four is more than a screen needs."""


def qr_png(text: str, *, size: int) -> bytes:
    """The QR code for ``text`` as PNG bytes, with whole-pixel modules and at least ``size`` pixels wide."""
    code = segno.make(text, error="m")
    modules, _ = code.symbol_size(scale=1, border=QUIET_ZONE)
    scale = max(1, -(-size // modules))
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=QUIET_ZONE)
    return buffer.getvalue()


def qr_pixmap(text: str, *, size: int = 160, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A pixmap of the QR code about ``size`` logical pixels wide, sharp on high-DPI screens."""
    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(text, size=round(size * device_pixel_ratio)), "PNG")
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap
