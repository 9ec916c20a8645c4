"""When two written terms are one term: what a glossary's lint and its import both ask; and
the id of a concept its file named not (a term list's row, a TBX v2 entry)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Sequence

from pipeline.lang import profile
from pipeline.model import LANGUAGES, Term


def term_key(lang: str, text: str) -> tuple[str, str]:
    """The language and the text, up to case, spacing and Unicode form (a list typed by hand or
    saved by another tool), and up to what the language writes or leaves out at will: the term
    matcher reads `отчёт` as `отчет` and `تَهْرِيب` as `تهريب`, so a glossary that holds both holds
    one term twice."""
    text = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    fold = profile(lang).optional_marks_folded if lang in LANGUAGES else None
    return lang, fold(text) if fold else text


def made_concept_id(terms: Sequence[Term], fallback: str) -> str:
    """An id an XML name may be (TBX's), from the concept's English term, else its first
    term (`smuggling-of-migrants`); `fallback` where no term gives one."""
    term = next((term for term in terms if term.lang == "en"), terms[0] if terms else None)
    made = "-".join(re.findall(r"\w+", unicodedata.normalize("NFKC", term.text).casefold())) if term else ""
    return made if made and (made[0].isalpha() or made[0] == "_") else fallback


def unique_id(concept_id: str, taken: Container[str]) -> str:
    """The id, or the first of `id-2`, `id-3`, … not taken."""
    if concept_id not in taken:
        return concept_id
    number = 2
    while f"{concept_id}-{number}" in taken:
        number += 1
    return f"{concept_id}-{number}"
