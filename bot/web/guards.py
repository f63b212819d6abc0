"""Protections in front of the answer service: body size and time, per-client rate limit, security headers.

Pure ASGI middleware, so an oversized body is refused before it is read and no route code runs for it.
"""

from __future__ import annotations

import asyncio
import json
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEMO_PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
                 "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
API_CSP = "default-src 'none'; frame-ancestors 'none'"
DOCS_PATHS = ("/docs", "/redoc", "/openapi.json")


async def send_json(send: Send, status: int, code: str, message: str, headers: list[tuple[bytes, bytes]] = ()) -> None:
    body = json.dumps({"error": {"code": code, "message": message}}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


class BodyLimits:
    """Refuses a request body over `max_bytes` (413: by its Content-Length at once, or as soon as the stream passes
    it) or not complete within `timeout` seconds of its headers (408), so a slow client cannot hold a worker."""

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float) -> None:
        self.app, self.max_bytes, self.timeout = app, max_bytes, timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await self._too_large(send)
        try:
            async with asyncio.timeout(self.timeout):
                read = await self._read(receive)
        except TimeoutError:
            return await send_json(send, 408, "body_timeout",
                                   f"request body: not complete within {self.timeout:g} s; send it all at once",
                                   [(b"connection", b"close")])
        if read is None:
            return await self._too_large(send)
        messages, rest = read
        await self.app(scope, _replay(messages, rest), send)

    async def _read(self, receive: Receive) -> tuple[list[Message], Receive | None] | None:
        """The body as one message (bodies here are small: at most max_bytes + 1 is read), or None when too large."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return [message], None
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                return None
            if not message.get("more_body", False):
                return [{"type": "http.request", "body": b"".join(chunks), "more_body": False}], receive

    async def _too_large(self, send: Send) -> None:
        await send_json(send, 413, "body_too_large", f"request body: at most {self.max_bytes} bytes are accepted")


def _replay(messages: list[Message], then: Receive | None = None) -> Receive:
    queue = list(messages)

    async def receive() -> Message:
        if queue:
            return queue.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}

    return receive


class RateLimit:
    """At most `per_minute` POSTs to `paths` per client address in any 60 s window; 429 with Retry-After past that.

    Counts live in this process: with several workers each has its own window (see README).
    """

    WINDOW = 60.0

    def __init__(self, app: ASGIApp, per_minute: int, paths: tuple[str, ...] = ("/v1/answer",),
                 noun: str = "questions") -> None:
        self.app, self.per_minute, self.paths, self.noun = app, per_minute, paths, noun
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str, now: float) -> int:
        """Seconds to wait, or 0 when this request may go ahead (and is counted)."""
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and now - hits[0] >= self.WINDOW:
                hits.popleft()
            if len(hits) >= self.per_minute:
                return max(1, math.ceil(self.WINDOW - (now - hits[0])))
            hits.append(now)
            if len(self._hits) > 50_000:
                self._hits = {k: v for k, v in self._hits.items() if v and now - v[-1] < self.WINDOW}
            return 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Only questions (or votes) count: a CORS preflight (OPTIONS) or a wrong method is not one.
        if (scope["type"] != "http" or self.per_minute <= 0 or scope.get("path") not in self.paths
                or scope.get("method") != "POST"):
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self.retry_after(client, time.monotonic())
        if wait:
            return await send_json(send, 429, "rate_limited",
                                   f"too many {self.noun}; at most {self.per_minute} a minute. Try again in {wait} s.",
                                   [(b"retry-after", str(wait).encode())])
        await self.app(scope, receive, send)


class SecurityHeaders:
    """No sniffing and no framing anywhere; a content security policy fitted to the demo page, the docs or the API."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
                            (b"referrer-policy", b"no-referrer")]
                if path == "/":
                    headers.append((b"content-security-policy", DEMO_PAGE_CSP.encode()))
                elif not path.startswith(DOCS_PATHS) and path != "/widget.js":
                    headers.append((b"content-security-policy", API_CSP.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
