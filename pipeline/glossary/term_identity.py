"""When two written terms are one term: what a glossary's lint and its import both ask."""

from __future__ import annotations

import unicodedata

from pipeline.lang import profile
from pipeline.model import LANGUAGES


def term_key(lang: str, text: str) -> tuple[str, str]:
    """The language and the text, up to case, spacing and Unicode form (a list typed by hand or
    saved by another tool), and up to what the language writes or leaves out at will: the term
    matcher reads `отчёт` as `отчет` and `تَهْرِيب` as `تهريب`, so a glossary that holds both holds
    one term twice."""
    text = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    fold = profile(lang).optional_marks_folded if lang in LANGUAGES else None
    return lang, fold(text) if fold else text
