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
def _participle_term(term: str) -> tuple[tuple[frozenset[str], ...], int, int] | None:
    """The lemmas of each word of a Russian term that holds a full participle (`незаконно
    ввезенный мигрант`), with the places of its participle and of its noun; None for a term
    that holds none (or no noun)."""
    words = term.split()
    if len(words) < 2:
        return None
    participle = next((at for at, word in enumerate(words) if _any_tag(word, "PRTF")), None)
    noun = next((at for at in reversed(range(len(words))) if at != participle and _any_tag(words[at], "NOUN")), None)
    if participle is None or noun is None:
        return None
    return tuple(_lemmas(word) for word in words), participle, noun


def rendered_with_its_participle_as_a_predicate(term: str, text: str) -> bool:
    """Whether a Russian term with a participle is in the text with its participle turned into a
    predicate or moved after its noun (`мигранты были незаконно ввезены`, `мигрантам,
    ввезенным незаконно`, for `незаконно ввезенный мигрант`): every word of the term, by its
    lemma, close together (within two words more than the term has), the participle a short
    participle or a full one after its noun, agreeing with the noun, as the term's adjectives
    do. The term's words anywhere in the sentence said far more: `Рабочая группа организовала
    совещание по вопросам преступных сетей` rendered `организованная преступная группа` (a
    finite verb, and `группа` another group's), and so did the term's words in another order."""
    shape = _participle_term(term)
    if shape is None:
        return False
    lemmas, participle, noun = shape
    words = _WORD.findall(text)
    places = [[at for at, word in enumerate(words) if not _lemmas(word).isdisjoint(wanted)] for wanted in lemmas]
    if not all(places):
        return False
    adjectives = [at for at, word in enumerate(term.split()) if at not in (participle, noun) and _any_tag(word, "ADJF")]
    for noun_at in places[noun]:
        chosen = [min(found, key=lambda at: abs(at - noun_at)) for found in places]
        chosen[noun] = noun_at
        if max(chosen) - min(chosen) + 1 > len(lemmas) + 2:
            continue
        verb_at = chosen[participle]
        predicate = _any_tag(words[verb_at], "PRTS")
        if not predicate and not (verb_at > noun_at and _any_tag(words[verb_at], "PRTF")):
            continue
        if _agree(words[noun_at], words[verb_at], attributive=not predicate) and all(
                _agree(words[noun_at], words[chosen[at]], attributive=True) for at in adjectives):
            return True
    return False


def _any_tag(word: str, part_of_speech: str) -> bool:
    return any(parse.tag.POS == part_of_speech for parse in morph_analyzer().parse(word.lower()))


_MODIFIERS = frozenset({"ADJF", "PRTF", "PRTS", "ADJS"})


@lru_cache(maxsize=8192)
def _agree(noun: str, modifier: str, attributive: bool) -> bool:
    """Whether some reading of `modifier` (an adjective or participle) agrees with some reading
    of `noun`: in number, gender in the singular, and case where it is attributive (a short
    form, the predicate's, has none)."""
    nouns = [parse.tag for parse in morph_analyzer().parse(noun.lower()) if parse.tag.POS == "NOUN"]
    forms = [parse.tag for parse in morph_analyzer().parse(modifier.lower()) if parse.tag.POS in _MODIFIERS]
    for one in nouns:
        for form in forms:
            if form.number != one.number or (one.number == "sing" and form.gender not in (None, one.gender)):
                continue
            if attributive and form.case != one.case:
                continue
            return True
    return False


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
