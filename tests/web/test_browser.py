"""End-to-end in a real headless Chromium (Debian's ``chromium`` driven by playwright): log in, open an
incident, see its evidence highlighted, correct a value by selecting its words, see the audit entry, and
get the corrected value from the export; hostile documents run no script. Takes the README's screenshots."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

import pytest
from webutil import PASSWORD, REPO

CHROMIUM = "/usr/bin/chromium"
SHOTS = REPO / "docs" / "screenshots"
INC = "expressen-2017-10-13#1"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium (apt-get install chromium)")]


@pytest.fixture
def server(db_url):
    import uvicorn

    from wirecoder.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(db_url)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    srv.should_exit = True
    t.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    pw = pytest.importorskip("playwright.sync_api")
    with pw.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = ctx.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    yield pg
    ctx.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def log_in(page, base, name="rob", screenshot=False):
    page.goto(base + "/incidents")
    assert "/login" in page.url  # anonymous: sent to the login page
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    if screenshot:
        shot(page, "login")
    page.click("form.login button[type=submit]")
    page.wait_for_url(base + "/incidents")


def select_text(page, doc_id, words, occurrence=0):
    """Select ``words`` in a document's text the way a mouse would, then release the mouse."""
    page.evaluate("""([docId, words, occ]) => {
        const c = document.querySelector(`.doctext[data-doc-id="${docId}"]`);
        const walker = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
        let nodes = [], n, full = "";
        while ((n = walker.nextNode())) { nodes.push([n, full.length]); full += n.data; }
        let at = -1;
        for (let i = 0; i <= occ; i++) at = full.indexOf(words, at + 1);
        const end = at + words.length;
        const point = (off) => { for (const [node, start] of nodes)
            if (off >= start && off <= start + node.data.length) return [node, off - start]; };
        const r = document.createRange();
        r.setStart(...point(at)); r.setEnd(...point(end));
        const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
        c.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
    }""", [doc_id, words, occurrence])


def test_review_end_to_end(server, page, tmp_path):
    base, app = server
    log_in(page, base, screenshot=True)
    assert page.locator("#incidents tbody tr").count() >= 5
    shot(page, "incidents")

    page.click(f"a.inc-link:text-is('{INC}')")
    page.wait_for_selector("#fields")
    # evidence highlighted in the document, colour-coded by field
    loc = page.locator(".doctext mark.f-location", has_text="Drottninggatan")
    assert loc.count() == 1
    colour = loc.evaluate("e => getComputedStyle(e).backgroundColor")
    date_colour = page.locator(".doctext mark.f-date").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert colour != date_colour and colour not in ("rgba(0, 0, 0, 0)", "transparent")
    shot(page, "incident")
    # clicking a value jumps to its evidence
    field = page.locator(".field", has=page.locator(".fname", has_text="location"))
    field.locator("a.jump").click()
    assert page.locator("mark.flash").count() >= 1
    page.wait_for_function("() => document.querySelectorAll('mark.flash').length === 0")

    # correct the number killed: open the form, select the words in the text, give the value, save
    killed = page.locator(".field", has=page.locator(".fname", has_text="casualties.killed"))
    killed.locator("summary").click()
    select_text(page, "expressen-2017-10-13", "Five people are killed")
    form = killed.locator("form.correct-form")
    assert form.locator(".cevidence").input_value() == "Five people are killed"
    form.locator(".cvalue").fill("6")
    shot(page, "correct")
    form.locator("button.b-save").click()
    page.wait_for_selector("#flash")
    assert "correct: saved" in page.inner_text("#flash")

    # the audit entry, with who and when, on the incident
    audit = page.inner_text("#audit")
    assert "rob" in audit and "correct" in audit and "casualties.killed" in audit and "Five people are killed" in audit
    killed = page.locator(".field", has=page.locator(".fname", has_text="casualties.killed"))
    assert "corrected" in killed.inner_text() and "6" in killed.locator(".fvalue").inner_text()
    # the corrected value has its own evidence highlighted
    fid = killed.get_attribute("data-field-id")
    covered = page.evaluate("""(fid) => Array.from(document.querySelectorAll('.doctext mark.ev'))
        .filter(m => m.dataset.fields.split(' ').includes(fid)).map(m => m.textContent).join('')""", fid)
    assert covered == "Five people are killed"

    # the export gives the corrected value
    with page.expect_download() as dl:
        page.evaluate("() => { const a = document.createElement('a'); a.href = '/export?format=jsonl'; "
                      "a.download = ''; document.body.appendChild(a); a.click(); }")
    out = tmp_path / "export.jsonl"
    dl.value.save_as(out)
    rows = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert rows[INC]["casualties"]["killed"]["value"] == 6
    assert rows[INC]["casualties"]["killed"]["text"] == "Five people are killed"
    assert page.errors == [] and page.dialogs == []


def test_keyboard_shortcuts(server, page):
    base, _ = server
    log_in(page, base)
    page.goto(base + "/incident?id=" + INC.replace("#", "%23"))
    page.keyboard.press("j")  # first field: type
    page.keyboard.press("a")  # accept it
    page.wait_for_selector("#flash")
    first = page.locator(".field").first
    assert "accepted" in first.inner_text()
    page.keyboard.press("Shift+A")  # accept the incident
    page.wait_for_function("() => document.getElementById('inc-status').textContent === 'accepted'")
    assert page.errors == []


def test_merge_map_timeline_pages(server, page):
    base, _ = server
    log_in(page, base, name="ana")
    page.goto(base + "/incident/merge?id=" + INC.replace("#", "%23"))
    assert page.locator("#sources tbody tr").count() >= 1
    shot(page, "merge")
    page.goto(base + "/map")
    assert page.locator("svg.map path.country").count() > 150
    assert page.locator("svg.map circle.pt").count() >= 4
    shot(page, "map")
    page.goto(base + "/timeline")
    assert page.locator("svg.timeline rect.bar").count() >= 3
    shot(page, "timeline")
    page.goto(base + "/admin/users")
    assert page.locator("#users tbody tr").count() == 2
    assert page.errors == []


def test_hostile_document_runs_no_script(server, page):
    base, _ = server
    log_in(page, base)
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(base + "/incidents?q=Extraditables")
    href = page.locator("a.inc-link").first.get_attribute("href")
    for path in (href, href.replace("/incident?", "/incident/merge?"), "/incidents", "/map", "/timeline"):
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__pwned") is None, path
        assert page.locator(".doctext img, .doctext script, .doctext svg, .doctext a, h2 img").count() == 0
    page.goto(base + href)
    assert "<script>window.__pwned = 1</script>" in page.inner_text(".doc-title")
    assert "javascript:window.__pwned=5" in page.inner_text(".doctext")
    # clicking around the words does nothing either
    page.locator(".doctext").click()
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.__pwned") is None
    assert page.dialogs == [] and page.errors == []
