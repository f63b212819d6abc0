"""The thumbs under each answer in the real browser: a vote reaches the service's database, by mouse or keyboard,
and the client is thanked; a thumbs-down may carry an optional comment, typed in a small form under the answer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, Route, expect

from bot.feedback.store import FeedbackStore, Vote
from tests.widget import chat
from tests.widget.chat import posted
from tests.widget.conftest import SHOTS, LiveServer, serve_live

# Looked at by a person after a change to the widget; not committed (.gitignore).
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
COMMENT_LABEL = "What was missing? (optional)"


@pytest.fixture(scope="module")
def votes_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('votes') / 'feedback.sqlite3'}"


@pytest.fixture(scope="module")
def live(corpus_index, service, votes_url: str) -> Iterator[LiveServer]:
    """The widget's usual live server, with a votes database of this module's own."""
    yield from serve_live(corpus_index, service, lambda url: {"allowed_origins": [url], "feedback_database_url": votes_url})


@pytest.fixture()
def sent(page: Page) -> list[dict[str, Any]]:
    """The bodies of the votes the page sent, in order."""
    return posted(page, "/v1/feedback")


def votes(url: str) -> list[Vote]:
    return FeedbackStore(url).votes()


def ask(page: Page, question: str) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    chat.ask(page, question)


def last_bot(page: Page):
    return page.locator(".msg.bot[data-type]").last


def test_each_answer_shows_thumbs_up_and_down_under_it(page: Page) -> None:
    ask(page, "When can I wear makeup again?")
    group = last_bot(page).get_by_role("group", name="Was this answer helpful?")
    expect(group.get_by_role("button", name="Helpful", exact=True)).to_be_visible()
    expect(group.get_by_role("button", name="Not helpful")).to_be_visible()
    last_bot(page).scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "feedback-thumbs.png")


def test_a_thumbs_up_is_recorded_with_the_answer_s_sources_and_thanked(page: Page, votes_url: str) -> None:
    before = len(votes(votes_url))
    ask(page, "When can I wear makeup again?")
    last_bot(page).get_by_role("button", name="Helpful", exact=True).click()
    expect(last_bot(page).locator(".thanks")).to_have_text("Thanks for your feedback!")
    expect(last_bot(page).get_by_role("button", name="Helpful", exact=True)).to_have_count(0)
    page.screenshot(path=SHOTS / "feedback-thanks.png")
    new = votes(votes_url)[before:]
    assert [(v.helpful, v.answered.answer_type) for v in new] == [(True, "answer")]
    assert "how-many-sessions" in {c.doc_id for c in new[0].answered.cited}


def test_the_keyboard_reaches_the_thumbs_down_its_comment_box_and_then_the_thank_you(page: Page,
                                                                                     votes_url: str) -> None:
    before = len(votes(votes_url))
    ask(page, "How much does a session cost?")
    answer = last_bot(page)
    expect(answer).to_have_attribute("data-type", "no_answer")
    answer.get_by_role("button", name="Helpful", exact=True).focus()
    page.keyboard.press("Tab")
    down = answer.get_by_role("button", name="Not helpful")
    expect(down).to_be_focused()
    page.keyboard.press("Enter")
    expect(answer.get_by_label(COMMENT_LABEL)).to_be_focused()
    page.keyboard.press("Tab")
    expect(answer.get_by_role("button", name="Send feedback")).to_be_focused()
    page.keyboard.press("Tab")
    expect(answer.get_by_role("button", name="Skip comment")).to_be_focused()
    page.keyboard.press("Enter")
    expect(answer.locator(".thanks")).to_be_focused()
    page.screenshot(path=SHOTS / "feedback-keyboard-thanks.png")
    assert [(v.helpful, v.answered.answer_type) for v in votes(votes_url)[before:]] == [(False, "no_answer")]


def test_a_vote_is_remembered_across_a_reload_and_not_offered_again(page: Page) -> None:
    ask(page, "Is peeling normal?")
    last_bot(page).get_by_role("button", name="Helpful", exact=True).click()
    expect(last_bot(page).locator(".thanks")).to_be_visible()
    page.reload()
    expect(last_bot(page).locator(".thanks")).to_have_text("Thanks for your feedback!")
    expect(last_bot(page).locator("button.thumb")).to_have_count(0)


def test_a_vote_that_cannot_be_sent_says_so_and_keeps_the_thumbs(page: Page) -> None:
    ask(page, "Is peeling normal?")
    page.route("**/v1/feedback", lambda route: route.abort())
    last_bot(page).get_by_role("button", name="Not helpful").click()
    last_bot(page).get_by_label(COMMENT_LABEL).fill("It didn't say for how long")
    last_bot(page).get_by_role("button", name="Send feedback").click()
    status = last_bot(page).get_by_role("status")
    expect(status).to_have_text("Sorry, that didn't send. Please try again.")
    expect(status).to_be_in_viewport()
    expect(last_bot(page).locator("button.thumb")).to_have_count(2)
    expect(last_bot(page).get_by_label(COMMENT_LABEL)).to_have_value("It didn't say for how long")
    page.screenshot(path=SHOTS / "feedback-not-sent.png")



def test_a_thumbs_up_is_sent_at_once_without_a_comment_form(page: Page, sent: list[dict[str, Any]]) -> None:
    ask(page, "Is peeling normal?")
    last_bot(page).get_by_role("button", name="Helpful", exact=True).click()
    expect(last_bot(page).locator(".thanks")).to_have_text("Thanks for your feedback!")
    expect(page.get_by_label(COMMENT_LABEL)).to_have_count(0)
    assert [(b["helpful"], b["comment"]) for b in sent] == [(True, None)]


def test_a_thumbs_down_opens_the_comment_form_and_sends_nothing_yet(page: Page, sent: list[dict[str, Any]]) -> None:
    ask(page, "When can I wear makeup again?")
    last_bot(page).get_by_role("button", name="Not helpful").click()
    box = last_bot(page).get_by_label(COMMENT_LABEL)
    expect(box).to_be_focused()
    expect(last_bot(page).get_by_role("button", name="Send feedback")).to_be_visible()
    expect(last_bot(page).get_by_role("button", name="Skip comment")).to_be_visible()
    last_bot(page).scroll_into_view_if_needed()
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "feedback-comment-form.png")
    assert sent == []


def test_a_thumbs_down_with_a_comment_sends_it_and_the_database_keeps_it_redacted(
        page: Page, votes_url: str, sent: list[dict[str, Any]]) -> None:
    before = len(votes(votes_url))
    comment = "Didn't say how long. I'm Jane Doe, call me on 07700 900123"
    ask(page, "When can I wear makeup again?")
    last_bot(page).get_by_role("button", name="Not helpful").click()
    last_bot(page).get_by_label(COMMENT_LABEL).fill(comment)
    last_bot(page).get_by_role("button", name="Send feedback").click()
    expect(last_bot(page).locator(".thanks")).to_be_focused()
    assert [(b["helpful"], b["comment"]) for b in sent] == [(False, comment)]
    assert [(v.helpful, v.comment) for v in votes(votes_url)[before:]] == [
        (False, "Didn't say how long. I'm [name], call me on [phone]")]


def test_the_comment_is_not_kept_in_the_tab_s_storage(page: Page) -> None:
    ask(page, "When can I wear makeup again?")
    last_bot(page).get_by_role("button", name="Not helpful").click()
    last_bot(page).get_by_label(COMMENT_LABEL).fill("Nothing about sunscreen")
    last_bot(page).get_by_role("button", name="Send feedback").click()
    expect(last_bot(page).locator(".thanks")).to_be_visible()
    stored = page.evaluate("() => Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)).join(' ')")
    assert ("down" in stored, "sunscreen" in stored) == (True, False)


def test_skip_sends_the_thumbs_down_without_a_comment(page: Page, votes_url: str, sent: list[dict[str, Any]]) -> None:
    before = len(votes(votes_url))
    ask(page, "When can I wear makeup again?")
    last_bot(page).get_by_role("button", name="Not helpful").click()
    last_bot(page).get_by_label(COMMENT_LABEL).fill("typed, then thought better of it")
    last_bot(page).get_by_role("button", name="Skip comment").click()
    expect(last_bot(page).locator(".thanks")).to_have_text("Thanks for your feedback!")
    assert [(b["helpful"], b["comment"]) for b in sent] == [(False, None)]
    assert [(v.helpful, v.comment) for v in votes(votes_url)[before:]] == [(False, None)]


def test_escape_in_the_comment_box_skips_and_leaves_the_chat_open(page: Page, votes_url: str,
                                                                   sent: list[dict[str, Any]]) -> None:
    before = len(votes(votes_url))
    ask(page, "When can I wear makeup again?")
    last_bot(page).get_by_role("button", name="Not helpful").click()
    expect(last_bot(page).get_by_label(COMMENT_LABEL)).to_be_focused()
    page.keyboard.press("Escape")
    expect(last_bot(page).locator(".thanks")).to_be_focused()
    expect(page.get_by_role("dialog")).to_be_visible()
    assert [(b["helpful"], b["comment"]) for b in sent] == [(False, None)]
    assert [(v.helpful, v.comment) for v in votes(votes_url)[before:]] == [(False, None)]


def test_a_comment_cannot_be_typed_past_1000_characters(page: Page, sent: list[dict[str, Any]]) -> None:
    ask(page, "When can I wear makeup again?")
    last_bot(page).get_by_role("button", name="Not helpful").click()
    box = last_bot(page).get_by_label(COMMENT_LABEL)
    box.focus()
    page.keyboard.insert_text("a" * 990)
    page.keyboard.type("b" * 20)
    expect(box).to_have_value("a" * 990 + "b" * 10)
    last_bot(page).get_by_role("button", name="Send feedback").click()
    expect(last_bot(page).locator(".thanks")).to_be_visible()
    assert [len(b["comment"]) for b in sent] == [1000]


def request_id_of_last_answer(page: Page) -> str:
    return page.evaluate("""() => { const chat = JSON.parse(sessionStorage.getItem(Object.keys(sessionStorage)
        .find((k) => k.startsWith('aftercare-widget:'))));
        return chat.messages.filter((m) => m.role === 'bot').pop().response.request_id; }""")


def test_an_answer_voted_on_already_says_so_and_drops_the_thumbs(page: Page, live: LiveServer) -> None:
    ask(page, "Is peeling normal?")
    first = page.request.post(live.url + "/v1/feedback", data={
        "request_id": request_id_of_last_answer(page), "helpful": True, "comment": None})
    assert first.status == 201
    last_bot(page).get_by_role("button", name="Helpful", exact=True).click()
    expect(last_bot(page).locator(".thanks")).to_have_text("This answer already has a vote. Thanks!")
    expect(last_bot(page).locator("button.thumb")).to_have_count(0)


def altered_vote(change: dict[str, Any]):
    """Pass the widget's vote on to the real service with some fields changed, as a stale or broken page would."""
    def handle(route: Route) -> None:
        route.continue_(post_data=json.dumps({**route.request.post_data_json, **change}))
    return handle


