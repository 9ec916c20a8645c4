"""Arabic's marks that a word may be written with or without: the short vowels, tanwin, shadda
and sukun (U+064B–U+065F), the superscript alef (U+0670) and the tatweel (U+0640), which
justified text draws (`مذكِّرة` and `مذكرة` are one word); and the proclitics written onto a
word before it (`لملاحقة`, `بالدولارات`)."""

from __future__ import annotations

import re

ARABIC_MARKS = "\u064b-\u065f\u0670\u0640"
# The conjunctions and prepositions written onto a word (و ف, then ب ك ل), and its article:
# an expression to put before a word's own letters.
ARABIC_PROCLITICS = "[وفبلك]{0,2}(?:ال)?"
_MARKS = re.compile(f"[{ARABIC_MARKS}]")


def without_arabic_marks(text: str) -> str:
    return _MARKS.sub("", text)
