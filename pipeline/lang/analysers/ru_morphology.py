"""Russian: spaCy's tokenizer rules (applied without importing spaCy: rule_tokenizer.py) and
pymorphy3, every reading's normal form as a key.

Each distinct word is analysed once (a dict cache: ≈3,000,000 lookups/s against ≈70,000
words/s for pymorphy3 itself). ё is folded to е, and Latin letters that look Cyrillic inside a
Cyrillic word are folded for matching (`Рабочaя группa` still names the Working Group);
reporting them is TYPO001's job, not the matcher's.
"""

from __future__ import annotations

from pipeline.lang.analysers import Tokens, exact
from pipeline.lang.analysers.rule_tokenizer import RuleTokenizer
from pipeline.lang.morphology import morph_analyzer

# Latin (and a few other) letters that look like Cyrillic ones.
_DASHES = {"-", "‐", "–", "—"}
CONFUSABLES = str.maketrans("aceopxyAEKMHOPCTXBi", "асеорхуАЕКМНОРСТХВі")


def fold_confusables(word: str) -> str:
    """A mostly Cyrillic word with Latin look-alikes in it, written in Cyrillic throughout."""
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in word)
    if cyrillic and cyrillic < len(word) and cyrillic * 2 >= sum(ch.isalpha() for ch in word):
        return word.translate(CONFUSABLES)
    return word


class RussianAnalyser:
    lang = "ru"

    def __init__(self):
        self.tokenizer = RuleTokenizer("ru")
        self.morph = morph_analyzer()
        self.cache: dict[str, frozenset[str]] = {}

    def keys(self, word: str) -> frozenset[str]:
        cached = self.cache.get(word)
        if cached is None:
            folded = fold_confusables(word).lower().replace("ё", "е")
            keys = {folded}
            if folded in _DASHES:
                # A compound whose second part has a dependent is written with a spaced dash
                # (`государства — участники Конвенции`): the same compound as with a hyphen.
                keys.add("-")
            elif any(ch.isalpha() for ch in folded):
                keys.update(p.normal_form.replace("ё", "е") for p in self.morph.parse(folded))
            cached = self.cache[word] = frozenset(keys | {exact(word)})
        return cached

    def analyse(self, text: str) -> Tokens:
        words, bounds = self.tokenizer.tokens(text)
        known = self.cache.get
        keys = list(map(known, words))
        if None in keys:
            keys = [k if k is not None else self.keys(w) for k, w in zip(keys, words)]
        return Tokens(words, keys, bounds)

    def parses(self, word: str):
        return self.morph.parse(fold_confusables(word).lower().replace("ё", "е"))


def build(lang: str) -> RussianAnalyser:
    return RussianAnalyser()
