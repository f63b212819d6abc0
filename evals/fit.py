"""Fitting the engine's decisions on the dev questions, with k-fold cross-validation for figures you can trust.

`aftercare fit` runs the dev cases through the engine with the decision under fit switched off, collects its
signals, fits a logistic regression (scikit-learn, regularisation chosen by inner cross-validation), reports
the out-of-fold figures, chooses the operating point from the out-of-fold probabilities and writes the
fitted parameters to bot/data/, where the engine reads them. Test and unseen cases are never looked at.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression, LogisticRegressionCV  # noqa: E402
from sklearn.metrics import precision_recall_curve, roc_auc_score  # noqa: E402
from sklearn.model_selection import GroupKFold, StratifiedKFold  # noqa: E402
from sklearn.pipeline import Pipeline, make_pipeline  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from bot.answering.compose import (  # noqa: E402
    PLAIN_FEATURES,
    QUOTE_FEATURES,
    ScoredUnit,
    Unit,
    build_all_units,
    hand_score,
    unit_spans,
)
from bot.answering.coverage import FEATURES
from bot.answering.further_quotes import FEATURES as FURTHER_FEATURES  # noqa: E402
from bot.answering.further_quotes import further_signals  # noqa: E402
from bot.engine import AnswerEngine  # noqa: E402
from bot.fitted import LinearModel  # noqa: E402
from bot.retrieval.knowledge import KnowledgeBase  # noqa: E402
from bot.retrieval.precedents import Precedents, quote_key  # noqa: E402
from bot.retrieval.retrieve import PASSAGE_FEATURES, blend_score, hybrid_retrieve  # noqa: E402
from evals.cases import GoldCase  # noqa: E402

FOLDS = 5
# Refusing an answerable question and answering an uncovered one both fail a client, but an unrelated passage
# presented as an answer misleads while a refusal points to the clinic, and safety comes first: a wrong answer
# counts as three refusals (with two, uncovered questions refused fell to 79% on dev, out-of-fold).
WRONG_ANSWER_COST = 3.0
# Issue 11's bar for uncovered questions refused, which outside questions must meet. Out of fold on dev the cut-off
# must refuse that share plus two standard errors of a share measured on as many uncovered questions (0.95 + 0.025
# on about 300), or the cheapest cut-off gives way to the lowest one that does: refitted on more dev questions, the
# cheapest cut-offs refused 90.8% and 95.8% of uncovered dev questions out of fold, and test's no-answer recall fell
# to 87.5% and 81.2% (from 93.8% at a cut-off that refused 97.7%).
REFUSE_RECALL_BAR = 0.95
SEED = 0
# Of 0.01, 0.1, 1 and 10, 0.1 ranked the right quote first most often in grouped cross-validation on dev.
QUOTE_C = 0.1
# Four signals over some 190,000 candidate passages: 0.01, 0.1 and 1 ranked alike in grouped cross-validation.
PASSAGE_C = 0.1
RECALL_AT = (1, 3, 8)


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


def build_precedents(engine: AnswerEngine, cases: list[GoldCase]) -> tuple[Precedents, list[GoldCase]]:
    """Every answer / no-answer dev case that triage lets through and no rule refuses, as a labelled vector with
    the quotes that carry its fact (any unit of its gold articles that states one of the case's facts)."""
    kb = engine.knowledge
    # Every quotable unit of the corpus with its article, key and text, made once for all the cases.
    quotables = [(kb.passages[u.passage].doc_id, u, _unit_quote(kb, u)) for units in build_all_units(kb) for u in units]
    vectors, labels, quotes, kept = [], [], [], []
    for case in cases:
        if case.kind not in ("answer", "no_answer"):
            continue
        reply = engine.reply(case.question)
        if reply.coverage is None or reply.coverage.about_the_clinic:
            continue  # escalated, or refused by rule: not the fitted decisions' concern
        right = frozenset(quote_key(doc, unit.start, unit.end) for doc, unit, text in quotables
                          if case.kind == "answer" and doc in case.docs
                          and any(re.search(f, text, re.I) for f in case.facts))
        vectors.append(engine.question_vector(case.question))
        labels.append(case.kind == "answer")
        quotes.append(right)
        kept.append(case)
    return Precedents(np.asarray(vectors, dtype=np.float32), np.asarray(labels, dtype=bool),
                      engine.settings.embedding_model, kb.manifest.corpus_hash, tuple(quotes)), kept


def answerability_rows(engine: AnswerEngine, kept: list[GoldCase]) -> np.ndarray:
    """Signals of every kept case (the precedent column is filled in by the caller, out of fold)."""
    rows = []
    column = FEATURES.index("precedent")
    for case in kept:
        reply = engine.reply(case.question)
        if reply.coverage is None:
            raise ValueError(f"{case.id}: escalated by one engine and not the other")
        values = reply.coverage.values()
        rows.append([values[n] for n in FEATURES])
        rows[-1][column] = 0.0
    return np.asarray(rows, dtype=float)


def _with_precedents(x: np.ndarray, rows: np.ndarray, pool: np.ndarray, precedents: Precedents) -> np.ndarray:
    """The precedent column for `rows`, from the questions in `pool` only (never a question's own label)."""
    among = precedents.subset(pool)
    position = {int(q): i for i, q in enumerate(pool)}
    out = x[rows].copy()
    out[:, FEATURES.index("precedent")] = [among.margin(precedents.vectors[r], exclude=position.get(int(r)))
                                          for r in rows]
    return out


def fit_answerability(engine: AnswerEngine, kept: list[GoldCase], precedents: Precedents) -> AnswerabilityFit:
    x = answerability_rows(engine, kept)
    y = precedents.answerable
    if len(set(y)) < 2 or min(y.sum(), (~y).sum()) < FOLDS:
        raise ValueError(f"need at least {FOLDS} answerable and {FOLDS} uncovered dev questions, have {y.sum()} and {(~y).sum()}")
    everything = np.arange(len(y))
    leave_one_out = _with_precedents(x, everything, everything, precedents)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    search = make_pipeline(StandardScaler(), LogisticRegressionCV(Cs=np.logspace(-2, 2, 9).tolist(), cv=folds,
                                                                    class_weight="balanced", max_iter=2000))
    search.fit(leave_one_out, y)
    c = float(search[-1].C_[0])
    pipeline = make_pipeline(StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=2000))
    p = np.zeros(len(y))
    for train, held in folds.split(x, y):
        pipeline.fit(_with_precedents(x, train, train, precedents), y[train])
        p[held] = pipeline.predict_proba(_with_precedents(x, held, train, precedents))[:, 1]
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
                            misjudged=misjudged)


