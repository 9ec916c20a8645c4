"""How common a word is in a language, from wordfreq's word lists: looked up as written
(case-folded), without wordfreq's tokenizers (its Chinese one needs jieba, not installed), so a
Latin word is scored in a Chinese text as in a Russian one."""

from __future__ import annotations

import math
from functools import lru_cache


@lru_cache(maxsize=None)
def _frequencies(lang: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict  # ~0.3 s a language: only when a check asks

    return get_frequency_dict(lang)


def zipf(word: str, lang: str) -> float:
    """The word's Zipf frequency in the language (log10 of uses per billion words: `the` 7.7,
    `ready` in English 5.3, in French 3.3), 0 for a word the list does not have."""
    frequency = _frequencies(lang).get(word.casefold(), 0.0)
    return math.log10(frequency * 1e9) if frequency else 0.0
