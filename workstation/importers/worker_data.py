"""What every import worker reads before its first page, loaded once in the fork server.

A worker forked from the server (:mod:`workstation.worker_processes`) inherits what the
server has loaded. Importing this module there loads the checks' data that each worker
otherwise loaded for itself at its first page, in every import: the vocabulary of sources
(about 70 ms), the hyphenation dictionary of the reading level (about 65 ms) and the
organisations' names. The module has no other use.
"""

from __future__ import annotations

import os

from workstation.checks.reading_level import _hyphenator
from workstation.checks.source_match import _organisation_names
from workstation.checks.vocabulary import vocabulary


def load() -> int:
    """Load the data (each loader keeps its result for the life of the process); returns the
    id of the process that loaded it."""
    vocabulary()
    _organisation_names()
    _hyphenator()
    return os.getpid()


# The process that loaded the data: in a worker, the fork server's (tests read it).
LOADED_IN = load()


def loaded_elsewhere() -> bool:
    """Did this process inherit the data from the process that forked it?"""
    return os.getpid() != LOADED_IN
