"""Days since treatment, from the date the client gave or from how the question says it.

Clients date their treatment in many ways ("day 4", "3 days ago", "two weeks out", "yesterday", "this morning",
"last Tuesday", "on Monday"). The phrases are found by shape here; turning one into a date (number words, weekdays,
"a week ago") is left to `dateparser`, relative to the request's date in the clinic's time zone. A phrase that
dates the client's skin rather than the treatment ("it was pink yesterday") does not count: a phrase like
"yesterday" counts only in a sentence that speaks of the treatment, and the one nearest that word wins.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from bot.message_caches import per_message
from bot.reading.shorthand import WEEKDAYS, spelled_out

# The units a client dates in; chat shorthand ("3 hrs ago") is spelled out first (bot/reading/shorthand.py).
_UNIT = r"(?:hours?|days?|weeks?|months?)"
# "Two and a half weeks", "a month and a half", "1.5 weeks": half a unit more.
_HALF = r"(?:\s+and\s+a\s+half)?"

# "Day 4" and "4 days out" count from the treatment by themselves; the others only beside a treatment word. "Two
# weeks in" ends where it is said: not "a week in Dubai".
_SINCE_TREATMENT = re.compile(
    r"(?<!\d\sand\s)(?<!\d\sto\s)(?<!\d-)(?<!\d\s-\s)\bday\s+(?P<day>\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\b"
    r"(?!\s*(?:-|–|to|and)\s*(?:day\s+)?\d)"
    # "Week 2 and still swollen": the week's first day (the first week gives no day: it is any of them).
    r"|(?<!\d\sand\s)(?<!\d\sto\s)(?<!\d-)\bweek\s+(?P<week>\d{1,2}|two|three|four|five|six|seven|eight)\b"
    r"(?!\s*(?:-|–|to|and)\s*(?:week\s+)?\d)"
    r"|\b(?:the\s+)?(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+day\b"
    r"|\bthe\s+(?P<after>morning|day|night|evening)\s+after\b(?!\s+(?:tomorrow|that|next))"
    # Terse, without "the" ("face puffy morning after"): only where nothing follows but the treatment.
    r"|(?<!every )(?<!each )(?<!single )\b(?P<after_bare>morning|day|night|evening)\s+after(?=\s*(?:[,.!?;)]|$|(?:my\s+|the\s+)?(?:treatment|session|appointment|appt|procedure|microneedl|mn\b)))"
    r"|\b(?P<count>\d{1,3}(?:\.5)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple(?:\s+of)?|few)"
    + _HALF + r"\s+(?P<unit>" + _UNIT + r")" + _HALF + r"\s+(?:out|post|(?:in|on)(?=\s*(?:[,.!?;:)]|$|and\b|now\b|to\b|already\b|i\b|i'm\b|my\s+(?:skin|face)\b))"
    r"|after|later|since|into|(?=post-?(?:op|treatment|procedure)))\b"
    r"|\b(?:it'?s|it\s+has|it\s+is|it\s+was)\s+(?:now\s+been|been|now)\s+(?:about|around|almost|nearly|over|like|only|just|a\s+good|barely)?\s*"
    r"(?P<been>\d{1,3}(?:\.5)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|couple\s+of|few)"
    + _HALF + r"\s+(?P<been_unit>" + _UNIT + r")" + _HALF + r"\b",
    re.I)
_MONTHS = (r"(?:january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep"
           r"|october|oct|november|nov|december|dec)")
_WEEKDAYS = tuple(day.removesuffix("day") for day in WEEKDAYS)
# Any weekday's name, in a pattern: "(?:mon|tues|...|sun)day".
_WEEKDAY = rf"(?:{'|'.join(_WEEKDAYS)})day"
# "After the 1st treatment": an ordinal of sessions, not a day of the month.
_NOT_OF_SESSIONS = r"(?!\s+(?:\w+\s+)?(?:treatments?|sessions?|appointments?|appts?|rounds?|times?|ones?|go|course|procedures?)\b)"
_RELATIVE = re.compile(
    r"\b(?P<phrase>(?:\d{1,3}(?:\.5)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|couple(?:\s+of)?)" + _HALF
    + r"\s+" + _UNIT + _HALF + r"\s+ago|yesterday|the\s+day\s+before\s+yesterday|(?<!ago )today|tonight|this\s+(?:morning|afternoon|evening)"
    r"|earlier\s+today|last\s+(?:night|week)|(?:the\s+)?" + _WEEKDAY + r"\s+before\s+last"
    r"|(?:last|this\s+past|on|since)\s+" + _WEEKDAY
    # A date in figures: "2026-12-02", "28/11", "12/1" (see _numeric_date), not "3/4 sessions" nor a "1.5 mm" needle.
    + r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.](?:\d{4}|\d{2}))?(?![/.]?\d)(?!\s*(?:sessions?|treatments|days?|weeks?|months?|hours?|times?|of\b|%|mm\b|cm\b|millimet\w*|ml\b|mg\b))"
    r"|" + _WEEKDAY + r"\s+the\s+\d{1,2}(?:st|nd|rd|th)"
    r"|" + _WEEKDAY + r"(?:'s)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS
    + r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?|(?:the|on)\s+\d{1,2}(?:st|nd|rd|th)(?!\s+(?:of\s+)?" + _MONTHS + r")"
    + _NOT_OF_SESSIONS + r")\b", re.I)
# A treatment word followed in its clause by a time still to come: "my session tomorrow", "microneedling next week".
_SOON_AFTER = re.compile(r"\w+(?:\s+(?:is|will\s+be|'s))?\s+(?:(?!and\b|but\b|so\b)\w+\s+){0,2}?(tomorrow|tmrw|tonight|later\s+today|"
                         r"next\s+week|in\s+(?:a|an|one|two|three|four|five|six|\d+|a\s+few|few|a\s+couple\s+of|couple\s+of)\s+"
                         r"(?:days?|weeks?))\b", re.I)
_HAD_IT = re.compile(r"(had|did|got)\s+(it|mine)\b", re.I)
# A time of day: "at 2", "at 2pm", "at 10:30", "at 4 o'clock" (not "at 2 weeks", "at 25").
_CLOCK = re.compile(r"\bat\s+(?P<phrase>(?:1[0-2]|[1-9])(?::[0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)?)"
                    r"(?![\d:])(?!\s*(?:hours?|days?|weeks?|months?|years?|sessions?|%|ish\b))", re.I)
# Verbs that may date anything ("I did a spin class this morning"), then words that name the treatment.
_DOING_WORDS = r"had|did|done"
# "My first one was on nov 2", "my last one was 6 weeks ago": a session counted by an ordinal.
_TREATMENT_WORDS = (rf"{_DOING_WORDS}|treat\w*|session|appointment|appt|procedure|mn|microneedl\w*|micro-needl\w*|needl\w*"
                    r"|(?:first|last|latest|previous|second|third|\d(?:st|nd|rd|th))\s+one")
_TREATMENT = re.compile(rf"\b({_TREATMENT_WORDS})\b", re.I)
_DOING = re.compile(_DOING_WORDS, re.I)
_IT_WAS = re.compile(r"\W*(?:(?:btw|oh|and|actually|so|also|ok|okay|fyi|sorry|oops|wait|no)\W+)*(?:(?:i\s+meant?\s+)?(?:it|mine)\s+(?:was|were)|i\s+meant?)"
                     r"(?:\s+(?:actually|really|done))?\s+(?:on\s+)?", re.I)
_HEADLINE_TIME = re.compile(r"\W*(?P<time>[\w ]+?)\s*(?:[-–—:,]|\s\band\b)(?!\s*(?:i|we|he|she|they|my\s+(?:friend|husband|wife|partner|"
                            r"mum|mom|dad|sister|brother|son|daughter|kids?|boyfriend|girlfriend))\b|\s*i['’])", re.I)
# "1) when can I go in the sun 2) do I need sunscreen every day 3) can I use retinol?": numbers counting a list from
# 1, each closed by ")", number its questions, not days ("every day 3)").
_LIST_NUMBER = re.compile(r"(?:^|(?<=\s))(\d)\)(?=\s)")
_DENIED_TIME = re.compile(r"\bnot\s+(?:on\s+|since\s+)?$", re.I)
_CORRECTION = re.compile(r"\b(?:no|nope|sorry|oops|wait|actually|i\s+mean|i\s+meant|correction|scratch\s+that)\b", re.I)
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+")  # not split inside "1.5"
# A span of time named in a question ("by 3 to 6 months", "the 4 week mark", "the first few days", "tomorrow").
_TIME_SPAN = re.compile(
    r"\b(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|few|couple(?:\s+of)?|first|next)"
    r"(?:\s*(?:-|–|to|or)\s*\d{1,3})?[\s-]+(?:" + _UNIT + r"|years?)\b"
    r"|\b(?:day|week|month)s?\s+\d{1,3}\b|\btomorrow\b|\bthe\s+day\s+after\b|\bthe\s+(?:first|next)\s+(?:day|week|month)s?\b"
    # A weekday or a date that does not date the treatment is the day of an event ("my wedding is on the 12th, can I
    # wear full makeup by then?", "will I still be red on Tuesday?").
    r"|\b" + _WEEKDAY + r"\b|\bweekend\b|\b\d{1,2}(?:st|nd|rd|th)\b" + _NOT_OF_SESSIONS, re.I)
# Ordinals are few; dateparser has no reading for "the third day".
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10}


# Years, which no reader below counts in, as the months they are: "half a year since my treatment" is 6 months, and
# a sign "still swollen a year after" is read as lasting past the guides' days like any other count.
_YEARS = re.compile(r"\b(?:(?P<half>half\s+a|a\s+half)\s+year|(?P<count>an?|one|two|three|four|five|\d{1,2}(?:\.5)?)"
                    r"(?P<and_half>\s+and\s+a\s+half)?\s+years?(?P<half_after>\s+and\s+a\s+half)?)\b", re.I)
_YEAR_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _as_months(match: re.Match[str]) -> str:
    if match.group("half"):
        return "6 months"
    count = match.group("count").lower()
    years = float(count) if count[0].isdigit() else _YEAR_COUNTS[count]
    if match.group("and_half") or match.group("half_after"):
        years += 0.5
    return f"{round(years * 12)} months"


# Only in a clause that names the treatment: "I had bad acne 10 years ago" dates the acne.
_YEAR_CLAUSE = re.compile(r"(?:[^,.;:!?\n–—]|(?<=\d)\.(?=\d))+|[,.;:!?\n–—]")
_NAMES_THE_TREATMENT = re.compile(r"\b(?:treat\w*|sessions?|appointments?|appts?|procedures?|mn|microneedl\w*|micro-needl\w*"
                                  r"|needl\w*|(?:had|did|got)\s+(?:it|mine)|(?:last|first|latest|previous)\s+one)\b", re.I)


def in_months(text: str) -> str:
    if "year" not in text.lower():
        return text
    return "".join(_YEARS.sub(_as_months, clause) if _NAMES_THE_TREATMENT.search(clause) else clause
                   for clause in _YEAR_CLAUSE.findall(text))


# What every branch of _SINCE_TREATMENT, _RELATIVE and _CLOCK needs: a figure, or a word of days, hours, weeks,
# months or a time of day. Most messages have none and are passed over unread.
_MAY_DATE = re.compile(r"\d|day|hour|week|month|night|morning|afternoon|evening", re.I)


@dataclass(frozen=True)
class DayMention:
    day: int
    phrase: str


def _without_list_numbers(text: str) -> str:
    numbers = [int(m.group(1)) for m in _LIST_NUMBER.finditer(text)]
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
        return text
    return _LIST_NUMBER.sub(" ", text)


def days_since(treatment: date, today: date) -> int | None:
    """None for a date still ahead: a client may ask before the treatment, and then no day applies."""
    days = (today - treatment).days
    return days if days >= 0 else None


@per_message(maxsize=1024)
def day_in_question(text: str, today: date) -> DayMention | None:
    """The day since treatment the question speaks of, if it dates the treatment (read with chat shorthand spelled
    out, as the engine reads every message). Cached: a chat reads its earlier messages again on every turn."""
    text = _without_list_numbers(in_months(spelled_out(text)))
    if not _MAY_DATE.search(text):
        return None
    found: list[tuple[int, DayMention, int]] = []  # how far from the treatment's word, the mention, where
    anchored_before = False
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group(0)
        for match in _SINCE_TREATMENT.finditer(part):
            if ((match.group("count") or match.group("after")) and _asks_about_a_time(part, match)) \
                    or _COMPARED.search(part[:match.start()]):
                continue
            day = _since_treatment(match)
            if day is not None:
                found.append((0, DayMention(day, match.group(0)), sentence.start() + match.start()))
        anchors = [m for m in _TREATMENT.finditer(part) if not _COMPARED.search(part[:m.start()])]
        # "I did a spin class this morning, treatment was yesterday": a word naming the treatment outranks a verb
        # that may date anything ("had", "did", "done").
        named = [m for m in anchors if not _DOING.fullmatch(m.group(0))]
        if soon := [m for m in named if _SOON_AFTER.match(part, m.start())]:
            # "I waxed yesterday, is that a problem for my session tomorrow?": a treatment still to come dates nothing;
            # beside it, only "had it done" speaks of one past ("had it done 2 days ago, next session in 4 weeks").
            named = [m for m in named if m not in soon] or [m for m in anchors if _HAD_IT.match(part, m.start())]
            if not named:
                continue
        anchors = [m.start() for m in (named or anchors)]
        # "I had it done. yesterday": a time phrase alone dates the sentence before it.
        if not anchors and anchored_before and _RELATIVE.fullmatch(part.strip(" ,;:!?-")):
            anchors = [0]
        # "btw it was tuesday", "oh and it was actually on the 1st": in a chat about aftercare, what was on a day is
        # the treatment.
        if not anchors and (it_was := _IT_WAS.match(part)) and _RELATIVE.match(part, it_was.end()):
            anchors = [it_was.end()]
        # "3 days ago and still a bit red", "yesterday - can I wash my face?": a time heading the message, with how the
        # skin is or a question after it and no other happening told, dates the treatment.
        if not anchors and sentence.start() == 0 and (head := _HEADLINE_TIME.match(part)) \
                and _RELATIVE.fullmatch(head.group("time")):
            anchors = [head.start("time")]
        anchored_before = bool(anchors)
        if not anchors:
            continue
        relative = list(_RELATIVE.finditer(part))
        # A treatment still ahead ("my treatment is Thursday", "getting it done friday") dates nothing past, and
        # then no weekday or date of that sentence is the treatment's ("a wedding Saturday" beside it).
        if any(_ahead(part, match, anchors) for match in relative):
            continue
        for match in relative:
            if _COMPARED.search(part[:match.start()]) or _EVENT_BEFORE.search(part[:match.start()]) or (
                    _ONSET.search(part[:match.start()]) and not re.match(r"['’]s\b", part[match.end():])):
                continue
            day = _relative_day(match.group("phrase").lower(), today)
            if day is not None:
                distance = min(_distance(part, a, match) for a in anchors)
                found.append((distance, DayMention(day, match.group(0)), sentence.start() + match.start()))
        if not relative:
            # "Treatment was at 2, it's 9pm now": a time of day with no day named is today's.
            for match in _CLOCK.finditer(part):
                if not _ahead(part, match, anchors):
                    far = 2 * len(text) + min(_distance(part, a, match) for a in anchors)
                    found.append((far, DayMention(0, match.group(0)), sentence.start() + match.start()))
    # "4 days ago, not yesterday": a day the client denies is not the treatment's.
    found = [f for f in found if not _DENIED_TIME.search(text, 0, f[2])]
    if not found:
        return None
    # "day 2 — sorry, day 6", "yesterday — no wait, it's day 5": the day told after a correction replaces the one
    # before it ("6 weeks ago — no, 4 weeks" corrects with a span that is no day by itself, and stays as it was).
    first = min(f[2] for f in found)
    corrected = [f for f in found if f[2] > first and _CORRECTION.search(text, first, f[2])]
    if corrected:
        return max(corrected, key=lambda f: f[2])[1]
    return min(found, key=lambda f: f[0])[1]


# "Can I use my toner a few days after?", "what should I use in the first two days after?": a time asked about, not
# the client's day (named_span reads it).
_TIME_ASKED_ABOUT = re.compile(r"\b(first|within|for|the|next|until|till|before)\s+(?:a\s+)?$", re.I)
_PERMISSION = re.compile(r"^\s*(?:(?:hi|hello|hey|so|ok|okay)\b[\s,!]*)*(can|could|should|shall|may|is\s+it\s+(ok|okay|safe|fine|alright|bad)"
                         r"|when\s+can|how\s+soon|will\s+i\s+be\s+able)\b", re.I)


# "Warmer than it did yesterday", "worse than the first day", "still red as day one": a time the skin is compared
# with, not the treatment's.
_COMPARED = re.compile(r"\bthan\s+(?:\w+\s+){0,3}$|\b(?:as|compared\s+(?:to|with))\s+(?:(?:it|i|they)\s+(?:was|were|did)\s+)?"
                       r"(?:on\s+)?(?:the\s+)?$", re.I)


# "My wedding on the 20th of February", "a party on jan 16", "flight is on the 8th": the date of an event named right
# before it, not the treatment's.
_EVENT = (r"wedding|married|marrying|bridesmaid|honeymoon|anniversary|hen\s+(do|party|night)|stag\s+(do|party)|party|birthday|"
          r"holiday|hols|vacation|trip|event|flight|interview|gala|prom|ball|photos?|photoshoot|shoot|meeting|match|game|race|"
          r"marathon|concert|festival|reunion|christening|funeral|graduation|date\s+night|night\s+out|pics|pictures|headshots|"
          r"(zoom|video|work|team|facetime)\s+call|going\s+out|first\s+date|nye|new\s+year'?s(\s+eve)?|"
          r"christmas(\s+(day|eve|dinner|do))?|xmas|(a|hot|dinner|big)\s+date|date\s+(tonight|tomorrow)|nativity|recital|"
          r"school\s+play|presentation|conference|pitch|audition|speech|ceremony|performance|gig|(baby|bridal)\s+shower|"
          r"engagement(\s+party)?|work\s+do|formal")
_EVENT_BEFORE = re.compile(rf"\b({_EVENT})\s+((is|was|falls|'s)\s+)?((on|for|at)\s+)?$", re.I)


# "A fever since yesterday", "it started this morning": when a sign began, not when the treatment was ("since
# yesterday's treatment" is both).
_ONSET = re.compile(r"\b(?:since|started|starting|began|begun)\s+$", re.I)


def _distance(part: str, anchor: int, match: re.Match[str]) -> int:
    """How far a day phrase is from a treatment word, a clause away counting as far: in "a spin class this morning,
    treatment was yesterday" the treatment is yesterday's."""
    between = part[anchor:match.start()] if anchor < match.start() else part[match.end():anchor]
    return abs(anchor - match.start()) + (len(part) if re.search(r"[,;]|\b(and|but|so)\b", between) else 0)


