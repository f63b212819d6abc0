from typing import Any, ClassVar

import pytest
from langchain_tests.integration_tests import RetrieversIntegrationTests

from bot.engine import AnswerEngine
from bot.retrieval.langchain_retriever import AftercareRetriever


def test_the_retriever_works_as_a_langchain_retriever(service) -> None:
    engine = service.engine
    retriever = AftercareRetriever(knowledge=engine.knowledge, embed_query=engine.embedder.embed_one, k=3)
    docs = retriever.invoke("What should I avoid after microneedling?")
    assert len(docs) == 3
    assert docs[0].metadata["section"] == "FAQs > What should I avoid after microneedling?"
    assert docs[0].page_content.startswith("Avoid using makeup, sweating, direct sunlight")


def test_k_given_to_invoke_overrides_the_retrievers_own_for_that_call(service) -> None:
    engine = service.engine
    retriever = AftercareRetriever(knowledge=engine.knowledge, embed_query=engine.embedder.embed_one, k=4)
    assert [len(retriever.invoke("Is peeling normal?", k=k)) for k in (1, 2, 6)] == [1, 2, 6]
    assert len(retriever.invoke("Is peeling normal?")) == 4


class TestAftercareRetrieverStandard(RetrieversIntegrationTests):
    """LangChain's own standard retriever tests (langchain-tests), on the ingested corpus."""

    engine: ClassVar[AnswerEngine]

    @pytest.fixture(autouse=True)
    def _engine(self, request: pytest.FixtureRequest, service) -> None:
        request.cls.engine = service.engine

    @property
    def retriever_constructor(self) -> type[AftercareRetriever]:
        return AftercareRetriever

    @property
    def retriever_constructor_params(self) -> dict[str, Any]:
        return {"knowledge": self.engine.knowledge, "embed_query": self.engine.embedder.embed_one}

    @property
    def retriever_query_example(self) -> str:
        return "When can I wear makeup again?"
