"""Follow-ups read with the chat so far, without a language model.

A follow-up lacks one of the two halves of a question: its subject ("how long for that?", "is that normal too?")
or its form ("and makeup?", "what about the gym", "same for retinol?"). The missing half is taken from the
previous question: its subject words into the anaphor, or the new subject into its form. A question with both
halves stands on its own and is never changed by the history. The reading is made of the client's own words and
is only what the engine retrieves with (and shows in small print); the answer is still quoted guide text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from bot.data_files import DATA_DIR, read_yaml
from bot.reading.parts import EMOJI
from bot.reading.text import STOPWORDS, stem, terms
from bot.reading.vocabulary import informativeness

DATA_FILE = DATA_DIR / "followup.yaml"
# Particles that belong to the verb before them ("work out", "wash off"): replaced with it.
_PARTICLES = frozenset({"out", "up", "off", "back", "down", "away"})
SIGN_OFF_LEAVES = 3  # "no thanks", "great thanks!" stay as sent: a sign-off needs a question before it
SHORT_WORDS = 4  # "and my fine lines?", "what about the gym": a noun phrase, not a question of its own
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


_DATA = read_yaml(DATA_FILE, "follow-up")


def _with_times_beside_treatment(pattern: str) -> str:
    """A time pattern with the times named by the treatment ("the day before my microneedling") the data file writes
    once, put in place of {beside_treatment}."""
    return pattern.replace("{beside_treatment}", _DATA["beside_treatment"])


_CONTINUATION = re.compile(_DATA["continuation"], re.I)
# The treatment as the subject of the last question's verb: "does microneedling hurt?", "how does it work?".
_THE_TREATMENT_DOES = re.compile(r"\b(does|do|will|can|could|would|did)\s+(microneedling|micro-needling|mn|it|the\s+(treatment|procedure|needling))\s+$", re.I)
_OPENING = re.compile(_DATA["question_openings"], re.I)
_STATEMENT = re.compile(_DATA["statement_openings"], re.I)
_TRAILING = re.compile(_DATA["trailing_continuation"], re.I)
_EXPLETIVE_IT = re.compile(_DATA["expletive_it"], re.I)
_NARROWING = re.compile(_DATA["narrowing"], re.I)
_PEOPLE_IN_GENERAL = re.compile(_DATA["people_in_general"], re.I)
_FRONTED_TIME = re.compile(_DATA["fronted_time"], re.I)
_DONE_VERBS = {form: verb for verb, forms in _DATA["done_verbs"].items() for form in forms}
_DONE_IT = re.compile(rf"\b({'|'.join(_DONE_VERBS)})\s+it\b", re.I)
_DONE_SOMETHING = re.compile(rf"\b({'|'.join(_DONE_VERBS)})\s+(?!it\b)\w", re.I)
_HOW_OFTEN_WORDS = re.compile(_DATA["how_often_words"], re.I)
_CONDITION = re.compile(_DATA["condition"], re.I)
_ACKNOWLEDGEMENT = re.compile(_DATA["acknowledgement"], re.I)
_GREETING = re.compile(_DATA["greeting"], re.I)
_ABOUT_THE_REPLY = re.compile(_DATA["about_the_reply"], re.I)
_LETTER_OPENING = re.compile(_DATA["letter_opening"], re.I)
_LETTER_CLOSING = re.compile(_DATA["letter_closing"], re.I)
_CHAT_CLOSING = re.compile(_DATA["chat_closing"].replace("{emoji}", EMOJI), re.I)
_NEXT_STEP = re.compile(_DATA["next_step"], re.I)
_ASKS_PRICE = re.compile(_DATA["asks_price"], re.I)
_ONLY_WHY = re.compile(_DATA["only_why"], re.I)
_BETWEEN_SESSIONS = re.compile(_DATA["between_sessions"], re.I)
_HOW_OFTEN_THEN = re.compile(_DATA["how_often_then"], re.I)
_NAMES_SESSIONS = re.compile(r"\b(sessions?|treatments?|appointments?|appts?)\b", re.I)
_RETIMED = re.compile(_DATA["retimed"], re.I)
_ASKS_AGAIN = re.compile(_DATA["asks_again"], re.I)
_ONLY_KIND = re.compile(_DATA["only_kind"], re.I)
_TIME_ONLY = re.compile(_with_times_beside_treatment(_DATA["time_only"]), re.I)
_TIME_PHRASE = re.compile(_with_times_beside_treatment(_DATA["time_phrase"]), re.I)
_LEAD_IN = re.compile(r"^\s*(?:(?:and|but|so|ok(?:ay)?|what|even|well)\s+)*(?:if\s+)?", re.I)
_NOT_WORDS = re.compile(r"[^\w\s,.!?:'()-]+")
ANAPHORS = frozenset(_DATA["anaphors"])
_POINTERS = frozenset(_DATA["pointers"])
_APPLYING = frozenset(_DATA["applying"])
# A question for what to use or avoid ("what should I avoid after?", "anything to avoid before my appointment?"),
# its "what" and the rest around the verb.
_WHAT_TO_APPLY = re.compile(r"^\s*(?:what|whats|what's|which\s+\w+|anything|any\s+\w+|things?)\s+(?P<lead>(?:\w+\s+){0,3}?(?:"
                            + "|".join(sorted(_APPLYING, key=len, reverse=True)) + r"))\b(?P<rest>.*)$", re.I)
_GOING_ON = frozenset(_DATA["going_on"])
_RETURNING = frozenset(_DATA["returning"])
_SIGN_COURSE = re.compile(_DATA["sign_course"], re.I)
_CAUSING = frozenset(_DATA["causing"])
_COUNTED_FOR_THAT = re.compile(_DATA["counted_for_that"], re.I)
_GOING = frozenset({"go", "going", "goes"})
_STOPSET = frozenset(STOPWORDS)
_NOT_SUBJECT = _STOPSET | frozenset(_DATA["form_words"]) | ANAPHORS
# Prepositions the stop list lacks: the subject of "flaking around my nose" is "flaking", not "flaking around". (A
# question's own words keep them: "what happens around weeks 3 to 4?" asks of its own.)
_PLACE_WORDS = frozenset({"around", "near", "without", "behind", "across", "along", "beside", "within", "onto"})
# A place a follow-up narrows the last question to after an opening that leads on ("what about round the lips?").
_PLACE = re.compile(r"^\s*(even\s+)?(around|round|near|under)\b", re.I)
_FORM_STEMS = frozenset(stem(w) for w in _DATA["form_words"])
_FACE_PART_STEMS = frozenset(stem(w) for w in _DATA["face_parts"])
_TIME_NOUNS = frozenset(_DATA["time_nouns"])
PEOPLE = frozenset(_DATA["people"])
FEELINGS = frozenset(_DATA["feelings"])
VENT = re.compile(_DATA["vents"], re.I)
TOLD_EFFECTS = re.compile(_DATA["told_effects"], re.I)
DISPOSITION = re.compile(_DATA["disposition"], re.I)
JUDGEMENT_WORDS = frozenset(_DATA["judgement_words"])
_CONTEXT_STEMS = frozenset(stem(w) for w in [*_DATA["context_words"], *PEOPLE, *FEELINGS])

ReadingKind = Literal["alone", "new_subject", "old_subject"]


@dataclass(frozen=True)
class Reading:
    text: str
    kind: ReadingKind = "alone"
    subject: tuple[int, int] | None = None  # where a new subject was put in, for the next follow-up to replace
    condition: str | None = None  # what a follow-up told of the client ("I'm 55"): the answer must speak to it
    read_with: str | None = None  # the earlier question, as the client wrote it, that the reading leans on

    @property
    def changed(self) -> bool:
        return self.kind != "alone"


@dataclass(frozen=True)
class Shape:
    """What a question has of its own: subject words, a form, a continuation opening, a word pointing back."""

    core: str
    subject: tuple[str, ...]
    has_form: bool
    continues: bool
    points_back: bool  # to the last question's subject, to be read with it
    refers_back: bool = False  # maybe to the last question ("it's spreading now"): triage reads it after that one
    short_lead_on: bool = False  # "and my fine lines?": a few words after "and", even if one looks like a form word
    applies_it: bool = False  # "can I put it on tonight?": "it" is a product the last question named


_EVENT_VERDICT_STEMS = frozenset(stem(w) for w in _DATA["event_verdicts"])


def is_event_verdict(word: str) -> bool:
    """A word of how the skin will be at an event ("will I look ok", "cutting it fine"): the day's stage answers it."""
    return stem(word) in _EVENT_VERDICT_STEMS or re.fullmatch(r"\d+(st|nd|rd|th)?", word, re.I) is not None


