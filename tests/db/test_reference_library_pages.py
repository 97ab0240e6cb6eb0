"""The reference library a page at a time (what the panel asks while a reviewer types), on both backends:
every page of a search is the full list's slice, the database stops at the page, the counts agree."""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import event, select

from db.tables.references import LibraryRecord

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"
WORDS = ("Randomized", "trial", "cohort", "Blood", "pressure", "vaccine", "safety", "mortality", "Müller",
         "50%", "under_score", "statin", "Obesity", "remission", "children")
QUERIES = ("", "a", "r", "tri", "TRIAL", "random", "blood pr", "trial blood", "lancet", "10.10", "95", "wak",
           "%", "_", "50%", "under_s", "müller", "müll", "journal of", "2", "zzz", "vaccine safety trial",
           "hydroxychloroquine", "e e", "9500320")
SORTS = ("title", "year", "container", "authors", "doi", "pmid", "id", "updated")


def _library(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The fixtures (two of them on the retraction list) and 240 generated records sharing words and years."""
    rng = random.Random(16)
    lines = []
    for i in range(240):
        lines += ["TY  - JOUR", f"TI  - {' '.join(rng.choices(WORDS, k=6))} {i}"]
        lines += [f"AU  - {rng.choice(WORDS)}, {chr(65 + k)}." for k in range(rng.randint(0, 3))]
        lines += [f"T2  - Journal of {rng.choice(WORDS)}", f"PY  - {2000 + i % 7}"]
        if i % 3:
            lines.append(f"DO  - 10.{1000 + i % 5}/work.{i}")
        lines += ["ER  - ", ""]
    path = tmp_path / "generated.ris"
    path.write_text("\n".join(lines), encoding="utf-8")
    report = ws.references.import_references(
        paths=[path, *(FIXTURES / n for n in ("lancet_export.ris", "zotero.bib", "pubmed.nbib"))])
    assert not report.failed
    ws.references.import_retractions(path=FIXTURES / "retraction_watch.csv")


def _scanned(ws, search: str) -> set[int]:  # type: ignore[no-untyped-def]
    """The records a plain scan finds: every word of the search inside one of the searched columns."""
    with ws.references._read() as session:
        rows = session.execute(select(LibraryRecord.id, LibraryRecord.title, LibraryRecord.authors,
                                      LibraryRecord.container, LibraryRecord.doi, LibraryRecord.pmid)).all()
    words = search.casefold().split()
    return {r[0] for r in rows if all(any(w in (v or "").lower() for v in r[1:]) for w in words)}


def test_every_page_is_the_full_lists_slice_for_many_searches_and_sorts(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _library(ws, tmp_path)
    for search in QUERIES:
        full = ws.references.list_references(search=search)
        assert {r.id for r in full} == _scanned(ws, search), search  # nothing dropped, nothing added
        counts = ws.references.count_references(search=search)
        assert counts.total == len(full), search
        assert counts.retracted == sum(1 for r in full if r.retraction == "Retraction"), search
        for sort in SORTS:
            for descending in (False, True):
                whole = ws.references.list_references(search=search, sort=sort, descending=descending)
                pages, offset = [], 0
                while True:
                    page = ws.references.list_references(search=search, sort=sort, descending=descending,
                                                         offset=offset, limit=37)
                    pages += page
                    offset += 37
                    if len(page) < 37:
                        break
                assert pages == whole, (search, sort, descending)
    assert ws.references.count_references(search="lancet").retracted == 2


def test_the_first_page_is_limited_in_the_database(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _library(ws, tmp_path)
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    engine = ws.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        page = ws.references.list_references(search="a", limit=10)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(page) == 10
    listing = [s for s in statements if "FROM library_record" in s and "ORDER BY" in s]
    assert listing and all("LIMIT" in s for s in listing), statements
