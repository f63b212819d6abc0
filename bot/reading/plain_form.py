"""The question in the plain form the guides' sentences are compared with, still in the client's own words.

Two wordings that ask the same thing should find the same passages: a question dictated to a phone ("is 4 weeks
enough question mark") and one asked for someone else ("my wife had it done yesterday and her face is red") read
as the client's own question ("... and my face is red"). Only retrieval and the refuse decision see this form;
triage reads the client's words as they came, and nothing here is ever shown as the assistant's words.
"""

from __future__ import annotations

import re

from bot.reading.followup import FEELINGS, PEOPLE, is_context_word
from bot.reading.text import words

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


def plain_form(question: str) -> str:
    text = _SPOKEN_MARK.sub(lambda m: _SPOKEN[" ".join(m.group(1).lower().split())], question)
    text = _without_feelings(text)
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


def _without_feelings(text: str) -> str:
    """Without a clause that only tells how the client feels ("I'm really nervous, my face is so red"): none of its
    words asks anything, and beside a short question they outweigh it. Never the whole question, nor a clause that
    asks ("should she be worried?")."""
    clauses = _CLAUSE.findall(text)
    kept = [c for c in clauses if not _only_feeling(c)]
    return "".join(kept).strip(" ,;") if kept and len(kept) < len(clauses) else text


def _only_feeling(clause: str) -> bool:
    found = words(clause)
    asks = clause.rstrip().endswith("?") or re.match(r"\s*(should|is|am|are|do|does|can|will|would|how|what|why)\b", clause, re.I)
    return not asks and any(w in FEELINGS for w in found) and all(is_context_word(w) for w in found)