def is_context_word(word: str) -> bool:
    """A word of the question's form ("worried", "normal"), its time ("yesterday", "Saturday") or the person it is
    about ("my wife"): never what is asked, so never a sign that the guides don't answer it."""
    term = stem(word)
    return term in _FORM_STEMS or term in _CONTEXT_STEMS


def is_acknowledgement(message: str) -> bool:
    """"Ok thanks!" asks nothing: read with the chat it would ask the last question again. Nor does a reaction of
    emoji alone ("👍", "😬😬😬"), which has no word to ask with."""
    if not re.search(r"\w", message) and any(unicodedata.category(ch) == "So" for ch in message):
        return True
    plain = _NOT_WORDS.sub(" ", message).replace("?", " ").replace("’", "'")
    return bool(plain.strip()) and _ACKNOWLEDGEMENT.match(plain) is not None


def is_greeting(message: str) -> bool:
    """"Hi!" opens a chat and asks nothing."""
    return _GREETING.match(_NOT_WORDS.sub(" ", message)) is not None


def asks_nothing(message: str) -> bool:
    """"Ok thanks", "hi": answered with a fixed reply, and no turn to read a later follow-up with."""
    return is_acknowledgement(message) or is_greeting(message)


def without_letter_framing(message: str) -> str:
    """The message without a letter's greeting and sign-off, unless nothing else is left."""
    kept = _LETTER_CLOSING.sub("", _LETTER_OPENING.sub("", message)).strip()
    return kept or message


def without_chat_sign_off(message: str) -> str:
    """The message without thanks, a laugh or an emoji after what it asks: their words would be read as the
    question's ("hot n warm after MN thanks" as more told, "lol" as a word the guides never use). Kept when what is
    left is too short to ask anything of its own ("great thanks" is an acknowledgement)."""
    kept = _CHAT_CLOSING.sub("", message)
    return kept if len(kept.split()) >= SIGN_OFF_LEAVES else message


def asks_about_the_reply(message: str) -> bool:
    """"Simpler please", "what does that mean?": only about the last reply, so no turn a later follow-up reads."""
    return _ABOUT_THE_REPLY.match(message.replace("’", "'")) is not None


def asks_what_comes_next(message: str) -> bool:
    """"And after that?": read with the last question it would ask it again; it asks for what follows its answer."""
    return _NEXT_STEP.match(message.replace("’", "'")) is not None


def _what_is_told(condition: str) -> str:
    """"And if I have dark skin?" → "I have dark skin": the condition without the words that lead into it."""
    return _LEAD_IN.sub("", condition).strip(" ?!.")


def told_condition(question: str) -> str | None:
    """"I'm 52. Does my age change how long results last?", "I have rosacea, how long will I be red?": a first
    sentence or clause that only tells something of the client, before the question or after it ("who shouldn't get
    microneedling? i'm breastfeeding"); what it tells."""
    first = re.match(r"\s*([^.,;!?]+)[.,;!]\s*(?=\S)", question)
    if first is not None and _CONDITION.match(first.group(1)) and "?" in question[first.end():]:
        return _what_is_told(first.group(1)) or None
    last = re.search(r"\?\s*([^.,;!?]+)[.!]*\s*$", question)
    if last is not None and _CONDITION.match(last.group(1)):
        return _what_is_told(last.group(1)) or None
    return None


