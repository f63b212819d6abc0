"""The separate questions inside one message ("how many sessions for acne scars and how much does each cost?").

Clients put two questions in one message; when one of them is about something the guides never cover (a price,
another treatment, driving home), the whole message reads as uncovered and the part the guides do answer is
refused with it, or one part's quotes crowd out the other's. A part is cut where a new question opens (after "?", ";", ":",
a full stop, " - ", ", and", "and", "+", "also", "plus" followed by a question word; a number of a list, "1) ... 2) ..."),
never inside a clause, so "redness and swelling" stays one subject; a statement is the context of the question after
it.
"""

from __future__ import annotations

import re

EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF]"
_QUESTION_WORD = (r"how|what|when|why|where|which|who|whats|hows|whens|can|could|should|shall|is|are|am|do|does|did|will|would"
                  r"|may|might|must|has|have|any|anything")
# A greeting or filler word before the question word still opens a question ("helo can i drink alcohol ...").
_FILLER = (r"and|also|plus|but|so|ok|okay|oh|hi|hii+|hello|helo|hey|heya|hiya|um+|hmm+|well|right|yeah|yes|sorry"
           r"|quick\s+question")
# A number of a list ("1) when can I ...") opens its question as a greeting does.
_LEAD_IN = rf"^\s*(?:\d[).:]\s*)?(?:(?:{_FILLER})\W+)*"
_OPENS_A_QUESTION = re.compile(rf"{_LEAD_IN}(?:{_QUESTION_WORD})\b", re.I)
_LEADING_FILLER = re.compile(_LEAD_IN, re.I)
# "ok, ...", "oh and ...": a mark, or a joining word after another ("and redness?" alone leans on the last question).
_CLOSES_A_LEAD_IN = re.compile(r"(?:[,.!;:]|\w\W+(?:and|also|plus))\W*$", re.I)
# "... results? oh and how long do they last?": "oh" cut off before "and how" tells nothing.
_ONLY_FILLER = re.compile(rf"^\W*(?:(?:{_FILLER})\W*)+$", re.I)
# "Does the weather matter? It's winter here. also does stress ...": a question opening with "also" adds one of its
# own, so the statement before it told of the question before.
_ADDS_A_QUESTION = re.compile(rf"^\s*(?:(?:oh|ok|okay|um+|so)\W+)*(?:and|also|plus)\W+(?:{_QUESTION_WORD})\b", re.I)
# "redness how long + makeup when": a terse question puts its question word last.
_ASKED_LAST = r"(?:how\s+(?:long|soon|many|much|often)|when|why)\W*$"
_ENDS_ON_ITS_QUESTION_WORD = re.compile(rf"\b{_ASKED_LAST}", re.I)
# "makeup when" asks in two words; "and when?" leans on the question before it.
_ASKS_TERSELY = re.compile(rf"\b(?!and\b|also\b|plus\b|but\b|so\b)\w+\s+{_ASKED_LAST}", re.I)
# ", which is why I started microneedling": a clause that says why or what follows from what was told, not a question.
_EXPLAINS = r"which\s+(?:is|was|'s)\s+why\b|which\s+(?:means|meant)\b"
_BOUNDARY = re.compile(
    rf"\?+\s*|;\s*|[.!]+\s+|\s+\+\s+(?=(?:{_QUESTION_WORD})\b|[^+?]*\b{_ASKED_LAST})|[,.]?\s+(?:and|&|also|plus|but)\s+(?:also\s+)?(?=(?:{_QUESTION_WORD})\b)|[,:]\s+(?=(?:{_QUESTION_WORD})\b)(?!{_EXPLAINS})"
    rf"|\s+[-–—]+\s+(?=(?:{_QUESTION_WORD})\b)|\s+\d[).:]\s+"
    # An emoji ends a sentence as a full stop would ("i have a date tmrw 😩 can i wear makeup").
    rf"|\s*{EMOJI}+\s+(?=(?:{_QUESTION_WORD})\b)",
    re.I)
