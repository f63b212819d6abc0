"""The plain LangChain tutorial recipe, as the floor every product number is compared with.

RecursiveCharacterTextSplitter(1000, 200) over the same cleaned articles, Chroma with the same embedding
model, top-4 similarity search, and the top chunk as the answer: no triage, no no-answer, no quoting.
"""

from __future__ import annotations

import time

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_huggingface import HuggingFaceEmbeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from evals.cases import GoldCase
from evals.metrics import CitedQuote, Outcome
from ingest.documents import CleanDocument
from ingest.embed import resolve_model_path

TOP_K = 4


class TutorialRecipe:
    def __init__(self, documents: list[CleanDocument], model: str) -> None:
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200, add_start_index=True)
        chunks = splitter.create_documents([d.text for d in documents],
                                           metadatas=[{"doc_id": d.doc_id, "title": d.title} for d in documents])
        self.embeddings = HuggingFaceEmbeddings(model=str(resolve_model_path(model)), model_kwargs={"device": "cpu"},
                                                encode_kwargs={"normalize_embeddings": True})
        client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(collection_name="tutorial-recipe", embedding_function=self.embeddings, client=client,
                            collection_metadata={"hnsw:space": "cosine"})
        self.store.add_documents(chunks)
        self.chunks = len(chunks)

    def search(self, question: str) -> list:
        return self.store.similarity_search(question, k=TOP_K)

    def __call__(self, case: GoldCase) -> Outcome:
        started = time.perf_counter()
        docs = self.search(case.question)
        seconds = time.perf_counter() - started
        top = docs[0]
        start = int(top.metadata["start_index"])
        return Outcome(case=case, type="answer", answer=top.page_content, seconds=seconds,
                       retrieved=list(dict.fromkeys(d.metadata["doc_id"] for d in docs)),
                       citations=[CitedQuote(top.metadata["doc_id"], top.page_content, start, start + len(top.page_content))])
