"""The names of countries and territories in each language, as CLDR gives them (Babel): a
glossary's term inside one is part of a name, not the concept (`State` in `United States of
America`, `État` in `États-Unis`)."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale


@lru_cache(maxsize=8)
def _names(lang: str) -> re.Pattern[str] | None:
    """The language's names of more than one word (a one-word name holds no term of another
    word), longest first, as written: a name is capitalised where it stands."""
    names = {name for name in Locale.parse(lang).territories.values() if re.search(r"[\s\-‐]", name)}
    if not names:
        return None
    return re.compile("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)))


def inside_a_country_name(text: str, start: int, end: int, lang: str) -> bool:
    """Whether text[start:end] lies inside a country's or territory's name of more than one word
    (`United States`, `États-Unis`, `Estados Unidos`) and is not the name whole."""
    names = _names(lang)
    if names is None:
        return False
    for found in names.finditer(text, max(0, start - 60), min(len(text), end + 60)):
        if found.start() <= start and end <= found.end() and (found.start(), found.end()) != (start, end):
            return True
    return False
