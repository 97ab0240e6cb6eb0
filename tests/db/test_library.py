"""Import, list, search, sort and show on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

import workstation.store
from db.migrate import current_revision, head_revision
from tests.conftest import SEEDS, seed_path
from tests.people import add_person
from workstation.facade import Workstation
from workstation.importers import read_article


def test_seed_004_in_full(seeded: Workstation) -> None:
    detail = seeded.library.get_article(article_id=5)
    assert [r.number for r in detail.references] == [1, 2, 3]
    cited = {n for c in detail.claims for n in c.citations}
    assert cited == {1, 2, 3, 4}
    unresolved = {n for c in detail.claims for n in c.unresolved}
    assert unresolved == {4}
    assert detail.summary.status == "Submitted"
    assert {s.kind for s in detail.sections} >= {"guidelines", "research", "disclaimer"}
    assert detail.body.startswith("## From the Guidelines")


def test_seed_000_keeps_unresolved_citations(seeded: Workstation) -> None:
    detail = seeded.library.get_article(article_id=1)
    assert detail.references == ()
    assert {n for c in detail.claims for n in c.unresolved} == {1, 2, 3, 4, 5}


def test_list_counts_and_paging(seeded: Workstation) -> None:
    rows = seeded.library.list_articles(sort="id", descending=False)
    assert [r.id for r in rows] == [1, 2, 3, 4, 5]
    assert rows[4].references == 3 and rows[4].claims == len(seeded.library.get_article(article_id=5).claims)
    page = seeded.library.list_articles(sort="id", descending=False, offset=2, limit=2)
    assert [r.id for r in page] == [3, 4]
    assert seeded.library.count_articles() == 5
    by_title = [r.title for r in seeded.library.list_articles(sort="title", descending=False)]
    assert by_title == sorted(by_title)


def test_full_text_search_over_title_and_body(seeded: Workstation) -> None:
    assert [r.id for r in seeded.library.list_articles(search="scleroderma")] == [5]
    assert {r.id for r in seeded.library.list_articles(search="beginner")} == {4}  # title only
    assert {r.id for r in seeded.library.list_articles(search="relaps")} >= {2}  # prefix match
    # Query syntax is not syntax here: every word must match, none can widen the search.
    assert seeded.library.list_articles(search='zzqx") OR ("stem*') == []
    assert len(seeded.library.list_articles(search='NEAR(" ^ - *')) in (0, 5)
    assert seeded.library.count_articles(search="scleroderma") == 1


def test_status_filter(seeded: Workstation) -> None:
    assert len(seeded.library.list_articles(status="submitted")) == 5
    assert seeded.library.list_articles(status="under-review") == []
    assert seeded.library.list_articles(status="due") == []


def test_seeding_happens_once(ws: Workstation) -> None:
    assert ws.library.seed_if_empty() == 5
    assert ws.library.seed_if_empty() == 0
    assert ws.library.count_articles() == 5


def test_a_failed_import_stores_nothing(ws: Workstation, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(workstation.store, "index_articles", broken)
    with pytest.raises(RuntimeError):
        ws.library.import_drafts(drafts=[read_article(seed_path("004"))])
    monkeypatch.undo()
    assert ws.library.count_articles() == 0
    with ws.engine.connect() as c:
        for table in ("revision", "claim", "citation", "reference", "audit_event"):
            assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0


def test_one_bad_file_does_not_stop_the_batch(ws: Workstation, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.md"
    bad.write_text("---\ntitle: [x\n---\nbody\n")
    report = ws.library.import_files(paths=[seed_path("003"), bad, seed_path("004")])
    assert [a.title[:6] for a in report.imported] == ["A Begi", "What i"]
    assert len(report.failed) == 1 and "malformed YAML" in report.failed[0].error
    assert ws.library.count_articles() == 2


def test_drafts_whose_content_is_stored_are_reported_not_stored_again(ws: Workstation) -> None:
    draft = read_article(seed_path("004"))
    first = ws.library.import_drafts(drafts=[draft], files=["004.txt"])
    (stored,) = first.ids
    again = ws.library.import_drafts(drafts=[draft, read_article(seed_path("003")), draft], files=["a.txt", "b.txt", "c.txt"])
    assert [a.file for a in again.imported] == ["b.txt"]
    assert [(d.file, d.id) for d in again.duplicates] == [("a.txt", stored), ("c.txt", stored)]
    assert again.duplicates[0].message == f"already stored as article {stored}"
    assert any(f"already stored as article {stored}" in w for w in again.warnings)
    assert ws.library.count_articles() == 2
    # Within one call too: the second copy names the first one stored by that call.
    twins = ws.library.import_drafts(drafts=[read_article(seed_path("000"))] * 2)
    assert len(twins.imported) == 1 and twins.duplicates[0].id == twins.ids[0]
    assert ws.library.count_articles() == 3


def test_audit_trail_is_append_only(seeded: Workstation) -> None:
    with pytest.raises(DBAPIError, match="append-only"), seeded.engine.begin() as c:
        c.execute(text("UPDATE audit_event SET actor = 'mallory'"))
    with pytest.raises(DBAPIError, match="append-only"), seeded.engine.begin() as c:
        c.execute(text("DELETE FROM audit_event"))
    result = seeded.audit.verify()
    assert result.ok and result.events == 5


def test_migrations_reach_head_and_reopen_is_a_no_op(db_url: str) -> None:
    with Workstation.open(db_url) as first:
        assert current_revision(first.engine) == head_revision()
    with Workstation.open(db_url) as again:
        assert current_revision(again.engine) == head_revision()


def test_users_are_unique_and_passwords_hashed(ws: Workstation) -> None:
    add_person(ws, "rita", "reviewer", password="s3cret-passphrase")
    with pytest.raises(Exception, match="already exists"):
        ws.users.add_user(name="rita", role="approver", by="admin")
    with ws.engine.connect() as c:
        stored = c.execute(text("SELECT password_hash FROM \"user\" WHERE name = 'rita'")).scalar()
    assert stored and "s3cret-passphrase" not in stored and stored.startswith("$argon2")


def test_import_of_every_seed_file(ws: Workstation) -> None:
    report = ws.library.import_files(paths=sorted(SEEDS.glob("*.txt")))
    assert len(report.imported) == 5 and not report.failed


def test_library_page_brings_the_ids_and_the_first_rows_in_one_read(seeded: Workstation) -> None:
    page = seeded.library.library_page(sort="id", descending=False, rows=2)
    assert page.ids == [1, 2, 3, 4, 5]
    assert set(page.rows) == {1, 2}
    assert page.rows[2] == seeded.library.article_summaries(ids=[2])[2]
    # Around the selected article: its neighbours in display order, so a re-sort shows it at once.
    around = seeded.library.library_page(sort="id", descending=True, around=2, rows=2)
    assert around.ids == [5, 4, 3, 2, 1]
    assert set(around.rows) == {3, 2}
    assert set(seeded.library.library_page(sort="id", around=99, rows=2).rows) == set(seeded.library.article_ids()[:2])


def test_library_page_searches_and_filters_like_the_list(seeded: Workstation) -> None:
    page = seeded.library.library_page(search="scleroderma")
    assert page.ids == [5] and set(page.rows) == {5}
    assert seeded.library.library_page(search="zzqx").ids == []
    assert seeded.library.library_page(status="Approved").ids == []
    searched = seeded.library.library_page(search="stem cell", sort="title", descending=False)
    assert searched.ids == [r.id for r in seeded.library.list_articles(search="stem cell", sort="title", descending=False)]
    assert searched.ids and seeded.library.count_articles(search="stem cell") == len(searched.ids)


def test_summaries_match_the_listed_rows(seeded: Workstation) -> None:
    listed = {r.id: r for r in seeded.library.list_articles()}
    assert seeded.library.article_summaries(ids=[1, 3, 5, 42]) == {i: listed[i] for i in (1, 3, 5)}


@pytest.mark.parametrize("sort", ["updated", "title", "status", "findings", "due_date", "assigned_reviewer"])
def test_a_common_word_lists_the_same_articles_in_the_same_order(seeded: Workstation, sort: str,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """On SQLite a word in most articles is searched another way (see db.search.join_matching): same answer."""
    import db.search

    for descending in (False, True):
        monkeypatch.setattr(db.search, "COMMON_MATCHES", 10**9)
        rare = seeded.library.article_ids(search="stem", sort=sort, descending=descending)
        monkeypatch.setattr(db.search, "COMMON_MATCHES", 2)
        common = seeded.library.article_ids(search="stem", sort=sort, descending=descending)
        assert len(rare) >= 2 and common == rare
        assert seeded.library.library_first_page(search="stem", sort=sort, descending=descending, rows=2).ids == rare[:2]
        assert seeded.library.count_articles(search="stem") == len(rare)


def test_the_first_page_says_whether_it_is_the_whole_list(seeded: Workstation) -> None:
    everything = seeded.library.article_ids(sort="title", descending=False)
    first = seeded.library.library_first_page(sort="title", descending=False, rows=2)
    assert first.ids == everything[:2] and not first.complete
    assert set(first.rows) == set(first.ids) and first.rows[first.ids[0]].title
    whole = seeded.library.library_first_page(sort="title", descending=False, rows=5)
    assert whole.ids == everything and whole.complete
    assert seeded.library.library_first_page(search="zzqx").ids == [] and seeded.library.library_first_page(search="zzqx").complete


def test_a_superseded_list_is_stopped_on_sqlite(seeded: Workstation, monkeypatch: pytest.MonkeyPatch) -> None:
    import db.driver

    monkeypatch.setattr(db.driver, "INTERRUPT_EVERY", 1)  # a list of five is over before 10,000 steps
    stopped = seeded.library.library_page(search="stem", cancelled=lambda: True)
    if seeded.engine.dialect.name == "sqlite":
        assert stopped is None
    else:  # PostgreSQL runs it to the end
        assert stopped is not None and stopped.ids == seeded.library.article_ids(search="stem")
    assert seeded.library.library_page(search="stem", cancelled=lambda: False).ids == seeded.library.article_ids(search="stem")


@pytest.mark.parametrize("walk", [1, 5])
@pytest.mark.parametrize("sort", ["updated", "title", "status", "due_date", "assigned_reviewer"])
def test_a_first_page_found_by_walking_the_display_order_is_the_lists_first_page(
    seeded: Workstation, sort: str, walk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On PostgreSQL a search's first page is looked for among the first articles in display order
    (db.search.first_matches), else found by the index: the same page either way, on both backends."""
    import db.library

    monkeypatch.setattr(db.library, "WALK", walk)
    for search in ("stem", "stem cell", "zzqx"):
        for descending in (False, True):
            listed = seeded.library.article_ids(search=search, sort=sort, descending=descending)
            first = seeded.library.library_first_page(search=search, sort=sort, descending=descending, rows=1)
            assert first.ids == listed[:1] and first.complete == (len(listed) <= 1)
