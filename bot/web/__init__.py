"""The HTTP edge: the FastAPI app, its guards, the loaded engine it serves, question batching and the widget."""
