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

from pipeline.lang.morphology import modifies_as_read, morph_analyzer

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
def _stem(word: str) -> str:
    return _stemmer().stemWord(word.lower())


def _plain(word: str) -> str:
    """The word as its stem begins: in small letters, ё written е, as the stemmer writes it
    (`подчёркиваются`: `подчеркива`)."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=8192)
def _a_verb(word: str) -> bool:
    return any(parse.tag.POS in _VERB_TAGS for parse in morph_analyzer().parse(word.lower()))


def verb_of_its_root(term: str, word: str) -> bool:
    """Whether `word` is a verb (an infinitive, a finite form, a gerund) of the root of the
    one-word term `term`."""
    root = _root(term)
    return bool(root) and _plain(word).startswith(root) and _stem(word).startswith(root) and _a_verb(word)


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
    """Whether a Russian term with a participle is in the text in another order than its own,
    its participle agreeing with its noun: turned into the predicate (`мигранты были незаконно
    ввезены`), set after its noun (`мигрантам, ввезенным в страну из соседних государств
    незаконно`), or parted from it by what coordinates another participle with it or qualifies
    its adverb (`незаконно ввезенные и ставшие жертвами торговли мигранты`, `незаконно и с
    риском для жизни ввезенные мигранты`). Every word of the term by its lemma, near the noun
    or the participle as a clause keeps them; no word between the noun and the participle that
    the participle agrees with (then it is that word's: `незаконно ввезенных товаров у
    мигрантов`). The term's words anywhere in the sentence said far more: `Рабочая группа
    организовала совещание по вопросам преступных сетей` rendered `организованная преступная
    группа` (a finite verb, and `группа` another group's)."""
    shape = _participle_term(term)
    if shape is None:
        return False
    lemmas, participle, noun = shape
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    words = [text[start:end] for start, end in spans]
    places = [[at for at, word in enumerate(words) if not _lemmas(word).isdisjoint(wanted)] for wanted in lemmas]
    if not all(places):
        return False
    kinds = ["adjective" if at not in (participle, noun) and _any_tag(word, "ADJF") else "other"
             for at, word in enumerate(term.split())]

    def between(one: int, other: int) -> str:
        low, high = sorted((one, other))
        return text[spans[low][1]:spans[high][0]]

    for noun_at in places[noun]:
        for verb_at in places[participle]:
            predicate = _any_tag(words[verb_at], "PRTS")
            distance = verb_at - noun_at
            if predicate:
                fits = abs(distance) <= 4 and not _SENTENCE_MARK.search(between(noun_at, verb_at))
            elif not _any_tag(words[verb_at], "PRTF"):
                continue  # a finite verb or an infinitive of the participle's root is no participle
            elif distance > 0:
                fits = distance <= 3 and not _SENTENCE_MARK.search(between(noun_at, verb_at))
            else:
                # before its noun with words between (in a row, the term as the matcher finds it):
                # no punctuation, the term's words before the noun in the term's order
                fits = -6 <= distance <= -1 and not _PUNCTUATION.search(between(noun_at, verb_at).replace("-", " "))
            if not fits or not _agree(words[noun_at], words[verb_at], attributive=not predicate):
                continue
            low, high = sorted((noun_at, verb_at))
            # (a word joined to the next by a hyphen is part of one noun: `дети-мигранты`)
            if any(_heads(words[verb_at], words[at], attributive=not predicate) for at in range(low + 1, high)
                   if not _HYPHEN.fullmatch(between(at, at + 1))):
                continue  # the participle is the word's between: `ввезенных товаров у мигрантов`
            if distance > 0 and verb_at + 1 < len(words) and not _PUNCTUATION.search(between(verb_at, verb_at + 1)) \
                    and _heads(words[verb_at], words[verb_at + 1], attributive=not predicate):
                continue  # the word's right after it: `Мигранты незаконно продали ввезенные товары`
            if all(_placed(kind, at, places[at], noun_at, verb_at, words, between, participle, noun, distance)
                   for at, kind in enumerate(kinds) if at not in (participle, noun)):
                return True
    return False


def _placed(kind: str, at: int, found: list[int], noun_at: int, verb_at: int, words: list[str], between,
            participle: int, noun: int, distance: int) -> bool:
    """Whether a term's other word (an adjective of the noun, an adverb of the participle) is in
    the text where it belongs: an adjective agreeing with the noun, at most two words from it; an
    adverb within seven words of the participle, in its clause (and before it where the participle
    stands before the noun, as in the term)."""
    for place in found:
        if kind == "adjective":
            in_order = distance > 0 or (place < verb_at) == (at < participle)  # not `преступные организованные группы`
            if abs(place - noun_at) <= 2 and place != verb_at and in_order and _agree(words[noun_at], words[place], attributive=True):
                return True
        elif abs(place - verb_at) <= 7 and not _PUNCTUATION.search(between(place, verb_at)) \
                and not any(_a_verb_form(words[other]) for other in range(min(place, verb_at) + 1, max(place, verb_at))):
            # in the participle's own phrase: no punctuation and no other verb between them
            # (`ввезенные законно, были задержаны незаконно`, `Незаконно задержанные … ввезены`)
            if distance > 0 or (place < verb_at) == (at < participle):
                return True
    return False


_SENTENCE_MARK = re.compile(r"[.:;!?]")
_HYPHEN = re.compile(r"\s*[-‐‑–]\s*")


@lru_cache(maxsize=8192)
def _a_verb_form(word: str) -> bool:
    """A verb's form in its likeliest reading: finite, infinitive, participle, gerund."""
    parses = morph_analyzer().parse(word.lower())
    return bool(parses) and parses[0].tag.POS in ("VERB", "INFN", "PRTF", "PRTS", "GRND")


_PUNCTUATION = re.compile(r"[^\w\s]")


@lru_cache(maxsize=8192)
def _heads(modifier: str, word: str, attributive: bool) -> bool:
    """Whether `word` is the noun `modifier` belongs to (morphology.modifies_as_read)."""
    return modifies_as_read(morph_analyzer().parse(modifier.lower()), morph_analyzer().parse(word.lower()), attributive)


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


_AN_OBJECT_S_PARTS = frozenset({"PREP"})
# The endings of Russian nouns of an action (`участие`, `предупреждение`, `конфискация`).
_ACTION_SUFFIXES = ("ие", "ия", "ье", "ция", "ство")


@lru_cache(maxsize=8192)
def _parts_of_speech(word: str) -> frozenset[str]:
    return frozenset(str(parse.tag.POS) for parse in morph_analyzer().parse(word.lower())[:1])


# How far the complement may stand from the verb (`обмениваться между собой информацией`,
# `наращивать свой потенциал`), and a word of it from the one before (`денежные средства`).
_OBJECT_REACH = 3
_WORD_REACH = 2


def rendered_by_its_verb_and_object(term: str, text: str) -> bool:
    """Whether a Russian noun term of several words is in the text as its head's verb with the
    term's complement after it, as the verb's object, each word by its lemma in the term's
    order (`обмен информацией` → `обмениваться информацией`, `наращивание потенциала` →
    `наращивать потенциал`, `отмывание денежных средств` → `отмывать денежные средства`,
    `борьба с преступностью` → `бороться с преступностью`). The verb's stem begins with the
    noun's less its suffix's last letters, which alone would join words of unrelated meaning
    (`обмен`, `обманывать`): the complement after the verb is what tells."""
    words = term.split()
    if len(words) < 2 or not all(word.isalpha() for word in words):
        return False
    head = words[0].lower()
    if not _AN_OBJECT_S_PARTS.isdisjoint(_parts_of_speech(words[1])) and not head.endswith(_ACTION_SUFFIXES):
        # `доходы от преступлений`: a thing's noun and a preposition's phrase, no verb's object
        # (`доходят от`); an action's noun keeps its verb's preposition (`участие в работе`:
        # `участвовали в работе`)
        return False
    stem = _stemmer().stemWord(head)
    # A long stem less its suffix's last letters (`наращиван` → `наращив`, `укреплен` → `укрепл`);
    # a short one is the noun whole (`обмен`: its stem `обм` begins `обманывать` too).
    root = stem[:-2] if len(stem) > 5 else head.rstrip("аеиоуыэюяь")
    if len(root) < 4:
        return False
    complement = [_lemmas(word) for word in words[1:]]
    found = _WORD.findall(text)
    for at, word in enumerate(found):
        # (a stem is the word's beginning: a word that does not begin with the root is passed
        # by before it is stemmed, as nearly every word is; stemming each was a third of a run)
        if not (_plain(word).startswith(root) and _stem(word).startswith(root) and _a_verb(word)):
            continue
        place, reach = at, _OBJECT_REACH
        for lemmas in complement:
            place = next((later for later in range(place + 1, min(place + 1 + reach, len(found)))
                          if not lemmas.isdisjoint(_lemmas(found[later]))), None)
            if place is None:
                break
            reach = _WORD_REACH
        else:
            return True
    return False
