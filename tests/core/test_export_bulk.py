"""Bulk export: worker processes write exactly what one process writes, in order, and stop when asked."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.review_helpers import REVIEWER, add_team, approve
from workstation.audit import head_hash
from workstation.export import bulk
from workstation.export.bulk import BulkRenderer

FORMATS = ["html", "md", "json", "report", "pdf", "report-pdf"]


def fake_pdf(html: str, path: Path) -> None:
    """Stands in for the Qt PDF writer: the print HTML is what it would print."""
    path.write_text(html, encoding="utf-8")


render_files = bulk.render_files


def render_or_die(article, formats):  # type: ignore[no-untyped-def]
    """Kills the worker process it runs in; renders normally in the calling process."""
    if multiprocessing.parent_process() is not None:
        os._exit(3)
    return render_files(article, formats)


@pytest.fixture
def approved(seeded):  # type: ignore[no-untyped-def]
    """The seeds approved and signed (ids 1, 2, 3, 5; 4 stays submitted); 3 has a pathological body."""
    add_team(seeded)
    seeded.review.save_revision(
        article_id=3, user=REVIEWER,
        body="[" * 20_000 + "\n\n" + "<div>" * 2_000 + "\n\nStill cited [1].\n",
    )
    for article_id in (1, 2, 3, 5):
        approve(seeded, article_id)
    return seeded


def slow_start() -> None:
    """A worker's first job, taking as long as a fork server's first import of the program."""
    time.sleep(1.5)


def force_workers(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Use two worker processes whatever the size of the export; returns the pools started."""
    pools: list[object] = []

    class Recorded(bulk.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
            super().__init__(*args, **kwargs)
            pools.append(self)

    monkeypatch.setattr(bulk, "POOL_MIN_ARTICLES", 1)
    monkeypatch.setattr(bulk, "RENDER_WHILE_STARTING", False)  # every article to the workers
    monkeypatch.setattr(bulk, "usable_cores", lambda: 2)
    monkeypatch.setattr(bulk, "ProcessPoolExecutor", Recorded)
    return pools


def export(ws, out: Path, ids: list[int], **kwargs):  # type: ignore[no-untyped-def]
    with ws.engine.connect() as connection:  # each export extends the audit trail the files cite
        events = connection.execute(text("SELECT count(*) FROM audit_event")).scalar_one()
        (out.parent / f"{out.name}.head").write_text(f"{events}:{head_hash(connection)}")
    return ws.export.export_articles(ids=ids, formats=FORMATS, out_dir=out, pdf_writer=fake_pdf, **kwargs)


def folder_contents(folder: Path) -> dict[str, bytes]:
    """The files of an export, with the audit head (and event count) it was made at written as HEAD."""
    events, head = (folder.parent / f"{folder.name}.head").read_text().split(":")
    return {
        p.name: p.read_bytes().replace(f"{events}:{head}".encode(), b"HEAD").replace(head.encode(), b"HEAD")
        .replace(f'"audit_events": {events}'.encode(), b'"audit_events": N')
        .replace(f"after {events} events".encode(), b"after N events")
        .replace(f"({events} events)".encode(), b"(N events)")
        for p in sorted(folder.iterdir())
    }


IDS = [5, 4, 1, 99, 3, 2, 1]  # refusals and a repeat in between


def test_workers_write_what_one_process_writes(approved, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = export(approved, tmp_path / "alone", IDS)
    pools = force_workers(monkeypatch)
    spread = export(approved, tmp_path / "spread", IDS)
    assert len(pools) == 1
    assert [(e.id, Path(e.file).name, e.format) for e in spread.exported] == [
        (e.id, Path(e.file).name, e.format) for e in alone.exported
    ]
    assert [e.id for e in spread.exported][::len(FORMATS)] == [5, 1, 3, 2, 1]
    assert spread.refused == alone.refused
    assert [r.id for r in spread.refused] == [4, 99]
    assert folder_contents(tmp_path / "spread") == folder_contents(tmp_path / "alone")
    page = (tmp_path / "spread" / Path(next(e.file for e in spread.exported if e.id == 3)).name).read_text()
    assert "Still cited" in page and "<script" not in page


def test_the_calling_process_renders_while_the_workers_start(
    approved, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = export(approved, tmp_path / "alone", IDS)
    pools = force_workers(monkeypatch)
    monkeypatch.setattr(bulk, "RENDER_WHILE_STARTING", True)
    monkeypatch.setattr(bulk, "_started", slow_start)  # workers that take a while to come up
    where: list[bool] = []  # per article: rendered in this process while the workers started?
    real_result = BulkRenderer._result

    def recording_result(self, article, future):  # type: ignore[no-untyped-def]
        where.append(future is None and bool(self._starting))
        return real_result(self, article, future)

    monkeypatch.setattr(BulkRenderer, "_result", recording_result)
    again = export(approved, tmp_path / "again", IDS)
    assert len(pools) == 1 and where and where[0]  # the first article did not wait for the workers
    assert again.refused == alone.refused and len(again.exported) == len(alone.exported)
    assert folder_contents(tmp_path / "again") == folder_contents(tmp_path / "alone")


def test_progress_in_input_order_and_stop(approved, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    force_workers(monkeypatch)
    calls: list[tuple[int, int]] = []
    report = export(approved, tmp_path / "all", IDS, progress=lambda done, total: calls.append((done, total)) or True)
    assert calls == [(1, 7), (3, 7), (5, 7), (6, 7), (7, 7)]  # refused articles report no progress
    assert len(report.exported) == 5 * len(FORMATS)

    calls.clear()
    out = tmp_path / "stopped"
    report = export(approved, out, IDS, progress=lambda done, total: calls.append((done, total)) or len(calls) < 2)
    assert calls == [(1, 7), (3, 7)]
    assert sorted({e.id for e in report.exported}) == [1, 5]
    assert [r.id for r in report.refused] == [4]
    written = {p.name for p in out.iterdir()}
    assert written == {Path(e.file).name for e in report.exported} | {"index.html"}


def test_a_dying_worker_leaves_the_rest_to_the_calling_process(
    approved, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = export(approved, tmp_path / "alone", IDS)
    pools = force_workers(monkeypatch)
    monkeypatch.setattr(bulk, "render_files", render_or_die)
    report = export(approved, tmp_path / "again", IDS)
    assert len(pools) == 1
    assert report.refused == alone.refused and len(report.exported) == len(alone.exported)
    assert folder_contents(tmp_path / "again") == folder_contents(tmp_path / "alone")


def test_small_exports_render_in_the_calling_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "usable_cores", lambda: 2)
    assert BulkRenderer(["html"], count=bulk.POOL_MIN_ARTICLES - 1).workers == 1
    assert BulkRenderer(["html"], count=bulk.POOL_MIN_ARTICLES).workers == 2
    monkeypatch.setattr(bulk, "usable_cores", lambda: 1)
    assert BulkRenderer(["html"], count=10 * bulk.POOL_MIN_ARTICLES).workers == 1


def test_rendered_keeps_order_and_passes_refusals_through(approved) -> None:  # type: ignore[no-untyped-def]
    article = approved.export.export_article(article_id=1)
    with BulkRenderer(["md"], count=3, workers=1) as renderer:
        results = list(renderer.rendered([("a", article), ("b", None), ("c", article)]))
    assert [key for key, _ in results] == ["a", "b", "c"]
    assert results[1][1] is None and results[0][1] == results[2][1] == render_files(article, ["md"])
