"""JSON request bodies read as the API promises: UTF-8 only, and a clear refusal for nesting too deep to parse.

Starlette hands the raw bytes to `json.loads`, which guesses UTF-16 and UTF-32 from the byte pattern and so
accepts them, and which raises RecursionError past about 1,000 levels of nesting; FastAPI turns that into a
vague 400. Here both become 422s that say what was wrong.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException

UTF8_BOM = b"\xef\xbb\xbf"


class UnreadableBody(HTTPException):
    """A body that is not UTF-8 or nests too deep; shown to the client as 422 invalid_request."""

    def __init__(self, message: str) -> None:
        super().__init__(status_code=422, detail=message)


class StrictJsonRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            body = await self.body()
            try:
                text = body.removeprefix(UTF8_BOM).decode("utf-8")
            except UnicodeDecodeError as err:
                raise UnreadableBody(
                    f"body: byte {err.start} is not UTF-8; send the JSON text encoded as UTF-8") from err
            try:
                self._json = json.loads(text)
            except RecursionError as err:
                raise UnreadableBody(
                    'body: JSON nested too deeply (about 1,000 levels at most); send {"question": "..."}') from err
        return self._json


class StrictJsonRoute(APIRoute):
    """Routes whose handlers see a `StrictJsonRequest`: FastAPI re-raises its HTTPException unchanged."""

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()

        async def strict_handler(request: Request) -> Response:
            return await handler(StrictJsonRequest(request.scope, request.receive))

        return strict_handler
