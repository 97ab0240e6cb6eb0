"""Bulk export: each task a worker runs renders a few articles, and the files still come back in order."""

from __future__ import annotations

import multiprocessing

import pytest

from workstation.export import bulk
from workstation.export.bulk import ARTICLES_PER_TASK, BulkRenderer, render_files

try:
    from xss_vectors import export_article, seed_draft
except ImportError:  # tests/core imported as a package
    from .xss_vectors import export_article, seed_draft

FORMATS = ["html", "md"]


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="workers are spawned here"
)
def test_a_task_renders_a_few_articles_and_the_order_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    tasks: list[int] = []  # articles per task handed to the workers

    class Counting(bulk.ProcessPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def]
            if fn is bulk.render_task:
                tasks.append(len(args[1]))
            return super().submit(fn, *args, **kwargs)

    monkeypatch.setattr(bulk, "ProcessPoolExecutor", Counting)
    monkeypatch.setattr(bulk, "RENDER_WHILE_STARTING", False)  # every article to the workers
    names = ["000", "001", "002", "003", "004"] * 2
    articles = [export_article(seed_draft(name), article_id=i) for i, name in enumerate(names)]
    jobs = [(i, None if i in (3, 7) else article) for i, article in enumerate(articles)]  # refusals in between
    with BulkRenderer(FORMATS, count=len(jobs), workers=2) as renderer:
        results = list(renderer.rendered(jobs))
    assert [key for key, _ in results] == list(range(10))
    assert [files for _, files in results] == [
        None if article is None else render_files(article, FORMATS) for _, article in jobs
    ]
    # A task takes the next few jobs; a refused one is no article to render.
    assert sum(tasks) == 8 and 1 < max(tasks) <= ARTICLES_PER_TASK and len(tasks) < 8
