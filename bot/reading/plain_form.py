"""The question in the plain form the guides' sentences are compared with, still in the client's own words.

Two wordings that ask the same thing should find the same passages: a question dictated to a phone ("is 4 weeks
enough question mark") and one asked for someone else ("my wife had it done yesterday and her face is red") read
as the client's own question ("... and my face is red"); after-effects told in passing before a question of its own
("face feels warm, can I go to the gym tonight?") are left out, so the gym is what is looked up. Only retrieval and the refuse decision see this form;
triage reads the client's words as they came, and nothing here is ever shown as the assistant's words.
"""

from __future__ import annotations

import re

from bot.reading.followup import DISPOSITION, FEELINGS, JUDGEMENT_WORDS, PEOPLE, TOLD_EFFECTS, VENT, is_context_word, shape
from bot.reading.parts import EMOJI, opens_a_question, without_lead_in
from bot.reading.text import stem, words
from bot.reading.vocabulary import informativeness

_SPOKEN = {"question mark": "?", "comma": ",", "full stop": ".", "exclamation mark": "!", "exclamation point": "!"}
_SPOKEN_MARK = re.compile(r"\s*\b(" + "|".join(_SPOKEN) + r")\b", re.I)
_PERSON = re.compile(r"\b(?:my|our)\s+(?:" + "|".join(sorted(PEOPLE, key=len, reverse=True)) + r")\b(?:\s*\(\d{1,2}\))?('s)?",
                     re.I)
_PRONOUNS = {"she's": "I'm", "he's": "I'm", "she": "I", "he": "I", "her": "my", "his": "my", "him": "me",
             "hers": "mine", "herself": "myself", "himself": "myself"}
_SPEAKS = re.compile(r"\b(she|he)\s+(said|says|told|tells|recommended|recommends|suggested|suggests|mentioned|explained|thinks|thought|warned)\b", re.I)
_PRONOUN = re.compile(r"\b(" + "|".join(re.escape(p) for p in sorted(_PRONOUNS, key=len, reverse=True)) + r")\b", re.I)


# A report that asks nothing ("it's been 2 weeks and I don't see any difference") asks whether it is normal: read
# without a question, its words find passages that describe rather than answer. A worry ("I'm worried about
# infection") is no report.
_REPORT = re.compile(r"^\s*(i|i'm|im|i've|ive|my|it's|its|there's|theres|been)\b", re.I)
_ASKS = re.compile(r"\?|(^|[,.;:!]|\b(and|but|so))\s*(should|can|could|will|would|is|are|am|do|does|did|any)\b"
                   r"|\b(should|can|could|will|would|is|are|am|do|does|did)\s+(i|my|it|you|u|we|they|he|she|this|that)\b"
                   r"|\b(what|how|when|why|where|which)\b", re.I)


# "Just finished my final session!!", "walked around for an hour on day 2...": a told sentence's emphasis or trailing
# off says nothing the guides could match, and the marks weigh on the question's embedding beside a short question.
# An emoji ends a sentence the same way ("Zero pain, zero pus 🙂 just wondering when I'll see results").
_EMPHATIC_STOP = re.compile(rf"(?:!+|\.{{2,}}|…|\s*{EMOJI}+)(?=\s+\S)")


def plain_form(question: str, keep_told: bool = False) -> str:
    """`keep_told`: keep the after-effects told before a question of its own, for a reader that must see every sign
    told (the embedding net of triage)."""
    text = _SPOKEN_MARK.sub(lambda m: _SPOKEN[" ".join(m.group(1).lower().split())], question)
    # "and how do I make them last longer?": the word joining it to the chat carries nothing the guides could match.
    text = without_lead_in(_EMPHATIC_STOP.sub(".", text))
    text = _without_feelings(text)
    text = _without_denials(text)
    text = _without_denied_told(text)
    text = _without_reporting(text)
    text = _DENIED_DOING.sub(_as_avoiding, text)
    # "Face still warm on day 2, should I call you guys?" asks whether it is normal, in the clinic's words.
    text = _SEEKS_CARE.sub("is that normal", text) if TOLD_EFFECTS.search(text) else text
    if not keep_told:
        text = _without_told_effects(text)
    if _REPORT.match(text) and not _ASKS.search(text.replace("’", "'")) and not FEELINGS & set(words(text)):
        text = f"{text.rstrip(' .!')}, is that normal?"
    # Asked for someone named as "my wife", "our daughter", or named in an earlier message ("it stings when she puts
    # on moisturizer"): their pronouns are the client's own in this form. Unnamed, the one who speaks ("she said it
    # would be fine") is the practitioner or a friend.
    if _PERSON.search(text):
        text = _PERSON.sub(lambda m: "my" if m.group(1) else "I", text)
        return _PRONOUN.sub(lambda m: _PRONOUNS[m.group(1).lower()], text)
    if _SPEAKS.search(text):
        return text
    return _PRONOUN.sub(lambda m: _PRONOUNS[m.group(1).lower()], text)


