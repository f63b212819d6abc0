"""The widget in a real browser: what a client sees and does on the clinic's page."""

import re

from playwright.sync_api import Page, expect

from tests.widget.chat import ask, posted
from tests.widget.conftest import SHOTS, LiveServer


def open_and_ask(page: Page, question: str) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")


def last_bot(page: Page):
    return page.locator(".msg.bot[data-type]").last


def test_a_corpus_question_shows_the_answer_a_source_that_expands_and_the_disclaimer(page: Page) -> None:
    open_and_ask(page, "When can I wear makeup again?")
    answer = last_bot(page)
    expect(answer).to_have_attribute("data-type", "answer")
    expect(answer).to_contain_text(re.compile(r"24 ?(–|-|to) ?48 hours"))
    answer.locator("button.cite").first.click()
    source = answer.locator("details[open]").first
    expect(source).to_be_visible()
    expect(source.locator("summary")).to_contain_text("[1]")
    expect(source.locator("mark")).not_to_be_empty()
    expect(answer.locator(".disclaimer")).to_contain_text("not medical advice")
    page.screenshot(path=SHOTS / "answer-with-source.png")


def test_an_escalation_is_shown_as_a_warning_with_a_tel_link(page: Page) -> None:
    open_and_ask(page, "there's yellow pus coming out of my cheek and I have a fever")
    answer = last_bot(page)
    expect(answer).to_have_attribute("data-type", "escalation")
    expect(answer).to_have_attribute("role", "alert")
    expect(answer.locator("a.call")).to_have_attribute("href", "tel:+15550100")
    expect(answer.locator(".disclaimer")).to_be_visible()
    page.screenshot(path=SHOTS / "escalation.png")


def test_a_question_the_guides_do_not_cover_is_clearly_worded(page: Page) -> None:
    open_and_ask(page, "How much does a session cost?")
    expect(last_bot(page)).to_contain_text("I don't have that in my guides; please ask the clinic.")


def test_the_service_down_shows_an_error_and_retry_works_once_it_is_back(page: Page, live: LiveServer) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    live.stop()
    try:
        box = page.get_by_label("Your question")
        box.fill("Is peeling normal?")
        box.press("Enter")
        error = page.locator(".msg.bot.error")
        expect(error).to_contain_text("can't be reached")
        page.screenshot(path=SHOTS / "service-down.png")
    finally:
        live.start()
    error.get_by_role("button", name="Retry").click()
    expect(last_bot(page)).to_have_attribute("data-type", "answer")
    expect(page.locator(".msg.bot.error")).to_have_count(0)
    page.screenshot(path=SHOTS / "retry-after-recovery.png")


def test_markup_in_a_question_is_shown_as_text_and_never_runs(page: Page) -> None:
    attack = '<img src=x onerror="window.__xss=1">'
    open_and_ask(page, attack)
    expect(page.locator(".msg.user").last).to_have_text("You: " + attack)
    expect(last_bot(page)).to_be_visible()
    assert page.evaluate("window.__xss") is None
    assert page.locator("#aftercare-widget").evaluate("h => h.shadowRoot.querySelectorAll('img').length") == 0
    page.screenshot(path=SHOTS / "xss-as-text.png")


def test_a_360_px_phone_has_no_horizontal_scroll(browser, live: LiveServer) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(live.url + "/")
    open_and_ask(page, "How many sessions will I need?")
    expect(last_bot(page)).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    box = page.locator(".panel").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 360
    assert page.locator(".log").evaluate("l => l.scrollWidth <= l.clientWidth")
    page.screenshot(path=SHOTS / "phone-360.png")
    context.close()


def test_the_conversation_survives_a_reload_in_the_same_tab(page: Page) -> None:
    open_and_ask(page, "Is peeling normal?")
    expect(last_bot(page)).to_be_visible()
    page.reload()
    expect(page.locator(".msg.user")).to_have_text(["You: Is peeling normal?"])
    expect(last_bot(page)).to_be_visible()


def test_keyboard_escape_closes_the_panel_and_returns_focus(page: Page) -> None:
    launcher = page.get_by_role("button", name="Aftercare questions")
    launcher.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_label("Your question")).to_be_focused()
    page.keyboard.press("Escape")
    expect(page.locator(".panel")).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")


