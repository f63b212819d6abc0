"""Ingestion: load the guide articles, clean them, split them by section, embed them, store them in Chroma."""
