"""Micro-batching of question embeddings, with the real model."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from bot.web.batching import QueryBatcher
from ingest.embed import Embedder

QUESTIONS = ["When can I wear makeup again?", "How many sessions will I need?", "is flaking normal on day 4?",
             "Do I need sunscreen after the treatment?", "how deep do the needles go",
             "What should I avoid after microneedling?", "are the results permanent", "Does microneedling hurt?"]


def test_questions_asked_together_share_one_model_call_and_each_gets_its_own_vector(embedder: Embedder) -> None:
    entered, release = threading.Event(), threading.Event()
    calls: list[int] = []

    def embed_after_all_arrived(texts: Sequence[str]) -> np.ndarray:
        entered.set()
        release.wait(timeout=10)  # the first call is held until every other question is queued behind it
        calls.append(len(texts))
        return embedder.embed_questions(texts)

    batcher = QueryBatcher(embed_after_all_arrived, max_wait=0.05)
    results: dict[str, np.ndarray] = {}
    threads = [threading.Thread(target=lambda q=q: results.__setitem__(q, batcher.embed(q))) for q in QUESTIONS]
    threads[0].start()
    assert entered.wait(timeout=10)
    for t in threads[1:]:
        t.start()
    while batcher._queue.qsize() < len(QUESTIONS) - 1:
        threading.Event().wait(0.01)
    release.set()
    for t in threads:
        t.join()
    batcher.close()
    assert calls == [1, len(QUESTIONS) - 1]
    for q in QUESTIONS:
        assert float(results[q] @ embedder.embed([q])[0]) > 0.9999


def test_a_lone_question_does_not_wait_for_company(embedder: Embedder) -> None:
    batcher = QueryBatcher(embedder.embed_questions, max_wait=60.0)
    vector = batcher.embed("When can I wear makeup again?", timeout=20)
    batcher.close()
    assert vector.shape == (embedder.dimension,)


def test_a_model_error_reaches_every_waiting_question() -> None:
    def broken(texts: Sequence[str]) -> np.ndarray:
        raise RuntimeError("model failed")

    batcher = QueryBatcher(broken)
    try:
        batcher.embed("When can I wear makeup again?")
    except RuntimeError as err:
        assert str(err) == "model failed"
    else:
        raise AssertionError("the model's error was swallowed")
    finally:
        batcher.close()


def test_a_question_the_model_refuses_fails_alone_and_the_rest_of_its_batch_is_embedded(embedder: Embedder) -> None:
    entered, release = threading.Event(), threading.Event()
    first = True

    def embed_after_all_arrived(texts: Sequence[str]) -> np.ndarray:
        nonlocal first
        if first:
            first = False
            entered.set()
            release.wait(timeout=10)  # the first call is held until every other question is queued behind it
        return embedder.embed_questions(texts)

    poisoned = "\ud800 makeup"  # a lone surrogate: the tokenizer refuses any call that contains it
    asked = [QUESTIONS[0], *QUESTIONS[1:4], poisoned, *QUESTIONS[4:]]
    batcher = QueryBatcher(embed_after_all_arrived, max_wait=0.05)
    results: dict[str, np.ndarray | BaseException] = {}

    def ask(q: str) -> None:
        try:
            results[q] = batcher.embed(q)
        except Exception as err:  # noqa: BLE001 - kept to be checked below
            results[q] = err

    threads = [threading.Thread(target=ask, args=(q,)) for q in asked]
    threads[0].start()
    assert entered.wait(timeout=10)
    for t in threads[1:]:
        t.start()
    while batcher._queue.qsize() < len(asked) - 1:
        threading.Event().wait(0.01)
    release.set()
    for t in threads:
        t.join()
    batcher.close()
    assert isinstance(results[poisoned], TypeError)
    for q in QUESTIONS:
        assert isinstance(results[q], np.ndarray), f"{q!r} failed with its batch: {results[q]!r}"
        assert float(results[q] @ embedder.embed([q])[0]) > 0.9999