# "I'm going on holiday two weeks after my session", "my wedding is 5 days after it": when a plan falls, not the
# client's day.
_PLANNED = re.compile(rf"\b(will|'ll|going|gonna|planning|planned|booked|scheduled|{_EVENT}|flying|leave|leaving)\b", re.I)


# "My friend said I can wear makeup 6 hours after": a time allowed or told to wait for, wherever the clause stands.
_ALLOWED = re.compile(r"\b(?:(?:i|you|we|they)\s+(?:can|could|should|may|must)(?!['’]?t\b|not\b)|(?:i|you|we|they)\s+(?:have|need)\s+to"
                      r"|(?:can|could|should|may)\s+(?:i|you|we))\b", re.I)


def _asks_about_a_time(part: str, match: re.Match[str]) -> bool:
    clause = re.split(r"[,;]|\b(?:and|but|so)\b", part[:match.start()])[-1]
    return bool(_TIME_ASKED_ABOUT.search(part[:match.start()]) or _PERMISSION.match(part) or _PLANNED.search(clause)
                or _ALLOWED.search(clause))


# Words that put the treatment ahead when they stand between it and the day named: "is" (not a possessive "'s":
# "my sister's wedding, my treatment was Tuesday"), "will be", "getting it done", "can I get microneedling on",
# "booked for next", "should i cancel my microneedling on the 9th".
_AHEAD = re.compile(r"\b(cancel\w*|reschedul\w*|postpon\w*|is|are|am|(?:it|that|mine|which|one|appt|appointment|treatment|session|procedure)'s|will|'ll|going\s+to|gonna|getting|having|doing|booked|scheduled|planned|planning|next|have\s+(?:my|a|an|the)|"
                    r"come\s+in|go\s+in|coming|upcoming|want(s|ing)?|hop(e|es|ing)|would\s+like|'d\s+like|(can|could|should|shall)\s+i\s+(still\s+)?(get|have|book|do|schedule|come|go)|if\s+i\s+(get|have|book|do)|(whether|when)\s+to\s+(do|get|have|book|schedule))\b", re.I)
