"""Running the gold questions through several systems on one machine in one run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import time
from datetime import date, timedelta

import httpx
from tqdm import tqdm

from aftercare.errors import AftercareError
from aftercare.settings import Settings
from bot.engine import EngineOptions
from bot.web.service import start_engine
from evals.cases import GoldCase, load_cases
from evals.conversation import unrelated_history
from evals.metrics import (CitedQuote, Outcome, citation_precision, compute_all, fact_accuracy, outcome_passes,
                           row_figures)
from evals.systems import System, engine_system, engine_variant
from ingest.pipeline import prepare_documents

PRODUCT = "product"
# The product again, each single question sent after an unrelated earlier one: its answers must not change.
WITH_HISTORY = "product after an unrelated question"
WITHOUT_CHAT = "(e) product without the chat"
KINDS = ("answer", "no_answer", "escalation", "adversarial")
ROWS = ("multi_turn", "day_aware")


@dataclass
class EvalRun:
    split: str
    target: str
    outcomes: dict[str, list[Outcome]]
    metrics: dict[str, dict[str, float | None]] = field(default_factory=dict)
    per_kind: dict[str, dict[str, float | None]] = field(default_factory=dict)
    rows: dict[str, dict[str, float | None]] = field(default_factory=dict)  # the product's, by conversation row
    rows_without_chat: dict[str, dict[str, float | None]] = field(default_factory=dict)
    history_unchanged: float | None = None

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes[PRODUCT] if not outcome_passes(o)]


def in_process_systems(settings: Settings, baselines: bool = True) -> dict[str, System]:
    # A dev question is graded without its own label among the precedents, as every other split is.
    state = start_engine(settings, EngineOptions(hold_out_identical=True))
    if state.engine is None:
        raise AftercareError(f"The assistant cannot start: {state.not_ready}")
    engine = state.engine
    systems: dict[str, System] = {PRODUCT: engine_system(engine),
                                  WITH_HISTORY: engine_system(engine, history=unrelated_history(load_cases("all")))}
    if baselines:
        from evals.baselines import TutorialRecipe

        docs, _ = prepare_documents(settings.corpus_dir)
        systems["(a) LangChain tutorial recipe"] = TutorialRecipe(docs, settings.embedding_model)
        systems["(b) BM25 only"] = engine_system(engine_variant(engine, fusion="bm25"))
        systems["(c) dense only"] = engine_system(engine_variant(engine, fusion="dense"))
        systems["(d) no triage, no no-answer"] = engine_system(engine_variant(engine, use_triage=False, use_coverage=False))
        systems["product with RRF fusion"] = engine_system(engine_variant(engine, fusion="rrf"))
        systems["product with the hand retrieval blend"] = engine_system(engine_variant(engine, fusion="blend"))
        systems["product with the hand quote blend"] = engine_system(engine_variant(engine, quote_ranking="hand"))
        systems["product keeping every further quote"] = engine_system(engine_variant(engine, further_quotes=False))
        systems[WITHOUT_CHAT] = engine_system(engine, with_chat=False)
    return systems


def http_system(url: str, timeout: float = 30.0) -> System:
    """The same cases through a running deployment's HTTP API (no retrieval details: citations stand in)."""
    client = httpx.Client(base_url=url.rstrip("/"), timeout=timeout)
    try:
        client.get("/healthz").raise_for_status()
    except httpx.HTTPError as err:
        raise AftercareError(f"Cannot reach the assistant at {url} ({err}): start it with `aftercare serve`.") from err

    def post(case: GoldCase, question: str, context: dict | None) -> httpx.Response:
        payload = {"question": question, "session_id": None, "context": context}
        response = client.post("/v1/answer", json=payload)
        for _ in range(5):
            if response.status_code != 429:
                break
            time.sleep(float(response.headers.get("retry-after", "1")))  # the deployment's rate limit, respected
            response = client.post("/v1/answer", json=payload)
        if response.status_code != 200:
            raise AftercareError(f"{url} answered {response.status_code} to case {case.id}: {response.text[:200]}")
        return response

    def run(case: GoldCase) -> Outcome:
        # A deployment counts days from its own clock: the treatment date is set from today, and a day phrase
        # ("last Friday") is read against the deployment's date, not the cases' Wednesday.
        treated = (date.today() - timedelta(days=case.treatment_day)).isoformat() if case.treatment_day is not None else None
        previous: list[dict] = []
        for question in case.previous:
            earlier = post(case, question, {"previous": list(previous), "treatment_date": treated}).json()
            previous.append({"question": question, "type": earlier["type"],
                             "doc_ids": list(dict.fromkeys(c["doc_id"] for c in earlier["citations"])) or None})
        context = {"previous": previous, "treatment_date": treated} if previous or treated else None
        response = post(case, case.question, context)
        body = response.json()
        cites = [CitedQuote(c["doc_id"], c["quote"], c["start"], c["end"]) for c in body["citations"]]
        return Outcome(case=case, type=body["type"], answer=body["answer"], citations=cites,
                       retrieved=list(dict.fromkeys(c.doc_id for c in cites)),
                       seconds=response.elapsed.total_seconds(), treatment_day=body.get("treatment_day"),
                       interpreted_as=body.get("interpreted_as"))

    return run


def run_eval(cases: Sequence[GoldCase], systems: dict[str, System], documents: dict[str, str], split: str,
             target: str, show_progress: bool = True) -> EvalRun:
    outcomes: dict[str, list[Outcome]] = {}
    for name, system in systems.items():
        outcomes[name] = [system(c) for c in tqdm(cases, desc=name[:40], unit="q", disable=not show_progress)]
    run = EvalRun(split=split, target=target, outcomes=outcomes)
    product = outcomes.get(PRODUCT, [])
    run.rows = {row: row_figures(group) for row in ROWS for group in [[o for o in product if o.case.row == row]] if group}
    alone = outcomes.get(WITHOUT_CHAT, [])
    run.rows_without_chat = {row: row_figures(group) for row in ROWS
                             for group in [[o for o in alone if o.case.row == row]] if group}
    if WITH_HISTORY in outcomes:
        pairs = [(a, b) for a, b in zip(product, outcomes[WITH_HISTORY]) if a.case.row is None and a.case.kind == "answer"]
        run.history_unchanged = (sum(a.type == b.type and a.answer == b.answer for a, b in pairs) / len(pairs)
                                 if pairs else None)
    for name, outs in outcomes.items():
        run.metrics[name] = compute_all(outs, documents)
        run.per_kind[name] = {
            kind: (sum(outcome_passes(o) for o in group) / len(group) if group else None)
            for kind in KINDS for group in [[o for o in outs if o.case.kind == kind]]
        }
    if PRODUCT in run.metrics:
        # Flat names for the gate: single questions as the split was before conversation cases joined it, each row,
        # and whether history changed a question that stands alone.
        gated = run.metrics[PRODUCT]
        single = [o for o in product if o.case.row is None]
        gated["single_fact_accuracy"] = fact_accuracy(single)
        gated["single_citation_precision"] = citation_precision(single, documents)
        for row in ROWS:
            for figure, value in run.rows.get(row, {}).items():
                if figure != "cases":
                    gated[f"{row}_{figure}"] = value
        gated["history_unchanged"] = run.history_unchanged
    return run
