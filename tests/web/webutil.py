"""Helpers shared by the review app tests."""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "expressen-2017-10-13.txt"
PASSWORD = "correct horse 1"
# A report whose title and text try every common way of running script in the reader's browser.
HOSTILE_TITLE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2;alert(2)">'
HOSTILE_URL = "javascript:window.__pwned=7;alert(7)"
HOSTILE = (
    "<script>window.__pwned = 3; alert(1)</script> Gunmen shot dead a judge and wounded his bodyguard in "
    "Medellin on 3 June 1990, police said. <img src=x onerror=\"window.__pwned=4;alert(4)\"> "
    '<a href="javascript:window.__pwned=5;alert(5)">more</a> <svg onload="window.__pwned=6"></svg> '
    "The Extraditables claimed responsibility for the attack.\n"
)


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "page has no CSRF field"
    return m.group(1)


def login(client, name: str, password: str = PASSWORD):
    r = client.get("/login")
    r = client.post("/login", data={"csrf": csrf_of(r.text), "name": name, "password": password,
                                    "next": "/incidents"})
    assert r.status_code == 303, r.text
    return client