_CLAUSE = re.compile(r"[^.,;!?]+")
# Where a client starts telling of themselves inside a clause ("I just found out I'm pregnant").
_SELF_TOLD = re.compile(r"\b(i\s+have|i\s*'?ve\s+got|i\s*'?m|i\s+am|my\s+skin)\b", re.I)
_DENIED = re.compile(r"\b(not|no|never|nt)\b|n't\b", re.I)


def denied(condition: str) -> bool:
    """"I'm not pregnant", "no acne": told as not so."""
    return _DENIED.search(condition) is not None


def conditions_told(message: str) -> list[str]:
    """Every clause of a message that tells a condition of the client ("I just found out I'm pregnant, I had
    microneedling last week" → ["I'm pregnant"]), wherever in the message it stands; never one denied ("I'm not
    pregnant")."""
    found = []
    for clause in _CLAUSE.findall(message.replace("’", "'")):
        if (start := _told_from(clause, _SELF_TOLD)) is not None:
            found.append(_what_is_told(clause[start:].strip()))
    return found


def _told_from(clause: str, opener: re.Pattern[str]) -> int | None:
    """Where a clause (apostrophes typed straight) starts telling a condition of the client that it does not deny."""
    told = opener.search(clause)
    if told is None or not _CONDITION.match(rest := clause[told.start():].strip()) or denied(rest):
        return None
    return told.start()


def shape(question: str) -> Shape:
    """Words every passage uses count as subject words here: "how long is the treatment itself?" stands alone."""
    opening = _CONTINUATION.match(question)
    core = question[opening.end():] if opening and opening.end() else question
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(core)]
    subject = tuple(t for t in tokens if _is_subject(t, frozenset()))
    leads_on = bool(opening and opening.end())
    continues = leads_on or bool(_TRAILING.search(core))
    sentences = [part for part in re.split(r"(?<=[.!?,;])\s+", core) if part]
    has_form = (any(_OPENING.match(part) for part in sentences) or (not leads_on and bool(_STATEMENT.match(core)))
                or any(stem(t) in _FORM_STEMS for t in tokens) or _asks_after_a_fronted_phrase(core))
    # An anaphor before any subject word points out of the question ("how does it affect skin?"); after one, it
    # points inside it ("I've been stressed, can that slow healing?").
    pointing = [re.sub(r"'s$", "", t.lower().replace("’", "'")) for t in _TOKEN.findall(_pointing_words(core))]
    first_subject = next((i for i, t in enumerate(pointing) if _is_subject(t, frozenset())), len(pointing))
    refers_back = any(t in ANAPHORS for t in (pointing[:first_subject] if subject else pointing))
    # With words of its own, "it" is most often the treatment ("does it hurt?"): only "that", "they", "those" point
    # back, and not as a determiner ("these side effects").
    points_back = refers_back if not subject else any(
        t in _POINTERS and not (i + 1 < len(pointing) and _is_subject(pointing[i + 1], frozenset()))
        for i, t in enumerate(pointing[:first_subject])) or _ends_pointing(pointing, core, len(subject))
    applies_it = _applies_it(pointing)
    points_back = points_back or _runs_its_course(pointing) or bool(_COUNTED_FOR_THAT.match(core))
    return Shape(core=core.strip(), subject=subject, has_form=has_form, continues=continues,
                 points_back=points_back or applies_it, refers_back=refers_back, applies_it=applies_it,
                 # "And the redness, how long?" asks in its own words: only its subject is short.
                 short_lead_on=leads_on and len(tokens) <= SHORT_WORDS and not any(_OPENING.match(p) for p in sentences))


def _pointing_words(core: str) -> str:
    """The question without the pronouns that point at nothing before it ("is it normal", "those who finished"), nor a
    time put before a question in its own words ("after that, how often do I need to come back?")."""
    fronted = _FRONTED_TIME.match(core)
    if fronted and any(_is_subject(t.lower(), frozenset()) for t in _TOKEN.findall(core[fronted.end():])):
        core = core[fronted.end():]
    return _PEOPLE_IN_GENERAL.sub(" ", _EXPLETIVE_IT.sub(" ", core))


def _treatment_done(core: str, before: str) -> bool:
    """"Can I just do it once?", "what if I do it too often": how often "it" is done is how often the treatment is,
    unless the last question named something done with the same verb ("can I do yoga?" then "how often can I do it?")."""
    done = _DONE_IT.search(core)
    if done is None or not _HOW_OFTEN_WORDS.search(core):
        return False
    verb = _DONE_VERBS[done.group(1).lower()]
    return not any(_DONE_VERBS[m.group(1).lower()] == verb for m in _DONE_SOMETHING.finditer(before))


# "Before my appointment", "after the treatment": a time the treatment places a question in, not its subject.
_TIME_FRAME = re.compile(r"(?:before|after|during|since|at|until|till)\s+(?:my|the|your|a|an|each|next|this)\s+"
                         r"(?:appointment|appt|session|treatment|procedure|visit)", re.I)


# "And for my age how many sessions?": a phrase put first, then a question in its own words.
_FRONTED = re.compile(r"^\s*(?:for|with|at|in|on)\s+(?:my|the|a|an|your|his|her|our)\s+(?:[\w'-]+\s+){1,2}?"
                      r"(?=(?:how|what|when|which|why)\b)", re.I)


def _asks_after_a_fronted_phrase(core: str) -> bool:
    fronted = _FRONTED.match(core)
    return fronted is not None and any(_is_subject(t.lower(), frozenset()) for t in _TOKEN.findall(core[fronted.end():]))


