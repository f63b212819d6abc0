"""Bad input, abuse and privacy at the HTTP edge."""

import logging
import re

import pytest
from fastapi.testclient import TestClient

from bot.api import create_app


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
    assert codes == [413, 422, 422, 422, 200, 422]
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


def test_no_question_text_or_address_is_logged(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="aftercare.api"):
        body = client.post("/v1/answer", json={"question": "my name is Jane Doe and my nose is peeling"}).json()
    logged = caplog.text
    assert body["request_id"] in logged and f"type={body['type']}" in logged
    assert "Jane" not in logged and "peeling" not in logged and "testclient" not in logged
