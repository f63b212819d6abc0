"""Red-flag triage: descriptions that need a clinician are caught before any retrieval or answer.

Patterns are written as families of paraphrases (symptom words, their everyday wordings, and worsening over
time), not single keywords. A plain negation right before a symptom word ("no fever") does not count.
Questions about the normal course (redness for a day or two, mild flaking, tightness) match nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NEGATION = re.compile(r"\b(no|not|without|never|don'?t have|doesn'?t have|didn'?t have|isn'?t|aren'?t|haven'?t got|free of)\s+(?:\w+\s+){0,2}$", re.I)

_W = r"\W+(?:\w+\W+){0,6}?"  # up to six words in between

RED_FLAGS: dict[str, tuple[str, ...]] = {
    "infection": (
        r"\bpus\b", r"\bpustules?\b", r"\bab?scess", r"\booz(e|es|ing)\b", r"\bweep(s|ing)?\b",
        r"\b(yellow|green|greenish|yellowish|cloudy)\w*\s+(\w+\s+)?(stuff|fluid|liquid|discharge|gunk|goo|crust)",
        r"\bdischarge\b", r"\binfect(ed|ion)\b(?!\s+(risk|rates?))",
        r"\bfever(ish)?\b", r"\bchills?\b", r"\bshiver(y|ing|s)?\b", r"\b(high\s+)?temperature\s+(of\s+)?\d",
        r"\b(have|got|running|with)\s+a\s+(high\s+)?temperature\b",
        r"\bhot\s+to\s+(the\s+)?touch\b", r"\b(feels?|is|getting|gets)\s+(really\s+|very\s+)?hot\b",
        r"\bred\s+(streaks?|lines?)\b", r"\bstreak",
        r"\b(redness|rash|swelling|red|swollen)\b" + _W + r"\bspread", r"\bspread\w*\b" + _W + r"\b(redness|red|rash|swelling)\b",
        r"\b(redder|more\s+red|more\s+swollen|puffier|more\s+inflamed)\b",
        r"\b(redness|swelling|red|swollen|inflam\w*)\b" + _W + r"\b(worse|worsen\w*|increas\w*|not\s+(going|getting)\s+(down|better))",
        r"\b(worse|worsen\w*)\b" + _W + r"\b(redness|swelling|red|swollen)\b",
        r"\binstead\s+of\s+(going\s+down|getting\s+better|fading|calming)",
        r"\bstill\s+(very\s+|really\s+|bright\s+)?(red|swollen)\b" + _W + r"\b(week|\d+\s+days|days\s+later|day\s+[4-9])",
    ),
    "allergic reaction": (
        r"\b(lips?|tongue|throat|eyelids?|face)\b" + _W + r"\b(swell\w*|swollen|puff\w*|tight)\b",
        r"\b(swell\w*|swollen)\b" + _W + r"\b(lips?|tongue|throat|eyelids?)\b",
        r"\b(hard|difficult|trouble|struggl\w*|can'?t|cannot|unable)\s+(to\s+)?(breath\w*|swallow\w*)",
        r"\bdifficulty\s+(breath|swallow)\w*", r"\bshort(ness)?\s+of\s+breath\b", r"\bwheez\w*", r"\bbreathless",
        r"\bhives\b", r"\bwelts?\b", r"\banaphyla\w*", r"\ballergic\s+reaction\b",
        r"\bswell\w*\s+(up\s+)?(fast|quickly|rapidly)\b", r"\b(fast|rapid\w*|quick\w*)\b" + _W + r"\bswell",
        r"\bpuff\w*\s+up\s+(fast|quickly|rapidly)",
    ),
    "severe or worsening pain": (
        r"\b(severe|intense|unbearable|excruciating|extreme|terrible|awful|agoni\w+|agony)\b" + _W + r"\b(pain|hurt\w*|ache|aching|sore\w*)",
        r"\b(pain|hurt\w*|ache|aching|sore\w*|throbb\w*)\b" + _W + r"\b(worse|worsen\w*|unbearable|severe|really\s+bad|getting\s+bad)",
        r"\bthrobb\w*", r"\bpain(ful)?\b" + _W + r"\b([7-9]|10)\s*(/|out\s+of)\s*10",
        r"\bkeeps?\s+(hurting|getting\s+more\s+painful)",
    ),
    "blisters, open sores or crusting": (
        r"\bblister\w*", r"\bopen\s+(sores?|wounds?|cuts?)\b", r"\bsores?\b", r"\bcrust\w*", r"\bscab\w*",
        r"\braw\s+(and\s+)?(bleeding|open|weeping)", r"\bulcer\w*",
    ),
    "bleeding that does not stop": (
        r"\bbleed\w*\b" + _W + r"\b(won'?t|will\s+not|doesn'?t|does\s+not|didn'?t|not)\s+stop",
        r"\b(keeps?|still|won'?t\s+stop)\s+bleeding\b", r"\bbleeding\s+(a\s+lot|heavily|badly|again)\b",
    ),
    "cold sore outbreak": (r"\bcold\s+sores?\b", r"\bfever\s+blisters?\b", r"\bherpes\b", r"\bshingles\b"),
    "eyes or vision": (
        r"\b(vision|eyesight)\b", r"\bblurr\w*", r"\bcan'?t\s+see\b", r"\beyes?\b" + _W + r"\b(swollen|swell\w*|shut|pain\w*|hurt\w*|burn\w*)",
        r"\b(swollen|swell\w*)\b" + _W + r"\beyes?\b",
    ),
}

_COMPILED = {reason: tuple(re.compile(p, re.I) for p in patterns) for reason, patterns in RED_FLAGS.items()}

_GENERAL_QUESTION = re.compile(
    r"^\s*(can|could|does|do|will|is\s+there\s+a\s+risk|what\s+(are|is)\s+the\s+(risks?|chances?))\b"
    r"(?!.*\b(i|i'?m|i'?ve|my|me)\b)", re.I,
)
_INFORMATIONAL_ONLY = {"infection"}
_MILD = re.compile(r"\b(a\s+bit|a\s+little|slight\w*|mild\w*|minor|little\s+bit|somewhat|kind\s+of)\b", re.I)
_FACE_ONLY = re.compile(r"^(face|swell\w*|swollen|puff\w*|tight)\b.*\b(face|swell\w*|swollen|puff\w*|tight)$", re.I | re.S)


@dataclass(frozen=True)
class Triage:
    escalate: bool
    reasons: tuple[str, ...] = ()


def triage(question: str) -> Triage:
    """Escalate when any red-flag family matches; a general question about infection risk is information, not a symptom."""
    text = " ".join(question.replace("’", "'").split())
    reasons: list[str] = []
    for reason, patterns in _COMPILED.items():
        for pattern in patterns:
            match = _first_unnegated(pattern, text)
            if match is None:
                continue
            if reason in _INFORMATIONAL_ONLY and re.fullmatch(r"infect(ed|ion)", match.group(0), re.I) and _GENERAL_QUESTION.search(text):
                continue
            if _is_mild_facial_swelling(match.group(0), text):
                continue
            reasons.append(reason)
            break
    return Triage(escalate=bool(reasons), reasons=tuple(reasons))


def _is_mild_facial_swelling(matched: str, text: str) -> bool:
    """"My face is a bit swollen" is the normal course; swelling of lips, tongue or throat never is."""
    return bool(_FACE_ONLY.match(matched)) and "face" in matched.lower() and bool(_MILD.search(text)) and not re.search(
        r"\b(fast|quick|rapid|breath|throat|lips?|tongue|worse|spread)", text, re.I)


def _first_unnegated(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    for match in pattern.finditer(text):
        if not _NEGATION.search(text[: match.start()]):
            return match
    return None
