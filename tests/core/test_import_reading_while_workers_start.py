"""An import reads its first files in the calling process while the fork server starts, then the rest in
worker processes: the articles come back whole and in file order, whichever process read them.

Run in a fresh interpreter, where no fork server runs yet (in the test process one may already run,
and then every file goes to the workers).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"

SCRIPT = """
import hashlib, json, multiprocessing.forkserver, sys
sys.path.insert(0, {repo!r})
from workstation.facade.import_reading import read_files
from workstation.importers.batch import prepare_file

def digest(item):
    return item if isinstance(item, str) else hashlib.sha256(repr(item).encode()).hexdigest()

if __name__ == "__main__":
    paths = json.loads(sys.argv[1])
    read = [digest(item) for item in read_files(paths, workers=2)]
    running = multiprocessing.forkserver._forkserver._forkserver_pid is not None
    print(json.dumps({{"read": read, "alone": [digest(prepare_file(p)) for p in paths], "server": running}}))
"""


def test_files_read_while_the_workers_start_come_back_whole_and_in_order(tmp_path: Path) -> None:
    seeds = sorted(SEEDS.glob("*.txt"))
    paths = []
    for n in range(230):  # above the size that goes to worker processes
        path = tmp_path / f"{n:03d}.txt"
        seed = seeds[n % len(seeds)].read_text(encoding="utf-8")
        path.write_text(seed.replace("\n", f" (copy {n})\n", 1), encoding="utf-8")
        paths.append(str(path))
    paths.insert(7, str(tmp_path / "missing.txt"))  # a file that fails keeps its place and its reason
    script = tmp_path / "read.py"
    script.write_text(SCRIPT.format(repo=str(REPO)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), json.dumps(paths)], capture_output=True, text=True,
                          timeout=300, check=True)
    result = json.loads(done.stdout)
    assert result["server"]  # the rest went to worker processes
    assert len(result["read"]) == len(paths)
    assert result["read"] == result["alone"]
