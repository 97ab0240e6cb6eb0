"""A throwaway PostgreSQL 15 cluster that checks passwords (scram-sha-256), for team mode.

The machine's own test server trusts local connections, so a wrong password
would pass there. This cluster is started once per test session, in a folder
of its own, on a free port on 127.0.0.1, and stopped and removed afterwards;
CI needs nothing set up by hand. initdb and pg_ctl refuse to run as root, so
under root they run as the ``postgres`` system user.

Each test gets a database of its own, owned by a role with CREATEROLE (as a
board's database owner would be), and everything it created on the server
(the database, its group roles, its users' login roles) is dropped after it.
"""

from __future__ import annotations

import itertools
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("WORKSTATION_PG_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "postgres"
OWNER_PASSWORD = "board-owner-passphrase"
_numbers = itertools.count(1)
_cluster_note: list[str] = []  # what the session's summary says about the team-mode cluster


@dataclass(frozen=True)
class Cluster:
    host: str
    port: int
    password: str  # the superuser's

    def dsn(self, *, user: str = SUPERUSER, password: str | None = None, dbname: str = "postgres") -> str:
        return (f"host={self.host} port={self.port} user={user} dbname={dbname} "
                f"password={password if password is not None else self.password}")

    def superuser(self, dbname: str = "postgres"):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self.dsn(dbname=dbname), autocommit=True)


@dataclass(frozen=True)
class TeamDatabase:
    cluster: Cluster
    name: str
    owner: str

    @property
    def owner_url(self) -> str:
        """The URL team init and the first `users add` run with: it names the owner."""
        return (f"postgresql+psycopg://{self.owner}:{OWNER_PASSWORD}@{self.cluster.host}:{self.cluster.port}/"
                f"{self.name}")

    @property
    def desk_url(self) -> str:
        """What every desk runs: no user name, so the workstation connects as whoever signs in."""
        return f"postgresql+psycopg://{self.cluster.host}:{self.cluster.port}/{self.name}"

    def connect(self, user: str, password: str):  # type: ignore[no-untyped-def]
        """A plain psycopg connection as ``user``'s own login role, as psql would make."""
        import psycopg

        return psycopg.connect(self.cluster.dsn(user=user, password=password, dbname=self.name))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres() -> list[str]:
    if os.geteuid() != 0:
        return []
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    """A PostgreSQL 15 cluster with scram-sha-256 authentication, for this test session only."""
    initdb, pg_ctl = PG_BIN / "initdb", PG_BIN / "pg_ctl"
    if not (initdb.exists() and pg_ctl.exists()):
        _skip(f"PostgreSQL 15 server binaries not found in {PG_BIN} (Debian package postgresql-15)")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            _skip("running as root and there is no 'postgres' system user to run initdb as")
    folder = Path(tempfile.mkdtemp(prefix="workstation-pg-"))
    password = secrets.token_urlsafe(16)
    (folder / "pwfile").write_text(password + "\n", encoding="utf-8")
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(folder / "pwfile", "postgres")
    data, log, port = folder / "data", folder / "server.log", _free_port()
    started = False
    try:
        subprocess.run(
            [*_as_postgres(), str(initdb), "-D", str(data), "-U", SUPERUSER, "--auth=scram-sha-256",
             f"--pwfile={folder / 'pwfile'}", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"],
            check=True, capture_output=True, text=True,
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
        subprocess.run(
            [*_as_postgres(), str(pg_ctl), "-D", str(data), "-l", str(log), "-w", "-t", "60", "-o", options, "start"],
            check=True, capture_output=True, text=True,
        )
        started = True
        _cluster_note.append(f"team-mode tests ran on their own PostgreSQL cluster (127.0.0.1:{port}, scram-sha-256)")
        yield Cluster("127.0.0.1", port, password)
    except subprocess.CalledProcessError as exc:
        server_log = log.read_text(errors="replace") if log.exists() else ""
        raise RuntimeError(f"the test cluster did not start: {exc.stderr}\n{server_log}") from exc
    finally:
        if started:
            subprocess.run([*_as_postgres(), str(pg_ctl), "-D", str(data), "-m", "immediate", "-w", "stop"],
                           capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _skip(reason: str) -> None:
    _cluster_note.append(f"team-mode tests skipped: {reason}")
    pytest.skip(reason)


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    for line in dict.fromkeys(_cluster_note):
        terminalreporter.write_line(line)


def create_team_database(cluster: Cluster) -> TeamDatabase:
    number = next(_numbers)
    name, owner = f"board{number}", f"board{number}_owner"
    with cluster.superuser() as conn:
        conn.execute(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{OWNER_PASSWORD}'")
        conn.execute(f"CREATE DATABASE {name} OWNER {owner}")
    return TeamDatabase(cluster, name, owner)


def drop_team_database(db: TeamDatabase) -> None:
    """The database, then every role it brought to the server (roles outlive databases)."""
    with db.cluster.superuser(db.name) as conn:
        logins = [r[0] for r in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname IN (SELECT name FROM \"user\")"
        )] if conn.execute("SELECT to_regclass('\"user\"')").fetchone()[0] else []
    with db.cluster.superuser() as conn:
        conn.execute(f"DROP DATABASE {db.name} WITH (FORCE)")
        groups = [r[0] for r in conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (db.name + "\\_%",)
        ) if r[0] != db.owner]
        for role in [*logins, *sorted(groups, reverse=True), db.owner]:
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.fixture
def team_db(cluster: Cluster) -> Iterator[TeamDatabase]:
    """An empty database owned by a CREATEROLE role, dropped with its roles afterwards."""
    db = create_team_database(cluster)
    try:
        yield db
    finally:
        drop_team_database(db)
