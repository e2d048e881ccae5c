"""Writing pulled rows by the ten thousand: a Core statement compiled once, run with rows in storage form.

Run through SQLAlchemy with many parameter sets, a statement costs a dict and every column's type processor per
row before the DBAPI sees it: in a first pull (about a hundred thousand rows) that was as much CPU as SQLite's own
work. Here the statement is compiled once per dialect and the rows go to the DBAPI's ``executemany`` as tuples.
Values that need converting (enums, dates, booleans, timestamps, JSON) are converted by the column's own type
(``stored``), so what is written is exactly what the ORM would write; callers convert once per distinct value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, ColumnElement, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement


def stored(column: Column[Any], value: Any, dialect: Dialect) -> Any:
    """``value`` (a Python value of the column's type) as the DBAPI receives it for ``column``."""
    return storing(column, dialect)(value)


def storing(column: ColumnElement[Any], dialect: Dialect) -> Callable[[Any], Any]:
    """The conversion ``stored`` applies for ``column``, to keep and call many times."""
    process = column.type.dialect_impl(dialect).bind_processor(dialect)
    return (lambda value: value) if process is None else process


class Prepared:
    """One insert or upsert statement, run with many rows on a positional-parameter DBAPI (SQLite's)."""

    def __init__(self, statement: ClauseElement) -> None:
        self._statement = statement
        self._compiled: dict[str, tuple[str, Callable[[Mapping[str, Any]], tuple[Any, ...]]]] = {}

    def _for(self, dialect: Dialect) -> tuple[str, Callable[[Mapping[str, Any]], tuple[Any, ...]]]:
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self._statement.compile(dialect=dialect)
            names = compiled.positiontup if isinstance(compiled, SQLCompiler) else None
            if not dialect.positional or names is None or len(names) < 2:
                raise ValueError("a prepared statement needs a positional dialect and at least two parameters")
            found = self._compiled[dialect.name] = (compiled.string, itemgetter(*names))
        return found

    def run(self, session: Session, rows: Sequence[Mapping[str, Any]]) -> None:
        """Execute for every row (each a mapping of parameter name to a value in storage form), in the session's
        transaction: one ``executemany``."""
        if not rows:
            return
        connection = session.connection()
        sql, ordered = self._for(connection.dialect)
        connection.exec_driver_sql(sql, [ordered(row) for row in rows])