_LIKENESS_FILLERS = frozenset(_DATA["likeness_fillers"])
_CLOSING_FILLERS = frozenset(_DATA["closing_fillers"])


def _ends_pointing(tokens: list[str], core: str, subject_words: int) -> bool:
    """"How do I avoid that?", "is smoking bad for those?": a pointer as the last word of a one-clause question with
    at most one word of its own points out of the question. With more ("I have redness, what causes that?") it points
    at what the client just said; before a form word ("still red on day 2, is that normal?") at the question itself."""
    if subject_words > 1 or re.search(r"[,;.!?]\s*\S", core.strip()):
        return False
    # "How many sessions for that tho": a word closing the question adds nothing to what it points at.
    while tokens and tokens[-1] in _CLOSING_FILLERS:
        tokens = tokens[:-1]
    return bool(tokens) and tokens[-1] in _POINTERS


def _they_before_a_verb(core: str) -> bool:
    tokens = [t.lower() for t in _TOKEN.findall(_pointing_words(core))]
    first = next((i for i, t in enumerate(tokens) if _is_subject(t, frozenset())), len(tokens))
    return any(t in ("they", "them") for t in tokens[:first])


def _points_with_they(core: str) -> bool:
    return any(t.lower() in ("they", "them", "they're", "theyre") for t in _TOKEN.findall(core))


def _plural_named(text: str) -> str:
    """"They" after "when will I see results?": the plural the last question named, even a word every passage uses."""
    plurals = [t for t in _TOKEN.findall(text) if _is_plural(t) and _is_subject(t.lower(), frozenset())]
    return plurals[-1] if plurals else ""


def _is_plural(word: str) -> bool:
    word = word.lower()
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _runs_its_course(tokens: list[str]) -> bool:
    """"Anything I can do to make it go away faster?", "when will it calm down?": what goes away or calms down is an
    after-effect, so "it" is the one the last message told; not after the question names something of its own ("my
    redness, will it fade?")."""
    joined = " ".join(tokens)
    return any(not any(_is_subject(w, frozenset()) and w not in _CAUSING for w in joined[:m.start()].split())
               for m in _SIGN_COURSE.finditer(joined))


def _applies_it(tokens: list[str]) -> bool:
    """"Can I put it on tonight?", "should I stop using it?": what is put on, worn or used is a product, never the
    treatment, so "it" there is the product the last question named."""
    return _applied_it(tokens) is not None


def _applied_it(tokens: list[str]) -> int | None:
    """Which token is the "it" put on or used, if any. Not one after the question names the product itself ("I use a
    BHA exfoliant, do I need to stop it before?"): words of going on with something ("keep using it") name none."""
    return next((i for i, t in enumerate(tokens) if t in ("it", "this") and i
                 and (tokens[i - 1] in _APPLYING or (i > 1 and tokens[i - 1] == "to" and tokens[i - 2] in _RETURNING))
                 and not (i + 1 < len(tokens) and tokens[i + 1] in _TIME_NOUNS)
                 and not any(_is_subject(w, frozenset()) and w not in _APPLYING and w not in _GOING_ON
                             for w in tokens[:i - 1])), None)


_SIDES_OF_A_PART = frozenset({"upper", "lower", "top", "bottom", "left", "right", "whole", "entire", "both", "around"})


def _names_only_a_face_part(subject: tuple[str, ...]) -> bool:
    """"the upper lip", "my forehead": a part of the face and the words that say which side of it, nothing else."""
    return bool(subject) and stem(subject[-1]) in _FACE_PART_STEMS and all(
        stem(w) in _FACE_PART_STEMS or w in _SIDES_OF_A_PART for w in subject)


def _is_subject(token: str, common: frozenset[str]) -> bool:
    word = token[:-2] if token.endswith("'s") else token
    return (word not in _NOT_SUBJECT and len(word) > 1 and not word.isdigit() and stem(word) not in common
            and stem(word) not in _FORM_STEMS)


_THAT_ONE = re.compile(r"\b(that|this)\s+one\b(?=\W*$)", re.I)
# "How will I know I need one?" after "how often should I get touch-ups?": "one" after a verb of having stands for a
# thing the last question named, as "that" does; read as a count, it is answered with "one session".
_HAVING_ONE = re.compile(r"\b(need|needs|get|getting|book|booking|have|having|do|doing|schedule|want|try)\s+"
                         r"(?:a\s+new\s+|another\s+)?one\b(?=\W*$)", re.I)


def read(question: str, previous: list[str], common: frozenset[str] = frozenset()) -> Reading:
    """The question as the engine reads it, given the earlier questions of the chat (oldest first); a reading the chat
    changed names the question it leans on."""
    reading = _read(question, previous, common)
    return replace(reading, read_with=previous[-1]) if reading.changed else reading


