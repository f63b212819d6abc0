"""One error type whose message is meant for the person running the command or the service."""


class AftercareError(Exception):
    """A failure the user can act on; the message says what failed, where, and what to do."""


class IndexNotReady(AftercareError):
    """The index is missing, empty, or was built with another embedding model."""


class IndexUnavailable(IndexNotReady):
    """The index exists but cannot be reached right now (a Chroma server is down); it may come back."""
