"""Store back-ends for the store tests: SQLite always, PostgreSQL when a server can be had.

``WIRECODER_TEST_PG_URL`` names a running server; otherwise, when Debian's
PostgreSQL is installed (``.ci/run`` installs it), a throw-away server is
started on 127.0.0.1 for the test session and stopped after it.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@pytest.fixture(scope="session")
def pg_url():
    url = os.environ.get("WIRECODER_TEST_PG_URL")
    if url:
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not bins:
        pytest.skip("no PostgreSQL server installed (apt-get install postgresql) and no WIRECODER_TEST_PG_URL")
    bindir = os.path.dirname(bins[-1])
    root = tempfile.mkdtemp(prefix="wirecoder-pg-")
    data = os.path.join(root, "data")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    port = _free_port()
    subprocess.run(_as_postgres([f"{bindir}/initdb", "-D", data, "-A", "trust", "-U", "postgres"]),
                   check=True, capture_output=True)
    subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", data, "-l", os.path.join(root, "log"), "-w", "-o",
                                 f"-h 127.0.0.1 -p {port} -k {root}", "start"]), check=True, capture_output=True)
    try:
        for _ in range(50):
            if subprocess.run(_as_postgres([f"{bindir}/psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
                                            "-c", "CREATE DATABASE wirecoder_test"]),
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.2)
        yield f"postgresql://postgres@127.0.0.1:{port}/wirecoder_test"
    finally:
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    from sqlalchemy import text

    from wirecoder.store import Store
    from wirecoder.store.db import metadata

    if request.param == "sqlite":
        yield Store.open(f"sqlite:///{tmp_path / 'w.db'}")
        return
    url = request.getfixturevalue("pg_url")
    s = Store.open(url)
    yield s
    with s.engine.begin() as conn:  # each test starts from an empty database
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS meta"))
    s.engine.dispose()