def test_suggestion_chips_ask_their_question(page: Page) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    page.get_by_role("button", name="When can I wear makeup again?").click()
    expect(page.locator(".msg.user").last).to_have_text("You: When can I wear makeup again?")
    expect(last_bot(page)).to_have_attribute("data-type", "answer")


def test_an_emergency_is_headed_and_first_linked_with_emergency_services_not_the_clinic(page: Page) -> None:
    open_and_ask(page, "my lips are swelling up and I can't breathe properly")
    answer = last_bot(page)
    expect(answer).to_have_attribute("data-type", "escalation")
    expect(answer.locator("strong.warn")).to_have_text("Call emergency services (911) now")
    expect(answer.locator("a.call").first).to_have_attribute("href", "tel:911")
    expect(answer.locator("a.call").nth(1)).to_have_attribute("href", "tel:+15550100")
    page.screenshot(path=SHOTS / "emergency.png")


def test_a_message_over_1000_characters_is_not_cut_or_sent_and_the_client_is_told_to_shorten_it(page: Page) -> None:
    sent = posted(page, "/v1/answer")
    page.get_by_role("button", name="Aftercare questions").click()
    message = "my skin has been peeling for days, " * 30 + "and now it is leaking pus and I have a fever"
    box = page.get_by_label("Your question")
    box.fill(message)
    box.press("Enter")
    expect(page.locator("#limit")).to_contain_text("was not sent: please shorten it to 1,000 or fewer")
    expect(box).to_have_value(message)
    assert sent == []
    page.screenshot(path=SHOTS / "over-the-limit.png")


def test_retry_under_an_older_failed_question_asks_that_question(page: Page) -> None:
    sent = posted(page, "/v1/answer")
    failing = {"left": 1}

    def fail_once(route) -> None:
        if failing["left"]:
            failing["left"] -= 1
            route.abort()
        else:
            route.continue_()

    page.route("**/v1/answer", fail_once)
    open_and_ask(page, "there's pus coming out and I have a fever")
    expect(page.locator(".msg.bot.error")).to_contain_text("can't be reached")
    ask(page, "can I wear makeup tomorrow?")
    page.locator(".msg.bot.error").get_by_role("button", name="Retry").click()
    expect(last_bot(page)).to_have_attribute("data-type", "escalation")
    assert [body["question"] for body in sent][-1] == "there's pus coming out and I have a fever"


def test_the_first_view_says_it_is_not_medical_advice_and_who_to_call_before_anything_is_asked(page: Page) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    expect(page.locator(".urgent")).to_have_text("General information from the clinic's guides, not medical advice. "
                                                 "Anything urgent: call the clinic on +1 555 0100, or 911 for trouble breathing.")
    page.screenshot(path=SHOTS / "first-view.png")


def test_a_screen_reader_hears_who_said_each_message(page: Page) -> None:
    open_and_ask(page, "Is peeling normal?")
    expect(last_bot(page)).to_be_visible()
    expect(page.locator(".msg.user .hidden-label")).to_have_text(["You: "])
    expect(last_bot(page).locator(".hidden-label").first).to_have_text("Assistant: ")
    assert page.locator(".msg.user .hidden-label").evaluate("e => e.getBoundingClientRect().width") <= 1


def test_after_a_suggestion_chip_is_pressed_by_keyboard_typing_goes_to_the_question_box(page: Page) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    chip = page.get_by_role("button", name="Is peeling normal?")
    chip.focus()
    chip.press("Enter")
    expect(last_bot(page)).to_be_visible()
    expect(page.get_by_label("Your question")).to_be_focused()


def test_a_question_the_guides_do_not_cover_gives_the_clinics_number_to_call(page: Page) -> None:
    open_and_ask(page, "How much does a session cost?")
    answer = last_bot(page)
    expect(answer).to_have_attribute("data-type", "no_answer")
    expect(answer.locator("a.call")).to_have_attribute("href", "tel:+15550100")
    page.screenshot(path=SHOTS / "no-answer-call.png")


def test_when_the_assistant_cannot_be_reached_the_error_gives_the_clinics_number(page: Page) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    expect(page.locator(".urgent")).to_contain_text("+1 555 0100")  # the clinic's number is known from the start
    page.route("**/v1/answer", lambda route: route.abort())
    ask(page, "Is peeling normal?")
    expect(page.locator(".msg.bot.error")).to_contain_text("For anything urgent, call the clinic on +1 555 0100.")
