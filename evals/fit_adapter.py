"""Fitting the query adapter (bot/retrieval/query_adapter.py) on the dev questions, with k-fold cross-validation.

Each answerable dev question is a row: its vector, and the corpus sentences of the quotes that carry its fact.
The matrix is trained so that, among all sentences of the corpus, the adapted question vector is closest to its
right ones (softmax over every sentence; the corpus is small enough to take all of them as negatives), and is
held near the identity so that wordings unlike any dev question keep what the embedding model gives them.
How near is chosen by grouped k-fold cross-validation: the share of held-out questions whose best sentence is a
right one. PyTorch does the gradients; it is loaded only here, at fit time, never on the answer path.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from sklearn.model_selection import KFold

FOLDS = 5
SEED = 0
# Candidates for the pull toward the identity; the fit reports each one's cross-validated figure.
STRENGTHS = (0.03, 0.1, 0.3, 1.0, 3.0)
# Cosine similarities times this make the softmax's logits: the temperature common for MiniLM-sized models.
SCALE = 20.0
STEPS = 300
LEARNING_RATE = 1e-3


@dataclass(frozen=True)
class AdapterFit:
    matrix: np.ndarray
    strength: float
    out_of_fold: np.ndarray  # each question's adapted vector from the folds that did not see it
    cv_top1: dict[float, float]
    cv_top1_unadapted: float
    questions: int

    def lines(self) -> list[str]:
        tried = ", ".join(f"{s:g}: {v:.1%}" for s, v in self.cv_top1.items())
        return [f"query adapter: {self.questions} answerable dev questions, {FOLDS}-fold cross-validated:",
                f"  best sentence is a right one: {self.cv_top1[self.strength]:.1%} adapted (pull toward the identity "
                f"{self.strength:g}), {self.cv_top1_unadapted:.1%} unadapted",
                f"  by pull toward the identity: {tried}"]


def train(questions: np.ndarray, right: np.ndarray, sentences: np.ndarray, strength: float) -> np.ndarray:
    """`right[i, j]`: sentence j carries question i's fact. Returns the matrix (dimension × dimension)."""
    torch.manual_seed(SEED)
    q = torch.tensor(questions, dtype=torch.float32)
    s = torch.tensor(sentences, dtype=torch.float32)
    mask = torch.tensor(right, dtype=torch.bool)
    identity = torch.eye(q.shape[1])
    matrix = identity.clone().requires_grad_(True)
    optimizer = torch.optim.Adam([matrix], lr=LEARNING_RATE)
    for _ in range(STEPS):
        logits = SCALE * torch.nn.functional.normalize(q @ matrix.T, dim=-1) @ s.T
        fit = (torch.logsumexp(logits, 1) - torch.logsumexp(logits.masked_fill(~mask, -1e4), 1)).mean()
        loss = fit + strength * ((matrix - identity) ** 2).sum() / q.shape[1]
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return matrix.detach().numpy()


def adapted(questions: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    moved = questions @ matrix.T
    return moved / np.linalg.norm(moved, axis=1, keepdims=True)


def top1(questions: np.ndarray, right: np.ndarray, sentences: np.ndarray) -> float:
    best = np.argmax(questions @ sentences.T, axis=1)
    return float(right[np.arange(len(right)), best].mean())


def fit_adapter(questions: np.ndarray, right: np.ndarray, sentences: np.ndarray) -> AdapterFit:
    """Every question gets an out-of-fold vector; only those with a right sentence are learnt from and scored."""
    labelled = right.any(axis=1)
    folds = list(KFold(FOLDS, shuffle=True, random_state=SEED).split(questions))
    scores: dict[float, float] = {}
    out_of_fold: dict[float, np.ndarray] = {}
    for strength in STRENGTHS:
        moved = np.zeros_like(questions)
        for train_rows, held in folds:
            train_rows = train_rows[labelled[train_rows]]
            moved[held] = adapted(questions[held], train(questions[train_rows], right[train_rows], sentences, strength))
        scores[strength] = top1(moved[labelled], right[labelled], sentences)
        out_of_fold[strength] = moved
    chosen = max(STRENGTHS, key=lambda s: (scores[s], s))  # of equals the stronger pull: nearer the model's own
    return AdapterFit(matrix=train(questions[labelled], right[labelled], sentences, chosen), strength=chosen,
                      out_of_fold=out_of_fold[chosen], cv_top1=scores,
                      cv_top1_unadapted=top1(questions[labelled], right[labelled], sentences),
                      questions=int(labelled.sum()))
