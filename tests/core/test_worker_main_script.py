"""Workers forked from the fork server find the program's main script run already, in the server.

Python before 3.13.8 never runs it there (gh-126631), so each worker ran the script again before
its first job: the imports of the bench's script cost 0.8-0.9 s of CPU per export worker.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from workstation import main_preload

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, os, sys
sys.path.insert(0, {repo!r})
with open({log!r}, "a") as log:
    log.write(f"{{os.getpid()}}\\n")  # each process that runs this script

from concurrent.futures import ProcessPoolExecutor
import multiprocessing.forkserver
from workstation.worker_processes import worker_context


def where() -> tuple[int, bool]:
    return os.getpid(), callable(getattr(sys.modules["__main__"], "where", None))


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, mp_context=worker_context()) as pool:
        answers = [pool.submit(where).result() for _ in range(4)]
    print(json.dumps({{"program": os.getpid(), "server": multiprocessing.forkserver._forkserver._forkserver_pid,
                      "workers": sorted({{pid for pid, _ in answers}}), "found": all(found for _, found in answers)}}))
"""


@pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(), reason="workers are spawned here"
)
def test_the_main_script_runs_in_the_program_and_the_fork_server_only(tmp_path: Path) -> None:
    log = tmp_path / "ran.log"
    script = tmp_path / "program.py"
    script.write_text(SCRIPT.format(repo=str(REPO), log=str(log)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != main_preload.MAIN_SCRIPT_ENV}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120, check=True)
    seen = json.loads(done.stdout)
    ran = [int(pid) for pid in log.read_text().split()]
    assert seen["workers"] and seen["found"]  # the workers run the script's functions: it is their __main__
    assert ran == [seen["program"], seen["server"]]
    assert not set(seen["workers"]) & set(ran)


def test_only_the_fork_server_of_the_program_that_named_the_script_runs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # This process is not the fork server of the process named: the script is not run here.
    monkeypatch.setenv(main_preload.MAIN_SCRIPT_ENV, f"{os.getpid()}:{REPO / 'bench' / 'export_bench.py'}")
    assert not main_preload.run_main_script()
    monkeypatch.setenv(main_preload.MAIN_SCRIPT_ENV, "")
    assert not main_preload.run_main_script()
