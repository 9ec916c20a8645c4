"""The order of values that `respectively` pairs with another list (`the meetings held in
Vienna and New York cost US$ 45,300 and US$ 12,800, respectively`): a version that gives them
in another order pairs each with the other's item, and its values are the source's all the
same, which is all NUM001 and NUM002 compare. Read where the source has the word and the
version its language's (LanguageProfile.respectively), on the values whose place the value
reading keeps (numbers in digits, dates).

Only plain lists are read, as a translation that restructures a sentence may rightly give the
values in another order: in the source, the only values of their kind in the word's clause,
side by side with a comma or a conjunction between (`45 per cent and 55 per cent`); in the
version, the same values side by side too, its word beside them, in the same clause. A clause
with other values of the kind (`in 2021 and 2022, 45 and 12 cases`, `under item 4, 45 and 55
per cent`) is left alone: a version may give both lists the other way round, or each value
with its pair (`10 % pour atteindre 500 dollars et 20 % pour atteindre 600 dollars`), and which
it did is not guessed. The items the values go with are words no reading compares: a version
that turns the items round with the values (`women and men … 55 % and 45 %` for `men and women
… 45 and 55 per cent`) is reported as one that turned the values alone, to be suppressed
(`# hexaglot: ignore NUM001`) where it is right.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.extract.sentences import split_sentences
from pipeline.lang import profile
from pipeline.value_extraction import Values

# How far from the word a list may end (`US$ 12,800, respectively`, `12 800 dollars,
# respectivement`, `分别为45,300美元`), and how far apart two of its values may stand (`45 per cent
# and 55 per cent`, `45 300 et 12 800 dollars`, `300 45 دولار و800 12`), in characters.
_TO_THE_WORD = 40
_BETWEEN_VALUES = 16
# (Not a stop, which an abbreviation ends with too: `долл. США соответственно`, `EE. UU.`)
_CLAUSE_END = re.compile(r"[;!?](?=\s|$)|[。；！？؛]")


class Reordered(NamedTuple):
    """A list of the source's values that the version gives in another order."""

    source: tuple  # the values in the source's order
    version: tuple  # the same values in the version's order
    start: int  # where the version's list of them stands
    end: int


def in_another_order(source_text: str, source_values: Values, source_lang: str, text: str, values: Values, lang: str,
                     kind: str) -> Reordered | None:
    """The first plain list of values of `kind` ("number", "date") that the source pairs with
    another by its word for `respectively` and that the version, its word beside them, gives
    in another order; None where there is none."""
    source_word, version_word = _word(source_lang), _word(lang)
    if source_word is None or version_word is None or not source_word.search(source_text) or not version_word.search(text):
        return None
    placed = _placed(values, kind)
    for listed in _lists(source_text, source_lang, _placed(source_values, kind), source_word, _joiner(source_lang)):
        keys = [_key(value, kind) for value, _, _ in listed]
        if len(set(keys)) != len(keys):
            continue
        found = [[place for place in placed if _key(place[0], kind) == key] for key in keys]
        if any(len(places) != 1 for places in found):
            continue  # a value missing (NUM001's) or given twice: which is which is not guessed
        mine = sorted((places[0] for places in found), key=lambda place: place[1])
        at = placed.index(mine[0])
        if placed[at:at + len(mine)] != mine or not _a_list(text, mine, _joiner(lang)) \
                or not _beside(text, mine[0][1], mine[-1][2], version_word):
            continue
        order = sorted(range(len(keys)), key=lambda i: found[i][0][1])
        if order != list(range(len(keys))):
            return Reordered(tuple(value for value, _, _ in listed), tuple(listed[i][0] for i in order),
                             mine[0][1], mine[-1][2])
    return None


