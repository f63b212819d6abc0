"""Red-flag triage: descriptions that need a clinician are caught before any retrieval or answer.

Patterns are written as families of paraphrases (symptom words, their everyday wordings, and worsening over
time), not single keywords. A plain negation right before a symptom word ("no fever") does not count.
Questions about the normal course (redness for a day or two, mild flaking, tightness) match nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from bot.data_files import DATA_DIR, read_yaml
from bot.message_caches import per_message
from bot.reading.followup import TOLD_EFFECTS
from bot.reading.language import in_another_language
from bot.reading.needed_literals import LiteralIndex, needed_literals
from bot.reading.parts import without_lead_in
from bot.reading.spelling import edits_of
from bot.reading.text import SENTENCE, sentences
from bot.reading.treatment_day import days_ahead
from bot.reading.word_tables import zipf_frequency

# A sign negated, named as a worry rather than had ("worried about infection", "how to avoid scarring"), or heard of
# ("nothing like the horror stories with blisters and pus"); a negation reaches along a list joined by "or"
# ("no signs of pus or fever"), not by commas ("no swelling, fever of 39") nor past a "but" ("no fever but
# pus").
_WORD_IN_REACH = r"(?:(?!(?:but|yet|though|although|except|plus|also|still|now|then)\b)\w+\s+)"
_NEGATION = re.compile(r"\b(no|zero|not|without|never|nothing(?!\s+but\b)|(?:can'?t|cannot|won'?t|will\s+not)\s+get\s+an?|(?:i'?ll|i\s+will|i'?d|i\s+would|you'?ll|you\s+will)\s+get\s+an?|don'?t have|doesn'?t have|didn'?t have|don'?t(?=\s+$)|do\s+not(?=\s+$)|doesn'?t|does not|didn'?t|isn'?t|aren'?t|"
                       r"haven'?t got|free of|"
                       r"worried about|worry about|afraid of|scared of|concerned about|nervous about|risk of|chance of|avoid|avoiding|prevent|"
                       r"preventing|nothing like|stories (?:of|about|with)|(?:heard|read|saw)\s+(?:online\s+|somewhere\s+|on\s+\w+\s+)?(?:of|about)|(?:heard|read|saw)\s+(?:online\s+|somewhere\s+|on\s+\w+\s+)?(?:that\s+)?(?:some\s+)?(?:people|ppl|someone|others|clients)\s+(?:can\s+|could\s+|might\s+|may\s+|sometimes\s+)?(?:get|got|have|had|develop)|(?:can|could|might|may|will|does|do)\s+(?:trigger|cause|give\s+(?:you|people|me)|bring\s+on|lead\s+to)|videos? (?:of|about))"
                       rf"\s+{_WORD_IN_REACH}{{0,2}}(?:{_WORD_IN_REACH}?(?:or|nor)\s+{_WORD_IN_REACH}{{0,2}})*$", re.I)
# Inside a match of several words, only a negation right before its last word counts ("red, it's not spreading"):
# further back it may belong to another sign ("swelling not down and spreading").
# A pattern made of a negation ("ibuprofen isn't helping") is left to say what it says.
_WRITTEN_WITH_NEGATION = re.compile(r"\bnot\b|n'|cannot|unable")
# A sign named as what something is for ("ice your face right after to stop swelling"), with no "the" or "my" that
# would tell of one there ("to bring the swelling down").
_FOR_PURPOSE = re.compile(r"\bto\s+(stop|reduce|prevent|minimi[sz]e|avoid|limit|help\s+with)\s+$", re.I)
_NEGATED_LAST_WORD = re.compile(r"\b(no|zero|not|nothing|isn'?t|aren'?t|never|without)\s+(really\s+|yet\s+|even\s+)?$", re.I)

DATA_FILE = DATA_DIR / "triage.yaml"
_GAP = r"\W+(?:\w+\W+){0,6}?"  # up to six words in between


_DATA = read_yaml(DATA_FILE, "triage")


def _written_out(pattern: str) -> str:
    """A pattern with the parts the data file writes once put in its place ({gap}, {not_compared}, {numb},
    {after_session}, {patch})."""
    return (pattern.replace("{gap}", _GAP).replace("{not_compared}", _DATA["not_compared"]).replace("{numb}", _DATA["numb"])
            .replace("{after_session}", _DATA["after_session"]).replace("{patch}", _DATA["patch"]))


RED_FLAGS: dict[str, tuple[str, ...]] = {
    reason: tuple(_written_out(p) for p in patterns) for reason, patterns in _DATA["red_flags"].items()}
_COMPILED = {reason: tuple(re.compile(p, re.I) for p in patterns) for reason, patterns in RED_FLAGS.items()}
_IN_ORDER = tuple((reason, p) for reason, patterns in _COMPILED.items() for p in patterns)
_NEEDED = LiteralIndex([needed_literals(p) for _, p in _IN_ORDER])


def _searched(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """Each red-flag family's patterns, in order, leaving out those whose needed words the text lacks (most of
    them, for most messages): they could find nothing in it."""
    return [_IN_ORDER[i] for i in _NEEDED.may_match(text)]


_GENERAL_QUESTION = re.compile(_DATA["general_question"], re.I)
_DIAGNOSIS = re.compile(_DATA["worry_not_sign"]["diagnosis"], re.I)
_HYPOTHESIS = re.compile(_DATA["worry_not_sign"]["asked_or_guessed"], re.I)
_DIAGNOSIS_DENIED = re.compile(_DATA["worry_not_sign"]["denied"], re.I)
_FEARED = re.compile(_DATA["worry_not_sign"]["feared"], re.I)
_FEARS_GETTING = re.compile(_DATA["worry_not_sign"]["fears_getting"], re.I)
_THOUGHT = re.compile(_DATA["worry_not_sign"]["thought"], re.I)
_TAKEN_BACK = re.compile(_DATA["worry_not_sign"]["taken_back"], re.I)
_SIGNS_DENIED = re.compile(_DATA["worry_not_sign"]["signs_denied"], re.I)
_IN_A_CONDITION = re.compile(_DATA["worry_not_sign"]["in_a_condition"], re.I)
_DENIED_AFTER = re.compile(_DATA["worry_not_sign"]["denied_after"], re.I)
_ASKED_AND_DENIED = re.compile(_DATA["worry_not_sign"]["asked_and_denied"], re.I)
_ELIGIBILITY = frozenset(_DATA["before_the_appointment"]["families"])
_APPOINTMENT_AHEAD = re.compile(_DATA["before_the_appointment"]["ahead"], re.I)
_TREATED = re.compile(_DATA["before_the_appointment"]["treated"], re.I)
_RECURRING = re.compile(_DATA["history_not_outbreak"]["recurring"], re.I)
_HISTORY = re.compile(_DATA["history_not_outbreak"]["told_as_history"], re.I)
_REPORTS = re.compile(_DATA["reports_a_symptom"], re.I)
_CAN_NOT = re.compile(r"\bcan\s+not\b", re.I)
_COMPARED = tuple(re.compile(_DATA[key], re.I)
                  for key in ("compared_first", "compared_after", "compared_signs", "which_is_worse", "compared_places",
                              "which_place", "hurt_more_then"))
_WORSENING_DENIED = re.compile(_DATA["worsening_denied"], re.I)
_HAS_WHAT_WAS_ASKED = re.compile(_DATA["has_what_was_asked"], re.I)
_ALWAYS = re.compile(_DATA["always"], re.I)
_EMERGENCY = re.compile(_written_out(_DATA["emergency"]), re.I)
_EMERGENCY_IN_A_RED_FLAG = re.compile(_DATA["emergency_in_a_red_flag"], re.I)
_PLACE_ONLY_IN = frozenset(_DATA["place_only_in"])
_EMERGENCY_WITH_A_REACTION = re.compile(_DATA["emergency_with_a_reaction"], re.I)
_CONFIRMS_A_SIGN = re.compile(_DATA["confirms_a_sign"], re.I)
_HAS_SOMETHING_ELSE = re.compile(_DATA["has_something_else"], re.I)
_MILDLY = {key: re.compile(pattern, re.I) for key, pattern in _DATA["told_mildly"].items()}
_TOLD_FINE, _ONLY_MILD = _MILDLY["told_fine"], _MILDLY["only_mild"]
_ROUND_THE_EYES, _EYE_FLAG = _MILDLY["round_the_eyes"], _MILDLY["eye_flag"]
_LIKE_A_SUNBURN, _STILL_ASKED = _MILDLY["like_a_sunburn"], _MILDLY["still_asked"]
_SEEKS_CARE = re.compile(_DATA["seeks_care"], re.I)
_CARES_FOR_IT = re.compile(_DATA["cares_for_it"], re.I)
_DOUBTS_IT = re.compile(_DATA["doubts_it"], re.I)
_ASKS_IF_IT_IS = re.compile(_DATA["asks_if_it_is"], re.I)
_PLAYS_IT_DOWN = re.compile(_DATA["plays_it_down"], re.I)
_MILD_SIGN = re.compile(_DATA["normal_course"]["mild_sign"], re.I)
_EARLY = re.compile(_DATA["normal_course"]["early"], re.I)
_OTHERS = {key: re.compile(pattern, re.I) for key, pattern in _DATA["someone_else"].items()}
_OCCASION = {key: re.compile(pattern, re.I) for key, pattern in _DATA["another_occasion"].items()}
# An emoji ends a clause as a stop would ("my coworker said her face blew up after hers 🎈 will I swell up too?").
_CLAUSE = re.compile(r"[^,;.!?\U0001F000-\U0001FAFF\u2600-\u27BF]+?(?=[,;.!?\U0001F000-\U0001FAFF\u2600-\u27BF]|\s[—–-]\s|\s(?:and|but|so)\s|$)",
                     re.I)
_TIME_OR_PACE = re.compile(_DATA["normal_course"]["time_or_pace"], re.I)
_NOT_NORMAL = re.compile(f'{_DATA["normal_course"]["not_normal"]}|{_TIME_OR_PACE.pattern}', re.I)
_HOT_TO_TOUCH = re.compile(_DATA["normal_course"]["hot_to_touch"], re.I)
_LASTING_SIGN = re.compile(_DATA["normal_course"]["lasting_sign"], re.I)
_LASTING_PAIN = re.compile(_DATA["normal_course"]["lasting_pain"], re.I)
_LASTING_FLAKING = re.compile(_DATA["normal_course"]["lasting_flaking"], re.I)
_LASTING_NUMBNESS = re.compile(_DATA["normal_course"]["lasting_numbness"], re.I)
_GONE = re.compile(_DATA["normal_course"]["gone"], re.I)
_NOT_GONE = re.compile(_DATA["normal_course"]["not_gone"], re.I)
_PERSISTING = re.compile(_DATA["normal_course"]["persisting"], re.I)
_NEARLY_GONE = re.compile(_DATA["normal_course"]["nearly_gone"], re.I)
_TOLD_OF_EARLY = re.compile(_DATA["normal_course"]["early"] + "|" + _DATA["normal_course"]["told_of_early"], re.I)
# The guides' longest time for redness is 72 hours (sensitive skin); swelling and warmth are shorter.
EARLY_LAST_DAY = 2
# Heat to the touch: the guides' warmth of the treatment day and the first night ("warm and tight", first 24 hours).
HOT_TO_TOUCH_LAST_DAY = 1
LASTING_AFTER_DAY = 3
# The guides' latest stage with flaking is "Week 1-2".
FLAKING_AFTER_DAY = 14
# The family of the heart, the brain and the blood's oxygen: every sign of it gets emergency services first.
MEDICAL_EMERGENCY = "a medical emergency"
# The numbing cream is on for 20-30 minutes and wears off within hours: numb the next day is not the cream.
NUMB_AFTER_DAY = 0
_MISSPELT: dict[str, str] = _DATA["misspelt"]
_KEYWORDS = tuple(_DATA["typo_keywords"])
# A misspelling is no commoner than its word ("fewer" is not "fever"), and a word of zipf 3.5 or more (about
# three in a million words) is a word of its own. Half a zipf step more let real words through (over the 200,000
# commonest English words: "ives" as in St Ives for "hives", "hikes", "dives", "pups", "puns", "stabs", "blaster");
# the one real misspelling among them, "puss", is in the data file's list.
TYPO_ZIPF_MARGIN = 0.0
TYPO_RARE_ZIPF = 3.5
# "Will the pus go away?", "when will my blisters heal?": a question that takes the sign as had is a report of it.
_PRESUPPOSED = re.compile(r"\b(the|my|these|this|those)\s+$", re.I)
_QUESTION_CLAUSE = re.compile(r"(?:(?<=^)|(?<=[.!?;])|(?<=,\s)|(?<=:\s)|(?<=,\sand\s)|(?<=,\sbut\s)|(?<=,\salso\s))"
                              r"(?!(?:and|but|also)\s)[^.!?;,:]+?(?=,\s|:\s|[.!?;]|$)")
_IF = re.compile(r"\bif\b", re.I)
_STILL_AHEAD = re.compile(r"\b((?:will|would)\s+(?:i|it|my\s+\w+|the\s+\w+|they))\s+still\b", re.I)
# "Will I still be red ...", "is my face still going to be red by then?".
_ASKED_OF = r"(?:i|it|my\s+\w+|the\s+\w+|they)"
_WILL_IT_STILL = re.compile(r"(?:^|(?<=[.!?;,])|(?<=\s[-–—])|\band\b|\bbut\b)\s*(?:(?:will|would)\s+" + _ASKED_OF
                            + r"|(?:am|is|are)\s+" + _ASKED_OF + r"\s+(?:still\s+)?going\s+to)"
                            r"\s+(?:still\s+)?(?:be|look|stay|have)\b[^.!?;,]*", re.I)
# "My face is still puffy, how long does the swelling last?": how long a sign lasts, asked anywhere in the message, and
# the sign told as severe.
_ASKS_HOW_LONG_IT_LASTS = re.compile(r"\bhow\s+long\s+(does|do|will|would|should|is|are|can)\b[^.?!]*\b(last|lasts|stay|take|go\s+down|"
                                     r"go\s+away|settle|subside|be)\b|\bhow\s+long\s+(till|until|before)\b", re.I)
_VERY = re.compile(r"\b(very|really|so|super|extremely|badly|massively|hugely|huge|enormous\w*|insanely|crazy)\b", re.I)
# "How long will I be red?", "how red will I be on the 31st?", "how many days does the redness last?": what is
# normal, asked of a time.
_HOW_LONG = re.compile(r"^\W*((and|so|but|ok|okay)\W+)*(for\s+)?how\s+(long|red|swollen|puffy|pink|bad|sore|many\s+(more\s+)?(days|hours|weeks))\b",
                       re.I)
# "Bit red" without its "a" too, not "the bit by my nose"; "some redness" is the guides' leftover pinkish hue.
_MILD = re.compile(r"\b(a\s+bit|a\s+little|(?<!my\s)little|slight\w*|mild\w*|minor|somewhat|kind\s+of|kinda|a\s+tad"
                   r"|(?<!the\s)(?<!this\s)(?<!that\s)(?<!one\s)bit(?!\s+(of|near|on|by|around|under|above|below|next)\b)"
                   r"|some\s+(redness|pinkness|pink))\b", re.I)
_RETURNED = re.compile(r"\b(is|are|'s|its|it's)\s+back\b|\b(came|come|coming|comes)\s+back\b|\breturn(ed|ing|s)?\b", re.I)
_FACE_ONLY = re.compile(r"^(face|swell\w*|swollen|puff\w*|tight)\b.*\b(face|swell\w*|swollen|puff\w*|tight)$", re.I | re.S)


@dataclass(frozen=True)
class Triage:
    escalate: bool
    reasons: tuple[str, ...] = ()
    emergency: bool = False  # a sign of the airway or of collapse: emergency services first
    asked_of: tuple[str, ...] = ()  # red flags the message asks about rather than tells ("would a fever mean ...?")


LASTING = "lasting past the days the guides give"
LASTING_NUMBNESS = "numbness that lasts"


# Pure in the message and the day, and asked of the same earlier messages turn after turn of a chat.
@per_message(maxsize=8192)
def triage(question: str, day: int | None = None) -> Triage:
    """Escalate when a red-flag family matches, unless the client asks what may happen rather than reports it, or
    describes the normal course of the first day or two. `day` is the day since treatment when known: redness,
    warmth or swelling reported past the days the guides give for them escalate too."""
    as_read = _as_read(question)
    text = _TOLD_FINE.sub(" ", without_others_stories(as_read))
    matches: dict[str, str] = {}
    asked: list[str] = []
    has_it = _HAS_WHAT_WAS_ASKED.search(text) is not None
    settled: set[str] = set()  # families whose red flag is found: their later patterns are not read
    for reason, pattern in _searched(text):
        if reason in settled or pattern.search(text) is None:  # most messages: skip the reading of each match
            continue
        match = None
        for m in _unnegated(pattern, text):
            if _is_mild_facial_swelling(m.group(0), text) or _is_early_puffy_eyes(m.group(0), text, day):
                continue
            if has_it or not _in_general_question(text, m):
                match = m
                break
            asked.append(m.group(0))
        if match is None:
            continue
        matches.setdefault(reason, match.group(0))
        # A sign of the normal course ("my face is swelling") must not hide a red flag of the same family told
        # beside it ("... and I feel wheezy"): look on for one that is not.
        if not _MILD_SIGN.fullmatch(match.group(0).strip()):
            matches[reason] = match.group(0)
            settled.add(reason)
    asked_of = tuple(dict.fromkeys(asked))
    if matches and asks_what_may_happen(text):
        # Only a sign of the airway, eyes, fainting or bleeding escalates inside a general question: "will my lips
        # swell?" does, "does it hurt more on the lips?" does not.
        kept = {reason: m for reason, m in matches.items() if has_it or _ALWAYS.search(m) or _presupposed(text, m)}
        asked_of += tuple(m for reason, m in matches.items() if reason not in kept)
        matches = kept
    if matches and _HOW_LONG.match(text) and not _REPORTS.search(text):
        # "How long will my face be swollen?" asks how long the normal course lasts: only a sign no part of it
        # ("how long will the pus last?") escalates. Numbness on the day itself is the numbing cream's.
        matches = {reason: m for reason, m in matches.items()
                   if not (_MILD_SIGN.fullmatch(m.strip()) or _FACE_ONLY.match(m.strip())
                           or (reason == LASTING_NUMBNESS and (day or 0) == 0))}
    if matches and day is None and _ASKS_HOW_LONG_IT_LASTS.search(text) and not _not_normal(text) \
            and not _VERY.search(text) \
            and all(_MILD_SIGN.fullmatch(m.strip()) or _FACE_ONLY.match(m.strip()) for m in matches.values()):
        # "My face is still puffy, how long does the swelling last?" with no day known: the normal course's length
        # answers it, and tells the client when it is past; with a day, the day decides (reports_lasting_sign).
        matches = {}
    if matches and set(matches) <= _ELIGIBILITY and day is None and _APPOINTMENT_AHEAD.search(text) \
            and not _TREATED.search(text):
        asked_of += tuple(matches.values())
        matches = {}
    if matches and is_early_normal_course(text, list(matches.values()), day):
        matches = {}
    if not matches and day is not None and reports_lasting_sign(text, day):
        matches = {LASTING: ""}
    # "What if it's still red next week?" asks what to do then: the answer is the clinic's. "Will I still be red
    # next week?" asks what is normal, and is answered.
    if not matches and _IF.search(text) and (ahead := days_ahead(text)) is not None and _PERSISTING.search(text) \
            and reports_lasting_sign(text, (day or 0) + ahead):
        matches = {LASTING: ""}
    # "Lips a bit puffy where they did round the mouth, breathing totally fine": the clinic's, not emergency services'.
    airway_told_fine = bool(_TOLD_FINE.search(as_read)) and bool(_MILD.search(text))
    emergency = bool(matches) and (MEDICAL_EMERGENCY in matches
                                   or any(not _in_general_question(text, m) for m in _unnegated(_EMERGENCY, text))
                                   or (not airway_told_fine and (
                                       any(_EMERGENCY_IN_A_RED_FLAG.search(m) for r, m in matches.items()
                                           if r not in _PLACE_ONLY_IN)
                                       or ("allergic reaction" in matches
                                           and _EMERGENCY_WITH_A_REACTION.search(text) is not None))))
    return Triage(escalate=bool(matches), reasons=tuple(matches), emergency=emergency, asked_of=asked_of)


@per_message(maxsize=4096)
def names_a_red_flag(text: str) -> bool:
    """Whether any red-flag pattern finds its words in the message at all, reported or not: when `triage` has set
    them aside (history, someone else's story, a question, a denial, a comparison), an embedding of the whole message
    is no better judge of them ("I get cold sores a lot, should I be worried" is near to reports of cold sores)."""
    raw = _as_read(text, set_aside=False)
    return any(p.search(raw) for _, p in _searched(raw))


def red_flag_words(matched: tuple[str, ...]) -> frozenset[str]:
    """The words of red flags asked about (`Triage.asked_of`), without the words of the normal course among them
    ("redness" in "could the redness spread?")."""
    return frozenset(w.lower() for m in matched if not _MILD_SIGN.fullmatch(m.strip())
                     for w in re.findall(r"[a-z]{3,}", m, re.I) if not _MILD_SIGN.fullmatch(w) and not _LASTING_SIGN.fullmatch(w))


def signs_confirmed(asked: str, told: str, day: int | None = None) -> Triage:
    """The red flags a question named ("will I get a fever?", "should there be pus?"), when the next message says the
    client has them ("i have one now tho"): a sign of the normal course named ("will I feel warm?" ... "I do now") is
    no red flag."""
    if not _CONFIRMS_A_SIGN.search(told) or "?" in told or re.match(r"^\W*(no|nope|nah|not)\b", told, re.I):
        return Triage(escalate=False)
    if _HAS_SOMETHING_ELSE.search(told) and not names_a_red_flag(told) and not names_a_course_sign(told):
        # "How long my face will be swell?" ... "i have dark skin, is there any extra risk for me": what the client has
        # is another thing, named, and no sign.
        return Triage(escalate=False)
    text = _as_read(asked)
    named = {reason: m.group(0) for reason, pattern in _searched(text)
             for m in _unnegated(pattern, text) if not _MILD_SIGN.fullmatch(m.group(0).strip())}
    if not named:
        # "does bleeding stop quickly?" ... "yeah mine hasnt stopped": the sign is whole only with the question.
        joined = triage(f"{asked.rstrip(' ?!.')} {told}", day)
        return joined if joined.escalate else Triage(escalate=False)
    emergency = any(_EMERGENCY.search(m) or (r not in _PLACE_ONLY_IN and _EMERGENCY_IN_A_RED_FLAG.search(m))
                    for r, m in named.items())
    return Triage(escalate=True, reasons=tuple(named), emergency=emergency)


def normal_course_by_day(text: str, day: int | None) -> bool:
    """Redness, warmth or swelling told of on the day of treatment or the next two, with nothing that grows, spreads
    or touches the airway or eyes: the normal course, whatever a description close to a red flag might suggest."""
    text = " ".join(text.replace("’", "'").split())
    return (day is not None and day <= EARLY_LAST_DAY and _LASTING_SIGN.search(text) is not None
            and not _ALWAYS.search(text) and not _not_normal(text) and _hot_on_its_days(text, day))


def tells_of_now(text: str) -> bool:
    """Words that tell of the client's case ("it's", "I have", "still", "mine"), as any report of a sign has."""
    return bool(_REPORTS.search(text))


# A clause that names a time of its own ("now", "today", "still", "day 5") is no more of the first days told before it.
_TIME_OF_ITS_OWN = re.compile(r"\b(now|today|tonight|currently|still|anymore|since|day\s*\d+|\d+\s*days?)\b", re.I)


def _without_early_clauses(sentence: str) -> str:
    """The sentence without the clauses that tell of the first days, or of a sign nearly gone: "The first day I was
    quite swollen and red" tells of day 0 in both its clauses, the "and red" too, until a clause names a time of its
    own ("... and now it's still red")."""
    out, at, early = [], 0, False
    for found in _CLAUSE.finditer(sentence):
        clause = found.group(0)
        if _TOLD_OF_EARLY.search(clause):
            early = True
        elif _TIME_OF_ITS_OWN.search(clause):
            early = False
        dropped = (early or _NEARLY_GONE.search(clause)) and not _PERSISTING.search(clause)
        out += [sentence[at:found.start()], "" if dropped else clause]
        at = found.end()
    return "".join(out) + sentence[at:]


def reports_lasting_sign(text: str, day: int) -> bool:
    """"Still bright red" on day 6 is not the normal course; "a little pink" or "will I be red?" is no report of it."""
    # A sentence asking how long a sign lasts ("how long will I be red?" on day 4) asks what is normal; "... I'm still
    # red" reports it.
    told = " ".join(m.group(0) for m in SENTENCE.finditer(text)
                    if not (_HOW_LONG.match(m.group(0)) and not _REPORTS.search(m.group(0))))
    # "... wedding on Saturday - will I still be red for the photos?" asks what a later day holds, not a report.
    told = _WILL_IT_STILL.sub("", told)
    # "Bit red that evening but nothing crazy": a sign told of on the first day or night, in a clause of its own, is
    # the normal course then, not a sign lasting now; nor is one told as nearly gone.
    told = " ".join(_without_early_clauses(m.group(0)) for m in SENTENCE.finditer(told))
    lasting = ((day > LASTING_AFTER_DAY and (_present(_LASTING_SIGN, told) or _present(_LASTING_PAIN, told)))
               or (day > FLAKING_AFTER_DAY and _present(_LASTING_FLAKING, told))
               or (day > NUMB_AFTER_DAY and _present(_LASTING_NUMBNESS, told)))
    # Mild is no comfort in a sign come back ("the redness faded and now a big warm patch is back, a bit puffy too").
    told_mildly = _MILD.search(text) is not None and _RETURNED.search(text) is None
    return lasting and not asks_what_may_happen(text) and not told_mildly and not _asks_in_general(text)


# "Is redness normal after microneedling?" sent with a treatment date asks about the treatment in general: no sign
# told as the client's, no time of their own.
_GENERIC_AFTER = re.compile(r"\b(after\s+(microneedling|micro-needling|treatment|(a|the)\s+(treatment|session|procedure)|mn)|afterwards?)"
                            r"\s*[?.!]*$", re.I)
_OWN_TIME = re.compile(r"\b(day\s*\d+|\d+\s*(days?|weeks?|hours?)|yesterday|ago|today|tonight|this\s+(morning|evening)|last\s+night|since)\b", re.I)


def _asks_in_general(text: str) -> bool:
    asked = re.sub(r"^\W*(is|are)\s+", "", text, flags=re.I)  # the question's own "is", not "it is swelling"
    return bool(_GENERIC_AFTER.search(asked)) and not _REPORTS.search(asked) and not _OWN_TIME.search(asked)


def names_a_course_sign(text: str) -> bool:
    """Whether a message names a sign of the normal course itself ("is it normal its flaky now"): then its "it" is
    that sign, not the one an earlier question asked about."""
    told = _as_read(text)
    return any(p.search(told) for p in (_LASTING_SIGN, _LASTING_PAIN, _LASTING_FLAKING, _LASTING_NUMBNESS))


def still_there_past_its_days(text: str, day: int) -> bool:
    """"My cheeks are still really red, it hasn't faded": a sign told as lasting, past the days the guides give for it
    on `day`. Narrower than `reports_lasting_sign`, for a day the chat told earlier rather than the message itself:
    a question only naming a sign ("could the redness last longer than 2 days?") is no report of it then."""
    return bool(_PERSISTING.search(text)) and reports_lasting_sign(text, day)


_FIGURATIVE = re.compile(_DATA["figurative"], re.I)


_EVEN_ASKED = re.compile(r"\b((?:would|could|can|do|does|did|will|might)\s+(?:i|you|u|people|ppl|someone|anyone|one))"
                         r"\s+(?:even|ever|actually|possibly|really)\b", re.I)


def _as_read(message: str, set_aside: bool = True) -> str:
    """The message as the patterns read it: one apostrophe, single spaces, "can not" as one word, misspelt red-flag
    words put right, sign words used as figures of speech left out; with `set_aside`, comparisons and a worsening
    denied left out too."""
    text = _FIGURATIVE.sub(" ", " ".join(message.replace("’", "'").split()))
    text = _CAN_NOT.sub("cannot", text)  # "I can not breathe": one word, not a negation of the breathing
    text = _EVEN_ASKED.sub(r"\1", text)  # "how would i even get an infection" asks as "how would i get an infection"
    if set_aside:
        for compared in _COMPARED:
            text = compared.sub(_without_comparative, text)
        text = _WORSENING_DENIED.sub(" ", text)
    return read_typos(text)


def _without_comparative(match: re.Match[str]) -> str:
    """The comparison with another session or sign without its word that compares ("redder", "worse"): no sign of its own."""
    start, end = match.start("comparative") - match.start(), match.end("comparative") - match.start()
    return match.group(0)[:start] + match.group(0)[end:]


def read_typos(text: str) -> str:
    """The text with each misspelt red-flag word replaced by the word it stands for; not in a message in another
    language, whose words are no English typos (the French "Puis-je ...?", may I, is no "pus")."""
    if in_another_language(text):
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        return _typo_of(word.lower()) or word

    return re.sub(r"[A-Za-z]{4,}", fix, text)


@lru_cache(maxsize=8192)
def _typo_of(word: str) -> str | None:
    if word in _MISSPELT:
        return _MISSPELT[word]
    near = [k for k in _KEYWORDS if abs(len(k) - len(word)) <= 1]
    if word in _KEYWORDS or not near:
        return None
    frequency = zipf_frequency(word)
    if frequency >= TYPO_RARE_ZIPF:
        return None  # a common word is the word it is: "injected" is not "infected", nor "blending" "bleeding"
    edits = edits_of(word)
    return next((k for k in near if k in edits and frequency <= zipf_frequency(k) + TYPO_ZIPF_MARGIN), None)


def _in_general_question(text: str, match: re.Match[str]) -> bool:
    """A sign named only in sentences that are general questions ("my mum is worried. How do people get infections
    from this?"), unless it is one of the airway, eyes, fainting or bleeding; a report in another sentence still
    counts."""
    if _ALWAYS.search(match.group(0)) or _presupposed(text, match.group(0)):
        return False
    touched = [s.group(0) for s in SENTENCE.finditer(text) if s.start() < match.end() and match.start() < s.end()]
    if touched and all(asks_what_may_happen(s) for s in touched):
        return True
    # "What does it feel like, and will my forehead hurt more than my cheeks?": a question of its own after ", and".
    clause = next((c.group(0) for c in _QUESTION_CLAUSE.finditer(text) if c.start() <= match.start() and match.end() <= c.end()),
                  None)
    return clause is not None and asks_what_may_happen(clause)


# "... mine went down after 1 day": the client's own case told as over.
_OVER_NOW = re.compile(r"\b(gone|went\s+(down|away)|go(ne)?\s+(down|away)|faded|cleared|stopped|disappeared|settled|"
                       r"calmed|subsided)\b", re.I)


def without_others_stories(text: str) -> str:
    """The text without the clauses that tell what happened to someone else, when the client asks about their own
    case, or to the client at another occasion (triage.yaml `someone_else`, `another_occasion`), nor claims heard,
    unless the rest tells of the client's own case now: "my friend says pus is normal, I've got it too" tells of pus."""
    kept, claimed = _without_others_stories(text, set_claims_aside=True)
    own_now = claimed and _REPORTS.search(kept) is not None and _OVER_NOW.search(kept) is None
    return _without_others_stories(text, set_claims_aside=False)[0] if own_now else kept


def _without_others_stories(text: str, set_claims_aside: bool) -> tuple[str, bool]:
    own_question = bool(_OTHERS["own_question"].search(text))
    recurs = bool(_OCCASION["recurs"].search(text))
    last_was_history = last_was_story = False
    claims: list[str] = []

    def blank(match: re.Match[str]) -> str:
        nonlocal last_was_history, last_was_story
        clause = match.group(0)
        # "my mum had a reaction to a facial once, face swelled up and she couldnt breathe": the clauses that go on
        # with someone else's story, in the past and with nothing of the client's or of now, are theirs too.
        if (set_claims_aside and (heard := _OTHERS["heard"].search(clause))
                and not _OTHERS["tells_of_someone"].search(clause[heard.end():])):
            last_was_story = False
            claims.append(clause)
            return ""
        seen = _OTHERS["media"].search(clause)
        told = clause[seen.end():] if seen else clause
        # "... last year (she's totally fine now)": the other person told as fine now is the end of their story.
        untold = _OTHERS["fine_now"].sub(" ", told)
        story = own_question and (((seen or _OTHERS["subject"].search(clause) or last_was_story) and _OTHERS["past"].search(told)
                                   and not _OTHERS["now_or_mine"].search(untold)) or (last_was_story and not untold.strip(" ,.;!?")))
        last_was_story = bool(story)
        # "I had a TCA peel last year and shed in big sheets for a week": the clause that goes on with it is of then too.
        goes_on = (last_was_history and re.match(r"\s*and\s+(?!(i|my|it|its|it's|now|there|this|they)\b)", clause, re.I)
                   is not None and not _OCCASION["now"].search(clause))
        history = not recurs and (goes_on or (_OCCASION["occasion"].search(clause) and _OCCASION["past"].search(clause)
                                              and not _OCCASION["now"].search(clause)))
        last_was_history = bool(history)
        return "" if story or history else clause
    kept = re.sub(r"^[\W_]+", "", _CLAUSE.sub(blank, text))
    # A message of claims heard and nothing else tells nothing; a story alone is still read as told.
    return kept or ("" if claims else text), bool(claims)


_CLEARED = re.compile(_DATA["cleared"], re.I)
_WILL_SEEK_CARE = re.compile(_DATA["will_seek_care"], re.I)


def says_it_was_cleared(text: str) -> bool:
    """"Clinic checked it, all fine": an escalated sign seen and cleared, after which questions are answered again."""
    return bool(_CLEARED.search(text))


_ASKS_SOMETHING = re.compile(r"\?|^\W*((so|and|but|now|then|ok|okay)\W+)*(when|how|can|could|should|will|would|is|are|do|does|may|"
                             r"what|which|where|why|am|any)\b", re.I)


def says_they_will_seek_care(text: str) -> bool:
    """"Ok thanks, I'll call them", "will do, ringing now": the advice taken, which a bare "ok" does not say."""
    return bool(_WILL_SEEK_CARE.search(text))


def only_tells_clearance(text: str) -> bool:
    """"The clinic checked it and it's fine", "all good now, it stopped": nothing asked and no sign told beside what the
    clinic said, so there is nothing to answer but thanks."""
    return (says_it_was_cleared(text) and not _ASKS_SOMETHING.search(text)
            and not names_a_red_flag(_CLEARED.sub(" ", text)))


def without_clearance(text: str) -> str:
    """The question after what the clinic said ("ok the nurse checked it and says its a normal reaction, nothing to
    worry about. so when should i book session 2"): the clinic's words ask nothing and are no part of the question."""
    ends = [m.end() for m in _CLEARED.finditer(text)]
    if not ends:
        return text
    boundary = re.search(r"[,.;!?]", text[max(ends):])
    clauses = re.split(r"(?<=[,.;!?])\s*", text[max(ends) + boundary.end():] if boundary else "")
    while clauses and not _ASKS_SOMETHING.search(clauses[0]) and not names_a_red_flag(clauses[0]):
        clauses.pop(0)
    rest = re.sub(r"^\W*((so|and|but|now|then)\W+)*", "", " ".join(clauses), flags=re.I).strip()
    return rest or text


def cares_for_it(text: str) -> bool:
    """"Should I just put moisturiser on it?" after a red flag: home care for it, which the guides must not give."""
    return bool(_CARES_FOR_IT.search(text))


def asks_its_course(text: str, told: str = "") -> bool:
    """"How long for the swelling to go down?", "is it normal to feel warm after?": how a sign of the normal course
    runs, asked of a sign told or pointed at. Given what was `told`, only of a sign of its kind: "how long does the
    redness normally last?" after "hives on my neck" asks of the normal course, not of the hives."""
    if not _ITS_COURSE.search(text):
        return False
    if _POINTING_AT_IT.search(text):
        return True
    asked = _sign_kinds(text)
    return bool(asked) and (not told or bool(asked & _sign_kinds(told)))


_SIGN_KINDS = {kind: re.compile(pattern, re.I) for kind, pattern in _DATA["sign_kinds"].items()}


def _sign_kinds(text: str) -> frozenset[str]:
    return frozenset(kind for kind, pattern in _SIGN_KINDS.items() if pattern.search(text))


_ITS_COURSE = re.compile(_DATA["asks_its_course"], re.I)
_POINTING_AT_IT = re.compile(r"\b(it|this|that|they|them)\s+(go(es)?|last|lasts|stay|settle|calm|be|heals?)\b", re.I)


_ASKS_OF_IT = re.compile(_DATA["asks_of_it"], re.I)


def asks_of_it(text: str) -> bool:
    """"Will it scar?" after a red flag: a question about the sign told, whatever it asks."""
    return bool(_ASKS_OF_IT.search(text))


def doubts_it(text: str) -> bool:
    """"Is it just the healing?" after a red flag: asks the bot to call it normal, which only the clinic can; so does
    playing it down ("probably nothing, can I ...?")."""
    return bool(_DOUBTS_IT.search(text) or _PLAYS_IT_DOWN.search(text))


def asks_if_it_is_one(text: str) -> bool:
    """"Is it infected?", "Do I have an infection?" and nothing else: a worry about the client's own skin that names a
    diagnosis and no sign. The signs told decide elsewhere (`worry_not_sign`); with none told, only a clinician who
    sees the skin can answer, and the reply must not say the client describes something."""
    return bool(_ASKS_IF_IT_IS.match(" ".join(text.replace("’", "'").split())))


def seeks_care(text: str) -> bool:
    """"Should I go to the ER?", "do I need a doctor?": a question about getting seen, not about aftercare."""
    return bool(_SEEKS_CARE.search(text))


# A warning sign asked about ahead: "what if ...", or "if" with a verb of something coming ("if I get a cold sore").
_IF_IT_COMES = re.compile(
    r"\b(what\s+if\b|(if|in\s+case)\s+(i|it|they|my\s+\w+(\s+\w+)?|the\s+\w+|skin|there)\s+((ever|later|then|suddenly)\s+)?"
    r"(get|gets|start|starts|begin|begins|develop|develops|turn|turns|become|becomes|break\s+out|breaks\s+out|"
    r"end\s+up|ends\s+up|come\s+(back|up)|comes\s+(back|up)|will|would)\b)[^.?!,;]*", re.I)


def asks_what_to_do_if_it_comes(text: str) -> bool:
    """"What if my skin starts oozing later on?", "What should I do if I get a cold sore?": escalated, as what to do
    then is the clinic's to say, but the reply must not tell the client that they describe a sign now. Not when the
    rest of the message tells one ("I have pus, what if it gets worse?")."""
    rest = _IF_IT_COMES.sub(" ", text)
    return rest != text and not names_a_red_flag(rest) and not _REPORTS.search(rest)


def asks_what_may_happen(text: str) -> bool:
    """"Will my face swell?" asks what is normal; "my lips are swelling" reports a red flag. "Will my face still be
    swollen by Monday?" asks too: its "still" is of the day asked about. "ok and will my face swell?" asks as well:
    the words that join it to the chat carry nothing of it."""
    return (bool(_GENERAL_QUESTION.search(without_lead_in(text)))
            and not _REPORTS.search(_STILL_AHEAD.sub(r"\1", _without_traits(text))))


# "... if i have darker skin", "if i'm on accutane": a condition the question depends on, not a sign had now.
_IF_I_HAVE = re.compile(r"\bif\s+((i|u|you)\s+(have|am|are|take|got)|i'?m|i'?ve\s+got|you'?re)\b[^.?!,;]*", re.I)


def _without_traits(text: str) -> str:
    """The question without the conditions it is asked under that name no sign: "will my redness be worse if i have
    darker skin?" asks; "what do i do if i have pus?" still tells of pus."""
    return _IF_I_HAVE.sub(_unless_a_sign, text)


def _unless_a_sign(condition: re.Match[str]) -> str:
    told = condition.group(0)
    return told if names_a_red_flag(told) or _sign_kinds(told) else " "


def read_as_asking(text: str, reading: str) -> bool:
    """A follow-up that reports nothing of its own, read as a question of what may happen ("what about swelling"
    after "will I be red tomorrow?" is "will I be swelling tomorrow?"), asks as its reading does; so does a message
    that reports nothing and asks it in a clause of its own ("I get cold sores a lot, will the needling set one off?")."""
    return (asks_what_may_happen(text) or (reading != text and asks_what_may_happen(reading) and not _REPORTS.search(text))
            or (not _REPORTS.search(text) and any(asks_what_may_happen(c.group(0).strip())
                                                  for c in _QUESTION_CLAUSE.finditer(text)))
            or _asks_beside_what_names_no_sign(text) or _only_fears_a_sign(text))


def fears_getting(text: str) -> bool:
    """"I'm worried about getting dark spots": a sign feared ahead, which the guides answer under their risks."""
    return _FEARS_GETTING.search(text) is not None


def _only_fears_a_sign(text: str) -> bool:
    """"I'm dark skinned and nervous about getting dark patches from this": the sign is feared ahead, and the rest of
    the message tells none."""
    feared = _FEARS_GETTING.search(text)
    if feared is None:
        return False
    rest = f"{text[:feared.start()]} {text[feared.end():]}"
    return not names_a_red_flag(rest) and not _LASTING_SIGN.search(rest) and not _sign_kinds(rest)


def _asks_beside_what_names_no_sign(text: str) -> bool:
    """"Will i swell up after? got a work thing in 2 days": a sentence asking what may happen, and the others telling
    of no sign at all (a plan, an event, a feeling about it)."""
    said = [s.strip() for s in sentences(text) if s.strip()]
    asking = [s for s in said if asks_what_may_happen(s)]
    return bool(asking) and len(asking) < len(said) and not any(
        _LASTING_SIGN.search(s) or names_a_red_flag(s) for s in said if s not in asking)


def is_early_normal_course(text: str, matched: list[str], day: int | None = None) -> bool:
    """Warmth, tightness or redness on the day of treatment or the next: the normal course, unless growing or lasting."""
    early = (bool(_EARLY.search(text) or _asks_in_general(text) or _LIKE_A_SUNBURN.search(text)) if day is None
             else day <= EARLY_LAST_DAY)
    return (all(_MILD_SIGN.fullmatch(m.strip()) for m in matched) and early and not _not_normal(text)
            and _hot_on_its_days(text, day))


# A sign denied by name ("No fever, no pus, nothing like that, just hot and tight") is no sign off the normal course.
_DENIED_SIGN = re.compile(r"\b(no|zero|not(?!\s+(going|getting|improving|settling|better|calming|fading|stopping|healing))|nothing\s+like|nothing|without|no\s+signs?\s+of)\s+(\w+)(\s+or\s+(\w+))?", re.I)


def _not_normal(text: str) -> bool:
    return bool(_NOT_NORMAL.search(_DENIED_SIGN.sub(" ", text)))


def _hot_on_its_days(text: str, day: int | None) -> bool:
    """Whether heat to the touch, if told, falls on the days the guides give warmth."""
    return not _HOT_TO_TOUCH.search(text) or (day is not None and day <= HOT_TO_TOUCH_LAST_DAY)


def _is_mild_facial_swelling(matched: str, text: str) -> bool:
    """"My face is a bit swollen" is the normal course; swelling of lips, tongue or throat never is."""
    return bool(_FACE_ONLY.match(matched)) and "face" in matched.lower() and bool(_MILD.search(text)) and not re.search(
        r"\b(fast|quick|rapid|breath|throat|lips?|tongue|worse|spread)", text, re.I)


def tells_only_a_mild_sign(text: str) -> bool:
    """"Mild swelling" or "swelling has settled", the whole message: the guides' own words or a sign told as over, which
    the embedding net must not read as a flag; nor "my face is a bit red and warm, is that ok?", signs of the normal
    course told as mild, with nothing growing, spreading or of the airway."""
    return bool(_ONLY_MILD.match(text)) or (
        _MILD.search(text) is not None and _LASTING_SIGN.search(text) is not None and not _not_normal(text)
        and not _ALWAYS.search(text) and not _HOT_TO_TOUCH.search(text))


def without_signs_over(text: str) -> str | None:
    """The message without the after-effects it tells as over ("my redness went away after one day, is that normal?"
    → "after one day, is that normal?"): what the embedding net should read, since it reads a sign and not that the
    sign is gone. None when the message tells none as over, or when what is left tells something growing or off the
    normal course ("redness was getting better but on day 5 it came back worse and is spreading"): its "it" is the
    sign, and the net must read it whole."""
    spans = [(m.start(), m.end() + gone.end()) for m in TOLD_EFFECTS.finditer(text) if (gone := _over(text[m.end():]))]
    if not spans:
        return None
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = max(at, end)
    kept.append(text[at:])
    rest = " ".join("".join(kept).split())
    # The day and the pace told beside a sign gone ("Day 3 and my redness is mostly gone already, is that normal or too
    # fast?") are no sign lasting or racing: they count only while something of a sign is left.
    still_told = bool(TOLD_EFFECTS.search(rest) or _LASTING_SIGN.search(rest) or _POINTS_AT_A_SIGN.search(rest))
    return None if _not_normal(rest if still_told else _TIME_OR_PACE.sub(" ", rest)) else rest


_POINTS_AT_A_SIGN = re.compile(r"\b(it|it'?s|its|they|they'?re|them)\b", re.I)


def _is_early_puffy_eyes(matched: str, text: str, day: int | None) -> bool:
    """Slight puffiness under or around the eyes on the day of treatment or the next is the guides' "slight swelling"
    of a treated face; an eye swelling shut, hurting or growing, or swelling anywhere near the airway, never is."""
    # Without a day, slight puffiness is taken as the first days', as slight swelling of the face is.
    early = day is None or day <= EARLY_LAST_DAY
    return (early and re.search(r"\b(swell\w*|swollen|puff\w*)", matched, re.I) is not None
            and _ROUND_THE_EYES.search(text) is not None
            and bool(_MILD.search(text) or re.search(r"\bpuff|\bbit\s+of\s+(swelling|puffiness)", text, re.I))
            and not _EYE_FLAG.search(_DENIED_SIGN.sub(" ", text)))


def _present(sign: re.Pattern[str], text: str) -> bool:
    """A sign told of as there: not negated before it ("no redness") nor told of as over after it ("is gone")."""
    return any(not _told_as_over(text[m.end():]) for m in _unnegated(sign, text))


def _presupposed(text: str, matched: str) -> bool:
    """A sign named by one word after "the" or "my" ("the pus"); not a word of a clause ("my face swelling")."""
    at = text.find(matched)
    return at >= 0 and len(matched.split()) == 1 and _PRESUPPOSED.search(text[:at]) is not None


def _last_word_at(matched: str) -> int:
    words = list(re.finditer(r"\w+", matched))
    return words[-1].start() if len(words) > 1 else 0


def _told_as_over(rest: str) -> bool:
    return _over(rest) is not None


def _over(rest: str) -> re.Match[str] | None:
    """The words right after a sign that tell it as over ("... has gone down", "... went away"), unless negated there."""
    gone = _GONE.match(rest)
    return gone if gone is not None and not _NOT_GONE.search(gone.group("between")) else None


def _set_aside_at_last_word(before: str) -> bool:
    """A negation or a purpose right before a match's last word ("it's not spreading", "to stop swelling")."""
    return bool(_NEGATED_LAST_WORD.search(before) or _FOR_PURPOSE.search(before))


@lru_cache(maxsize=1024)
def _says_its_own_negation(pattern: re.Pattern[str]) -> bool:
    """Read from the pattern's source once, not per message: every message meets every pattern."""
    return _WRITTEN_WITH_NEGATION.search(pattern.pattern) is not None


def _unnegated(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    says_its_own_negation = _says_its_own_negation(pattern)
    return (m for m in pattern.finditer(text) if not _NEGATION.search(text[: m.start()])
            and (says_its_own_negation or not _set_aside_at_last_word(text[: m.start() + _last_word_at(m.group(0))]))
            and not (_THOUGHT.search(text[: m.start()]) and _TAKEN_BACK.search(text[m.end():]))
            and not (_IN_A_CONDITION.search(text[: m.start()]) and _DENIED_AFTER.search(text[m.end():]))
            and not _ASKED_AND_DENIED.match(text, m.end())
            and not (_DIAGNOSIS.match(m.group(0)) and (_HYPOTHESIS.search(text[: m.start()])
                                                       or _DIAGNOSIS_DENIED.search(text[: m.start()])
                                                       or (_FEARED.search(text[: m.start()]) and _SIGNS_DENIED.search(text))))
            and not (_RECURRING.match(m.group(0)) and _HISTORY.search(text[: m.start()])
                     and not _REPORTS.search(_STILL_ASKED.sub(" ", text[m.end():]))))


# Descriptions a clinician must see, in clients' words, and the normal course they must not be confused with
# (bot/data/triage.yaml). Matched by embedding similarity, this catches paraphrases the patterns have no word for.
RED_FLAG_EXAMPLES: tuple[str, ...] = tuple(_DATA["red_flag_examples"])
NORMAL_COURSE_EXAMPLES: tuple[str, ...] = tuple(_DATA["normal_course_examples"])
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
