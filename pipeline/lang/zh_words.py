"""Chinese words, for one thing: telling where a term's characters run across two words of
the text (`工作组`, the working group, in `工作组织`, "work organisation", is `工作` + `组织`;
`没收`, confiscation, in `他们没收入`, "they have no income"). Terms are matched character by
character (analysers/zh_characters.py), and such a match is said, as a note (TERM006), not
dropped: a segmenter's words are a guess, and where they cut a term wrongly (`刑事司法对策应`,
`对` + `策应`) dropping the match gave correct translations a false TERM001.

Not said: a word that holds the whole match (`反洗钱` holds `洗钱`, as English
`anti-money-laundering` holds `money-laundering`), and a word that joins a whole word of the
term to what follows or precedes it (`合作项目` holds `合作` of `国际合作`, `会议议程` holds
`会议` of `缔约方会议`): compounds of the term's words, which the dictionary lists; nor a
term that begins with the measure word of a numeral before it (`届会` in `第十一届会议`).

jieba-rs (rjieba) segments, with its dictionary alone (its HMM guesses words the dictionary
lacks and would join a term to the name beside it). Imported on first use (0.1 s).
"""

from __future__ import annotations

import re
from functools import lru_cache

# A numeral or a determiner with its measure word (`第十一届`, `每届`, `各项`): the measure word
# belongs to the noun after it as much as to the number, and a term that begins with it
# (`届会`, session, in `第十一届会议`) is the term.
_COUNTED = re.compile(r"(?:第?[零〇一二三四五六七八九十百千万两\d]+|[每各本上下历该])[届次个项名位种类份条]")


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[int, int], ...]:
    """Where each word of `text` begins and ends."""
    import rjieba

    return tuple((start, end) for _word, start, end in rjieba.tokenize(text, hmm=False))


# A numeral or a determiner just before a measure word (`第21`, `每`).
_COUNTING = re.compile(r"(?:第?[零〇一二三四五六七八九十百千万两\d]+|[每各本上下历该])$")
_MEASURE_WORDS = "届次个项名位种类份条"


def word_cut(text: str, start: int, end: int) -> str:
    """The word of `text` that text[start:end] begins or ends inside of, cutting it where it
    is no compound of the match or of a whole word of it; "" where there is none."""
    import rjieba

    if text[start:start + 1] in _MEASURE_WORDS and _COUNTING.search(text, 0, start):
        return ""  # 第21|届 会|议: the term begins with the measure word, and is 届 + 会议

    for first, last in _words(text):
        if first >= end:
            break
        if not (first < start < last or first < end < last) or (first <= start and end <= last):
            continue
        inside = text[max(first, start):min(last, end)]
        if len(inside) > 1 and rjieba.has_word(inside):
            continue  # 合作|项目: a word of the term and another joined
        if first < start and _COUNTED.fullmatch(text, first, last):
            return ""  # 第十一|届 会|议: the term begins with the measure word, and is 届 + 会议
        return text[first:last]
    return ""
