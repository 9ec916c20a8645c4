"""How common a word is in a language, from wordfreq's word lists: looked up as written
(case-folded), without wordfreq's tokenizers (its Chinese one needs jieba, not installed), so a
Latin word is scored in a Chinese text as in a Russian one.

Importing wordfreq and reading one language's list took 0.2 s and 0.15 s (two languages for a
check of one page: a sixth of its run, bench/latency.py); the list is kept as a stored table
(pipeline/lang/stored.py), keyed on wordfreq's version, and read back in milliseconds."""

from __future__ import annotations

import math
from functools import lru_cache
from importlib.metadata import version

from pipeline.lang.stored import PackedTable, stored_table


@lru_cache(maxsize=None)
def _frequencies(lang: str) -> PackedTable:
    return stored_table(f"wordfreq-{lang}", _word_list, lang, version("wordfreq"))


def _word_list(lang: str, wordfreq_version: str) -> dict[str, str]:
    from wordfreq import get_frequency_dict  # only when no run has stored the list yet

    listed = get_frequency_dict(lang)
    # Half a million words share a few hundred frequencies (wordfreq keeps them in bins): each
    # written once, and the words mapped to them in C.
    written = {frequency: repr(frequency) for frequency in set(listed.values())}
    return dict(zip(listed, map(written.__getitem__, listed.values())))


def zipf(word: str, lang: str) -> float:
    """The word's Zipf frequency in the language (log10 of uses per billion words: `the` 7.7,
    `ready` in English 5.3, in French 3.3), 0 for a word the list does not have."""
    frequency = _frequencies(lang).get(word.casefold())
    return math.log10(float(frequency) * 1e9) if frequency else 0.0
