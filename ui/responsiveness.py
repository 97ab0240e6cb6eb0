"""Keeping the GUI thread's longest pause short in a long-running window.

Two process-wide settings, each measured with bench/ui_bench.py (a 100,000-article
library scrolled end to end, the longest event the GUI thread handles):

- Qt's raster engine splits large fills across a thread pool and waits for the
  pool's threads; every scrolled frame then pays for waking them (futex waits,
  context switches), about 1 ms of a 5.5 ms frame on two cores, and more when the
  other core is busy with the op runner. ``paint_on_gui_thread`` turns that off.
- A full pass of the cyclic garbage collector over the start-up heap stalled one
  frame for ~70 ms. ``freeze_startup_heap`` leaves that heap out of later passes.
- ``share_the_interpreter`` has a busy Python thread hand the interpreter lock
  to the GUI thread sooner (after 1 ms instead of 5).
- Reading an article of 60,000 claims allocates millions of objects on the op
  runner's thread, and with Python's default thresholds that set off a dozen full
  collections of 150-570 ms each, every one holding the interpreter lock and so the
  GUI thread too (measured with bench/large_article_bench.py). ``space_out_collections``
  makes full collections ten times rarer, and young ones a little rarer but still
  short (a pass over at most ~20,000 objects). Cyclic garbage lives a little longer;
  most objects are freed by their reference counts all the same.
- Even so, the first full collection after an article of 60,000 claims came in walked
  all of its objects on the GUI thread, 140-210 ms (bench/large_article_bench.py).
  ``leave_out_of_full_collections`` moves what is alive once such an article arrives
  out of later full collections, as ``freeze_startup_heap`` does at start-up. The
  article's objects hold no reference cycles, so their reference counts still free
  them when another article replaces it.
"""

from __future__ import annotations

import gc
import os
import sys

QT_NO_GUI_THREADPOOL = "QT_NO_GUI_THREADPOOL"
KEEP_THREADPOOL = "WORKSTATION_GUI_THREADPOOL"  # set to 1 to leave Qt's pool on (a machine with many idle cores)


def paint_on_gui_thread() -> None:
    """Have Qt paint without its GUI thread pool; call before the QApplication exists.

    Qt reads its variable once, the first time it paints, and only asks whether
    it is set, so the way to keep the pool is ``WORKSTATION_GUI_THREADPOOL=1``.
    """
    if os.environ.get(KEEP_THREADPOOL) != "1":
        os.environ.setdefault(QT_NO_GUI_THREADPOOL, "1")


LARGE_ARTICLE_CLAIMS = 2_000  # an article with this many claims is left out of full collections
COLLECTION_THRESHOLDS = (2_000, 10, 100)  # Python's defaults: (700, 10, 10)
SWITCH_INTERVAL = 0.001  # seconds; Python's default: 0.005


def space_out_collections() -> None:
    """Fewer, still short, passes of the cyclic garbage collector (see the module's note)."""
    gc.set_threshold(*COLLECTION_THRESHOLDS)


def share_the_interpreter() -> None:
    """Hand the interpreter lock from a busy thread to the GUI thread within a millisecond.

    While the op runner's thread runs Python (an import splitting 60,000 claims), every
    Python slot of the GUI thread waits for the lock to be handed over; with the default
    5 ms interval, a few hand-overs in a row left the window unanswered for 75–125 ms.
    """
    sys.setswitchinterval(SWITCH_INTERVAL)


def freeze_startup_heap() -> None:
    """Exclude everything alive after start-up from later full collections.

    Qt wrappers, the ORM's mappers and the modules make up most of the heap and
    live as long as the process; frozen, a full collection walks only what was
    allocated since.
    """
    gc.collect()
    gc.freeze()


def leave_out_of_full_collections() -> None:
    """Exclude everything alive now (a large article just read) from later full collections.

    The young generations are collected first (a short pass), so only what survives
    them is set aside; what leaves it later is freed by its reference count.
    """
    gc.collect(1)
    gc.freeze()
