"""What quotation marks hold in a translation, and code in backticks: a title, a phrase or code
quoted as the original writes it, which the checks that read a text's own words read past
(TYPO011's marks inside it, TYPO012's decimals, CONS003's English left, TERM007's capitals)."""

from __future__ import annotations

import re

# What quotation marks hold, in any language's marks (Chinese's title marks too: `《…》`); and
# code, in backticks.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|„[^“]*“|\"[^\"]*\"|‘[^’]*’|《[^》]*》|「[^」]*」")
_EACH_QUOTED = tuple(re.compile(pair) for pair in _QUOTED.pattern.split("|"))
_OPENING_MARKS = "«“„\"‘《「"
_CODE = re.compile(r"`[^`]*`")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """What each pair of quotation marks holds, a quotation inside another's too (`“El estudio
    ‘What Next?’ es útil”`: the English title inside the Spanish quotation)."""
    if not any(mark in text for mark in _OPENING_MARKS):
        return []
    return sorted((m.start(), m.end()) for pattern in _EACH_QUOTED for m in pattern.finditer(text))


def inside_a_quotation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands inside a quotation (`« … guide à l'intention des États
    membres »`, Russian's inner `„…“` closed before it is none)."""
    return any(opened < start and end < closed for opened, closed in quoted_spans(text))


def without_quotations_and_code(text: str) -> str:
    """The text with what quotation marks and backticks hold blanked (offsets kept)."""
    spans = quoted_spans(text) + ([(m.start(), m.end()) for m in _CODE.finditer(text)] if "`" in text else [])
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
