"""A throwaway PostgreSQL cluster a test starts, restarts and removes itself (not the machine's server).

PostgreSQL's initdb and pg_ctl refuse to run as root, so they run as the
``postgres`` OS user (``runuser``) in a folder it owns; trust authentication on
127.0.0.1 and a free port.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

PG_BIN = Path(os.environ.get("WORKSTATION_PG_BIN", "/usr/lib/postgresql/15/bin"))


def cluster_unavailable() -> str | None:
    """Why no throwaway cluster can be made here, or None."""
    if not (PG_BIN / "initdb").exists():
        return f"no initdb in {PG_BIN}"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    def __init__(self, folder: Path, port: int) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = port

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *argv: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        subprocess.run([*prefix, *argv], check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        self._run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--no-sync", "-E", "UTF8")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"), "-o", options,
                  "-w", "start")

    def stop(self) -> None:
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self) -> None:
        self.stop()
        self.start()


@contextmanager
def throwaway_cluster() -> Iterator[Cluster]:
    folder = Path(tempfile.mkdtemp(prefix="ws-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    cluster = Cluster(folder, _free_port())
    try:
        cluster.init()
        cluster.start()
        yield cluster
    finally:
        with suppress(subprocess.SubprocessError):
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
