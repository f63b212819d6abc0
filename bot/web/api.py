"""The HTTP service: a thin layer over the engine; every error is JSON `{"error": {"code", "message"}}`."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.routing import APIRoute
from fastapi.responses import FileResponse, JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from aftercare.errors import IndexNotReady
from aftercare.settings import Settings
from bot.engine import AnswerEngine
from bot.feedback.request_ids import RequestIds, UnknownRequestId
from bot.feedback.secret import deployment_secret
from bot.feedback.store import AlreadyVoted, FeedbackStore, FeedbackUnavailable, Vote
from bot.models import (
    MAX_QUESTION_CHARS,
    AnswerRequest,
    AnswerResponse,
    Conversation,
    ErrorResponse,
    FeedbackRecorded,
    FeedbackRequest,
)
from bot.reading.question_text import normalise_question
from bot.retrieval.knowledge import check_reachable
from bot.unanswered.log import record
from bot.unanswered.redact import Redactor
from bot.web.guards import BodyLimits, RateLimit, SecurityHeaders
from bot.web.json_body import StrictJsonRoute, UnreadableBody
from bot.web.service import ServiceState, start_engine

log = logging.getLogger("aftercare.api")
STATIC = Path(__file__).with_name("static")

ERROR_RESPONSES = {
    408: {"model": ErrorResponse, "description": "The body was not complete within the body timeout."},
    413: {"model": ErrorResponse, "description": "The question is longer than 1,000 characters, or the body too large."},
    422: {"model": ErrorResponse, "description": "The body is not valid JSON in UTF-8, the question is empty, or the "
                                                 "context is not as described (at most 10 earlier questions of 1 to "
                                                 "1,000 characters; a YYYY-MM-DD treatment date)."},
    429: {"model": ErrorResponse, "description": "Too many questions from this address; Retry-After says when to ask again."},
    503: {"model": ErrorResponse, "description": "The index is missing, empty, or built with another model."},
}
FEEDBACK_ERRORS = {
    404: {"model": ErrorResponse, "description": "No answer of this deployment has this request_id."},
    409: {"model": ErrorResponse, "description": "This answer already has a vote."},
    422: {"model": ErrorResponse, "description": "The body is not as described, or the comment is over 1,000 characters."},
    503: {"model": ErrorResponse, "description": "The feedback database cannot be reached; try again later."},
}


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


_EXAMPLES = {"/v1/feedback": 'send a JSON object such as {"request_id": "...", "helpful": true}'}
_EXAMPLE = 'send a JSON object such as {"question": "..."}'


def _invalid_message(error: Mapping[str, Any], content_type: str | None, path: str) -> str:
    """What was wrong with a body, where, and what to send instead; FastAPI's own words ("0: JSON decode error",
    "Input should be a valid dictionary") name neither the cause nor the fix."""
    example = _EXAMPLES.get(path, _EXAMPLE)
    loc = tuple(error.get("loc", ()))
    if error.get("type") == "json_invalid":
        at = loc[1] if len(loc) > 1 else 0
        return f"body: not valid JSON at character {at} ({error.get('ctx', {}).get('error', 'cannot be parsed')}); {example}"
    if loc == ("body",):
        if not (content_type or "").split(";")[0].strip().lower().endswith("json"):
            return f"body: Content-Type must be application/json (got {content_type or 'none'}); {example}"
        if error.get("type") == "missing":
            return f"body: empty; {example}"
        return f"body: not a JSON object; {example}"
    where = ".".join(str(p) for p in loc if p != "body") or "body"
    return f"{where}: {error.get('msg', 'invalid request body')}"


@contextmanager
def _as_api_errors() -> Iterator[None]:
    """The votes database's errors as the API gives them: 409 for a second vote, 503 when it cannot be reached."""
    try:
        yield
    except AlreadyVoted as err:
        raise ApiError(409, "already_voted", str(err)) from err
    except FeedbackUnavailable as err:
        log.error("%s", err)
        raise ApiError(503, "feedback_unavailable", "The vote could not be recorded right now; try again later.") from err


