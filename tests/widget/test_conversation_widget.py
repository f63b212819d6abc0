"""The widget keeps the chat and the treatment date for the tab and sends them with each question, in the real
browser against the real service: a follow-up is read with the question before it and says how it was read, and
a look-or-feel question is answered for the day after treatment the client is on."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, Route, expect

from tests.widget.chat import ask, posted
from tests.widget.conftest import LiveServer

# Looked at by a person after a change to the widget; not committed (.gitignore).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DATE_LABEL = "When was your treatment?"


@pytest.fixture(scope="module", autouse=True)
def screenshots() -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    return SCREENSHOTS


@pytest.fixture()
def sent(page: Page) -> list[dict[str, Any]]:
    """The bodies of the questions the page sent, in order."""
    return posted(page, "/v1/answer")


def open_panel(page: Page) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    expect(page.get_by_label("Your question")).to_be_focused()


def last_bot(page: Page):
    return page.locator(".msg.bot[data-type]").last


def days_ago(n: int) -> date:
    """A date n days before the service's today (it counts days in UTC by default)."""
    return datetime.now(UTC).date() - timedelta(days=n)


def shown(day: date) -> str:
    """As the widget shows a treatment date: with its year when not this one, and how long ago it was."""
    ago = (date.today() - day).days
    since = "today" if ago == 0 else "yesterday" if ago == 1 else f"{ago:,} days ago"
    return f"{day.day} {day:%B}" + ("" if day.year == date.today().year else f" {day.year}") + f" ({since})"


def show_top_of(page: Page, locator, block: str) -> None:
    """Scroll the chat so a screenshot shows this part of an answer, not the end the chat scrolls to."""
    locator.evaluate(f"e => e.scrollIntoView({{block: '{block}'}})")


def save_date(page: Page, day: date) -> None:
    page.get_by_label(DATE_LABEL).fill(day.isoformat())
    page.get_by_role("button", name="Save date").click()
    expect(page.locator(".when")).to_have_text(f"Treatment date: {shown(day)} · Change")


def test_a_follow_up_is_sent_with_the_earlier_question_and_shows_how_it_was_read(page: Page,
                                                                                  sent: list[dict[str, Any]]) -> None:
    open_panel(page)
    with page.expect_response("**/v1/answer") as first:
        ask(page, "can I work out tomorrow?")
    cited = list(dict.fromkeys(c["doc_id"] for c in first.value.json()["citations"]))
    ask(page, "and makeup?")
    expect(last_bot(page).locator(".read-as")).to_have_text("Read with your earlier question: “can I work out tomorrow?”")
    assert [body["context"]["previous"] for body in sent] == [
        [], [{"question": "can I work out tomorrow?", "type": "answer", "doc_ids": cited}]]
    show_top_of(page, last_bot(page).locator(".read-as"), "center")
    page.screenshot(path=SCREENSHOTS / "follow-up-read-as.png")


def test_a_standalone_question_shows_no_read_as_line(page: Page) -> None:
    open_panel(page)
    ask(page, "When can I wear makeup again?")
    expect(last_bot(page)).to_have_attribute("data-type", "answer")
    expect(last_bot(page).locator(".read-as")).to_have_count(0)


def test_only_the_last_ten_earlier_questions_are_sent_oldest_first(page: Page, sent: list[dict[str, Any]]) -> None:
    open_panel(page)
    questions = [f"is redness normal on day {n}?" for n in range(1, 13)]
    for question in questions:
        ask(page, question)
    assert len(sent) == 12  # none was refused and sent again without its context
    assert [turn["question"] for turn in sent[-1]["context"]["previous"]] == questions[1:11]


def test_the_date_prompt_is_shown_once_and_skipping_it_sends_no_date(page: Page, sent: list[dict[str, Any]]) -> None:
    open_panel(page)
    prompt = page.locator(".when")
    expect(page.get_by_label(DATE_LABEL)).to_have_attribute("max", date.today().isoformat())
    page.screenshot(path=SCREENSHOTS / "date-prompt.png")
    page.get_by_role("button", name="Skip").click()
    expect(prompt).to_have_text("Treatment date: not given · Add")
    expect(page.get_by_label("Your question")).to_be_focused()
    ask(page, "is flaking normal?")
    expect(last_bot(page).locator(".answer-text")).not_to_have_text(re.compile(r"^Day \d+ after treatment:"))
    assert sent[-1]["context"]["treatment_date"] is None
    page.reload()
    expect(prompt).to_have_text("Treatment date: not given · Add")


def test_a_question_asked_before_answering_the_prompt_is_answered_and_sends_no_date(
        page: Page, sent: list[dict[str, Any]]) -> None:
    open_panel(page)
    ask(page, "Is peeling normal?")
    expect(last_bot(page)).to_have_attribute("data-type", "answer")
    expect(page.get_by_label(DATE_LABEL)).to_be_visible()
    assert sent[-1]["context"] == {"previous": [], "treatment_date": None}