def _lists(text: str, lang: str, placed: list[tuple], word: re.Pattern[str], joins: re.Pattern[str]) -> list[list[tuple]]:
    """Each plain list the word pairs: the values of its clause, two at least, side by side
    (_a_list) and beside the word, before it (`A and B, respectively`) or after it
    (`respectivement A et B`)."""
    lists = []
    for match in word.finditer(text):
        start, end = _clause(text, lang, match.start(), match.end())
        listed = [place for place in placed if start <= place[1] and place[2] <= end]
        if len(listed) in (2, 3) and _a_list(text, listed, joins) and _beside(text, listed[0][1], listed[-1][2], word) \
                and (len(listed) == 2 or not _WORDED_GAP.search(text[listed[0][2]:listed[1][1]])):
            lists.append(listed)
    return lists


# Three values with a word between the first two (a conjunction: `in 2021 and 2022, 45 cases`)
# are two lists, not one (`10, 20 and 30`); and four or more are read as no list.
_WORDED_GAP = re.compile(r"\w")


def _a_list(text: str, places: list[tuple], joins: re.Pattern[str]) -> bool:
    """Whether values (in the text's order) stand side by side as a list's items: little
    between each two, a comma or a conjunction in it."""
    for before, after in zip(places, places[1:]):
        if before[1:] == after[1:]:
            continue  # two days of one date (`3 and 5 May`): a list as written
        gap = text[before[2]:after[1]]
        if len(gap) > _BETWEEN_VALUES or not joins.search(gap) or _CLAUSE_END.search(gap):
            return False
    return True


def _beside(text: str, start: int, end: int, word: re.Pattern[str]) -> bool:
    """Whether the word stands just before or just after text[start:end], in its clause."""
    for match in word.finditer(text):
        between = text[end:match.start()] if match.start() >= end else text[match.end():start] if match.end() <= start else ""
        if len(between) <= _TO_THE_WORD and not _CLAUSE_END.search(between):
            return True
    return False


def _clause(text: str, lang: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause that holds text[start:end]: in its sentence (as extraction
    splits them, an abbreviation's stop no end: `долл. США`), up to a semicolon or a mark that
    ends one."""
    sentence = next(((a, b) for a, b in split_sentences(text, profile(lang)) if a <= start and end <= b), (0, len(text)))
    before = [found.end() for found in _CLAUSE_END.finditer(text, sentence[0], start)]
    after = _CLAUSE_END.search(text, end, sentence[1])
    return (before[-1] if before else sentence[0]), (after.start() if after else sentence[1])


def _placed(values: Values, kind: str) -> list[tuple]:
    """(value, start, end) of each value of the kind, in the text's order: a date's place, which
    may hold a range's two days (`1 and 15 March`), gives each of them."""
    placed = []
    for place_kind, value, start, end in sorted(values.places, key=lambda place: place[2]):
        if place_kind != kind:
            continue
        placed += [(one, start, end) for one in value] if kind == "date" else [(value, start, end)]
    return placed


def _key(value, kind: str):
    """A date by its day and month (a version may give the year once where the source gives it twice)."""
    return value[:2] if kind == "date" else value


@lru_cache(maxsize=None)
def _joiner(lang: str) -> re.Pattern[str]:
    """What joins two items of a list in the language: a comma (`,`, `،`, `，`, `、`), its
    conjunctions (`and`, `or`, `et`, `y`, `и`), its joining marks (`和`, `与`) and a conjunction
    written onto the next word (Arabic `و`)."""
    language = profile(lang)
    words = "|".join(map(re.escape, sorted(language.coordinating_conjunctions, key=len, reverse=True)))
    parts = [r"[,،，、]"]
    if words:
        parts.append(rf"(?<!\w)(?:{words})(?!\w)")
    if language.coordinating_marks:
        parts.append(f"[{re.escape(language.coordinating_marks)}]")
    parts += [rf"(?<!\w){re.escape(prefix)}$" for prefix in language.coordinating_prefixes]
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=None)
def _word(lang: str) -> re.Pattern[str] | None:
    written = profile(lang).respectively
    return re.compile(written, re.IGNORECASE) if written else None
