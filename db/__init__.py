"""Persistence: SQLModel tables, the engine, Alembic migrations and SQL queries.

Nothing here imports the domain (workstation/) or Qt (ui/).
"""
