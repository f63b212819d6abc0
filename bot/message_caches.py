"""Caches keyed by a whole message, kept apart from the ones keyed by a word.

A chat sends its earlier messages again with every question, so what is read from a message is cached; the
latency benchmark clears these (and only these: a served instance soon knows the words) to time a question
that has never been asked.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])
_CACHES: list[Any] = []


def per_message(maxsize: int) -> Callable[[F], F]:
    def cache(function: F) -> F:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]

    return cache


def clear_message_caches() -> None:
    for cached in _CACHES:
        cached.cache_clear()
