"""Word-level views of text shared by BM25, lexical overlap and coverage: lower-cased, stop words out, stemmed."""

from __future__ import annotations

import re

import bm25s
import bm25s.stopwords
import Stemmer
from bm25s.tokenization import Tokenized

from bot.message_caches import per_message

STEMMER = Stemmer.Stemmer("english")
STOPWORDS = sorted(set(bm25s.stopwords.STOPWORDS_EN_PLUS) | {
    "i", "im", "ive", "id", "me", "my", "mine", "myself", "you", "your", "we", "our", "us", "can", "could", "would",
    "should", "shall", "may", "might", "must", "will", "do", "does", "did", "doing", "done", "get", "got", "getting",
    "go", "going", "ok", "okay", "again", "how", "what", "when", "which", "who", "whom", "why", "where", "much",
    "many", "long", "just", "still", "also", "really", "very", "too", "s", "t", "don", "doesn", "isn", "it's",
    "need", "want", "thing", "things", "like", "please", "hi", "hello", "thanks", "anything", "something",
    # Contractions typed without the apostrophe ("whats", "dont") are the same stop words.
    "whats", "hows", "whens", "wheres", "whys", "thats", "theres", "dont", "doesnt", "didnt", "cant", "couldnt",
    "shouldnt", "wouldnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "youre", "theyre", "itll", "ill",
})
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|couple"
FIGURE = re.compile(rf"\d|\b({_NUMBER_WORDS})\b", re.I)
QUANTITATIVE = re.compile(
    r"\b(how\s+(long|many|soon|often|much\s+time|quickly|fast|deep)|when|what\s+day|which\s+day|days?|weeks?|months?)\b", re.I
)


_STOPSET = frozenset(STOPWORDS)


def terms(text: str) -> list[str]:
    return _terms(text.lower())


def words(text: str) -> list[str]:
    """Lower-cased words of two letters or more, stop words out, not stemmed."""
    return [w for w in re.findall(r"\b\w\w+\b", text.lower().replace("’", "'")) if w not in _STOPSET]


def stem(word: str) -> str:
    return STEMMER.stemWord(word.lower())


# bm25s's own token pattern: `terms` gives the words BM25 indexed the passages by (`tokenize_all`).
_BM25_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@per_message(maxsize=4096)  # keyed by whole questions as often as by passages: a new question's are not yet known
def _terms(text: str) -> list[str]:
    """What bm25s.tokenize gives one text (split, stop words out, stemmed), without its per-call set-up: a tenth of the
    time for a question's few words (5 against 48 microseconds a text, the same terms for every gold question and
    every line of the guides)."""
    return STEMMER.stemWords([t for t in _BM25_TOKEN.findall(text) if t not in _STOPSET])


def tokenize_all(texts: list[str]) -> Tokenized:
    """Many texts in one call, as BM25 indexes them: each call has a fixed cost (~0.5 ms), paid once, not per text."""
    return bm25s.tokenize(texts, stopwords=STOPWORDS, stemmer=STEMMER, show_progress=False)


def terms_of(tokenized: Tokenized) -> list[list[str]]:
    """Each text's `terms`, read back from one `tokenize_all` call."""
    term_of = {i: term for term, i in tokenized.vocab.items()}
    return [[term_of[i] for i in ids] for ids in tokenized.ids]


def tidy(text: str) -> str:
    """Spaces and quotes as one, and marks repeated for emphasis ("colour????", "?!", "help!!") as one mark: they ask
    nothing more, yet a mark more moved what a question retrieved."""
    marked = re.sub(r"!{2,}", "!", re.sub(r"[?!]*\?[?!]*", "?", text))
    return " ".join(re.sub(r"[’`]", "'", marked).split())


# A decimal point ("38.5", "0.5mm", "2.5 weeks") ends no sentence.
SENTENCE = re.compile(r"(?:\d\.\d|[^.!?])+[.!?]*")


def sentences(text: str) -> list[str]:
    """The message's sentences, each with its closing marks ("so?!"), as clients end them."""
    return SENTENCE.findall(text)
