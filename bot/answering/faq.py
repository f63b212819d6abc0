"""The questions the guides ask and answer themselves ("Does Microneedling Tighten Skin?"), read from their headings.

A client who asks one of them, in any order of its words, is answered from the passage under it: the guides wrote
that passage as its answer, with its limits ("... but it's no substitute for a facelift"), where another passage
that only scores higher may name the same thing without them. Read from the headings, so a new article's FAQs need
no code.
"""

from __future__ import annotations

from bot.reading.text import terms
from bot.retrieval.knowledge import KnowledgeBase


def guides_questions(kb: KnowledgeBase) -> dict[frozenset[str], frozenset[int]]:
    """Each question heading's words (past the words every passage uses) with the first passage under it. Only a
    question with no sections of its own: under "How Often Should You Get Microneedling?" an introduction comes
    first and the answer in a section below."""
    parents = {section for p in kb.passages for section in _parent_sections(p.section)}
    found: dict[frozenset[str], frozenset[int]] = {}
    for i, p in enumerate(kb.passages):
        if (p.heading.rstrip().endswith("?") and p.section not in parents
                and (i == 0 or kb.passages[i - 1].heading != p.heading)):
            asked = frozenset(terms(p.heading)) - kb.common_terms
            if asked:  # "What Is Microneedling?" has no word of its own: any question would be it
                found[asked] = found.get(asked, frozenset()) | {i}
    return found


def _parent_sections(section: str) -> list[str]:
    """"FAQs > Does Microneedling Tighten Skin?" → ["FAQs"]: the sections a section is under."""
    parts = section.split(" > ")
    return [" > ".join(parts[:n]) for n in range(1, len(parts))]
