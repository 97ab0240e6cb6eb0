"""A large import (worker processes, many articles per transaction, bulk inserts) stores
exactly the rows that importing the same files one at a time stores: every table, field by
field, the search indexes' words included. Only the times, and the audit hashes that cover
them, differ between two imports."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import DateTime, select, text
from sqlmodel import SQLModel

from db.tables import Meta
from tests.conftest import SEEDS, fresh_pg_schema
from workstation.facade import Workstation

CORPUS = Path(__file__).resolve().parent.parent / "core" / "check_corpus"
# written at store time, or (the audit chain's hashes and head) computed over such times
TIMED = {"hash", "prev_hash"}
TIMED_META = ("checks.", "audit_head")  # values: when the checks ran; the last event's id and hash
FTS_INDEXES = ("article_fts", "article_terms", "article_words")


def _files(folder: Path) -> list[Path]:
    """The sample pages and the check corpus's articles, each page twice (another title)."""
    files = []
    for copy in range(2):
        for seed in sorted(SEEDS.glob("*.txt")):
            path = folder / f"{copy}_{seed.name}"
            path.write_text(seed.read_text(encoding="utf-8").replace("\n", f" (copy {copy})\n", 1), encoding="utf-8")
            files.append(path)
    return files + sorted(CORPUS.glob("*.md"))


def _rows(ws: Workstation) -> dict[str, list[tuple]]:
    """Every table's rows in key order, without the columns a store writes its time into."""
    out: dict[str, list[tuple]] = {}
    with ws._read() as session:
        for table in SQLModel.metadata.sorted_tables:
            columns = [c for c in table.columns if not isinstance(c.type, DateTime) and c.name not in TIMED]
            rows = session.execute(select(*columns).order_by(*table.primary_key.columns)).all()
            if table.name == Meta.__tablename__:  # the keys all count; these values are times
                rows = [(r.key, "") if r.key.startswith(TIMED_META) else r for r in rows]
            out[table.name] = [tuple(r) for r in rows]
        if session.get_bind().dialect.name == "sqlite":
            for index in FTS_INDEXES:  # each word of each article where the index holds it
                session.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{index}_v "
                                     f"USING fts5vocab(main, {index}, instance)"))
                out[index] = [tuple(r) for r in session.execute(text(f"SELECT * FROM temp.{index}_v ORDER BY 1, 2, 3, 4"))]
        else:
            out["article_search"] = [tuple(r) for r in session.execute(text(
                "SELECT article_id, document::text, words::text FROM article_search ORDER BY article_id"))]
    return out


@contextmanager
def _another_database(db_url: str, folder: Path) -> Iterator[str]:
    """A second fresh database on the backend of ``db_url``."""
    if "://" not in db_url:
        yield str(folder / "another.db")
    else:
        with fresh_pg_schema() as url:
            yield url


def test_a_large_import_stores_what_one_file_at_a_time_stores(ws, db_url, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import workstation.importers.batch as batch

    files = _files(tmp_path)
    for path in files:
        assert len(ws.library.import_files(paths=[path]).imported) == 1, path
    one_at_a_time = _rows(ws)

    monkeypatch.setattr(batch, "PARALLEL_THRESHOLD", 4)  # worker processes, as for a large import
    with _another_database(db_url, tmp_path) as url:
        bulk = Workstation.open(url)
        try:
            report = bulk.library.import_files(paths=files, workers=2)
            assert len(report.imported) == len(files) and not report.failed
            together = _rows(bulk)
        finally:
            bulk.close()
    assert together.keys() == one_at_a_time.keys()
    for name, rows in one_at_a_time.items():
        assert together[name] == rows, name
    for name in ("claim", "citation", "finding", "reference", "section", "audit_event"):
        assert one_at_a_time[name], name