_APPOINTMENT = re.compile(r"(appointments?|appts?)\b", re.I)
_PAST = re.compile(r"\b(had|was|were|did|went|got|last|ago|since|after|yesterday|been|stopped|started|still|now)\b", re.I)
_DATED = re.compile(_WEEKDAY + r"|\d", re.I)
# The words before the treatment word that may say it is still to come ("can i still come in for my session friday").
_WORDS_BEFORE = 6


def _ahead(part: str, match: re.Match[str], anchors: list[int]) -> bool:
    """Whether a weekday or date names a treatment still to come: a word of the future between the treatment
    word (with the few words before it) and the day. "Today" and "this morning" are the treatment's day either way."""
    if not _DATED.search(match.group("phrase")) or re.search(r"\b(last|ago)\b", match.group("phrase"), re.I):
        return False
    anchor = min(anchors, key=lambda a: abs(a - match.start()))
    if _APPOINTMENT.match(part, anchor) and not _PAST.search(part):
        return True  # "appt on tuesday, can i wear makeup to it?": an appointment not told as past is to come
    between = part[anchor:match.start()] if anchor < match.start() else part[match.end():anchor]
    if re.search(r"[,;]|\b(and|but|so)\b", between):
        return False  # another clause: the day is not the treatment's ("... done on Tuesday, red by Friday?")
    before = " ".join(re.split(r"[,;]|\b(?:and|but|so)\b", part[:min(anchor, match.start())])[-1].split()[-_WORDS_BEFORE:])
    return _AHEAD.search(f"{before} {between}") is not None


