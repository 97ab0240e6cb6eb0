"""Keeping the cyclic garbage collector's full passes short in a long-running window."""

from __future__ import annotations

import gc


def freeze_startup_heap() -> None:
    """Exclude everything alive after start-up from later full collections.

    Qt wrappers, the ORM's mappers and the modules make up most of the heap and
    live as long as the process; a full collection walking them took ~70 ms in
    the middle of a scroll through a 100,000-article library (bench/ui_bench.py).
    Frozen, a full pass walks only what was allocated since.
    """
    gc.collect()
    gc.freeze()
