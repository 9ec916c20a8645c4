"""Sentence splitting per language: the sentence is the translation unit.

Rule-based, because the abbreviations that matter are those of UN documents (`10 час. 00
мин.`, `см.`, `p. 47`, `a.m.`) and tested libraries get them wrong (pySBD splits
`10 час. | 00 мин.` and Arabic dates). URLs and symbols such as `CTOC/COP/WG.7/2022/2` are
safe because a boundary needs whitespace after the stop.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang import LanguageProfile
from pipeline.lang.document_parts import NUMBERED_RESOLUTION
from pipeline.model import CLOSING_MARKS

_OPENERS = "\"'«“‘([¿¡（《「『［〈"


def split_sentences(text: str, profile: LanguageProfile) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences of `text`, without surrounding whitespace."""
    boundary = _boundary(profile.sentence_end, profile.unspaced)
    spans: list[tuple[int, int]] = []
    start = 0
    numbered = NUMBERED_RESOLUTION.match(text)
    for match in boundary.finditer(text):
        end = match.end()
        if numbered is not None and end < numbered.end():
            continue  # `78/231. Strengthening …`: a resolution's number, not a sentence of its title
        # Offsets, not slices: a paragraph has several stops, and copying the rest of it at
        # each made splitting quadratic in its length.
        following = _SPACES.match(text, end).end()
        if following == len(text):
            break
        if not profile.unspaced and not _is_boundary(text, match.start(), text[following], profile):
            continue
        if not profile.cased and _quoted_inside_a_sentence(text, match, start, following, profile):
            continue
        spans.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return spans


_SPACES = re.compile(r"\s*")


@lru_cache(maxsize=None)
def _boundary(sentence_end: str, unspaced: bool) -> re.Pattern[str]:
    if unspaced:
        # And a Latin stop typed between two Chinese sentences (`开始.项目`), which TYPO011
        # reports: read as no end, its paragraph went whole and fuzzy, and unchecked.
        return re.compile(f"[{re.escape(sentence_end)}]+[{re.escape(CLOSING_MARKS)}]*"
                          "|(?<=[\u4e00-\u9fff])\\.(?=[\u4e00-\u9fff])")
    # French closes a quotation with a space inside its guillemets (`… infraction. » D'autres`):
    # the `»` after it is the sentence's too, or the next sentence began with `»`, no capital.
    return re.compile(f"[{re.escape(sentence_end)}]+[{re.escape(CLOSING_MARKS)}]*(?:[ \u00a0\u202f]»)*(?=\\s)")


def _is_boundary(text: str, stop: int, first: str, profile: LanguageProfile) -> bool:
    """Is the stop at `stop`, followed by whitespace and `first`, the end of a sentence?"""
    if text[stop] == ".":
        word_start = stop
        while word_start and not text[word_start - 1].isspace():
            word_start -= 1
        word = text[word_start:stop + 1].lstrip(_OPENERS).casefold()
        if word not in profile.abbreviations:
            word = _ELIDED.sub("", word)  # French `l'art.`, `d'env.`: the abbreviation after the article
        if word in profile.final_abbreviations:
            return first.isupper() and not _continues(text, stop, profile)
        if word in profile.abbreviations:
            return False
        if word in _CITED_BEFORE_A_NUMBER and first.isdigit():
            return False
        # An initial ("J. Smith") or a letter of a list ("a. ...") is not a sentence.
        if len(word) == 2 and word[0].isalpha():
            return False
    if profile.cased:
        return first.isupper() or first.isdigit() or first in _OPENERS
    return True


# The quotation marks a quotation opens with, by the mark that closes it.
_OPENING_QUOTE = {"”": "“", "»": "«", "」": "「", "』": "『", '"': '"', "’": "‘"}


def _quoted_inside_a_sentence(text: str, match: re.Match[str], start: int, following: int, profile: LanguageProfile) -> bool:
    """Whether a question or exclamation ends a title or a quotation that the sentence goes on
    after, where no capital letter tells (Chinese, Arabic). In Chinese: a title always
    (`《谁来保护移民？》一书`), as a sentence that ends with one puts its `。` after it; a
    quotation opened inside the sentence, not at its start nor after a colon (`就“私营部门还能
    做什么？”进行了讨论`), as a sentence ended after such a quotation takes its `。` after it too.
    In Arabic: a quotation in the Latin script (an English title, `“Who Pays the Price?” التي
    نشرت`), or one the sentence goes on after with a relative pronoun (`… ؟” التي`); a quoted
    question before و may end one, and does. A full stop inside ends the sentence with it."""
    ending = match.group(0).rstrip(CLOSING_MARKS)
    closing = match.group(0)[len(ending):]
    if not closing or ending[-1:] in ".。…":
        return False
    if closing[0] in "》〉":
        return True
    if closing[0] not in _OPENING_QUOTE:
        return False
    opened = text.rfind(_OPENING_QUOTE[closing[0]], start, match.start())
    if opened < 0:
        return False
    if not profile.unspaced:
        quoted = text[opened + 1:match.start()]
        latin = sum(ch.isascii() and ch.isalpha() for ch in quoted)
        return latin * 2 > sum(ch.isalpha() for ch in quoted) or text.startswith(_GOES_ON_ARABIC, following)
    before = text[start:opened].rstrip()
    # (direct speech opens after a colon or a comma: `一位代表问道，“……？”会议随后休会。`)
    return bool(before) and before[-1] not in ":：，" + profile.sentence_end


# The relative pronouns an Arabic sentence goes on with after a quotation (which, who).
_GOES_ON_ARABIC = ("التي ", "الذي ", "الذين ", "اللذين ", "اللتين ", "اللواتي ", "اللاتي ")


_ELIDED = re.compile(r"^[^\W\d_]{1,7}['’]")
# What a document symbol or a treaty citation keeps in English in every version, before its
# number: `A/78/6 (Sect. 16)`, `Treaty Series, vol. 2237, No. 39574`, `Suppl. No. 23`. Not a
# sentence's end in any language when a number follows.
_CITED_BEFORE_A_NUMBER = frozenset("sect. vol. vols. no. nos. suppl. add. corr. rev. chap. para. paras. art. p. pp.".split())


def _continues(text: str, stop: int, profile: LanguageProfile) -> bool:
    """Whether what follows the abbreviation ending at `stop` goes on with its sentence."""
    if not profile.continues_after_abbreviation:
        return False
    following = _SPACES.match(text, stop + 1).end()
    return _continuation(profile.continues_after_abbreviation).match(text, following) is not None


@lru_cache(maxsize=None)
def _continuation(expression: str) -> re.Pattern[str]:
    return re.compile(expression)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
