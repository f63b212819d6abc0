"""The widget for people who use a keyboard, a screen reader, large text or low vision, checked in the real browser:
axe-core (shipped by axe-playwright-python) over every state a client meets, and what axe does not measure
(focus, landmarks, contrast of outlines and borders, the clinic's accent colour, text size) measured directly."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from tests.widget.chat import ask
from tests.widget.conftest import SHOTS, LiveServer

BLOCKING_IMPACTS = ("serious", "critical")
HOST_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic page</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header><h1>Clinic</h1></header><main><p>Aftercare.</p><a id="elsewhere" href="#top">A link on the page</a></main>
<script src="/widget.js" data-clinic="Glow Clinic" data-accent="{accent}"></script></body></html>"""
# Contrast ratio of two CSS colours as the WCAG defines it, computed in the page from the computed styles.
CONTRAST_JS = """([a, b]) => {
  const lum = (c) => { const [r, g, bl] = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number).map((v) => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl; };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}"""


def blocking_violations(page: Page) -> list[str]:
    results = Axe().run(page)
    return [f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
            for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]


def contrast(page: Page, a: str, b: str) -> float:
    return round(page.evaluate(CONTRAST_JS, [a, b]), 2)


def widget(page: Page, selector: str):
    return page.locator("#aftercare-widget").locator(selector)


def open_panel(page: Page) -> None:
    page.get_by_role("button", name="Aftercare questions").click()
    expect(page.get_by_label("Your question")).to_be_focused()


def last_bot(page: Page):
    return page.locator(".msg.bot[data-type], .msg.bot.error").last


def host_page(page: Page, live: LiveServer, accent: str) -> None:
    """A clinic's own page with the widget tag, served from the bot's origin so the API allows it."""
    page.route(live.url + "/clinic-page", lambda route: route.fulfill(
        status=200, content_type="text/html", body=HOST_PAGE.format(accent=accent)))
    page.goto(live.url + "/clinic-page")


def closed(page: Page) -> None:
    expect(page.get_by_role("button", name="Aftercare questions")).to_be_visible()


def opened(page: Page) -> None:
    open_panel(page)


def answered(page: Page) -> None:
    open_panel(page)
    ask(page, "When can I wear makeup again?")
    expect(last_bot(page)).to_have_attribute("data-type", "answer")


def citation_open(page: Page) -> None:
    answered(page)
    last_bot(page).locator("button.cite").first.click()
    expect(last_bot(page).locator("details[open]").first).to_be_visible()


def escalated(page: Page) -> None:
    open_panel(page)
    ask(page, "there's yellow pus coming out of my cheek and I have a fever")
    expect(last_bot(page)).to_have_attribute("data-type", "escalation")


def not_answered(page: Page) -> None:
    open_panel(page)
    ask(page, "How much does a session cost?")
    expect(last_bot(page)).to_have_attribute("data-type", "no_answer")


def failed(page: Page) -> None:
    page.route("**/v1/answer", lambda route: route.abort())
    open_panel(page)
    ask(page, "Is peeling normal?")
    expect(page.locator(".msg.bot.error")).to_be_visible()


def date_refused(page: Page) -> None:
    open_panel(page)
    page.get_by_label("When was your treatment?").fill("2999-01-01")
    page.get_by_role("button", name="Save date").click()
    expect(widget(page, "#when-problem")).not_to_be_empty()


def date_editing(page: Page) -> None:
    open_panel(page)
    page.get_by_label("When was your treatment?").fill("2024-03-05")
    page.get_by_role("button", name="Save date").click()
    page.get_by_role("button", name="Change treatment date").click()
    expect(page.get_by_role("button", name="Clear treatment date")).to_be_visible()


def followed_up(page: Page) -> None:
    open_panel(page)
    page.get_by_role("button", name="Skip the treatment date").click()
    ask(page, "can I work out tomorrow?")
    ask(page, "and makeup?")
    expect(last_bot(page).locator(".read-as")).to_be_visible()


def commenting(page: Page) -> None:
    answered(page)
    last_bot(page).get_by_role("button", name="Not helpful").click()
    expect(last_bot(page).get_by_label("What was missing? (optional)")).to_be_focused()


def commenting_on_an_escalation(page: Page) -> None:
    escalated(page)
    last_bot(page).get_by_role("button", name="Not helpful").click()
    expect(last_bot(page).get_by_label("What was missing? (optional)")).to_be_focused()


