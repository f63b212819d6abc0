"""The engine a running service answers with: built at start-up, and rebuilt when a re-ingest makes a new index live.

Requests read `ServiceState.engine` once and keep that engine to the end, so switching is one assignment: a
request sees the old index or the new one, never a mixture. The old generation of the collections stays in
Chroma until the next ingest, so requests still on it finish normally.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from aftercare.errors import AftercareError
from aftercare.settings import Settings
from bot.engine import AnswerEngine, EngineOptions
from bot.reading.word_tables import load_word_lists
from bot.retrieval.knowledge import live_generation, live_manifest, load_knowledge_base
from bot.retrieval.question_encoder import QuestionEncoder, open_question_encoder
from bot.web.batching import QueryBatcher

log = logging.getLogger("aftercare.service")
WARM_UP_QUESTION = "When can I wear makeup again after microneedling?"


@dataclass
class ServiceState:
    engine: AnswerEngine | None
    not_ready: str | None
    started_seconds: float
    settings: Settings | None = None
    options: EngineOptions | None = None
    encoder: QuestionEncoder | None = None
    batcher: QueryBatcher | None = None
    switches: int = 0
    _refused: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def refresh(self) -> bool:
        """Switch to the index a re-ingest made live since this engine was built; True when it switched."""
        if self.settings is None:
            return False
        with self._lock:
            live = live_generation(self.settings)
            current = self.engine.knowledge.generation if self.engine else None
            if live is None or live in (current, self._refused):
                return False
            try:
                engine = self._build()
            except AftercareError as err:
                log.warning("index %s not switched to: %s", live, err)
                self._refused = live  # tried again only once another ingest makes a new generation live
                if self.engine is None:
                    self.not_ready = str(err)
                return False
            self.engine, self.not_ready = engine, None
            release_freed_memory()
            self.switches += 1
            log.info("switched to index generation %s", engine.knowledge.generation)
            return True

    def _build(self) -> AnswerEngine:
        assert self.settings is not None
        opening = self._open_encoder_meanwhile() if self.encoder is None else None
        knowledge = load_knowledge_base(self.settings)
        # Loaded here, not in the engine and the warm-up answer: they hold the GIL, which ONNX Runtime, still
        # building its session, does not need (~0.09 s less to ready).
        load_word_lists(self.settings.cache_dir)
        if opening is not None:
            self.encoder = opening.result()
        assert self.encoder is not None
        if self.batcher is None and self.settings.embed_batching:
            self.batcher = QueryBatcher(self.encoder.model.embed_questions, max_wait=self.settings.embed_batch_wait_ms / 1000)
        previous = self.engine
        engine = AnswerEngine(self.settings, knowledge, self.encoder.model, self.options,
                              encode=self.batcher.embed if self.batcher else None,
                              cache=previous.cache if previous else None,
                              semantic_triage=previous.semantic_triage if previous else None,
                              bridges=previous.bridges if previous and previous.knowledge.words == knowledge.words else None)
        engine.answer(WARM_UP_QUESTION)
        return engine

    def _open_encoder_meanwhile(self) -> Future[QuestionEncoder]:
        """ONNX Runtime builds its session without the GIL, so it runs beside loading the index: ~0.4 s less to ready.

        The manifest is read here, first: Chroma's client must not be created by two threads at once."""
        settings = self.settings
        assert settings is not None
        manifest = live_manifest(settings)
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="open-encoder")
        try:
            return pool.submit(open_question_encoder, settings, manifest)
        finally:
            pool.shutdown(wait=False)


def start_engine(settings: Settings, options: EngineOptions | None = None,
                 encoder: QuestionEncoder | None = None) -> ServiceState:
    """Only what the first answer needs: the index, the question encoder (the ONNX export the manifest names, see
    bot/retrieval/question_encoder.py; `encoder` shares one already open), the engine, and the warm-up question."""
    started = time.perf_counter()
    single_threaded_blas()
    state = ServiceState(engine=None, not_ready=None, started_seconds=0.0, settings=settings, options=options,
                         encoder=encoder)
    try:
        with collector_paused():
            state.engine = state._build()
    except AftercareError as err:
        state.not_ready = str(err)
    release_freed_memory()
    state.started_seconds = time.perf_counter() - started
    return state


def single_threaded_blas() -> None:
    """NumPy's products here are small (a question against a few hundred sentences): OpenBLAS's threads cost more
    to wake and then spin than they save, and with a request on every answer thread they fight each other for
    the cores. Measured with 32 clients and one worker (scratch of benchmarks/load.py): 59 req/s and 33 ms of CPU
    a request with OpenBLAS's default threads, 187 req/s and 6.7 ms with one. Parallelism comes from requests."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while the engine is built (~0.06 s less to ready).

    Building it makes large dictionaries and tens of thousands of objects that all live on (the spelling
    dictionary, word frequencies, the index, the caches); each full pass of the collector meanwhile traverses them
    all again (~0.1 s a pass) to find next to nothing. What little is garbage is collected once it runs again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def release_freed_memory() -> None:
    """Hand the memory freed after loading back to the system (glibc's malloc_trim).

    Loading the index and the model leaves some 30 MB of freed but still resident heap (Chroma's results as
    Python lists, the hashing, JSON parsing); in every worker, for as long as it runs. Elsewhere than glibc, nothing.
    """
    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        trim = ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)
