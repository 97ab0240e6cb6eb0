"""How the program starts worker processes (an import's readers, an export's renderers, the Markdown renderer).

From a fork server where the platform has one: it imports the program once, and each worker
is forked from it ready to work, where a spawned worker imports the whole program again
(1-2 s of CPU each, as much as reading 100-200 pages). Forking from the server, not
from the caller, is safe for a caller with threads running (a window). A frozen program (a
bundled executable) spawns, the method its bundler supports everywhere.

The server also runs the program's main script once (:mod:`workstation.main_preload`), which
Python before 3.13.8 leaves to every worker.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from multiprocessing import forkserver, spawn

from workstation.main_preload import MAIN_SCRIPT_ENV

# What the fork server imports before it forks its first worker: the modules the workers run.
# (worker_data loads the checks' data there, so that no import's worker loads it again;
# main_preload runs the main script there, as "__main__" alone does from Python 3.13.8 on)
PRELOADED = (
    "workstation.main_preload", "__main__", "workstation.importers.batch", "workstation.importers.worker_data",
    "workstation.export.bulk", "workstation.rendering",
)


def worker_context() -> multiprocessing.context.BaseContext:
    """The fork server where the platform has one, else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods() and not getattr(sys, "frozen", False):
        context = multiprocessing.get_context("forkserver")
        # The main script each worker is told to run before its first job (spawn.prepare): the
        # server runs it once, so each worker finds it run.
        main_path = spawn.get_preparation_data("ignore").get("init_main_from_path")
        if main_path:
            os.environ[MAIN_SCRIPT_ENV] = f"{os.getpid()}:{main_path}"
        context.set_forkserver_preload(list(PRELOADED))
        return context
    return multiprocessing.get_context("spawn")


def start_workers_soon() -> threading.Event:
    """Start the fork server in the background; the event is set once workers can be forked from it.

    Starting it imports the program in the server (1-2 s of one core). A caller with work of
    its own to do in the meantime (an import reads its first files) does it instead of
    waiting; the pool that then starts finds the server running. Set at once where workers
    are spawned or the server already runs.
    """
    ready = threading.Event()
    context = worker_context()
    if context.get_start_method() != "forkserver":
        ready.set()
        return ready

    def start() -> None:
        try:
            forkserver.ensure_running()
        except OSError:
            pass  # the pool that needs it reports the failure (and reads in the caller instead)
        finally:
            ready.set()

    threading.Thread(target=start, name="fork-server-start", daemon=True).start()
    return ready