def _read(question: str, previous: list[str], common: frozenset[str]) -> Reading:
    if not previous:
        return Reading(question)
    # "How long for that one?" points as "that" does.
    question = _THAT_ONE.sub(r"\1", question)
    if not _NAMES_SESSIONS.search(previous[-1]):
        # After "how many sessions?" it is one of those ("can I just do one?"), which the count reading answers.
        question = _HAVING_ONE.sub(r"\1 that", question)
    own = shape(question)
    # The last question as read with the chat before it: asked for by several readings below, read once.
    last = cache(lambda: read(previous[-1], previous[:-1], common))
    if side := _time_side(question):
        # "ok and afterwards?" after a question naming no side of the treatment is no subject to put in its place.
        turned = _turned_in_time(side, last().text)
        return Reading(turned, "new_subject") if turned else Reading(question)
    if time := _time_only(question):
        return Reading(_asked_for(time, last().text), "old_subject")
    if _ASKS_AGAIN.match(question) or _RETIMED.match(question):
        return Reading(last().text, "old_subject")
    if _BETWEEN_SESSIONS.match(question) or (_HOW_OFTEN_THEN.match(question) and _NAMES_SESSIONS.search(last().text)):
        return Reading("how long between sessions?", "old_subject")
    if _ONLY_WHY.match(question):
        return Reading(f"why {last().text}", "old_subject")
    if _ONLY_KIND.match(question) and (product := _product(last().text, common)):
        return Reading(f"what kind of {product}?", "old_subject")
    # "Is it the same if I have sensitive skin?": the condition after an opening that leads on.
    if (condition := question if _CONDITION.match(question) else own.core if own.continues and _CONDITION.match(own.core)
            else None):
        before = last()
        stripped = before.text.rstrip(" ?!.")
        told = _what_is_told(condition)
        at = len(stripped) + len(" if ")
        # Where the condition went: "and breastfeeding?" next replaces it, as a condition of its own.
        return Reading(f"{stripped} if {told}{before.text[len(stripped):]}", "new_subject", (at, at + len(told)),
                       condition=told)
    if own.subject and not own.points_back and _they_before_a_verb(own.core):
        # "Will they come back?" after "does it help with sun spots?": "they" agrees with a plural the last question
        # named; after "is my skin calming down?" it is people in general ("do they numb you first?").
        before = last()
        span = before.subject or _span_bounds(before.text, common)
        if span and _is_plural(before.text[span[0]:span[1]].split()[-1]):
            own = replace(own, points_back=True)
    # "What about around the lips?": a place after an opening that leads on narrows too, unless the last question
    # named a place the same way ("... on the cheeks?" then "and on the forehead?" replaces it).
    narrowed = _NARROWING.match(own.core) if own.core == question.strip() else (
        _PLACE.match(own.core) if _same_preposition(own.core, last().text) is None else None)
    if narrowed and not own.points_back and not any(
            _OPENING.match(t) or stem(t) in _FORM_STEMS for t in _TOKEN.findall(own.core[narrowed.end():].lower())):
        # "With my salicylic acid cleanser?", "even when I get older?": the last question asked again with it.
        # What it narrows to is what the answer must speak of ("the lip area can be a little more sensitive").
        return Reading(_asked_with(last().text, own.core.strip(' ?!.')), "new_subject",
                       condition=own.core[narrowed.end():].strip(' ?!.') or None)
    if own.subject and not own.points_back and own.continues and _names_only_a_face_part(own.subject) \
            and not _NARROWING.match(own.core):
        # "What about the upper lip?" after "does microneedling hurt?": a part of the face narrows a question that
        # named none to that place ("does microneedling hurt on the upper lip?"), not "does microneedling upper lip?";
        # after one that named one, it takes that one's place ("does my face go red?" → "does my neck go red?").
        before = last()
        part = [t for t in _TOKEN.finditer(before.text) if stem(t.group(0).lower()) in _FACE_PART_STEMS]
        if part:
            words = " ".join(own.subject)
            start = part[-1].start()
            return Reading(f"{before.text[:start]}{words}{before.text[part[-1].end():]}", "new_subject",
                           (start, start + len(words)))
        words = own.core.strip(" ?!.")
        return Reading(_asked_with(before.text, f"on {words}"), "new_subject", condition=words)
    # A bare noun phrase without "and" or "too" ("touch-up schedule?", "pain level?") is a terse question of its
    # own: clients write those first as often as they follow up with them.
    if own.subject and not own.points_back and (own.has_form or not own.continues) and not own.short_lead_on:
        return Reading(question)
    before = last()
    span = before.subject or _asked_span(before.text, common)
    if (span and not own.subject and re.search(r"\bit\b", own.core, re.I) and _THE_TREATMENT_DOES.search(before.text[:span[0]])
            and not before.text[span[1]:].strip(" ?!.")):
        # "And how long does it take?" after "does microneedling hurt?": "it" is the treatment the last question asked
        # about, not what it does.
        return Reading(question)
    if not own.subject and _treatment_done(own.core, before.text):
        return Reading(question)
    if span is None and own.points_back and not own.subject:
        # "And how long will that last?" after "when will I see results?": a word every guide uses is still what
        # "that" points at when the last question has no other.
        span = _span_bounds(before.text, frozenset())
    if own.subject and not own.points_back and (slot := _WHAT_TO_APPLY.match(before.text)):
        # "And makeup?" after "what should I avoid after?": the new subject is the "what" the last question asked for
        # ("should I avoid makeup after"), not a word in its place ("what should I makeup after").
        words = _trim(_TOLD_AFTER.sub("", own.core))
        lead = slot.group("lead")
        start = len(lead) + 1
        return Reading(f"{lead} {words}{slot.group('rest')}", "new_subject", (start, start + len(words)))
    if own.subject and not own.points_back:
        # "And what about the redness, it's still a bit there": what the client then tells of it is no part of the subject.
        words = _trim(_TOLD_AFTER.sub("", own.core))
        if (same := _same_preposition(own.core, before.text)) is not None and not re.search(r"\bones?\b", words, re.I):
            # "And for stretch marks on my stomach?" after "how many sessions for acne scars? mine are deep": the
            # phrase after the same preposition is what changes, whatever else the last question told.
            start, end, phrase = same
            return Reading(f"{before.text[:start]}{phrase}{before.text[end:]}", "new_subject", (start, start + len(phrase)))
        if span is not None and (ones := re.search(r"\bones?\b", words, re.I)):
            # "And for mild ones?" after "... for moderate acne scars?": the old subject's noun, described anew (not
            # the condition's: "mine are shallow" names none).
            noun = (_span_bounds(before.text[:span[0]], common) or span) if before.condition and before.subject == span else span
            head = before.text[noun[0]:noun[1]].split()[-1]
            words = f"{words[:ones.start()]}{head}{words[ones.end():]}"

        if span is None:
            # "how long does it last?" then "no I mean the redness": the new subject in place of the pronoun.
            pronoun = next((t for t in _TOKEN.finditer(before.text) if t.group(0).lower() in ANAPHORS), None)
            if pronoun is not None:
                return Reading(f"{before.text[:pronoun.start()]}{words}{before.text[pronoun.end():]}", "new_subject",
                               (pronoun.start(), pronoun.start() + len(words)))
            return Reading(f"{words} {before.text}", "new_subject", (0, len(words)))
        start, end = span
        if any(frame.start() <= start and frame.end() == end for frame in _TIME_FRAME.finditer(before.text)):
            # "What about the pain?" after "what happens before my appointment": the appointment only placed the
            # last question in time; the new subject is asked alone, not put in its place.
            return Reading(question)
        told = words if before.condition and before.subject == span else None
        text = f"{before.text[:start]}{words}{before.text[end:]}"
        if (time := _time_at_end(words)) and (subject := _trim(words[:time.start()])) and _times_after(before.text, end):
            # "What about a tanning bed this weekend?" after "can I go for a run today?": the new time replaces the
            # old one rather than riding along with the new subject ("a tanning bed this weekend today").
            words = subject
            text = _asked_for(time.group(0), f"{before.text[:start]}{words}{before.text[end:]}")
        return Reading(text, "new_subject", (start, start + len(words)), condition=told)
    if (span and not before.subject and not own.applies_it
            and all(stem(w) in _FACE_PART_STEMS for w in _TOKEN.findall(before.text[span[0]:span[1]].lower()))
            and (sign := _asked_span(before.text, common | _FACE_PART_STEMS))):
        # "Is that normal?" after "my cheeks feel warm and kind of tender": the sign told, not where.
        span = sign
    if own.applies_it and span and not before.subject:
        # The product alone, not the verb of the last question with it ("wear makeup" → "makeup").
        inner = [t for t in _TOKEN.finditer(before.text, span[0], span[1]) if _is_subject(t.group(0).lower(), common)]
        product = max(inner, key=lambda t: informativeness(t.group(0)), default=None)
        if product is not None:
            span = (product.start(), product.end())
    elif own.applies_it and not span:
        return Reading(question)
    if span and not before.subject:
        span = _outside_time_frame(before.text, span, common)
    subject_words = before.text[span[0]:span[1]] if span else _plural_named(before.text) if _points_with_they(own.core) else ""
    found = list(_TOKEN.finditer(question))
    applied = _applied_it([t.group(0).lower() for t in found]) if own.applies_it and subject_words else None
    if applied is not None:
        # The "it" that is put on, not an "it" before it ("is it ok to put it on?"); where the product went is kept
        # for the next follow-up to replace ("what about my vitamin C serum?").
        at = found[applied]
        text = f"{question[:at.start()]}{subject_words}{question[at.end():]}"
        return Reading(text, "old_subject", (at.start(), at.start() + len(subject_words)))
    return Reading(with_old_subject(question, subject_words), "old_subject")


