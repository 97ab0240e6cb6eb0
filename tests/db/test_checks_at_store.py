"""The checks run when a revision is stored, so the library's counts and the Findings tab agree at once."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import delete, func, select, update

from db.tables import Article, AuditEvent, Finding, Meta
from tests.cli.runner import run_cli
from tests.conftest import SEEDS
from tests.people import add_person
from workstation.facade import Workstation
from workstation.stored_checks import CHECKED_AT_STORE, CHECKED_PREFIX

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"


def _actions(ws) -> list[str]:  # type: ignore[no-untyped-def]
    with ws._read() as session:
        return list(session.execute(select(AuditEvent.action).order_by(AuditEvent.id)).scalars())


def _counts_agree(ws) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """article id -> its library row's findings count, each checked against its findings list."""
    rows = {row.id: row.findings for row in ws.library.list_articles()}
    for article_id, count in rows.items():
        listed = ws.review.findings(article_id=article_id)
        assert count == sum(not f.dismissed for f in listed) == len(listed), article_id
    return rows


def _stored_findings(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    with ws._read() as session:
        return [tuple(r) for r in session.execute(select(Finding.id, Finding.code, Finding.fingerprint))]


def test_an_import_stores_the_findings_the_library_counts(ws) -> None:  # type: ignore[no-untyped-def]
    report = ws.library.import_files(paths=sorted(SEEDS.glob("*.txt")))
    assert len(report.imported) == 5
    stored = _stored_findings(ws)
    events = _actions(ws)
    counts = _counts_agree(ws)
    assert sum(counts.values()) == len(stored) > 0  # the seeds have findings, counted before anyone opens them
    # Reading the findings wrote nothing: no finding, no audit event.
    assert _stored_findings(ws) == stored and _actions(ws) == events
    assert "checks.run" not in events
    assert ws.review.check_all_unchecked() == 0
    assert ws.audit.verify().ok
    with ws._read() as session:  # a new database was marked up to date when first opened: no scan on open
        assert session.get(Meta, CHECKED_AT_STORE) is not None


def test_drafts_and_the_samples_are_checked_when_stored(ws) -> None:  # type: ignore[no-untyped-def]
    assert ws.library.seed_if_empty() == 5
    from workstation.importers import read_article

    drafts = [read_article(FIXTURES / "citing_article.md")]
    (imported,) = ws.library.import_drafts(drafts=drafts).imported
    counts = _counts_agree(ws)
    assert len(counts) == 6 and all(counts[i] > 0 for i in range(1, 6))
    assert ws.review.check_all_unchecked() == 0 and imported.id in counts


def test_a_saved_revision_is_checked_in_its_transaction(ws) -> None:  # type: ignore[no-untyped-def]
    ws.library.import_files(paths=sorted(SEEDS.glob("*.txt"))[:1])
    add_person(ws, "rita", "reviewer")
    body = ws.library.get_article(article_id=1).body
    ws.review.save_revision(article_id=1, body=body + "\n\nThis cures every disease, guaranteed [9].\n", user="rita")
    counts = _counts_agree(ws)
    assert counts[1] == len(ws.review.findings(article_id=1))
    assert {"citation-unresolved"} <= {f.code for f in ws.review.findings(article_id=1)}


def test_an_article_citing_a_retracted_work_is_flagged_on_import(ws) -> None:  # type: ignore[no-untyped-def]
    ws.references.import_retractions(path=FIXTURES / "retraction_watch.csv")
    (article,) = ws.library.import_files(paths=[FIXTURES / "citing_article.md"]).imported
    retracted = {f.reference: f.severity for f in ws.review.findings(article_id=article.id)
                 if f.code == "reference-retracted"}
    assert retracted == {1: "error", 3: "info"}
    _counts_agree(ws)


def test_a_command_line_import_is_counted_at_once(db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    files = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    code, out, err = run_cli(capsys, "--db", db_url, "--create", "import", *files, "--json")
    assert code == 0, err
    code, out, _ = run_cli(capsys, "--db", db_url, "list", "--json")
    listed = {row["id"]: row["findings"] for row in json.loads(out)}
    assert len(listed) == 5 and sum(listed.values()) > 0
    ws = Workstation.open(db_url)
    try:
        assert "checks.run" not in _actions(ws)
        for article_id, count in listed.items():
            code, out, _ = run_cli(capsys, "--db", db_url, "check", str(article_id), "--json")
            assert code == 0 and len(json.loads(out)["findings"]) == count
            assert len(ws.review.findings(article_id=article_id)) == count
    finally:
        ws.close()


def test_an_older_database_is_checked_once_when_opened(db_url) -> None:  # type: ignore[no-untyped-def]
    ws = Workstation.open(db_url)
    ws.library.import_files(paths=sorted(SEEDS.glob("*.txt")))
    approved = 2
    with ws._write() as session:  # as a program from before the checks ran at store time left it
        session.execute(delete(Finding).where(Finding.article_id != approved))
        session.execute(delete(Meta).where(Meta.key.like(CHECKED_PREFIX + "%"), Meta.key != _key(ws, approved)))
        session.execute(delete(Meta).where(Meta.key == CHECKED_AT_STORE))
        session.execute(update(Article).where(Article.id != approved).values(open_findings=0))
        session.execute(update(Article).where(Article.id == approved).values(status="Approved"))
    signed = [f for f in _stored_findings(ws)]
    ws.close()

    ws = Workstation.open(db_url)
    try:
        assert _actions(ws).count("checks.run") == 4  # each article checked as an audited write
        with ws._read() as session:
            assert session.get(Meta, CHECKED_AT_STORE) is not None
        counts = _counts_agree(ws)
        assert all(counts[i] > 0 for i in counts)
        with ws._read() as session:
            kept = [tuple(r) for r in session.execute(
                select(Finding.id, Finding.code, Finding.fingerprint).where(Finding.article_id == approved))]
        assert kept == [f for f in signed if f in kept] and len(kept) == counts[approved]  # the approved one kept its own
        assert ws.audit.verify().ok
    finally:
        ws.close()
    ws = Workstation.open(db_url)  # once only
    try:
        assert _actions(ws).count("checks.run") == 4
        with ws._read() as session:
            assert session.execute(select(func.count()).select_from(Finding)).scalar_one() == sum(counts.values())
    finally:
        ws.close()


def _key(ws, article_id: int) -> str:  # type: ignore[no-untyped-def]
    with ws._read() as session:
        return CHECKED_PREFIX + str(session.get(Article, article_id).current_revision_id)


def test_worker_processes_check_as_the_importing_process_does(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import workstation.importers.batch as batch

    files = []
    for copy in range(2):
        for seed in sorted(SEEDS.glob("*.txt")):
            path = tmp_path / f"{copy}_{seed.name}"
            text = seed.read_text(encoding="utf-8")
            path.write_text(text.replace("\n", f" (copy {copy})\n", 1), encoding="utf-8")  # another title
            files.append(path)
    monkeypatch.setattr(batch, "PARALLEL_THRESHOLD", 4)
    found = []
    for workers in (1, 2):
        ws = Workstation.open(str(tmp_path / f"workers{workers}.db"))
        try:
            assert len(ws.library.import_files(paths=files, workers=workers).imported) == 10
            _counts_agree(ws)
            with ws._read() as session:  # the stored rows themselves, the sentence's stored parts included
                found.append(sorted(tuple(row) for row in session.execute(select(
                    Finding.article_id, Finding.code, Finding.severity, Finding.message, Finding.message_params,
                    Finding.excerpt, Finding.start, Finding.end, Finding.claim_id, Finding.reference_number,
                    Finding.fingerprint))))
        finally:
            ws.close()
    assert found[0] == found[1] and found[0]
    assert all(row[4] for row in found[0])  # every finding's sentence stored with its parts, for the window


def test_a_file_a_check_trips_on_fails_alone(ws, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import workstation.checks as checks

    def trips(ctx):  # type: ignore[no-untyped-def]
        if "(copy)" in ctx.title:
            raise ValueError("a rule tripped")
        return ()

    monkeypatch.setattr(checks, "RULES", (*checks.RULES, ("tripping", trips)))
    seeds = sorted(SEEDS.glob("*.txt"))
    copy = tmp_path / "copy.txt"
    copy.write_text(seeds[0].read_text(encoding="utf-8").replace("\n", " (copy)\n", 1), encoding="utf-8")
    report = ws.library.import_files(paths=[copy, seeds[1]])
    assert [f.file for f in report.failed] == [str(copy)]
    assert "a rule tripped" in report.failed[0].error and len(report.imported) == 1
    assert _counts_agree(ws)[report.imported[0].id] > 0
