"""Characters that change no word and no number, which catalogs from CAT tools and Word carry:
a non-breaking or Unicode hyphen (U+2011, U+2010) is a hyphen, the modifier letter apostrophe
(U+02BC) an apostrophe; a soft hyphen (Word's optional hyphen), the zero-width space,
non-joiner and joiner, the word joiner and a stray byte-order mark are nothing; and so are the
marks that set the direction of the text around them (the left-to-right and right-to-left
marks, Arabic's letter mark, the embeddings, overrides and isolates), which Arabic translators
and their tools put around Latin digits and links (`‏27‏ و28 حزيران/يونيه`). Read as they
are, each cut a term in two (`Государства‑участники`, `взаим­ная`) and a number in two
(`1​500` read as 1 and 500), a day from its month (NUM002 on a correct Arabic date), a
magnitude from its number, and went into a link. The term index and the value reading see
through them; TYPO003 names the invisible ones a translation adds (an override anywhere, an
embedding or isolate in a language written left to right).
"""

from __future__ import annotations

import re

FOLDED = str.maketrans({"\u2010": "-", "\u2011": "-", "\u02bc": "’"})
_DIRECTION = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff" + _DIRECTION)
UNUSUAL = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff\u2010\u2011\u02bc\u061c\u202a-\u202e\u2066-\u2069]")


def read_through(text: str) -> tuple[str, list[int] | None]:
    """(the text as read: folded, the invisible characters left out; for each of its
    characters, where it stands in `text`, or None where none was left out)."""
    folded = text.translate(FOLDED)
    kept = [at for at, char in enumerate(folded) if char not in DROPPED]
    if len(kept) == len(folded):
        return folded, None
    return "".join(map(folded.__getitem__, kept)), kept


def start_in(kept: list[int], length: int, at: int) -> int:
    """Where an offset of the text as read that begins something stands in the text (its
    `length`): at its character."""
    return kept[at] if at < len(kept) else length


def end_in(kept: list[int], at: int) -> int:
    """Where an offset of the text as read that ends something stands in the text: just after
    the character before it."""
    return kept[at - 1] + 1 if at > 0 else 0
