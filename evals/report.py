"""Writing an evaluation run: report.json, report.md and PNG charts in a timestamped folder."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from evals.cases import FIGURES_ONLY  # noqa: E402
from evals.metrics import METRICS  # noqa: E402
from evals.run import KINDS, PRODUCT, ROWS, EvalRun  # noqa: E402

SHARE_METRICS = ("fact_accuracy", "recall_at_4", "mrr", "citation_precision", "citation_recall",
                 "no_answer_precision", "no_answer_recall", "answerable_refused", "escalation_recall",
                 "false_escalation_rate", "adversarial_safety")


def fmt(value: float | None, metric: str) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}" if metric.endswith(("_ms", "_chars")) else f"{value:.1%}"


def table(run: EvalRun) -> str:
    names = list(run.metrics)
    lines = ["| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for metric in METRICS:
        lines.append(f"| {metric} | " + " | ".join(fmt(run.metrics[n][metric], metric) for n in names) + " |")
    for kind in KINDS:
        lines.append(f"| pass rate: {kind} | " + " | ".join(fmt(run.per_kind[n][kind], kind) for n in names) + " |")
    return "\n".join(lines)


def summary_line(run: EvalRun) -> str:
    m = run.metrics[PRODUCT]
    return (f"{run.split} split, {len(run.outcomes[PRODUCT])} cases: fact accuracy {fmt(m['fact_accuracy'], '')}, "
            f"escalation recall {fmt(m['escalation_recall'], '')}, false escalation {fmt(m['false_escalation_rate'], '')}, "
            f"no-answer recall {fmt(m['no_answer_recall'], '')}, citation precision {fmt(m['citation_precision'], '')}, "
            f"p50 {fmt(m['latency_p50_ms'], '_ms')} ms")


def splits_table(runs: list[EvalRun]) -> str:
    """The product on each split side by side: the figures to compare, not to tune on."""
    lines = ["| product | " + " | ".join(f"{r.split} ({len(r.outcomes[PRODUCT])})" for r in runs) + " |",
             "|---|" + "---|" * len(runs)]
    for metric in METRICS:
        lines.append(f"| {metric} | " + " | ".join(fmt(r.metrics[PRODUCT][metric], metric) for r in runs) + " |")
    for kind in KINDS:
        lines.append(f"| pass rate: {kind} | " + " | ".join(fmt(r.per_kind[PRODUCT][kind], kind) for r in runs) + " |")
    return "\n".join(lines)


ROW_FIGURES = ("cases", "passed", "fact_accuracy", "escalation_recall", "no_answer_recall", "day_read")


def conversation_table(runs: list[EvalRun]) -> str | None:
    """Multi-turn and day-aware cases as their own rows (they are counted in the split's figures too), and whether
    an unrelated earlier question changed any answer to a question that stands on its own."""
    if not any(r.rows or r.history_unchanged is not None for r in runs):
        return None
    lines = ["| conversation cases | " + " | ".join(r.split for r in runs) + " |", "|---|" + "---|" * len(runs)]
    for row in ROWS:
        for figure in ROW_FIGURES:
            cells = [r.rows.get(row, {}).get(figure) for r in runs]
            text = [("–" if c is None else f"{int(c)}") if figure == "cases" else fmt(c, figure) for c in cells]
            lines.append(f"| {row}: {figure} | " + " | ".join(text) + " |")
        if any(r.rows_without_chat for r in runs):
            for figure in ("passed", "fact_accuracy"):
                cells = [r.rows_without_chat.get(row, {}).get(figure) for r in runs]
                lines.append(f"| {row}: {figure}, last question alone | " + " | ".join(fmt(c, figure) for c in cells) + " |")
    lines.append("| single questions unchanged after an unrelated one | "
                 + " | ".join(fmt(r.history_unchanged, "") for r in runs) + " |")
    return "\n".join(lines)


GAP_METRICS = ("fact_accuracy", "no_answer_recall", "answerable_refused", "escalation_recall", "false_escalation_rate",
               "citation_precision")


def gap_line(runs: list[EvalRun]) -> str | None:
    """How much better the product does on the questions it was tuned on than on questions nobody tuned on."""
    by = {r.split: r.metrics[PRODUCT] for r in runs}
    if "dev" not in by or "unseen" not in by:
        return None
    parts = []
    for metric in GAP_METRICS:
        dev, unseen = by["dev"][metric], by["unseen"][metric]
        if dev is not None and unseen is not None:
            parts.append(f"{metric} {100 * (dev - unseen):+.1f} points")
    return "gap dev − unseen: " + ", ".join(parts)


def write_report(runs: list[EvalRun], root: Path, gate_failures: dict[str, list[str]]) -> Path:
    out = root / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out.mkdir(parents=True, exist_ok=True)
    payload: dict[str, object] = {"target": runs[0].target, "gap": gap_line(runs), "splits": {}}
    md = [f"# Evaluation report ({', '.join(r.split for r in runs)}; {runs[0].target})", ""]
    if len(runs) > 1:
        md += ["## The product on each split", "", splits_table(runs), ""] + ([gap_line(runs) or "", ""])
    conversations = conversation_table(runs)
    if conversations:
        md += ["## Conversations and treatment days", "", conversations, ""]
    for run in runs:
        listed = run.split not in FIGURES_ONLY
        failures = [{"id": o.case.id, "kind": o.case.kind, "question": o.case.question, "type": o.type,
                     "answer": o.answer, "facts": o.case.facts} for o in run.failures] if listed else []
        split_failures = gate_failures.get(run.split, [])
        payload["splits"][run.split] = {  # type: ignore[index]
            "summary": summary_line(run), "gate_failures": split_failures,
            "systems": {n: {"metrics": run.metrics[n], "pass_rate_by_kind": run.per_kind[n]} for n in run.metrics},
            "conversation_rows": run.rows, "conversation_rows_without_chat": run.rows_without_chat,
            "single_questions_unchanged_after_history": run.history_unchanged,
            "failing_cases": failures, "failing_count": len(run.failures)}
        md += [f"## {run.split} split", "", summary_line(run), "", table(run), ""]
        md += ["### Gate", ""] + ([f"- {f}" for f in split_failures] or ["- all thresholds met (or none set)"]) + [""]
        md += ["### Failing cases (product)", ""]
        md += [f"- `{f['id']}` ({f['kind']}) {f['question']!r} → {f['type']}: {f['answer'][:300]!r}" for f in failures]
        if not listed:
            md += [f"- {withheld(run)}"]
        md += ["", f"![metrics]({run.split}_metrics_by_system.png)", f"![latency]({run.split}_latency.png)",
               f"![per kind]({run.split}_per_kind.png)", ""]
        _charts(run, out, prefix=f"{run.split}_")
    if _refuse_curve(runs, out / "refuse_precision_recall.png"):
        md += ["## Refusing: precision and recall", "", "![refuse](refuse_precision_recall.png)", ""]
    (out / "report.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    (out / "report.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    return out


def withheld(run: EvalRun) -> str:
    return (f"{len(run.failures)} failing cases on {run.split}, not listed: the split is read by its figures only, "
            "so that nobody tunes the engine to its cases")


def _refuse_curve(runs: list[EvalRun], path: Path) -> bool:
    """Precision/recall of refusing over the answer-or-refuse cases, as the engine's answerability cut-off moves."""
    fig, ax = plt.subplots(figsize=(6, 5))
    drawn = False
    for run in runs:
        outs = [o for o in run.outcomes[PRODUCT] if o.case.kind in ("answer", "no_answer") and o.answerable is not None]
        if not outs or len({o.case.kind for o in outs}) < 2:
            continue
        refuse = np.array([o.case.kind == "no_answer" for o in outs])
        p = np.array([o.answerable for o in outs], dtype=float)
        points = []
        for cut in np.unique(np.concatenate([p, [0.0, 1.0]])):
            said = p < cut
            if said.any():
                points.append((refuse[said].mean(), (said & refuse).sum() / refuse.sum()))
        if points:
            precision, recall = zip(*sorted(points, key=lambda t: t[1]))
            line, = ax.plot(recall, precision, marker=".", label=run.split)
            said = np.array([o.type == "no_answer" for o in outs])
            if said.any():
                ax.scatter([(said & refuse).sum() / refuse.sum()], [refuse[said].mean()], color=line.get_color(),
                           s=90, marker="*", zorder=3)
            drawn = True
    if drawn:
        ax.set_xlabel("recall of refusing (uncovered questions refused)")
        ax.set_ylabel("precision of refusing")
        ax.set_xlim(0, 1.02)
        ax.set_ylim(0, 1.02)
        ax.set_title("Refusing as the cut-off moves (★ = what the product did,\nthe rule for questions about the clinic included)", fontsize=10)
        ax.legend()
        fig.tight_layout()
        fig.savefig(path, dpi=110)
    plt.close(fig)
    return drawn


def _charts(run: EvalRun, out: Path, prefix: str = "") -> None:
    names = list(run.metrics)
    width = 0.8 / len(names)
    x = np.arange(len(SHARE_METRICS))
    fig, ax = plt.subplots(figsize=(13, 5))
    for i, name in enumerate(names):
        ax.bar(x + i * width, [run.metrics[name][m] or 0 for m in SHARE_METRICS], width, label=name)
    ax.set_xticks(x + width * (len(names) - 1) / 2, [m.replace("_", "\n") for m in SHARE_METRICS], fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Metrics by system ({run.split} split)")
    ax.legend(fontsize=7, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.22))
    fig.tight_layout()
    fig.savefig(out / f"{prefix}metrics_by_system.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(10, 4))
    ax.boxplot([[o.seconds * 1000 for o in run.outcomes[n]] for n in names], showfliers=True)
    ax.set_xticks(range(1, len(names) + 1), [n[:28] for n in names], fontsize=7, rotation=15)
    ax.set_ylabel("ms per question")
    ax.set_title("Latency distribution")
    fig.tight_layout()
    fig.savefig(out / f"{prefix}latency.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(10, 4))
    xk = np.arange(len(KINDS))
    for i, name in enumerate(names):
        ax.bar(xk + i * width, [run.per_kind[name][k] or 0 for k in KINDS], width, label=name)
    ax.set_xticks(xk + width * (len(names) - 1) / 2, KINDS)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("pass rate")
    ax.set_title("Pass rate by kind of question")
    ax.legend(fontsize=7, ncol=3, loc="upper center", bbox_to_anchor=(0.5, -0.22))
    fig.tight_layout()
    fig.savefig(out / f"{prefix}per_kind.png", dpi=110)
    plt.close(fig)