_CLAUSES = re.compile(r"[,;.!?]+|\s(?:and|but|so)\s", re.I)
_DATING_WORDS = re.compile(rf"\b({_TREATMENT_WORDS}|i|i'm|im|it|it's|its|my|was|is|on|at|in|about|around|just|only|"
                           r"got|have|took|place|happened|since|ago|the|a|an|this|last|mn|been|out|post|after|now|so|ok|okay|hi|hey|btw|"
                           # a correction of the day told before ("oops sorry, actually it was 4 days ago")
                           r"actually|sorry|oops|wait|oh|no|meant|mean)\b",
                           re.I)


def only_dates(text: str, mention: DayMention | None) -> bool:
    """"I had my treatment yesterday", "it's day 5": the message tells the day and asks nothing else."""
    return mention is not None and mention.phrase in text and _only_the_day(text, mention.phrase)


# "sorry i meant 4 days ago not 4 weeks": the day it corrects, told beside the new one.
_DENIED_ALTERNATIVE = re.compile(r"\b(?:not|instead\s+of|rather\s+than)\s+(?:on\s+|the\s+)?(?:[\w-]+\s+)?"
                                 r"(?:hours?|days?|weeks?|months?|yesterday|today|" + _WEEKDAY + r")\b"
                                 r"(?:\s+ago)?", re.I)


