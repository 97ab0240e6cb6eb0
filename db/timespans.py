"""Time arithmetic in SQL that reads the same on SQLite and PostgreSQL.

SQLite stores a timestamp as text ("2025-03-03 09:30:00.000000", UTC) and does
arithmetic through ``julianday()``; PostgreSQL subtracts ``timestamptz`` values
into an interval. These two constructs compile to each backend's own form, so
the dashboard's aggregates are written once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Float, Integer
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class days_between(FunctionElement):  # noqa: N801 - reads as the SQL function it stands for
    """``later - earlier`` in days, as a float."""

    type = Float()
    inherit_cache = True
    name = "days_between"


class whole_weeks(FunctionElement):  # noqa: N801
    """Whole weeks from ``start`` to ``at`` (``at`` not before ``start``): the week's index."""

    type = Integer()
    inherit_cache = True
    name = "whole_weeks"


def _args(element: FunctionElement, compiler: Any, **kw: Any) -> tuple[str, str]:
    later, earlier = list(element.clauses)
    return compiler.process(later, **kw), compiler.process(earlier, **kw)


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"(julianday({later}) - julianday({earlier}))"


@compiles(days_between, "postgresql")
def _days_postgres(element: days_between, compiler: Any, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    # date_part gives a double; EXTRACT gives a numeric, several times slower to sum over many rows.
    return f"(date_part('epoch', {later} - {earlier}) / 86400)"


@compiles(whole_weeks, "sqlite")
def _weeks_sqlite(element: whole_weeks, compiler: Any, **kw: Any) -> str:
    at, start = _args(element, compiler, **kw)
    # CAST truncates towards zero, which is floor for the non-negative spans asked for.
    return f"CAST((julianday({at}) - julianday({start})) / 7 AS INTEGER)"


@compiles(whole_weeks, "postgresql")
def _weeks_postgres(element: whole_weeks, compiler: Any, **kw: Any) -> str:
    at, start = _args(element, compiler, **kw)
    # PostgreSQL's CAST rounds to the nearest integer; FLOOR first.
    return f"CAST(FLOOR(date_part('epoch', {at} - {start}) / 604800) AS INTEGER)"
