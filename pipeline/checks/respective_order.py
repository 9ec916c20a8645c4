"""The order of values that `respectively` pairs with another list (`the meetings held in
Vienna and New York on 1 March and 15 April 2024, respectively`): a version that gives them
in another order pairs each with the other's item, and its values are the source's all the
same, which is all NUM001 and NUM002 compare. Read where the source has the word and the
version its language's (LanguageProfile.respectively), on the values whose place the value
reading keeps (numbers in digits, dates).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.lang import profile
from pipeline.value_extraction import Values

# How far from the word a list may end (`US$ 12,800, respectively`, `12 800 dollars,
# respectivement`), and how far apart two of its values may stand (`45,300 and US$ 12,800`,
# `le 1er mars 2024 et le 15 avril 2024`, `300 45 دولار و800 12`), in characters; never across
# a clause's end. Farther apart they are two lists (`paragraphs 3 and 4 refer to articles 5
# and 6, respectively`), of which the one next to the word is taken.
_TO_THE_WORD = 40
_BETWEEN_VALUES = 12
_CLAUSE_END = re.compile(r"[;:.!?。；：！？؛]\s")


class Reordered(NamedTuple):
    """A list of the source's values that the version gives in another order."""

    source: tuple  # the values in the source's order
    version: tuple  # the same values in the version's order
    start: int  # where the version's first value of them stands
    end: int


def in_another_order(source_text: str, source_values: Values, source_lang: str, text: str, values: Values, lang: str,
                     kind: str) -> Reordered | None:
    """The first list of values of `kind` ("number", "date") that the source pairs with
    another by its word for `respectively` and the version, which has the word too, gives in
    another order; None where there is none. Each value of the list must stand once in the
    version: where one is missing or repeated, which is which is not guessed."""
    source_word, version_word = _word(source_lang), _word(lang)
    if source_word is None or version_word is None or not source_word.search(source_text) or not version_word.search(text):
        return None
    placed = _placed(values, kind)
    for run in _lists(source_text, _placed(source_values, kind), source_word):
        for listed in _one_kind_each(run):
            keys = [_key(value, kind) for value, _, _ in listed]
            if len(keys) < 2 or len(set(keys)) != len(keys):
                continue
            found = [[(start, end) for value, start, end in placed if _key(value, kind) == key] for key in keys]
            if any(len(spans) != 1 for spans in found):
                continue
            order = sorted(range(len(keys)), key=lambda i: found[i][0][0])
            if order != list(range(len(keys))):
                first = min(spans[0] for spans in found)
                return Reordered(tuple(value for value, _, _ in listed), tuple(listed[i][0] for i in order), *first)
    return None


def _one_kind_each(run: list[tuple]) -> list[list[tuple]]:
    """A run's years apart from its other numbers: `in 2021 and 2022, 45 and 12 cases,
    respectively` lists both, which a version may give in either order (`45 et 12 cas,
    respectivement en 2021 et 2022`); each list keeps its own."""
    years = [place for place in run if isinstance(place[0], float) and place[0].is_integer() and 1900 <= place[0] <= 2100]
    return [years, [place for place in run if place not in years]]


def _lists(text: str, placed: list[tuple], word: re.Pattern[str]) -> list[list[tuple]]:
    """Each run of two values or more next to the word, before it (`A and B, respectively`) or,
    where none is, after it (`respectivement A et B`, `分别为A和B`)."""
    lists = []
    for match in word.finditer(text):
        before = [place for place in placed if place[2] <= match.start()]
        after = [place for place in placed if place[1] >= match.end()]
        run = _run(text, before[::-1], match.start(), backwards=True)[::-1] if before else []
        if len(run) < 2 and after:
            run = _run(text, after, match.end(), backwards=False)
        if len(run) >= 2:
            lists.append(run)
    return lists


def _run(text: str, places: list[tuple], at: int, backwards: bool) -> list[tuple]:
    """The values from the one nearest `at` on, each close to the one before and no clause's end
    between (places in the order walked)."""
    run, edge, reach = [], at, _TO_THE_WORD
    for place in places:
        _, start, end = place
        gap = text[end:edge] if backwards else text[edge:start]
        if len(gap) > reach or _CLAUSE_END.search(gap + " "):
            break
        run.append(place)
        edge, reach = (start if backwards else end), _BETWEEN_VALUES
    return run


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
def _word(lang: str) -> re.Pattern[str] | None:
    written = profile(lang).respectively
    return re.compile(written, re.IGNORECASE) if written else None
