"""Clients' votes on answers: signed request ids, the votes database, and the clinic's summary of them."""
