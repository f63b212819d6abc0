"""Large English word lists held compactly, so every worker does not carry them as Python dicts.

The spelling dictionary (160,000 words) and wordfreq's English frequencies (321,000 words) are looked up a few
times a question. As dicts of str objects they held about 8 MB and 37 MB in each worker for its whole life
(issue 14's memory aim); as sorted byte arrays, one per word length (nothing padded), they hold 2 to 3 MB each and
a lookup is one binary search. They are built once from the libraries' own data and kept in the cache folder
(`aftercare ingest` writes them), so a worker never builds the dicts at all.
"""

from __future__ import annotations

import io
import logging
import math
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

import numpy as np

from bot.cache_files import write_atomically

log = logging.getLogger(__name__)


class WordTable:
    """Words, each with a small whole number (a frequency bucket; 0 where there is nothing to keep)."""

    def __init__(self, keys: dict[int, np.ndarray], values: dict[int, np.ndarray]) -> None:
        self._keys, self._values = keys, values

    @classmethod
    def build(cls, items: Iterable[tuple[str, int]]) -> WordTable:
        by_length: dict[int, list[tuple[bytes, int]]] = {}
        for word, value in items:
            key = word.encode("utf-8")
            by_length.setdefault(len(key), []).append((key, value))
        keys, values = {}, {}
        for length, rows in by_length.items():
            rows.sort()
            keys[length] = np.array([k for k, _ in rows], dtype=f"S{length}")
            values[length] = np.array([v for _, v in rows], dtype=np.uint16)
        return cls(keys, values)

    def get(self, word: str) -> int | None:
        key = word.encode("utf-8")
        keys = self._keys.get(len(key))
        if keys is None:
            return None
        i = int(np.searchsorted(keys, key))
        return int(self._values[len(key)][i]) if i < len(keys) and keys[i] == key else None

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return sum(len(k) for k in self._keys.values())

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        np.savez(buffer, **{f"k{n}": k for n, k in self._keys.items()}, **{f"v{n}": v for n, v in self._values.items()})
        return buffer.getvalue()

    @classmethod
    def from_file(cls, path: Path) -> WordTable:
        with np.load(path) as raw:
            keys = {int(name[1:]): raw[name] for name in raw.files if name.startswith("k")}
            values = {int(name[1:]): raw[name] for name in raw.files if name.startswith("v")}
        if set(keys) != set(values):
            raise ValueError("keys and values of different word lengths")
        return cls(keys, values)


def load_or_build(name: str, cache_dir: Path | None, build: Callable[[], WordTable]) -> WordTable:
    """From the cache, else built (and kept, given `cache_dir`); a cache that cannot be read is built again."""
    path = cache_dir / f"{name}.npz" if cache_dir else None
    if path is not None and path.exists():
        try:
            return WordTable.from_file(path)
        except (OSError, ValueError, KeyError) as err:
            log.warning("word list %s unreadable (%s); building it again", path, err)
    table = build()
    if path is not None:
        write_atomically(path, table.to_bytes())
    return table


class Loaded:
    """One table per process, loaded when the service chooses (or at first use, without a cache)."""

    def __init__(self, name: str, build: Callable[[], WordTable]) -> None:
        self.name, self._build = name, build
        self._table: WordTable | None = None
        self._lock = threading.Lock()

    def load(self, cache_dir: Path | None = None) -> WordTable:
        with self._lock:
            if self._table is None:
                self._table = load_or_build(self.name, cache_dir, self._build)
            return self._table

    def __call__(self) -> WordTable:
        return self._table if self._table is not None else self.load()


def _spelling_words() -> WordTable:
    from spellchecker import SpellChecker

    return WordTable.build((w, 0) for w in SpellChecker(language="en").word_frequency.keys())


def _frequency_buckets() -> WordTable:
    """wordfreq keeps its English list as buckets of one centibel each: the bucket is all a word needs."""
    from wordfreq import get_frequency_list

    return WordTable.build((w, i) for i, bucket in enumerate(get_frequency_list("en")) for w in bucket)


ENGLISH_WORDS = Loaded(f"english-words-pyspellchecker-{version('pyspellchecker')}", _spelling_words)
FREQUENCIES = Loaded(f"english-frequencies-wordfreq-{version('wordfreq')}", _frequency_buckets)


def load_word_lists(cache_dir: Path | None = None) -> None:
    """Both lists now rather than at their first lookup, so a service (or ingest, writing the cache) chooses when."""
    ENGLISH_WORDS.load(cache_dir)
    FREQUENCIES.load(cache_dir)


@lru_cache(maxsize=16384)
def zipf_frequency(word: str) -> float:
    """wordfreq's `zipf_frequency(word, "en")`, the library's own steps over the compact table: its tokens, numbers
    smashed to zeros and given their digit frequency, several tokens combined as 1/f = 1/f1 + 1/f2 + ..., three
    significant digits (tests/bot/test_word_tables.py checks it against the library)."""
    from wordfreq import (
        cB_to_freq,
        digit_freq,
        freq_to_zipf,
        lossy_tokenize,
        smash_numbers,
        zipf_to_freq,
    )

    tokens = lossy_tokenize(word, "en")
    if not tokens:
        return 0.0
    table = FREQUENCIES()
    one_over = 0.0
    for token in tokens:
        smashed = smash_numbers(token)
        bucket = table.get(smashed)
        if bucket is None:
            return 0.0
        freq = cB_to_freq(-bucket)
        if smashed != token:
            freq *= digit_freq(token)
        one_over += 1.0 / freq
    freq = max(1.0 / one_over, zipf_to_freq(0.0))
    freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(freq_to_zipf(freq), 2)