STATES: dict[str, Callable[[Page], None]] = {
    "closed": closed, "open": opened, "answer": answered, "citation-open": citation_open,
    "escalation": escalated, "no-answer": not_answered, "error": failed,
    "date-refused": date_refused, "date-editing": date_editing, "follow-up": followed_up,
    "comment-form": commenting, "comment-form-on-escalation": commenting_on_an_escalation,
}


@pytest.mark.parametrize("state", list(STATES))
def test_axe_finds_no_serious_or_critical_violation(page: Page, state: str) -> None:
    STATES[state](page)
    page.screenshot(path=SHOTS / f"a11y-{state}.png")
    assert blocking_violations(page) == []


@pytest.mark.parametrize("state", ["open", "answer", "date-editing", "follow-up", "comment-form"])
def test_axe_finds_no_serious_or_critical_violation_on_a_360_px_phone(browser, live: LiveServer, state: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True)
    page = context.new_page()
    page.goto(live.url + "/")
    STATES[state](page)
    page.screenshot(path=SHOTS / f"a11y-phone-{state}.png")
    violations = blocking_violations(page)
    context.close()
    assert violations == []


@pytest.mark.parametrize("accent", ["#e91e63", "#ffc107", "#2f6f73", "#000", "#fff", "#7f7f7f"])
def test_any_clinic_accent_gets_readable_text_and_axe_finds_no_contrast_failure(page: Page, live: LiveServer,
                                                                                 accent: str) -> None:
    host_page(page, live, accent)
    answered(page)
    page.screenshot(path=SHOTS / f"a11y-accent-{accent.lstrip('#')}.png")
    for selector in (".launcher", ".send", ".msg.user", ".head"):
        style = widget(page, selector).first.evaluate("e => [getComputedStyle(e).color, getComputedStyle(e).backgroundColor]")
        assert contrast(page, *style) >= 4.5, (selector, style)
    assert blocking_violations(page) == []


def test_sending_with_the_keyboard_keeps_focus_on_the_send_button(page: Page) -> None:
    open_panel(page)
    page.get_by_label("Your question").fill("Is peeling normal?")
    page.keyboard.press("Tab")
    send = page.get_by_role("button", name="Send")
    expect(send).to_be_focused()
    page.keyboard.press("Enter")
    expect(last_bot(page)).to_have_attribute("data-type", "answer")
    expect(send).to_be_focused()


def test_retry_with_the_keyboard_leaves_focus_in_the_widget(page: Page) -> None:
    failed(page)
    page.unroute("**/v1/answer")
    page.locator(".msg.bot.error").get_by_role("button", name="Retry").focus()
    page.keyboard.press("Enter")
    expect(last_bot(page)).to_have_attribute("data-type", "answer")
    expect(page.get_by_label("Your question")).to_be_focused()


def test_the_widget_adds_no_banner_landmark_and_its_dialog_is_named(page: Page) -> None:
    open_panel(page)
    expect(page.get_by_role("banner")).to_have_count(1)  # the clinic page's own header
    expect(page.get_by_role("dialog", name="Aftercare assistant · the clinic")).to_be_visible()


def test_escape_closes_the_widget_when_focus_is_elsewhere_on_the_page(page: Page, live: LiveServer) -> None:
    host_page(page, live, "#2f6f73")
    open_panel(page)
    page.locator("#elsewhere").focus()
    page.keyboard.press("Escape")
    expect(page.locator(".panel")).to_be_hidden()
    expect(page.locator("#elsewhere")).to_be_focused()


def test_the_focus_outline_and_the_question_box_border_stand_out_three_to_one_on_white(page: Page) -> None:
    page.get_by_role("button", name="Aftercare questions").focus()
    page.keyboard.press("Enter")
    box = widget(page, "#q")
    expect(box).to_be_focused()
    outline, border = box.evaluate("e => [getComputedStyle(e).outlineColor, getComputedStyle(e).borderTopColor]")
    assert box.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    assert (contrast(page, outline, "rgb(255, 255, 255)") >= 3, contrast(page, border, "rgb(255, 255, 255)") >= 3) == (
        True, True), (outline, border)


def test_the_widget_text_follows_the_reader_s_font_size(page: Page) -> None:
    page.evaluate("document.documentElement.style.fontSize = '24px'")
    open_panel(page)
    sizes = [widget(page, s).first.evaluate("e => getComputedStyle(e).fontSize") for s in (".launcher", "#q", ".log")]
    assert sizes == ["22.5px", "22.5px", "21px"]

