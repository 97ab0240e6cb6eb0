"""The files of an import, read and checked in order: the first ones here while the worker processes start.

A large import reads its files in worker processes forked from a fork server
(:mod:`workstation.worker_processes`). Starting that server imports the program
(1-2 s of one core) and the caller used to wait for it with nothing to store, the
other core idle. Now the server starts in the background while this process reads
the first files itself; once it runs, the rest go to the worker processes, in order.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from workstation.importers.batch import (
    PARALLEL_THRESHOLD,
    is_large,
    prepare_file,
    prepare_files,
    worker_count,
)
from workstation.prepared import NewArticle
from workstation.worker_processes import start_workers_soon


def read_files(paths: Sequence[str | Path], *, workers: int | None = None) -> Iterator[NewArticle | str]:
    """What :func:`prepare_files` yields for ``paths``, in order; closing it stops the reading."""
    if not worker_count(len(paths), workers):
        yield from prepare_files(paths, workers=workers)
        return
    ready = start_workers_soon()
    here = 0
    # Enough left for the workers (below the threshold the rest would be read here too); a
    # large file waits for them: its seconds of parsing would hold up a window's other threads.
    while not ready.is_set() and here < len(paths) - PARALLEL_THRESHOLD and not is_large(str(paths[here])):
        yield prepare_file(str(paths[here]))
        here += 1
    yield from prepare_files(paths[here:], workers=workers)
