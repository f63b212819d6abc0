"""How much a client's word says about the topic, and whether the guides have a word close to it.

Two facts replace a hand list of "everyday words": general-English word frequency (wordfreq) tells an
informative word ("botox", "isotretinoin") from an everyday one ("kinda", "forgot", "stop"), and the nearest
guide word by embedding tells whether the guides speak of the same thing in other words ("downtime" →
"recovery"). The neighbours are computed once per corpus and model and kept in a cache file, so answering a
question costs dictionary look-ups only.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from wordfreq import top_n_list

from bot.cache_files import write_atomically
from bot.reading.word_tables import zipf_frequency
from ingest.embed import TextEncoder

log = logging.getLogger(__name__)

# The 30,000 commonest English words reach down to about zipf 2.9 ("meticulously"): everything a client is likely
# to type in everyday language; a rarer word the guides lack is a topic word and counts as unbridged.
GENERAL_VOCABULARY_SIZE = 30_000
# Zipf 7 is "the"; below zipf 2 a word is as rare as it gets for this purpose: informativeness runs 0..1 between.
ZIPF_COMMONEST, ZIPF_RARE = 7.0, 2.0


def informativeness(word: str) -> float:
    """0 for the commonest English words, 1 for rare or unknown ones."""
    zipf = zipf_frequency(word)
    return float(min(1.0, max(0.0, (ZIPF_COMMONEST - zipf) / (ZIPF_COMMONEST - ZIPF_RARE))))


@dataclass(frozen=True)
class Bridge:
    neighbour: str
    similarity: float


class WordBridges:
    """The closest guide word of every common English word the guides do not use."""

    def __init__(self, bridges: dict[str, Bridge]) -> None:
        self._bridges = bridges

    def __len__(self) -> int:
        return len(self._bridges)

    def bridge(self, word: str) -> Bridge | None:
        return self._bridges.get(word.lower())

    @classmethod
    def build(cls, guide_words: frozenset[str], embedder: TextEncoder, general: "GeneralVocabulary") -> "WordBridges":
        corpus = sorted(w for w in guide_words if w.isalpha() and len(w) > 2)
        keep = [i for i, w in enumerate(general.words) if w not in guide_words]
        if not corpus or not keep:
            return cls({})
        corpus_vectors = embedder.embed(corpus)
        bridges: dict[str, Bridge] = {}
        step = 4096
        for start in range(0, len(keep), step):
            rows = keep[start:start + step]
            sims = general.vectors[rows] @ corpus_vectors.T
            best = sims.argmax(axis=1)
            for i, j, row in zip(rows, best, sims):
                bridges[general.words[i]] = Bridge(corpus[int(j)], round(float(row[j]), 4))
        return cls(bridges)

    @classmethod
    def load_or_build(cls, cache_dir: Path, guide_words: frozenset[str], model: str,
                      embedder: Callable[[], TextEncoder], size: int = GENERAL_VOCABULARY_SIZE) -> "WordBridges":
        """Built once per corpus vocabulary and model (the model is loaded only then); a cache that cannot be
        written only costs the next start. The general words' vectors are kept apart, so a re-ingest embeds
        only the guides' own words."""
        key = hashlib.sha256(("\n".join(sorted(guide_words)) + f"\n{model}\n{size}").encode()).hexdigest()[:16]
        path = cache_dir / f"word-bridges-{key}.json"
        if path.exists():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                return cls({w: Bridge(n, s) for w, (n, s) in raw.items()})
            except (OSError, ValueError, TypeError) as err:
                log.warning("word bridges cache %s unreadable (%s); building it again", path, err)
        loaded = embedder()
        built = cls.build(guide_words, loaded, GeneralVocabulary.load_or_build(cache_dir, model, loaded, size))
        write_atomically(path, json.dumps({w: [b.neighbour, b.similarity] for w, b in built._bridges.items()}).encode())
        return built


@dataclass(frozen=True)
class GeneralVocabulary:
    """The commonest English words and their vectors: the same for every corpus, so embedded once per model."""

    words: list[str]
    vectors: np.ndarray

    @classmethod
    def load_or_build(cls, cache_dir: Path, model: str, embedder: TextEncoder, size: int) -> "GeneralVocabulary":
        words = [w for w in top_n_list("en", size) if w.isalpha() and len(w) > 2]
        key = hashlib.sha256(("\n".join(words) + f"\n{model}").encode()).hexdigest()[:16]
        path = cache_dir / f"general-words-{key}.npy"
        if path.exists():
            try:
                vectors = np.load(path)
                if vectors.shape[0] == len(words):
                    return cls(words, vectors)
            except (OSError, ValueError) as err:
                log.warning("general word vectors %s unreadable (%s); embedding them again", path, err)
        vectors = np.asarray(embedder.embed(words), dtype=np.float32)
        buffer = io.BytesIO()
        np.save(buffer, vectors)
        write_atomically(path, buffer.getvalue())
        return cls(words, vectors)


def word_gaps(words: list[str], bridges: WordBridges) -> list[float]:
    """For each word the guides lack: how informative it is times how far the closest guide word is from it."""
    gaps = []
    for word in words:
        bridge = bridges.bridge(word)
        closeness = max(0.0, bridge.similarity) if bridge else 0.0
        gaps.append(informativeness(word) * (1.0 - closeness))
    return gaps