# How far back a follow-up may point past the last question: the two turns before it.
POINTS_BACK_TURNS = 2


def turn_pointed_at(question: str, previous: list[str], common: frozenset[str] = frozenset()) -> int | None:
    """The earlier turn a follow-up goes back to past the last question, by a word of its own that turn has and the
    last one lacks ("what should I avoid after?" ... "how long does the flaking last?" ... "and how long do I have to
    avoid those?"); None for a question that stands alone or shares no such word."""
    if len(previous) < 2:
        return None
    own = shape(question)
    if own.core == question.strip() and not own.points_back and not own.refers_back:
        return None
    mine = {t for t in terms(question) if t not in common and t not in _FORM_STEMS}
    if not mine or mine & set(terms(previous[-1])):
        return None
    for i in range(len(previous) - 2, max(-1, len(previous) - 2 - POINTS_BACK_TURNS), -1):
        if mine & set(terms(previous[i])):
            return i
    return None


def alternatives(question: str, previous: list[str], common: frozenset[str] = frozenset()) -> list[Reading]:
    """Other readings of a follow-up, for when the first one finds nothing the guides answer: the last question's
    subject put into a question that seemed to stand alone but points back ("how does that affect healing?"), and
    the new subject put in place of the old run's most informative word rather than the whole run ("and a hat?"
    after "can I wear sunscreen ...": the object, not the verb). The engine keeps the first one it can answer; the
    words are still only the client's own."""
    if not previous:
        return []
    first = read(question, previous, common)
    own = shape(question)
    before = read(previous[-1], previous[:-1], common)
    span = before.subject or _span_bounds(before.text, common)
    found: list[Reading] = []
    # "it" in a question with words of its own is most often the treatment ("does it help discoloration?"); a
    # pointer ("why do I even need them?") or an opening that leads on ("and if I leave it too long?") points back.
    pointing = own.continues or any(t.group(0).lower() in _POINTERS for t in _TOKEN.finditer(_pointing_words(own.core)))
    if first.kind == "alone" and span and own.refers_back and pointing and not _ASKS_PRICE.search(question):
        found.append(Reading(with_old_subject(question, before.text[span[0]:span[1]]), "old_subject"))
    if first.kind == "new_subject" and span:
        words = _trim(own.core)
        inner = [t for t in _TOKEN.finditer(before.text, span[0], span[1]) if _is_subject(t.group(0).lower(), common)]
        if len(inner) > 1:
            token = max(inner, key=lambda t: informativeness(t.group(0)))
            text = f"{before.text[:token.start()]}{words}{before.text[token.end():]}"
            found.append(Reading(text, "new_subject", (token.start(), token.start() + len(words))))
    if first.kind == "new_subject" and (narrowed := _NARROWING.match(own.core)):
        # A place or condition narrows the last question rather than replacing its subject ("and on the forehead?"
        # after "does microneedling hurt?"): the last question asked again with it, and what it narrows to is what
        # the answer must speak of ("for my neck" after fine lines is no answer about fine lines).
        found.append(Reading(_appended(before.text, _trim(own.core)), "new_subject",
                             condition=own.core[narrowed.end():].strip(" ?!.") or None))
    # A follow-up with no subject of its own ("and for how long?") asks the last question again in its own form; not
    # one naming only a time, which its reading already put in place of the last one's ("the day before my
    # microneedling" + "and the day after?" asks of the day after alone).
    if first.kind == "old_subject" and not own.applies_it and not _time_only(question):
        found.append(Reading(f"{before.text} {own.core}", "old_subject"))
    return [replace(r, read_with=previous[-1]) for r in dict.fromkeys(found) if r.text != first.text]