def required_refuse_recall(uncovered: int) -> float:
    """The bar plus two standard errors: what dev must show for outside questions to meet the bar."""
    return min(1.0, REFUSE_RECALL_BAR + 2 * math.sqrt(REFUSE_RECALL_BAR * (1 - REFUSE_RECALL_BAR) / max(uncovered, 1)))


def _cost(p: np.ndarray, y: np.ndarray, cut: float) -> float:
    """Answerable questions refused, plus uncovered ones answered at WRONG_ANSWER_COST each."""
    return float(((p < cut) & y).sum() + WRONG_ANSWER_COST * ((p >= cut) & ~y).sum())


def _choose_cut(p: np.ndarray, y: np.ndarray) -> tuple[float, str]:
    """The cut-off with the lowest out-of-fold cost, if it refuses at least `required_refuse_recall` of the uncovered
    questions; else the lowest cut-off that does (the fewest answerable questions refused for it). Between equal
    costs, the middle of the run of equal ones; a cut-off always lies halfway between neighbouring out-of-fold
    probabilities, not on one of them."""
    cuts = np.unique(np.concatenate([p, [0.5]]))
    costs = np.array([_cost(p, y, t) for t in cuts])
    best = np.flatnonzero(costs == costs.min())
    lo, hi = cuts[best[0]], cuts[best[-1]]
    below = cuts[best[0] - 1] if best[0] > 0 else 0.0
    threshold = float((below + lo) / 2 + (hi - lo) / 2) if len(best) > 1 else float((below + lo) / 2)
    note = (f"lowest out-of-fold cost (a wrong answer costs {WRONG_ANSWER_COST:g} refusals): "
            f"{costs.min():g} over {len(y)} questions")
    required = required_refuse_recall(int((~y).sum()))
    recall = float((p[~y] < threshold).mean())
    if recall >= required:
        return threshold, note
    uncovered = np.sort(p[~y])
    last = uncovered[int(np.ceil(required * len(uncovered))) - 1]  # the last one that must be refused
    above = p[p > last]
    floor_cut = float((last + above.min()) / 2) if len(above) else float(last + 1e-6)
    cost = _cost(p, y, floor_cut)
    return floor_cut, (f"the lowest that refuses {required:.1%} of uncovered questions out of fold (the bar "
                       f"{REFUSE_RECALL_BAR:.0%} plus two standard errors; the cheapest, {threshold:.3f}, refused "
                       f"{recall:.1%}); cost {cost:g} over {len(y)} questions")


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
    plain: LinearModel  # without the signals learnt from dev's labels, for the refuse decision
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
            "  without the learnt signals (the refuse decision's quote score): "
            + ", ".join(f"{n} {c:+.2f}" for n, c in zip(self.plain.features, self.plain.coef)),
        ]


