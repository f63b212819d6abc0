"""The `aftercare` command: one subcommand per job, errors turned into a message and an exit code at this edge."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from pydantic import ValidationError

from aftercare.errors import AftercareError
from aftercare.settings import Settings

app = typer.Typer(
    help="The aftercare assistant: ingest the clinic's guide articles, answer clients' questions, evaluate accuracy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

EXIT_ERROR = 1
EXIT_BAD_SETTINGS = 2
EXIT_SKIPPED_FILES = 3

IndexOption = Annotated[
    Optional[Path],
    typer.Option("--index", help="Index folder (default data/index; env AFTERCARE_INDEX_DIR).", show_default=False),
]


class FitPiece(str, Enum):
    further_quotes = "further-quotes"


def load_settings(**overrides: object) -> Settings:
    try:
        settings = Settings()
    except ValidationError as err:
        typer.echo(f"error: invalid setting: {err}", err=True)
        raise typer.Exit(EXIT_BAD_SETTINGS) from err
    given = {k: v for k, v in overrides.items() if v is not None}
    return settings.model_copy(update=given) if given else settings


def fail(err: AftercareError) -> typer.Exit:
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(EXIT_ERROR)


@app.callback()
def _group() -> None:
    """The aftercare assistant: ingest the clinic's guide articles, answer clients' questions, evaluate accuracy."""


@app.command()
def ingest(
    corpus: Annotated[
        Optional[Path],
        typer.Option("--corpus", help="Folder of guide articles: .md, .txt, .html, .pdf (default corpus/; env AFTERCARE_CORPUS_DIR).", show_default=False),
    ] = None,
    index: IndexOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Index the guide articles: unchanged passages are kept, edited ones replaced, deleted ones removed.

    Also exports the model to ONNX (checked against PyTorch) for the answer path when the export is missing,
    so this is what to run when `aftercare serve` reports no valid export."""
    from ingest.pipeline import run_ingest

    settings = load_settings(corpus_dir=corpus, index_dir=index)
    try:
        report = run_ingest(settings, show_progress=not quiet)
    except AftercareError as err:
        raise fail(err) from err
    for path, reason in report.skipped:
        typer.echo(f"warning: skipped {path}: {reason}", err=True)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    where = f"{settings.chroma_host}:{settings.chroma_port}" if settings.uses_chroma_server else str(settings.index_dir)
    typer.echo(f"{report.summary()} -> {where}")
    try:
        _warm_caches(settings)
    except AftercareError as err:
        raise fail(err) from err
    if report.skipped:
        typer.echo(f"{len(report.skipped)} file(s) were skipped; the others were ingested.", err=True)
        raise typer.Exit(EXIT_SKIPPED_FILES)


