"""A live uvicorn serving the real app, and headless Debian Chromium driven by Playwright."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from bot.web.api import create_app
from tests.utils.net import free_port, wait_until_up

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "widget"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


class LiveServer:
    """Start and stop the service on a fixed loopback port, as a clinic's deployment would come and go."""

    def __init__(self, app_factory) -> None:
        self.app_factory = app_factory
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server: uvicorn.Server | None = None
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        config = uvicorn.Config(self.app_factory(self.url), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        wait_until_up(f"{self.url}/readyz", timeout=30)

    def stop(self) -> None:
        assert self.server is not None and self.thread is not None
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve_live(corpus_index, service, settings_for: Callable[[str], dict[str, Any]]) -> Iterator[LiveServer]:
    """The shared engine behind a live server whose settings may depend on its own address."""
    def factory(url: str):
        return create_app(corpus_index.settings.model_copy(update=settings_for(url)), state=service)

    server = LiveServer(factory)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def live(corpus_index, service) -> Iterator[LiveServer]:
    yield from serve_live(corpus_index, service, lambda url: {"allowed_origins": [url]})


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make browser` (make test does it)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, live: LiveServer):
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    page = context.new_page()
    page.goto(live.url + "/")
    yield page
    context.close()
