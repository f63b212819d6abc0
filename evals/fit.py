"""Fitting the engine's decisions on the dev questions, with k-fold cross-validation for figures you can trust.

`aftercare fit` runs the dev cases through the engine with the decision under fit switched off, collects its
signals, fits a logistic regression (scikit-learn, regularisation chosen by inner cross-validation), reports
the out-of-fold figures, chooses the operating point from the out-of-fold probabilities and writes the
fitted parameters to bot/data/, where the engine reads them. Test and unseen cases are never looked at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression, LogisticRegressionCV  # noqa: E402
from sklearn.metrics import precision_recall_curve, roc_auc_score  # noqa: E402
from sklearn.model_selection import GroupKFold, StratifiedKFold, cross_val_predict  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from bot.coverage import FEATURES, Precedents
from bot.fitted import LinearModel  # noqa: E402
from bot.compose import QUOTE_FEATURES, ScoredUnit, hand_score  # noqa: E402
from bot.engine import AnswerEngine  # noqa: E402
from evals.cases import GoldCase  # noqa: E402

FOLDS = 5
# Refusing an answerable question and answering an uncovered one both fail a client, but an unrelated passage
# presented as an answer misleads while a refusal points to the clinic, and safety comes first: a wrong answer
# counts as three refusals (with two, uncovered questions refused fell to 79% on dev, out-of-fold).
WRONG_ANSWER_COST = 3.0
SEED = 0
# Of 0.01, 0.1, 1 and 10, 0.1 ranked the right quote first most often in grouped cross-validation on dev.
QUOTE_C = 0.1


@dataclass(frozen=True)
class AnswerabilityFit:
    model: LinearModel
    cases: int
    answerable: int
    cv_auc: float
    cv_refuse_precision: float
    cv_refuse_recall: float
    cv_false_refusals: float
    curve: tuple[np.ndarray, np.ndarray, np.ndarray]
    operating_point: tuple[float, float]
    misjudged: list[tuple[str, str, float]]

    def lines(self) -> list[str]:
        return [
            f"answerability: {self.cases} dev questions ({self.answerable} answerable), {FOLDS}-fold cross-validated:",
            f"  AUC {self.cv_auc:.3f}; at the chosen cut-off {self.model.threshold:.3f}: refusing precision "
            f"{self.cv_refuse_precision:.1%}, recall {self.cv_refuse_recall:.1%}; answerable questions refused "
            f"{self.cv_false_refusals:.1%}",
            "  weights (standardised): " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(self.model.features, self.model.coef)),
            f"  cut-off: {self.model.note}",
        ]


def answerability_rows(engine: AnswerEngine, cases: list[GoldCase]
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[GoldCase]]:
    """Signals of every answer / no-answer case that triage lets through (the precedent column is filled in by
    the caller, out of fold), its question vector, and the label: whether the guides answer it."""
    rows, labels, vectors, kept = [], [], [], []
    column = FEATURES.index("precedent")
    for case in cases:
        if case.kind not in ("answer", "no_answer"):
            continue
        reply = engine.reply(case.question)
        if reply.coverage is None or reply.coverage.about_the_clinic:
            continue  # escalated, or refused by rule: not the model's decision
        values = reply.coverage.values()
        rows.append([values[n] for n in FEATURES])
        rows[-1][column] = 0.0
        labels.append(case.kind == "answer")
        vectors.append(engine.question_vector(case.question))
        kept.append(case)
    return np.asarray(rows, dtype=float), np.asarray(labels, dtype=bool), np.asarray(vectors, dtype=np.float32), kept


def _with_precedents(x: np.ndarray, rows: np.ndarray, pool: np.ndarray, y: np.ndarray, vectors: np.ndarray,
                     model: str) -> np.ndarray:
    """The precedent column for `rows`, from the questions in `pool` only (never a question's own label)."""
    precedents = Precedents(vectors[pool], y[pool], model)
    position = {int(q): i for i, q in enumerate(pool)}
    out = x[rows].copy()
    out[:, FEATURES.index("precedent")] = [precedents.margin(vectors[r], exclude=position.get(int(r))) for r in rows]
    return out


def fit_answerability(engine: AnswerEngine, cases: list[GoldCase]) -> tuple[AnswerabilityFit, Precedents]:
    x, y, vectors, kept = answerability_rows(engine, cases)
    if len(set(y)) < 2 or min(y.sum(), (~y).sum()) < FOLDS:
        raise ValueError(f"need at least {FOLDS} answerable and {FOLDS} uncovered dev questions, have {y.sum()} and {(~y).sum()}")
    model_name = engine.settings.embedding_model
    everything = np.arange(len(y))
    leave_one_out = _with_precedents(x, everything, everything, y, vectors, model_name)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    search = make_pipeline(StandardScaler(), LogisticRegressionCV(Cs=np.logspace(-2, 2, 9).tolist(), cv=folds,
                                                                    class_weight="balanced", max_iter=2000))
    search.fit(leave_one_out, y)
    c = float(search[-1].C_[0])
    pipeline = make_pipeline(StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=2000))
    p = np.zeros(len(y))
    for train, held in folds.split(x, y):
        pipeline.fit(_with_precedents(x, train, train, y, vectors, model_name), y[train])
        p[held] = pipeline.predict_proba(_with_precedents(x, held, train, y, vectors, model_name))[:, 1]
    threshold, note = _choose_cut(p, y)
    refused = p < threshold
    pipeline.fit(leave_one_out, y)
    scaler, lr = pipeline[0], pipeline[-1]
    model = LinearModel(features=FEATURES, mean=tuple(float(v) for v in scaler.mean_),
                        scale=tuple(float(v) for v in scaler.scale_), coef=tuple(float(v) for v in lr.coef_[0]),
                        intercept=float(lr.intercept_[0]), threshold=threshold, note=f"{note}; C={c:g}")
    precision, recall, cuts = precision_recall_curve(~y, 1 - p)
    misjudged = [(k.id, k.question, float(pv)) for k, pv, r, lab in zip(kept, p, refused, y) if r == lab]
    return AnswerabilityFit(model=model, cases=len(y), answerable=int(y.sum()), cv_auc=float(roc_auc_score(y, p)),
                            cv_refuse_precision=float((~y[refused]).mean()) if refused.any() else 0.0,
                            cv_refuse_recall=float(refused[~y].mean()), cv_false_refusals=float(refused[y].mean()),
                            curve=(precision, recall, cuts),
                            operating_point=(float(refused[~y].mean()), float((~y[refused]).mean()) if refused.any() else 0.0),
                            misjudged=misjudged), Precedents(vectors, y, model_name, engine.knowledge.manifest.corpus_hash)


