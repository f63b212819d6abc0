from bot.answering.compose import build_all_units, unit_text


def test_what_a_list_is_said_after_it_is_quoted_with_the_list_never_alone(service) -> None:
    kb = service.engine.knowledge
    texts = [unit_text(kb, u) for units in build_all_units(kb) for u in units]
    saying = [t for t in texts if "These are just signs of blood flow and healing." in t]
    assert saying and all("- Tight or dry sensation" in t for t in saying)
