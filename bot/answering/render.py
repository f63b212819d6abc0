"""A response as the command line shows it: the answer, where each quote comes from, then the disclaimer."""

from __future__ import annotations

import textwrap

from bot.models import AnswerResponse


def render_for_terminal(response: AnswerResponse, width: int = 100) -> str:
    lines = [f"(read as: {response.interpreted_as})", ""] if response.interpreted_as else []
    lines += [response.answer, ""]
    if response.citations:
        lines.append("Sources:")
        for c in response.citations:
            where = f"{c.title} — {c.section}" if c.section else c.title
            lines.append(f"  [{c.n}] {where} ({c.doc_id}, characters {c.start}-{c.end})")
        lines.append("")
    lines.append(textwrap.fill(response.disclaimer, width=width))
    return "\n".join(lines)