def _warm_caches(settings: Settings) -> None:
    """What the service would otherwise build at its first start (word neighbours: some 20 s; the triage examples;
    the English word lists, kept compact for the workers: bot/reading/word_tables.py),
    embedded here with the model, which is loaded only when something is missing."""
    from bot.reading.vocabulary import WordBridges
    from bot.reading.word_tables import load_word_lists
    from bot.retrieval.knowledge import load_knowledge_base
    from bot.safety.triage_vectors import load_or_embed_semantic_triage
    from ingest.embed import Embedder

    loaded: list[Embedder] = []

    def model() -> Embedder:
        if not loaded:
            loaded.append(Embedder(settings.embedding_model))
        return loaded[0]

    words = load_knowledge_base(settings).words
    WordBridges.load_or_build(settings.cache_dir, words, settings.embedding_model, model)
    load_or_embed_semantic_triage(settings.cache_dir, settings.embedding_model, model)
    load_word_lists(settings.cache_dir)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The client's question, in quotes.")],
    index: IndexOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON response instead.")] = False,
    after: Annotated[Optional[list[str]], typer.Option(
        "--after", help="An earlier question of the chat, oldest first; repeat for more (at most 10).")] = None,
    treatment_date: Annotated[Optional[str], typer.Option(help="The day of the treatment, YYYY-MM-DD.")] = None,
) -> None:
    """Answer one question from the indexed articles, with its sources and the disclaimer (no PyTorch loaded when
    the ONNX export made by `aftercare ingest` is there). With --after, it is read as a follow-up of those."""
    from pydantic import ValidationError

    from bot.answering.render import render_for_terminal
    from bot.models import MAX_QUESTION_CHARS, Conversation
    from bot.reading.question_text import normalise_question
    from bot.web.service import start_engine

    settings = load_settings(index_dir=index)
    text = normalise_question(question)  # an argument that is not UTF-8 arrives with lone surrogates
    if not text or len(text) > MAX_QUESTION_CHARS:
        typer.echo(f"error: the question must be 1 to {MAX_QUESTION_CHARS} characters.", err=True)
        raise typer.Exit(EXIT_ERROR)
    try:
        context = (Conversation.model_validate({"previous": [{"question": q} for q in after or []],
                                                "treatment_date": treatment_date})
                   if after or treatment_date else None)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        typer.echo(f"error: {where}: {first['msg']} (--after takes 1 to 1,000 characters, at most 10 times; "
                   f"--treatment-date is YYYY-MM-DD)", err=True)
        raise typer.Exit(EXIT_ERROR) from err
    state = start_engine(settings)
    if state.engine is None:
        typer.echo(f"error: {state.not_ready}", err=True)
        raise typer.Exit(EXIT_ERROR)
    response = state.engine.answer(text, context=context)
    typer.echo(response.model_dump_json(indent=2) if as_json else render_for_terminal(response))


@app.command()
def serve(
    index: IndexOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=16, help="Worker processes (each holds the index and the ONNX model: about 350 MB resident).")] = 1,
) -> None:
    """Run the HTTP service (POST /v1/answer, POST /v1/feedback, /healthz, /readyz, API docs at /docs).

    Questions are embedded with the ONNX export `aftercare ingest` made (no PyTorch loaded); without a valid one
    the service says so, answers with PyTorch, and `aftercare ingest` is what to run."""
    import os

    import uvicorn

    from bot.web.serving import uvicorn_options

    settings = load_settings(index_dir=index)
    # Workers are separate processes that read their settings from the environment.
    os.environ["AFTERCARE_INDEX_DIR"] = str(settings.index_dir)
    os.environ["AFTERCARE_WORKERS"] = str(workers)  # each worker's share of the cores for question embeddings
    typer.echo(f"The aftercare assistant: open http://{host}:{port}/ (API docs at http://{host}:{port}/docs)")
    uvicorn.run("bot.web.api:create_app", factory=True, host=host, port=port, workers=workers,
                **uvicorn_options(settings))


EXIT_GATE_FAILED = 4


