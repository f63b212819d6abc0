"""How much a client's word says about the topic, and whether the guides have a word close to it.

Two facts replace a hand list of "everyday words": general-English word frequency (wordfreq) tells an
informative word ("botox", "isotretinoin") from an everyday one ("kinda", "forgot", "stop"), and the nearest
guide word by embedding tells whether the guides speak of the same thing in other words ("downtime" →
"recovery"). The neighbours are computed once per corpus and model and kept in a cache file, so answering a
question costs dictionary look-ups only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

from ingest.embed import Embedder

log = logging.getLogger(__name__)

# The 30,000 commonest English words reach down to about zipf 2.9 ("meticulously"): everything a client is likely
# to type in everyday language; a rarer word the guides lack is a topic word and counts as unbridged.
GENERAL_VOCABULARY_SIZE = 30_000
# Zipf 7 is "the"; below zipf 2 a word is as rare as it gets for this purpose: informativeness runs 0..1 between.
ZIPF_COMMONEST, ZIPF_RARE = 7.0, 2.0


def informativeness(word: str) -> float:
    """0 for the commonest English words, 1 for rare or unknown ones."""
    zipf = zipf_frequency(word, "en")
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
    def build(cls, guide_words: frozenset[str], embedder: Embedder, size: int = GENERAL_VOCABULARY_SIZE) -> "WordBridges":
        corpus = sorted(w for w in guide_words if w.isalpha() and len(w) > 2)
        general = [w for w in top_n_list("en", size) if w.isalpha() and len(w) > 2 and w not in guide_words]
        if not corpus or not general:
            return cls({})
        corpus_vectors = embedder.embed(corpus)
        bridges: dict[str, Bridge] = {}
        step = 2048
        for start in range(0, len(general), step):
            chunk = general[start:start + step]
            sims = embedder.embed(chunk) @ corpus_vectors.T
            best = sims.argmax(axis=1)
            for word, j, row in zip(chunk, best, sims):
                bridges[word] = Bridge(corpus[int(j)], round(float(row[j]), 4))
        return cls(bridges)

    @classmethod
    def load_or_build(cls, cache_dir: Path, guide_words: frozenset[str], model: str,
                      embedder: Callable[[], Embedder], size: int = GENERAL_VOCABULARY_SIZE) -> "WordBridges":
        """Built once per corpus vocabulary and model (the model is loaded only then); a cache that cannot be
        written only costs the next start."""
        key = hashlib.sha256(("\n".join(sorted(guide_words)) + f"\n{model}\n{size}").encode()).hexdigest()[:16]
        path = cache_dir / f"word-bridges-{key}.json"
        if path.exists():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                return cls({w: Bridge(n, s) for w, (n, s) in raw.items()})
            except (OSError, ValueError, TypeError) as err:
                log.warning("word bridges cache %s unreadable (%s); building it again", path, err)
        built = cls.build(guide_words, embedder(), size)
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps({w: [b.neighbour, b.similarity] for w, b in built._bridges.items()}), encoding="utf-8")
            tmp.replace(path)
        except OSError as err:
            log.warning("could not keep the word bridges in %s (%s); they will be built again at the next start", path, err)
        return built


def word_gaps(words: list[str], bridges: WordBridges) -> list[float]:
    """For each word the guides lack: how informative it is times how far the closest guide word is from it."""
    gaps = []
    for word in words:
        bridge = bridges.bridge(word)
        closeness = max(0.0, bridge.similarity) if bridge else 0.0
        gaps.append(informativeness(word) * (1.0 - closeness))
    return gaps