def _choose_cut(p: np.ndarray, y: np.ndarray) -> tuple[float, str]:
    """The cut-off with the lowest out-of-fold cost; between equal costs, the middle of the run of equal ones."""
    cuts = np.unique(np.concatenate([p, [0.5]]))
    costs = np.array([((p < t) & y).sum() + WRONG_ANSWER_COST * ((p >= t) & ~y).sum() for t in cuts])
    best = np.flatnonzero(costs == costs.min())
    lo, hi = cuts[best[0]], cuts[best[-1]]
    # A cut-off halfway between neighbouring out-of-fold probabilities, not on one of them.
    below = cuts[best[0] - 1] if best[0] > 0 else 0.0
    threshold = float((below + lo) / 2 + (hi - lo) / 2) if len(best) > 1 else float((below + lo) / 2)
    return threshold, (f"lowest out-of-fold cost (a wrong answer costs {WRONG_ANSWER_COST:g} refusals): "
                       f"{costs.min():g} over {len(y)} questions")


def plot_refuse_curve(fit: AnswerabilityFit, path: Path) -> None:
    precision, recall, _ = fit.curve
    fig, ax = plt.subplots(figsize=(6, 5))
    ax.plot(recall, precision, label="out-of-fold, dev")
    ax.scatter([fit.operating_point[0]], [fit.operating_point[1]], marker="*", s=140, color="C3",
               label=f"chosen cut-off {fit.model.threshold:.2f}")
    ax.set_xlabel("recall of refusing (uncovered questions refused)")
    ax.set_ylabel("precision of refusing")
    ax.set_xlim(0, 1.02)
    ax.set_ylim(0, 1.02)
    ax.set_title("Refusing, cross-validated on dev")
    ax.legend(loc="lower left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def report_folder(root: Path) -> Path:
    out = root / ("fit-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ"))
    out.mkdir(parents=True, exist_ok=True)
    return out


