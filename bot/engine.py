"""The answering engine: triage → retrieve → decide coverage → compose a cited answer → wrap in the disclaimer."""

from __future__ import annotations

import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

import numpy as np

from aftercare.settings import Settings
from bot.answering.compose import (
    MAX_CHARS,
    MAX_QUOTES,
    Quote,
    ScoredUnit,
    Unit,
    build_all_units,
    compose_quotes,
    interleave,
    load_plain_quote_model,
    load_quote_model,
    render_answer,
    score_units,
    select_units,
    through_its_passage,
    unit_spans,
    unit_text,
)
from bot.answering.coverage import (
    CoverageSignals,
    causes_the_unknown,
    compares_with_the_unknown,
    counts_sessions_for_the_unknown,
    is_covered,
    leaves_the_choice_unnamed,
    load_answerability,
    signals,
    unknown_words,
)
from bot.answering.degrees import of_the_degree_told
from bot.answering.disclaimer import wrap
from bot.answering.faq import guides_questions
from bot.answering.further_quotes import keep_further, load_further_quote_model
from bot.answering.likeness import names_only_in_a_comparison
from bot.answering.products import ingredients, names_other_ingredients
from bot.answering.stages import nearest_stages, stages_by_passage
from bot.fitted import LinearModel
from bot.models import AnswerResponse, AnswerType, Citation, Conversation, PreviousTurn
from bot.reading.amounts import (
    Count,
    agrees,
    asking_sentences,
    asks_for_an_amount,
    closeness,
    gives_an_amount,
    session_counts,
    with_counted_unit,
)
from bot.reading.followup import (
    ANAPHORS,
    JUDGEMENT_WORDS,
    Reading,
    TOLD_EFFECTS,
    alternatives,
    asks_about_the_reply,
    asks_nothing,
    asks_what_comes_next,
    conditions_told,
    denied,
    is_acknowledgement,
    is_context_word,
    is_event_verdict,
    is_greeting,
    read,
    shape,
    told_condition,
    turn_pointed_at,
    without_chat_sign_off,
    without_letter_framing,
)
from bot.reading.glossary import SEES_NO_CHANGE, expand
from bot.reading.language import unreadable
from bot.reading.parts import opens_a_question, parts, without_lead_in
from bot.reading.plain_form import SUBJECT_INFORMATIVENESS, plain_form
from bot.reading.shorthand import spelled_out
from bot.reading.spelling import Speller
from bot.reading.text import QUANTITATIVE, sentences, stem, terms, tidy, words
from bot.reading.treatment_day import (
    DayMention,
    day_in_question,
    days_ahead,
    days_since,
    named_span,
    names_another_time,
    only_dates,
    planned_days,
    without_dating,
    without_events,
)
from bot.reading.vocabulary import WordBridges, informativeness
from bot.retrieval.knowledge import KnowledgeBase
from bot.retrieval.precedents import Precedents
from bot.retrieval.query_adapter import Adapter, HeldOutAdapter, QueryAdapter
from bot.retrieval.retrieve import Fusion, Hit, hybrid_retrieve, load_passage_model
from bot.safety.triage import (
    LASTING,
    SemanticTriage,
    Triage,
    asks_if_it_is_one,
    asks_its_course,
    asks_of_it,
    asks_what_may_happen,
    asks_what_to_do_if_it_comes,
    cares_for_it,
    doubts_it,
    fears_getting,
    names_a_course_sign,
    names_a_red_flag,
    normal_course_by_day,
    only_tells_clearance,
    read_as_asking,
    red_flag_words,
    says_it_was_cleared,
    says_they_will_seek_care,
    seeks_care,
    signs_confirmed,
    still_there_past_its_days,
    tells_of_now,
    tells_only_a_mild_sign,
    triage,
    without_clearance,
    without_signs_over,
)
from bot.safety.triage_vectors import load_or_embed_semantic_triage
from ingest.embed import TextEncoder

RETRIEVE_K = 8
COMPOSE_FROM = 8
SUBJECT_FROM = 3  # the quotes an answer is made of: up to MAX_QUOTES, usually the first few
# A question about how the skin looks or feels, on a known day, leads with that day's stage of the timeline when
# a quote of it scores at least this share of the best quote. On dev, 0 stated the most day-aware facts (92.4%
# against 89.4% at 0.3 and 78.8% with no stage lead) but, with a treatment date sent along, led 27% of all other
# dev questions with a stage quote (0.3: 9%) at the same fact accuracy (68.7%, 67.8% with no stage lead): 0.3
# leaves those answers be.
STAGE_FLOOR = 0.3
# A story telling of the client's health ("I'm allergic to nickel. Are the needles safe for me?", "I scar easily and
# get keloids. Will my skin heal without scarring?") is what the question asks about, however the question sentence
# reads alone.
_TELLS_OF_HEALTH = re.compile(r"\b(allerg\w*|intoleran\w*|sensitive\s+to|diagnosed|(medical|heart|health|skin|thyroid|chronic)\s+"
                              r"conditions?|disorder|disease|medications?|meds|prescri\w*|implants?|pacemaker|autoimmune|"
                              r"immune|blood\s+thinn\w*|anticoagul\w*|"
                              # a tendency of the client's body ("I scar easily", "I'm prone to keloids")
                              r"prone\s+to|tend\s+to\s+(get|form|scar|bruise|break\s+out)|suffer\s+(from|with)|"
                              r"(scar|bruise|burn|flush|react)\s+(really\s+|very\s+|so\s+)?easily|history\s+of)\b", re.I)
# Whether the treatment suits the client ("is it safe for me?", "can I still get microneedling?", "who shouldn't get
# it?"): what the client told of themselves decides the answer, so a story or condition is never read past.
_ASKS_SUITABILITY = re.compile(r"\b(safe|ok|okay|fine|suitable|right|good|bad|risky|dangerous)\s+(for|with)\s+(me|someone\s+like\s+me|"
                               r"my\s+(skin|face|condition|case))\b|\b(can|could|may|should)\s+i\s+(still\s+|even\s+)?(get|have|do|try|"
                               r"book|undergo)\s+(it|this|microneedling|micro-?needling|the\s+(treatment|procedure)|a\s+(session|treatment))\b|"
                               r"\bwho\s+(shouldn'?t|should\s+not|can'?t|cannot|should\s+avoid|is\s+not)\b|"
                               r"\b(am\s+i|i'?m)\s+(still\s+)?(a\s+)?(good\s+|suitable\s+|bad\s+|poor\s+)?candidate\b", re.I)
# A question about having the treatment (again): "is it ok to do my next session next month?", "can I still get it?".
# Only such a question carries a barred condition told earlier in the chat; another is answered as it would be alone.
_HAVING_TREATMENT = re.compile(_ASKS_SUITABILITY.pattern + r"|\b(do|doing|get|getting|have|having|book|booking|schedule|"
                               r"start|go\s+ahead\s+with|continue|carry\s+on\s+with)\s+(my\s+|the\s+|a\s+|an\s+|another\s+|more\s+|"
                               r"any\s+more\s+)?(next\s+|first\s+|second\s+|third\s+|last\s+|\d+(st|nd|rd|th)\s+)?(sessions?|"
                               r"treatments?|appointments?|appts?|microneedling|micro-?needling|rounds?)\b", re.I)
# Where a list of who is barred parts ("Those with acne, infections, open wounds, or ... who are pregnant").
_LIST_ITEMS = re.compile(r",|;|\bor\b|\band\b", re.I)
# A sentence saying who should not be treated.
_BARS_TREATMENT = re.compile(r"\bshould\s+not\s+(undergo|have|get|receive)\b|\bnot\s+(suitable|recommended)\s+for\b|"
                             r"\bshould\s+avoid\s+(the\s+)?(treatment|procedure|microneedling)\b", re.I)
# A story in which the client tells of themselves ("I tend to form keloid scars.", "I get cold sores a lot.").
_TELLS_OF_SELF = re.compile(r"^\W*(i|i'?m|i'?ve|my\s+(skin|face|body))\b", re.I)
# "Right" that only sharpens a time ("how's my skin supposed to look right now?", "right after").
_RIGHT_THEN = re.compile(r"\bright\s+(?=(now|away|after|today|tonight)\b)", re.I)
# A time named by pointing at the part of a message before ("that week", "the same day").
_AT_THAT_TIME = re.compile(r"\b(that|this|the\s+same)\s+(week|day|night|time|weekend|morning|evening|period)\b", re.I)
# A follow-up going back to a topic ("... for that again?", "back to the redness"): past a side question just refused.
_GOES_BACK = re.compile(r"\b(again|back\s+to)\b", re.I)
# A question sentence of fewer words asks too little on its own ("Thoughts?", "Is that ok?") to be read without the
# story before it.
STORY_QUESTION_WORDS = 5
# ... unless it names a thing of its own in three words or more ("when does it peak?").
SHORT_STORY_QUESTION_WORDS = 3
# "Would you advise against combining them so closely?": "them" anywhere in the question is what the story named
# (never a determiner, as "that" or "this" may be; "they" is as often the clinic: "while they're doing it").
_STORY_PRONOUN = re.compile(r"\bthem\b", re.I)
# "Will microneedling smooth it?": an "it" that something is done to or done with, not the "it" a question is about
# ("does it hurt?", "is it worth it?"); in a question that names the treatment, that "it" is something else ("what
# does it feel like while they're doing it?" names none).
_NAMES_TREATMENT = re.compile(r"\b(microneedl\w*|micro-needl\w*|mn|needling|treatments?|procedures?|sessions?)\b", re.I)
_OBJECT_IT = re.compile(r"\b(?!(?:is|was|will|would|does|do|did|can|could|should|has|have|had|make|makes|made|if|when|"
                        r"because|and|but|so|that|worth|after|before|since|until|till)\b)[a-z]+\s+it\b(?!\s*'?s\b)", re.I)
# When the quotes left after an over stage score under this share of the over stage's best, they answer something
# else: half, as between a quote that answers and one that shares only a word.
OVER_STAGE_SHARE = 0.5
# Days after a stage's last before it is over for a client's day, at the least: the first hours' stage still speaks
# of a sensitive skin's redness on day 3 ("up to 72 hours"), the first 48 hours' of a slow healer on day 5.
STAGE_OVER_AFTER = 3
# Asking whether the treatment brings something about ("can it give me dark spots?", "does it cause scarring?"): the
# guides answer that under their risks and side effects, not where they say what it treats.
_ASKS_WHAT_IT_CAUSES = re.compile(r"(^|[,;:.!?-]\s)\W*(can|could|does|do|will|would|might|may|is|are)\b.*\b(caus(e|es|ing)|give\s+(me|you|u|"
                                  r"people|someone)|leave\s+(me\s+|you\s+)?(with\s+)?|trigger|lead\s+to|result\s+in|make\s+(my\s+\w+|it|things|skin)\s+worse)\b"
                                  r"|^\W*(is|are)\s+\w+\s+(common|likely|rare)\b|\bhow\s+(common|likely|rare)\s+(is|are)\b"
                                  r"|\bwhat\s+if\s+(it|i|my\s+\w+)\s+(scars?|gets?\s+scarr\w*|gets?\s+scarring)\b"
                                  r"|\bwhat\s+if\s+(it|this|that|the\s+\w+)\s+(leaves|gives|causes|triggers|brings\s+on)\b"
                                  r"|\b(will|could|might|would)\s+(i|you|u|people|someone)\s+(get|develop|end\s+up\s+with)\b", re.I)
# Asking how to keep a sign from coming ("how do I avoid getting dark spots?", "how do I make sure that doesn't happen
# to me?" after a story of dark patches): the guides say what brings it on under their risks, as for what it causes.
_ASKS_TO_PREVENT = re.compile(r"\b(avoid|prevent)\s+(getting|developing|having|ending\s+up\s+with)\b|\bmake\s+sure\s+(i\s+)?"
                              r"(don'?t|do\s+not|never|won'?t)\s+(get|develop|end\s+up\s+with)\b|\bmake\s+sure\b[^.?!]*\b(doesn'?t|"
                              r"does\s+not|don'?t|do\s+not|won'?t|will\s+not)\s+happen\b", re.I)


def _asks_of_a_risk(text: str) -> bool:
    """What the treatment may bring about, asked, feared or to be kept from coming: the guides answer it under their
    risks."""
    return bool(_ASKS_WHAT_IT_CAUSES.search(text) or fears_getting(text) or _ASKS_TO_PREVENT.search(text))


# A time within the first day or two after the treatment, asked about ("can I sunbathe tomorrow?", "... after 1 day"),
# and a quote that gives the rule for that window ("for 24 to 48 hours", "in the first few days"). Asked as whether the
# client may do something then, not told of as when a sign showed ("tomato face right after").
_NEAR_TIME = re.compile(r"\b(today|tonight|this\s+(morning|afternoon|evening)|tomorrow|the\s+(day|night|morning)\s+after|"
                        r"later\s+today|(after|in)\s+(1|one|a|2|two)\s+days?|(1|one|a|2|two)\s+days?\s+(after|later|post))\b", re.I)
WINDOW_LAST_DAY = 1  # the day after the treatment is still inside the guides' first 24 to 48 hours
_MAY_I = re.compile(r"\b((can|could|may|should)\s+i|(is|would)\s+(it|that|this)\s+(be\s+)?(ok|okay|safe|fine|alright|bad|a\s+problem)|"
                    r"am\s+i\s+allowed)\b|"
                    r"^\W*(ok|okay|alright|safe|fine|allowed)\s+to\b|"
                    # "Is sunbathing ok tomorrow?", "beach tomorrow, sun ok?": what is asked about, then whether it is ok.
                    r"\b(is|are)\s+(the\s+|my\s+)?\w+(\s+\w+)?\s+(ok|okay|safe|fine|alright|allowed)\b|\b(ok|okay|fine|alright|safe)\s*\?+"
                    # "sun tmrw ok", "beach tomorrow, ok with spf 50?": whether it is ok, the question mark left off or
                    # a condition after it.
                    r"|\b(ok|okay|fine|alright|safe)\W*$|\b(ok|okay|fine|alright|safe)\s+(with|if|as\s+long\s+as)\b", re.I)
