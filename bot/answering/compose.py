"""Extractive answers: pick the few guide sentences that answer the question and cite each one.

Why these rules (each fixes a way a plain sentence picker fails on the guides):
- questions in the text ("How long do results last?") are never quoted; as headings they help find the answer;
- a lead-in ending in ":" is quoted together with its list, or not at all;
- a quote whose meaning hangs on its section ("Days 3-5", or "This is when ...") is shown after that heading;
- for how-long / how-many / when questions, quotes with figures from different articles are kept side by
  side, each cited, so differing figures are shown rather than one silently picked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from bot.data_files import DATA_DIR
from bot.fitted import LinearModel
from bot.reading.text import FIGURE, QUANTITATIVE, stem, terms, words
from bot.reading.vocabulary import informativeness
from bot.retrieval.knowledge import KnowledgeBase, Passage, heading_similarity
from bot.retrieval.precedents import quote_key
from bot.retrieval.retrieve import Hit

MAX_QUOTES = 4
MAX_CHARS = 600
LIST_GROUP_MAX_CHARS = 480
RELATIVE_FLOOR = 0.8  # a further quote within 80% of the best one; 0.7 stated 2.4 points more facts on dev, within noise, at lower citation precision and 470 characters a answer
OTHER_ARTICLE_FLOOR = 0.65
REDUNDANT_COSINE = 0.9
CROSS_ARTICLE_MIN_LEXICAL = 0.5
WEIGHTS = {"sentence": 0.40, "own_words": 0.05, "first_under_question": 0.03, "lexical": 0.20, "passage": 0.25,
           "heading": 0.20, "figure": 0.08, "list": 0.08, "new_article": 0.04}
LIST_SEEKING = re.compile(r"\b(what\s+(are|should|shouldn'?t|can|things|products|to)|which|side\s+effects?|signs?|tips?|ways?|risks?|avoid)\b", re.I)
CITATION_MARKER = "[{n}]"

_NUMBERING = re.compile(r"^\d+[.)]\s+")
_LIST_ITEM = re.compile(r"^(?:- |\d+[.)] )")
_LEANS_BACK = re.compile(r"^(however|but|this|that|these|those|it|they|so|also|additionally|therefore|because of this|as a result)\b", re.I)
_SAYS_OF_THE_LIST = re.compile(r"^(these|those|they)\s+(are|were|can|may|might|should|will)\b", re.I)
_QUALIFIES = re.compile(r"^(however|but)\b", re.I)
# A reply and at most a few words of degree: "Yes.", "Yes, slightly.", "No, not usually."
_BARE_REPLY = re.compile(r"(?:yes|no)\b[^.!?]{0,20}[.!]", re.I)
_POINTS_BACK = re.compile(r"\b(it|its|this|that|these|those|they|them|their)\b", re.I)
_REFERS_BACK = re.compile(r"\b(this|that|these|those)\s+(period|time|phase|stage|point|process|reason|effect|response)\b", re.I)
_DEICTIC = re.compile(r"^(this|that|these|those|it|they|here|there|now|at this stage|then)\b", re.I)
_STAGE_HEADING = re.compile(r"\d|\b(day|days|week|weeks|month|months|hours?|immediate\w*|first|after|before|during|long-term|short-term)\b", re.I)


@dataclass(frozen=True)
class Unit:
    """One or more consecutive sentences of one passage that are quoted together.

    `profile` is what scoring reads of the unit whatever the question (`UnitProfile`): built with the unit once per
    index rather than for every question; None for a unit put together while composing an answer."""

    passage: int
    sentences: tuple[int, ...]
    start: int
    end: int
    profile: UnitProfile | None = field(default=None, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class UnitProfile:
    terms: frozenset[str]  # of the passage heading and the unit's text
    has_figure: bool  # in its text or its heading without the numbering
    ends_in_list_item: bool


@dataclass(frozen=True)
class ScoredUnit:
    unit: Unit
    score: float
    similarity: float
    lexical: float
    values: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    # The score without what was learnt from dev's labels (the closest dev question's vote, the query adapter):
    # what the refuse decision weighs, since the precedents already speak to it through their own signal
    # (counted twice, they answered uncovered questions near answerable ones).
    unvoted: float = 0.0


@dataclass(frozen=True)
class Quote:
    n: int
    passage: Passage
    start: int
    end: int
    text: str
    heading_shown: str | None
    score: float


def build_units(kb: KnowledgeBase, passage: int) -> list[Unit]:
    ids = kb.by_passage[passage]
    texts = [kb.sentences[i].text for i in ids]
    units: list[Unit] = []
    i = 0
    while i < len(ids):
        text = texts[i]
        j = i + 1
        while j < len(ids) and _LIST_ITEM.match(texts[j]):
            j += 1
        if text.endswith((":", "?")) and j > i + 1:
            group = ids[i:j]
            if (j < len(ids) and _SAYS_OF_THE_LIST.match(texts[j]) and _quotable(texts[j])
                    and kb.sentences[ids[j]].end - kb.sentences[group[0]].start <= LIST_GROUP_MAX_CHARS):
                # "You might experience: - Redness ... These are just signs of blood flow and healing.": what the list
                # is, said after it, is quoted with it; alone, "these" would be whatever the client told.
                group, j = ids[i:j + 1], j + 1
            if kb.sentences[group[-1]].end - kb.sentences[group[0]].start <= LIST_GROUP_MAX_CHARS:
                units.append(_unit(kb, passage, group))
                # "These include:" leans on the sentence before it ("More serious side effects are possible ..."):
                # quoted with it too, the list says what it lists. Beside the list alone, whose quote key the
                # fitted rankings know.
                if i > 0 and text.endswith(":") and _LEANS_BACK.match(text) and _quotable(texts[i - 1]) \
                        and not _LIST_ITEM.match(texts[i - 1]):
                    units.append(_unit(kb, passage, [ids[i - 1], *group]))
            else:
                units += [_unit(kb, passage, [k]) for k in ids[i + 1:j] if len(kb.sentences[k].text) >= 60]
            i = j
            continue
        if _quotable(text):
            group = [ids[i]]
            if i > 0 and (_LEANS_BACK.match(text) or _REFERS_BACK.search(text)) and _quotable(texts[i - 1]) and not _LIST_ITEM.match(texts[i - 1]):
                group.insert(0, ids[i - 1])
            units.append(_unit(kb, passage, group))
        i += 1
    return units


def build_all_units(kb: KnowledgeBase) -> list[list[Unit]]:
    """The quotable units of every passage depend only on the index, so they are built once, not per question."""
    return [build_units(kb, i) for i in range(len(kb.passages))]


# Chosen by grouped cross-validation on dev (right quote ranked first): adding the quote's length and the
# passage's BM25 score helped (65.8% → 69.6%); the passage's dense score, its heading's share of the subject and
# the sentence's position in the passage were tried and did not.
QUOTE_FEATURES = ("similarity", "own", "first_under_question", "lexical", "subject", "passage", "heading", "figure",
                  "list", "length", "bm25", "precedent", "adapted")
# Learnt from dev's labels: the refuse decision looks at quote scores without them (see ScoredUnit.unvoted).
_LEARNT = ("precedent", "adapted")
QUOTE_MODEL_FILE = DATA_DIR / "quote_ranking.json"
# The same ranking fitted without what was learnt from dev's labels: the quote score the refuse decision weighs.
# Neutralising those signals in the full model is no substitute: fitted beside the adapter, it gives the plain
# sentence similarity next to no weight, so its quote scores without them would say little.
PLAIN_FEATURES = tuple(f for f in QUOTE_FEATURES if f not in _LEARNT)
PLAIN_QUOTE_MODEL_FILE = DATA_DIR / "quote_ranking_plain.json"


def load_quote_model(path: Path = QUOTE_MODEL_FILE) -> LinearModel:
    return LinearModel.load(path, frozenset(QUOTE_FEATURES))


def load_plain_quote_model(path: Path = PLAIN_QUOTE_MODEL_FILE) -> LinearModel:
    return LinearModel.load(path, frozenset(PLAIN_FEATURES))


def hand_score(v: dict[str, float]) -> float:
    """The blend set by hand before quote ranking was fitted; kept as the baseline the eval compares against."""
    return (WEIGHTS["sentence"] * v["similarity"] + WEIGHTS["own_words"] * v["own"]
            + WEIGHTS["first_under_question"] * v["first_under_question"] + WEIGHTS["lexical"] * v["lexical"]
            + WEIGHTS["passage"] * v["passage"] + WEIGHTS["heading"] * v["heading"] + WEIGHTS["figure"] * v["figure"]
            + WEIGHTS["list"] * v["list"])


def subject_weights(kb: KnowledgeBase, question: str) -> dict[str, float]:
    """The question's words by how much they say: "redness" outweighs "last", whatever the question's form."""
    weights: dict[str, float] = {}
    for word in words(question):
        term = stem(word)
        if term not in kb.common_terms:
            weights[term] = max(weights.get(term, 0.0), informativeness(word))
    return weights


def _share(weights: dict[str, float], found: set[str], total: float) -> float:
    return sum(w for t, w in weights.items() if t in found) / total if total else 0.0


def score_units(kb: KnowledgeBase, units: list[list[Unit]], hits: list[Hit], question: str,
                query_vector: np.ndarray, model: LinearModel | None = None,
                votes: dict[str, float] | None = None, adapted_sims: np.ndarray | None = None,
                plain: LinearModel | None = None) -> list[ScoredUnit]:
    """Every quotable unit of the retrieved passages, best first: by the fitted model, or the hand blend without one.

    `votes` are the right quotes of the closest labelled dev question (bot/retrieval/precedents.py); `adapted_sims` are the
    similarities to every sentence of the question's vector moved by the query adapter (bot/retrieval/query_adapter.py).
    None when there are none for this corpus, and then the signal takes its fitted mean, which weighs nothing.
    `plain` scores `unvoted`."""
    neutral = {name: _neutral(model, name) for name in _LEARNT}
    missing = neutral["precedent"] if votes is None else 0.0
    q_terms = set(terms(question)) - kb.common_terms
    subject = subject_weights(kb, question)
    subject_total = sum(subject.values())
    quantitative = bool(QUANTITATIVE.search(question))
    list_seeking = bool(LIST_SEEKING.search(question))
    top = hits[0].score if hits and hits[0].score > 0 else 1.0
    # Every sentence at once (a few hundred): cheaper than a product per quote. As lists: a unit is a sentence or
    # three, and NumPy's max over so few took a quarter of this function's time.
    sentence_sims = (kb.sentence_vectors @ query_vector).tolist()
    adapted = adapted_sims.tolist() if adapted_sims is not None else None
    rows: list[tuple[Unit, float, float, dict[str, float]]] = []
    for hit in hits:
        passage = kb.passages[hit.passage]
        # An FAQ answer rarely restates its question: under a question heading, the heading speaks for the text.
        asked_by_heading = float(heading_similarity(kb, query_vector, [hit.passage])[0]) if passage.heading.endswith("?") else 0.0
        for unit in units[hit.passage]:
            profile = unit.profile or _profile(kb, unit)
            own = max(map(sentence_sims.__getitem__, unit.sentences))
            similarity = max(own, asked_by_heading)
            # Under a question heading every sentence inherits its similarity; the answer usually comes first.
            first = asked_by_heading > own and kb.sentences[unit.sentences[0]].position == 0
            lexical = len(q_terms & profile.terms) / len(q_terms) if q_terms else 0.0
            values = {"similarity": similarity, "own": own, "first_under_question": float(first), "lexical": lexical,
                      "subject": _share(subject, profile.terms, subject_total), "passage": hit.score / top,
                      "bm25": hit.lexical, "heading": hit.heading, "figure": float(quantitative and profile.has_figure),
                      "list": float(list_seeking and profile.ends_in_list_item),
                      "length": min(1.0, (unit.end - unit.start) / MAX_CHARS),
                      "precedent": votes.get(quote_key(passage.doc_id, unit.start, unit.end), 0.0) if votes else missing,
                      "adapted": (max(map(adapted.__getitem__, unit.sentences))
                                  if adapted is not None else neutral["adapted"])}
            rows.append((unit, similarity, lexical, values))
    if not rows:
        return []
    # Every unit's score in one NumPy pass per model, not a call per unit.
    columns = {name: np.array([r[3][name] for r in rows]) for name in rows[0][3]}
    scores = model.probabilities(columns) if model else np.array([hand_score(r[3]) for r in rows])
    unvoted = (plain.probabilities(columns) if plain else
               model.probabilities({**columns, **{n: np.full(len(rows), v) for n, v in neutral.items()}}) if model
               else scores)
    scored = [ScoredUnit(unit=unit, score=float(score), similarity=similarity, lexical=lexical, values=values,
                         unvoted=float(plain_score))
              for (unit, similarity, lexical, values), score, plain_score in zip(rows, scores, unvoted)]
    return sorted(scored, key=lambda s: -s.score)


def _neutral(model: LinearModel | None, feature: str) -> float:
    return model.mean[model.features.index(feature)] if model and feature in model.features else 0.0


def select_units(kb: KnowledgeBase, ranked: list[ScoredUnit], question: str) -> list[ScoredUnit]:
    if not ranked:
        return []
    quantitative = bool(QUANTITATIVE.search(question))
    chosen: list[ScoredUnit] = []
    used = 0
    floor = ranked[0].score * RELATIVE_FLOOR
    pool = list(ranked)
    while pool and len(chosen) < MAX_QUOTES:
        docs = {kb.passages[c.unit.passage].doc_id for c in chosen}

        def boosted(c: ScoredUnit) -> float:
            new_doc = quantitative and kb.passages[c.unit.passage].doc_id not in docs
            return c.score + (WEIGHTS["new_article"] if new_doc and chosen else 0.0)

        pool.sort(key=lambda c: -boosted(c))
        candidate = pool.pop(0)
        if chosen and candidate.score < floor:
            # Another article's figure for a how-long / how-many question is worth showing at a lower bar.
            other = [c for c in pool + [candidate] if quantitative and c.score >= ranked[0].score * OTHER_ARTICLE_FLOOR
                     and kb.passages[c.unit.passage].doc_id not in docs and FIGURE.search(unit_text(kb, c.unit))]
            if not other:
                break
            candidate = max(other, key=lambda c: c.score)
            if candidate in pool:
                pool.remove(candidate)
        size = candidate.unit.end - candidate.unit.start
        if chosen and used + size > MAX_CHARS:
            continue
        if any(_redundant(kb, candidate.unit, c.unit) for c in chosen):
            continue
        if chosen and not _same_article(kb, candidate, chosen[0]) and candidate.lexical < CROSS_ARTICLE_MIN_LEXICAL:
            continue
        chosen.append(candidate)
        used += size
    return chosen


def interleave(kb: KnowledgeBase, choices: list[list[ScoredUnit]]) -> list[ScoredUnit]:
    """The quotes chosen for each part of a message, taken in turn (each part's best first), within the answer's
    length: "how many sessions for acne scars, and how far apart?" gets both parts' best quotes before either's
    second."""
    chosen: list[ScoredUnit] = []
    used = 0
    for rank in range(max((len(c) for c in choices), default=0)):
        for part in choices:
            if rank >= len(part) or len(chosen) >= MAX_QUOTES:
                continue
            candidate = part[rank]
            size = candidate.unit.end - candidate.unit.start
            if (chosen and used + size > MAX_CHARS) or any(_redundant(kb, candidate.unit, c.unit) for c in chosen):
                continue
            chosen.append(candidate)
            used += size
    return chosen


def compose_quotes(kb: KnowledgeBase, chosen: list[ScoredUnit], asks_yes_or_no: bool = False) -> list[Quote]:
    """Adjacent or overlapping picks from one passage merge into one quote (a lead chosen by a rule can overlap a
    unit chosen by score: a sentence, and it with the "But ..." after it); each quote gets the next citation number.
    `asks_yes_or_no`: the guides' own short reply before a quote ("Yes, slightly.") answers it, and goes with it."""
    merged: list[tuple[Unit, float]] = []
    for item in chosen:
        for k, (unit, score) in enumerate(merged):
            if unit.passage == item.unit.passage and (_adjacent(kb, unit, item.unit) or _overlap(unit, item.unit)):
                merged[k] = (_merge(unit, item.unit), max(score, item.score))
                break
        else:
            merged.append((item.unit, item.score))
    merged = [(_without_a_turn(kb, unit), score) for unit, score in merged]
    if asks_yes_or_no:
        merged = _with_their_replies(kb, merged)
    merged = _with_qualifications(kb, merged)
    quotes: list[Quote] = []
    for n, (unit, score) in enumerate(merged, start=1):
        passage = kb.passages[unit.passage]
        text = passage.text[unit.start - passage.start:unit.end - passage.start]
        quotes.append(Quote(n=n, passage=passage, start=unit.start, end=unit.end, text=text,
                            heading_shown=_heading_to_show(passage, text), score=score))
    return quotes


def _with_qualifications(kb: KnowledgeBase, merged: list[tuple[Unit, float]]) -> list[tuple[Unit, float]]:
    """A quote stopped before the sentence that qualifies it ("... an immediate glow ..." without "However, this
    effect is short-lived") says more than the guides do, and one stopped before the list it leads to ("These
    include:") says less: either goes with it, within the answer's length."""
    used = sum(unit.end - unit.start for unit, _ in merged)
    extended: list[tuple[Unit, float]] = []
    for unit, score in merged:
        ids = kb.by_passage[unit.passage]
        at = ids.index(unit.sentences[-1]) + 1
        if at < len(ids) and ids[at] not in unit.sentences:
            nxt = kb.sentences[ids[at]]
            # "More serious side effects are possible ..." then "These include:" and its list: what it announces.
            more = [ids[at]]
            if nxt.text.endswith(":") and _LEANS_BACK.match(nxt.text):
                for k in ids[at + 1:]:
                    if not _LIST_ITEM.match(kb.sentences[k].text):
                        break
                    more.append(k)
            end = kb.sentences[more[-1]].end
            announces = len(more) > 1
            if (announces or _qualifies(kb.sentences[unit.sentences[-1]].text, nxt.text)) and used + end - unit.end <= MAX_CHARS \
                    and not _quoted_already(merged, unit.passage, more):
                used += end - unit.end
                unit = Unit(passage=unit.passage, sentences=unit.sentences + tuple(more), start=unit.start, end=end)
        extended.append((unit, score))
        if (after := _qualified_across(kb, unit)) is not None and used + after.end - after.start <= MAX_CHARS \
                and not _quoted_already(merged, after.passage, after.sentences):
            # The guides' "But it can last long over a year ..." can open the next chunk of the same paragraph.
            used += after.end - after.start
            extended.append((after, score))
    return extended


def _with_their_replies(kb: KnowledgeBase, merged: list[tuple[Unit, float]]) -> list[tuple[Unit, float]]:
    """"Will it tighten my jawline?" answered "It stimulates collagen ..., but it's no substitute for a facelift."
    without the "Yes, slightly." before it: the reply, too short to be quoted alone, is what says how much."""
    used = sum(unit.end - unit.start for unit, _ in merged)
    replied: list[tuple[Unit, float]] = []
    for unit, score in merged:
        ids = kb.by_passage[unit.passage]
        at = ids.index(unit.sentences[0])
        if at > 0 and _BARE_REPLY.fullmatch(kb.sentences[ids[at - 1]].text.strip()) \
                and used + unit.start - kb.sentences[ids[at - 1]].start <= MAX_CHARS:
            before = kb.sentences[ids[at - 1]]
            used += unit.start - before.start
            unit = Unit(passage=unit.passage, sentences=(ids[at - 1], *unit.sentences), start=before.start, end=unit.end)
        replied.append((unit, score))
    return replied


def _quoted_already(merged: list[tuple[Unit, float]], passage: int, sentences: Iterable[int]) -> bool:
    return any(u.passage == passage and set(sentences) & set(u.sentences) for u, _ in merged)


def _qualified_across(kb: KnowledgeBase, unit: Unit) -> Unit | None:
    """The "But ..." or "However, ..." sentence that opens the next passage of the same section, when the unit ends
    its own passage: the chunk size cut the paragraph between a sentence and what qualifies it."""
    ids = kb.by_passage[unit.passage]
    if unit.sentences[-1] != ids[-1] or unit.passage + 1 >= len(kb.passages):
        return None
    here, there, following = kb.passages[unit.passage], kb.passages[unit.passage + 1], kb.by_passage[unit.passage + 1]
    if there.doc_id != here.doc_id or there.section != here.section or not following:
        return None
    first = kb.sentences[following[0]]
    if not _qualifies(kb.sentences[unit.sentences[-1]].text, first.text):
        return None
    return Unit(passage=unit.passage + 1, sentences=(following[0],), start=first.start, end=first.end)


def _without_a_turn(kb: KnowledgeBase, unit: Unit) -> Unit:
    """The unit without a last "But ..." that turns to something else ("But there's also the safety factor to
    consider." after a sentence on comfort): quoted, it would read as a warning about what the quote just said."""
    if len(unit.sentences) < 2:
        return unit
    last, before = kb.sentences[unit.sentences[-1]], kb.sentences[unit.sentences[-2]]
    if not _QUALIFIES.match(last.text) or _qualifies(before.text, last.text):
        return unit
    return Unit(passage=unit.passage, sentences=unit.sentences[:-1], start=unit.start, end=before.end)


def _qualifies(sentence: str, following: str) -> bool:
    """Whether `following` qualifies `sentence` ("... last 4-6 weeks ..." then "But it can last long over a year"):
    a "But" or "However" that speaks of the same thing, in its words or pointing back at it; "But there's also the
    safety factor to consider." after a sentence on comfort turns to something else."""
    if not (_QUALIFIES.match(following) and _quotable(following)):
        return False
    return bool(_POINTS_BACK.search(following)) or bool((set(terms(sentence)) & set(terms(following))))


def render_answer(quotes: list[Quote]) -> str:
    parts = []
    for q in quotes:
        marker = CITATION_MARKER.format(n=q.n)
        body = f"{q.heading_shown}: {q.text}" if q.heading_shown else q.text
        parts.append(f"{body} {marker}")
    return "\n\n".join(parts)


def _heading_to_show(passage: Passage, quote: str) -> str | None:
    heading = passage.heading
    if not heading or heading.endswith("?"):
        return None
    if _STAGE_HEADING.search(heading) or _DEICTIC.match(quote):
        return heading
    return None


def _quotable(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) >= 25 and not stripped.endswith("?") and not stripped.endswith(":")


def _unit(kb: KnowledgeBase, passage: int, ids: list[int]) -> Unit:
    unit = Unit(passage=passage, sentences=tuple(ids), start=kb.sentences[ids[0]].start, end=kb.sentences[ids[-1]].end)
    return replace(unit, profile=_profile(kb, unit))


def _profile(kb: KnowledgeBase, unit: Unit) -> UnitProfile:
    heading, text = kb.passages[unit.passage].heading, unit_text(kb, unit)
    return UnitProfile(terms=frozenset(terms(f"{heading} {text}")),
                       has_figure=bool(FIGURE.search(text) or FIGURE.search(_NUMBERING.sub("", heading))),
                       ends_in_list_item=len(unit.sentences) > 1 and _LIST_ITEM.match(kb.sentences[unit.sentences[-1]].text) is not None)


def through_its_passage(kb: KnowledgeBase, scored: ScoredUnit, budget: int = MAX_CHARS) -> ScoredUnit:
    """The quote with the sentences of its passage that follow it, as many as fit in `budget` characters: a stage of
    the timeline asked about as a whole is told by its paragraph, not its first sentence ("Around days 5-7, your skin
    enters the active collagen-building phase." says nothing of what the client may see; the next sentence does)."""
    ids = kb.by_passage[scored.unit.passage]
    group = list(scored.unit.sentences)
    for i in ids[ids.index(group[-1]) + 1:]:
        if kb.sentences[i].end - kb.sentences[group[0]].start > budget:
            break
        group.append(i)
    return replace(scored, unit=_unit(kb, scored.unit.passage, group))


def unit_spans(kb: KnowledgeBase, units: list[list[Unit]]) -> list[tuple[str, int, int]]:
    """Every unit by its place in its article, as right quotes are labelled."""
    return [(kb.passages[u.passage].doc_id, u.start, u.end) for passage in units for u in passage]


def unit_text(kb: KnowledgeBase, unit: Unit) -> str:
    return " ".join(kb.sentences[i].text for i in unit.sentences)


def _redundant(kb: KnowledgeBase, a: Unit, b: Unit) -> bool:
    if a.passage == b.passage and _overlap(a, b):
        return True
    va = kb.sentence_vectors[list(a.sentences)].mean(axis=0)
    vb = kb.sentence_vectors[list(b.sentences)].mean(axis=0)
    cos = float(va @ vb / (np.linalg.norm(va) * np.linalg.norm(vb) + 1e-9))
    same_figures = set(re.findall(r"\d+", unit_text(kb, a))) == set(re.findall(r"\d+", unit_text(kb, b)))
    return cos >= REDUNDANT_COSINE and same_figures


def _same_article(kb: KnowledgeBase, a: ScoredUnit, b: ScoredUnit) -> bool:
    return kb.passages[a.unit.passage].doc_id == kb.passages[b.unit.passage].doc_id


def _adjacent(kb: KnowledgeBase, a: Unit, b: Unit) -> bool:
    pa = {kb.sentences[i].position for i in a.sentences}
    pb = {kb.sentences[i].position for i in b.sentences}
    return min(pb) == max(pa) + 1 or min(pa) == max(pb) + 1


def _overlap(a: Unit, b: Unit) -> bool:
    return not (a.end <= b.start or b.end <= a.start)


def _merge(a: Unit, b: Unit) -> Unit:
    sentences = tuple(sorted(set(a.sentences) | set(b.sentences)))
    return Unit(passage=a.passage, sentences=sentences, start=min(a.start, b.start), end=max(a.end, b.end))
