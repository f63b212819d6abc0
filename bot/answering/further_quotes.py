"""Which further quotes ride along with an answer's first one.

The selection rules (bot/answering/compose.py) add a quote within reach of the best one's score; a good share of
those come from an article that does not answer the question, and each is a citation the client is sent to for
nothing. Whether a further quote comes from a right article is fitted on dev (`aftercare fit`, grouped k-fold
cross-validation) from its signals beside the first quote's; one the model thinks more likely from a wrong
article than a right one is left out.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.answering.compose import ScoredUnit
from bot.data_files import DATA_DIR
from bot.fitted import LinearModel
from bot.retrieval.knowledge import KnowledgeBase

# The quote's own signals (as quote ranking computes them), its scores beside the first quote's, and where it sits.
OWN = ("similarity", "own", "lexical", "subject", "passage", "bm25", "heading", "figure", "list", "length",
       "precedent", "adapted")
FEATURES = (*OWN, "score", "score_ratio", "unvoted", "unvoted_ratio", "same_article", "same_passage", "position",
            "similarity_gap", "lexical_gap", "subject_gap")
MODEL_FILE = DATA_DIR / "further_quotes.json"


def load_further_quote_model(path: Path = MODEL_FILE) -> LinearModel:
    return LinearModel.load(path, frozenset(FEATURES))


def further_signals(kb: KnowledgeBase, chosen: list[ScoredUnit]) -> dict[str, np.ndarray]:
    """One column per feature, one row per quote after the first."""
    lead = chosen[0]
    lead_doc = kb.passages[lead.unit.passage].doc_id
    rows = []
    for position, unit in enumerate(chosen[1:], start=1):
        v, lv = unit.values, lead.values
        rows.append({**{name: v.get(name, 0.0) for name in OWN},
                     "score": unit.score, "score_ratio": unit.score / max(lead.score, 1e-6),
                     "unvoted": unit.unvoted, "unvoted_ratio": unit.unvoted / max(lead.unvoted, 1e-6),
                     "same_article": float(kb.passages[unit.unit.passage].doc_id == lead_doc),
                     "same_passage": float(unit.unit.passage == lead.unit.passage), "position": float(position),
                     "similarity_gap": v.get("similarity", 0.0) - lv.get("similarity", 0.0),
                     "lexical_gap": v.get("lexical", 0.0) - lv.get("lexical", 0.0),
                     "subject_gap": v.get("subject", 0.0) - lv.get("subject", 0.0)})
    return {name: np.array([r[name] for r in rows]) for name in FEATURES}


def keep_further(kb: KnowledgeBase, chosen: list[ScoredUnit], model: LinearModel | None) -> list[ScoredUnit]:
    """The first quote always; each further one the model more likely than not places in a right article."""
    if model is None or len(chosen) < 2:
        return chosen
    right = model.probabilities(further_signals(kb, chosen))
    return [chosen[0]] + [unit for unit, p in zip(chosen[1:], right) if p >= model.threshold]
