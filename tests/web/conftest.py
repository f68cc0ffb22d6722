"""Fixtures for the review app: a store with the bundled example and a hostile report, users, clients."""

from __future__ import annotations

import json

import pytest
from webutil import EXAMPLE, HOSTILE, HOSTILE_TITLE, HOSTILE_URL, PASSWORD, login

@pytest.fixture(scope="session")
def review_db(tmp_path_factory, pipeline):
    """A SQLite store with the example report and the hostile one ingested, and two users."""
    from wirecoder.store import Store
    from wirecoder.store.ingest import ingest
    from wirecoder.web.auth import add_user

    d = tmp_path_factory.mktemp("review")
    hostile = d / "hostile.jsonl"
    hostile.write_text(json.dumps({"id": "hostile", "title": HOSTILE_TITLE, "url": HOSTILE_URL, "text": HOSTILE})
                       + "\n", encoding="utf-8")
    url = f"sqlite:///{d / 'w.db'}"
    store = Store.open(url)
    ingest(store, [EXAMPLE, hostile], pipeline=pipeline)
    add_user(store, "ana", PASSWORD, "admin")
    add_user(store, "rob", PASSWORD, "reviewer")
    store.engine.dispose()
    return url


@pytest.fixture
def db_url(review_db, tmp_path):
    """A fresh copy of the seeded store for one test."""
    import shutil
    import sqlite3

    src = review_db.removeprefix("sqlite:///")
    dst = tmp_path / "w.db"
    con = sqlite3.connect(src)
    out = sqlite3.connect(dst)
    con.backup(out)
    con.close()
    out.close()
    shutil.copymode(src, dst)
    return f"sqlite:///{dst}"


@pytest.fixture
def app(db_url):
    from wirecoder.web.app import create_app

    return create_app(db_url)


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    return TestClient(app, follow_redirects=False)


@pytest.fixture
def reviewer(client):
    return login(client, "rob")


@pytest.fixture
def admin(client):
    return login(client, "ana")
