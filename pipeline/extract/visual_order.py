"""Right-to-left text from the order it stands on a page to the order it is read in.

A PDF draws a line of Arabic as glyphs placed from left to right in *visual* order: the
first word read stands at the right. Numbers and Latin words inside the line are drawn left
to right. The Unicode bidirectional algorithm (UAX #9) turns logical order into visual;
this turns visual back into logical for a line whose base direction is right to left, which
is all an Arabic UN document has: the line is reversed, except its runs drawn left to
right, which keep their order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Protocol, TypeVar


class _HasText(Protocol):
    text: str


Unit = TypeVar("Unit", bound=_HasText)

_NUMBER = ("EN", "AN")
_STRONG_RTL = ("R", "AL")
# What may stand between a Latin word and a number that joins its run (`Decisions 2021`,
# `No. 10`): spaces and the separators of numbers.
_BETWEEN_WORD_AND_NUMBER = ("WS", "CS", "ES", "EN", "AN")


def bidi_class(text: str) -> str:
    """The bidirectional class of a unit: that of its first character that is no mark."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind != "NSM":
            return kind
    return "NSM"


def has_right_to_left_letters(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _STRONG_RTL for ch in text)


def visual_to_logical(units: Sequence[Unit]) -> list[Unit]:
    """`units` (glyphs or characters, each with `.text`) of a right-to-left line, from
    visual order (left to right on the page) to logical order.

    Runs drawn left to right are found as the bidirectional algorithm resolves them: Latin
    letters; digits, with a separator between two digits (`00/10`, `7/1`, rule W4) and a
    percent or currency sign beside them (W5); digits after a Latin word are part of the
    word's run (W7: `Decisions 2021`); spaces and punctuation between two Latin runs join
    them (N1: `Smuggling of Migrants`), and elsewhere take the line's direction. Two numbers
    with only a neutral between them (`00/10–00/13`) are two runs, as the algorithm makes
    them. A unit that holds several characters (the lam-alef ligature, a letter's marks)
    keeps their order. Mirrored brackets are taken as the PDF's character map gives them.

    What the visual order cannot tell: a number between Arabic text and a Latin word it
    precedes in reading (`الصفحة 47 Smuggling`) looks as `Smuggling 47` does, and is read
    as part of the Latin run.
    """
    count = len(units)
    kinds = [bidi_class(unit.text) for unit in units]
    for index in range(1, count - 1):
        between_numbers = kinds[index - 1] in _NUMBER and kinds[index + 1] in _NUMBER
        # W4 joins two European numbers across `+` or `-` (ES), but numbers in Arabic text are
        # Arabic numbers (W2), which only a common separator joins: `17-21` after Arabic
        # words is drawn `21-17`, two runs, and is read back so.
        if between_numbers and (kinds[index] == "CS" or (kinds[index] == "ES" and _latin_beside(kinds, index))):
            kinds[index] = "EN"
    for index in range(count):
        if kinds[index] == "ET" and (
            (index > 0 and kinds[index - 1] in _NUMBER) or (index + 1 < count and kinds[index + 1] in _NUMBER)
        ):
            kinds[index] = "EN"
    left_to_right = [kind == "L" or kind in _NUMBER for kind in kinds]
    latin = [kind == "L" for kind in kinds]
    for index in range(count):
        if kinds[index] in _NUMBER:
            left = index - 1
            while left >= 0 and kinds[left] in _BETWEEN_WORD_AND_NUMBER:
                left -= 1
            if left >= 0 and kinds[left] == "L":
                latin[index] = True
    _bracketed_numbers_after_latin(units, kinds, latin, left_to_right)
    index = 0
    while index < count:
        if left_to_right[index] or kinds[index] in _STRONG_RTL:
            index += 1
            continue
        end = index
        while end < count and not left_to_right[end] and kinds[end] not in _STRONG_RTL:
            end += 1
        if index > 0 and end < count and latin[index - 1] and latin[end]:
            for inner in range(index, end):
                left_to_right[inner] = latin[inner] = True
        index = end
    _close_brackets_opened_in_latin_runs(units, latin, left_to_right)
    runs: list[list[Unit]] = []
    index = 0
    while index < count:
        end = index + 1
        if left_to_right[index]:
            while end < count and left_to_right[end]:
                end += 1
        runs.append(list(units[index:end]))
        index = end
    runs.reverse()
    return [unit for run in runs for unit in run]


