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

from functools import lru_cache
from importlib import import_module
from itertools import accumulate
from typing import NamedTuple, Protocol

from pipeline.invisible import UNUSUAL, end_in, read_through, start_in
from pipeline.model import LANGUAGES


class Token(NamedTuple):
    start: int
    end: int
    text: str
    keys: frozenset[str]


class Tokens:
    """A text's tokens as parallel lists: the words, their keys, and their bounds (token i runs
    from bounds[2i] to bounds[2i + 1]).

    Lists rather than one object per token, because they are made by calls that run in C
    (a split, an accumulate, a map over the word cache): a long paragraph has a hundred
    tokens, and the matcher looks at the keys of most of them and at the bounds of few.
    Indexing and iterating give `Token`s for code that wants one token at a time.
    """

    __slots__ = ("words", "keys", "bounds")

    def __init__(self, words: list[str], keys: list[frozenset[str]], bounds: list[int]):
        self.words, self.keys, self.bounds = words, keys, bounds

    @classmethod
    def from_split(cls, parts: list[str], words: list[str], known, analyse_word) -> "Tokens":
        """From `pattern.split(text)` with the token in one group ([gap, token, gap, ...,
        gap]); `known` is the word cache's get, `analyse_word` fills what it lacks."""
        keys = list(map(known, words))
        if None in keys:
            keys = [k if k is not None else analyse_word(w) for k, w in zip(keys, words)]
        return cls(words, keys, list(accumulate(map(len, parts))))

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, index: int) -> Token:
        if index < 0:
            index += len(self.words)
        return Token(self.bounds[2 * index], self.bounds[2 * index + 1], self.words[index], self.keys[index])

    def __iter__(self):
        return (self[index] for index in range(len(self.words)))


class Analyser(Protocol):
    lang: str

    def analyse(self, text: str) -> Tokens: ...


_MODULES = {"ru": "ru_morphology", "en": "latin", "fr": "latin", "es": "latin", "ar": "ar_clitics", "zh": "zh_characters"}


@lru_cache(maxsize=None)
def analyser(lang: str) -> Analyser:
    if lang not in LANGUAGES:
        raise KeyError(lang)
    return import_module(f"pipeline.lang.analysers.{_MODULES[lang]}").build(lang)


def exact(text: str) -> str:
    return "=" + text


def analysed_as_read(analyse, text: str) -> Tokens:
    """`analyse(text)` with the characters that change no word folded or left out
    (pipeline/invisible.py), its offsets still in `text` (most texts have none, and are
    analysed as they are)."""
    if UNUSUAL.search(text) is None:
        return analyse(text)
    read, kept = read_through(text)
    tokens = analyse(read)
    if kept is not None:
        # Bounds alternate start, end (the last is the read text's length).
        tokens.bounds = [start_in(kept, len(text), bound) if index % 2 == 0 else end_in(kept, bound)
                         for index, bound in enumerate(tokens.bounds)]
    return tokens
