from pathlib import Path

from ingest.embed import Embedder, OnnxQueryEncoder, resolve_model_path


def test_onnx_question_embeddings_match_pytorch(embedder: Embedder, tmp_path: Path) -> None:
    assert embedder.use_onnx(tmp_path / "onnx")
    question = "Can I hit the gym the day after?"
    assert float(embedder.embed_one(question) @ embedder._torch_one(question)) > 0.9999


def test_questions_of_different_lengths_embedded_together_each_match_pytorch_in_order(embedder: Embedder, tmp_path: Path) -> None:
    assert embedder.use_onnx(tmp_path / "onnx")
    questions = ["is flaking normal on day 4?", "When can I wear makeup again?", "makeup?",
                 "it's day 4 and my nose is peeling, is that ok", "When can I wear makeup again?"]
    together = embedder.embed_questions(questions)
    for question, vector in zip(questions, together):
        assert float(vector @ embedder._torch_one(question)) > 0.9999


def test_the_onnx_export_is_made_once_and_reused(embedder: Embedder, tmp_path: Path) -> None:
    folder = tmp_path / "onnx"
    embedder.use_onnx(folder)
    exported = list(folder.glob("*.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns
    OnnxQueryEncoder.load_or_export(resolve_model_path(embedder.name), folder, embedder._tokenizer, 256)
    assert [p.stat().st_mtime_ns for p in folder.glob("*.onnx")] == [stamp]
