"""Answer latency in-process, beside the plain LangChain tutorial recipe measured in the same run, and the
time from process start to ready for `aftercare serve`.

    .venv/bin/python benchmarks/answer_latency.py [--rounds 3]

Needs an ingested index (`aftercare ingest`). Figures depend on the machine's load at the time: compare the
ratios in one run, not absolute numbers across runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aftercare.settings import Settings  # noqa: E402
from benchmarks.service import served  # noqa: E402
from bot.engine import AnswerEngine  # noqa: E402
from bot.message_caches import clear_message_caches  # noqa: E402
from bot.models import Conversation, PreviousTurn  # noqa: E402
from bot.web.service import start_engine  # noqa: E402
from evals.baselines import TutorialRecipe  # noqa: E402
from evals.cases import load_cases  # noqa: E402
from ingest.pipeline import prepare_documents  # noqa: E402


def timed(fn: Callable[[str], object], questions: list[str], rounds: int) -> np.ndarray:
    out = []
    for _ in range(rounds):
        for q in questions:
            started = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - started) * 1000)
    return np.asarray(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="passes over the gold questions (default 3)")
    args = parser.parse_args()
    settings = Settings()
    questions = list(dict.fromkeys(c.question for c in load_cases("all")))

    state = start_engine(settings)
    if state.engine is None:
        sys.exit(f"error: {state.not_ready}")
    engine = state.engine
    docs, _ = prepare_documents(settings.corpus_dir)
    recipe = TutorialRecipe(docs, settings.embedding_model)

    # A new question: nothing read from a message is cached (its embedding, its triage, its day), while the caches
    # of single words stay warm as in a service that has been answering for a while.
    def forget(answering: AnswerEngine) -> None:
        answering.cache.clear()
        clear_message_caches()

    def product_cold(q: str) -> object:
        forget(engine)
        return engine.answer(q)

    # The same engine with the model called directly: shows a lone question is not slowed by the micro-batcher.
    unbatched = AnswerEngine(settings, engine.knowledge, engine.embedder, engine.options,
                             semantic_triage=engine.semantic_triage)

    def product_cold_unbatched(q: str) -> object:
        forget(unbatched)
        return unbatched.answer(q)

    # The widget sends the chat so far and the treatment date with every question: the same questions, each after
    # the one before it (three earlier turns) and four days after treatment.
    four_days_ago = date.fromordinal(engine.today().toordinal() - 4)

    def product_with_context(q: str) -> object:
        forget(engine)
        i = positions[q]
        previous = [PreviousTurn(question=p, type="answer") for p in questions[max(0, i - 3):i]]
        return engine.answer(q, context=Conversation(previous=previous, treatment_date=four_days_ago))

    # Repeated questions: as many as the embedding cache holds (the gold set outgrew it), each asked once before.
    repeated = questions[:settings.embed_cache_size]

    def warmed(function: Callable[[str], object], items: list[str], rounds: int) -> np.ndarray:
        for q in items:
            function(q)
        return timed(function, items, rounds)

    positions = {q: i for i, q in enumerate(questions)}
    # Warm-up: one untimed pass, so the first rows timed do not pay alone for what any long-running service has
    # already done (ONNX Runtime's first run of each question length, the caches of single words).
    for q in questions:
        engine.answer(q)
    for q in questions[:10]:
        recipe.search(q)
    rows = {
        "product (new questions)": timed(product_cold, questions, args.rounds),
        "product (new questions, micro-batcher bypassed)": timed(product_cold_unbatched, questions, args.rounds),
        "product (new questions, 3 earlier turns and a treatment date)": timed(product_with_context, questions,
                                                                               args.rounds),
        "product (repeated questions, cached embedding)": warmed(engine.answer, repeated, args.rounds),
        "tutorial recipe (RCTS 1000/200, dense top-4)": timed(recipe.search, questions, args.rounds),
    }
    base = rows["tutorial recipe (RCTS 1000/200, dense top-4)"]
    print(f"{len(questions)} questions x {args.rounds} rounds, in-process, after warm-up")
    print(f"{'system':50} {'p50 ms':>8} {'p95 ms':>8} {'p50 ratio':>10}")
    for name, ms in rows.items():
        print(f"{name:50} {np.percentile(ms, 50):8.1f} {np.percentile(ms, 95):8.1f} "
              f"{np.percentile(ms, 50) / np.percentile(base, 50):9.2f}x")
    with served("--index", str(settings.index_dir)) as (_, _, ready):
        pass
    print(f"`aftercare serve` process start to /readyz 200: {ready:.1f} s "
          f"(in-process engine start: {state.started_seconds:.1f} s)")


if __name__ == "__main__":
    main()
