"""What a reviser changed in a segment: a word-level diff of the draft against the revised text,
character-level for Chinese (no spaces to find words by: one changed character would otherwise
mark the whole sentence changed). Words are letters and digits with their combining marks
(Arabic vowels and shadda stay in their word); punctuation is a token of its own, so that a
comma added after a word does not show the word as changed; whitespace is kept as tokens so
that the pieces join back to both texts exactly."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pipeline.lang import profile

_MARKS = "\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
_TOKEN = re.compile(rf"(?:\w|[{_MARKS}])+|\s+|.", re.DOTALL)


def tokens(text: str, lang: str) -> list[str]:
    if lang and profile(lang).unspaced:
        return list(text)
    return _TOKEN.findall(text)


def word_diff(draft: str, revised: str, lang: str) -> list[tuple[str, str]]:
    """(op, text) pieces, op one of "=", "-" (in the draft only), "+" (in the revision only):
    the "=" and "-" pieces join to the draft, the "=" and "+" pieces to the revision."""
    old, new = tokens(draft, lang), tokens(revised, lang)
    pieces: list[tuple[str, str]] = []

    def add(op: str, part: list[str]) -> None:
        if not part:
            return
        if pieces and pieces[-1][0] == op:
            pieces[-1] = (op, pieces[-1][1] + "".join(part))
        else:
            pieces.append((op, "".join(part)))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            add("=", old[i1:i2])
        else:
            add("-", old[i1:i2])
            add("+", new[j1:j2])
    return pieces


def plain(pieces: list[tuple[str, str]]) -> str:
    """As `git diff --word-diff=plain` shows it: [-removed-]{+added+}."""
    return "".join(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}" for op, text in pieces)