def _bracketed_numbers_after_latin(units: Sequence[Unit], kinds: list[str], latin: list[bool],
                                   left_to_right: list[bool]) -> None:
    """A number in brackets one space after a Latin run joins it, brackets and all (W7 and N0:
    the number follows a Latin letter, and a bracket pair around it after left-to-right text
    is left to right): `S/RES/2698 (2023)` on an Arabic line was read `(2023) S/RES/2698`.
    Drawn so, `(2023)`'s brackets stand as typed; brackets that take the line's direction are
    drawn mirrored (`)4(`, `)S/2023/640(`), which this leaves to the line."""
    count = len(units)
    index = 0
    while index < count:
        if kinds[index] not in _NUMBER:
            index += 1
            continue
        end = index
        while end < count and kinds[end] in _NUMBER + ("CS",):
            end += 1
        opened = units[index - 1].text if index >= 1 else ""
        if (index >= 3 and end < count and opened in _PAIRS and units[end].text == _PAIRS[opened]
                and kinds[index - 2] == "WS" and latin[index - 3] and _inside_the_line(units, kinds, latin, index - 3, end)):
            for inner in range(index - 2, end + 1):
                latin[inner] = left_to_right[inner] = True
        index = end + 1


def _inside_the_line(units: Sequence[Unit], kinds: list[str], latin: list[bool], run_end: int, closing: int) -> bool:
    """Whether a Latin run (ending at `run_end`) and the bracketed number after it (closing at
    `closing`) have text after them on the line, or are the whole line. Drawn at the line's
    right end after other text, the number opens the line in reading (`(4) A/78/136.`, a
    footnote as Chromium draws it, its brackets mirrored as they look), and stays apart."""
    if any(kind != "WS" for kind in kinds[closing + 1:]):
        return True
    def drawn_left_to_right(at: int) -> bool:
        return latin[at] or kinds[at] == "L" or kinds[at] in _NUMBER

    # The run's start, across the separators inside it (`S/RES/2698`: its slashes), not one
    # before it (`.A/78/136`, a sentence's stop).
    start = run_end
    while start > 0 and (drawn_left_to_right(start - 1)
                         or (start >= 2 and kinds[start - 1] not in _STRONG_RTL and drawn_left_to_right(start - 2))):
        start -= 1
    return all(kind == "WS" for kind in kinds[:start])


_PAIRS = {"(": ")", "[": "]"}


def _close_brackets_opened_in_latin_runs(units: Sequence[Unit], latin: list[bool], left_to_right: list[bool]) -> None:
    """A bracket opened inside a Latin run and closed right after it is the run's (N0):
    `V.22-04012 (A)`, `UNODC (Vienna)` on an Arabic line, whose closing bracket was read at
    the line's other end."""
    index, count = 0, len(units)
    while index < count:
        if not latin[index]:
            index += 1
            continue
        end, opened = index, []
        while end < count and latin[end]:
            for ch in units[end].text:
                if ch in _PAIRS:
                    opened.append(_PAIRS[ch])
                elif opened and ch == opened[-1]:
                    opened.pop()
            end += 1
        while opened and end < count and units[end].text == opened[-1]:
            latin[end] = left_to_right[end] = True
            opened.pop()
            end += 1
        index = end


def _latin_beside(kinds: list[str], index: int) -> bool:
    """Whether the first strong character on either side of `index`, past numbers, separators
    and spaces, is a Latin one (the numbers are then European, W2)."""
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(kinds) and kinds[near] in ("EN", "AN", "CS", "ES", "ET", "WS"):
            near += step
        if 0 <= near < len(kinds) and kinds[near] == "L":
            return True
    return False


# The brackets a right-to-left line draws mirrored (UAX #9, L4), and their partners.
_MIRRORED = str.maketrans("()[]", ")(][")


def brackets_drawn_mirrored(text: str) -> bool:
    """Whether a right-to-left line read into logical order has its brackets the wrong way
    round (`)1(`): a PDF maker that gives a mirrored glyph the character it looks like
    (Chromium) rather than the one it stands for (Word, HarfBuzz). Said where the brackets as
    read close before they open and, swapped, open and close in turn; a line that closes a
    bracket opened on the line before is left as it is."""
    if not any(ch in text for ch in "()[]"):
        return False

    def nests(line: str) -> tuple[bool, int]:
        depth, ever_below = 0, False
        for ch in line:
            depth += 1 if ch in "([" else -1 if ch in ")]" else 0
            ever_below = ever_below or depth < 0
        return ever_below, depth

    below, depth = nests(text)
    swapped_below, swapped_depth = nests(text.translate(_MIRRORED))
    return below and depth == 0 and not swapped_below and swapped_depth == 0


def unmirrored(text: str) -> str:
    """A text's brackets each turned into its partner (see brackets_drawn_mirrored)."""
    return text.translate(_MIRRORED)
