"""Sentence splitting per language: the sentence is the translation unit.

Rule-based, because the abbreviations that matter are those of UN documents (`10 час. 00
мин.`, `см.`, `p. 47`, `a.m.`) and tested libraries get them wrong (pySBD splits
`10 час. | 00 мин.` and Arabic dates). URLs and symbols such as `CTOC/COP/WG.7/2022/2` are
safe because a boundary needs whitespace after the stop.
"""

from __future__ import annotations

import re

from pipeline.lang import LanguageProfile

_CLOSERS = "\"'»”’)]）》」』"
_OPENERS = "\"'«“‘([¿¡（《「『"


def split_sentences(text: str, profile: LanguageProfile) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, without surrounding whitespace."""
    if profile.unspaced:
        boundary = re.compile(f"[{re.escape(profile.sentence_end)}]+[{re.escape(_CLOSERS)}]*")
    else:
        boundary = re.compile(f"[{re.escape(profile.sentence_end)}]+[{re.escape(_CLOSERS)}]*(?=\\s)")
    spans: list[tuple[int, int]] = []
    start = 0
    for match in boundary.finditer(text):
        end = match.end()
        rest = text[end:].lstrip()
        if not rest:
            break
        if not profile.unspaced and not _is_boundary(text, match.start(), rest, profile):
            continue
        spans.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


def _is_boundary(text: str, stop: int, rest: str, profile: LanguageProfile) -> bool:
    if text[stop] == ".":
        word = text[:stop + 1].split()[-1].lstrip(_OPENERS).casefold()
        if word in profile.final_abbreviations:
            return rest[0].isupper()
        if word in profile.abbreviations:
            return False
        # An initial ("J. Smith") or a letter of a list ("a. ...") is not a sentence.
        if len(word) == 2 and word[0].isalpha():
            return False
    if profile.cased:
        first = rest[0]
        return first.isupper() or first.isdigit() or first in _OPENERS
    return True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
