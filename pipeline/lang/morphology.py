"""pymorphy3's Russian dictionary: the one morphological analyser hexaglot uses (term keys,
number words, ordinal dates, agreement, inflection, hyphenation, unknown words)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def morph_analyzer():
    """pymorphy3's analyser: expensive to build (≈0.5 s, its dictionary loaded), so built once
    per process, on first use: most runs without Russian never load it."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")
