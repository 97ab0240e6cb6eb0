"""Preloaded by the fork server first: the program's main script, run there once rather than in every worker.

Python before 3.13.8 never runs the main script in the fork server, though ``"__main__"`` is in
its preload list (gh-126631: the server looks for the script's path under a key the preparation
data no longer has); so each worker forked from it ran the script again, as ``__mp_main__``,
before its first job: every import the script makes that the server had not made (0.8-0.9 s of
CPU per worker for ``bench/export_bench.py``, which imports the facade). Imported by the server,
this module runs the script there, as the server's own preloading does where it works; each
worker then finds it run and goes straight to work. Elsewhere, or where Python has run it
already, it does nothing.
"""

from __future__ import annotations

import contextlib
import os
import sys
from multiprocessing import process, spawn

MAIN_SCRIPT_ENV = "WORKSTATION_FORKSERVER_MAIN"  # "<pid of the program>:<path of its main script>"


def run_main_script() -> bool:
    """Run the main script named in the environment, in the fork server the named program started.

    Returns whether it ran here. A script that fails here is left to each worker to run, as before
    (and fail there, where the failure is reported).
    """
    parent, _, path = os.environ.get(MAIN_SCRIPT_ENV, "").partition(":")
    if not path or parent != str(os.getppid()):
        return False  # not the fork server of the program that named the script
    if getattr(sys.modules.get("__main__"), "__file__", None) == path:
        return False  # run already (Python's own preloading)
    process.current_process()._inheriting = True  # type: ignore[attr-defined]
    try:
        with contextlib.suppress(Exception):
            spawn.import_main_path(path)
            return True
        return False
    finally:
        del process.current_process()._inheriting  # type: ignore[attr-defined]


RAN = run_main_script()
