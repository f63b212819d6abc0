"""Clients' words for things the guides name differently ("gym" → sweating, "foundation" → makeup).

The guides never say "gym" or "concealer"; without this bridge the retriever misses answers that are in
them. Applied to the question before retrieval; the answer itself is still only quoted guide text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import terms

GLOSSARY: dict[str, str] = {
    r"gym|work\s*out|workout|exercis\w*|run(ning)?|jog\w*|yoga|hiit|spin\s+class|training|sport\w*|sauna|steam\s+room|hot\s+yoga": "sweating",
    r"foundation|concealer|mineral\s+powder|powder|mascara|lipstick|blush|bronzer|make\s+up|make-up": "makeup",
    r"spf|sun\s*block|sun\s*cream": "sunscreen",
    r"sunbath\w*|tann\w*|beach|sunbed\w*|pool|outdoors|outside|holiday|vacation": "sun exposure",
    r"wash\w*|face\s+wash|soap": "cleanser",
    r"moisturi[sz]\w*|lotion|cream": "moisturizer",
    r"toners?|serums?|essences?|face\s+masks?|sheet\s+masks?": "skincare products",
    r"eye\s*brows?|brows|chin|forehead|jaw\s*line": "face",
    r"puffy|puffiness|puffed": "swelling",
    r"flak\w*|peel\w*|shedding|scaly|scaling": "flaking dryness",
    r"pink|pinkness|flushed|blotchy": "redness",
    r"faint|fainter|fading": "fades",
    r"retin[\w-]*|tretinoin|vitamin\s+a": "retinol retinoids",
    r"aha|bha|glycolic|salicylic|lactic|exfoliat\w*|scrub\w*": "acids exfoliate",
    r"drink\w*|wine|beer|booze": "alcohol",
    r"cigarette\w*|vap\w*|nicotine": "smoking",
    r"derma\s*roller\w*|home\s+device\w*|at\s*-?\s*home|diy": "at-home devices derma rollers",
    r"pregnan\w*": "pregnant",
    r"redo|repeat|next\s+(session|appointment|treatment)|top\s*-?\s*up": "sessions spaced weeks apart",
    r"touch\s*-?\s*ups?": "touch-up maintenance",
    r"permanent|forever|wear\s+off": "results last",
    r"hurt\w*|painful|pain|sting\w*|numb\w*": "painful discomfort numbing",
    r"sleep\w*|pillow\w*": "sleep",
    r"how\s+deep|how\s+long\s+are\s+the\s+needles|needle\s+(length|size)": "needle depth",
    r"(a|one)\s+day\s+or\s+two|couple\s+(of\s+)?days|next\s+day|day\s+after": "first 24-48 hours 1-2 days",
    r"(a|one|first)\s+week\s+or\s+two|first\s+(couple\s+of\s+)?weeks?|week\s+one": "week 1-2 days 7-14",
    r"day\s+(three|four|five|3|4|5)|(third|fourth|fifth)\s+day": "days 3-5 days 3-7",
}
_COMPILED = [(re.compile(rf"\b({pattern})\b", re.I), expansion) for pattern, expansion in GLOSSARY.items()]


@dataclass(frozen=True)
class Expansion:
    text: str
    bridged: frozenset[str]


def expand(question: str) -> Expansion:
    """The question followed by the guides' words for what it mentions, and which of its own words were bridged."""
    extra: list[str] = []
    bridged: set[str] = set()
    for pattern, expansion in _COMPILED:
        for match in pattern.finditer(question):
            extra.append(expansion)
            bridged.update(terms(match.group(0)))
    text = f"{question} ({'; '.join(dict.fromkeys(extra))})" if extra else question
    return Expansion(text=text, bridged=frozenset(bridged))
