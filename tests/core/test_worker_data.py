"""Import workers start with the checks' data loaded: forked from the fork server, which loaded it once."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from workstation.importers import worker_data
from workstation.worker_processes import PRELOADED, worker_context


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="workers are spawned here"
)
def test_a_worker_inherits_the_data_from_the_fork_server() -> None:
    assert "workstation.importers.worker_data" in PRELOADED
    with ProcessPoolExecutor(max_workers=1, mp_context=worker_context()) as pool:
        assert pool.submit(worker_data.loaded_elsewhere).result()


def test_the_data_is_loaded_on_import() -> None:
    from workstation.checks.reading_level import _hyphenator
    from workstation.checks.vocabulary import vocabulary

    assert vocabulary.cache_info().currsize == 1 and _hyphenator.cache_info().currsize == 1
    assert not worker_data.loaded_elsewhere()  # (this process imported it itself)