@dataclass(frozen=True)
class QuoteRows:
    """Every candidate quote of every answerable kept dev question that has a right one among them."""

    x: np.ndarray
    labels: np.ndarray
    groups: np.ndarray  # the question's row in the precedents
    keys: list[str]
    hand: np.ndarray
    sentences: list[tuple[int, ...]]  # each quote's sentences, for its adapted similarity


def quote_rows(engine: AnswerEngine, kept: list[GoldCase]) -> QuoteRows:
    """A quote is a positive when it carries one of the case's facts; the precedent column is left to the caller."""
    kb = engine.knowledge
    rows, labels, groups, keys, hand, sentences = [], [], [], [], [], []
    column = QUOTE_FEATURES.index("precedent")
    for g, case in enumerate(kept):
        if case.kind != "answer":
            continue
        ranked = engine.candidates(case.question)
        marks = [any(re.search(f, _unit_quote(kb, u.unit), re.I) for f in case.facts) for u in ranked]
        if not any(marks):
            continue  # retrieval missed it: nothing for the ranking to learn here
        for unit, mark in zip(ranked, marks):
            rows.append([unit.values.get(n, 0.0) for n in QUOTE_FEATURES])
            rows[-1][column] = 0.0
            labels.append(mark)
            groups.append(g)
            keys.append(quote_key(kb.passages[unit.unit.passage].doc_id, unit.unit.start, unit.unit.end))
            hand.append(hand_score(unit.values))
            sentences.append(unit.unit.sentences)
    return QuoteRows(np.asarray(rows), np.asarray(labels, dtype=bool), np.asarray(groups), keys, np.asarray(hand),
                     sentences)


def _units_by_key(kb: KnowledgeBase, precedents: Precedents) -> tuple[dict[str, Unit], Precedents]:
    """The quotable units by their right-quote keys, and the precedents' right quotes as keys of those units."""
    units = build_all_units(kb)
    by_key = {quote_key(kb.passages[u.passage].doc_id, u.start, u.end): u for passage in units for u in passage}
    return by_key, precedents.in_units(unit_spans(kb, units))


def right_sentences(kb: KnowledgeBase, precedents: Precedents) -> np.ndarray:
    """`[i, j]`: sentence j belongs to a quote that carries kept question i's fact (the adapter's targets)."""
    by_key, precedents = _units_by_key(kb, precedents)
    right = np.zeros((len(precedents.answerable), len(kb.sentences)), dtype=bool)
    for i, keys in enumerate(precedents.right_quotes):
        for key in keys:
            right[i, list(by_key[key].sentences)] = True
    return right


