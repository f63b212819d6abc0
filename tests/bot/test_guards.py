"""Bad input, abuse and privacy at the HTTP edge."""

import logging
import re

import pytest
from fastapi.testclient import TestClient

from bot.web.api import create_app


def test_a_one_megabyte_body_is_refused_with_413(client: TestClient) -> None:
    response = client.post("/v1/answer", content=b'{"question": "' + b"a" * 1_000_000 + b'"}',
                           headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"


def test_a_streamed_body_without_length_is_cut_off_at_the_limit(client: TestClient) -> None:
    def chunks():
        yield b'{"question": "'
        for _ in range(100):
            yield b"a" * 10_000
        yield b'"}'

    response = client.post("/v1/answer", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_the_service_keeps_answering_after_every_kind_of_bad_request(client: TestClient) -> None:
    bodies = [b"x" * 1_000_000, b"not json at all", b'{"question": 42}', b"{}", b'{"question": "\u0000\u0000"}',
              b'{"question": "' + b"\xff\xfe" * 10 + b'"}']
    codes = [client.post("/v1/answer", content=raw, headers={"content-type": "application/json"}).status_code
             for raw in bodies]
    assert codes == [413, 422, 422, 422, 422, 422]
    body = client.post("/v1/answer", json={"question": "When can I wear makeup again?"}).json()
    assert body["type"] == "answer" and re.search(r"24 ?(–|-|to) ?48 hours", body["answer"])


@pytest.mark.parametrize("question", [
    "is flaking\x00 normal\x07 on day 4?", "🙂🙂 when can I wear makeup? 💄", "متى يمكنني وضع المكياج؟",
    "a" * 900, "<script>alert(1)</script> when can I wear makeup?",
])
def test_odd_but_valid_questions_get_a_normal_json_reply(client: TestClient, question: str) -> None:
    response = client.post("/v1/answer", json={"question": question})
    assert response.status_code == 200
    assert response.json()["type"] in ("answer", "no_answer", "escalation")
    assert "<script>" not in response.json()["answer"]


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/widget.js", "/healthz"):
        headers = client.get(path).headers
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
    assert "script-src 'self'" in client.get("/").headers["content-security-policy"]
    assert client.get("/healthz").headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"


def test_the_rate_limit_answers_429_with_retry_after(corpus_index, service) -> None:
    settings = corpus_index.settings.model_copy(update={"rate_limit_per_minute": 3})
    with TestClient(create_app(settings, state=service)) as limited:
        codes = [limited.post("/v1/answer", json={"question": "When can I wear makeup?"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        refused = limited.post("/v1/answer", json={"question": "When can I wear makeup?"})
        assert refused.json()["error"]["code"] == "rate_limited"
        assert 1 <= int(refused.headers["retry-after"]) <= 60
        assert limited.get("/healthz").status_code == 200


def test_votes_are_rate_limited_in_a_window_of_their_own(corpus_index, service, tmp_path) -> None:
    settings = corpus_index.settings.model_copy(update={"rate_limit_per_minute": 2,
                                                        "feedback_database_url": f"sqlite:///{tmp_path / 'votes.db'}"})
    with TestClient(create_app(settings, state=service)) as limited:
        ids = [limited.post("/v1/answer", json={"question": "When can I wear makeup?"}).json()["request_id"]
               for _ in range(2)]
        votes = [limited.post("/v1/feedback", json={"request_id": i, "helpful": True}).status_code for i in [*ids, ids[0]]]
    assert votes == [201, 201, 429]


def test_no_question_text_or_address_is_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="aftercare.api"):
        body = client.post("/v1/answer", json={"question": "my name is Jane Doe and my nose is peeling"}).json()
    logged = caplog.text
    assert body["request_id"] in logged and f"type={body['type']}" in logged
    assert "Jane" not in logged and "peeling" not in logged and "testclient" not in logged


def post_raw(client: TestClient, body: bytes):
    return client.post("/v1/answer", content=body, headers={"content-type": "application/json"})


@pytest.mark.parametrize("escaped", [
    r"\ud800 When can I wear makeup again?", r"When can I wear makeup again?\udfff",
    r"When can I wear makeup again? \ud83d",
])
def test_a_lone_surrogate_is_dropped_and_the_rest_of_the_question_answered(client: TestClient, escaped: str) -> None:
    plain = client.post("/v1/answer", json={"question": "When can I wear makeup again?"}).json()
    response = post_raw(client, b'{"question": "' + escaped.encode() + b'"}')
    assert response.status_code == 200, response.text
    assert response.json()["answer"] == plain["answer"]


def test_a_question_of_only_a_lone_surrogate_is_refused_as_empty(client: TestClient) -> None:
    response = post_raw(client, rb'{"question": "\udfff"}')
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "empty_question"


@pytest.mark.parametrize("hidden", ["\u200b", "\u00ad", "\u2060", "\ufeff"])
def test_an_invisible_character_inside_a_word_does_not_change_the_answer(client: TestClient, hidden: str) -> None:
    plain = client.post("/v1/answer", json={"question": "When can I wear makeup again?"}).json()
    response = client.post("/v1/answer", json={"question": f"When can I wear make{hidden}up again?"}).json()
    assert (response["type"], response["answer"]) == (plain["type"], plain["answer"])


ORIGIN = "http://127.0.0.1:8000"  # allowed by default: the demo page
PREFLIGHT = {"origin": ORIGIN, "access-control-request-method": "POST", "access-control-request-headers": "content-type"}


def test_a_cors_preflight_does_not_count_against_the_question_budget(corpus_index, service) -> None:
    settings = corpus_index.settings.model_copy(update={"rate_limit_per_minute": 2})
    with TestClient(create_app(settings, state=service)) as limited:
        preflights = [limited.options("/v1/answer", headers=PREFLIGHT).status_code for _ in range(5)]
        questions = [limited.post("/v1/answer", json={"question": "When can I wear makeup?"}, headers={"origin": ORIGIN})
                     .status_code for _ in range(2)]
    assert preflights == [200] * 5
    assert questions == [200, 200]


def test_a_429_is_readable_by_the_allowed_origin_with_retry_after_exposed(corpus_index, service) -> None:
    settings = corpus_index.settings.model_copy(update={"rate_limit_per_minute": 1})
    with TestClient(create_app(settings, state=service)) as limited:
        for _ in range(2):
            refused = limited.post("/v1/answer", json={"question": "When can I wear makeup?"}, headers={"origin": ORIGIN})
    assert refused.status_code == 429
    assert refused.headers["access-control-allow-origin"] == ORIGIN
    assert refused.headers["access-control-expose-headers"].lower() == "retry-after"
    assert 1 <= int(refused.headers["retry-after"]) <= 60


def test_a_413_from_the_body_limit_is_readable_by_the_allowed_origin(client: TestClient) -> None:
    response = client.post("/v1/answer", content=b'{"question": "' + b"a" * 20_000 + b'"}',
                           headers={"content-type": "application/json", "origin": ORIGIN})
    assert response.status_code == 413
    assert response.headers["access-control-allow-origin"] == ORIGIN


def test_a_foreign_origin_gets_no_cors_header_on_an_error(client: TestClient) -> None:
    response = client.post("/v1/answer", content=b'{"question": "' + b"a" * 20_000 + b'"}',
                           headers={"content-type": "application/json", "origin": "https://evil.example"})
    assert response.status_code == 413
    assert "access-control-allow-origin" not in response.headers


def test_the_host_header_is_never_reflected_in_a_redirect(client: TestClient) -> None:
    response = client.get("/healthz/", headers={"host": "evil.example"}, follow_redirects=False)
    assert response.status_code == 404
    assert "location" not in response.headers
    assert "evil.example" not in response.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32"])
def test_a_body_that_is_not_utf8_gets_422(client: TestClient, encoding: str) -> None:
    response = post_raw(client, '{"question": "When can I wear makeup again?"}'.encode(encoding))
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_request"


def test_a_utf8_body_with_a_byte_order_mark_is_read(client: TestClient) -> None:
    response = post_raw(client, '\ufeff{"question": "When can I wear makeup again?"}'.encode())
    assert response.status_code == 200
    assert response.json()["type"] == "answer"


def test_json_nested_too_deeply_gets_422_saying_so(client: TestClient) -> None:
    response = post_raw(client, b"[" * 5000 + b"]" * 5000)
    assert response.status_code == 422
    assert response.json()["error"] == {
        "code": "invalid_request", "message": 'body: JSON nested too deeply (about 1,000 levels at most); send {"question": "..."}'}
