"""Reading the question: cleaned, typos repaired, clients' words bridged to the guides', a follow-up read with the
turn before it, and the day since treatment found. Nothing here looks at the guides' passages."""
