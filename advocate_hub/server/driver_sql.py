"""A Core statement compiled once for the database's driver, to run on a driver connection with no SQLAlchemy
execution around it: what the hottest requests run (the account check, the direct push)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement


class DriverStatement:
    """``statement`` as the driver of ``dialect`` takes it: its SQL text, and its parameters by position (SQLite)
    or by name (psycopg), with the values the statement fixes itself filled in."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        self.sql = compiled.string
        self._positions: Sequence[str] | None = compiled.positiontup if dialect.positional else None
        self._fixed = {name: bind.effective_value for name, bind in compiled.binds.items()}

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        """The driver's parameters, from ``values`` by bind name."""
        merged = {**self._fixed, **values}
        if self._positions is None:
            return merged
        return tuple(merged[name] for name in self._positions)