def _only_the_day(part: str, phrase: str) -> bool:
    """Whether the words around the day phrase only say that the treatment happened ("I had it done", "it's")."""
    rest = _DENIED_ALTERNATIVE.sub(" ", re.sub(r"['’]\w*", "", part.replace(phrase, " ")))
    return not re.search(r"\w", _DATING_WORDS.sub(" ", rest))


def without_dating(text: str, mention: DayMention | None) -> str:
    """The question without a clause that only dates the treatment ("had it done 2 days ago, is the tightness ok?"):
    the day is read from it already, and its words would otherwise count in finding the answer as if asked about."""
    if mention is None or mention.phrase not in text:
        return text
    at = text.index(mention.phrase)
    bounds = [0] + [m.end() for m in _CLAUSES.finditer(text)] + [len(text)]
    start = max(b for b in bounds if b <= at)
    end = min((m.start() for m in _CLAUSES.finditer(text, at + len(mention.phrase))), default=len(text))
    if not _only_the_day(text[start:end], mention.phrase):
        return text
    remaining = f"{text[:start]} {text[end:]}"
    remaining = re.sub(r"^[\s,;.!?]*(?:(?:and|but|so)\s+)?", "", remaining.strip(), flags=re.I)
    return remaining if re.search(r"[A-Za-z]{3,}", remaining) else text


def names_another_time(text: str, mention: DayMention | None) -> bool:
    """A question that names a time of its own, other than the day since treatment ("what will my skin look like
    by 3 months?", "can I work out tomorrow?"), asks about that time, not about today."""
    if mention is not None:
        text = text.replace(mention.phrase, " ")
    return _TIME_SPAN.search(text) is not None


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "twelve": 12, "few": 3, "couple": 2, "couple of": 2}
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|twelve"
_SPAN = re.compile(
    r"\b(?P<first>first\s+)?(?P<n>\d{1,3}|an?|" + _NUMBER_WORDS + r"|few|couple(?:\s+of)?)"
    r"(?:\s*(?:-|–|to|or)\s*(?P<m>\d{1,3}))?[\s-]+(?P<unit>hour|day|week|month)s?\b"
    r"|\b(?P<unit2>day|week|month)s?\s+(?P<n2>\d{1,3}|" + _NUMBER_WORDS + r")"
    r"(?:\s*(?:-|–|to|or|and)\s*(?:(?:day|week|month)s?\s+)?(?P<m2>\d{1,3}|" + _NUMBER_WORDS + r"))?\b", re.I)
_DAYS_PER = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30}


def named_span(text: str, mention: DayMention | None) -> tuple[int, int] | None:
    """The days since treatment a question asks about when it names them ("by 3 to 6 months", "weeks 3-4",
    "the first 48 hours"), other than the client's own day."""
    if mention is not None:
        text = text.replace(mention.phrase, " ")
    match = _SPAN.search(text)
    if match is None:
        return None
    if match.group("unit2"):
        per, n = _DAYS_PER[match.group("unit2").lower()], _count(match.group("n2"))
        m = _count(match.group("m2") or match.group("n2"))
        return (round((n - 1) * per) if per > 1 else n, round(m * per))
    per = _DAYS_PER[match.group("unit").lower()]
    n = _count(match.group("n"))
    m = int(match.group("m")) if match.group("m") else n
    last = max(0, math.ceil(m * per) - (1 if per < 1 else 0))
    return (0 if match.group("first") else min(last, round(n * per)), last)


def _count(raw: str) -> int:
    raw = raw.lower()
    return int(raw) if raw.isdigit() else _COUNTS[" ".join(raw.split())]


# The day of an event the question names ("a presentation on Monday", "the party on the 12th", "tomorrow").
_EVENT_DAY = re.compile(r"\b(?P<weekday>mon|tues|wednes|thurs|fri|satur|sun)day\b|\bthe\s+(?P<date>\d{1,2})(?:st|nd|rd|th)\b"
                        r"|\b(?P<tomorrow>tomorrow)\b|\b(?P<weekend>(this|the)\s+weekend)\b"
                        r"|\b(?P<today>tonight|this\s+(?:afternoon|evening)|in\s+(?:an|a\s+few|\d+|a\s+couple\s+of)\s+hours?)\b"
                        r"|\b(?P<holiday>nye|new\s+year'?s\s+eve|christmas\s+eve|christmas(?:\s+day)?|xmas(?:\s+day)?|boxing\s+day"
                        r"|new\s+year'?s(?:\s+day)?|valentine'?s(?:\s+day)?)\b", re.I)
# The day of the year a holiday falls on (month, day), by its name without apostrophes or "day": "NYE party,
# appointment's on the 29th".
_HOLIDAYS = {"nye": (12, 31), "new years eve": (12, 31), "christmas eve": (12, 24), "christmas": (12, 25),
             "xmas": (12, 25), "boxing": (12, 26), "new years": (1, 1), "valentines": (2, 14)}
_WEEKDAY_ONLY = re.compile(rf"\b{_WEEKDAY}\b", re.I)
_WEEKDAY_OF = {"mon": MO, "tues": TU, "wednes": WE, "thurs": TH, "fri": FR, "satur": SA, "sun": SU}