def error_response(status: int, code: str, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": {"code": code, "message": message}}, headers=headers)


async def watch_index(service: ServiceState, every: float) -> None:
    """Pick up a re-ingested index without a restart (and an index that appears after start-up)."""
    while True:
        await asyncio.sleep(every)
        try:
            await asyncio.to_thread(service.refresh)
        except (OSError, ValueError, RuntimeError, httpx.HTTPError) as err:
            log.warning("could not look for a new index: %s", err)


def create_app(settings: Settings | None = None, state: ServiceState | None = None) -> FastAPI:
    """`state` lets tests and benchmarks share one loaded engine; by default it is built at start-up."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        service = app.state.service = state or start_engine(settings)
        # A new pool for each run of the app: the last one was shut down when the previous run ended.
        app.state.answer_pool = ThreadPoolExecutor(settings.answer_threads, thread_name_prefix="answer")
        if service.not_ready:
            log.error("not ready: %s", service.not_ready)
        watcher = asyncio.create_task(watch_index(service, settings.index_poll_seconds)) if settings.index_poll_seconds else None
        yield
        if watcher:
            watcher.cancel()
        app.state.answer_pool.shutdown(wait=False, cancel_futures=True)
        votes.dispose()

    # No trailing-slash redirects: Starlette builds their Location from the Host header, which the client chooses.
    app = FastAPI(title="The aftercare assistant", version="0.1.0", lifespan=lifespan, redirect_slashes=False,
                  description="Answers a microneedling clinic's clients from its guide articles, with citations.")
    app.router.route_class = StrictJsonRoute
    # A few answer threads, not one per request: more threads than cores only queue on the GIL, unfairly.
    app.state.answer_pool = ThreadPoolExecutor(settings.answer_threads, thread_name_prefix="answer")
    # Feedback: request ids signed with the deployment secret (see bot.feedback.request_ids), votes in a database.
    redactor = Redactor(tuple(settings.redact_phone_regions))
    request_ids = RequestIds(deployment_secret(settings), redactor if settings.feedback_question_text else None)
    votes = FeedbackStore(settings.feedback_database_url)

    zone = ZoneInfo(settings.clinic_timezone)

    def answer_and_sign(engine: AnswerEngine, question: str, context: Conversation | None) -> AnswerResponse:
        # The request's date in the clinic's time zone: "yesterday" and the treatment date count from it.
        response = engine.answer(question, uuid.uuid4().hex, context, datetime.now(zone).date())
        return response.model_copy(update={"request_id": request_ids.issue(response, question)})

    # The last added runs first. CORS wraps the limits, so a 413, 408 or 429 is readable by the widget on a
    # clinic's site (with Retry-After exposed), and a preflight is answered before it reaches them.
    app.add_middleware(RateLimit, per_minute=settings.rate_limit_per_minute)
    # Votes in a window of their own: one per answer, so never more than questions, and a flood of them (each
    # comment is redacted) cannot eat the questions' budget.
    app.add_middleware(RateLimit, per_minute=settings.rate_limit_per_minute, paths=("/v1/feedback",), noun="votes")
    app.add_middleware(BodyLimits, max_bytes=settings.max_body_bytes, timeout=settings.body_timeout_seconds)
    app.add_middleware(CORSMiddleware, allow_origins=settings.allowed_origins, allow_methods=["GET", "POST"],
                       allow_headers=["content-type"], expose_headers=["retry-after"])
    app.add_middleware(SecurityHeaders)
    # Outermost: the widget script (27 KB, about 9 KB gzipped) and long answers go compressed to a client that asks.
    # Level 5: most of level 9's saving for a fraction of its time.
    app.add_middleware(GZipMiddleware, minimum_size=1000, compresslevel=5)

    @app.exception_handler(ApiError)
    async def _api_error(_: Request, err: ApiError) -> JSONResponse:
        return error_response(err.status, err.code, err.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, err: RequestValidationError) -> JSONResponse:
        first = err.errors()[0] if err.errors() else {}
        return error_response(422, "invalid_request", _invalid_message(first, request.headers.get("content-type"),
                                                                        request.url.path))

    @app.exception_handler(UnreadableBody)
    async def _unreadable(_: Request, err: UnreadableBody) -> JSONResponse:
        return error_response(422, "invalid_request", str(err.detail))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, err: StarletteHTTPException) -> JSONResponse:
        if err.status_code == 400:  # FastAPI's only 400 here: a body it could not parse for another reason
            return error_response(422, "invalid_request", "body: could not be read; send JSON text in UTF-8")
        allowed = (err.headers or {}).get("Allow") or (err.headers or {}).get("allow")
        message = f"{err.detail}; use {allowed}" if err.status_code == 405 and allowed else str(err.detail)
        return error_response(err.status_code, "http_error", message, err.headers)  # e.g. Allow on a 405

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, err: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return error_response(500, "internal_error", "Something went wrong on our side; please try again.")

    @app.get("/", include_in_schema=False)
    def demo_page() -> FileResponse:
        return FileResponse(STATIC / "demo.html", media_type="text/html")

    @app.get("/widget.js", include_in_schema=False)
    def widget() -> FileResponse:
        return FileResponse(STATIC / "widget.js", media_type="text/javascript",
                            headers={"cache-control": "public, max-age=300"})

    @app.get("/v1/widget-config", summary="What the chat widget shows besides answers")
    def widget_config() -> dict[str, str]:
        return {"clinic_name": settings.clinic_name, "clinic_phone": settings.clinic_phone,
                "emergency_number": settings.emergency_number}

    @app.get("/healthz", summary="The process is alive")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="The index is loaded and matches the embedding model",
             responses={503: ERROR_RESPONSES[503]})
    def readyz(request: Request) -> dict[str, object]:
        service: ServiceState = request.app.state.service
        engine = service.engine
        if engine is None:
            raise ApiError(503, "index_not_ready", service.not_ready or "The index is not loaded.")
        try:
            check_reachable(engine.knowledge)
        except IndexNotReady as err:
            raise ApiError(503, "index_unavailable", str(err)) from err
        m = engine.knowledge.manifest
        return {"status": "ready", "embedding_model": m.embedding_model, "documents": m.documents,
                "chunks": m.chunks, "built_at": m.built_at, "generation": engine.knowledge.generation,
                "query_backend": service.encoder.backend if service.encoder else None}

    @app.post("/v1/answer", response_model=AnswerResponse, summary="Answer a client's aftercare question",
              responses=ERROR_RESPONSES)
    async def answer(body: AnswerRequest, request: Request) -> AnswerResponse:
        service: ServiceState = request.app.state.service
        # Measured as sent, as the schema's maxLength is: cleaning only ever shortens it.
        if len(body.question) > MAX_QUESTION_CHARS:
            raise ApiError(413, "question_too_long",
                           f"question: {len(body.question)} characters; at most {MAX_QUESTION_CHARS} are accepted")
        question = normalise_question(body.question)
        if not question:
            raise ApiError(422, "empty_question", "question: must not be empty")
        engine = service.engine
        if engine is None:
            raise ApiError(503, "index_not_ready", service.not_ready or "The index is not loaded.")
        started = time.perf_counter()
        try:
            response = await asyncio.get_running_loop().run_in_executor(
                request.app.state.answer_pool, answer_and_sign, engine, question, body.context)
        except IndexNotReady as err:
            raise ApiError(503, "index_unavailable", str(err)) from err
        log.info("request_id=%s type=%s ms=%.1f", response.request_id, response.type, (time.perf_counter() - started) * 1000)
        if response.type == "no_answer" and settings.unanswered_log is not None:
            await asyncio.to_thread(record, settings, question, engine.knowledge)
        return response

    @app.post("/v1/feedback", status_code=201, response_model=FeedbackRecorded, responses=FEEDBACK_ERRORS,
              summary="Record whether an answer helped: one vote per answer, comment optional")
    async def feedback(body: FeedbackRequest) -> FeedbackRecorded:
        try:
            answered = request_ids.read(body.request_id)
        except UnknownRequestId as err:
            raise ApiError(404, "unknown_request_id", str(err)) from err
        with _as_api_errors():
            await asyncio.to_thread(votes.check_not_voted, answered.answer_id)
        comment = body.comment
        vote = Vote(answered, body.helpful, await asyncio.to_thread(redactor, comment) if comment else None,
                    datetime.now(timezone.utc))
        with _as_api_errors():
            await asyncio.to_thread(votes.record, vote)
        return FeedbackRecorded()

    # HEAD wherever GET, for uptime monitors and proxies that probe with it; left out of the schema, which lists GET.
    for route in [r for r in app.routes if isinstance(r, APIRoute) and "GET" in r.methods]:
        app.add_api_route(route.path, route.endpoint, methods=["HEAD"], include_in_schema=False,
                          response_class=route.response_class)
    return app