# Asking leave to do something ("can I hit the gym?", "ok to wear foundation?"): the guides' rule answers it, not
# how the skin looks that day. "Is that ok?" after a told sign asks whether it is normal, so it is not here.
_ASKS_LEAVE = re.compile(r"\b(can|could|may)\s+i\b|\b(ok|okay|safe|fine|allowed)\s+to\b|\bam\s+i\s+allowed\b", re.I)
# A condition told after what is asked about ("... if I wear spf 50", "... ok with spf 50?").
_CONDITION_AFTER = re.compile(r"\b(if|with|as\s+long\s+as|provided)\b", re.I)
_EARLY_WINDOW = re.compile(r"\b(24|48)\s*(–|-|to)\s*(48|72)\s*hours|\bfirst\s+(few\s+days|day|24|48)\b|\bday\s+or\s+two\b", re.I)
# A question for the day's routine that names nothing of its own ("what do i do tomorrow morning", "anything I should
# NOT do tonight?").
_ASKS_ROUTINE = re.compile(r"\b(what|whats|what's|anything|things?)\b.*?\b(do|avoid|put|use|apply|routine|care|tips?|allowed)\b|"
                           r"\b(rules|off[\s-]limits|banned|don'?ts)\b", re.I)
_ROUTINE_WORD = re.compile(r"(give|tell|list|need|know|do|doing|avoid|put|use|apply|routine|care|aftercare|tips?|allowed|bed|bedtime|night|morning|"
                           r"evening|afternoon|tonight|tomorrow|home|face|skin|first|next|not|on|before|after)", re.I)
_ROUTINE_TIME = re.compile(r"\b(tonight|tomorrow|today|this\s+(morning|evening|afternoon)|before\s+bed|bedtime|morning|evening|"
                           r"night)\b", re.I)
# "Last" as a verb, not "my last session", "last night".
_LAST = (r"last(?!\s+(sessions?|treatments?|appointments?|appts?|visits?|rounds?|procedures?|time|one|night|week|month|year|"
         r"few|couple)\b)")
_HOW_LONG_IT_LASTS = re.compile(r"\bhow\s+long\b.*\b(" + _LAST + r"|lasts|stay|stays|linger|lingers|go\s+away|persist|continue)\b|"
                                r"\bwhen\s+will\b.*\b(stop|go\s+away|fade|settle|subside|calm\s+down)\b", re.I)
# What a how-long question asks to last, when it is one word ("how long does itching last?").
_WHAT_LASTS = re.compile(r"\bhow\s+long\s+(?:(?:does|do|will|would|is|are|did|can)\s+)?(?:(?:the|my|this|that|these|those|your)\s+)?"
                         # "How long do filler results last?": up to two words before it say whose.
                         r"(?P<whose>(?:\w+\s+){0,2}?)(?P<what>\w+)\s+(?:usually\s+|normally\s+|typically\s+)?(?:last|lasts|stay|stays|linger|lingers|go\s+away|"
                         r"persist|continue)\b|\bwhen\s+(?:will|does|do|should)\s+(?:(?:the|my|this|that|these|those)\s+)?(?P<what2>\w+)\s+"
                         r"(?:stop|go\s+away|fade|settle|subside|calm\s+down)\b", re.I)
# Asking for an interval ("how often ...?", "how long should I wait between / before ...?"), and a time figure in a quote.
# How often to moisturise, wash or put on sunscreen asks about the routine, not how far apart sessions go.
_ASKS_HOW_OFTEN = re.compile(r"\bhow\s+(often|frequently)\b(?![^.?!]*\b(moistur\w*|wash\w*|cleans\w*|apply\w*|reapply\w*|"
                             r"put|use|drink\w*|spf|sunscreen|sunblock|sun\s+cream)\b)|\btoo\s+(soon|early)\s+(to\s+)?(go\s+again|have\s+another|book|"
                             r"do\s+another|get\s+another|do\s+it\s+again|have\s+it\s+again)|"
                             r"\b(book|have|do|get)\s+(the\s+|my\s+)?next\s+(one|session)\s+in\s+\d+|"
                             r"\bhow\s+(long|many\s+(weeks|months|days))\b.*\b(between|before\s+(the\s+)?"
                             r"(next|another)|leave|wait|gap|apart)\b|\bwhen\b[^.?!]*\bnext\s+(session|treatment|appointment|appt|round)\b|"
                             r"\bnext\s+(session|treatment|appointment|appt|round)\s+(is\s+)?due\b|"
                             # "Am I due for the next one?", "can I come back in 2 weeks?"
                             r"\b(am\s+i|are\s+we|is\s+it|i'?m)\s+(over\s*)?due\s+(for\s+)?(the\s+|my\s+|a\s+|an\s+)?(next|another)\b|"
                             r"\b(come|go)\s+back\s+(in|after)\s+(\d+|a|an|one|two|three|four|five|six|few|couple)\b|"
                             # "Its been 3 weeks, can I go again now?", "can I get microneedled again next week?"
                             r"\b(can|could|should|shall)\s+i\s+(go|get\s+(it\s+)?(done|microneedled|needled|treated|redone)|"
                             r"have\s+(it\s+done|it|one|another))\s+again\b", re.I)
_INTERVAL = re.compile(r"\b(\d+|one|two|three|four|five|six|few|couple)\s*((-|–|to)\s*\d+\s*)?[\s-]*(hours?|days?|weeks?|months?|years?)\b"
                       r"|\bevery\s+(\d|one|two|three|four|five|six|few|couple|other|year|month)", re.I)
# "How long is each session?", "how long does the appointment last?": the length of a visit, given in minutes, not how
# long results last nor how far apart sessions are.
_ASKS_VISIT_LENGTH = re.compile(r"\bhow\s+long\s+(is|are|does|do|will|would|did)\s+(each|a|the|one|my|every|your|an)\s+"
                                r"([\w-]+\s+)?(sessions?|treatments?|appointments?|appts?|procedures?|visits?)"
                                r"(?!\s+(results?|effects?|benefits?)\b)(\s+(itself|take|takes|last|lasts|run|go\s+on)|\s+at\b|\s*[?.!]*$)"
                                # "the approximate duration of the procedure", "how long am I in the chair?"
                                r"|\b(duration|length)\s+of\s+(each|a|the|one|my|every|your|an)\s+(\w+\s+)?(sessions?|treatments?|"
                                r"appointments?|appts?|procedures?|visits?)\b(?!\s+(results?|effects?|benefits?)\b)"
                                r"|\bhow\s+long\s+(am\s+i|will\s+i\s+be|would\s+i\s+be|do\s+i\s+(have\s+to\s+)?(be|stay|sit))\s+"
                                r"(at|in)\s+the\s+(clinic|salon|spa|chair)\b", re.I)
_IN_MINUTES = re.compile(r"\b\d+\s*((-|–|to)\s*\d+\s*)?(minutes?|mins?)\b|\blunch\s+break\b", re.I)
# A question how to recognise something ("how would I know if it's infected?", "what does an infection look like?"),
# and a quote that says how something shows.
_ASKS_TO_RECOGNISE = re.compile(r"\bhow\s+(would|do|can|will|could|should|did)\s+(i|you|u|we|someone|people)\s+(know|tell|recogni[sz]e|spot|"
                                r"notice)\b|\bwhat\s+(does|do|would|will|might)\s+(an?\s+|the\s+)?(\w+\s+){0,3}look\s+like\b|"
                                r"\b(what\s+are\s+(the\s+)?)?(signs?|symptoms?)\s+(of|that)\b", re.I)
# "Is redness after microneedling a sign of infection?" asks about a sign it names, which the guides may tell as the
# normal course; "is this a sign of infection?" names none.
_ASKS_IF_A_SIGN = re.compile(r"\b(is|are|could|can|would)\s+(?!(this|that|it|these|those|they)\b)(\w+\s+){1,5}an?\s+"
                             r"(sign|symptom)\s+of\b", re.I)
_DESCRIBES_SIGNS = re.compile(r"\b(signs?\s+of|symptoms?\s+of|looks?\s+like|shows?\s+(up\s+)?as)\b", re.I)
# A question that asks for a time, and a quote (with its heading) that gives one.
_ASKS_A_TIME = re.compile(r"\bhow\s+(long|soon|many\s+(hours|days|weeks|months))\b|\bwhen\s+(can|could|should|will|would|do|does|is|"
                          r"are|am|might)\b|\b(un)?till?\s+when\b", re.I)
_A_DAY_NAMED = re.compile(r"\b(days?|weeks?|months?)\s+(\d+|one|two|three|four|five|six|seven)\b|\bovernight\b|\bimmediate\w*|"
                          r"\b(right|straight)\s+after\b|\bwithin\s+(hours|days|weeks|months|a\s+(day|week|month))\b|"
                          r"\bafter\s+(the\s+)?(\d[\d–-]*|first|second|third|one|two|three|four|several|a\s+few|multiple)\s+"
                          r"(sessions?|treatments?)\b", re.I)
# "Does aftercare affect how long it lasts?" asks what decides a time, not for one.
# "Does sun exposure shorten how long results last?" the same.
_TIME_AS_A_FACTOR = re.compile(r"\b(affect|change|matter|decide|determine|influence|impact|shorten|lengthen|extend|reduce|cut|"
                               r"prolong|for|on)\w*\s+how\s+long\b", re.I)
# Asking what to do or use for something ("what should I put on it?", "anything I should be doing?"), and a quote that
# tells what to do rather than what to expect. Asking how to hasten it is answered by what the guides say of that.
_ASKS_WHAT_TO_DO = re.compile(r"\bwhat\s+(should|do|can|could|must|shall)\s+i\s+(\w+\s+)?(do|use|put|apply|try)\b"
                              r"|\b(anything|something)\s+(that\s+)?(i\s+)?(should|can|could|must|need\s+to)\s+(\w+\s+)?(do|doing|use|using|put|putting|apply|applying|try|trying)\b"
                              r"|\bhow\s+(do|should|can)\s+i\s+(treat|soothe|calm|care\s+for|look\s+after|deal\s+with)\b"
                              r"|\bshould\s+i\s+(do|use|put\s+on|apply)\s+anything\b|\bwhat\s+(helps|can\s+help|will\s+help)\b"
                              # "I take blood thinners, should I mention it?", "... do I have to stop it?": what to tell or stop is
                              # what to do.
                              r"|\b(should|do|must)\s+i\s+(need\s+to\s+|have\s+to\s+)?(mention|tell|say|let\s+(them|you|the\s+\w+)\s+know|stop|pause|"
                              r"quit|come\s+off)\b"
                              r"|\bwhat\s+(do|should)\s+i\s+(need\s+to\s+|have\s+to\s+)?(tell|say\s+to|mention\s+to)\b", re.I)
_ASKS_TO_HASTEN = re.compile(r"\b(faster|quicker|quickly|sooner|speed\w*|get\s+rid|hurry)\b", re.I)
_INSTRUCTION = re.compile(r"(?:^|\s[-•*]\s+)\W*(avoid\w*|use|using|keep|apply|drink|do\s+not|wear|stay|limit|opt|follow|protect|stick|gently|"
                          r"be\s+sure|make\s+sure|skip|maintain|moisturi[sz]e)\b|\b(it\s+is|it's)\s+(essential|important|vital|"
                          r"crucial|key)\s+to\s+(?!note|understand|remember|realize|know|take\s+this)|\bby\s+using\s*:|"
                          r"\bkeep\s+the\s+area\b|\bremain\s+critical\b|\bdrinking\s+(plenty\s+of\s+)?water\b|"
                          r"\bdon't\s+(try|pick|scrub|use|wear)\b|\bshould\s+be\s+(applied|used|avoided)\b", re.I | re.M)  # a list's items too
_RISK_HEADING = re.compile(r"\b(risks?|side\s+effects?)\b", re.I)
# Asking what something depends on ("what decides how many sessions I need?", "why does it vary so much?"): the
# guides answer that in their sections of factors and variables, not with the figure itself.
_ASKS_WHAT_DECIDES = re.compile(r"\b(what|which)\s+((other\s+)?(things?|factors?|stuff)\s+)?(decides?|determines?|affects?|"
                                r"influences?|impacts?|controls?|changes?|speeds?\s+up|slows?\s+down)\b|\bdepends?\s+on\b|"
                                r"\b(vary|varies|differ|differs)\b|\bfactors?\b", re.I)
_FACTOR_SECTION = re.compile(r"\b(factors?|variables?)\b", re.I)
# Asking about the number of sessions ("do older people need more sessions?", "will we need the same number of
# sessions?"), and a section of what decides that number rather than how long results last or when they show.
# Not "do more sessions make it work faster?": there more sessions are what is asked about, not the number needed.
_ASKS_SESSION_NUMBER = re.compile(r"(\b(need|needs|require|requires|take|takes|mean|means|have\s+to\s+(do|get|have))\s+|=\s*)"
                                  r"(\w+\s+)?(how\s+many|more|fewer|less|extra|the\s+same\s+(number|amount)\s+of)\s+"
                                  r"(sessions?|treatments?|rounds?|appointments?)\b", re.I)
_ASKS_HOW_MANY = re.compile(r"\bhow\s+many\s+(more\s+)?(sessions?|treatments?|rounds?)\b", re.I)
_SESSION_NUMBER_SECTION = re.compile(r"\bnumber\s+of\s+sessions\b", re.I)
# Seeing results come ("how soon will I see results?", "will it take longer to notice a change?") against how long they
# last: the guides' sentences on each share every other word. Not "long-lasting improvements": that describes them.
_ASKS_ONSET = re.compile(r"\b(see|seeing|notice|noticing|show|showing|appear|appearing|kick\s+in|start\s+working)\b|"
                         # "How long until microneedling works?": when it starts to, not how long it lasts.
                         r"\b(until|till|til|before)\s+(it|this|microneedling|mn|the\s+(treatment|needling))\s+"
                         r"((starts?\s+to|actually|really)\s+)?works?\b", re.I)
_DURATION = re.compile(r"\b(" + _LAST + r"|lasts|durab\w*|longevity|wear\s+off)\b", re.I)
# "Before" of the treatment, not of something else ("can I put foundation on before I go out?").
_BEFORE = re.compile(r"\bbefore\s+i\s+(come|go)\s+in\b|\b(up\s+)?(un)?till?\s+(my|the)\s+(\w+\s+)?(treatment|session|appointment|appt|procedure|microneedling|mn)\b(?!\s+(has\s+|is\s+)?(heal\w*|settle\w*|calm\w*|wear\w*\s+off))|\b(to|for)\s+(my|the)\s+(appointment|appt)\b|\b((before|prior\s+to)(\s+(my|the|a|your|each|every|next|our|her|his))?\s+(\w+\s+)?(treatments?|sessions?|"
                     r"appointments?|appts?|procedures?|microneedling|mn|needling|it|one)\b|beforehand|(?<!than\s)(?<!as\s)before\s*[?.!]*$|"
                     # Not a comparison ("why do I look worse than before?"). "How many days before do I have to stop my
                     # retinol?" ("how long before do I see results?" is after).
                     r"before\s+(do|should|must)\s+i\s+(have\s+to\s+|need\s+to\s+)?(stop|pause|quit|avoid|skip|come\s+off)\b|"
                     r"pre[\s-]?(treatment|procedure|appointment|session))", re.I)
