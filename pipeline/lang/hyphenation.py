"""Deciding whether a word broken across two lines by a hyphen is one word or a compound.

PDF-extracted text hyphenates words at line ends (`предупре-` / `ждения`), but some words
carry a real hyphen that happens to fall at the break (`интернет-` / `провайдерами`). The
language's own lexicon decides: pymorphy3's dictionary for Russian, wordfreq's word lists
for English, French and Spanish. Where the lexicon cannot tell, the document's own usage of
either form elsewhere decides; failing that, the break is taken as a soft hyphen (by far the
commoner case).
"""

from __future__ import annotations

from collections import Counter

from pipeline.lang import LanguageProfile
from pipeline.lang.morphology import morph_analyzer

# Zipf frequency 3 is once per million words: a joined form that common is a word
# (`plataforma` 4.7, `ampliada` 3.3), while joined compounds stay below it (`followup` 2.9,
# `nongovernmental` 2.6, `peutêtre` 2.3, `crossborder` 1.5).
_COMMON_WORD_ZIPF = 3.0
# A part of a compound must itself be a word of some frequency (`peut`, `être`, `border`).
_PART_WORD_ZIPF = 2.5


def _is_a_word(text: str, profile: LanguageProfile) -> bool:
    from wordfreq import zipf_frequency

    return zipf_frequency(text.casefold(), profile.code) >= _PART_WORD_ZIPF


def decide(left: str, right: str, profile: LanguageProfile, usage: Counter[str]) -> tuple[bool, str]:
    """(keep_hyphen, reason) for `left-` at a line end followed by `right`."""
    joined = (left + right).casefold()
    hyphenated = f"{left}-{right}".casefold()
    if left.casefold() in profile.hyphen_prefixes and _is_a_word(right, profile):
        # (`anti-` / `cipate` is anticipate broken: the rest must be a word of its own.)
        return True, f"'{left.casefold()}-' keeps its hyphen in UN style"
    lean: bool | None = None
    if profile.hyphenation == "morphology":
        morph = morph_analyzer()
        joined_known = morph.word_is_known(joined)
        hyphenated_known = morph.word_is_known(hyphenated)
        if joined_known and not hyphenated_known:
            return False, f"pymorphy3 knows '{joined}', not '{hyphenated}'"
        if hyphenated_known and not joined_known:
            return True, f"pymorphy3 knows '{hyphenated}', not '{joined}'"
        if joined_known:
            what = "pymorphy3 knows both forms"
        else:
            # Compounds are often missing whole (государств-участников) while their parts
            # are words; the fragments of a soft break are not (предупре-, -ждения).
            lean = all(morph.word_is_known(part.casefold()) for part in (left, right))
            what = "pymorphy3 knows neither form" + (", but both parts" if lean else "")
    elif profile.hyphenation == "frequency":
        # wordfreq splits a hyphenated form into its parts and scores the phrase, so the two
        # scores are not comparable (`plata-forma` outscores `plataforma`). What it does tell
        # well is whether the joined form is a common word, and whether each part is one.
        from wordfreq import zipf_frequency

        joined_zipf = zipf_frequency(joined, profile.code)
        if joined_zipf >= _COMMON_WORD_ZIPF:
            return False, f"wordfreq knows '{joined}' as a common word ({joined_zipf:.1f})"
        parts_are_words = all(
            zipf_frequency(part.casefold(), profile.code) >= _PART_WORD_ZIPF for part in (left, right)
        )
        lean = parts_are_words
        what = f"'{joined}' is rare ({joined_zipf:.1f})" + (
            ", both parts are words" if parts_are_words else ", a part is not a word"
        )
    else:
        what = "no lexicon for this script"

    if usage[hyphenated] > usage[joined]:
        return True, f"{what}; the document writes '{hyphenated}' elsewhere"
    if usage[joined] > usage[hyphenated]:
        return False, f"{what}; the document writes '{joined}' elsewhere"
    if lean is not None:
        return lean, f"{what}; " + ("kept as a compound" if lean else "taken as a soft hyphen")
    return False, f"{what}; taken as a soft hyphen"
