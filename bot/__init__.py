"""The answering side: triage, retrieval, cited extractive answers, the disclaimer, and the HTTP service."""
