"""Store back-ends for the store tests: SQLite always, PostgreSQL when a server can be had.

``WIRECODER_TEST_PG_URL`` names a running server; otherwise, when Debian's
PostgreSQL is installed (``.ci/run`` installs it), a throw-away server is
started on 127.0.0.1 for the test session and stopped after it.
"""

from __future__ import annotations

import pytest

from wirecoder.store.pgtemp import NO_SERVER, throwaway_postgres


@pytest.fixture(scope="session")
def pg_url():
    with throwaway_postgres("wirecoder_test") as url:
        if url is None:
            pytest.skip(NO_SERVER)
        yield url


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