def days_until_event(text: str, mention: DayMention | None, today: date) -> int | None:
    """How many days ahead of `today` the day the question names falls, other than the day it dates the treatment
    by: "will the flaking be obvious at my presentation on Monday?" asks about Monday's stage of healing. A weekday
    named on that weekday is next week's."""
    if mention is not None:
        text = text.replace(mention.phrase, " ")
    found = list(_EVENT_DAY.finditer(in_months(spelled_out(text))))
    # A date told outright is the event's own ("christmas party on the 18th"); a holiday's name dates it only alone.
    match = next((m for m in found if not m.group("holiday")), found[0] if found else None)
    if match is None:
        return days_ahead(text)  # "in 2 days will I still be flaky?"
    if match.group("tomorrow"):
        return 1
    if match.group("today"):
        return 0
    if match.group("holiday"):
        name = re.sub(r"\s+day$", "", " ".join(match.group("holiday").lower().replace("'", "").split()))
        month, day_of_month = _HOLIDAYS[name]
        when = date(today.year, month, day_of_month)
        return ((when if when >= today else date(today.year + 1, month, day_of_month)) - today).days
    if match.group("weekend"):
        return (today + relativedelta(weekday=SA(+1)) - today).days if today.weekday() < 5 else 0
    if match.group("weekday"):
        return (today + relativedelta(days=1, weekday=_WEEKDAY_OF[match.group("weekday").lower()](+1)) - today).days
    day = int(match.group("date"))
    if not 1 <= day <= 31:
        return None
    when = today + relativedelta(day=day)
    if when < today:
        when = today + relativedelta(months=1, day=day)
    return (when - today).days


# "If I do it Wednesday", "get it done Thursday": the treatment, still to come, named by a verb of its own.
# Its words run on to the day: a day right after them is the treatment's ("booked in for the 15th").
_DOING_IT = re.compile(r"\b(?:(?:do|get|have|book)\s+(?:it|one|mine)|come\s+in|go\s+in|pop\s+in|booked|booking)\b"
                       r"(?:\s+(?:in|on|for|this|next|the|done))*\s+", re.I)
# "My party is the day after my treatment", "a wedding 3 days after my session": the gap told outright.
_GAP_TOLD = re.compile(r"\b(?:the\s+(?P<next>day|night|morning|evening)|(?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|"
                       r"eight|nine|ten|few|couple\s+of)\s+(?P<unit>days?|weeks?))\s+after"
                       r"(?:\s+(?:my|the|your|it|that|i\s+(?:get|have|do))\b|\s*(?=[,.;!?]|$))"
                       # "Is 2 days enough before a job interview?": the days between, told before the event.
                       rf"|\b(?P<count2>\d{{1,2}}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit2>days?|weeks?|hours?)\s+"
                       rf"(?:(?:be|is|enough|of|time|recovery|notice|long)\s+){{0,3}}before\s+(?:(?:my|the|a|an|your|our)\s+)?"
                       rf"(?:\w+\s+)?(?:{_EVENT})\b"
                       # "The day before my birthday dinner", "a one day gap between treatment and a first date".
                       rf"|\bthe\s+(?P<before>day|night)\s+before\s+(?:(?:my|the|a|an|your|our)\s+)?(?:\w+\s+){{0,2}}(?:{_EVENT})\b"
                       rf"|\b(?P<count3>\d{{1,2}}|an?|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+(?P<unit3>days?|weeks?)"
                       rf"(?:\s+gap)?\s+between\s+(?:(?:my|the|a)\s+)?(?:treatment|session|appointment|appt|microneedling)\b",
                       re.I)
# An event a couple of months off asks about results, not a stage of healing.
PLANNED_GAP_DAYS = 60


_EVENT_WORD = re.compile(rf"\b({_EVENT})\b", re.I)


def names_an_event(text: str) -> bool:
    """"A party tonight", "my wedding": an occasion the client plans around."""
    return _EVENT_WORD.search(text) is not None


# What kind of event it is ("a work party", "the office do"): no subject of the question's own.
_EVENT_KIND = re.compile(r"\b(important|big|huge|special|major|fancy|formal|work|office|company|team|family|christmas|xmas|"
                         r"birthday|engagement|leaving|job|(best\s+)?friend'?s|sister'?s|brother'?s|cousin'?s)\s+"
                         r"(?=(party|parties|event|do|dinner|drinks|trip|meeting|function|lunch|night|interview|presentation|"
                         r"wedding|date|photos?|pictures|shoot|photoshoot)\b)", re.I)


def without_events(text: str) -> str:
    """The text without the occasions it names, nor the words of what kind they are ("a work party")."""
    return _EVENT_WORD.sub(" ", _EVENT_KIND.sub(" ", text))


@per_message(maxsize=1024)
def _treatments_ahead(text: str, today: date) -> tuple[tuple[int, str], ...]:
    """Each day the (spelled-out) message names for a treatment still to come, as days from today, with the message
    without it: "booked for the 15th", "if I go in on Friday", "my appointment is Wednesday". Cached: both the event
    gap and whether a question is about before the treatment read it."""
    return tuple(_each_treatment_ahead(text, today))


def _each_treatment_ahead(text: str, today: date) -> Iterator[tuple[int, str]]:
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group(0)
        doing = list(_DOING_IT.finditer(part))
        anchors = [m.start() for m in _TREATMENT.finditer(part)] + [m.start() for m in doing]
        if not anchors:
            continue
        for match in _RELATIVE.finditer(part):
            # "If I go in on Friday", "booked for the 15th": a day right after the words of coming in is the treatment's.
            right_after = any(m.end() == match.start() for m in doing)
            if _EVENT_BEFORE.search(part[:match.start()]) or not (right_after or _ahead(part, match, anchors)):
                continue
            treatment = days_until_event(match.group(0), None, today)
            if treatment is not None:
                yield treatment, text.replace(match.group(0), " ", 1)


def treatment_ahead(text: str, today: date) -> int | None:
    """How many days from today a treatment the message names as still to come falls, if it names one."""
    return next((days for days, _ in _treatments_ahead(in_months(spelled_out(text)), today)), None)


