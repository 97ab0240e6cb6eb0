"""Statements run on the driver's own cursor, for results too large for result row objects.

Building a SQLAlchemy row for each of 100,000 ids, or for the 100,000 claims
and citations of an export batch, cost more than the query itself; these
helpers compile the statement and hand back the driver's plain tuples. Only
for columns the driver already returns as Python wants them (integers and
text): no result processing (dates, booleans) is applied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import Connection, Select
from sqlmodel import Session

INTERRUPT_EVERY = 10_000  # SQLite virtual-machine steps between two polls of ``cancelled``


def driver_rows(session: Session | Connection, statement: Select,
                cancelled: Callable[[], bool] | None = None) -> list[tuple] | None:
    """The statement's rows as the driver's tuples (None when ``cancelled`` stopped it).

    ``cancelled``, polled while SQLite runs the statement, stops it early: an
    answer a newer request has superseded is not worth finishing. PostgreSQL
    runs it to the end.
    """
    connection = session.connection() if isinstance(session, Session) else session
    compiled = statement.compile(dialect=connection.dialect, compile_kwargs={"render_postcompile": True})
    if compiled.positiontup is not None:  # qmark (sqlite3) or other positional styles
        parameters: tuple | dict = tuple(compiled.params[name] for name in compiled.positiontup)
    else:  # pyformat / named (psycopg)
        parameters = compiled.params
    driver = connection.connection.driver_connection
    interruptible = cancelled is not None and isinstance(driver, sqlite3.Connection)
    cursor = driver.cursor()  # type: ignore[union-attr]
    try:
        if interruptible:
            driver.set_progress_handler(lambda: 1 if cancelled() else 0, INTERRUPT_EVERY)  # type: ignore[misc, union-attr]
        cursor.execute(str(compiled), parameters)
        return cursor.fetchall()
    except sqlite3.OperationalError:
        if interruptible and cancelled():  # type: ignore[misc]
            return None  # "interrupted": a newer request superseded this one
        raise
    finally:
        if interruptible:
            driver.set_progress_handler(None, 0)  # type: ignore[union-attr]
        cursor.close()
