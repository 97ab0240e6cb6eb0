"""The frozen program's entry point: the same ``workstation`` command as ``ui.cli:main``.

Imports and exports start worker processes with the "spawn" method; in a frozen
program each worker starts this executable again, and ``freeze_support`` turns
that start into the worker instead of a second command line.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.cli import main

    raise SystemExit(main())
