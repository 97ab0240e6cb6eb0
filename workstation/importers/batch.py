"""Reading many files for one import: in a small process pool when there are many.

Parsing and claim extraction are CPU-bound and independent per file, so a
large import parses on every core while the caller stores finished articles.
Results come back in file order; a file that fails carries its reason.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from workstation.errors import ImportFailed
from workstation.importers import read_article
from workstation.store import NewArticle, prepare

PARALLEL_THRESHOLD = 200


def prepare_file(path: str) -> NewArticle | str:
    """A stored-ready article, or the reason the file cannot be imported."""
    try:
        return prepare(read_article(Path(path)), Path(path).name)
    except ImportFailed as exc:
        return str(exc)
    except RecursionError:
        return "the file is nested too deeply to read"


def prepare_files(paths: Sequence[str | Path], *, workers: int | None = None) -> Iterator[NewArticle | str]:
    names = [str(p) for p in paths]
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    if len(names) < PARALLEL_THRESHOLD or count < 2:
        yield from (prepare_file(n) for n in names)
        return
    # spawn, not fork: the caller may be a GUI process with threads running.
    context = multiprocessing.get_context("spawn")
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
            for result in pool.map(prepare_file, names, chunksize=32):
                done += 1
                yield result
    except (BrokenProcessPool, OSError):
        # No worker processes here (a restricted environment): read the rest in this one.
        yield from (prepare_file(n) for n in names[done:])
