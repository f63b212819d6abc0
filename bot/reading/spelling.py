"""Typo repair against the guides' own words ("makup" → "makeup"), so a misspelt question still finds its answer.

Only words that are neither in the guides nor in an English dictionary are touched: "powder" must not
become "power" just because the guides never say powder.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from functools import lru_cache

from bot.data_files import DATA_DIR, read_yaml
from bot.reading.glossary import known_among, knows
from bot.reading.text import stem
from bot.reading.word_tables import ENGLISH_WORDS, zipf_frequency

_WORD = re.compile(r"[A-Za-z]{5,}")
_WHOLE_WORD = re.compile(r"(?<![\w'’])[A-Za-z]{5,}(?![\w'’])")
_SLIPS = tuple((re.compile(pattern, re.I), word)
               for pattern, word in read_yaml(DATA_DIR / "spelling.yaml", "spelling")["real_word_slips"])
CUTOFF = 0.8


def is_english_word(word: str) -> bool:
    """A dictionary word the guides don't use is a different topic, not a typo. Numbers are not words."""
    return not _is_number(word) and word.lower() in ENGLISH_WORDS()


def _is_number(word: str) -> bool:
    try:
        float(word)
    except ValueError:
        return False
    return word.lower() not in ("nan", "inf", "infinity")


_LETTERS = "abcdefghijklmnopqrstuvwxyz'"


def edits_of(word: str) -> set[str]:
    """Every string one edit (delete, swap, replace, insert) away from the word, as pyspellchecker makes them; plain
    letters suffice, since only ASCII words are looked for among them (the triage keywords)."""
    word = word.lower()
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _LETTERS} | {a + c + b for a, b in splits for c in _LETTERS})


# A typo is taken for an English word one edit away only when that word is common (zipf 3 is "meticulous"):
# a rare one is as likely another typo's neighbour as the word meant.
COMMON_ZIPF = 3.0
# ... and only when it is far commoner than the typo: a misspelling is written a hundred times less often than its
# word ("tommorow" 2.3, "tomorrow" 5.0), a word of its own nearly as often as its neighbour ("vaping" 3.1 is not
# "raping" 3.5).
TYPO_MARGIN_ZIPF = 1.0
# Zipf 5.5 is "again" or "where": a word of every sentence, which a client with two letters swapped most likely meant.
EVERYDAY_ZIPF = 5.5


@lru_cache(maxsize=4096)
def english_repair(word: str) -> str | None:
    """The commonest English word one edit away ("evntually" → "eventually", "safly" → "safely"), so a typo of an
    everyday word is not weighed as a rare word the guides lack."""
    found = [(zipf_frequency(c), c) for c in edits_of(word) if c.isalpha() and is_english_word(c)]
    best = max(found, default=None)
    if best is None or best[0] < COMMON_ZIPF or best[0] - zipf_frequency(word) < TYPO_MARGIN_ZIPF:
        return None
    return best[1]


def _swapped_letters_repaired(word: str) -> str | None:
    """english_repair's word when it has the typo's letters in another order: two letters swapped."""
    english = english_repair(word)
    return english if english and sorted(english) == sorted(word) else None


def _letter_left_out_or_doubled(word: str) -> set[str]:
    """The words the typo is of when a letter was left out ("woried", "concaler") or one of a pair typed twice
    ("treatmment"): unlike replacing a letter, neither turns one real word into another ("swolen" is "swollen",
    never "stolen"; "glowy" is no "glory"). The first letter is kept, as the guides' speller keeps it: a word is
    seldom typed without it, and a letter put before it fits seeds that take any ending ("vap…" of vaping)."""
    splits = [(word[:i], word[i:]) for i in range(1, len(word) + 1)]
    return ({a + c + b for a, b in splits for c in _LETTERS[:-1]}
            | {a + b[1:] for a, b in splits if len(b) > 1 and b[0] == b[1]})


def repair_slips(question: str) -> str:
    """"How long dose it last" → "how long does it last": a real word typed for another, where the next words say so."""
    for pattern, word in _SLIPS:
        question = pattern.sub(lambda m, w=word: m.group(0).replace(m.group("slip"), w, 1), question)
    return question


