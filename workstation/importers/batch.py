"""Reading files for one import, in worker processes where that keeps the caller responsive.

Parsing, claim extraction and the automated checks are CPU-bound and independent
per file, so a large import works on every core while the caller stores finished articles.
A single large file (a megabyte or more) is parsed in a worker process too: its
seconds of Python would otherwise share the interpreter lock with the caller's
other threads (a window's GUI thread), and its claims come back a few thousand
per message, so no single step of taking them in holds that lock long.
Results come back in file order; a file that fails carries its reason. The workers are
forked from a fork server that imports the program once (:mod:`workstation.worker_processes`),
so a worker starts ready to read instead of importing the program again.
"""

from __future__ import annotations

import dataclasses
import os
import pickle
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from workstation.errors import ImportFailed
from workstation.importers import read_article
from workstation.messages import message, message_of
from workstation.prepared import NewArticle, prepare
from workstation.worker_processes import worker_context

PARALLEL_THRESHOLD = 200
LARGE_FILE_BYTES = 1_000_000  # a file this large is parsed in a worker process
CLAIMS_PER_MESSAGE = 2_000  # unpickled in one call: a few milliseconds


def prepare_file(path: str) -> NewArticle | str:
    """A stored-ready article, or the reason the file cannot be imported."""
    try:
        return prepare(read_article(Path(path)), Path(path).name)
    except ImportFailed as exc:
        return message_of(exc) or str(exc)
    except RecursionError:
        return message("import.too-deep")
    except Exception as exc:  # noqa: BLE001 - one file the parser or a check trips on does not stop the rest
        return f"could not be read or checked: {type(exc).__name__}: {exc}"


def prepare_packed(path: str) -> tuple[bytes, list[bytes]] | str:
    """:func:`prepare_file` in a worker process: the article without its claims, and its claims in parts."""
    result = prepare_file(path)
    if isinstance(result, str):
        return result
    claims = result.claims
    parts = [pickle.dumps(claims[i:i + CLAIMS_PER_MESSAGE]) for i in range(0, len(claims), CLAIMS_PER_MESSAGE)]
    return pickle.dumps(dataclasses.replace(result, claims=())), parts


def unpack(packed: tuple[bytes, list[bytes]] | str) -> NewArticle | str:
    """What :func:`prepare_packed` sent, taken in a part at a time."""
    if isinstance(packed, str):
        return packed
    head, parts = packed
    article: NewArticle = pickle.loads(head)
    claims: list[tuple] = []
    for part in parts:
        claims.extend(pickle.loads(part))
    return dataclasses.replace(article, claims=tuple(claims))


def is_large(path: str) -> bool:
    try:
        return os.path.getsize(path) >= LARGE_FILE_BYTES
    except OSError:
        return False  # prepare_file says why it cannot be read


def worker_count(files: int, workers: int | None = None) -> int:
    """How many worker processes read ``files`` files (0: they are read in the calling process)."""
    count = workers if workers is not None else min(2, os.cpu_count() or 1)
    return count if files >= PARALLEL_THRESHOLD and count >= 2 else 0


def prepare_files(paths: Sequence[str | Path], *, workers: int | None = None) -> Iterator[NewArticle | str]:
    names = [str(p) for p in paths]
    count = worker_count(len(names), workers)
    if count:
        yield from _in_pool(names, count)
    elif any(is_large(n) for n in names):
        yield from _large_apart(names)
    else:
        yield from (prepare_file(n) for n in names)


def _in_pool(names: list[str], count: int) -> Iterator[NewArticle | str]:
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=count, mp_context=worker_context()) as pool:
            for result in pool.map(prepare_file, names, chunksize=32):
                done += 1
                yield result
    except (BrokenProcessPool, OSError):
        # No worker processes here (a restricted environment): read the rest in this one.
        yield from (prepare_file(n) for n in names[done:])


def _large_apart(names: list[str]) -> Iterator[NewArticle | str]:
    """The large files in one worker process, the others here, in file order."""
    done = 0
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=worker_context()) as pool:
            for name in names:
                result = unpack(pool.submit(prepare_packed, name).result()) if is_large(name) else prepare_file(name)
                done += 1
                yield result
    except (BrokenProcessPool, OSError):
        yield from (prepare_file(n) for n in names[done:])
