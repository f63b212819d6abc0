"""The service under a real uvicorn with the options `aftercare serve` gives it: proxies, timeouts, logging."""

from __future__ import annotations

import concurrent.futures
import re
import socket
import time

import httpx
import pytest

from bot.web.api import create_app
from bot.web.serving import uvicorn_options
from evals.cases import load_cases
from tests.utils.net import served_in_thread


def limited_app(corpus_index, service, **update: object):
    settings = corpus_index.settings.model_copy(update={"rate_limit_per_minute": 3, **update})
    return create_app(settings, state=service), uvicorn_options(settings)


def ask_as(url: str, forwarded_for: str) -> int:
    return httpx.post(f"{url}/v1/answer", json={"question": "When can I wear makeup?"},
                      headers={"x-forwarded-for": forwarded_for}, timeout=30).status_code


def test_x_forwarded_for_from_loopback_does_not_reset_the_rate_limit_by_default(corpus_index, service) -> None:
    app, options = limited_app(corpus_index, service)
    with served_in_thread(app, **options) as url:
        codes = [ask_as(url, f"203.0.113.{i}") for i in range(1, 7)]
    assert codes == [200, 200, 200, 429, 429, 429]


def test_a_trusted_proxy_has_its_forwarded_client_address_counted(corpus_index, service) -> None:
    app, options = limited_app(corpus_index, service, trusted_proxies=["127.0.0.1"])
    with served_in_thread(app, **options) as url:
        first_client = [ask_as(url, "203.0.113.1") for _ in range(4)]
        second_client = ask_as(url, "203.0.113.2")
    assert first_client == [200, 200, 200, 429]
    assert second_client == 200


def test_a_trusted_proxy_that_is_not_an_address_is_refused_at_start() -> None:
    from aftercare.settings import Settings

    with pytest.raises(ValueError, match="each trusted proxy must be an IP address or network.*'proxy.local'"):
        Settings(trusted_proxies=["proxy.local"])


def test_each_answer_writes_its_request_id_type_and_latency_to_the_log(corpus_index, service, capfd) -> None:
    app, options = limited_app(corpus_index, service)
    with served_in_thread(app, **options) as url:
        body = httpx.post(f"{url}/v1/answer", json={"question": "my name is Jane Doe, is peeling normal?"}, timeout=30).json()
    logged = capfd.readouterr().err
    assert re.search(rf"INFO: +request_id={body['request_id']} type={body['type']} ms=\d+\.\d\n", logged), logged
    assert "Jane" not in logged and "peeling" not in logged


def test_a_body_that_stalls_gets_408_within_the_body_timeout(corpus_index, service) -> None:
    app, options = limited_app(corpus_index, service, body_timeout_seconds=1.0)
    with served_in_thread(app, **options) as url:
        port = int(url.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(b"POST /v1/answer HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
                         b"content-length: 60\r\n\r\n{\"question\": ")
            started = time.monotonic()
            reply = b""
            while chunk := sock.recv(4096):  # the server answers, then closes the connection
                reply += chunk
            waited = time.monotonic() - started
    assert reply.startswith(b"HTTP/1.1 408 ")
    assert b'"code": "body_timeout"' in reply
    assert 0.9 <= waited < 5


def test_a_poisoned_question_among_concurrent_good_ones_leaves_every_good_one_answered(corpus_index, service) -> None:
    """Questions embedded in one batch used to share the failure of a lone surrogate among them."""
    app, options = limited_app(corpus_index, service, rate_limit_per_minute=0)
    good = list(dict.fromkeys(c.question for c in load_cases("dev")))[:60]
    poisoned = [rb'{"question": "\ud800 can I wear makeup ' + str(i).encode() + rb'"}' for i in range(6)]
    with served_in_thread(app, **options) as url, httpx.Client(timeout=60) as http, \
            concurrent.futures.ThreadPoolExecutor(16) as pool:
        def post(body: bytes) -> int:
            return http.post(f"{url}/v1/answer", content=body, headers={"content-type": "application/json"}).status_code

        bodies = [httpx.Request("POST", "/", json={"question": q}).content for q in good]
        mixed = bodies[:]
        for i, body in enumerate(poisoned):
            mixed.insert(i * 10 + 5, body)
        codes = list(pool.map(post, mixed))
    good_codes = [code for body, code in zip(mixed, codes) if body not in poisoned]
    assert good_codes == [200] * len(good)
    assert [code for body, code in zip(mixed, codes) if body in poisoned] == [200] * len(poisoned)


def test_a_started_engine_runs_numpys_products_on_one_thread(service) -> None:
    from threadpoolctl import threadpool_info

    blas = [p for p in threadpool_info() if p["user_api"] == "blas"]
    assert blas and all(p["num_threads"] == 1 for p in blas)