def planned_gap(text: str, today: date) -> int | None:
    """The days from a treatment still to come to an event the message names: "wedding Saturday, can I get it done
    on Thursday?" asks how the skin is two days after treatment. None unless both days are named and the event
    falls on or after the treatment, within PLANNED_GAP_DAYS."""
    text = spelled_out(text)
    told = _GAP_TOLD.search(text)
    if told and names_an_event(text):
        if told.group("next") or told.group("before"):
            return 1
        count = told.group("count") or told.group("count2") or told.group("count3")
        unit = told.group("unit") or told.group("unit2") or told.group("unit3")
        return _count_days(f"{_COUNTS.get(count.lower(), count)} {unit.lower().rstrip('s')}s")
    for treatment, rest in _treatments_ahead(text, today):
        event = days_until_event(rest, None, today)
        if event is not None and event < treatment and _WEEKDAY_ONLY.search(rest):
            event += 7  # "tell on Monday if I go in on Friday": the Monday after it
        if event is not None and 0 <= event - treatment <= PLANNED_GAP_DAYS:
            return event - treatment
    return None


# A time that is now or already past, as a client tells it: before a treatment still to come, it is before it.
_NOW = re.compile(r"\b(today|tonight|this\s+(morning|afternoon|evening)|yesterday|last\s+night|right\s+now|now|rn|"
                  r"all\s+day|at\s+the\s+moment|currently)\b", re.I)
# Stopping something ("when do I need to stop my retinol?"): before a treatment still to come, that is before it.
_STOPPING = re.compile(r"\b(stop|stopping|pause|pausing|quit|quitting|come\s+off|cut\s+out|hold\s+off|give\s+up)\b", re.I)


@dataclass(frozen=True)
class Planned:
    """The days a question asks about besides the client's own: the span of days since treatment it asks of, the day
    of an event it names (the stage of that day answers "will I look ok?"), and whether it asks about a time before a
    treatment still to come."""
    span: tuple[int, int] | None
    event_day: tuple[int, int] | None
    before_treatment: bool


def planned_days(text: str, mention: DayMention | None, day: int | None, stage_day: int | None,
                 span: tuple[int, int] | None, treatment_date: date | None, today: date) -> Planned:
    """`day` is the client's day since treatment when known, `stage_day` the day whose stage answers when the question
    names no other time, `span` the days since treatment it names (named_span)."""
    event_day = None
    ahead = days_until_event(text, mention, today) if stage_day is None and day is not None else None
    if ahead is not None and day is not None and (span is None or days_ahead(text) is not None):
        # "Presentation on Monday, will the flaking be obvious?" on day 1: the stage of day 3; "in 10 days" counts from
        # the client's day, not from the treatment.
        span = event_day = (day + ahead, day + ahead)
    elif day is None and (gap := planned_gap(text, today)) is not None:
        # "Wedding Saturday, can I get it done on Thursday?": the stage of day 2.
        span = event_day = (gap, gap)
    if event_day is None and stage_day is not None and names_an_event(text):
        # "Going to a party tonight, is that ok?" on the day of treatment: how the skin is today.
        event_day = (stage_day, stage_day)
    # A treatment date still ahead: "a work party on the 11th, will my face be ok?" asks about a day after it; "can I
    # use my retinol tonight?" about a time before it.
    to_come = ((treatment_date - today).days if treatment_date and treatment_date > today
               else treatment_ahead(text, today) if treatment_date is None and day is None else None)
    before_treatment = False
    if to_come is not None and day is None:
        until = days_until_event(text, mention, today)
        if span is None and until is not None and 0 <= until - to_come <= PLANNED_GAP_DAYS and names_an_event(text):
            span = event_day = (until - to_come, until - to_come)
        before_treatment = event_day is None and (_NOW.search(text) is not None or _STOPPING.search(text) is not None
                                                  or (until is not None and until < to_come))
    return Planned(span, event_day, before_treatment)


_AHEAD_SPAN = re.compile(
    r"\bnext\s+(?P<next>week|month)\b"
    r"|\bin\s+(?:another\s+)?(?P<count>an?|one|two|three|four|five|six|seven|\d{1,2}|a\s+few|few|couple\s+of)\s+"
    r"(?P<unit>days?|weeks?|months?)\b"
    r"|\b(?P<count2>an?|one|two|three|four|\d{1,2})\s+(?P<unit2>days?|weeks?)\s+from\s+now\b", re.I)


def days_ahead(text: str) -> int | None:
    """How far ahead a time the question speaks of lies ("what if it's still red next week" → 7), or None."""
    match = _AHEAD_SPAN.search(text)
    if match is None:
        return None
    if match.group("next"):
        return 7 if match.group("next").lower() == "week" else 30
    count = (match.group("count") or match.group("count2")).lower()
    count = {"a": "1", "an": "1", "a few": "3", "few": "3", "couple of": "2"}.get(" ".join(count.split()), count)
    return _count_days(f"{count} {(match.group('unit') or match.group('unit2')).lower().rstrip('s')}s")


def _since_treatment(match: re.Match[str]) -> int | None:
    if match.group("day"):
        value = match.group("day").lower()
        return int(value) if value.isdigit() else (0 if value == "zero" else _count_days(f"{value} days"))
    if match.group("week"):
        value = match.group("week").lower()
        weeks = int(value) if value.isdigit() else _count_days(f"{value} days")
        return 7 * (weeks - 1) if weeks and weeks > 1 else None
    if match.group("ordinal"):
        return _ORDINALS[match.group("ordinal").lower()]
    if after := match.group("after") or match.group("after_bare"):
        # The night or evening after is the treatment's own day; the morning or day after is the next.
        return 0 if after.lower() in ("night", "evening") else 1
    unit = (match.group("unit") or match.group("been_unit")).lower().rstrip("s")
    count = (match.group("count") or match.group("been")).lower()
    return _counted(count, unit, " half" in match.group(0).lower())


