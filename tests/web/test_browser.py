"""The pages in a real browser: Playwright driving Debian's Chromium (/usr/bin/chromium, installed by
scripts/install-chromium.sh; Playwright never downloads one). The server runs on uvicorn on the loopback
address. Screenshots go to test-output/browser/ (FILMFACTS_TEST_OUTPUT to move it).

The hostile documents' pages are loaded with the page's Content-Security-Policy bypassed, so what is
tested is the escaping itself: no dialog opens, no request leaves for anywhere but the server's own
page and style sheet, and the DOM does not change after it is parsed, while every element is hovered
and focused (event handlers) and time passes (scripts)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (the dev extra has it)")
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = next((p for p in ("/usr/bin/chromium", shutil.which("chromium") or "", shutil.which("chromium-browser")
                             or "") if p and Path(p).exists()), "")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no Chromium here: run `bash scripts/install-chromium.sh` "
                                                     "(Debian's chromium package; CI's .ci/run does)")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
OUT = Path(os.environ.get("FILMFACTS_TEST_OUTPUT") or ROOT / "test-output") / "browser"
MIRACLE = "fbcc4ce1fabe"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: Path) -> Iterator[str]:
    """uvicorn serving `db` on 127.0.0.1 in a thread; its base URL."""
    import uvicorn

    from filmfacts.api import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db, warm=True), host="127.0.0.1", port=port,
                                          log_level="warning", access_log=False))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(served_db: Path) -> Iterator[str]:
    with serving(served_db) as base:
        yield base


def shot(page: Page, name: str, selector: str = "") -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    if selector:
        page.locator(selector).first.screenshot(path=str(path))
    else:
        page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 2_000
    return path


def test_search_film_card_conflict_timeline_person_and_document(browser: Browser, site: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site + "/")
    page.fill("form.search input[name=q]", "7번방의 선물")
    page.click("form.search button")
    page.wait_for_url("**/?q=*")
    results = page.locator("#films li a")
    assert results.all_inner_texts() == ["Miracle in Cell No. 7"]
    shot(page, "search")

    results.first.click()
    page.wait_for_url(f"**/films/{MIRACLE}")
    assert page.locator("h1").inner_text() == "Miracle in Cell No. 7 (2013)"
    assert "7번방의 선물" in page.locator("#titles").inner_text()
    shot(page, "film-card")

    conflict = page.locator("#conflicts .conflict", has_text="cast member: Kim Ki-cheon")
    assert conflict.locator(".verdict").inner_text() == "genuine disagreement"
    shot(page, "conflict", "#conflicts")

    dots = page.locator("#timeline svg circle.dot")
    assert dots.count() >= 8
    box = page.locator("#timeline svg").bounding_box()
    assert box and box["width"] > 400 and box["height"] > 150  # drawn, at a size a person can read
    shot(page, "timeline", "#timeline")

    # a fact's source: the quote highlighted in its document, scrolled into view
    row = page.locator("#facts tbody tr", has=page.locator("th", has_text="director")).first
    quote = row.locator("blockquote").first.inner_text()
    row.locator("ul.sources a").first.click()
    page.wait_for_url("**/documents/*")
    focus = page.locator("mark#focus")
    assert focus.is_visible() and quote.startswith(focus.inner_text()[:20])
    assert page.locator("mark.focus").evaluate_all("ms => ms.map(m => m.textContent).join('')") == quote
    shot(page, "document")

    page.goto(site + "/?q=Ryoo+Seung-ryong")
    page.locator("#people li a").first.click()
    page.wait_for_url("**/people/*")
    assert "Ryoo Seung-ryong" in page.locator("ul.spellings").inner_text()
    assert page.locator("#person ul.results a").all_inner_texts() == ["Miracle in Cell No. 7"]
    shot(page, "person")
    page.close()


def test_the_film_card_on_a_phone(browser: Browser, site: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    page.goto(f"{site}/films/{MIRACLE}")
    # nothing wider than the screen: the page does not scroll sideways
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator("#timeline svg").bounding_box()["width"] <= 390  # type: ignore[index]
    shot(page, "film-card-phone")
    context.close()


def test_nothing_is_fetched_from_outside_the_server(browser: Browser, site: str) -> None:
    page = browser.new_page()
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    for path in ("/", f"/films/{MIRACLE}", "/?q=miracle"):
        page.goto(site + path)
    assert fetched and all(u.startswith(site + "/") for u in fetched)
    assert {u.split("?")[0] for u in fetched} == {site + "/", f"{site}/films/{MIRACLE}", site + "/static/style.css"}
    page.close()


# ---------------------------------------------------------------- hostile documents

WATCH = """() => { window.__changes = 0;
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver(ms => { window.__changes += ms.length; })
      .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  }); }"""


# every element gets the events an inline handler would wait for (a click only where it goes nowhere)
FIRE = """() => { for (const el of document.querySelectorAll('body *')) {
  for (const t of ['mouseover', 'mouseenter', 'mousemove', 'focus', 'focusin', 'blur', 'load', 'error',
                   'animationstart', 'toggle', 'pointerover']) el.dispatchEvent(new Event(t));
  if (!el.closest('a, button, form')) el.dispatchEvent(new MouseEvent('click', {bubbles: true})); } }"""


def test_hostile_documents_run_nothing(browser: Browser, hostile_db: Path) -> None:
    from fastapi.testclient import TestClient

    from filmfacts.api import create_app

    api = TestClient(create_app(hostile_db))
    films = api.get("/api/films", params={"limit": 200}).json()["items"]
    docs = api.get("/api/documents", params={"limit": 200}).json()["items"]
    people = api.get("/api/people", params={"q": "Ye-seung"}).json()["items"]
    paths = ["/?q=%3Cscript%3Ealert(1)%3C/script%3E", "/?q=Miracle"] + [f"/films/{f['id']}" for f in films]
    paths += [f"/documents/{d['id']}?at=0-300" for d in docs] + [f"/people/{p['id']}" for p in people]
    # the page's CSP bypassed: what is tested is the escaping, not the second wall
    context = browser.new_context(bypass_csp=True, java_script_enabled=True)
    dialogs: list[str] = []
    requests: list[str] = []
    context.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    context.on("request", lambda r: requests.append(r.url))
    context.add_init_script(script=f"({WATCH})()")
    with serving(hostile_db) as base:
        page = context.new_page()
        for path in paths:
            page.goto(base + path, wait_until="load")
            page.mouse.move(200, 200)
            page.mouse.move(600, 400, steps=8)
            page.evaluate(FIRE)
            page.wait_for_timeout(150)
            changes: Any = page.evaluate("window.__changes")
            assert changes == 0, f"{path}: the DOM changed {changes} time(s) after it was parsed"
            if path.startswith("/films/") or (path.startswith("/documents/") and "alert(" in page.inner_text("h1")):
                shot(page, f"hostile-{path.strip('/').split('?')[0].replace('/', '-')}")
        assert dialogs == []
        strays = [u for u in requests if not u.startswith(base + "/")]
        assert strays == [], strays
        assert {u.split("?")[0] for u in requests} <= {base + p.split("?")[0] for p in paths} | {
            base + "/static/style.css"}
        # the watchers see what they watch for: a script that did run would have been caught
        page.evaluate("() => { document.body.append('x'); alert('control'); fetch('http://127.0.0.9:9/'); }")
        page.wait_for_timeout(300)
        assert page.evaluate("window.__changes") > 0 and dialogs == ["control"]
        assert any(u.startswith("http://127.0.0.9:9/") for u in requests)
        page.close()
    context.close()
    assert all((OUT / f"hostile-documents-{d['id']}.png").exists() for d in docs if "alert(" in d["title"])
    assert (OUT / "hostile-films-fbcc4ce1fabe.png").exists()