_CLAUSE = re.compile(r"[^,.;!?]+[,.;!?]*")
# "No itching, just dry", "nothing like an allergy, just tight and warm", "it doesn't look like my eczema flaring, just
# dry": what the client has is told after the "just"; the signs denied beside it are no subject of the question.
_DENIED_BEFORE_JUST = re.compile(
    r"(?:^|(?<=[.!?;,]\s))\s*(?:def(?:initely)?\s+|deffo\s+|and\s+|but\s+|so\s+)?(?:no|zero|not|nothing|never|without|"
    r"(?:it|this|that|i)\s+(?:don'?t|doesn'?t|isn'?t|do\s+not|does\s+not|is\s+not)|it'?s\s+not|i'?m\s+not|i\s+have\s+no)\b"
    r"[^.!?;]*[,.;:-]\s*(?=(?:(?!(?:is|are|am|do|does|did|can|could|should|will|would|was|were|have|has)\b)\w+'?s?\s+){0,2}"
    r"(?:just|only)\b)", re.I)
# ... or before a "but" that tells what there is ("doesn't hurt but feels tight", "no pain but a bit red").
_DENIED_BEFORE_BUT = re.compile(
    r"(?:^|(?<=[.!?;,:—–-]\s)|(?<=[—–]))\s*(?:(?:it|this|that|i|my\s+\w+)\s+)?(?:doesn'?t|does\s+not|isn'?t|is\s+not|no|not|never|zero)\b"
    r"[^.!?;,:—–]*?\s+(?=but\s+(?!(?:is|are|am|do|does|did|can|could|should|will|would)\b))", re.I)
# ... and after it ("just dry and tight, no open bits").
_DENIED_AFTER_JUST = re.compile(r"(\bjust\b[^.!?;]*?)(?:[,;]\s*(?:and\s+)?(?:no|not|nothing|never)\b[^,.!?;]*)+(?=[.!?;]|$)",
                                re.I)


# A doing word denied ("what shouldn't I use?", "what should I NOT put on?", "anything I can't do?") asks what to avoid;
# read as it is, its words find the passages on what to use.
_GERUND = {"do": "doing", "use": "using", "put": "putting", "apply": "applying", "wear": "wearing", "eat": "eating",
           "drink": "drinking", "touch": "touching"}
_DENIED_DOING = re.compile(
    r"\b(?:(?:shouldn'?t|shouldnt|can'?t|cant|cannot|mustn'?t|mustnt)(?:\s+(?P<p1>i|we|you|u))?"
    r"|(?:should|can|must)(?:\s+(?P<p2>i|we|you|u))?\s+not"
    r"|(?:(?:am|are)\s+(?P<p3>i|we|you|u)\s+)?not\s+(?:supposed|meant|allowed)\s+to)\s+(?:be\s+)?(?P<verb>"
    + "|".join(_GERUND) + r")\b", re.I)


def _as_avoiding(match: re.Match[str]) -> str:
    person = match.group("p1") or match.group("p2") or match.group("p3")
    return f"should {person + ' ' if person else ''}avoid {_GERUND[match.group('verb').lower()]}"


# What someone else told or asked, reported ("my mums friend told her the redness lasts a whole week", "my gran wants
# to know how long her results will last"): the claim or the question is what the client asks about; the frame's
# words (the friend, telling, knowing) find nothing in the guides.
_SPEAKER = r"(?:(?:my|our|her|his|their|a|the|[\w]+'s)\s+(?:[\w']+\s+){0,4}?[\w']+|someone|somebody|people|everyone|everybody|i)"
_REPORTED = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*" + _SPEAKER + r"\s+(?:(?:has|have|had|was|were|is|keeps|kept)\s+)?(?:been\s+)?"
    r"(?:(?:told|tells|telling|says|said|saying|reckons|reckoned|thinks|thought|mentioned|read|heard)"
    r"(?:\s+(?:me|her|him|them|us|you))?(?:\s+that)?|(?:wants?|wanted)\s+to\s+know|asked|asks|is\s+asking|was\s+wondering)"
    r"\s+(?=(?:how|what|when|why|where|which|is|are|can|will|the|you|u|it|she|he|i|my|her|his|we|they|microneedling|redness|"
    r"swelling|\d)\b)", re.I)


