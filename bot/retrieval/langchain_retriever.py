"""The product's hybrid retriever as a LangChain `BaseRetriever`, for a clinic's own chains.

Kept apart from bot/retrieval/retrieve.py so the answer path does not import LangChain.
"""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from bot.reading.question_text import normalise_question
from bot.retrieval.knowledge import KnowledgeBase
from bot.retrieval.retrieve import Fusion, hybrid_retrieve


class AftercareRetriever(BaseRetriever):
    """The product's hybrid retriever as a LangChain retriever, for a clinic's own chains."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    knowledge: KnowledgeBase
    embed_query: object
    k: int = 4
    method: Fusion = "blend"

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                k: int | None = None) -> list[Document]:
        """`k` given to `invoke(query, k=...)` overrides the retriever's own for this call (LangChain's convention)."""
        top = self.k if k is None else k
        if top < 1:
            raise ValueError(f"k must be at least 1. Currently, it is {top}.")
        query = normalise_question(query)
        vector = self.embed_query(query)  # type: ignore[operator]
        docs = []
        for hit in hybrid_retrieve(self.knowledge, query, vector, top, self.method):
            p = self.knowledge.passages[hit.passage]
            docs.append(Document(page_content=p.text, id=p.id, metadata={
                "doc_id": p.doc_id, "title": p.title, "section": p.section, "start": p.start, "end": p.end,
                "score": hit.score, "dense": hit.dense, "lexical": hit.lexical, "heading": hit.heading}))
        return docs