@dataclass(frozen=True)
class QuoteFit:
    model: LinearModel
    cases: int
    units: int
    cv_top1_fitted: float
    cv_top1_hand: float
    cv_mrr_fitted: float
    cv_mrr_hand: float

    def lines(self) -> list[str]:
        return [
            f"quote ranking: {self.units} candidate quotes of {self.cases} dev questions that have a right one, "
            f"{FOLDS}-fold cross-validated by question:",
            f"  right quote ranked first: fitted {self.cv_top1_fitted:.1%}, hand blend {self.cv_top1_hand:.1%}; "
            f"MRR fitted {self.cv_mrr_fitted:.3f}, hand blend {self.cv_mrr_hand:.3f}",
            "  weights (standardised): " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(self.model.features, self.model.coef)),
        ]


def quote_rows(engine: AnswerEngine, cases: list[GoldCase]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every candidate quote of every answerable dev question: a positive when it carries one of the case's facts."""
    rows, labels, groups, hand = [], [], [], []
    for g, case in enumerate(c for c in cases if c.kind == "answer"):
        ranked = engine.candidates(case.question)
        marks = [any(re.search(f, _quoted_text(engine, u), re.I) for f in case.facts) for u in ranked]
        if not any(marks):
            continue  # retrieval missed it: nothing for the ranking to learn here
        for unit, mark in zip(ranked, marks):
            rows.append([unit.values[n] for n in QUOTE_FEATURES])
            labels.append(mark)
            groups.append(g)
            hand.append(hand_score(unit.values))
    return np.asarray(rows), np.asarray(labels, dtype=bool), np.asarray(groups), np.asarray(hand)


def _quoted_text(engine: AnswerEngine, unit: ScoredUnit) -> str:
    kb = engine.knowledge
    return f"{kb.passages[unit.unit.passage].heading}: " + " ".join(kb.sentences[i].text for i in unit.unit.sentences)


def _ranking_figures(scores: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> tuple[float, float]:
    top1, rr = [], []
    for g in np.unique(groups):
        order = np.argsort(-scores[groups == g], kind="stable")
        hits = labels[groups == g][order]
        top1.append(bool(hits[0]))
        rr.append(1 / (1 + int(np.argmax(hits))))
    return float(np.mean(top1)), float(np.mean(rr))


def fit_quote_ranking(engine: AnswerEngine, cases: list[GoldCase]) -> QuoteFit:
    x, y, groups, hand = quote_rows(engine, cases)
    folds = GroupKFold(FOLDS)
    pipeline = make_pipeline(StandardScaler(), LogisticRegression(C=QUOTE_C, class_weight="balanced", max_iter=2000))
    p = cross_val_predict(pipeline, x, y, cv=folds, groups=groups, method="predict_proba")[:, 1]
    fitted_top1, fitted_mrr = _ranking_figures(p, y, groups)
    hand_top1, hand_mrr = _ranking_figures(hand, y, groups)
    pipeline.fit(x, y)
    scaler, lr = pipeline[0], pipeline[-1]
    model = LinearModel(features=QUOTE_FEATURES, mean=tuple(float(v) for v in scaler.mean_),
                        scale=tuple(float(v) for v in scaler.scale_), coef=tuple(float(v) for v in lr.coef_[0]),
                        intercept=float(lr.intercept_[0]), note=f"P(quote carries the fact); C={QUOTE_C:g}, class-balanced")
    return QuoteFit(model=model, cases=len(np.unique(groups)), units=len(y), cv_top1_fitted=fitted_top1,
                    cv_top1_hand=hand_top1, cv_mrr_fitted=fitted_mrr, cv_mrr_hand=hand_mrr)
