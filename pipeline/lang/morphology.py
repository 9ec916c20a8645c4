"""pymorphy3's Russian dictionary: the one morphological analyser hexaglot uses (term keys,
number words, ordinal dates, agreement, inflection, hyphenation, unknown words), and which
of a noun's numbers are in use."""

from __future__ import annotations

from functools import lru_cache

from pipeline.lang.word_frequency import zipf


@lru_cache(maxsize=1)
def morph_analyzer():
    """pymorphy3's analyser: expensive to build (≈0.5 s, its dictionary loaded), so built once
    per process, on first use: most runs without Russian never load it."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def attested_numbers(noun) -> frozenset[str]:
    """The numbers (`sing`, `plur`) of a noun's paradigm (a pymorphy3 parse) that are in use:
    some form only that number has (`помощей`, not `помощи`, which the genitive singular
    shares) is in wordfreq's word list. OpenCorpora, pymorphy3's dictionary, inflects most
    nouns through both numbers by rule and tags only some singularia tantum (Sgtm:
    `отмывание`): `торговель`, `помощей`, `преступностей` are forms of no text. A compound
    (`государство-участник`) is taken as in use in both: the list holds no hyphenated words."""
    if "-" in noun.word:
        return frozenset(("sing", "plur"))
    forms_by_number: dict[str, set[str]] = {"sing": set(), "plur": set()}
    for form in noun.lexeme:
        if form.tag.number in forms_by_number:
            forms_by_number[form.tag.number].add(form.word)
    return frozenset(number for number, words in forms_by_number.items()
                     if any(zipf(word, "ru") > 0 for word in words - forms_by_number[_OTHER_NUMBER[number]]))


_OTHER_NUMBER = {"sing": "plur", "plur": "sing"}
