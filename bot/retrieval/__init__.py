"""Finding the passages: the ingested knowledge base, hybrid dense and lexical search, and the signals learnt from
labelled questions (precedents, the query adapter)."""
