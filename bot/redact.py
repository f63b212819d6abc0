"""Removing what identifies a client from a question before a clinic keeps it (emails, phone numbers, names)."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)\+?\d[\d\s().-]{5,}\d(?!\w)")
_NAME = re.compile(r"\b(my name is|my name's|i am called|i'm called|call me|this is)\s+([A-Z][\w'-]*(\s+[A-Z][\w'-]*){0,2})", re.I)


def redact(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    text = _PHONE.sub(lambda m: "[phone]" if sum(c.isdigit() for c in m.group(0)) >= 7 else m.group(0), text)
    return _NAME.sub(lambda m: f"{m.group(1)} [name]", text)
