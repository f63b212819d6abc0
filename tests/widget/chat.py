"""Talking to the widget the way a client does, shared by the browser tests."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Page, Request, expect


def ask(page: Page, question: str) -> None:
    """Type a question into the open panel, send it with Enter and wait until the reply has arrived."""
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")
    expect(page.locator(".typing")).to_have_count(0)


def posted(page: Page, path: str) -> list[dict[str, Any]]:
    """The JSON bodies the page POSTs to `path` from now on, in order; the real service still answers them."""
    bodies: list[dict[str, Any]] = []

    def keep(request: Request) -> None:
        if request.method == "POST" and request.url.endswith(path):
            bodies.append(request.post_data_json)

    page.on("request", keep)
    return bodies