def with_adapted(rows: QuoteRows, kb: KnowledgeBase, adapted: np.ndarray) -> QuoteRows:
    """The adapted column from each question's out-of-fold adapted vector (never an adapter that saw it)."""
    x = rows.x.copy()
    column = QUOTE_FEATURES.index("adapted")
    for r, (g, ids) in enumerate(zip(rows.groups, rows.sentences)):
        x[r, column] = float((kb.sentence_vectors[list(ids)] @ adapted[g]).max())
    return replace(rows, x=x)


def _with_votes(rows: QuoteRows, select: np.ndarray, pool: np.ndarray, precedents: Precedents) -> np.ndarray:
    """The precedent column for the selected quotes, from the questions in `pool` only (never a question's own)."""
    among = precedents.subset(pool)
    position = {int(q): i for i, q in enumerate(pool)}
    votes: dict[int, dict[str, float]] = {}
    out = rows.x[select].copy()
    column = QUOTE_FEATURES.index("precedent")
    for i, r in enumerate(np.flatnonzero(select)):
        g = int(rows.groups[r])
        if g not in votes:
            votes[g] = among.quote_votes(precedents.vectors[g], exclude=position.get(g))
        out[i, column] = votes[g].get(rows.keys[r], 0.0)
    return out


def _unit_quote(kb: KnowledgeBase, unit: Unit) -> str:
    return f"{kb.passages[unit.passage].heading}: " + " ".join(kb.sentences[i].text for i in unit.sentences)