_TIME_SIDE = re.compile(r"\b(before|after|during|beforehand|afterwards?)\b", re.I)


def _time_side(question: str) -> str | None:
    """"And after?", "what about before?", "during then?": the side of the treatment a follow-up asks of, if that
    is all it says."""
    opening = _CONTINUATION.match(question)
    core = re.sub(r"\s+(then|too)$", "", (question[opening.end():] if opening else question).strip(" ?!."))
    side = re.sub(r"\s+((the|my|your|each)\s+)?(treatment|appointment|appt|session|procedure)s?$", "", core).lower()
    return core if side in {"before", "after", "during", "beforehand", "afterwards", "afterward"} else None


def _asked_with(before: str, words: str) -> str:
    """The last question asked again with `words` at the end of its question, not after a statement told behind it
    ("does it hurt? im a wimp" + "even around the lips" → "does it hurt even around the lips? im a wimp")."""
    asked = before.rfind("?")
    if asked > 0 and before[asked + 1:].strip(" ?!."):
        stripped = before[:asked].rstrip(" ?")
        return f"{stripped} {words}{before[len(stripped):]}"
    return _appended(before, words)


def _time_only(question: str) -> str | None:
    """"What about by the weekend?", "and tomorrow?": the time a follow-up names, if that is all it says."""
    opening = _CONTINUATION.match(question)
    core = re.sub(r"\s+(then|too|instead)$", "", (question[opening.end():] if opening else question).strip(" ?!."))
    return core if _TIME_ONLY.match(core) else None


def _asked_for(time: str, before: str) -> str:
    """The last question asked for `time`: in place of the time it asked for ("gym today ok?" → "gym tomorrow ok?"),
    else added to it ("can I go back to spin class by the weekend?")."""
    found = [m for m in _TIME_PHRASE.finditer(before) if not _DATES_THE_TREATMENT.search(before[:m.start()])]
    if found:
        m = found[-1]
        # "... in the first 2 days" + "and days 3 to 5?": the new time keeps the old one's preposition.
        old_by = _TIME_PREPOSITION.match(m.group(0))
        if old_by and not _TIME_PREPOSITION.match(time):
            time = f"{old_by.group(1)} {time}"
        return f"{before[:m.start()]}{time}{before[m.end():]}"
    return _appended(before, time, "?")


_TIME_PREPOSITION = re.compile(r"(in|on|during|for|by|until|till|over)\s", re.I)
# The words before a time that dates the treatment rather than asks for one ("had it done thursday, can I wear mascara
# yet?" + "and tomorrow?" asks for tomorrow, the treatment still on Thursday).
# So does a day told as today's ("it's day 2, can i wear makeup?" + "what about tomorrow").
_DATES_THE_TREATMENT = re.compile(r"\b(had|done|did|got|treated|treatment|session|appointment|appt|needled|microneedl\w*|mine)"
                                  r"\s+(?:\w+\s+){0,2}$|\b(it'?s|it’s|it\s+is|today\s+is|i'?m\s+on|i\s+am\s+on|now)\s+$", re.I)


def _product(text: str, common: frozenset[str]) -> str | None:
    """What a question puts on or uses, without the verb: "sunscreen" in "can I put sunscreen on straight after"."""
    span = _span_bounds(text, common)
    if span is None:
        return None
    inner = [t for t in _TOKEN.finditer(text, span[0], span[1]) if t.group(0).lower() not in _APPLYING | _GOING_ON
             | _PARTICLES and _is_subject(t.group(0).lower(), common)]
    return text[inner[0].start():inner[-1].end()] if inner else None


def _time_at_end(words: str) -> re.Match[str] | None:
    """The time a new subject is asked for, when it closes the subject ("a tanning bed this weekend")."""
    found = list(_TIME_PHRASE.finditer(words))
    return found[-1] if found and not words[found[-1].end():].strip(" ?!.,") else None


def _times_after(text: str, end: int) -> bool:
    """Whether every time `text` asks for comes after `end`, so replacing one leaves what is before it in place."""
    return all(m.start() >= end for m in _TIME_PHRASE.finditer(text))


def _appended(text: str, words: str, end: str = "") -> str:
    """`words` added at the end of `text`, before its closing punctuation (`end` when it has none)."""
    stripped = text.rstrip(" ?!.")
    return f"{stripped} {words}{text[len(stripped):] or end}"


_AS_PREPOSITION = {"afterwards": "after", "afterward": "after", "beforehand": "before"}


def _turned_in_time(side: str, before: str) -> str | None:
    """"And after?" after "what should I avoid before my appointment?": the last question asked of the other side
    of the treatment; None when the last question names no side."""
    word = side.split()[0].lower()
    found = [m for m in _TIME_SIDE.finditer(before) if m.group(1).lower() != word]
    if not found:
        return None
    m = found[0]
    # "after?" ending the last question takes the follow-up's whole phrase ("before my appointment"); before a word,
    # the adverb is its preposition ("afterwards?" after "... before my appointment?" is "after my appointment").
    said = side if not re.match(r"\s+\w", before[m.end():]) else _AS_PREPOSITION.get(word, word)
    return f"{before[:m.start()]}{said}{before[m.end():]}"


