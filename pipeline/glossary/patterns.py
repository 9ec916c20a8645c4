"""A term's pattern (`x-pattern`): the regular expression of a forbidden or deprecated variant
whose forms are endless. The checks compile it when they first match its language, deep in a
run: a pattern that does not compile is refused when the glossary is read, with its line, as
a context rule that cannot be read is (pipeline/glossary/contexts.py)."""

from __future__ import annotations

import re


def pattern_problem(pattern: str) -> str:
    """What is wrong with a pattern, for a person, or "" where it compiles."""
    try:
        re.compile(pattern)
    except re.error as error:
        return f"the pattern '{pattern}' is not a valid regular expression: {error}"
    return ""
