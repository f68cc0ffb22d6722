"""Accounts, sessions and CSRF: anonymous users go to the login page, reviewers stay out of admin pages,
forged forms are refused, passwords are stored as Argon2 hashes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from webutil import PASSWORD, csrf_of, login

PAGES = ["/", "/incidents", "/incident?id=x", "/incident/merge?id=x", "/map", "/timeline", "/admin/users",
         "/export?format=csv"]


@pytest.mark.parametrize("path", PAGES)
def test_anonymous_users_are_sent_to_login(client, path):
    r = client.get(path)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/login?next=")


def test_anonymous_posts_are_refused(client):
    token = csrf_of(client.get("/login").text)
    r = client.post("/incident/review", data={"csrf": token, "incident_id": "x", "action": "accept"})
    assert r.status_code == 303 and r.headers["location"].startswith("/login")


def test_login_with_wrong_password_fails(client):
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"csrf": token, "name": "rob", "password": "wrong password"})
    assert r.status_code == 401
    assert client.get("/incidents").status_code == 303


def test_login_then_logout(client):
    login(client, "rob")
    page = client.get("/incidents")
    assert page.status_code == 200 and "rob (reviewer)" in page.text
    r = client.post("/logout", data={"csrf": csrf_of(page.text)})
    assert r.status_code == 303
    assert client.get("/incidents").status_code == 303


def test_next_cannot_leave_the_site(client):
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"csrf": token, "name": "rob", "password": PASSWORD,
                                    "next": "//evil.example/x"})
    assert r.headers["location"] == "/incidents"


def test_reviewer_cannot_reach_admin_pages(reviewer):
    assert reviewer.get("/admin/users").status_code == 403
    token = csrf_of(reviewer.get("/incidents").text)
    r = reviewer.post("/admin/users", data={"csrf": token, "name": "eve", "password": "12345678x",
                                            "role": "admin"})
    assert r.status_code == 403


def test_admin_adds_a_user(admin, app):
    page = admin.get("/admin/users")
    assert page.status_code == 200 and "rob" in page.text
    r = admin.post("/admin/users", data={"csrf": csrf_of(page.text), "name": "eve", "password": "long enough 1",
                                         "role": "reviewer"})
    assert r.status_code == 303
    assert "eve" in admin.get("/admin/users").text


def test_forged_forms_without_the_csrf_token_are_refused(reviewer, app):
    from wirecoder.store.review import audit_log, field_rows

    store = app.state.store
    fid = field_rows(store, "expressen-2017-10-13#1")[0]["id"]
    for data in ({}, {"csrf": ""}, {"csrf": "forged-token"}):
        r = reviewer.post("/incident/field", data={**data, "incident_id": "expressen-2017-10-13#1",
                                                   "field_id": str(fid), "action": "reject"})
        assert r.status_code == 403, data
        assert "CSRF" in r.text
    r = reviewer.post("/incident/review", data={"incident_id": "expressen-2017-10-13#1", "action": "accept"})
    assert r.status_code == 403
    assert audit_log(store, "expressen-2017-10-13#1") == []
    # the login form is protected too
    from fastapi.testclient import TestClient

    fresh = TestClient(app, follow_redirects=False)
    assert fresh.post("/login", data={"name": "rob", "password": PASSWORD}).status_code == 403


def test_token_of_another_session_is_refused(app, reviewer):
    from fastapi.testclient import TestClient

    other = login(TestClient(app, follow_redirects=False), "ana")
    foreign = csrf_of(other.get("/incidents").text)
    r = reviewer.post("/incident/review", data={"csrf": foreign, "incident_id": "expressen-2017-10-13#1",
                                                "action": "accept"})
    assert r.status_code == 403


def test_passwords_are_argon2_hashes(app):
    from wirecoder.web.auth import users

    with app.state.store.engine.connect() as conn:
        hashes = [r[0] for r in conn.execute(select(users.c.password_hash))]
    assert hashes and all(h.startswith("$argon2id$") for h in hashes)
    assert all(PASSWORD not in h for h in hashes)


def test_session_cookie_is_httponly(client):
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"csrf": token, "name": "rob", "password": PASSWORD})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_user_add_command(tmp_path):
    from typer.testing import CliRunner

    from wirecoder.cli import app as cli
    from wirecoder.store import Store
    from wirecoder.web.auth import authenticate

    db = tmp_path / "u.db"
    r = CliRunner().invoke(cli, ["user", "add", "zoe", "--admin", "--password", "a long password", "--db", str(db)])
    assert r.exit_code == 0, r.output
    assert authenticate(Store.open(str(db)), "zoe", "a long password") == {"name": "zoe", "role": "admin"}