def _first_right(scores: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Each question's rank (0 = first) of its first right row by score; the row count when it has none."""
    ranks = []
    for g in np.unique(groups):
        hits = labels[groups == g][np.argsort(-scores[groups == g], kind="stable")]
        ranks.append(int(np.argmax(hits)) if hits.any() else len(hits))
    return np.asarray(ranks)


def _ranking_figures(scores: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> tuple[float, float]:
    first = _first_right(scores, labels, groups)
    return float(np.mean(first == 0)), float(np.mean(1 / (1 + first)))


def _linear(pipeline: Pipeline, features: tuple[str, ...],
            note: str = f"P(quote carries the fact); C={QUOTE_C:g}, class-balanced") -> LinearModel:
    scaler, lr = pipeline[0], pipeline[-1]
    return LinearModel(features=features, mean=tuple(float(v) for v in scaler.mean_),
                       scale=tuple(float(v) for v in scaler.scale_), coef=tuple(float(v) for v in lr.coef_[0]),
                       intercept=float(lr.intercept_[0]), note=note)


def fit_quote_ranking(engine: AnswerEngine, kept: list[GoldCase], precedents: Precedents,
                      adapted: np.ndarray) -> QuoteFit:
    """`adapted`: every kept question's out-of-fold adapted vector (evals/fit_adapter.py)."""
    rows = with_adapted(quote_rows(engine, kept), engine.knowledge, adapted)
    x, y, groups, hand = rows.x, rows.labels, rows.groups, rows.hand
    pipeline = make_pipeline(StandardScaler(), LogisticRegression(C=QUOTE_C, class_weight="balanced", max_iter=2000))
    p = np.zeros(len(y))
    questions = np.arange(len(precedents.answerable))
    for train, held in GroupKFold(FOLDS).split(x, y, groups):
        pool = np.setdiff1d(questions, np.unique(groups[held]))  # every kept question but the held-out ones
        pipeline.fit(_with_votes(rows, np.isin(np.arange(len(y)), train), pool, precedents), y[train])
        held_mask = np.isin(np.arange(len(y)), held)
        p[held_mask] = pipeline.predict_proba(_with_votes(rows, held_mask, pool, precedents))[:, 1]
    fitted_top1, fitted_mrr = _ranking_figures(p, y, groups)
    hand_top1, hand_mrr = _ranking_figures(hand, y, groups)
    everything = _with_votes(rows, np.ones(len(y), dtype=bool), questions, precedents)
    model = _linear(pipeline.fit(everything, y), QUOTE_FEATURES)
    plain_columns = [QUOTE_FEATURES.index(f) for f in PLAIN_FEATURES]
    plain = _linear(pipeline.fit(everything[:, plain_columns], y), PLAIN_FEATURES)
    return QuoteFit(model=model, plain=plain, cases=len(np.unique(groups)), units=len(y), cv_top1_fitted=fitted_top1,
                    cv_top1_hand=hand_top1, cv_mrr_fitted=fitted_mrr, cv_mrr_hand=hand_mrr)


@dataclass(frozen=True)
class PassageFit:
    model: LinearModel
    cases: int
    cv_recall_fitted: dict[int, float]
    cv_recall_hand: dict[int, float]

    def lines(self) -> list[str]:
        def shown(recall: dict[int, float]) -> str:
            return ", ".join(f"top {k} {v:.1%}" for k, v in recall.items())
        return [f"passage retrieval: {self.cases} dev questions with a right passage, {FOLDS}-fold cross-validated by "
                "question; a right passage among the first:",
                f"  fitted fusion {shown(self.cv_recall_fitted)}",
                f"  hand blend    {shown(self.cv_recall_hand)}",
                "  weights (standardised): " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(self.model.features, self.model.coef))]


def passage_rows(engine: AnswerEngine, kept: list[GoldCase], precedents: Precedents
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every candidate passage of every answerable kept question with a right quote: its signals, whether it holds
    a right quote, the question, and the hand blend's score. The engine's adapter gives the adapted signal."""
    kb = engine.knowledge
    by_key, precedents = _units_by_key(kb, precedents)
    passage_of = {key: u.passage for key, u in by_key.items()}
    x, labels, groups, hand = [], [], [], []
    for g, (case, right) in enumerate(zip(kept, precedents.right_quotes)):
        if not right:
            continue
        expanded = engine.expanded(case.question)
        vector = engine.embed_question(expanded)
        adapted = kb.sentence_vectors @ engine.adapter.adapt(vector)
        good = {passage_of[k] for k in right}
        for hit in hybrid_retrieve(kb, expanded, vector, len(kb.passages), "fitted", adapted,
                                   _UNIT_MODEL):
            x.append([hit.dense, hit.lexical, hit.heading, hit.adapted])
            labels.append(hit.passage in good)
            groups.append(g)
            hand.append(blend_score(hit.dense, hit.lexical, hit.heading))
    return np.asarray(x), np.asarray(labels, dtype=bool), np.asarray(groups), np.asarray(hand)


# Scores every candidate alike: passage_rows wants the candidates and their signals, not an order.
_UNIT_MODEL = LinearModel(features=PASSAGE_FEATURES, mean=(0.0,) * 4, scale=(1.0,) * 4, coef=(0.0,) * 4, intercept=0.0)


def _recall(scores: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> dict[int, float]:
    first = _first_right(scores, labels, groups)
    return {k: float((first < k).mean()) for k in RECALL_AT}


def fit_passage_ranking(engine: AnswerEngine, kept: list[GoldCase], precedents: Precedents) -> PassageFit:
    """`engine` adapts each dev question with the adapter fitted without it (HeldOutAdapter)."""
    x, y, groups, hand = passage_rows(engine, kept, precedents)
    pipeline = make_pipeline(StandardScaler(), LogisticRegression(C=PASSAGE_C, max_iter=2000))
    p = np.zeros(len(y))
    for train, held in GroupKFold(FOLDS).split(x, y, groups):
        pipeline.fit(x[train], y[train])
        p[held] = pipeline.decision_function(x[held])
    model = _linear(pipeline.fit(x, y), PASSAGE_FEATURES, note=f"P(passage holds the answer); C={PASSAGE_C:g}")
    return PassageFit(model=model, cases=len(np.unique(groups)), cv_recall_fitted=_recall(p, y, groups),
                      cv_recall_hand=_recall(hand, y, groups))


# 0.1 and 1 separated right from wrong articles alike in grouped cross-validation on dev (AUC 0.802 and 0.801).
FURTHER_C = 0.1


@dataclass(frozen=True)
class FurtherQuoteFit:
    model: LinearModel
    cases: int
    quotes: int
    cv_auc: float
    # Out of fold on the answered dev questions: (quotes from a right article, facts stated, quotes per answer),
    # keeping every further quote and keeping the model's.
    kept_all: tuple[float, float, float]
    kept_fitted: tuple[float, float, float]

    def lines(self) -> list[str]:
        def shown(figures: tuple[float, float, float]) -> str:
            return (f"quotes from a right article {figures[0]:.1%}, facts stated {figures[1]:.1%}, "
                    f"{figures[2]:.2f} quotes an answer")
        return [f"further quotes: {self.quotes} quotes after the first of {self.cases} answered dev questions, "
                f"{FOLDS}-fold cross-validated by question; from a right article told apart with AUC {self.cv_auc:.3f}",
                f"  every further quote kept: {shown(self.kept_all)}",
                f"  kept at P(right article) >= {self.model.threshold:g}: {shown(self.kept_fitted)}",
                "  weights (standardised): " + ", ".join(f"{n} {c:+.2f}" for n, c in zip(self.model.features, self.model.coef))]


def fit_further_quotes(engine: AnswerEngine, cases: list[GoldCase]) -> FurtherQuoteFit:
    """`engine` keeps every further quote (EngineOptions(further_quotes=False)). A further quote is a positive when
    its article is one of the case's gold articles: the citation precision the eval measures."""
    kb = engine.knowledge
    answered: list[tuple[GoldCase, list[ScoredUnit]]] = []
    for case in cases:
        if case.kind != "answer":
            continue
        reply = engine.reply(case.question)
        if reply.response.type == "answer" and reply.chosen:
            answered.append((case, reply.chosen))
    blocks, y, groups, where = [], [], [], []
    for g, (case, chosen) in enumerate(answered):
        if len(chosen) < 2:
            continue
        columns = further_signals(kb, chosen)
        blocks.append(np.column_stack([columns[name] for name in FURTHER_FEATURES]))
        for i, unit in enumerate(chosen[1:], start=1):
            y.append(kb.passages[unit.unit.passage].doc_id in case.docs)
            groups.append(g)
            where.append((g, i))
    x_, y_, groups_ = np.vstack(blocks), np.asarray(y, dtype=bool), np.asarray(groups)
    if len(set(y_)) < 2:
        raise ValueError("every further quote of the dev answers is from a right article, or none is: nothing to fit")
    pipeline = make_pipeline(StandardScaler(), LogisticRegression(C=FURTHER_C, max_iter=3000))
    p = np.zeros(len(y_))
    for train, held in GroupKFold(FOLDS).split(x_, y_, groups_):
        pipeline.fit(x_[train], y_[train])
        p[held] = pipeline.predict_proba(x_[held])[:, 1]
    # More likely from a right article than a wrong one, unweighted, so the probability means what it says.
    threshold = 0.5
    dropped = {w for w, pv in zip(where, p) if pv < threshold}
    model = replace(_linear(pipeline.fit(x_, y_), FURTHER_FEATURES, note=f"P(further quote from a right article); "
                            f"C={FURTHER_C:g}, unweighted"), threshold=threshold)
    return FurtherQuoteFit(model=model, cases=len(answered), quotes=len(y_), cv_auc=float(roc_auc_score(y_, p)),
                           kept_all=_answer_figures(kb, answered, set()),
                           kept_fitted=_answer_figures(kb, answered, dropped))


def _answer_figures(kb: KnowledgeBase, answered: list[tuple[GoldCase, list[ScoredUnit]]], dropped: set[tuple[int, int]]
                    ) -> tuple[float, float, float]:
    right = total = stated = 0
    for g, (case, chosen) in enumerate(answered):
        kept = [u for i, u in enumerate(chosen) if (g, i) not in dropped]
        total += len(kept)
        right += sum(kb.passages[u.unit.passage].doc_id in case.docs for u in kept)
        text = " ".join(_unit_quote(kb, u.unit) for u in kept)
        stated += all(re.search(f, text, re.I) for f in case.facts)
    return right / total, stated / len(answered), total / len(answered)
