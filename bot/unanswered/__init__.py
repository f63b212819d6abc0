"""What the clinic learns from questions the guides did not answer: redacted, reduced to topics, logged."""
