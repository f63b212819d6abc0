"""Micro-batching of question embeddings, with the real model."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import numpy as np

from bot.web.batching import QueryBatcher
from ingest.embed import Embedder

QUESTIONS = ["When can I wear makeup again?", "How many sessions will I need?", "is flaking normal on day 4?",
             "Do I need sunscreen after the treatment?", "how deep do the needles go",
             "What should I avoid after microneedling?", "are the results permanent", "Does microneedling hurt?"]


class HeldModel:
    """The real model, whose first `held` calls wait for `release`: questions asked meanwhile queue up behind them."""

    def __init__(self, embedder: Embedder, held: int) -> None:
        self.embedder, self.held = embedder, held
        self.calls: list[tuple[list[str], threading.Thread]] = []
        self.started, self.release = threading.Semaphore(0), threading.Event()
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            self.calls.append((list(texts), threading.current_thread()))
            hold = len(self.calls) <= self.held
        if hold:
            self.started.release()
            self.release.wait(timeout=10)
        return self.embedder.embed_questions(texts)


def ask_while_held(batcher: QueryBatcher, model: HeldModel, asked: list[str], ask: Callable[[str], None]) -> None:
    """The first question is embedded in its own thread, the second by the worker; both are held until every other
    question is queued behind them."""
    threads = [threading.Thread(target=ask, args=(q,)) for q in asked]
    for t in threads[:2]:
        t.start()
        assert model.started.acquire(timeout=10)
    for t in threads[2:]:
        t.start()
    while batcher._queue.qsize() < len(asked) - 2:
        threading.Event().wait(0.01)
    model.release.set()
    for t in threads:
        t.join()
    batcher.close()


def test_questions_asked_while_the_model_is_busy_share_one_model_call_and_each_gets_its_own_vector(
        embedder: Embedder) -> None:
    model = HeldModel(embedder, held=2)
    batcher = QueryBatcher(model, max_wait=0.05)
    results: dict[str, np.ndarray] = {}
    ask_while_held(batcher, model, QUESTIONS, lambda q: results.__setitem__(q, batcher.embed(q)))
    assert [len(texts) for texts, _ in model.calls] == [1, 1, len(QUESTIONS) - 2]
    for q in QUESTIONS:
        assert float(results[q] @ embedder.embed([q])[0]) > 0.9999


def test_a_question_asked_alone_is_embedded_in_the_asking_thread_not_handed_to_the_worker(embedder: Embedder) -> None:
    model = HeldModel(embedder, held=0)
    batcher = QueryBatcher(model)
    vector = batcher.embed("When can I wear makeup again?")
    batcher.close()
    assert model.calls == [(["When can I wear makeup again?"], threading.current_thread())]
    assert float(vector @ embedder.embed(["When can I wear makeup again?"])[0]) > 0.9999


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
    poisoned = "\ud800 makeup"  # a lone surrogate: the tokenizer refuses any call that contains it
    asked = [*QUESTIONS[:4], poisoned, *QUESTIONS[4:]]
    model = HeldModel(embedder, held=2)
    batcher = QueryBatcher(model, max_wait=0.05)
    results: dict[str, np.ndarray | BaseException] = {}

    def ask(q: str) -> None:
        try:
            results[q] = batcher.embed(q)
        except Exception as err:  # noqa: BLE001 - kept to be checked below
            results[q] = err

    ask_while_held(batcher, model, asked, ask)
    assert poisoned in model.calls[2][0] and len(model.calls[2][0]) == len(asked) - 2
    assert isinstance(results[poisoned], TypeError)
    for q in QUESTIONS:
        assert isinstance(results[q], np.ndarray), f"{q!r} failed with its batch: {results[q]!r}"
        assert float(results[q] @ embedder.embed([q])[0]) > 0.9999