def test_an_answer_the_service_does_not_know_says_it_can_no_longer_be_rated(page: Page) -> None:
    ask(page, "Is peeling normal?")
    page.route("**/v1/feedback", altered_vote({"request_id": "signed-by-another-deployment"}))
    last_bot(page).get_by_role("button", name="Helpful", exact=True).click()
    expect(last_bot(page).locator(".thanks")).to_have_text("This answer can no longer be rated.")
    expect(last_bot(page).locator("button.thumb")).to_have_count(0)


def test_a_comment_the_service_refuses_says_so_and_keeps_the_form(page: Page, votes_url: str) -> None:
    before = len(votes(votes_url))
    ask(page, "Is peeling normal?")
    page.route("**/v1/feedback", altered_vote({"comment": "x" * 1001}))
    last_bot(page).get_by_role("button", name="Not helpful").click()
    last_bot(page).get_by_label(COMMENT_LABEL).fill("Too long, as the service sees it")
    last_bot(page).get_by_role("button", name="Send feedback").click()
    expect(last_bot(page).get_by_role("status")).to_have_text(
        "Sorry, that comment wasn't accepted. Shorten it, or press Skip.")
    expect(last_bot(page).get_by_label(COMMENT_LABEL)).to_have_value("Too long, as the service sees it")
    assert votes(votes_url)[before:] == []