@app.command("eval")
def evaluate(
    split: Annotated[str, typer.Option(help="Which gold questions: dev, test, unseen, a comma-separated list of them, or all (side by side).")] = "all",
    url: Annotated[Optional[str], typer.Option(help="Evaluate a running deployment, e.g. http://127.0.0.1:8000, instead of in-process.")] = None,
    index: IndexOption = None,
    out: Annotated[Path, typer.Option(help="Folder for the timestamped report folders.")] = Path("evals/reports"),
    baselines: Annotated[bool, typer.Option(help="Also run the baselines side by side (in-process only).")] = True,
    gate: Annotated[bool, typer.Option(help="Exit with code 4 when the product misses evals/thresholds.toml on a split it gates.")] = True,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Measure answer accuracy on the gold questions; write report.json, report.md and charts."""
    from evals.cases import FIGURES_ONLY, load_cases, parse_splits
    from evals.gate import check, load_thresholds
    from evals.report import (
        conversation_table,
        gap_line,
        splits_table,
        summary_line,
        table,
        withheld,
        write_report,
    )
    from evals.run import PRODUCT, http_system, in_process_systems, run_eval
    from ingest.pipeline import prepare_documents

    settings = load_settings(index_dir=index)
    try:
        splits = parse_splits(split)
    except AftercareError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(EXIT_BAD_SETTINGS) from err
    try:
        thresholds = load_thresholds() if gate else {}
        documents = {d.doc_id: d.text for d in prepare_documents(settings.corpus_dir)[0]}
        systems = {PRODUCT: http_system(url)} if url else in_process_systems(settings, baselines)
        runs = [run_eval(load_cases(name), systems, documents, name, url or "in-process", show_progress=not quiet)
                for name in splits]
    except AftercareError as err:
        raise fail(err) from err
    failures = {r.split: check(r.metrics[PRODUCT], thresholds[r.split]) for r in runs if r.split in thresholds}
    folder = write_report(runs, out, failures)
    for run in runs:
        typer.echo(f"\n{run.split} split\n{table(run)}\n")
        if run.split in FIGURES_ONLY:
            typer.echo(withheld(run))
            continue
        for o in run.failures:
            read_as = f" [read as {o.interpreted_as!r}]" if o.interpreted_as else ""
            day = f" [day {o.treatment_day}]" if o.treatment_day is not None else ""
            typer.echo(f"FAIL {o.case.id} ({o.case.kind}) {o.case.question!r}{read_as}{day} -> {o.type}: {o.answer[:200]!r}")
    if len(runs) > 1:
        typer.echo(f"\n{splits_table(runs)}")
    conversations = conversation_table(runs)
    if conversations:
        typer.echo(f"\n{conversations}")
    typer.echo("")
    for run in runs:
        typer.echo(summary_line(run))
    gap = gap_line(runs)
    if gap:
        typer.echo(gap)
    typer.echo(f"Report: {folder}")
    missed = [f"{name}: {f}" for name, fs in failures.items() for f in fs]
    if missed:
        typer.echo("Gate failed: " + "; ".join(missed), err=True)
        raise typer.Exit(EXIT_GATE_FAILED)


@app.command()
def fit(
    index: IndexOption = None,
    out: Annotated[Path, typer.Option(help="Folder for the fit report (figures and the refuse curve).")] = Path("evals/reports"),
    write: Annotated[bool, typer.Option(help="Write the fitted parameters to bot/data/ (off: report only).")] = True,
    only: Annotated[Optional[FitPiece], typer.Option(
        help="Fit this last piece only, on the pieces already in bot/data/ (default: every piece).")] = None,
) -> None:
    """Fit the query adapter, passage retrieval, quote ranking, the answer-or-refuse decision, then which further
    quotes ride along with an answer's first, on the dev questions (k-fold cross-validated).

    Each piece weighs what the ones before it give: retrieval weighs the adapted question, quote ranking the
    passages retrieval finds, the refuse decision and the further quotes what quote ranking picks. Everything after
    the adapter sees each dev question through the adapter fitted without it."""
    from dataclasses import replace

    from bot.answering.compose import PLAIN_QUOTE_MODEL_FILE, QUOTE_MODEL_FILE
    from bot.answering.coverage import MODEL_FILE
    from bot.answering.further_quotes import MODEL_FILE as FURTHER_MODEL_FILE
    from bot.engine import EngineOptions
    from bot.retrieval.precedents import EXAMPLES_FILE
    from bot.retrieval.query_adapter import ADAPTER_FILE, HeldOutAdapter, QueryAdapter
    from bot.retrieval.retrieve import PASSAGE_MODEL_FILE
    from bot.web.service import start_engine
    from evals.cases import load_cases
    from evals.fit import (
        build_precedents,
        fit_answerability,
        fit_further_quotes,
        fit_passage_ranking,
        fit_quote_ranking,
        plot_refuse_curve,
        report_folder,
        right_sentences,
    )
    from evals.fit_adapter import fit_adapter

    settings = load_settings(index_dir=index)
    # Single questions only: a follow-up's signals are those of its reading, which the history supplies.
    cases = [c for c in load_cases("dev") if c.row is None]
    if only is FitPiece.further_quotes:
        _fit_further_quotes_only(settings, cases, out, write)
        return
    state = start_engine(settings, EngineOptions(use_coverage=False, quote_ranking="hand", fusion="blend", use_adapter=False))
    if state.engine is None:
        raise fail(AftercareError(f"The assistant cannot start: {state.not_ready}"))
    try:
        precedents, kept = build_precedents(state.engine, cases)
        kb = state.engine.knowledge
        adapter = fit_adapter(precedents.vectors, right_sentences(kb, precedents), kb.sentence_vectors)
        precedents = replace(precedents, held_out_adapted=adapter.out_of_fold)
        full = QueryAdapter(adapter.matrix, settings.embedding_model, kb.manifest.corpus_hash)
        held_out = HeldOutAdapter(precedents.vectors, adapter.out_of_fold, full)
        unseen_like = EngineOptions(use_coverage=False, quote_ranking="hand", fusion="blend", adapter=held_out)
        by_adapter = start_engine(settings, unseen_like, encoder=state.encoder).engine
        assert by_adapter is not None
        passages = fit_passage_ranking(by_adapter, kept, precedents)
        retrieving = start_engine(settings, replace(unseen_like, fusion="fitted", passage_ranking=passages.model),
                                  encoder=state.encoder).engine
        assert retrieving is not None
        quotes = fit_quote_ranking(retrieving, kept, precedents, adapter.out_of_fold)
        if write:
            quotes.model.save(QUOTE_MODEL_FILE)
            quotes.plain.save(PLAIN_QUOTE_MODEL_FILE)
            passages.model.save(PASSAGE_MODEL_FILE)
            full.save(ADAPTER_FILE)
        # The refuse decision is fitted on the quotes the product will choose, by its default ranking, each dev
        # question ranked with the votes of its closest other dev question (never its own label) and adapted by
        # the adapter fitted without it.
        ranking = EngineOptions().quote_ranking if write else "hand"
        fitted = start_engine(settings, replace(unseen_like, quote_ranking=ranking, fusion="fitted",
                                                passage_ranking=passages.model, precedents=precedents,
                                                hold_out_identical=True, further_quotes=False),
                              encoder=state.encoder).engine
        assert fitted is not None
        result = fit_answerability(fitted, kept, precedents)
        # Which further quotes ride along is fitted on the answers the refuse decision lets through.
        answering = start_engine(settings, replace(fitted.options, use_coverage=True, answerability=result.model,
                                                   further_quotes=False), encoder=state.encoder).engine
        assert answering is not None
        further = fit_further_quotes(answering, kept)
    except (AftercareError, ValueError) as err:
        raise fail(AftercareError(f"Cannot fit on the dev questions: {err}")) from err
    folder = report_folder(out)
    plot_refuse_curve(result, folder / "refuse_precision_recall.png")
    lines = (adapter.lines() + passages.lines() + quotes.lines() + result.lines() + ["  misjudged out-of-fold:"]
             + [f"    {cid} p={p:.2f} {q!r}" for cid, q, p in sorted(result.misjudged, key=lambda t: t[2])]
             + further.lines())
    (folder / "fit.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    typer.echo("\n".join(lines))
    if write:
        result.model.save(MODEL_FILE)
        precedents.save(EXAMPLES_FILE)
        further.model.save(FURTHER_MODEL_FILE)
        typer.echo(f"Wrote {ADAPTER_FILE}, {PASSAGE_MODEL_FILE}, {QUOTE_MODEL_FILE}, {PLAIN_QUOTE_MODEL_FILE}, "
                   f"{MODEL_FILE}, {EXAMPLES_FILE} and {FURTHER_MODEL_FILE}")
    typer.echo(f"Report: {folder}")


def _fit_further_quotes_only(settings: Settings, cases: list, out: Path, write: bool) -> None:
    """The product as it stands in bot/data/, each dev question answered without its own label or the adapter fitted
    on it, every further quote kept: what `fit_further_quotes` learns from."""
    from bot.answering.further_quotes import MODEL_FILE
    from bot.engine import EngineOptions
    from bot.web.service import start_engine
    from evals.fit import fit_further_quotes, report_folder

    state = start_engine(settings, EngineOptions(hold_out_identical=True, further_quotes=False))
    if state.engine is None:
        raise fail(AftercareError(f"The assistant cannot start: {state.not_ready}"))
    try:
        further = fit_further_quotes(state.engine, cases)
    except ValueError as err:
        raise fail(AftercareError(f"Cannot fit on the dev questions: {err}")) from err
    folder = report_folder(out)
    lines = further.lines()
    (folder / "fit.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    typer.echo("\n".join(lines))
    if write:
        further.model.save(MODEL_FILE)
        typer.echo(f"Wrote {MODEL_FILE}")
    typer.echo(f"Report: {folder}")


@app.command()
def unanswered(
    log: Annotated[Optional[Path], typer.Option(help="The log file (default: AFTERCARE_UNANSWERED_LOG).")] = None,
    top: Annotated[int, typer.Option(min=1, help="How many questions to list.")] = 50,
) -> None:
    """List the topic words the guides lack and the unanswered questions, most asked first."""
    from bot.unanswered.log import summarise

    settings = load_settings()
    path = log or settings.unanswered_log
    if path is None:
        typer.echo("error: no log given: pass --log FILE or set AFTERCARE_UNANSWERED_LOG.", err=True)
        raise typer.Exit(EXIT_BAD_SETTINGS)
    try:
        summary = summarise(path)
    except AftercareError as err:
        raise fail(err) from err
    if summary.topics:
        typer.echo("Topics the guides lack, most asked first:")
        for word, count in summary.topics[:top]:
            typer.echo(f"{count:5d}  {word}")
        typer.echo("")
    typer.echo("Unanswered questions, most asked first:")
    for question, count in summary.questions[:top]:
        typer.echo(f"{count:5d}  {question or '(no topic words)'}")
    typer.echo(f"{summary.total} unanswered questions, {len(summary.questions)} distinct.")


@app.command()
def feedback(
    database: Annotated[Optional[str], typer.Option(help="The votes database URL (default: AFTERCARE_FEEDBACK_DATABASE_URL).", show_default=False)] = None,
    out: Annotated[Path, typer.Option(help="Folder for the timestamped report folders (feedback.md and feedback.png).")] = Path("data/feedback-reports"),
    top: Annotated[int, typer.Option(min=1, help="How many of the least helpful answers to list.")] = 10,
) -> None:
    """Summarise clients' votes: helpful rate by answer type and by article, and the least helpful answers with
    their cited sections, so the clinic knows which guide to improve. Writes a Markdown table and a PNG chart."""
    from datetime import datetime, timezone

    from bot.feedback.report import CHART, TABLES, write_feedback_report
    from bot.feedback.store import FeedbackStore
    from bot.feedback.summary import least_helpful_table, rate_table, summarise_votes

    settings = load_settings(feedback_database_url=database)
    try:
        store = FeedbackStore(settings.feedback_database_url)
        votes = store.votes()
    except AftercareError as err:
        raise fail(err) from err
    if not votes:
        typer.echo(f"No votes yet in {store.where}.")
        return
    summary = summarise_votes(votes, top=top)
    folder = write_feedback_report(summary, out / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"), store.where)
    t = summary.total
    typer.echo(f"{t.votes} votes: {t.helpful} helpful ({t.rate:.0%}).\n")
    typer.echo(rate_table("answer type", summary.by_type) + "\n")
    typer.echo(rate_table("article", summary.by_article) + "\n")
    typer.echo("Least helpful answers (most votes against first):")
    typer.echo((least_helpful_table(summary.least_helpful) if summary.least_helpful else "none voted unhelpful") + "\n")
    typer.echo(f"Report: {folder / TABLES} with {folder / CHART}")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
