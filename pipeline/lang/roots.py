"""Whether a Russian verb is of a noun term's root: the verb a translator turned the noun into
(`конфискация` → `конфисковывать доходы`), told by their Snowball stems beginning alike and
pymorphy3 reading the word as a verb. Only a verb: an agent noun or an adjective of the root
(`следователь` for `расследование`, `преступность` for `преступление`, `государственный` for
`государство`) names another thing, and French and Spanish words, which no analyser here
reads as verbs, are left out for that reason (`enquêteurs` is no `enquête`)."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from pipeline.lang.morphology import morph_analyzer

# A root is the stem less its derivational ending (`конфискац` → `конфиск`), and at least this
# long: shorter, words of unrelated meaning begin alike (`мигрант`, `миграция`).
_ENDING = 2
_SHORTEST_ROOT = 6
_VERB_TAGS = frozenset({"INFN", "VERB", "GRND"})


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("russian")


def compares_roots(lang: str) -> bool:
    return lang == "ru"


@lru_cache(maxsize=4096)
def _root(word: str) -> str:
    """The beginning of the word's stem that its derivations share, or "" where it is too
    short to tell a root by."""
    stem = _stemmer().stemWord(word.lower())
    found = stem[: max(len(stem) - _ENDING, _SHORTEST_ROOT)]
    return found if len(found) >= _SHORTEST_ROOT and len(stem) >= _SHORTEST_ROOT else ""


@lru_cache(maxsize=8192)
def _a_verb(word: str) -> bool:
    return any(parse.tag.POS in _VERB_TAGS for parse in morph_analyzer().parse(word.lower()))


def verb_of_its_root(term: str, word: str) -> bool:
    """Whether `word` is a verb (an infinitive, a finite form, a gerund) of the root of the
    one-word term `term`."""
    root = _root(term)
    return bool(root) and _stemmer().stemWord(word.lower()).startswith(root) and _a_verb(word)


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(parse.normal_form for parse in morph_analyzer().parse(word.lower()))


@lru_cache(maxsize=1024)
def _participle_term(term: str) -> tuple[frozenset[str], ...] | None:
    """The lemmas of each word of a Russian term that holds a full participle (`незаконно
    ввезенный мигрант`), or None for one that holds none."""
    words = term.split()
    if len(words) < 2 or not any(parse.tag.POS == "PRTF" for word in words for parse in morph_analyzer().parse(word.lower())):
        return None
    return tuple(_lemmas(word) for word in words)


def rendered_with_its_participle_as_a_predicate(term: str, text: str) -> bool:
    """Whether a Russian term with a participle is in the text with its participle turned into a
    predicate or moved after its adverb (`мигранты были незаконно ввезены`, `мигрантам,
    ввезенным незаконно`, for `незаконно ввезенный мигрант`): every word of the term, by its
    lemma, the participle's short form too (pymorphy3 gives both the verb's infinitive)."""
    lemmas = _participle_term(term)
    if lemmas is None:
        return False
    found = set().union(*(_lemmas(word) for word in _WORD.findall(text)))
    return all(not found.isdisjoint(word) for word in lemmas)


_WORD = re.compile(r"[^\W\d_]+")


def rendered_with_its_apposition_as_a_predicate(term: str, text: str) -> bool:
    """Whether a Russian term of two nouns in apposition (`государство-участник`) is in the text
    as a clause's subject and its predicate (`участниками Протокола являются 152 государства`,
    as UN Russian gives a treaty's parties): the second noun in the instrumental, after a form of
    `являться` or `быть` or `стать`, or before it, and the first noun in the clause too."""
    parts = re.split(r"\s*[-‐–—]\s*", term.strip())
    if len(parts) != 2 or not all(part.isalpha() for part in parts):
        return False
    first, second = (_lemmas(part) for part in parts)
    words = _WORD.findall(text)
    predicate = any(not _COPULAS.isdisjoint(_lemmas(word)) for word in words)
    return predicate and any(not first.isdisjoint(_lemmas(word)) for word in words) and any(
        not second.isdisjoint(_lemmas(word)) and _instrumental(word) for word in words)


_COPULAS = frozenset({"являться", "быть", "стать", "становиться"})


@lru_cache(maxsize=8192)
def _instrumental(word: str) -> bool:
    return any("ablt" in parse.tag for parse in morph_analyzer().parse(word.lower()))
