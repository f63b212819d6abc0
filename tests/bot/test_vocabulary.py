from bot.reading.vocabulary import Bridge, WordBridges, informativeness, word_gaps


def test_an_everyday_word_says_less_than_a_treatment_name() -> None:
    assert informativeness("stop") < informativeness("tomato") < informativeness("isotretinoin")


def test_a_word_no_dictionary_knows_is_fully_informative() -> None:
    assert informativeness("morpheus8") == 1.0


def test_a_word_the_guides_have_a_close_neighbour_for_leaves_a_small_gap() -> None:
    bridges = WordBridges({"vaping": Bridge("smoking", 0.9), "botox": Bridge("inflammatory", 0.1)})
    near, far = word_gaps(["vaping", "botox"], bridges)
    assert near < far


def test_the_bridges_are_built_once_and_read_back_from_the_cache(tmp_path, embedder) -> None:
    words = frozenset({"smoking", "sunscreen", "makeup"})
    built = WordBridges.load_or_build(tmp_path, words, "all-MiniLM-L6-v2", lambda: embedder, size=3000)
    assert len(list(tmp_path.glob("word-bridges-*.json"))) == 1
    again = WordBridges.load_or_build(tmp_path, words, "all-MiniLM-L6-v2", embedder=_never_called, size=3000)
    assert again.bridge("smoke") == built.bridge("smoke")
    assert again.bridge("smoke").neighbour == "smoking"


def _never_called():
    raise AssertionError("the cached bridges were built again")
