"""A throw-away PostgreSQL server on 127.0.0.1, for the store's tests and benchmarks.

``throwaway_postgres(dbname)`` starts Debian's PostgreSQL (``apt-get install
postgresql``; ``.ci/run`` installs it) in a temporary folder on a free port,
creates ``dbname``, yields its URL and stops and deletes the server afterwards.
``WIRECODER_TEST_PG_URL`` names a running server instead. Without either it
yields ``None``.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator

NO_SERVER = "no PostgreSQL server installed (apt-get install postgresql) and no WIRECODER_TEST_PG_URL"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(args: list[str]) -> list[str]:
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@contextlib.contextmanager
def throwaway_postgres(dbname: str) -> Iterator[str | None]:
    url = os.environ.get("WIRECODER_TEST_PG_URL")
    if url:
        yield url
        return
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not bins:
        yield None
        return
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
                                            "-c", f"CREATE DATABASE {dbname}"]),
                              capture_output=True).returncode == 0:
                break
            time.sleep(0.2)
        yield f"postgresql://postgres@127.0.0.1:{port}/{dbname}"
    finally:
        subprocess.run(_as_postgres([f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
