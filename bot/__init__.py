"""The answering side, laid out in the order a question travels: `reading` (clean, repair, follow-up, day),
`safety` (red-flag triage), `retrieval` (passages), `answering` (answer or refuse, cited quotes, disclaimer), with
`engine` running the path and `web` serving it over HTTP; `unanswered` and `feedback` are what the clinic gets back."""
