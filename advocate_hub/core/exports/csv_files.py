"""CSV that is safe to open in a spreadsheet.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel, LibreOffice and
Google Sheets (``=cmd|' /C calc'!A0`` runs a program). Every exported cell that starts like that gets a leading
apostrophe, which spreadsheets show as text and hide; numbers stay numbers because they are written as numbers.
Files are UTF-8 with a byte-order mark, which Excel needs to read anything beyond ASCII correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | bool | None


def neutralise(value: Cell) -> str | int | float:
    """The cell as written: text that a spreadsheet would run as a formula is made plain text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_rows(stream: IO[str], header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write a header and rows to an open text stream; how many rows were written."""
    writer = csv.writer(stream)
    writer.writerow([neutralise(name) for name in header])
    count = 0
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
        count += 1
    return count


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> int:
    """Write a whole CSV file (UTF-8 with BOM) through a temporary file, so a failure never leaves half a file."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8-sig", newline="") as stream:
        count = write_rows(stream, header, rows)
    partial.replace(path)
    return count