# How often something happens, asked ("how common is infection?", "what's the chance it scars?"), and a quote that
# says it ("possible, though rare", "almost anyone may have"); "usually" says when, not how often.
_ASKS_HOW_COMMON = re.compile(r"\bhow\s+(common|likely|rare|frequent)\b|\b(is|are)\s+(it\s+)?(\w+\s+){0,3}(common|likely|rare|"
                              r"frequent)\b|\bwhat'?s?\s+(is\s+)?the\s+(chance|odds|likelihood)s?\b", re.I)
_GIVES_FREQUENCY = re.compile(r"\b(rare|rarely|uncommon|common|almost\s+anyone|most\s+people|many\s+people)\b", re.I)
# Taking something up again ("when can I use my BHA again?", "restart retinol") is after the treatment.
_AFTER = re.compile(r"\b(after|afterwards?|post[\s-]?(treatment|procedure|appointment|session|needling|microneedling)|"
                    r"again|resume|resuming|restart\w*|start\s+back|back\s+on|(go|get|going|getting)\s+back\s+to)\b", re.I)


def _day_of(message: str, dated: int | None, today: date) -> int | None:
    """The day since treatment an earlier message was sent on: the date set, else the day its words give."""
    if dated is not None:
        return dated
    mention = day_in_question(message, today)
    return mention.day if mention else None


def _side_by_side(item: frozenset[str], extra: str, sequence: list[str]) -> bool:
    """A word next to every word of an item in a run of terms ("deep acne scars"): the guides' phrase for one thing."""
    at = {i for i, term in enumerate(sequence) if term in item}
    return len({sequence[i] for i in at}) == len(item) and any(
        term == extra and any(abs(i - j) <= len(item) for j in at) for i, term in enumerate(sequence))


# Stopping something again ("do I need to stop my retinol again before it?") is before the next session, not taking it
# up again after one.
_STOPS_AGAIN = re.compile(r"\b(stop|stopping|pause|pausing|quit|skip|avoid|come\s+off|hold\s+off)\s+(\w+\s+){0,2}?again\b", re.I)


def _side(text: str) -> str | None:
    """The side of the treatment a text is about, when it names only one."""
    before, after = bool(_BEFORE.search(text)), bool(_AFTER.search(_STOPS_AGAIN.sub(r"\1", text)))
    return "before" if before and not after else "after" if after and not before else None


# How much of something, not of time or of change ("how much is a session?", "how much does it cost?").
_ASKS_AN_AMOUNT = re.compile(r"\bhow\s+much\b(?!\s+(longer|later|sooner|time|more\s+time|better|worse|improvement|change|"
                             r"difference|of\s+a\s+difference))", re.I)
# A sentence asking how long outright ("how long will the full results last?", "and how long do results last").
_OPENS_WITH_HOW_LONG = re.compile(r"(^|[.!?]\s+)\W*((and|so|ok|okay|but|then|hmm+)\W+)*how\s+long\b", re.I)
# A sentence opening with its verb, asking yes or no ("will it tighten my jawline", "does it hurt?").
_ASKS_YES_OR_NO = re.compile(r"(?:^|[.!?]\s+)\W*(will|would|can|could|does|do|did|is|are|am|should|may|might|has|have)\b",
                             re.I)
# Whether the next session can be now or soon ("is now a good time for the next?", "is it ok to book the 2nd one for
# next week", "am I ready for another session?"): the interval between sessions answers, not the day's stage.
_NEXT_SESSION = r"(next|2nd|second|3rd|third|4th|fourth|another|following)(\s+(one|session|treatment|appointment|appt|round))?\b"
_ASKS_IF_TIME_FOR_THE_NEXT = re.compile(
    rf"\b(book|booking|have|get|do|schedule|go\s+for|ready\s+for|time\s+for|due)\s+(in\s+)?((my|the|a|an)\s+)?{_NEXT_SESSION}"
    rf"(?!\s+(after|before)\b)", re.I)
# ... and when: now or soon, at a time that the spacing of sessions allows or not ("I am pregnant, can I do the next
# session?" asks whether at all, "can I do my next session on a lunch break?" how it fits a day).
_SOON = re.compile(r"\b(now|yet|already|soon|sooner|early|earlier|next\s+week|this\s+week|in\s+(a\s+)?(\d+|one|two|three|four|"
                   r"few|couple)|after\s+(just\s+|only\s+)?(\d+|one|two|three|four|a\s+few|a\s+couple)|time\s+for|ready\s+for|"
                   r"due)\b", re.I)
# Words that make a span one between sessions ("spaced 4-6 weeks apart", "leave about 4-6 weeks between each session").
_SPACING = re.compile(r"\b(between|apart|spaced|spacing|how\s+often|wait)\b", re.I)
# A sign's name alone with a question mark ("swelling?") asks about it; the patterns still catch a red flag named so.
_BARE_QUESTION = re.compile(r"^\W*\w+(\s+\w+)?\s*\?+\W*$")
# "Is the flaking normal or a sign of infection?": what is offered as the other answer to "normal".
_NORMAL_OR = re.compile(r"\b(normal|ok|okay|fine|expected|usual)\s+or\b(?P<other>.*)$", re.I)
# "Would an antihistamine help?" after a red flag: a remedy for it, which the guides must not give.
_ASKS_A_REMEDY = re.compile(r"\b(help|helps|work|works|treat|fix|soothe|calm\s+it|reduce|bring\s+it\s+down)\W*$", re.I)
_POINTING = re.compile(r"\b(this|it|that|these|those|they|them)\b", re.I)
# Embedding similarity of a client's word to its closest guide word at which the two are one word in two forms
# ("dark" and "darker" 0.85), not two words on one topic ("smoker" and "smoking" 0.65).
SAME_WORD = 0.8
# The answerability a part of a message refused as a whole must reach: on dev (answerability of every single
# question, 2026-12-03) the lowest cut-off that answers at most 0.5% of the uncovered questions (1 of 346 at 0.98,
# 2 at 0.95), keeping 85% of the answerable ones.
PARTIAL_ANSWER_FLOOR = 0.98
# A short question's "it", when the chat names nothing it could be, is the treatment; "is it normal?" or "is it ok?" asks of something untold.
_BARE_IT = re.compile(r"^\W*(?:is|does|will|can|could|would|should|do|did)\s+(?P<it>it)\b"
                      r"(?!\s+(normal|ok|okay|fine|bad|alright|possible|true|too|just|still)\b)", re.I)
BARE_IT_WORDS = 5
# A message this short makes no report of its own: read after the last one too. Four words hold "now it is spreading".
SHORT_REPORT_WORDS = 4
CONFIRM_WORDS = 12  # "yes there is, bits of yellow": an answer to the last question, not a message of its own
CONFIRM_TURNS = 3  # a sign asked of this many turns back is still what "I think I have one" confirms
QuestionEncoder = Callable[[str], np.ndarray]


def _as_typed(message: str, repaired: Callable[[str], str]) -> str:
    """A message as every reader reads it: spaces and quotes tidied, a letter's greeting and sign-off left out, typos
    `repaired` before the shorthand is spelled out (which reads the words around a cut weekday: "wedidng sat"), a
    chat's sign-off left out. The same for the question and for each earlier turn of the chat."""
    return without_chat_sign_off(spelled_out(repaired(without_letter_framing(tidy(message)))))


def _without_opening_thanks(text: str) -> str:
    """Without opening sentences that only thank or acknowledge ("Thank you most kindly. And when will it subside?"):
    their words would be read as the subject of a question of its own."""
    told = sentences(text)
    if len(told) < 2 or not is_acknowledgement(told[0]):
        return text
    while len(told) > 1 and is_acknowledgement(told[0]):
        told.pop(0)
    return " ".join(s.strip() for s in told)


def _after_acknowledging(text: str) -> str:
    """The sentences that ask, without an opening one that only says the client will call ("fine ill ring them.
    unrelated but how long do results usually last"): saying so seeks no care of the bot."""
    return asking_sentences(_without_opening_thanks(text))


@dataclass(frozen=True)
class EngineOptions:
    fusion: Fusion = "fitted"
    passage_ranking: LinearModel | None = None  # None: the fitted fusion in bot/data/
    use_triage: bool = True
    use_coverage: bool = True
    answerability: LinearModel | None = None  # None: the fitted model in bot/data/
    # Fitted, though the hand blend stated more facts on dev end to end (73.7% against 70.7%): with it, the refuse
    # decision fitted on its quotes refused 90.9% of uncovered dev questions out of fold against 95.5%; safety first.
    quote_ranking: Literal["fitted", "hand"] = "fitted"
    precedents: Precedents | None = field(default=None, compare=False)  # None: the dev questions in bot/data/
    # The eval sets this so a dev question is never answered from its own label (see bot/retrieval/precedents.py), nor
    # through the query adapter fitted on it.
    hold_out_identical: bool = False
    use_adapter: bool = True
    # None: the one fitted in bot/data/; `aftercare fit` gives each dev question the one fitted without it.
    adapter: Adapter | None = field(default=None, compare=False)
    # Off: every further quote the selection rules pick rides along (`aftercare fit` sees them so).
    further_quotes: bool = True


@dataclass(frozen=True)
class Reply:
    """The response plus what led to it, for the eval harness and the command line."""

    response: AnswerResponse
    triage: Triage
    hits: list[Hit] = field(default_factory=list)
    coverage: CoverageSignals | None = None
    answerable: float | None = None
    reading: Reading | None = None
    chosen: list[ScoredUnit] = field(default_factory=list)  # the quotes of an answer, for combining parts