def _without_reporting(text: str) -> str:
    kept = _REPORTED.sub("", text)
    return kept if len(kept.split()) >= 3 else text


# A clause before the question that tells what is not so: "I'm not a smoker.", "My scars aren't from acne, ...".
_DENIED_TOLD = re.compile(
    r"(?:^|(?<=[,;]\s)|(?<=\band\s)|(?<=\bbut\s))\s*(?:(?:i'?m|im|i\s+am|i|i'?ve|i\s+have|(?P<own>my\s+\w+(?:\s+\w+)?)(?:\s+(?:are|is|were|was))?|"
    r"they(?:\s+are|'?re)?|it(?:'?s|\s+is)?)\s+)?(?:not|no|never|zero|nothing|don'?t|dont|doesn'?t|aren'?t|arent|isn'?t|isnt|weren'?t|wasn'?t|"
    r"haven'?t|havent|hasn'?t|didn'?t|didnt)\b[^,;.!?]*?(?=\s+(?:but|and)\b|[,;.!?]|$)", re.I)
_LEFT_OVER = re.compile(r"^(?:\W|\b(?:and|but|so)\b)*|(?:\W|\b(?:and|but|so)\b)*$", re.I)


_SO = re.compile(r"\s*(so|then|therefore|hence|which\s+means)\b", re.I)


def _without_denied_told(text: str) -> str:
    """"I don't go out in the sun much and I'm not a smoker. What else helps results last?", "No fever, no chills,
    nothing weird — when can I be out in the sun again?": what the client tells is not so names nothing the question
    asks about, yet its words find the passage about it ("Avoid Smoking"). Only before a question that names something
    of its own: "I haven't noticed any results. Is that normal?" asks of them."""
    pieces = re.split(r"(?<=[.!?])\s+|\s+[—–-]\s+", text.strip())
    # The last piece that asks is the question; what is told after it ("... out in the sun again? day 2") stays.
    at = next((i for i in range(len(pieces) - 1, -1, -1) if _ASKS.search(pieces[i].replace("’", "'"))), 0)
    before, asked = pieces[:at], " ".join(pieces[at:])
    if not before:
        return text
    own = shape(asked)
    # "... Does that matter?", "Didn't get that glow. Bad sign?", "I don't have rosacea - so should I heal at the normal
    # speed?": the question asks of what was denied.
    if own.refers_back or _SO.match(asked) or not [w for w in own.subject if w not in JUDGEMENT_WORDS]:
        return text
    # "My acne scars are not deep": what is denied is said of the scars, which the question still asks of.
    straight = [s.replace("’", "'") for s in before]
    told = [s if _ASKS.search(s) else _DENIED_TOLD.sub(lambda m: m.group("own") or "", s) for s in straight]
    if told == straight:
        return text
    kept = " ".join(f"{t}." for t in (_LEFT_OVER.sub("", t) for t in told) if t)
    return f"{kept} {asked}" if kept else asked


def _without_denials(text: str) -> str:
    kept = _DENIED_AFTER_JUST.sub(r"\1", _DENIED_BEFORE_BUT.sub("", _DENIED_BEFORE_JUST.sub("", text)))
    return kept if kept.strip(" ,.;:!?-") else text


def _without_feelings(text: str) -> str:
    """Without a clause that only tells how the client feels ("I'm really nervous, my face is so red"): none of its
    words asks anything, and beside a short question they outweigh it. Never the whole question, nor a clause that
    asks ("should she be worried?")."""
    clauses = _CLAUSE.findall(text)
    kept = [c for c in clauses if not _only_feeling(c)]
    return "".join(kept).strip(" ,;") if kept and len(kept) < len(clauses) else text


def _only_feeling(clause: str) -> bool:
    if VENT.match(clause):
        return True
    found = words(clause)
    asks = clause.rstrip().endswith("?") or re.match(r"\s*(should|is|am|are|do|does|can|will|would|how|what|why)\b", clause, re.I)
    return not asks and any(w in FEELINGS for w in found) and all(is_context_word(w) for w in found)


