"""Exported CSV neutralises spreadsheet formulas and keeps numbers as numbers."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from advocate_hub.core.exports.csv_files import neutralise, write_csv


@pytest.mark.parametrize("dangerous", ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_a_formula_becomes_text(dangerous: str) -> None:
    assert neutralise(dangerous) == "'" + dangerous


def test_plain_text_numbers_and_empty_cells_pass_unchanged() -> None:
    assert neutralise("Ada Lovelace") == "Ada Lovelace"
    assert neutralise(-5) == -5
    assert neutralise(2.5) == 2.5
    assert neutralise(None) == ""
    assert neutralise(True) == "yes"


def test_a_file_reads_back_with_the_formula_defused(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    written = write_csv(target, ["name", "points"], [['=HYPERLINK("x")', -10], ["Zoë", 3]])
    assert written == 2
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows == [["name", "points"], ['\'=HYPERLINK("x")', "-10"], ["Zoë", "3"]]
    assert not (tmp_path / "out.csv.partial").exists()
