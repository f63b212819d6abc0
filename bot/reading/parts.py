"""The separate questions inside one message ("how many sessions for acne scars and how much does each cost?").

Clients put two questions in one message; when one of them is about something the guides never cover (a price,
another treatment, driving home), the whole message reads as uncovered and the part the guides do answer is
refused with it. Each part is tried on its own only after the whole was refused; a part is cut where a new
question opens (after "?", ";", ", and", "and", "also", "plus" followed by a question word), never inside a clause,
so "redness and swelling" stays one subject.
"""

from __future__ import annotations

import re

_QUESTION_WORD = (r"how|what|when|why|where|which|who|can|could|should|shall|is|are|am|do|does|did|will|would|may"
                  r"|might|must|has|have|any|anything")
_OPENS_A_QUESTION = re.compile(rf"^\s*(?:(?:and|also|plus|but|so|ok|okay|oh)\s+)*(?:{_QUESTION_WORD})\b", re.I)
_BOUNDARY = re.compile(
    rf"\?+\s*|;\s*|[,.]?\s+(?:and|also|plus|but)\s+(?:also\s+)?(?=(?:{_QUESTION_WORD})\b)|,\s+(?=(?:{_QUESTION_WORD})\b)",
    re.I)
MIN_WORDS = 3  # "and cost?" is no question of its own


def parts(question: str) -> list[str]:
    """The question's parts in order, each as the client wrote it (with its question mark); one part when it has
    no boundary, or a piece would be too short to ask anything, or a piece is a statement: "I have a pacemaker, is
    it safe for me?" asks one question, of someone with a pacemaker."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(question):
        piece = question[start:match.end()] if match.group().startswith("?") else question[start:match.start()]
        pieces.append(piece)
        start = match.end()
    pieces.append(question[start:])
    pieces = [p.strip(" ,.;") for p in pieces if p.strip(" ,.;?!")]
    if len(pieces) < 2 or any(len(re.findall(r"\w+", p)) < MIN_WORDS or not _OPENS_A_QUESTION.match(p) for p in pieces):
        return [question]
    return pieces
