from bot.answering.faq import guides_questions


def test_an_faq_heading_is_a_question_the_guides_answer_with_the_passage_under_it(service) -> None:
    kb = service.engine.knowledge
    found = {kb.passages[i].heading for passages in guides_questions(kb).values() for i in passages}
    assert "Does Microneedling Tighten Skin?" in found


def test_a_question_heading_with_sections_below_it_is_not_one(service) -> None:
    kb = service.engine.knowledge
    found = {kb.passages[i].heading for passages in guides_questions(kb).values() for i in passages}
    assert "How Often Should You Get Microneedling?" not in found


def test_a_question_heading_with_no_word_of_its_own_is_not_one(service) -> None:
    kb = service.engine.knowledge
    found = {kb.passages[i].heading for passages in guides_questions(kb).values() for i in passages}
    assert "What Is Microneedling?" not in found
