"""Terms read from one batched tokenizer call are each text's own terms: the index's vocabulary depends on it."""

from __future__ import annotations

import bm25s
import pytest

from bot.reading.text import STEMMER, STOPWORDS, sentences, terms, terms_of, tidy, tokenize_all
from bot.retrieval.knowledge import searchable_text


def test_terms_from_one_batched_call_equal_each_passages_own_terms(service) -> None:
    passages = service.engine.knowledge.passages
    texts = [searchable_text(p) for p in passages] + [f"{p.section}\n{p.text}" for p in passages]
    assert terms_of(tokenize_all(texts)) == [terms(text) for text in texts]


def test_batched_terms_are_lower_cased_stemmed_and_without_stop_words_as_single_ones_are() -> None:
    texts = ["Can I wear MAKEUP after Microneedling?", "", "the and of", "Redness fades; swelling eases."]
    assert terms_of(tokenize_all(texts)) == [terms(text) for text in texts]
    assert terms_of(tokenize_all(texts))[0] == ["wear", "makeup", "microneedl"]


def test_a_contraction_typed_without_its_apostrophe_is_a_stop_word_like_the_contraction() -> None:
    assert terms("whats the gap and dont I need to wait") == terms("what's the gap and don't I need to wait")


def test_a_decimal_point_ends_no_sentence() -> None:
    assert sentences("i'm at 38.5 since yesterday. is that bad?") == ["i'm at 38.5 since yesterday.", " is that bad?"]


@pytest.mark.parametrize("text", ["How long will I be red after microneedling?", "it's day 2, can I wear makeup??",
                                  "Avoid using makeup, sweating, direct sunlight, and harsh products such as retinol",
                                  "über naïve café x2 3rd 1–2 weeks", ""])
def test_terms_are_what_bm25s_tokenize_gives_the_text(text: str) -> None:
    tokens = bm25s.tokenize([text.lower()], stopwords=STOPWORDS, stemmer=STEMMER, return_ids=False, show_progress=False)
    assert terms(text) == list(tokens[0])


@pytest.mark.parametrize(("message", "tidied"), [
    ("can i sunbathe  a week after????", "can i sunbathe a week after?"),
    ("is that normal?!?", "is that normal?"),
    ("help!!! it’s red", "help! it's red"),
])
def test_marks_repeated_for_emphasis_are_read_as_one(message: str, tidied: str) -> None:
    assert tidy(message) == tidied
