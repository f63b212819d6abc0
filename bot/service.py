"""Building the engine at start-up: load the model and the index once, or say why the service is not ready."""

from __future__ import annotations

import time
from dataclasses import dataclass

from aftercare.errors import AftercareError
from aftercare.settings import Settings
from bot.engine import AnswerEngine, EngineOptions
from bot.knowledge import load_knowledge_base
from ingest.embed import Embedder


@dataclass
class ServiceState:
    engine: AnswerEngine | None
    not_ready: str | None
    started_seconds: float


def start_engine(settings: Settings, options: EngineOptions | None = None, embedder: Embedder | None = None) -> ServiceState:
    started = time.perf_counter()
    try:
        knowledge = load_knowledge_base(settings)
        embedder = embedder or Embedder(settings.embedding_model)
        if settings.query_backend == "onnx":
            embedder.use_onnx(settings.onnx_dir)
        engine = AnswerEngine(settings, knowledge, embedder, options)
        engine.answer("warm up")
    except AftercareError as err:
        return ServiceState(engine=None, not_ready=str(err), started_seconds=time.perf_counter() - started)
    return ServiceState(engine=engine, not_ready=None, started_seconds=time.perf_counter() - started)
