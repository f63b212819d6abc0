"""The widget on a clinic's own site, calling the service on another origin, as deployed."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.utils.net import free_port
from tests.widget.conftest import SHOTS, LiveServer, serve_live

CLINIC_PORT = free_port()
CLINIC = f"http://localhost:{CLINIC_PORT}"  # the clinic's site: another origin than the service's 127.0.0.1


@pytest.fixture(scope="module")
def limited(corpus_index, service) -> Iterator[LiveServer]:
    """The service allowing the clinic's origin, one question a minute."""
    yield from serve_live(corpus_index, service, lambda _: {"allowed_origins": [CLINIC], "rate_limit_per_minute": 1})


@pytest.fixture(scope="module")
def clinic_site(limited: LiveServer) -> Iterator[str]:
    """The clinic's own page with the one-tag widget on it, served from its own loopback server."""
    html = (f'<!doctype html><html lang="en"><head><title>Glow Clinic</title></head><body><h1>Aftercare</h1>'
            f'<script src="{limited.url}/widget.js" data-api="{limited.url}" data-clinic="Glow Clinic" defer></script>'
            f"</body></html>").encode()

    class ClinicPage(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            self.send_response(200)
            self.send_header("content-type", "text/html; charset=utf-8")
            self.send_header("content-length", str(len(html)))
            self.end_headers()
            self.wfile.write(html)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", CLINIC_PORT), ClinicPage)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{CLINIC}/"
    server.shutdown()
    server.server_close()


@pytest.fixture()
def clinic_page(browser: Browser, clinic_site: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    page = context.new_page()
    page.goto(clinic_site)
    yield page
    context.close()


def ask(page: Page, question: str) -> None:
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")


def test_past_the_rate_limit_the_widget_says_how_long_to_wait(clinic_page: Page) -> None:
    clinic_page.get_by_role("button", name="Aftercare questions").click()
    ask(clinic_page, "When can I wear makeup again?")
    # The first question is answered although the browser sent a preflight before it: preflights are not questions.
    expect(clinic_page.locator(".msg.bot[data-type]").last).to_have_attribute("data-type", "answer")
    ask(clinic_page, "Is peeling normal?")
    error = clinic_page.locator(".msg.bot.error")
    expect(error).to_contain_text(re.compile(r"^Too many questions, try again in ([1-9]|[1-5][0-9]|60) s\."))
    clinic_page.screenshot(path=SHOTS / "rate-limited.png")