def _counted(count: str, unit: str, half: bool = False) -> int | None:
    """Days in a count of a unit ("couple of" weeks, "1.5" weeks), half a unit more when `half`."""
    if half or count.endswith(".5"):
        whole, one = _counted(count.removesuffix(".5") or "0", unit), _count_days(f"1 {unit}s")
        return None if whole is None or one is None else whole + one // 2
    if count in ("a", "an"):
        count = "1"
    elif count.startswith("couple"):
        count = "2"
    elif count == "few":
        count = "3"
    days = _count_days(f"{count} {unit}s")
    return days


@lru_cache(maxsize=256)
def _count_days(amount: str) -> int | None:
    """"two weeks" → 14, through dateparser's number words and units, counted back from a fixed day."""
    base = datetime(2026, 1, 31, 12, 0)
    parsed = _parse(f"{amount} ago", base)
    return (base.date() - parsed.date()).days if parsed else None


# A phrase and today's date, not a message: clients say "yesterday" and "last monday" all day, and dateparser takes
# about 2 ms a phrase.
@lru_cache(maxsize=1024)
def _relative_day(phrase: str, today: date) -> int | None:
    phrase = re.sub(r"'s$", "", phrase)
    if re.fullmatch(r"[\d/.-]+", phrase):
        return _numeric_date(phrase, today)
    if before_last := re.fullmatch(r"(?:the\s+)?((?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+before\s+last", phrase):
        # The one before the most recent one: a week before it.
        last = _relative_day(before_last.group(1), today)
        return None if last is None else (last or 7) + 7
    if (" half" in phrase or ".5 " in phrase) and (halved := re.fullmatch(
            r"(?P<count>.+?)(?:\s+and\s+a\s+half)?\s+(?P<unit>\w+?)s?(?:\s+and\s+a\s+half)?\s+ago", phrase)):
        return _counted(halved.group("count"), halved.group("unit"), " half" in phrase)
    if day_of_month := re.fullmatch(r"(?:the|on)\s+(\d{1,2})(?:st|nd|rd|th)", phrase):
        return _since_day_of_month(int(day_of_month.group(1)), today)
    if named := re.fullmatch(r"(mon|tues|wednes|thurs|fri|satur|sun)day\s+the\s+(\d{1,2})(?:st|nd|rd|th)", phrase):
        return _since_weekday_of_month(_WEEKDAYS.index(named.group(1)), int(named.group(2)), today)
    if re.search(_MONTHS + r"\b", phrase) and re.search(r"\d", phrase):
        # "the 1st of August", "Oct 24": a date this year, or last year's when this year's is still ahead
        plain = re.sub(r"\b(the|of)\b|(?<=\d)(st|nd|rd|th)\b", " ", phrase)
        parsed = _parse(" ".join(plain.split()), datetime.combine(today, time(12, 0)))
        if parsed is None:
            return None
        when = parsed.date()
        if when > today:
            when = when.replace(year=when.year - 1)
        return (today - when).days
    if phrase in ("today", "tonight", "earlier today") or (phrase.startswith("this ") and not phrase.startswith("this past ")):
        return 0
    if phrase == "last night":
        return 1
    if phrase == "last week":
        return 7
    # "Last Wednesday" said on a Wednesday is a week ago; "had it Wednesday" said on one is today.
    a_week_back = phrase.startswith("last ") or phrase.startswith("this past ")
    if phrase.startswith(("on ", "since ", "this past ")):
        phrase = "last " + phrase.split()[-1]
    if re.fullmatch(r"(mon|tues|wednes|thurs|fri|satur|sun)day", phrase):
        phrase = f"last {phrase}"
    base = datetime.combine(today, time(12, 0))
    parsed = _parse(re.sub(r"\bcouple(\s+of)?\b", "2", phrase.replace("few", "3")), base)
    if parsed is None:
        return None
    days = (today - parsed.date()).days
    if phrase.endswith("day") and parsed.date().weekday() == today.weekday():
        days = 7 if a_week_back else 0
    elif a_week_back and phrase.startswith("last ") and days == 1:
        # Yesterday has a word of its own: "last Friday" said on a Saturday is the Friday of the week before.
        days = 8
    return days if days >= 0 else None


def _numeric_date(phrase: str, today: date) -> int | None:
    """A treatment date in figures. Day and month in either order ("12/1", "1/12" by a client in Britain or the
    US): the reading nearest before today, as a treatment told of is one already had; a year when given."""
    if iso := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", phrase):
        candidates = [(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))]
    else:
        first, second, *year = (int(p) for p in re.split(r"[/.]", phrase))
        years = [year[0] + 2000 if year[0] < 100 else year[0]] if year else [today.year, today.year - 1]
        candidates = [(y, m, d) for y in years for d, m in ((first, second), (second, first))]
    past = []
    for y, m, d in candidates:
        try:
            when = date(y, m, d)
        except ValueError:
            continue
        if when <= today:
            past.append((today - when).days)
    return min(past) if past else None


def _since_weekday_of_month(weekday: int, day: int, today: date) -> int | None:
    """"Saturday the 12th": the date of this month or last that falls on that weekday; None when it is still ahead
    ("wedding is saturday the 12th" said on the 5th) or neither month's does."""
    for months in (0, -1):
        try:
            when = (today + relativedelta(months=months)).replace(day=day)
        except ValueError:
            continue
        if when.weekday() == weekday:
            return (today - when).days if when <= today else None
    return None


def _since_day_of_month(day: int, today: date) -> int | None:
    """"The 10th": this month's, or last month's when this month's is still ahead."""
    if not 1 <= day <= 31:
        return None
    when = today + relativedelta(day=day)
    if when > today:
        when = today + relativedelta(months=-1, day=day)
    return (today - when).days


def _parse(phrase: str, base: datetime) -> datetime | None:
    import dateparser  # imported on first use: most questions name no day, and start-up stays short

    return dateparser.parse(phrase, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
