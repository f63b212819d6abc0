"""From passages to an answer: the answer-or-refuse decision, the cited quotes, the healing stage of a known day,
and the disclaimer around it all."""
