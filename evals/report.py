"""Writing an evaluation run: report.json, report.md and PNG charts in a timestamped folder."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from evals.metrics import METRICS  # noqa: E402
from evals.run import KINDS, PRODUCT, EvalRun  # noqa: E402

SHARE_METRICS = ("fact_accuracy", "recall_at_4", "mrr", "citation_precision", "citation_recall",
                 "no_answer_precision", "no_answer_recall", "escalation_recall", "false_escalation_rate",
                 "adversarial_safety")


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


def write_report(run: EvalRun, root: Path, gate_failures: list[str]) -> Path:
    out = root / datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out.mkdir(parents=True, exist_ok=True)
    failures = [{"id": o.case.id, "kind": o.case.kind, "question": o.case.question, "type": o.type,
                 "answer": o.answer, "facts": o.case.facts} for o in run.failures]
    payload = {"split": run.split, "target": run.target, "summary": summary_line(run), "gate_failures": gate_failures,
               "systems": {n: {"metrics": run.metrics[n], "pass_rate_by_kind": run.per_kind[n]} for n in run.metrics},
               "failing_cases": failures}
    (out / "report.json").write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    md = [f"# Evaluation report ({run.split} split, {run.target})", "", summary_line(run), "", table(run), ""]
    md += ["## Gate", ""] + ([f"- {f}" for f in gate_failures] or ["- all thresholds met"]) + [""]
    md += ["## Failing cases (product)", ""]
    md += [f"- `{f['id']}` ({f['kind']}) {f['question']!r} → {f['type']}: {f['answer'][:300]!r}" for f in failures]
    md += ["", "![metrics](metrics_by_system.png)", "![latency](latency.png)", "![per kind](per_kind.png)"]
    (out / "report.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    _charts(run, out)
    return out


def _charts(run: EvalRun, out: Path) -> None:
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
    fig.savefig(out / "metrics_by_system.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(10, 4))
    ax.boxplot([[o.seconds * 1000 for o in run.outcomes[n]] for n in names], showfliers=True)
    ax.set_xticks(range(1, len(names) + 1), [n[:28] for n in names], fontsize=7, rotation=15)
    ax.set_ylabel("ms per question")
    ax.set_title("Latency distribution")
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=110)
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
    fig.savefig(out / "per_kind.png", dpi=110)
    plt.close(fig)
