"""What the votes say, so the clinic knows which guide to improve: helpful rates by answer type and by article,
and the least helpful answers with the sections they cited."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from bot.feedback.request_ids import CitedSection
from bot.feedback.store import Vote

NO_SOURCES = "(no sources)"


@dataclass(frozen=True)
class Rate:
    """Helpful votes out of all votes for one group."""

    name: str
    helpful: int
    votes: int

    @property
    def rate(self) -> float:
        return self.helpful / self.votes


@dataclass(frozen=True)
class AnswerRate:
    """The votes on one answer as clients saw it: its type and the sections it cited (the same answer, asked again,
    cites the same sections), with the comments left on it."""

    answer_type: str
    cited: tuple[CitedSection, ...]
    helpful: int
    votes: int
    comments: tuple[str, ...]

    @property
    def rate(self) -> float:
        return self.helpful / self.votes

    @property
    def sections(self) -> str:
        return "; ".join(f"{c.doc_id} › {c.section}" if c.section else c.doc_id for c in self.cited) or NO_SOURCES


@dataclass(frozen=True)
class FeedbackSummary:
    total: Rate
    by_type: list[Rate]
    by_article: list[Rate]
    least_helpful: list[AnswerRate]


def summarise_votes(votes: Iterable[Vote], top: int = 10) -> FeedbackSummary:
    """Articles are listed least helpful first (the more voted on first among equals); answers voted down, most
    votes against first and then by helpful rate, so one answer five clients found wanting comes before one that
    one client did. An answer citing an article counts once for it however many of its sections it cited."""
    votes = list(votes)
    by_type: dict[str, list[bool]] = defaultdict(list)
    by_article: dict[str, list[bool]] = defaultdict(list)
    answers: dict[tuple[str, tuple[CitedSection, ...]], list[Vote]] = defaultdict(list)
    for vote in votes:
        a = vote.answered
        by_type[a.answer_type].append(vote.helpful)
        for doc_id in dict.fromkeys(c.doc_id for c in a.cited):
            by_article[doc_id].append(vote.helpful)
        answers[(a.answer_type, a.cited)].append(vote)
    answer_rates = [AnswerRate(answer_type=kind, cited=cited, helpful=sum(v.helpful for v in vs), votes=len(vs),
                               comments=tuple(v.comment for v in vs if v.comment and not v.helpful))
                    for (kind, cited), vs in answers.items()]
    least = sorted((a for a in answer_rates if a.helpful < a.votes), key=lambda a: (a.helpful - a.votes, a.rate, a.sections))
    return FeedbackSummary(
        total=Rate("all answers", sum(v.helpful for v in votes), len(votes)),
        by_type=sorted(_rates(by_type), key=lambda r: r.name),
        by_article=sorted(_rates(by_article), key=lambda r: (r.rate, -r.votes, r.name)),
        least_helpful=least[:top])


def _rates(groups: dict[str, list[bool]]) -> list[Rate]:
    return [Rate(name, sum(marks), len(marks)) for name, marks in groups.items()]


def rate_table(title: str, rates: list[Rate]) -> str:
    lines = [f"| {title} | helpful | votes |", "|---|---|---|"]
    lines += [f"| {r.name} | {r.rate:.0%} | {r.votes} |" for r in rates]
    return "\n".join(lines)


def least_helpful_table(answers: list[AnswerRate]) -> str:
    lines = ["| answer type | cited sections | helpful | votes | comments |", "|---|---|---|---|---|"]
    lines += [f"| {a.answer_type} | {_cell(a.sections)} | {a.rate:.0%} | {a.votes} | "
              f"{_cell(' / '.join(a.comments))} |" for a in answers]
    return "\n".join(lines)


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())
