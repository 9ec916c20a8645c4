"""Chinese words, for the one thing hexaglot needs them for: telling a term from characters
that only look like it across two words (`工作组`, the working group, in `工作组织`, "work
organisation", is `工作` + `组织`). Terms are still matched character by character
(analysers/zh_characters.py); a match with an edge inside a word that does not hold the whole
match is dropped, as a Spanish `migrantes` is not found in `inmigrantes`. A word that holds
the term whole is a compound of it and is found, as English finds `money-laundering` in
`anti-money-laundering`: `洗钱` in `反洗钱`, `移民` in `移民局`.

jieba-rs (rjieba) segments, with its dictionary alone: its HMM guesses words the dictionary
lacks and would join a term to the name beside it. Imported on first use (0.1 s, its
dictionary): only a Chinese text with a term in it needs it.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[int, int], ...]:
    """Where each word of `text` begins and ends."""
    import rjieba

    return tuple((start, end) for _word, start, end in rjieba.tokenize(text, hmm=False))


def cuts_a_word(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] begins or ends inside a word that does not hold it whole."""
    for first, last in _words(text):
        if first >= end:
            break
        if (first < start < last or first < end < last) and not (first <= start and end <= last):
            return True
    return False
