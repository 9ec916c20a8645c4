"""Fractions written in words, in each of the six languages: `two thirds`, `deux tiers`, `dos
tercios` and `las dos terceras partes`, `две трети`, `三分之二`, `ثلثا`; and a half (`half of`, `la
moitié`, `la mitad`, `половина`, `一半`, `نصف`).

A fraction is a value of the text as a figure is: `Un tercio de los Estados partes` for `Two
thirds of the States parties` changes what the sentence says, and was passed, the fraction
blanked so that its numerator was no count. Each language's profile gives the expression that
finds one (`fraction_pattern`, with the numerator and the denominator as groups `num` and
`den`, and `half_pattern`); this module reads the value, by the words' stems.
"""

from __future__ import annotations

import re

from pipeline.lang.zh_numerals import chinese_numeral

# The numerators and denominators, by the start of their words (Russian declines them: `двух
# третей`, `трех пятых`), longest first where one starts another.
_NUMERATORS = {
    "en": {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5},
    "es": {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4},
    "fr": {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4},
    "ru": {"одн": 1, "дв": 2, "тр": 3, "четыр": 4},
    "ar": {"ثلاث": 3},
}
_DENOMINATORS = {
    "en": {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5},
    "es": {"terc": 3, "cuart": 4, "quint": 5},
    "fr": {"tiers": 3, "quart": 4, "cinqui": 5},
    "ru": {"трет": 3, "четверт": 4, "пят": 5},
    "ar": {"أرباع": 4, "ارباع": 4},
}
# The fractions a word of its own writes, by its stem: Arabic's dual `ثلثا` (nominative, in a
# construct: `ثلثا الدول`) and `ثلثي`, two thirds; `ثلث`, a third; `ربع`, a quarter; Russian's
# `треть`, `четверть` alone (`треть государств`), a third and a quarter.
_WORDS = {"ar": {"ثلثا": 2 / 3, "ثلثي": 2 / 3, "ثلث": 1 / 3, "ربع": 1 / 4}, "ru": {"трет": 1 / 3, "четверт": 1 / 4}}


def fraction_value(match: re.Match[str], lang: str) -> float | None:
    """The value of a fraction the language's fraction_pattern found, or None where its words
    are not known here (the fraction is still blanked: its numerator is no count)."""
    groups = match.groupdict()
    if groups.get("word"):
        words = _WORDS.get(lang, {})
        value = words.get(groups["word"]) or words.get(next((stem for stem in words if groups["word"].lower().startswith(stem)), ""))
        return round(value, 4) if value is not None else None
    num, den = groups.get("num") or groups.get("num2"), groups.get("den") or groups.get("den2")
    if num is None or den is None:
        return None
    if lang == "zh":
        numerator, denominator = (int(written) if written.isdigit() else chinese_numeral(written) for written in (num, den))
    else:
        numerator, denominator = _by_stem(num, _NUMERATORS.get(lang, {})), _by_stem(den, _DENOMINATORS.get(lang, {}))
    if not numerator or not denominator:
        return None
    return round(numerator / denominator, 4)


def _by_stem(word: str, stems: dict[str, int]) -> int | None:
    word = word.lower()
    found = [stem for stem in stems if word.startswith(stem)]
    return stems[max(found, key=len)] if found else None
