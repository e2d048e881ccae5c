"""Numbers, points and dates as the reader's locale writes them ("1.234" in Indonesian, "9月4日" in Japanese).

Everything goes through the default QLocale, which ``i18n.install`` sets to the chosen language; a process with
the bare C locale (tests, servers, CI) writes US English rather than ungrouped digits.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from PySide6.QtCore import QDate, QLocale, QTime

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def locale() -> QLocale:
    current = QLocale()
    return ENGLISH if current.language() is QLocale.Language.C else current


def number(value: int) -> str:
    """A count or an amount of points, grouped as the locale groups digits."""
    return locale().toString(value)


def signed(value: int) -> str:
    """Points gained or lost, always with their sign: "+1,234", "-50"."""
    text = number(abs(value))
    return f"{locale().positiveSign() if value >= 0 else locale().negativeSign()}{text}"


@cache
def _day_month_format(name: str) -> str:
    """The locale's long date without weekday or year: "MMM d" in US English, "M月d日" in Japanese."""
    fmt = QLocale(name).dateFormat(QLocale.FormatType.LongFormat)
    fmt = re.sub(r"[\s,]*d{4}[\s,]*", " ", fmt)
    fmt = re.sub(r"(?:\s*'[^']*')?[\s,.]*y+(?:\s*'[^']*')?[年년\s,.]*", " ", fmt)
    return fmt.replace("MMMM", "MMM").strip(" ,")


@cache
def _date_format(name: str) -> str:
    """The locale's long date without the weekday, months abbreviated: "Sep 4, 2026", "2026年9月4日"."""
    fmt = QLocale(name).dateFormat(QLocale.FormatType.LongFormat)
    return re.sub(r"[\s,]*d{4}[\s,]*", " ", fmt).replace("MMMM", "MMM").strip(" ,")


def _local(moment: datetime) -> datetime:
    return moment.astimezone() if moment.tzinfo is not None else moment


def _qdate(moment: datetime) -> QDate:
    local = _local(moment)
    return QDate(local.year, local.month, local.day)


def day_month(moment: datetime) -> str:
    """A day of this year or near it: "Sep 4", "4 Sep", "9月4日"."""
    current = locale()
    return current.toString(_qdate(moment), _day_month_format(current.name()))


def date(moment: datetime) -> str:
    """A day with its year: "Sep 4, 2026", "04 Sep 2026", "2026年9月4日"."""
    current = locale()
    return current.toString(_qdate(moment), _date_format(current.name()))


def date_time(moment: datetime) -> str:
    """A day and a time of day in the reader's time zone and clock (12 or 24 hours)."""
    local = _local(moment)
    current = locale()
    time = current.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date(moment)}, {time}"
