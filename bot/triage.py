"""Red-flag triage: descriptions that need a clinician are caught before any retrieval or answer.

Patterns are written as families of paraphrases (symptom words, their everyday wordings, and worsening over
time), not single keywords. A plain negation right before a symptom word ("no fever") does not count.
Questions about the normal course (redness for a day or two, mild flaking, tightness) match nothing here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

_NEGATION = re.compile(r"\b(no|not|without|never|don'?t have|doesn'?t have|didn'?t have|isn'?t|aren'?t|haven'?t got|free of)\s+(?:\w+\s+){0,2}$", re.I)

_W = r"\W+(?:\w+\W+){0,6}?"  # up to six words in between

RED_FLAGS: dict[str, tuple[str, ...]] = {
    "infection": (
        r"\bpus\b", r"\bpustules?\b", r"\bab?scess", r"\booz(e|es|ing)\b", r"\bweep(s|ing)?\b",
        r"\b(yellow|green|greenish|yellowish|cloudy)\w*\s+(\w+\s+)?(stuff|fluid|liquid|discharge|gunk|goo|crust)",
        r"\bdischarge\b", r"\binfect(ed|ion)\b(?!\s+(risk|rates?))",
        r"\bfever(ish)?\b", r"\bchills?\b", r"\bshiver(y|ing|s)?\b", r"\b(high\s+)?temperature\s+(of\s+)?\d",
        r"\b(have|got|running|with)\s+a\s+(high\s+)?temp(erature)?\b",
        r"\b(leak|leaks|leaking|leaked|seep\w*)\b", r"\b(bad|foul|funny|strange|weird|awful|nasty)\s+(smell|odou?r)",
        r"\bsmell\w*\s+(really\s+|very\s+)?(bad|foul|off|awful|funny|weird|strange|nasty)\b", r"\bstink\w*",
        r"\bhot\s+to\s+(the\s+)?touch\b", r"\b(feels?|is|getting|gets)\s+(really\s+|very\s+)?hot\b",
        r"\bred\s+(streaks?|lines?)\b", r"\bstreak",
        r"\b(redness|rash|swelling|red|swollen)\b" + _W + r"\bspread", r"\bspread\w*\b" + _W + r"\b(redness|red|rash|swelling)\b",
        r"\b(redder|more\s+red|more\s+swollen|puffier|more\s+inflamed)\b",
        r"\b(redness|swelling|red|swollen|inflam\w*)\b" + _W + r"\b(worse|worsen\w*|increas\w*|not\s+(going|getting)\s+(down|better))",
        r"\b(worse|worsen\w*)\b" + _W + r"\b(redness|swelling|red|swollen)\b",
        r"\binstead\s+of\s+(going\s+down|getting\s+better|fading|calming)",
        r"\bstill\s+(very\s+|really\s+|bright\s+)?(red|swollen)\b" + _W + r"\b(week|\d+\s+days|days\s+later|day\s+[4-9])",
        r"\b(red\w*|patch\w*|blotch\w*|area|lump\w*|bump\w*|swelling|rash|mark)\b" + _W + r"\b(bigger|grow\w*|larger|expand\w*|twice\s+as\s+(big|large))",
        r"\b(hard|painful|tender|hot|swollen)\s+(\w+\s+)?(lump|knot|bump)\b",
        r"\b(unwell|flu[\s-]?like|achy|aching\s+all\s+over|feel\w*\s+(really\s+|very\s+)?(ill|sick|rough))\b",
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
        r"\b(more|increasingly)\s+(painful|sore|tender)\b", r"\bhurts?\s+more\b",
        r"\b(pain|soreness|tenderness)\b" + _W + r"\b(increas\w*|grow\w*|building)\b",
    ),
    "blisters, open sores or crusting": (
        r"\bblister\w*", r"\bopen\s+(sores?|wounds?|cuts?)\b", r"\bsores?\b", r"\bcrust\w*", r"\bscab\w*",
        r"\braw\s+(and\s+)?(bleeding|open|weeping)", r"\bulcer\w*", r"\bbubbl\w*", r"\b(water|fluid)[\s-]+(filled\s+)?(pockets?|bumps?|spots?)",
        r"\bstill\s+(open|raw|weeping|oozing)\b", r"\b(spots?|sores?|wounds?|holes?|cuts?)\b" + _W + r"\b(not|isn'?t|aren'?t|won'?t|haven'?t|hasn'?t)\s+(\w+\s+)?heal(ed|ing)?\b",
    ),
    "bleeding that does not stop": (
        r"\bbleed\w*\b" + _W + r"\b(won'?t|will\s+not|doesn'?t|does\s+not|didn'?t|not)\s+stop",
        r"\b(keeps?|still|won'?t\s+stop)\s+bleeding\b", r"\bbleeding\s+(a\s+lot|heavily|badly|again)\b",
    ),
    "fainting, dizziness or skin turning dark": (
        r"\bdizz(y|iness)\b", r"\blight[\s-]?headed\b", r"\bfaint(ed|ing)\b", r"\b(feel\w*|felt|going)\s+(\w+\s+)?faint\b",
        r"\bpass(ed|ing)?\s+out\b", r"\bcollaps(ed|ing)\b",
        r"\b(turn\w*|gone|going|went|go(es)?|look\w*)\s+(\w+\s+)?(black|gr[ae]y|blue|dusky)\b",
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


# Descriptions a clinician must see, in clients' words, one per red-flag family member (from the clinic's
# escalation list), and the normal course they must not be confused with. Matched by embedding similarity,
# this catches paraphrases the patterns above have no word for.
RED_FLAG_EXAMPLES: tuple[str, ...] = (
    "there is pus or yellow fluid coming out of my skin",
    "the treated area is oozing and crusting over",
    "I have a fever and feel unwell after the treatment",
    "I have chills and shivers since the procedure",
    "my skin feels hot and the redness is spreading",
    "the red patch keeps getting bigger every day",
    "the swelling is getting worse instead of better after three days",
    "my redness is worse today than it was yesterday, several days after treatment",
    "my lips and tongue are swelling up",
    "my throat is closing and I can't breathe properly",
    "I have hives and itchy welts all over",
    "my face is swelling up very quickly",
    "the pain is severe and getting worse",
    "I am in a lot of pain that is not going away",
    "blisters filled with fluid have appeared on my face",
    "I have open sores and raw weeping patches",
    "thick crusts and scabs are forming on the treated skin",
    "the bleeding won't stop",
    "I have a cold sore breaking out on my lip",
    "I have tingling bumps like herpes around my mouth",
    "my vision is blurry after the treatment near my eyes",
    "my eye is painful and swollen shut",
    "I feel dizzy and lightheaded, like I might pass out",
    "a patch of the treated skin has turned dark grey",
    "my skin is leaking clear fluid and smells bad",
)
NORMAL_COURSE_EXAMPLES: tuple[str, ...] = (
    "my skin is red like a mild sunburn right after the treatment",
    "my face is a little pink on the second day",
    "the redness is fading and only faint now on day three",
    "how long will the redness last",
    "my skin is flaking and peeling a bit on day four",
    "my skin feels tight and dry the day after",
    "my face is slightly swollen and puffy the morning after",
    "my skin feels warm and sensitive straight after treatment",
    "my skin is tender when I wash my face",
    "there are small dry patches around my nose",
    "when can I wear makeup again",
    "is it normal to feel a tingling sensation during the treatment",
    "my skin feels rough for a day or two",
    "I have some mild redness and tightness",
    "does microneedling hurt",
    "can microneedling cause infection or scarring",
    "what are the common side effects",
)
SEMANTIC_MIN_SIMILARITY = 0.62
SEMANTIC_MARGIN = 0.06


class SemanticTriage:
    """Embedding-based second net: closer to a red-flag description than to any normal-course one, by a margin."""

    def __init__(self, red_flags: np.ndarray, normal_course: np.ndarray,
                 min_similarity: float = SEMANTIC_MIN_SIMILARITY, margin: float = SEMANTIC_MARGIN) -> None:
        self.red_flags, self.normal_course = red_flags, normal_course
        self.min_similarity, self.margin = min_similarity, margin

    def scores(self, question_vector: np.ndarray) -> tuple[float, float]:
        return float((self.red_flags @ question_vector).max()), float((self.normal_course @ question_vector).max())

    def escalate(self, question_vector: np.ndarray) -> bool:
        red, normal = self.scores(question_vector)
        return red >= self.min_similarity and red - normal >= self.margin