def test_a_chosen_date_is_sent_and_a_flaking_question_is_answered_for_that_day(page: Page,
                                                                               sent: list[dict[str, Any]]) -> None:
    treated = days_ago(4)
    open_panel(page)
    save_date(page, treated)
    ask(page, "is flaking normal?")
    assert sent[-1]["context"]["treatment_date"] == treated.isoformat()
    expect(last_bot(page).locator(".answer-text")).to_have_text(re.compile(r"^Day 4 after treatment:"))
    show_top_of(page, last_bot(page), "start")
    page.screenshot(path=SCREENSHOTS / "day-aware-answer.png")


def test_the_date_can_be_changed_and_then_cleared(page: Page, sent: list[dict[str, Any]]) -> None:
    open_panel(page)
    save_date(page, days_ago(2))
    page.get_by_role("button", name="Change treatment date").click()
    expect(page.get_by_label(DATE_LABEL)).to_have_value(days_ago(2).isoformat())
    save_date(page, days_ago(6))
    ask(page, "is flaking normal?")
    assert sent[-1]["context"]["treatment_date"] == days_ago(6).isoformat()
    expect(last_bot(page).locator(".answer-text")).to_have_text(re.compile(r"^Day 6 after treatment:"))
    page.get_by_role("button", name="Change treatment date").click()
    page.screenshot(path=SCREENSHOTS / "date-editing.png")
    page.get_by_role("button", name="Clear treatment date").click()
    expect(page.locator(".when")).to_have_text("Treatment date: not given · Add")
    ask(page, "is flaking normal?")
    assert sent[-1]["context"]["treatment_date"] is None


def test_a_future_date_is_refused_with_a_message_and_not_kept(page: Page) -> None:
    open_panel(page)
    box = page.get_by_label(DATE_LABEL)
    box.fill((date.today() + timedelta(days=1)).isoformat())
    page.get_by_role("button", name="Save date").click()
    expect(page.locator("#when-problem")).to_have_text("The treatment date cannot be in the future.")
    expect(box).to_be_focused()
    expect(box).to_have_attribute("aria-invalid", "true")
    page.screenshot(path=SCREENSHOTS / "date-future-refused.png")


def test_the_date_prompt_works_with_the_keyboard(page: Page) -> None:
    open_panel(page)
    box = page.get_by_label(DATE_LABEL)
    page.get_by_role("button", name="Skip the treatment date").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Your question")).to_be_focused()
    page.get_by_role("button", name="Add treatment date").focus()
    page.keyboard.press("Enter")
    expect(box).to_be_focused()
    box.fill(days_ago(3).isoformat())
    page.keyboard.press("Enter")
    change = page.get_by_role("button", name="Change treatment date")
    expect(change).to_be_focused()
    expect(page.locator(".when")).to_have_text(f"Treatment date: {shown(days_ago(3))} · Change")


@pytest.fixture()
def second_context_page(browser: Browser, live: LiveServer) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    page = context.new_page()
    page.goto(live.url + "/")
    yield page
    context.close()


def test_the_date_is_kept_in_session_storage_only(page: Page, second_context_page: Page) -> None:
    open_panel(page)
    save_date(page, days_ago(5))
    page.reload()
    expect(page.locator(".when")).to_have_text(f"Treatment date: {shown(days_ago(5))} · Change")
    stored = page.evaluate("() => [Object.values(sessionStorage).join(' '), localStorage.length, document.cookie]")
    assert (days_ago(5).isoformat() in stored[0], stored[1:]) == (True, [0, ""])
    open_panel(second_context_page)
    expect(second_context_page.get_by_label(DATE_LABEL)).to_have_value("")


def test_a_context_the_service_refuses_does_not_stop_the_question_being_answered(page: Page,
                                                                                  sent: list[dict[str, Any]]) -> None:
    def too_long_a_chat(route: Route) -> None:
        body = route.request.post_data_json
        if body["context"] is not None:  # as an old tab's stored chat might be: the service takes at most 10
            body["context"]["previous"] = [{"question": f"question {n}?"} for n in range(11)]
        route.continue_(post_data=json.dumps(body))

    page.route("**/v1/answer", too_long_a_chat)
    open_panel(page)
    ask(page, "When can I wear makeup again?")
    expect(last_bot(page)).to_have_attribute("data-type", "answer")
    assert [body["context"] is None for body in sent] == [False, True]


def test_a_treatment_date_a_year_back_shows_its_year_and_how_many_days_ago_it_was(page: Page) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    year_back = date.today() - timedelta(days=365)
    save_date(page, year_back)
    expect(page.locator(".when")).to_contain_text(f"{year_back.year} (365 days ago)")