def with_old_subject(question: str, subject: str) -> str:
    """"how long for that?" after "why is my face red?" → "how long for face red?"; the question as it is when it
    already holds the subject's words ("how long do I have to avoid those?" after "what should I avoid?")."""
    if not subject or {stem(w) for w in _TOKEN.findall(subject.lower())} <= {stem(w) for w in _TOKEN.findall(question.lower())}:
        return question
    for match in _TOKEN.finditer(question):
        if match.group(0).lower() in ANAPHORS:
            return f"{question[:match.start()]}{subject}{question[match.end():]}"
    return _appended(question, subject)


def _span_bounds(text: str, common: frozenset[str]) -> tuple[int, int] | None:
    """The most informative run of subject words, with a verb's particle ("work out"): "drinking water" in "does drinking
    water help my skin heal?"."""
    tokens = list(_TOKEN.finditer(text))
    candidates = [i for i, t in enumerate(tokens) if _is_subject(t.group(0).lower(), common) and t.group(0).lower() not in _PLACE_WORDS]
    # "Super red like sunburnt": what the skin is likened to is not what the client speaks of, when anything else is.
    plain = [i for i in candidates if not _in_a_likeness(tokens, i)]
    runs: list[tuple[int, int]] = []
    for i in plain or candidates:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    if not runs:
        return None
    # The run that says most (rare words weigh more: "tight" over "face" in "why does my face feel so tight?");
    # of equals the first: the verb before its object.
    first, last = max(runs, key=lambda r: (round(sum(informativeness(t.group(0)) for t in tokens[r[0]:r[1] + 1]), 6), -r[0]))
    return tokens[first].start(), tokens[_through_particle(tokens, last)].end()


def _outside_time_frame(text: str, span: tuple[int, int], common: frozenset[str]) -> tuple[int, int]:
    """"For how long?" after "what should I avoid after my appointment?" asks how long to avoid: the treatment that
    only places a question in time ("after my appointment") is not what a follow-up points at, when the question
    names anything else."""
    frames = [m.span() for m in _TIME_FRAME.finditer(text)]
    if not any(start <= span[0] and span[1] <= end for start, end in frames):
        return span
    masked = _TIME_FRAME.sub(lambda m: " " * len(m.group(0)), text)
    return _span_bounds(masked, common) or span


def _asked_span(text: str, common: frozenset[str]) -> tuple[int, int] | None:
    """The subject of what a question asks, not of what it then tells: "red" in "how long will my skin stay red, i have
    eczema", which "and the dryness?" replaces; and not a trait the client has, told on the way ("red" in "day 3 and i
    have sensitive skin, still slightly red", which "is that normal too?" asks about)."""
    for told_of in dict.fromkeys((_without_traits(text), text)):
        if (told := _TOLD_AFTER.search(told_of)) and (span := _span_bounds(told_of[:told.start()], common)):
            return span
        if (span := _span_bounds(told_of, common)) is not None:
            return span
    return None


_HAS = re.compile(r"\b(i\s+have|i\s*'?ve\s+got|i\s+got)\b", re.I)
# A clause, or a part of one joined by "and" or "but" ("i have sensitive skin and my face is still red").
_PART = re.compile(r"(?:(?!\b(?:and|but)\b)[^.,;!?])+", re.I)


def _without_traits(text: str) -> str:
    """The text with each clause that tells what the client has ("i have sensitive skin") blanked, places kept."""
    def blank(clause: re.Match[str]) -> str:
        start = _told_from(clause.group(0).replace("’", "'"), _HAS)
        return clause.group(0) if start is None else clause.group(0)[:start] + " " * (len(clause.group(0)) - start)
    return _PART.sub(blank, text)


def _in_a_likeness(tokens: list[re.Match[str]], i: int) -> bool:
    """"Like a lobster", "like i got sunburnt": what follows "like" with only little words between."""
    before = [t.group(0).lower().replace("’", "'") for t in tokens[max(0, i - 4):i]]
    while before and before[-1] in _LIKENESS_FILLERS:
        before.pop()
    return bool(before) and before[-1] == "like"


_PREPOSITION = re.compile(r"^(for|on|around|near|under|with|without)\s+", re.I)


def _same_preposition(core: str, before: str) -> tuple[int, int, str] | None:
    """Where the follow-up's phrase goes when it opens with a preposition the last question used: the span of the
    last question's phrase after it (to the end of its clause), and the follow-up's phrase."""
    opening = _PREPOSITION.match(core)
    if opening is None:
        return None
    found = re.search(rf"\b{opening.group(1)}\s+([^?.!,;]+)", before, re.I)
    if found is None:
        return None
    return found.start(1), found.end(1), core[opening.end():].strip(" ?!.")


_TOLD_AFTER = re.compile(r"\s*[,;]\s*(it'?s|it\s+is|they'?re|they\s+are|i'?m|i\s+am|i\s+have|i'?ve|mine\s+is|mine'?s|still)\b.*$",
                         re.I | re.S)


def _trim(core: str) -> str:
    """The new subject without the little words around it: "the gym then?" → "gym", "my fine lines" → "fine lines"."""
    tokens = list(_TOKEN.finditer(core))
    marks = [i for i, t in enumerate(tokens) if t.group(0).lower() not in _STOPSET]
    if not marks:
        return core.strip(" ?!.")
    # "go in the sun", "going to the gym": where the client goes is said with the going ("can I sun now?" is not).
    first = 0 if marks[0] > 0 and tokens[0].group(0).lower() in _GOING else marks[0]
    return core[tokens[first].start():tokens[_through_particle(tokens, marks[-1])].end()]


def _through_particle(tokens: list[re.Match[str]], last: int) -> int:
    """The last word's index, moved onto a particle that follows it ("work out")."""
    return last + 1 if last + 1 < len(tokens) and tokens[last + 1].group(0).lower() in _PARTICLES else last
