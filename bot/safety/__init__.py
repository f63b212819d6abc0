"""Red-flag triage: runs before retrieval, so a client describing a red flag never gets a skincare tip."""
