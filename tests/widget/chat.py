"""Talking to the widget the way a client does, shared by the browser tests."""

from __future__ import annotations

from playwright.sync_api import Page, expect


def ask(page: Page, question: str) -> None:
    """Type a question into the open panel, send it with Enter and wait until the reply has arrived."""
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")
    expect(page.locator(".typing")).to_have_count(0)
