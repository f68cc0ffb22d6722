"""Article text is hostile input: it is escaped on every page, and every response carries a strict CSP."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from webutil import csrf_of

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def _hostile_incident(reviewer) -> str:
    page = reviewer.get("/incidents?q=Extraditables").text
    (href,) = set(re.findall(r'href="(/incident\?id=hostile[^"]*)"', page))
    return href


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _no_live_markup(html: str) -> None:
    """Parse the page as a browser would: the only script is our own, no element has an event handler
    attribute or a javascript: URL, and nothing of the document became an element."""
    p = _Tags()
    p.feed(html)
    scripts = [a for t, a in p.tags if t == "script"]
    assert scripts == [{"src": "/static/app.js", "defer": None}]
    for tag, attrs in p.tags:
        assert tag not in ("img", "iframe", "object", "embed", "style", "base"), tag
        for k, v in attrs.items():
            assert not k.startswith("on"), (tag, k, v)
            assert not (v or "").strip().lower().startswith("javascript:"), (tag, k, v)


def _text(html: str) -> str:
    """The page with its tags taken out (the document text is cut into highlighted pieces)."""
    return re.sub(r"<[^>]+>", "", html)


def test_hostile_document_is_escaped_everywhere(reviewer):
    href = _hostile_incident(reviewer)
    page = reviewer.get(href.replace("&amp;", "&"))
    assert page.status_code == 200
    html = page.text
    plain = _text(html)
    assert "&lt;script&gt;window.__pwned = 3" in plain
    assert "onerror=&#34;window.__pwned=4" in plain or "onerror=&quot;window.__pwned=4" in plain
    assert "javascript:window.__pwned=5" in plain  # shown as text ...
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in plain  # the title
    assert "javascript:window.__pwned=7" in plain and 'href="javascript' not in html  # the URL
    _no_live_markup(html)  # ... never as markup
    merge = reviewer.get(href.replace("/incident?", "/incident/merge?").replace("&amp;", "&")).text
    _no_live_markup(merge)
    for path in ("/incidents", "/incidents?q=pwned", "/map", "/timeline"):
        _no_live_markup(reviewer.get(path).text)


def test_every_response_sends_the_strict_csp(client, reviewer):
    for path in ("/login", "/incidents", "/map", "/timeline", "/static/app.js", "/static/app.css", "/nope"):
        r = reviewer.get(path)
        assert r.headers["content-security-policy"] == CSP, path
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"


def test_no_inline_script_or_style_in_templates():
    from pathlib import Path

    import wirecoder.web

    for t in (Path(wirecoder.web.__file__).parent / "templates").glob("*.html"):
        src = t.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", src), t.name
        assert "<style" not in src and "style=" not in src, t.name
        assert not re.search(r"\son[a-z]+=", src), t.name
        assert "http://" not in src.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in src


def test_search_text_is_escaped(reviewer):
    html = reviewer.get('/incidents?q="><script>alert(1)</script>').text
    assert "&#34;&gt;&lt;script&gt;" in html or "&quot;&gt;&lt;script&gt;" in html
    _no_live_markup(html)


def test_flash_with_hostile_incident_id_is_escaped(reviewer):
    token = csrf_of(reviewer.get("/incidents").text)
    r = reviewer.post("/incident/review", data={"csrf": token, "incident_id": "<img src=x onerror=alert(1)>",
                                                "action": "accept"})
    assert r.status_code == 303
    html = reviewer.get("/incidents").text
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    _no_live_markup(html)