_DEGREE = re.compile(r"^(mild\w*|slight\w*|kinda|bit|little|super|really|very|quite|pretty|somewhat|abit|tad|ish)$", re.I)
# Where on the face an after-effect is told ("flaky and rough on my chin") names no subject of its own.
_FACE_PART = re.compile(r"^(face|skin|cheeks?|chin|nose|forehead|jaw|jawline|neck|lips?|mouth|eyes?|temples?|brows?)$", re.I)
SUBJECT_INFORMATIVENESS = 0.5  # rarer than everyday English: a word with a subject of its own ("sensitive", "rosacea")


def _tells_only_effects(piece: str) -> bool:
    """"Face feels warm and kinda sunburnt" tells after-effects and nothing else; "my skin is super sensitive and gets
    really red" tells a skin type too, which the question after it is asked for."""
    return TOLD_EFFECTS.search(piece) is not None and not [
        w for w in words(piece) if not TOLD_EFFECTS.fullmatch(w) and not _DEGREE.match(w) and not _FACE_PART.match(w)
        and informativeness(w) >= SUBJECT_INFORMATIVENESS]


_TOLD_AS_OWN = re.compile(r"\s*(i|i'm|im|i've|ive|my|it's|its|still|(face|skin|cheeks?)\b(?!\s+(routine|care|type)))\b", re.I)
_SEEKS_CARE = re.compile(r"\b((should|do|must|shall)\s+i\s+(call|ring|phone|contact|see|message|text|go\s+to|come\s+in\s+to)\s+"
                         r"(you(\s+guys|\s+all)?|the\s+clinic|a\s+doctor|my\s+doctor|my\s+gp|a\s+gp|someone|anyone)"
                         r"|do\s+i\s+need\s+to\s+(call|see|contact)\s+(you(\s+guys)?|the\s+clinic|a\s+doctor|someone|anyone))\b", re.I)
_OK_TO = re.compile(r"^\s*(is\s+it\s+)?(ok|okay|alright|fine|safe|good)\s+to\b", re.I)
_PIECE = re.compile(r".+?(?:[.!?;]+\s+|,\s+|\s+[-–—]+\s+|$)", re.S)
# "It" that only opens an infinitive ("is it fine to sit in the sun") points at nothing told.
_POINTS_BACK = re.compile(r"\b(they|them|it(?!\s+(\w+\s+){0,2}to\b)|(that|this|these|those)(?!\s+(morning|afternoon|evening|"
                          r"arvo|week|weekend|month|year|time|summer|winter|holiday|session|treatment|one|stuff|kind|"
                          r"(mon|tues|wednes|thurs|fri|satur|sun)day)\b))\b", re.I)


# "Can I lie out in the sun to even it out?": what the question's own subject is for points back, not the question.
_PURPOSE = re.compile(r"\bto\s+\w+\s+(it|them)(\s+(up|out|off|down|along|over))?\b", re.I)


def _without_told_effects(text: str) -> str:
    """Without the after-effects told before a question that names a subject of its own ("skin's peeling lol, when
    can I use my retinol again?" asks about retinol): their words would find the passages on peeling, and a question
    the guides never answer ("... can I put on fake tan?") would be answered with them. A question that points back
    at what was told ("... is that normal?") or names nothing of its own ("... normal?") keeps it."""
    pieces = _PIECE.findall(text)
    asking = [i for i, p in enumerate(pieces) if opens_a_question(p) or _OK_TO.match(p)]
    if not asking:
        return text
    at = asking[0]
    # After-effects told after the question ("when can i work out again, my face is still warm") are told in passing
    # as much as before it, when told as the client's ("once the flaking is over" is a time, "the air is dry" no skin).
    told_after = [i for i in range(at + 1, len(pieces)) if i not in asking and _tells_only_effects(pieces[i])
                  and _TOLD_AS_OWN.match(pieces[i])]
    question = "".join(p for i, p in enumerate(pieces[at:], at) if i not in told_after)
    own = {stem(w) for w in words(question) if w not in FEELINGS and w not in JUDGEMENT_WORDS and not w.isdigit()}
    if not own or _POINTS_BACK.search(_PURPOSE.sub(" ", question)):
        return text
    # A piece that shares a subject with the question is its context ("my texture looks the same. when does texture
    # change?").
    dropped = {i for i in [*range(at), *told_after] if _tells_only_effects(pieces[i]) and not DISPOSITION.search(pieces[i])
               and not own & {stem(w) for w in words(pieces[i])}}
    if not dropped:
        return text
    return "".join(p for i, p in enumerate(pieces) if i not in dropped).strip(" ,;-–—")