# "... and can i get botox next week": a question word with whom it asks of opens a question, not "has acne scars".
_ASKS_SOMEONE = re.compile(rf"^\s*(?:{_QUESTION_WORD})\s+(i|you|u|we|it|that|this|they|he|she|my|there)\b", re.I)
# "blood thinners affect results? ... also does diabetes matter": a question mark closes a first question without a
# question word when the next one opens as another ("Men have thicker skin right? does that mean ..." goes on).
_ANOTHER_QUESTION = re.compile(rf"^\s*(?:and|also|plus)\W+(?:{_QUESTION_WORD})\b", re.I)
# "Peeling a bit on day 4 is that normal, and ...", "still flaking a bit, normal? and ...": a statement closed by asking
# whether it is normal is a question.
_ASKS_AT_THE_END = re.compile(r"(,\s*|\b(is|isn'?t)\s+(that|this|it)\s+)(normal|ok|okay|fine|bad|expected|common|right)\W*$", re.I)
MIN_WORDS = 3  # "and cost?" is no question of its own


def opens_a_question(text: str) -> bool:
    return _OPENS_A_QUESTION.match(text) is not None


def without_lead_in(piece: str) -> str:
    """A part as asked on its own: "oh and do I need sessions forever?" is answered as "do I need sessions forever?",
    since the joining words carry nothing of the question yet move what it retrieves.
    A lead-in closed by a mark or by a joining word after another ("oh and week 3, skin is smoother ...", "ok, my
    face is red") goes before a statement too; not a bare word that may be the statement's own ("right eye is
    swollen")."""
    lead_in = _LEADING_FILLER.match(piece)
    rest = piece[lead_in.end():] if lead_in else piece
    closed = bool(lead_in) and _CLOSES_A_LEAD_IN.search(lead_in.group(0)) is not None
    return rest if rest.strip() and (_OPENS_A_QUESTION.match(rest) or closed) else piece


def _next_question(question: str, spans: list[tuple[int, int, str]]) -> str:
    """The next span that asks something, past statements told in between."""
    texts = (question[start:end] for start, end, _ in spans)
    return next((text for text in texts if _OPENS_A_QUESTION.match(text) or text.rstrip().endswith("?")), "")


def parts(question: str) -> list[str]:
    """The question's parts in order, each as the client wrote it (with its question mark); one part when it has
    no boundary or a piece would be too short to ask anything. A statement belongs to the question after it (or,
    at the end, before it) as its context: "I have a pacemaker, is it safe for me?" asks one question, of someone
    with a pacemaker; "had it done this morning - can I wear concealer and are cocktails fine?" asks two, the first
    told the day."""
    spans: list[tuple[int, int, str]] = []  # start, end, the boundary before
    start, before = 0, ""
    for match in _BOUNDARY.finditer(question):
        spans.append((start, match.end() if match.group().startswith("?") else match.start(), before))
        start, before = match.end(), match.group()
    spans.append((start, len(question), before))
    spans = [span for span in spans if question[span[0]:span[1]].strip(" ,.;?!-–—")]
    groups: list[list[tuple[int, int, str]]] = []
    told: list[tuple[int, int, str]] = []
    for i, span in enumerate(spans):
        # "My daughter is 15 and has acne scars": "and" after a statement goes on with it.
        tells = any(not _ONLY_FILLER.match(question[t[0]:t[1]]) for t in told)
        goes_on = (tells and re.search(r"\b(and|plus|but)\s", span[2], re.I) is not None
                   and not _ASKS_SOMEONE.match(question[span[0]:span[1]]))
        told.append(span)
        text = question[span[0]:span[1]]
        # "Normal?" asks, without a question word: the question mark closes it ("face is tight today. normal? and
        # when do i book #3" asks two things).
        closed = text.rstrip().endswith("?") and (
            len(told) > 1 or _ANOTHER_QUESTION.match(_next_question(question, spans[i + 1:])) is not None)
        if (_OPENS_A_QUESTION.match(text) or closed or _ASKS_AT_THE_END.search(text)
                or _ENDS_ON_ITS_QUESTION_WORD.search(text)) and not goes_on:
            if groups and len(told) > 1 and _ADDS_A_QUESTION.match(text):
                groups[-1] += told[:-1]
                told = told[-1:]
            groups.append(told)
            told = []
    if told and groups:
        groups[-1] += told
    pieces = [question[g[0][0]:g[-1][1]].strip(" ,.;-–—") for g in groups]
    if len(pieces) < 2 or any(len(re.findall(r"\w+", p)) < MIN_WORDS and not _ASKS_TERSELY.search(p) for p in pieces):
        return [question]
    return pieces
