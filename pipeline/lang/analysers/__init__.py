"""Analysers: text → tokens with character offsets and match keys, one per language.

Term and text go through the same analyser, so matching compares like with like: a term
matches where each of its tokens shares a key with the text's token at that position. Keys
are lemma-like (all pymorphy3 normal forms in Russian; form, lookup lemma and Snowball stem
in English, French and Spanish; clitic-stripped normal forms in Arabic; characters in
Chinese). Every token also carries `=` + its exact text, which is all a case-sensitive term
(an acronym) matches on.

Analysers are expensive to build (spaCy's French tokenizer takes seconds), so each is built
once per process, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from typing import Protocol

from pipeline.model import LANGUAGES


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    keys: frozenset[str]


class Analyser(Protocol):
    lang: str

    def analyse(self, text: str) -> list[Token]: ...


_MODULES = {"ru": "ru", "en": "latin", "fr": "latin", "es": "latin", "ar": "ar", "zh": "zh"}


@lru_cache(maxsize=None)
def analyser(lang: str) -> Analyser:
    if lang not in LANGUAGES:
        raise KeyError(lang)
    return import_module(f"pipeline.lang.analysers.{_MODULES[lang]}").build(lang)


def spacy_tokenizer(lang: str):
    """spaCy's rule-based tokenizer for a language: a blank pipeline, no model, no download."""
    import spacy

    return spacy.blank(lang).tokenizer


def exact(text: str) -> str:
    return "=" + text
