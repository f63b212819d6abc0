from bot.retrieve import AftercareRetriever


def test_the_retriever_works_as_a_langchain_retriever(service) -> None:
    engine = service.engine
    retriever = AftercareRetriever(knowledge=engine.knowledge, embed_query=engine.embedder.embed_one, k=3)
    docs = retriever.invoke("What should I avoid after microneedling?")
    assert len(docs) == 3
    assert docs[0].metadata["section"] == "FAQs > What should I avoid after microneedling?"
    assert docs[0].page_content.startswith("Avoid using makeup, sweating, direct sunlight")