class AnswerEngine:
    def __init__(self, settings: Settings, knowledge: KnowledgeBase, embedder: TextEncoder,
                 options: EngineOptions | None = None, encode: QuestionEncoder | None = None,
                 cache: "EmbeddingCache | None" = None, semantic_triage: SemanticTriage | None = None,
                 bridges: WordBridges | None = None) -> None:
        """`encode` is how one question becomes a vector (the micro-batcher when serving); `cache` and
        `semantic_triage` depend on the model only, so an engine built for a new index takes them over."""
        self.settings = settings
        self.knowledge = knowledge
        self.embedder = embedder
        self.options = options or EngineOptions()
        self.encode = encode or embedder.embed_one
        self.cache = cache if cache is not None else EmbeddingCache(settings.embed_cache_size)
        self._escalation = settings.rendered_escalation()
        self._escalation_ahead = settings.rendered_escalation_ahead()
        self._escalation_check = settings.rendered_escalation_check()
        self._unreadable = settings.rendered_unreadable()
        self._emergency = settings.rendered_emergency()
        self._after_emergency = settings.rendered_after_emergency_note()
        self.speller = Speller(knowledge.words, knowledge.vocabulary)
        self._units = build_all_units(knowledge)
        # What the leads check of each quotable unit, read once here rather than per question: its words with its
        # heading, whether it tells how long results last or gives an interval, and the passages under a risk or a
        # factors heading.
        quoted = {unit: f"{knowledge.passages[unit.passage].heading} {unit_text(knowledge, unit)}"
                  for units in self._units for unit in units}
        self._unit_sequences = {unit: terms(text) for unit, text in quoted.items()}
        self._unit_terms = {unit: frozenset(sequence) for unit, sequence in self._unit_sequences.items()}
        self._on_duration = frozenset(unit for unit, text in quoted.items() if _DURATION.search(text))
        self._unit_ingredients = {unit: ingredients(text) for unit, text in quoted.items()}
        self._ingredient_passages = frozenset(unit.passage for unit, found in self._unit_ingredients.items() if found)
        self._gives_early_window = frozenset(unit for unit, text in quoted.items() if _EARLY_WINDOW.search(text))
        self._gives_minutes = frozenset(unit for unit, text in quoted.items() if _IN_MINUTES.search(text))
        self._minutes_passages = frozenset(unit.passage for unit in self._gives_minutes)
        self._gives_a_time = self._gives_minutes | frozenset(
            unit for unit, text in quoted.items() if _INTERVAL.search(text) or _A_DAY_NAMED.search(text))
        self._timed_passages = frozenset(unit.passage for unit in self._gives_a_time)
        self._guide_terms = frozenset().union(*self._unit_terms.values())
        # Who each barring sentence bars, item by item ("acne", "open wounds", "who are pregnant"): the words before
        # its "should not undergo", split at its commas and "or"s.
        bars = {u: (text, found) for passage in self._units for u in passage
                if (found := _BARS_TREATMENT.search(text := unit_text(knowledge, u)))}
        self._barred_items = {u: [item for part in _LIST_ITEMS.split(text[:found.start()])
                                  if (item := frozenset(terms(part)) - self.knowledge.common_terms)]
                              for u, (text, found) in bars.items()}
        self._barring_units = frozenset(bars)
        self._gives_frequency = frozenset(unit for units in self._units for unit in units
                                          if _GIVES_FREQUENCY.search(unit_text(knowledge, unit)))
        self._passage_terms = {i: frozenset().union(*(self._unit_terms[u] for u in units))
                               for i, units in enumerate(self._units)}
        self._gives_interval = frozenset(unit for units in self._units for unit in units
                                         if _INTERVAL.search(unit_text(knowledge, unit)))
        self._gives_spacing = frozenset(unit for unit in self._gives_interval if _SPACING.search(unit_text(knowledge, unit)))
        self._gives_instruction = frozenset(unit for units in self._units for unit in units
                                            if _INSTRUCTION.search(unit_text(knowledge, unit).replace("’", "'")))
        self._gives_count = frozenset(unit for units in self._units for unit in units
                                      if session_counts(unit_text(knowledge, unit)))
        self._risk_passages = frozenset(i for i, p in enumerate(knowledge.passages) if _RISK_HEADING.search(p.heading))
        self._factor_passages = frozenset(i for i, p in enumerate(knowledge.passages) if _FACTOR_SECTION.search(p.section))
        self._session_number_factors = frozenset(i for i in self._factor_passages
                                                 if _SESSION_NUMBER_SECTION.search(knowledge.passages[i].section))
        self._stages = stages_by_passage(knowledge)
        self._faq = guides_questions(knowledge)
        # A stage of the healing timeline ("The First Few Days", "Days 3-5") is after the treatment whatever its words.
        self._sides = {i: _side(p.heading) or ("after" if i in self._stages else None) for i, p in enumerate(knowledge.passages)}
        self._zone = ZoneInfo(settings.clinic_timezone)
        self.bridges = bridges or WordBridges.load_or_build(settings.cache_dir, knowledge.words,
                                                            settings.embedding_model, lambda: embedder)
        self.answerability = self.options.answerability or (load_answerability() if self.options.use_coverage else None)
        self.quote_model = load_quote_model() if self.options.quote_ranking == "fitted" else None
        self.plain_quote_model = load_plain_quote_model() if self.options.quote_ranking == "fitted" else None
        # Fitted on the fitted ranking's scores: the hand blend's are on another scale.
        self.further_model = (load_further_quote_model()
                              if self.options.quote_ranking == "fitted" and self.options.further_quotes else None)
        wanted = self.options.use_coverage or self.options.quote_ranking == "fitted"
        held_out = self.options.hold_out_identical
        self.precedents = self.options.precedents or (Precedents.load(settings.embedding_model, held_out=held_out)
                                                      if wanted else None)
        if self.precedents and self.precedents.corpus_hash != knowledge.manifest.corpus_hash:
            self.precedents = None  # labelled on another corpus: see Precedents
        if self.precedents:
            self.precedents = self.precedents.in_units(unit_spans(knowledge, self._units))
        self.adapter = ((self.options.adapter or self._fitted_adapter(held_out))
                        if self.options.use_adapter else None)
        self.passage_model = (self.options.passage_ranking or load_passage_model()
                              if self.options.fusion == "fitted" and self.adapter else None)
        self.semantic_triage = semantic_triage or load_or_embed_semantic_triage(settings.cache_dir, settings.embedding_model,
                                                                                lambda: embedder)

    def _fitted_adapter(self, held_out: bool) -> Adapter | None:
        """The one in bot/data/; with `held_out`, a dev question gets the adapter's vector fitted without it."""
        fitted = QueryAdapter.load(self.settings.embedding_model, self.knowledge.manifest.corpus_hash)
        if held_out and fitted and self.precedents and self.precedents.held_out_adapted is not None:
            return HeldOutAdapter(self.precedents.vectors, self.precedents.held_out_adapted, fitted)
        return fitted

    def answer(self, question: str, request_id: str | None = None, context: Conversation | None = None,
               today: date | None = None) -> AnswerResponse:
        return self.reply(question, request_id, context, today).response

    def today(self) -> date:
        return datetime.now(self._zone).date()

    def reply(self, question: str, request_id: str | None = None, context: Conversation | None = None,
              today: date | None = None) -> Reply:
        """`context` is the chat so far and the treatment date, as the client sent them (the API keeps no state);
        `today` is the request's date in the clinic's time zone."""
        rid = request_id or uuid.uuid4().hex
        typed = _as_typed(question, self.speller.everyday_repaired)
        text = _without_opening_thanks(typed)
        said = [(t, _without_opening_thanks(_as_typed(t.question, self.speller.everyday_repaired)))
                for t in (context.previous if context else [])]
        kept = [(t, words_of) for t, words_of in said
                if not asks_nothing(words_of) and not asks_about_the_reply(words_of)]
        # A turn sent without the type its answer had (the API allows it) is read for a red flag as its answer would
        # have been: "ok what cream should I use" after "there's pus coming out and I have a fever" is no skincare
        # question. Its day is the treatment date's, else its own words' ("my face is red and hot" on day 0 is the
        # normal course). A type sent is trusted: reading every turn again costs about 1.7 ms a question (three earlier
        # turns, benchmarks/answer_latency.py), past the 10 ms the chat path is held to.
        today = today or self.today()
        dated = days_since(context.treatment_date, today) if context and context.treatment_date else None
        turns = [t.model_copy(update={"type": "escalation"})
                 if t.type is None and self.options.use_triage and triage(words_of, _day_of(words_of, dated, today)).escalate
                 else t for t, words_of in kept]
        previous = [words_of for _, words_of in kept]
        # A red flag told anywhere in the chat still stands: two questions later it is no more treated at home.
        escalated_at = next((i for i in range(len(turns) - 1, -1, -1) if turns[i].type == "escalation"), None)
        if escalated_at is not None and any(says_it_was_cleared(t) for t in [*previous[escalated_at + 1:], text]):
            # "Clinic checked it, all fine. when can i book my next one?": seen and cleared, answered as usual.
            escalated_at = None
        # "The nurse says its a normal reaction, so when should i book session 2": what the clinic said asks nothing,
        # and its words are no part of the question.
        text = without_clearance(text)
        escalated_before = escalated_at is not None
        if asks_nothing(text) or only_tells_clearance(text):
            # A bare "ok" after a red flag, with no word of calling, is no sign the advice was taken: it is given again
            # ("Happy to help" after "call emergency services" would read as the matter closed). Said of a sign since
            # cleared, or saying the client will call, it is an acknowledgement.
            greets = is_greeting(typed)
            if self.options.use_triage and escalated_before and not greets and not says_they_will_seek_care(typed):
                emergency = self._emergency_told(turns, previous, None)
                return Reply(self._wrap("escalation", self._emergency if emergency else self._escalation, [], rid),
                             Triage(escalate=True, reasons=("follows an escalated message",), emergency=emergency))
            message = self.settings.greeting_message if greets else self.settings.acknowledgement_message
            return Reply(self._wrap("acknowledgement", message, [], rid), Triage(escalate=False))
        common = self.knowledge.common_terms
        back_past_refused = len(turns) > 1 and turns[-1].type == "no_answer" and _GOES_BACK.search(text) is not None
        # A message that only dated the treatment ("btw it was tuesday") is no subject a later "how long for that?"
        # points at; the day it told still counts.
        asked_of = [p for p in (previous[:-1] if back_past_refused else previous) if not only_dates(p, day_in_question(p, today))]
        if (back := turn_pointed_at(text, asked_of, common)) is not None:
            # "And how long do I have to avoid those?" two turns after "what should I avoid?": read with that turn.
            asked_of = asked_of[:back + 1]
        reading = read(text, asked_of, common)
        own = shape(text)
        if not reading.changed and own.subject and not own.refers_back:
            # "ok and will my face swell?", "so is hot yoga ok the day after?" stand alone: the words that would join
            # them to the chat carry nothing of them, yet move what they retrieve and hide the question's form from
            # the patterns that read one ("will ...", "is ... ok"). "and if it's still there next week?" leans on the
            # chat, and is read with it below.
            text = without_lead_in(text)
            reading = replace(reading, text=text)
        mention = day_in_question(text, today)
        if previous and (not reading.changed or reading.text == text) and only_dates(text, mention):
            # "I'm on day 9 btw" after "is peeling normal?": the last question asked again for that day, not what
            # the timeline says of the day in general.
            last = read(previous[-1], previous[:-1], common).text
            # "... had it done 4 weeks ago" then "sorry i meant 4 days ago": the day told before is no longer the day.
            last = without_dating(last, day_in_question(last, today))
            if not only_dates(last, day_in_question(last, today)):
                reading = Reading(f"{last} {text}", "old_subject", read_with=previous[-1])
        if previous and (counted := with_counted_unit(text, previous[-1])):
            reading = Reading(counted, "old_subject", read_with=previous[-1])
        if (not reading.changed and len(text.split()) <= BARE_IT_WORDS and (bare := _BARE_IT.match(text))
                and not asks_if_it_is_one(text)):
            # "Is it safe?", "does it work?" read with nothing the chat named: the treatment the guides are about;
            # "is it infected?" asks of the client's skin.
            reading = Reading(f"{text[:bare.start('it')]}{self.settings.treatment_name}{text[bare.end('it'):]}", "old_subject")
        if not reading.changed and (told := told_condition(text)):
            reading = replace(reading, condition=told)
        follows = reading.changed or own.refers_back or not own.subject
        # A day named earlier in the chat dates a follow-up (see treatment_day for a question that stands alone).
        incomplete = reading.changed or not own.subject
        day = self.treatment_day(mention, previous, context.treatment_date if context else None, today, incomplete)
        # A question that names a time of its own asks about that time: the stage of that time leads its answer
        # (without a day label: it is not the client's day), never today's.
        stage_day = None if names_another_time(reading.text, mention) else day
        # A day the chat told earlier is still the client's ("had it done Tuesday, face is flaky" ... "can I scrub it
        # off?"), and the response says it; a question of its own is answered as without the chat, though.
        chat_day = self.treatment_day(None, previous, None, today, True) if day is None and previous else None
        told_day = chat_day if day is None and not (context and context.treatment_date) else day
        # A span told in a story ("shed in big sheets for a week" after a peel) is not asked about.
        span = named_span(asking_sentences(reading.text), mention)
        if context and context.treatment_date and mention is not None and day is not None and mention.day != day:
            # "What does day 7 look like?" with the date set: the day the question names is the one asked about.
            stage_day, span = None, (mention.day, mention.day)
        planned = planned_days(reading.text, mention, day, stage_day, span, context.treatment_date if context else None,
                               today)
        span, event_day, before_treatment = planned.span, planned.event_day, planned.before_treatment
        red_flags_told = " ".join(p for t, p in zip(turns, previous) if t.type == "escalation")
        if self.options.use_triage and escalated_before and (not own.subject or asks_about_the_reply(text)
                                                           or seeks_care(asked := _after_acknowledging(text))
                                                           or cares_for_it(asked) or cares_for_it(text) or doubts_it(asked)
                                                           or doubts_it(text)
                                                           or asks_its_course(asked, red_flags_told) or asks_of_it(text)):
            # "Should I go to the ER?", "is it serious?" after an escalated message: the same advice, never "not in
            # my guides". A follow-up with a subject of its own ("and is this dryness normal?") is read as usual, and
            # so is one that only says the client will call ("ok I'll call them. when can I book my next session?").
            # After a sign of the airway or of collapse, the advice again is emergency services ("is that normal tho?").
            emergency = self._emergency_told(turns, previous, day)
            flags = Triage(escalate=True, reasons=("follows an escalated message",), emergency=emergency)
            reply = Reply(self._wrap("escalation", self._emergency if emergency else self._escalation, [], rid), flags,
                          reading=reading)
            return replace(reply, response=reply.response.model_copy(update={"treatment_day": told_day}))
        if asks_about_the_reply(text):
            # "Simpler please", "what does that mean?": the guides' words are all there is to give, so the last
            # question is answered again (another passage offered as the explanation would pass for one).
            if not previous:
                return Reply(self._wrap("no_answer", self.settings.no_answer_message, [], rid), Triage(escalate=False),
                             reading=reading)
            reading, follows = Reading(read(previous[-1], previous[:-1], common).text, "old_subject",
                                       read_with=previous[-1]), True
        after = self._next_stage(turns, context, today) if previous and asks_what_comes_next(text) else None
        if after is not None:
            first, heading = after
            reading = Reading(f"and after {heading.rstrip(' ?')}?", "old_subject")
            reply = self._reply(text, reading, previous, day, None, rid, True, (first, first), None, stage_asked=first)
        else:
            reply = self._reply(text, reading, previous, day, stage_day, rid, follows, span, mention,
                                event_day=event_day, before_treatment=before_treatment)
        if reply.response.type == "no_answer" and follows and previous and not reading.condition:
            for other in alternatives(text, asked_of if back is not None else previous, common):
                retry = self._reply(text, other, previous, day, stage_day, rid, follows, span, mention)
                if retry.response.type == "answer":
                    reply = retry
                    break
        if (reply.response.type == "no_answer" and not reading.changed and told_condition(text) is None
                and not _TELLS_OF_HEALTH.search(text)
                and (asked_only := asking_sentences(text)) != text and self.asks_enough_alone(asked_only)
                and not (_ASKS_SUITABILITY.search(asked_only) and _TELLS_OF_SELF.match(text.replace("’", "'")))
                and not shape(asked_only).points_back and not _STORY_PRONOUN.search(asked_only)
                and not self._asks_of_an_unknown_told(text, asked_only)):
            # "Ok so it's been five days and I look the same ... When am I actually going to see a difference?": the
            # story's words weigh against an answer the question alone finds. Not when the question points into the
            # story ("Lash lift booked Wednesday. Is that too close?"), the story tells of the client's health ("I'm
            # allergic to nickel. Are the needles safe for me?"), or of the client at all when the question asks whether
            # the treatment suits them ("I tend to form keloid scars. Is microneedling safe for me?").
            retry = self._reply(text, Reading(asked_only.strip(), "old_subject"), previous, day, stage_day, rid, follows, span,
                                mention, event_day=event_day, before_treatment=before_treatment)
            reply = retry if retry.response.type == "answer" else reply
        if reply.response.type in ("answer", "no_answer") and len(pieces := parts(text)) > 1:
            reply = self._answer_parts(pieces, reply, previous, day, stage_day, rid, today) or reply
        if (self.options.use_triage and reply.response.type != "escalation" and chat_day is not None
                and still_there_past_its_days(text, chat_day)):
            # "Had it two weeks ago" ... "still really red, it hasn't faded": the day the chat told makes it a red flag.
            flags = Triage(escalate=True, reasons=(LASTING,))
            reply = Reply(self._wrap("escalation", self._escalation, [], rid), flags, reading=reply.reading)
        if (escalated_before and reply.response.type == "no_answer" and self.options.use_triage
                and (own.continues or _POINTING.search(asking_sentences(text)) or _ASKS_A_REMEDY.search(text))):
            # After a red flag, "should I stop using it?" is for the clinic to answer now, not "not in my guides"; the
            # "them" of "ok I'll call them. unrelated, can I get botox the same week?" points at no question.
            flags = Triage(escalate=True, reasons=("follows an escalated message",))
            reply = Reply(self._wrap("escalation", self._escalation, [], rid), flags, reading=reply.reading)
        if escalated_at is not None and reply.response.type == "answer":
            # A red flag told earlier in the chat still stands: the answer to another question ("how many sessions for
            # acne scars?" after blisters) opens with a reminder to contact the clinic, never as reassurance in its place.
            note = (self._after_emergency if self._emergency_told(turns, previous, day)
                    else self.settings.after_escalation_note)
            reply = replace(reply, response=self._wrap(
                "answer", f"{note}\n\n{reply.response.answer}",
                reply.response.citations, rid))
        changed = bool(reply.reading and reply.reading.changed)
        # The reading splices the client's words into an earlier question, which can read oddly ("can I makeup
        # tomorrow?"); the earlier question itself, as typed, is what a widget can show without putting words in
        # the client's mouth.
        changes = {"treatment_day": told_day, "interpreted_as": reply.reading.text if changed else None,
                   "read_with": reply.reading.read_with if changed else None}
        return replace(reply, response=reply.response.model_copy(update=changes))

    def _answer_parts(self, pieces: list[str], whole: Reply, previous: list[str], day: int | None,
                      stage_day: int | None, rid: str, today: date) -> Reply | None:
        """Each question of a message answered: the parts' best quotes in turn, and a fixed note when a part is one
        the guides don't cover. None (the message answered as a whole) when a part leans on another ("can I get
        botox? how long should I wait?"), when no part is answered, or when the whole answer already quotes each
        part's best quote. A part that only dates the treatment asks nothing of its own."""
        asked: list[str] = []
        for i, piece in enumerate(pieces):
            if only_dates(piece, day_in_question(piece, today)):
                continue
            own = shape(piece)
            reading = read(piece, pieces[:i], self.knowledge.common_terms) if i else Reading(piece)
            if reading.kind == "old_subject" and re.search(r"\b(they|them|that|those)\b", piece, re.I):
                # "How many sessions for big pores and when will they look smaller?": "they" is the pores; "will it
                # help my sun spots and how many sessions for that": "that" is the sun spots.
                asked.append(reading.text)
                continue
            if reading.kind == "new_subject" and asked:
                # "Can I wear makeup the next day? and what about lash extensions?": the part before asked of another
                # thing, and this one asks the same of its own.
                asked.append(reading.text)
                continue
            if own.subject and own.points_back and not reading.changed and not shape(_AT_THAT_TIME.sub(" ", piece)).points_back:
                # "... and can I swim in the sea that week?": the time is the part before's, the question its own.
                asked.append(piece)
                continue
            if not own.subject or own.points_back or reading.changed:
                if not asked:
                    return None
                # "Is it normal to look sunburned, and when does that go away?": one question with the part before.
                asked[-1] = f"{asked[-1]} {piece}"
                continue
            asked.append(piece)
        if len(asked) < 2:
            return None
        asked = [without_lead_in(piece) for piece in asked]
        replies = [self._reply(piece, Reading(piece), previous, day, stage_day, rid, False, None,
                               day_in_question(piece, today)) for piece in asked]
        for i in range(1, len(replies)):
            before = replies[i - 1]
            if (before.response.type == "no_answer" and not (before.coverage and before.coverage.about_the_clinic)
                    and {stem(w) for w in shape(asked[i]).subject} <= self.knowledge.common_terms):
                # "Can microneedling make my hair grow back? How many sessions?": a part naming nothing but the
                # treatment asks of the thing before it, which the guides don't cover; their count is not its.
                replies[i] = before
        # A message refused as a whole holds something the guides don't cover: a part of it is answered only when
        # the refuse decision is surer than for a message of its own.
        # Refused for a question about the clinic itself ("do you have parking?"), the message says which part that is.
        about_the_clinic = whole.coverage is not None and whole.coverage.about_the_clinic
        bar = PARTIAL_ANSWER_FLOOR if whole.response.type == "no_answer" and not about_the_clinic else 0.0
        answered = [r for r in replies if r.response.type == "answer" and r.chosen
                    and (r.answerable is None or r.answerable >= bar)]
        refused = any(r.response.type == "no_answer" for r in replies)
        if not answered:
            return None
        quoted = {(c.unit.passage, c.unit.start) for c in whole.chosen}
        if not refused and all((r.chosen[0].unit.passage, r.chosen[0].unit.start) in quoted for r in answered):
            return None
        chosen = interleave(self.knowledge, [r.chosen for r in answered])
        quotes = compose_quotes(self.knowledge, chosen)
        answer = render_answer(quotes)
        label = day_label(stage_day) if stage_day is not None else None
        if label and answered[0].response.answer.startswith(label):
            answer = f"{label}\n\n{answer}"
        if refused:
            answer = f"{answer}\n\n{self.settings.partial_answer_note}"
        return Reply(self._wrap("answer", answer, _citations(quotes), rid), answered[0].triage, answered[0].hits,
                     answered[0].coverage, answered[0].answerable, Reading(" ".join(pieces)), chosen)

    def treatment_day(self, mention: DayMention | None, previous: list[str], treatment_date: date | None,
                      today: date, follow_up: bool) -> int | None:
        """The date the client set, else the question's own day phrase, else the latest day phrase of the chat: of
        any earlier question for a follow-up; otherwise only of an earlier message that told nothing but the day ("I
        had it done on Monday"), which dates every later question like a treatment date sent with it.

        A date set wins over the words: "quite red today after my treatment", "on day 2 I was swollen" and "getting
        married on 14 Feb" date the skin, a memory or an event as often as the treatment. A date still ahead gives no
        day ("the night after" in "will I swell? I have a dinner the night after")."""
        if treatment_date is not None:
            return days_since(treatment_date, today)
        if mention is not None:
            return mention.day
        for earlier in reversed(previous):
            found = day_in_question(earlier, today)
            if found is not None and (follow_up or only_dates(earlier, found)):
                return found.day
        return None

    def _triage(self, text: str, reading: Reading, previous: list[str], day: int | None, follows: bool) -> Triage:
        """On the new question alone, and for a follow-up, as read with the chat and after the last question
        ("it's spreading now")."""
        if not self.options.use_triage:
            return Triage(escalate=False)
        flags = triage(text, day)
        if (flags.escalate and previous and reading.changed and _BARE_QUESTION.match(text)
                and asks_what_may_happen(previous[-1]) and asks_what_may_happen(reading.text)):
            # "And infection?" after "is hyperpigmentation a risk?": the same general question of another sign.
            flags = triage(reading.text, day)
        if flags.escalate or not previous:
            return flags
        if len(text.split()) <= CONFIRM_WORDS:
            # "will I get a fever?" ... "i have one now tho, 38.5": the sign asked about, now told; or asked a turn or two
            # before ("how common is infection?" ... "what causes it" ... "I think I might have one").
            for asked in reversed(previous[-CONFIRM_TURNS:]):
                if (confirmed := signs_confirmed(asked, text, day)).escalate:
                    return confirmed
        # A few words that seem to stand alone ("now is spreading" after "my face red") still tell of the last one's sign.
        if not (follows or len(text.split()) <= SHORT_REPORT_WORDS):
            return flags
        # "ok and the puffiness?" after "face was red on day 1 but thats gone now" asks of puffiness: the last message's
        # report with the new word put in is nothing the client told.
        spliced_into_a_report = "?" in text and not tells_of_now(text) and not (
            "?" in previous[-1] or any(opens_a_question(p) for p in parts(previous[-1])))
        if reading.changed and not spliced_into_a_report and (read_flags := self._triage_reading(reading, day)).escalate:
            return read_flags
        last = previous[-1]
        # "how long does redness last" ... "is it normal its flaky now": a message naming a sign of its own is a
        # sentence of its own, and the last one's question stays a question.
        joint = ". " if names_a_course_sign(text) and not last.rstrip().endswith(("?", "!", ".")) else " "
        # A red flag of the last question alone was escalated then; it does not make a new question one. A last message
        # naming no sign ("I had pretty severe scarring. Do people like me need more maintenance?") adds none to this one.
        if (not triage(last, day).escalate and (names_a_course_sign(last) or names_a_red_flag(last))
                and (joined := triage(f"{last}{joint}{text}", day)).escalate):
            return joined
        return flags

    @staticmethod
    def _triage_reading(reading: Reading, day: int | None) -> Triage:
        """A condition told in a follow-up is triaged alone and the last question without it: "if I have sensitive
        skin" makes no report of the swelling the last question asked about; "and if I have a fever?" is one."""
        if reading.condition and (asked := reading.text.replace(f" if {reading.condition}", "", 1)) != reading.text:
            told = triage(reading.condition, day)
            return told if told.escalate else triage(asked, day)
        return triage(reading.text, day)

    def _next_stage(self, turns: list[PreviousTurn], context: Conversation | None, today: date) -> tuple[int, str] | None:
        """A day of the timeline stage after the one the last answer quoted, and that stage's heading: what
        "and after that?" asks for. None when the last answer quoted no stage. The last question is answered again
        (the API keeps no state), with the chat before it."""
        earlier = Conversation(previous=turns[:-1], treatment_date=context.treatment_date if context else None)
        last = self.reply(turns[-1].question, context=earlier, today=today)
        quoted = next((u.unit.passage for u in last.chosen if u.unit.passage in self._stages), None)
        if quoted is None:
            return None
        now = self._stages[quoted]
        later = [s for s in self._stages.values() if s.first >= now.last and s.first > now.first]
        if not later:
            return None
        # The middle of the next stage: its first day also falls in longer stages that began before it.
        after = min(later, key=lambda s: (s.first, s.last))
        return (after.first + after.last) // 2, self.knowledge.passages[quoted].heading

    def _reply(self, text: str, reading: Reading, previous: list[str], day: int | None, stage_day: int | None,
               rid: str, follows: bool, span: tuple[int, int] | None = None, mention: DayMention | None = None,
               stage_asked: int | None = None, event_day: tuple[int, int] | None = None,
               before_treatment: bool = False) -> Reply:
        """`stage_asked`: the day whose timeline stage is asked for, whatever the words ("and after that?");
        `event_day`: the day since treatment of an event the question names; `before_treatment`: the question is
        about a time before a treatment still to come."""
        flags = self._triage(text, reading, previous, day, follows)
        only_asks_if_it_is_one = asks_if_it_is_one(text)
        if self.options.use_triage and not flags.escalate and only_asks_if_it_is_one:
            flags = Triage(escalate=True, reasons=("asks whether it is one",))
        if flags.escalate:
            message = (self._emergency if flags.emergency
                       else self._escalation_ahead if asks_what_to_do_if_it_comes(text)
                       else self._escalation_check if only_asks_if_it_is_one else self._escalation)
            return Reply(self._wrap("escalation", message, [], rid), flags, reading=reading)
        if self.options.use_triage and unreadable(text, self.knowledge.words):
            # A message in a language the patterns and the guides are not in may tell of a red flag nobody can see
            # here: the clinic, who can read it, is who to contact, and emergency services for the airway.
            flags = Triage(escalate=True, reasons=("not in a language the assistant reads",))
            return Reply(self._wrap("escalation", self._unreadable, [], rid), flags, reading=reading)
        # What is asked, without a clause that only dates the treatment (the day is already read from it), in the
        # plain form the guides are compared with.
        undated = without_dating(reading.text, mention)
        asked = plain_form(undated)
        # The embedding net reads the after-effects told before a question of its own too, which `asked` leaves out.
        told_too = plain_form(undated, keep_told=True)
        told_too = None if told_too == asked else told_too
        routine_day: int | None = None
        # Asked of the day as a whole: the stage is told by its paragraph, not the sentence nearest its heading.
        whole_stage = False
        if stage_asked is not None and self._stages:
            asked, told_too, whole_stage = self.stage_headings(stage_asked), None, True
        elif stage_day is not None and self._stages and (only_dates(reading.text, mention)
                                                       or self.asks_only_about_the_day(reading.text, mention)):
            # Nothing asked but the day ("I had it yesterday", "what happens at 1 week?"): what the guides'
            # timeline says of that day, found by its own headings.
            asked, told_too, whole_stage = self.stage_headings(stage_day), None, True
        elif (event_day is not None and self._stages and self.asks_only_about_an_event(undated)
              and not _ASKS_HOW_OFTEN.search(undated) and not asks_if_time_for_the_next(undated)):
            # "Is my wedding Saturday ok if I do it Wednesday?": how the skin is that day, as the timeline tells it.
            asked, told_too = self.stage_headings(event_day[0]), None
        elif (day is not None and self._stages and _ASKS_ROUTINE.search(reading.text) and _ROUTINE_TIME.search(reading.text)
              and self.names_nothing(reading.text)):
            # "What should I put on before bed tonight?", "anything I should NOT do tomorrow?": the routine the guides
            # give for the day asked about, found by its stage's headings.
            routine_day = day + (days_ahead(reading.text) or 0)
            asked, told_too = self.stage_headings(routine_day), None
        corrected = self.speller.correct(asked)
        expansion = expand(corrected)
        vector = self.embed_question(expansion.text)
        # The embedding net catches reports the patterns have no words for; a general question ("could I get dark
        # patches from this?") is no report, as the patterns already hold.
        # A follow-up read with the last question's sign ("is that normal on day 1?" after "my face is kind of swollen")
        # is the normal course by its reading.
        # What the client tells as over ("my redness went away after a day") is no sign told for the net to read.
        over = without_signs_over(text)
        told_to_net = told_too if over is None else plain_form(over, keep_told=True)
        if (self.options.use_triage and not normal_course_by_day(text, day) and not normal_course_by_day(reading.text, day)
                and not read_as_asking(text, reading.text)
                and not _BARE_QUESTION.match(text) and not tells_only_a_mild_sign(text)
                and (over is None or words(over))
                and self.semantic_triage.escalate(vector if told_to_net is None
                                                  else self.embed_question(expand(self.speller.correct(told_to_net)).text))
                and not names_a_red_flag(text)):  # last: it runs every pattern, and the net rarely fires
            flags = Triage(escalate=True, reasons=("described like a red flag",))
            return Reply(self._wrap("escalation", self._escalation, [], rid), flags, reading=reading)
        precedents = self._precedent_similarities(vector)
        votes = self._votes(precedents)
        adapted = self._adapted_similarities(vector)
        hits, ranked, fused = self._rank(expansion.text, vector, votes, adapted)
        coverage = signals(asked, expansion.bridged, self.speller, self.bridges,
                           dense_top=max((h.dense for h in hits), default=0.0),
                           best_quote=max((u.unvoted for u in ranked), default=0.0),
                           best_sentence=max((u.similarity for u in ranked), default=0.0),
                           best_lexical=ranked[0].lexical if ranked else 0.0,
                           best_subject=max((u.values.get("subject", 0.0) for u in ranked[:SUBJECT_FROM]), default=0.0),
                           sentence_similarities=self.knowledge.sentence_vectors @ vector,
                           precedent=(self.precedents.margin_of(precedents)
                                      if self.precedents and precedents is not None else self._neutral("precedent")),
                           best_adapted=float(adapted.max()) if adapted is not None else self._neutral("best_adapted"))
        answerable = self.answerability.probability(coverage.values()) if self.answerability else None

        def refused() -> Reply:
            return Reply(self._wrap("no_answer", self.settings.no_answer_message, [], rid), flags, hits, coverage,
                         answerable, reading)

        # Read with typos repaired: "how many treatmnts for big pores" asks for a number of sessions all the same.
        asking = asking_sentences(corrected)
        if not ranked or (self.options.use_coverage and self.answerability and not is_covered(coverage, self.answerability)
                          and not self.a_stage_tells_how_long(asked, asking, ranked)
                          and not self.minutes_tell_visit_length(asking, coverage)):
            return refused()
        if self.options.use_coverage and (compares_with_the_unknown(asked, coverage.unknown_words)
                                          or counts_sessions_for_the_unknown(asking, coverage.unknown_words)
                                          or causes_the_unknown(asking, coverage.unknown_words)):
            return refused()
        # "Is the flaking normal or a sign of infection?": the red flag only offered as the other answer to "normal"
        # is no question of its own; the normal course quoted answers it.
        offered = _NORMAL_OR.search(asked)
        unoffered = asked[:offered.start("other")] if offered else asked
        if _ASKS_TO_RECOGNISE.search(unoffered) and not _ASKS_IF_A_SIGN.search(unoffered) and names_a_red_flag(unoffered) \
                and (sign := self.key_term(asked)) \
                and not any(_DESCRIBES_SIGNS.search(quoted) and sign in terms(quoted)
                            for quoted in (unit_text(self.knowledge, u.unit) for u in ranked[:COMPOSE_FROM])):
            # "How would I know if it's infected?": the guides name the warning signs as risks and never say how they
            # show; what causes them is no answer.
            return refused()
        asks_next = asks_if_time_for_the_next(asking)
        asks_interval = _ASKS_HOW_OFTEN.search(asking) is not None or asks_next
        current = ranked
        if stage_day is not None and not _ASKS_A_TIME.search(asking) and not _HOW_LONG_IT_LASTS.search(asked):
            # "Skin looks blotchy and uneven, 2 and a half weeks out": the first days' stage is over by then and tells
            # nothing of now; the quotes of other passages answer, when there are any.
            current = [u for u in ranked if not self._stage_is_over(u.unit.passage, stage_day)] or ranked
            # ... when they answer nearly as well: else they speak of something else ("day 20, skin stings with my
            # normal products" finds the procedure's numbing cream), and the over stage is the guides' nearest word.
            current = current if current[0].score >= OVER_STAGE_SHARE * ranked[0].score else ranked
        if routine_day is not None:
            # Found by the stage's headings alone, the routine is what those stages say: not another passage that
            # shares a heading's word ("Immediate Post-Procedure Effects" finds how long the procedure takes).
            of_the_day = nearest_stages(self._stages, routine_day, routine_day)
            current = [u for u in current if u.unit.passage in of_the_day] or current
        chosen = select_units(self.knowledge, current, expansion.text)
        # The side the asking sentences name: "I stopped my retinol 5 days before the appointment. Treatment was Monday.
        # Can I start it again Thursday?" asks about after it. A story alone decides only when no day is known.
        side = _side(asking) or (None if day is not None else _side(asked)) or ("before" if before_treatment else None)
        # A client who has had the treatment (a day is known, or an after-effect told: "mild flaking, can I put on
        # fake tan?") asks about after it unless they say otherwise.
        facing = side or ("after" if day is not None or told_too is not None else None)
        # Days before the appointment ("waxed a couple of days before my appointment?") are no stage of healing.
        # Nor is the next session's date ("when is my next session due? had my first 2 weeks ago"): its interval answers.
        # Nor is it when the client sees no change yet ("10 days, did it not work?"): when results show answers, and the
        # day's stage ("it often feels smoother") tells them what they say they do not see.
        lead_days = (None if side == "before" or asks_interval or asks_when_results_show(asking)
                     or SEES_NO_CHANGE in expansion.text else (stage_day, stage_day)
                     if stage_day is not None else (routine_day, routine_day) if routine_day is not None else span)
        lead = (self.stage_lead(fused, ranked, expansion.text, vector, lead_days, votes, adapted,
                                asks_leave=bool(_ASKS_LEAVE.search(asking)))
                if lead_days is not None else None)
        if (lead is not None and not TOLD_EFFECTS.search(asked) and ranked[0].unit in self._gives_early_window
                and ranked[0].unit in self._gives_instruction
                and (asked_of := self._asked_terms(asking, asked, expansion.text))
                and asked_of & self._unit_terms[ranked[0].unit] and not asked_of & self._unit_terms[lead.unit]):
            # "Will sweating on Tuesday be a problem?" tells no after-effect and asks about something the guides' rule for
            # the first days names, not how the skin is that day: a stage that does not name it gives way to the rule.
            # Named in the client's words or the guides' for them ("day 5, can I start working out again?": sweating).
            lead = None
        if (lead is not None and event_day is not None and lead_days == event_day
                and self._misses_what_is_asked(lead, ranked[0], asking, asked, expansion.text)):
            # "Party Saturday, will I still be red?": the stage of the event's day that does not name what is asked
            # says nothing of it then; the best quote, which tells how long it lasts, answers.
            lead = None
        if (lead is not None and facing and not asks_interval and self._sides[ranked[0].unit.passage] not in (None, facing)
                and self._misses_what_is_asked(lead, ranked[0], asking, asked, expansion.text)):
            # "Day 2 here, can I get a spray tan for a party in a few days?": the guides name tanning only before the
            # treatment, and the stage of the day, which does not name it, answers nothing asked (as below, without a day).
            return refused()
        staged = lead is not None
        if _ASKS_WHAT_TO_DO.search(asking) and not _ASKS_TO_HASTEN.search(asking) \
                and (lead or ranked[0]).unit not in self._gives_instruction:
            # "Still a bit pink on day 4, anything I should be putting on it?": what to do, from the same stage when
            # one leads, not only that the after-effect is expected.
            # On the side asked about: "a spot came up, can I still come Friday?" before a treatment is not told to
            # keep a breakout after one moisturised.
            does: Callable[[ScoredUnit], bool] = lambda u: (
                u.unit in self._gives_instruction and (facing is None or self._sides[u.unit.passage] in (None, facing)))
            if staged and lead_days is not None:
                told_to = self.best_of(frozenset(nearest_stages(self._stages, *lead_days)), fused, ranked, expansion.text,
                                       vector, votes, adapted, fits=does)
            else:
                # The instruction of the passage that answers ("Make sure to tell your provider ..." after "blood
                # thinners ... may also affect recovery") before one of another passage.
                told_to = (_lead_where(ranked, lambda u: does(u) and u.unit.passage == ranked[0].unit.passage)
                           or _lead_where(ranked, does))
            lead = told_to or lead
        # "Will it take longer to see results at 55?" asks how soon, not how long results last.
        onset = bool(_ASKS_ONSET.search(asked)) and not _DURATION.search(asked)
        answers_onset: Callable[[ScoredUnit], bool] = lambda u: not (onset and u.unit in self._on_duration)
        if lead is None and (counts := session_counts(asking)):
            lead = self.count_lead(ranked, counts, answers_onset)
        if (lead is None and ranked[0].unit not in self._on_duration and not TOLD_EFFECTS.search(asked)
                and self._asks_how_long_it_lasts(asking)):
            # "My skin looks amazing, how long will it last?": how long the look lasts, not when results show; an
            # after-effect told ("still red, how long will it last?") is what lasts, and the quotes of it lead.
            lead = _lead_where(ranked[:COMPOSE_FROM], lambda u: u.unit in self._on_duration)
        if lead is None and facing and not asks_interval:
            # "When can I restart tretinoin after a session?" is not answered by what to skip before one. How far
            # apart sessions go is no side's ("is it too soon to book session 2 for next week?" on day 11).
            lead = _lead_where(ranked, lambda u: self._sides[u.unit.passage] in (None, facing))
            if lead is not None and self._misses_what_is_asked(lead, ranked[0], asking, asked, expansion.text):
                # "Can I wear makeup to the appointment?": the guides name makeup only after the treatment, and a
                # quote on this side that does not name it answers nothing asked.
                return refused()
            if lead is None and self._sides[ranked[0].unit.passage] not in (None, facing):
                # Nothing on the side asked about answers nearly as well ("can I get my brows waxed after?" finds only
                # "don't wax" before the appointment): the other side's rule would read as this one's.
                return refused()
        by_side = lead
        if lead is None and not reading.condition and _ASKS_HOW_MANY.search(asking):
            # "How many sessions for big pores?": a quote that gives a number of sessions, not when pores improve. A
            # condition told ("... if I have sensitive skin?") leads instead, below.
            lead = _lead_where(ranked, lambda u: u.unit in self._gives_count)
        if lead is None and asks_interval:
            # "How often do I need top-ups?", "how long do I leave it before the next one?": a quote that gives the
            # interval, not one that only says to keep to one.
            # Whether the next one can be now is answered by the spacing of sessions, not by "results last 4-6 weeks
            # after the first session".
            lead = _lead_where(ranked, lambda u: u.unit in self._gives_interval
                               and (not asks_next or u.unit in self._gives_spacing))
        # Only the side a near-time rule is on, when one led for its side: "can i go tanning tomorrow" on the day of
        # treatment is the rule for the first days after it, not the everyday one.
        if ((lead is None or (lead is by_side and self._sides[lead.unit.passage] is None))
                and (_NEAR_TIME.search(asking) or (day is not None and day <= WINDOW_LAST_DAY)) and _MAY_I.search(asking)
                and not asks_interval and facing != "before"
                and (near := self._asked_before_its_condition(asking, asked, expansion.text)) is not None):
            # "Can I go out in the sun this afternoon?", "can I sunbathe tomorrow?": the rule for the first hours or
            # days, not the everyday one; only a rule that names what is asked about ("can I put hyaluronic acid on
            # tonight?" is not led by a rule against acids).
            # The guides' informative words for what the client named in theirs ("outside" → "sun exposure") name it too.
            key, bridged = near
            rule: Callable[[ScoredUnit], bool] = lambda u: u.unit in self._gives_early_window and (
                key in self._unit_terms[u.unit] or bool(bridged & self._unit_terms[u.unit]))
            if not rule(ranked[0]):
                lead = self.best_of(frozenset(u.passage for u in self._gives_early_window), fused, ranked, expansion.text,
                                    vector, votes, adapted, fits=rule)
        # Ingredients read with typos repaired, as the asking sentences are ("hyaluronc acid" is no acid to avoid).
        spelled = self.speller.correct(reading.text)
        if (named := ingredients(spelled)) and not named & self._unit_ingredients[(lead or ranked[0]).unit]:
            # "My BHA cleanser - ok to use straight after?": the rule that names the ingredient ("harsh products such as
            # retinol and acid for 24 to 48 hours"), not one on scrubbing or a stage of the timeline that names none.
            names_it: Callable[[ScoredUnit], bool] = lambda u: (bool(named & self._unit_ingredients[u.unit])
                                                                and self._sides[u.unit.passage] in (None, facing or "after"))
            lead = self.best_of(self._ingredient_passages, fused, ranked, expansion.text, vector, votes, adapted,
                                fits=names_it) or lead
            staged = staged and lead is not None and lead.unit.passage in self._stages
        if lead is None and _HOW_LONG_IT_LASTS.search(asked) and (key := self.key_term(asking)):
            if not reading.changed and any(w.lower() in coverage.unknown_words for w in _lasting_words(asking)):
                # "How long does itching last?", "how long do filler results last?": the guides never name what is to
                # last, or whose it is, so no time they give is its. Only in the client's own words: a follow-up's
                # reading splices in words of the chat.
                return refused()
            lead = self.sign_stage_lead(ranked, key)
        if lead is None and _asks_of_a_risk(asked):
            # "Can it give me dark spots?" is answered under the guides' risks, not where it lightens dark spots; so is
            # "will it leave me with scars?", whose risk list retrieval ranks below the passages on treating scars, and
            # "I'm worried about getting dark spots" or "how do I avoid getting dark spots?".
            key = self.key_term(asking)
            names_key: Callable[[ScoredUnit], bool] = lambda u: key is not None and key in self._unit_terms[u.unit]
            if ranked[0].unit.passage not in self._risk_passages:
                lead = self.best_of(self._risk_passages, fused, ranked, expansion.text, vector, votes, adapted)
            risk_first = lead if lead is not None else ranked[0] if ranked[0].unit.passage in self._risk_passages else None
            if key and (risk_first is None or not names_key(risk_first)):
                # A risk the guides list by the question's own word ("Scarring" for "can it cause scarring?"), over
                # the risks' lead-in that names none, or below the floor.
                lead = self.best_of(self._risk_passages, fused, ranked, expansion.text, vector, votes, adapted,
                                    fits=names_key) or lead
        if lead is None and onset:
            lead = _lead_where(ranked, answers_onset)
        if (lead is None and _ASKS_HOW_COMMON.search(asking) and ranked[0].unit not in self._gives_frequency
                and (key := self.key_term(asking, used_by_guides=True))):
            # "How common is infection?": how often the guides say it happens ("possible, though rare"), from a passage
            # that names it, not what causes it.
            naming_key = frozenset(i for i, t in self._passage_terms.items() if key in t)
            lead = self.best_of(naming_key, fused, ranked, expansion.text, vector, votes, adapted,
                                fits=lambda u: u.unit in self._gives_frequency and u.unit.passage in naming_key)
        if lead is None and _ASKS_VISIT_LENGTH.search(asking) and ranked[0].unit not in self._gives_minutes:
            lead = self.best_of(self._minutes_passages, fused, ranked, expansion.text, vector, votes, adapted,
                                fits=lambda u: u.unit in self._gives_minutes)
        if (lead is None or lead is by_side) and _ASKS_A_TIME.search(asking) and not _TIME_AS_A_FACTOR.search(asking) \
                and (lead or ranked[0]).unit not in self._gives_a_time \
                and (key := self.guide_term(asking, expansion.text)) \
                and informativeness(key) >= SUBJECT_INFORMATIVENESS:
            # "Sun exposure how long after?": a quote that gives a time for what is asked about (in the guides' words
            # when the client's are not theirs: "sunbathe"), even one retrieval left out, not a list that only names it.
            timed: Callable[[ScoredUnit], bool] = lambda u: (u.unit in self._gives_a_time and key in self._unit_terms[u.unit]
                                                             and self._sides[u.unit.passage] in (None, facing or "after"))
            lead = self.best_of(self._timed_passages, fused, ranked, expansion.text, vector, votes, adapted,
                                fits=timed) or lead
        if (lead is None and not reading.condition and _ASKS_SESSION_NUMBER.search(asking)
                and ranked[0].unit.passage in self._factor_passages - self._session_number_factors):
            # "Do older people need more sessions?": age as it decides the number of sessions, not how long results last.
            lead = _lead_where(ranked, lambda u: u.unit.passage in self._session_number_factors)
        if lead is None and _ASKS_WHAT_DECIDES.search(asked):
            lead = _lead_where(ranked, lambda u: u.unit.passage in self._factor_passages)
        if lead is None and reading.condition:
            asked_of_it = (self.key_term(asking.replace(reading.condition, " "), used_by_guides=True)
                           if not reading.changed else None)
            spoken = self.speaking_of(ranked, reading.condition, also=asked_of_it)
            if spoken is None and (reading.changed or _ASKS_SUITABILITY.search(asking)):
                # Nothing in the guides speaks of what the client told ("I'm breastfeeding"): the last answer again, or
                # who may have the treatment, would read as holding for them.
                return refused()
            if spoken is not None and spoken is not ranked[0] and asked_of_it and self._loses_what_is_asked(
                    spoken, ranked[0], asked_of_it):
                # "My skin is oily, when can I use my retinol again?": "Oily, dry, or combination skin may respond
                # differently" speaks of what was told and names nothing of what is asked, which the best quote does.
                # A follow-up ("and if I have sensitive skin?") asks of the condition itself.
                spoken = None
            lead = spoken if spoken is not None and spoken is not ranked[0] else None
        elif reading.kind == "new_subject" and reading.subject and self.speaking_of(
                ranked, reading.text[reading.subject[0]:reading.subject[1]]) is None:
            # "What about self tanner?" after a question on retinol: nothing in the guides speaks of the new subject,
            # and the last answer again would read as holding for it.
            return refused()
        own_terms = frozenset(terms(asking)) - self.knowledge.common_terms
        if lead is None and not own_terms & expansion.bridged and (faq := self._faq.get(own_terms)):
            # "Does microneedling tighten skin?" is a question the guides ask and answer themselves ("Yes, slightly ...
            # but it's no substitute for a facelift"), whichever quote scores best. Not when the guides' words stand in for
            # one of its words: "can I work out?" asks about sweating, not "How Does Microneedling Work?".
            lead = self.best_of(faq, fused, ranked, expansion.text, vector, votes, adapted, fits=lambda _: True)
        if lead is not None:
            chosen = _lead_with(through_its_passage(self.knowledge, lead) if whole_stage and staged else lead, chosen)
        told = (self._told_terms(reading.condition) if reading.condition and not reading.changed
                and not denied(reading.condition)
                else self._barred_before(previous) if _HAVING_TREATMENT.search(reading.text) else frozenset())
        barring = self._barring(told)
        named = frozenset().union(*barring.values())
        if barring and not any(named & self._unit_terms.get(u.unit, frozenset()) for u in chosen):
            # "I'm pregnant. How long does the redness last?": an answer naming nothing of what the client told leads
            # with the guides' sentence that those with it should not be treated, wherever retrieval left it.
            barred = self.best_of(frozenset(u.passage for u in barring), fused, ranked, expansion.text, vector, votes,
                                  adapted, fits=lambda u: u.unit in barring)
            chosen = _lead_with(barred, chosen) if barred is not None else chosen
        elif len(chosen) > 1 and facing == "after" and not _ASKS_SUITABILITY.search(asking):
            # "Skin looks smoother but I still have marks from acne, is that normal?" three weeks after: who should not
            # be treated, riding along with nothing the client told of themselves, reads as telling them they should
            # not have been.
            chosen = [u for i, u in enumerate(chosen) if i == 0 or u.unit not in self._barring_units]
        if len(chosen) > 1:
            # What to skip before a session never rides along with an answer about after one, nor the other way; a
            # question that names no side is on its lead's side, and a client's after theirs when the lead is no side's.
            kept = facing or self._sides[chosen[0].unit.passage] or "after"
            chosen = [u for i, u in enumerate(chosen) if i == 0 or self._sides[u.unit.passage] in (None, kept)]
        if len(chosen) > 1 and (what := _what_lasts(asking)) and what not in self.knowledge.common_terms:
            # "How long does the tightness last?": how long results last, in a quote that does not name the sign,
            # never rides along with how long the sign does.
            chosen = [u for i, u in enumerate(chosen)
                      if i == 0 or u.unit not in self._on_duration or what in self._unit_terms[u.unit]]
        chosen = keep_further(self.knowledge, chosen, self.further_model)
        chosen = of_the_degree_told(chosen, reading.text, lambda u: unit_text(self.knowledge, u.unit))
        chosen = self._naming_the_key(chosen, ranked, asking)
        quotes = compose_quotes(self.knowledge, chosen, asks_yes_or_no=bool(_ASKS_YES_OR_NO.search(asking)))
        texts = [q.text for q in quotes]
        flagged = {stem(w) for w in red_flag_words(flags.asked_of)}
        if offered is not None:
            flagged -= set(terms(offered.group("other")))
        # Quotes that would read as another answer than the guides give: a red flag asked about that no quote names
        # ("would a fever mean something's wrong?" answered with the normal course), what is asked named only in a
        # comparison ("... peeling like after a chemical peel"), or another ingredient ("can I use my vitamin C
        # serum?" answered with "serums containing ... hyaluronic acid").
        if ((flagged and not flagged & set(terms(" ".join(texts)))) or names_only_in_a_comparison(reading.text, texts)
                or leaves_the_choice_unnamed(asking, texts)
                or names_other_ingredients(spelled, texts)):
            return refused()
        if asks_for_an_amount(asking) and not any(gives_an_amount(q.text) for q in quotes):
            return refused()
        answer = render_answer(quotes)
        if staged and stage_day is not None:
            # Only a stage of the timeline is the client's day; a count or condition lead is not.
            answer = f"{day_label(stage_day)}\n\n{answer}"
        return Reply(self._wrap("answer", answer, _citations(quotes), rid), flags, hits, coverage, answerable, reading,
                     chosen)

    def _asks_how_long_it_lasts(self, asking: str) -> bool:
        """A how-long question whose "last" is of "it" alone, or of a word every passage uses ("how long will the full
        results last?", whose own words find when full results show): a question naming what lasts ("how long does
        the tightness last?") is ranked by its own words."""
        lasting = _lasting_words(asking)
        if not (lasting and _DURATION.search(asking)):
            return False
        if lasting[0].lower() in ANAPHORS:
            return len(lasting) == 1
        # "Full" or "final" beside it are the guides' own words; "filler results" are another treatment's. Asked
        # outright: "does sun exposure shorten how long the results last?" asks what shortens it, by its own words.
        return (stem(lasting[0]) in self.knowledge.common_terms and all(stem(w) in self._guide_terms for w in lasting[1:])
                and bool(_OPENS_WITH_HOW_LONG.search(asking)))

    def _asks_of_an_unknown_told(self, text: str, asked: str) -> bool:
        """"Got cellulite on my thighs. Will microneedling smooth it?": the "it" is what the story names, and one the
        guides never name leaves the question alone nothing of theirs to answer."""
        if not (_OBJECT_IT.search(asked) and _NAMES_TREATMENT.search(asked)):
            return False
        story = text.replace(asked, " ")
        return bool(unknown_words(story, self.speller, expand(story).bridged))

    @staticmethod
    def asks_enough_alone(question: str) -> bool:
        """Five words or more, or a short question naming a thing of its own ("when does it peak?"), not only a verdict
        ("is that ok?", "is it safe?")."""
        said = len(question.split())
        return said >= STORY_QUESTION_WORDS or (
            said >= SHORT_STORY_QUESTION_WORDS and any(w not in JUDGEMENT_WORDS for w in shape(question).subject))

    def asks_only_about_the_day(self, text: str, mention: DayMention | None) -> bool:
        """"What happens at 1 week after microneedling?", "day 4, what should I expect?", or with the day known from
        the chat's treatment date "how does my skin look now?": besides the day, only the question's form and words
        every passage uses."""
        if (mention is not None and mention.phrase not in text) or _ASKS_HOW_OFTEN.search(text):
            return False  # "its been 3 weeks, can i go again now?" asks for the interval, in words every passage uses
        if asks_when_results_show(text):
            return False  # "day 1, when will I see results?": a time still ahead, not the day's stage
        if _ASKS_AN_AMOUNT.search(text):
            return False  # "how much is a session usually?" on day 42 asks a price, in words every passage uses
        if mention is None and (QUANTITATIVE.search(text) or _ASKS_ROUTINE.search(text)):
            # The day known from the chat: "when will it look better?" asks of another day, "what should I do
            # tonight?" for the day's routine (which `_reply` reads by its own branch).
            return False
        rest = re.sub(r"\bmicro[\s-]+(?=needl)", " ", text.replace(mention.phrase, " ") if mention else text, flags=re.I)
        rest = _RIGHT_THEN.sub(" ", rest)
        return not [w for w in words(rest) if not is_context_word(w) and stem(w) not in self.knowledge.common_terms]

    def asks_only_about_an_event(self, text: str) -> bool:
        """Besides the event, its day and the treatment's, only how the skin will be then ("will I look ok?")."""
        return not [w for w in words(without_events(text)) if not is_context_word(w)
                    and not is_event_verdict(w) and stem(w) not in self.knowledge.common_terms]

    def names_nothing(self, text: str) -> bool:
        """Besides the form of a question about what to do, its time and people, only words every passage uses."""
        rest = _ASKS_ROUTINE.sub(" ", text)
        return not [w for w in words(rest) if not is_context_word(w) and stem(w) not in self.knowledge.common_terms
                    and not _ROUTINE_WORD.fullmatch(w)]

    def stage_headings(self, day: int) -> str:
        """The headings of the timeline stages nearest the day, as the text to find them by."""
        nearest = min(s.distance(day) for s in self._stages.values())
        headings = dict.fromkeys(self.knowledge.passages[i].heading for i, s in self._stages.items()
                                 if s.distance(day) == nearest)
        return ". ".join(headings)

    def _stage_is_over(self, passage: int, day: int) -> bool:
        """Whether a stage of the timeline ended long before `day`: as many days again as it lasted, and three at least
        (the first 48 hours are over by day 6, days 3-7 by day 15)."""
        stage = self._stages.get(passage)
        return stage is not None and day > stage.last + max(STAGE_OVER_AFTER, stage.last)

    def stage_lead(self, hits: list[Hit], ranked: list[ScoredUnit], expanded: str, vector: np.ndarray, days: tuple[int, int],
                   votes: dict[str, float] | None, adapted: np.ndarray | None, asks_leave: bool = False) -> ScoredUnit | None:
        """The best quote of the stage of the healing timeline for the day or span of days asked, when the question is about the healing course
        (the timeline already answers it) and the quote answers it nearly as well as the best one. `hits` is every
        passage retrieval scored, best first."""
        if not self._stages or not any(u.unit.passage in self._stages for u in ranked[:SUBJECT_FROM]):
            return None
        best = self._stages.get(ranked[0].unit.passage)
        # "I had it done 3 days ago and my skin feels tight and dry" answered with the first 48 hours: the best quote
        # is itself a stage of the timeline, so the question asks of the course, and a stage that is not the client's
        # day would read as theirs: the day's stage leads whatever its score. (A span of days asked about is read as
        # before: "weeks 3 to 4" counts weeks as the question's words do, the headings' "Weeks 3–4" as weeks after.)
        # Asking leave ("can I hit the gym now?" on day 9) is answered by the rule, which the first days' stage gives.
        another_day = days[0] == days[1] and best is not None and best.distance(days[0]) > 0 and not asks_leave
        return self.best_of(frozenset(nearest_stages(self._stages, *days)), hits, ranked, expanded, vector, votes,
                            adapted, fits=(lambda _: True) if another_day else None)

    def best_of(self, matching: frozenset[int], hits: list[Hit], ranked: list[ScoredUnit], expanded: str,
                vector: np.ndarray, votes: dict[str, float] | None, adapted: np.ndarray | None,
                fits: Callable[[ScoredUnit], bool] | None = None) -> ScoredUnit | None:
        """The best quote of the `matching` passages, scored as retrieval scores them even when it left them out, when
        it answers nearly as well as the best quote (the stage floor); or, given `fits`, the best one that fits,
        however it scores."""
        known = {h.passage for h in hits[:COMPOSE_FROM]}
        scored_by_retrieval = {h.passage: h for h in hits}
        extra = [scored_by_retrieval.get(i) or Hit(passage=i, score=0.0, lexical=0.0,
                                                   dense=float(self.knowledge.passage_vectors[i] @ vector))
                 for i in sorted(matching - known)]
        pool = [u for u in ranked if u.unit.passage in matching]
        if extra:
            # Only the stage passages retrieval left out are scored; the best hit is passed first so passage scores
            # are measured against it, as they were for the retrieved ones.
            scored = score_units(self.knowledge, self._units, hits[:1] + extra, expanded, vector, self.quote_model, votes,
                                 adapted, self.plain_quote_model)
            pool = sorted(pool + [u for u in scored if u.unit.passage in matching - known], key=lambda u: -u.score)
        if fits is not None:
            return next((u for u in pool if fits(u)), None)
        if not pool or pool[0].score < STAGE_FLOOR * ranked[0].score:
            return None
        return pool[0]

    def _asked_before_its_condition(self, asking: str, asked: str, expanded: str) -> tuple[str, frozenset[str]] | None:
        """The key term of what is asked about and the guides' words for it, read before a condition told after it
        ("beach tomorrow, ok with spf 50?" asks about the beach, not the sunscreen) when that part names one."""
        if (cut := _CONDITION_AFTER.search(asking)) is not None and cut.start() > 0:
            before = asking[:cut.start()]
            before_expanded = expand(self.speller.correct(before)).text
            if key := self.guide_term(before, before_expanded):
                return key, self._bridged(before, before_expanded)
        key = self.guide_term(asking, expanded)
        return (key, self._bridged(asked, expanded)) if key else None

    def guide_term(self, asking: str, expanded: str) -> str | None:
        """The key term among the guides' words, in the client's words or else in the guides' words for them
        ("beach" → "sun exposure")."""
        return self.key_term(asking, used_by_guides=True) or self.key_term(expanded, used_by_guides=True)

    @staticmethod
    def _emergency_told(turns: list[PreviousTurn], previous: list[str], day: int | None) -> bool:
        """Whether a message the chat escalated told a sign of the airway or of collapse: "how long till it goes down?"
        two turns after "hard to breathe" still gets emergency services first."""
        return any(triage(said, day).emergency for turn, said in zip(turns, previous) if turn.type == "escalation")

    @staticmethod
    def _bridged(asked: str, expanded: str) -> frozenset[str]:
        """The guides' informative words for what the client named in theirs ("tretinoin" → "retinol")."""
        own_stems = {stem(w) for w in words(asked)}
        return frozenset(stem(w) for w in words(expanded) if stem(w) not in own_stems
                         and informativeness(w) >= SUBJECT_INFORMATIVENESS)

    def key_term(self, question: str, used_by_guides: bool = False) -> str | None:
        """The question's word that says most ("tightness" in "how long does the tightness last?"): not its form, time
        or people, nor a word every passage uses. `used_by_guides`: only among words the guides use ("sun" in "can I
        sit in the garden in the sun tomorrow?"), when a word they never use would name nothing a quote could answer."""
        found = [(informativeness(w), stem(w)) for w in words(question)
                 if not is_context_word(w) and stem(w) not in self.knowledge.common_terms
                 and (not used_by_guides or stem(w) in self._guide_terms)]
        return max(found)[1] if found else None

    def _misses_what_is_asked(self, lead: ScoredUnit, best: ScoredUnit, asking: str, asked: str, expanded: str) -> bool:
        """Whether a quote on the side of the treatment asked about leaves out what the question asks, which the best
        quote, on the other side, names; a client's word bridged to one of the quote's own still counts as named."""
        key = self.key_term(asking, used_by_guides=True)
        return (bool(key) and self._loses_what_is_asked(lead, best, key)
                and not self._bridged(asked, expanded) & self._unit_terms[lead.unit])

    def _asked_terms(self, asking: str, asked: str, expanded: str) -> frozenset[str]:
        """The key term among the guides' words and the guides' words for the client's ("gym" → "sweat")."""
        key = self.key_term(asking, used_by_guides=True)
        return self._bridged(asked, expanded) | ({key} if key else set())

    def _loses_what_is_asked(self, lead: ScoredUnit, best: ScoredUnit, key: str) -> bool:
        """Whether `lead` leaves out the question's key term that `best` names."""
        return key in self._unit_terms[best.unit] and key not in self._unit_terms[lead.unit]

    def _naming_the_key(self, chosen: list[ScoredUnit], ranked: list[ScoredUnit], asking: str) -> list[ScoredUnit]:
        """"Will I need numbing?" answered "It is not painful at all. Most people experience mild discomfort ...": when no
        quote names what is asked and a sentence of the leading quote's passage does ("Topical anesthetics are used to
        numb the skin"), that sentence too, as the answer's length allows."""
        key = self.key_term(asking, used_by_guides=True)

        def names_key(unit: Unit) -> bool:  # a unit put together while composing is not among the index's own
            known = self._unit_terms.get(unit)
            return key in (known if known is not None else frozenset(terms(unit_text(self.knowledge, unit))))

        if not chosen or key is None or len(chosen) >= MAX_QUOTES or any(names_key(u.unit) for u in chosen):
            return chosen
        used = sum(u.unit.end - u.unit.start for u in chosen)
        naming = next((u for u in ranked if u.unit.passage == chosen[0].unit.passage and names_key(u.unit)
                       and used + u.unit.end - u.unit.start <= MAX_CHARS), None)
        return chosen if naming is None else [*chosen, naming]

    def a_stage_tells_how_long(self, asked: str, asking: str, ranked: list[ScoredUnit]) -> bool:
        """"How long does the tightness last?": a healing stage that names the sign answers it by its heading's days,
        whatever the refuse decision, fitted on too few such questions, makes of the wording."""
        if not _HOW_LONG_IT_LASTS.search(asked):
            return False
        # What is to last, when the question names it ("how long do chemical peel results last?" asks of results,
        # which no stage tells, whatever else it names); else its key term ("how long will it be red?").
        key = _what_lasts(asking) or self.key_term(asking)
        return key is not None and key not in self.knowledge.common_terms \
            and any(u.unit.passage in self._stages and key in self._unit_terms[u.unit] for u in ranked[:COMPOSE_FROM])

    def minutes_tell_visit_length(self, asking: str, coverage: CoverageSignals) -> bool:
        """"How long does a microneedling appointment take?": the guides' minutes answer it wherever retrieval ranked
        them (the visit-length lead finds them), whatever the refuse decision, fitted on a handful of such questions,
        makes of the wording; not when the question names something the guides never do ("a botox appointment")."""
        return bool(_ASKS_VISIT_LENGTH.search(asking)) and bool(self._minutes_passages) and not coverage.unknown_words

    def sign_stage_lead(self, ranked: list[ScoredUnit], key: str) -> ScoredUnit | None:
        """"How long does the tightness last?": the best quote of a healing stage that names the sign (its heading gives
        the time), when the best quote names neither it nor a stage ("results can last months")."""
        top = ranked[0]
        if top.unit.passage in self._stages or key in self._unit_terms[top.unit]:
            return None
        return _lead_where(ranked, lambda u: u.unit.passage in self._stages and key in self._unit_terms[u.unit])

    def count_lead(self, ranked: list[ScoredUnit], counts: tuple[Count, ...],
                   fits: Callable[[ScoredUnit], bool]) -> ScoredUnit | None:
        """The best quote naming the count of sessions the question names ("after my 4th one" → "After 3–4
        Sessions"), when the best quote names another or none, and it answers nearly as well (as for a stage). Only
        quotes that `fits` keeps count."""
        floor = STAGE_FLOOR * ranked[0].score
        named = [(u, session_counts(unit_text(self.knowledge, u.unit))) for u in ranked if u.score >= floor and fits(u)]
        fitting = [(closeness(counts, found), u.score, i) for i, (u, found) in enumerate(named) if agrees(counts, found)]
        if not fitting:
            return None
        best = named[max(fitting)[2]][0]
        return None if best is ranked[0] else best

    def _barring(self, told: frozenset[str]) -> dict[Unit, frozenset[str]]:
        """The units saying that those with what the client told (its words, `_told_terms`) should not be treated
        ("Those with acne, infections, open wounds, ... or who are pregnant should not undergo the treatment"), each
        with the words of who it bars that the client named.

        The client names one of those barred, every word of it ("I'm a professional" names none: the word is the
        sentence's, not one it bars), and not as part of something the guides treat ("I have acne scars": the guides
        speak of acne with scars elsewhere, as what the treatment is for)."""
        def bars(item: frozenset[str]) -> bool:
            return item <= told and not any(_side_by_side(item, extra, sequence) for extra in told - item
                                            for unit, sequence in self._unit_sequences.items()
                                            if unit not in self._barring_units and extra in self._unit_terms[unit])
        barred = {u: frozenset().union(*(item for item in items if bars(item))) for u, items in self._barred_items.items()}
        return {u: named for u, named in barred.items() if named}

    def _barred_before(self, previous: list[str]) -> frozenset[str]:
        """The words of a condition the guides bar from treatment, told of the client earlier in the chat ("I just
        found out I'm pregnant" ... "is it ok to do my next session next month?"): it still stands, as a red flag does."""
        for earlier in reversed(previous):
            for condition in conditions_told(earlier):
                if self._barring(told := self._told_terms(condition)):
                    return told
        return frozenset()

    def _told_terms(self, condition: str) -> frozenset[str]:
        return frozenset(terms(expand(condition).text)) - self.knowledge.common_terms

    def speaking_of(self, ranked: list[ScoredUnit], condition: str, also: str | None = None) -> ScoredUnit | None:
        """After "I'm 55" or "what if I have sensitive skin?", the best quote that speaks of it (the best quote
        itself when it does): the last question's answer again would ignore what the client just told. None when
        no quote does; a condition of only everyday words speaks through the best quote."""
        said = expand(condition).text
        told = set(self._told_terms(condition))
        if not told:
            return ranked[0]
        # A word the guides have in another form only ("dark skin": "a darker tone") speaks of the same thing.
        told |= {stem(b.neighbour) for w in words(said) if (b := self.bridges.bridge(w)) and b.similarity >= SAME_WORD}

        speaking = [u for u in ranked if told & self._unit_terms[u.unit]]
        # "I'm 60, will I need more maintenance sessions?": of the quotes on age, the one that names maintenance.
        best = next((u for u in speaking if also in self._unit_terms[u.unit]), None) if also else None
        best = best or next(iter(speaking), None)
        if best is None:
            return None
        return best if best.score >= STAGE_FLOOR * ranked[0].score else ranked[0]

    def rank(self, expanded: str, vector: np.ndarray) -> tuple[list[Hit], list[ScoredUnit]]:
        """Retrieved passages and their quotable units, best first (also what `aftercare fit` learns from)."""
        hits, ranked, _ = self._rank(expanded, vector, self._votes(self._precedent_similarities(vector)),
                                     self._adapted_similarities(vector))
        return hits, ranked

    def _rank(self, expanded: str, vector: np.ndarray, votes: dict[str, float] | None,
              adapted: np.ndarray | None) -> tuple[list[Hit], list[ScoredUnit], list[Hit]]:
        """Also every passage retrieval scored, beyond the ones answers are made of (for the stage lead).
        `adapted`: the adapted question vector's similarity to every sentence (retrieval and quotes weigh it)."""
        fused = hybrid_retrieve(self.knowledge, expanded, vector, len(self.knowledge.passages), self.options.fusion,
                                adapted, self.passage_model)
        hits = fused[:RETRIEVE_K]
        quote_adapted = adapted if self.quote_model else None
        return hits, score_units(self.knowledge, self._units, hits[:COMPOSE_FROM], expanded, vector, self.quote_model,
                                 votes, quote_adapted, self.plain_quote_model), fused

    def _neutral(self, signal: str) -> float:
        """A learnt signal this engine lacks (no precedents or adapter for its corpus) takes its fitted mean, which
        weighs nothing."""
        model = self.answerability
        return model.mean[model.features.index(signal)] if model and signal in model.features else 0.0

    def _precedent_similarities(self, vector: np.ndarray) -> np.ndarray | None:
        """Once a question: the answerability's precedent margin and the quote votes both weigh them."""
        return (self.precedents.similarities(vector, skip_identical=self.options.hold_out_identical)
                if self.precedents else None)

    def _votes(self, precedents: np.ndarray | None) -> dict[str, float] | None:
        """The closest labelled dev question's right quotes (bot/retrieval/precedents.py), once per question."""
        return (self.precedents.quote_votes_of(precedents)
                if self.precedents and precedents is not None and self.quote_model else None)

    def _adapted_similarities(self, vector: np.ndarray) -> np.ndarray | None:
        """Computed once a question: retrieval and quote scoring both weigh it."""
        return self.knowledge.sentence_vectors @ self.adapter.adapt(vector) if self.adapter else None

    def candidates(self, question: str) -> list[ScoredUnit]:
        expanded = self.expanded(question)
        return self.rank(expanded, self.embed_question(expanded))[1]

    def expanded(self, question: str) -> str:
        """The text the engine retrieves with: typos repaired, the glossary's bridges added."""
        return expand(self.speller.correct(tidy(question))).text

    def question_vector(self, question: str) -> np.ndarray:
        """The vector the engine compares a question by (after typo repair and the glossary)."""
        return self.embed_question(self.expanded(question))

    def embed_question(self, text: str) -> np.ndarray:
        """Clinics hear the same questions all day: repeated ones skip the model."""
        key = text.lower()
        vector = self.cache.get(key)
        if vector is None:
            vector = self.encode(text)
            self.cache.put(key, vector)
        return vector

    def _wrap(self, kind: AnswerType, answer: str, citations: list[Citation], rid: str) -> AnswerResponse:
        wrapped = wrap(kind, answer, citations, self.settings.disclaimer, rid)
        # The widget heads this one with emergency services and their number, not the clinic's.
        return wrapped.model_copy(update={"emergency": True}) if kind == "escalation" and answer == self._emergency else wrapped


