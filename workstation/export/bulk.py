"""Rendering the files of a bulk export, over the machine's cores.

An export of hundreds of articles spends most of its time in python-markdown
and the sanitizer, which hold the GIL; so the files of a large export are
rendered in worker processes while the caller keeps reading the database and
writing files. Results come back in the order the articles went in.

The workers are never forked from the calling process (forking a process that
runs Qt and other threads is unsafe): where the platform has it they are forked
from a fork server, a clean process that imports the program once (a second
import per worker cost about 1.2 s of CPU each), else spawned; until they run,
the calling process renders the articles itself. Either way, as for
:mod:`workstation.rendering`, a program's entry script must guard its start-up
with ``if __name__ == "__main__":``. A worker renders exactly as the calling process would: each
body still goes through :func:`workstation.rendering.render_markdown`, which
neutralizes pathological Markdown and renders suspicious bodies under its
hard time limit. If the workers cannot start or one dies, the remaining
articles are rendered in the calling process.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TypeVar

from workstation.export.html_page import render_html
from workstation.export.json_export import render_json
from workstation.export.markdown_export import render_markdown_export
from workstation.export.model import ExportArticle
from workstation.export.pdf_source import pdf_document_html
from workstation.export.report import render_review_report_html
from workstation.worker_processes import worker_context

# Below this many articles the workers' start-up (each imports the program
# again, about 0.6 s) costs more than it saves: on two cores the break-even
# measured about 250 articles (7 ms each in one process).
POOL_MIN_ARTICLES = 250
MAX_WORKERS = 4  # beyond this the caller's reads and writes are the limit
# While the workers start (the fork server imports the program: about a second), the
# calling process renders the articles itself rather than wait for them.
RENDER_WHILE_STARTING = True
LOOKAHEAD_PER_WORKER = 8  # articles handed out ahead of the one being written
# Articles a worker renders per task: each task cost about 0.5 ms of CPU over the processes
# (pickling, pipes, waking threads), a tenth of an article's rendering.
ARTICLES_PER_TASK = 4

# What each format's file is made from; for the PDF formats, the HTML that the
# Qt layer prints to PDF.
RENDERERS: dict[str, Callable[[ExportArticle], str]] = {
    "html": render_html,
    "md": render_markdown_export,
    "json": render_json,
    "report": render_review_report_html,
    "pdf": pdf_document_html,
    "report-pdf": render_review_report_html,
}

# The formats whose files show the review record (claims, verdicts, findings); an export to the
# others does not read it (export_data's ``review``).
REVIEW_FORMATS = frozenset({"json", "report", "report-pdf"})

Key = TypeVar("Key")


def render_files(article: ExportArticle, formats: Sequence[str]) -> tuple[str, ...]:
    """The text of each format's file (the print HTML for PDF formats), in the order of ``formats``."""
    return tuple(RENDERERS[fmt](article) for fmt in formats)


def render_task(render: Callable[[ExportArticle, Sequence[str]], tuple[str, ...]],
                articles: Sequence[ExportArticle], formats: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """A worker's task: the files of a few articles (``render`` is :func:`render_files`)."""
    return tuple(render(article, formats) for article in articles)


class _Share:
    """One article's files, out of a task that renders a few."""

    __slots__ = ("index", "task")

    def __init__(self, task: Future[tuple[tuple[str, ...], ...]], index: int) -> None:
        self.task, self.index = task, index

    def result(self) -> tuple[str, ...]:
        return self.task.result()[self.index]


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on every platform
        return os.cpu_count() or 1


def _started() -> None:
    """A worker's first job: its being done says the worker runs."""


def _ignore_interrupts() -> None:
    # Ctrl-C is for the calling process, which then shuts the workers down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class BulkRenderer:
    """Renders the files of many articles, in worker processes when there are enough of them.

    Use as a context manager: leaving it stops the workers, dropping work not
    yet started (so an export stopped half-way does not render the rest).
    """

    def __init__(self, formats: Sequence[str], *, count: int, workers: int | None = None) -> None:
        self.formats = tuple(formats)
        if workers is None:
            workers = min(usable_cores(), MAX_WORKERS) if count >= POOL_MIN_ARTICLES else 1
        self.workers = max(1, min(workers, count))
        self._pool: ProcessPoolExecutor | None = None
        self._starting: list[Future[None]] = []  # one no-op per worker, done once the workers run
        self._broken = self.workers < 2  # one worker would only add a copy to the same core

    def __enter__(self) -> BulkRenderer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def rendered(
        self, jobs: Iterable[tuple[Key, ExportArticle | None]]
    ) -> Iterator[tuple[Key, tuple[str, ...] | None]]:
        """``(key, files)`` for each ``(key, article)`` in input order; ``None`` files where the article is None.

        ``jobs`` is consumed only a few articles ahead of what has been
        yielded, so a caller that stops early has not read or rendered the rest.
        """
        pending: deque[tuple[Key, ExportArticle | None, _Share | None]] = deque()
        lookahead = 1 if self._broken else self.workers * LOOKAHEAD_PER_WORKER
        source = iter(jobs)
        exhausted = False
        while True:
            while not exhausted and len(pending) < lookahead:
                size = 1 if self._broken else ARTICLES_PER_TASK
                chunk = list(islice(source, size))
                exhausted = len(chunk) < size
                articles = [article for _, article in chunk if article is not None]
                shares = iter(self._submit(articles) if articles else ())
                for key, article in chunk:
                    pending.append((key, article, next(shares, None) if article is not None else None))
            if not pending:
                return
            key, article, future = pending.popleft()
            yield key, self._result(article, future) if article is not None else None

    def _submit(self, articles: list[ExportArticle]) -> list[_Share]:
        """One task for the workers, a share of it per article; none: rendered here."""
        if self._broken:
            return []
        try:
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers, mp_context=worker_context(), initializer=_ignore_interrupts,
                )
                if RENDER_WHILE_STARTING:
                    self._starting = [self._pool.submit(_started) for _ in range(self.workers)]
            if self._starting:
                if not all(future.done() for future in self._starting):
                    return []  # rendered here, in their turn
                for future in self._starting:
                    future.result()  # BrokenProcessPool if a worker could not start
                self._starting = []
            task = self._pool.submit(render_task, render_files, articles, self.formats)
            return [_Share(task, index) for index in range(len(articles))]
        except (BrokenProcessPool, OSError):
            # Not RuntimeError: that is what a worker re-importing an unguarded entry
            # script raises here, and it must stop that worker before it writes anything.
            self._give_up_pool()
            return []

    def _result(self, article: ExportArticle, future: _Share | None) -> tuple[str, ...]:
        if future is not None:
            try:
                return future.result()
            except (BrokenProcessPool, CancelledError):  # a worker died or could not start: carry on here
                self._give_up_pool()
        return render_files(article, self.formats)

    def _give_up_pool(self) -> None:
        self._broken = True
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
