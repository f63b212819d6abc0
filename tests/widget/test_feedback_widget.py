"""The thumbs under each answer in the real browser: a vote reaches the service's database, by mouse or keyboard,
and the client is thanked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from bot.feedback.store import FeedbackStore, Vote
from tests.widget import chat
from tests.widget.conftest import SHOTS, LiveServer, serve_live


@pytest.fixture(scope="module")
def votes_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('votes') / 'feedback.sqlite3'}"


@pytest.fixture(scope="module")
def live(corpus_index, service, votes_url: str) -> Iterator[LiveServer]:
    """The widget's usual live server, with a votes database of this module's own."""
    yield from serve_live(corpus_index, service, lambda url: {"allowed_origins": [url], "feedback_database_url": votes_url})


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


def test_the_keyboard_reaches_the_thumbs_down_and_focus_moves_to_the_thank_you(page: Page, votes_url: str) -> None:
    before = len(votes(votes_url))
    ask(page, "How much does a session cost?")
    answer = last_bot(page)
    expect(answer).to_have_attribute("data-type", "no_answer")
    answer.get_by_role("button", name="Helpful", exact=True).focus()
    page.keyboard.press("Tab")
    down = answer.get_by_role("button", name="Not helpful")
    expect(down).to_be_focused()
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
    status = last_bot(page).get_by_role("status")
    expect(status).to_have_text("Sorry, that didn't send. Please try again.")
    expect(status).to_be_in_viewport()
    expect(last_bot(page).locator("button.thumb")).to_have_count(2)
    page.screenshot(path=SHOTS / "feedback-not-sent.png")