def _citations(quotes: list[Quote]) -> list[Citation]:
    return [Citation(n=q.n, doc_id=q.passage.doc_id, title=q.passage.title, section=q.passage.section or None,
                     passage=q.passage.text, quote=q.text, start=q.start, end=q.end, score=round(q.score, 4))
            for q in quotes]


def day_label(day: int) -> str:
    return "The day of treatment (day 0):" if day == 0 else f"Day {day} after treatment:"


def _lasting_words(asking: str) -> list[str]:
    """What a how-long question asks to last, then whose it is ("results", "filler"); none when it names nothing."""
    lasting = _WHAT_LASTS.search(asking)
    return [lasting["what"] or lasting["what2"], *(lasting["whose"] or "").split()] if lasting else []


def _what_lasts(asking: str) -> str | None:
    """The stem of what a how-long question asks to last, when it names it ("tightness"; not "it")."""
    what = next(iter(_lasting_words(asking)), None)
    return stem(what) if what and not is_context_word(what) and what.lower() not in ANAPHORS else None


def asks_if_time_for_the_next(text: str) -> bool:
    """"Is now a good time for the next?", "is it ok to book the 2nd one for next week": whether the spacing of sessions
    allows the next one then."""
    return bool(_ASKS_IF_TIME_FOR_THE_NEXT.search(text) and _SOON.search(text))