class Speller:
    """Close guide words for a typo; candidates share the first letter and a similar length, so lookups stay cheap."""

    def __init__(self, known_words: frozenset[str], vocabulary: frozenset[str]) -> None:
        self.known_words, self.vocabulary = known_words, vocabulary
        ENGLISH_WORDS()  # loaded now: the first burst of requests would otherwise each load the dictionary at once
        self._by_start: dict[str, list[str]] = defaultdict(list)
        for word in known_words:
            self._by_start[word[0]].append(word)
        self.close = lru_cache(maxsize=8192)(self._close)

    def _close(self, word: str) -> str | None:
        """A guide word one edit away first, then one of the same letters in another order, then difflib's closest:
        its ratio ranks "pregnant" above "permanent" for "permenant"."""
        pool = [w for w in self._by_start.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
        one_edit = edits_of(word)
        letters = sorted(word)
        for near in ([w for w in pool if w in one_edit], [w for w in pool if sorted(w) == letters]):
            if found := difflib.get_close_matches(word, near, n=1, cutoff=0.0):
                return found[0]
        found = difflib.get_close_matches(word, pool, n=1, cutoff=CUTOFF)
        return found[0] if found else None

    def is_known(self, word: str) -> bool:
        return word in self.known_words or stem(word) in self.vocabulary

    def _is_a_word(self, lower: str) -> bool:
        """A word the guides use, an English word, or one the glossary knows: never repaired."""
        return lower in self.known_words or is_english_word(lower) or knows(lower)

    def _letter_repaired(self, word: str) -> str | None:
        """The word the typo is of by a letter left out or doubled: a word of the guides first ("heaing" is "healing",
        not the commoner "hearing"), then one the glossary knows ("concaler" → "concealer", "dermaoller"), then the
        commonest English word within english_repair's bars ("woried" → "worried") unless a word one other edit
        away is far commoner still ("offen" is "often" more likely than "offend", and stays for the later repair),
        and last another form of a guide word ("micronedled"): last, as a stem takes in more than the word's forms
        ("gradualation" stems to "gradual")."""
        candidates = _letter_left_out_or_doubled(word)
        for ours in ([c for c in candidates if c in self.known_words], known_among(candidates)):
            if ours:
                return max(ours, key=zipf_frequency)
        english = max((c for c in candidates if is_english_word(c)), key=zipf_frequency, default=None)
        common = zipf_frequency(english) if english else 0.0
        if common < COMMON_ZIPF or common - zipf_frequency(word) < TYPO_MARGIN_ZIPF:
            return max((c for c in candidates if self.is_known(c)), key=lambda c: (zipf_frequency(c), c), default=None)
        rival = english_repair(word)
        return None if rival and zipf_frequency(rival) - common >= TYPO_MARGIN_ZIPF else english

    def everyday_repaired(self, message: str) -> str:
        """Typos of a word repaired before anything reads the message ("wedidng sat", "had it yestreday", "notihng
        weird like pus", "should I be woried", "is concaler ok"): the readers of events, days, denials and signs know
        words, not their typos. Two letters swapped toward a common English word (english_repair's bars); a letter
        left out or doubled toward a common English word or one the guides or glossary use. A letter replaced stays
        for the retrieval speller: it as often makes another word of an informal one ("glowy" is not "glory", nor
        "vaping" "raping"). A word the guides use, an English word, one the glossary knows, or part of a
        contraction ("doesn't") stays as typed. Real words typed for others too, where the next words show it
        ("noting weird like pus" is a denial)."""
        def fix(match: re.Match[str]) -> str:
            word, lower = match.group(0), match.group(0).lower()
            if self._is_a_word(lower):
                return word
            return _swapped_letters_repaired(lower) or self._letter_repaired(lower) or word

        return repair_slips(_WHOLE_WORD.sub(fix, message))

    def correct(self, question: str) -> str:
        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            lower = word.lower()
            if self._is_a_word(lower):
                return word
            # A typo can share its stem with a guide word ("permanant", "permanent": both "perman"): the search
            # then finds it, but the embedding does not, so it is repaired all the same.
            swapped = _swapped_letters_repaired(lower)
            if swapped and zipf_frequency(swapped) >= EVERYDAY_ZIPF:
                return swapped  # two letters swapped in an everyday word ("agian" is "again", not the guides' "aging")
            return self.close(lower) or english_repair(lower) or word

        return _WORD.sub(fix, repair_slips(question))
