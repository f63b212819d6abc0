"""Writing the feedback summary: feedback.md (the tables) with feedback.png (the helpful rates) beside it."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from bot.feedback.summary import FeedbackSummary, Rate, least_helpful_table, rate_table  # noqa: E402

CHART = "feedback.png"
TABLES = "feedback.md"


def markdown(summary: FeedbackSummary, source: str) -> str:
    t = summary.total
    return "\n".join([
        "# Feedback on the assistant's answers", "",
        f"{t.votes} votes from {source}: {t.helpful} helpful ({t.rate:.0%}).", "",
        f"![Helpful rate by answer type and by article]({CHART})", "",
        "## By answer type", "", rate_table("answer type", summary.by_type), "",
        "## By article (least helpful first)", "", rate_table("article", summary.by_article), "",
        "## Least helpful answers (most votes against first)", "",
        "Each row is one answer as clients saw it: the sections it cited, and what those who voted it down wrote.", "",
        least_helpful_table(summary.least_helpful) if summary.least_helpful else "No answer was voted unhelpful.", ""])


def write_feedback_report(summary: FeedbackSummary, folder: Path, source: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / TABLES).write_text(markdown(summary, source), encoding="utf-8")
    plot_rates(summary, folder / CHART)
    return folder


def plot_rates(summary: FeedbackSummary, path: Path) -> None:
    panels = [("By answer type", summary.by_type), ("By article", summary.by_article)]
    heights = [max(1, len(rates)) for _, rates in panels]
    fig, axes = plt.subplots(2, 1, figsize=(8, 1.6 + 0.38 * sum(heights)), height_ratios=heights, squeeze=False)
    for ax, (title, rates) in zip(axes[:, 0], panels):
        _bars(ax, title, rates)
    fig.suptitle(f"Helpful rate ({summary.total.votes} votes)")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def _bars(ax: plt.Axes, title: str, rates: list[Rate]) -> None:
    names = [r.name for r in rates][::-1]  # the first row of the table on top
    values = [r.rate for r in rates][::-1]
    ax.barh(names, values, color=["#c62828" if v < 0.5 else "#2f6f73" for v in values])
    for y, r in enumerate(rates[::-1]):
        ax.text(min(r.rate, 1.0) + 0.01, y, f"{r.rate:.0%} of {r.votes}", va="center", fontsize=8)
    ax.set_xlim(0, 1.18)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_title(title, loc="left", fontsize=10)
    ax.tick_params(axis="y", labelsize=8)
