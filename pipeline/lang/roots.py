"""Whether two words share their root: a noun term and the verb a translator turned it into
(`конфискация` and `конфисковывать`, `confiscation` and `confisquer`), told by their Snowball
stems (the languages' own stemmers, as the Latin analyser uses them) beginning alike."""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

# The Snowball algorithm of each language a root is compared in (Arabic's roots are not its
# stems' beginnings, and Chinese has no inflection).
_ALGORITHMS = {"en": "english", "es": "spanish", "fr": "french", "ru": "russian"}
# A root is the stem less its derivational ending (`конфискац` → `конфиск`), and at least this
# long: shorter, words of unrelated meaning begin alike (`мигрант`, `миграция`).
_ENDING = 2
_SHORTEST_ROOT = 6


@lru_cache(maxsize=8)
def _stemmer(lang: str):
    return snowballstemmer.stemmer(_ALGORITHMS[lang])


def compares_roots(lang: str) -> bool:
    return lang in _ALGORITHMS


@lru_cache(maxsize=4096)
def root(lang: str, word: str) -> str:
    """The beginning of the word's stem that its derivations share, or "" where it is too
    short to tell a root by."""
    stem = _stemmer(lang).stemWord(word.lower())
    found = stem[: max(len(stem) - _ENDING, _SHORTEST_ROOT)]
    return found if len(found) >= _SHORTEST_ROOT and len(stem) >= _SHORTEST_ROOT else ""


def shares_root(lang: str, word: str, other: str) -> bool:
    """Whether `other` begins with the root of `word` (see above)."""
    found = root(lang, word)
    return bool(found) and _stemmer(lang).stemWord(other.lower()).startswith(found)