def asks_when_results_show(text: str) -> bool:
    """"When will I see the full results?" on the day of treatment asks of weeks ahead: the day's stage of healing
    answers nothing of it."""
    return bool(_ASKS_A_TIME.search(text) and _ASKS_ONSET.search(text) and not _DURATION.search(text))


def _lead_where(ranked: list[ScoredUnit], fits: Callable[[ScoredUnit], bool]) -> ScoredUnit | None:
    """The best quote that fits what the question asks for, when the best one does not, and it answers nearly as well
    (the stage floor)."""
    if fits(ranked[0]):
        return None
    floor = STAGE_FLOOR * ranked[0].score
    return next((u for u in ranked if u.score >= floor and fits(u)), None)


def _lead_with(lead: ScoredUnit, chosen: list[ScoredUnit]) -> list[ScoredUnit]:
    """The stage's quote first, then the others that still fit."""
    result, used = [lead], lead.unit.end - lead.unit.start
    for item in chosen:
        size = item.unit.end - item.unit.start
        overlaps = item.unit.passage == lead.unit.passage and not (item.unit.end <= lead.unit.start or lead.unit.end <= item.unit.start)
        if overlaps or len(result) >= MAX_QUOTES or used + size > MAX_CHARS:
            continue
        result.append(item)
        used += size
    return result


class EmbeddingCache:
    """Least-recently-used question embeddings, safe to share between the request threads; size 0 keeps none."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> np.ndarray | None:
        with self._lock:
            vector = self._items.get(key)
            if vector is not None:
                self._items.move_to_end(key)
            return vector

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def put(self, key: str, vector: np.ndarray) -> None:
        if self.size <= 0:
            return
        with self._lock:
            self._items[key] = vector
            while len(self._items) > self.size:
                self._items.popitem(last=False)
