"""The names of countries and territories in each language, as CLDR gives them (Babel), and
the United Nations' formal names of States: a glossary's term inside one in the source is part
of a name, not the concept (`State` in `United States of America`, `Federated States of
Micronesia`)."""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale


# The formal names the United Nations gives its Member and observer States (UNTERM) where a
# word of them is a common noun a glossary may hold (`State`), beside CLDR's short names,
# which have `United States` but not `Federated States of Micronesia` nor `State of Palestine`.
FORMAL_NAMES = {
    "en": ("United States of America", "Federated States of Micronesia", "Plurinational State of Bolivia",
           "State of Palestine", "State of Eritrea", "State of Israel", "State of Kuwait", "State of Qatar",
           "State of Libya", "Independent State of Papua New Guinea", "Independent State of Samoa",
           "United Mexican States", "Holy See"),
    "fr": ("États-Unis d'Amérique", "États-Unis d’Amérique", "États fédérés de Micronésie", "État plurinational de Bolivie",
           "État de Palestine", "État d'Érythrée", "État d’Érythrée", "État d'Israël", "État d’Israël", "État du Koweït",
           "État du Qatar", "État de Libye", "État indépendant de Papouasie-Nouvelle-Guinée", "État indépendant du Samoa",
           "États-Unis du Mexique"),
    "es": ("Estados Unidos de América", "Estados Federados de Micronesia", "Estado Plurinacional de Bolivia",
           "Estado de Palestina", "Estado de Eritrea", "Estado de Israel", "Estado de Kuwait", "Estado de Qatar",
           "Estado de Libia", "Estado Independiente de Papua Nueva Guinea", "Estado Independiente de Samoa",
           "Estados Unidos Mexicanos"),
    "ru": ("Соединенные Штаты Америки", "Федеративные Штаты Микронезии", "Многонациональное Государство Боливия",
           "Государство Палестина", "Государство Эритрея", "Государство Израиль", "Государство Кувейт", "Государство Катар",
           "Государство Ливия", "Независимое Государство Папуа — Новая Гвинея", "Независимое Государство Самоа"),
}


@lru_cache(maxsize=8)
def _names(lang: str) -> re.Pattern[str] | None:
    """The language's names of more than one word (a one-word name holds no term of another
    word), longest first, as written: a name is capitalised where it stands."""
    names = {name for name in (*Locale.parse(lang).territories.values(), *FORMAL_NAMES.get(lang, ()))
             if re.search(r"[\s\-‐]", name)}
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
