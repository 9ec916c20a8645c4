"""`hexaglot glossary inflect`: the case × number paradigm of a Russian multiword term.

The head noun is inflected, with the adjectives and participles that agree with it (before
it, or opening a participial phrase after a comma); words governed by the head (genitive
dependents, prepositional phrases) stay as they are. Hyphenated compounds inflect as
pymorphy3 inflects them (`государство-участник` → `государств-участников`, but
`интернет-провайдер` → `интернет-провайдеров`). Terminologists read the table to confirm that
every form of a term will be found.

A number the noun lacks has no forms: pymorphy3's singularia and pluralia tantum (Sgtm, Pltm:
`отмывание`, `переговоры`), and a term the glossary marks as a mass noun (TBX's
grammaticalNumber `mass`: `огнестрельное оружие`). pymorphy3 inflects most other singular-only
nouns through a plural by rule (`торговель людьми`): a number none of whose own forms is in use
(pipeline/lang/morphology.py) is kept, marked as unattested, for the terminologist to judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.lookalikes import in_one_script, mixes_latin_and_cyrillic
from pipeline.lang.morphology import attested_numbers, morph_analyzer, russian_head, russian_modifiers

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
CASE_NAMES = {
    "nomn": "nominative", "gent": "genitive", "datv": "dative",
    "accs": "accusative", "ablt": "instrumental", "loct": "prepositional",
}
NUMBERS = ("sing", "plur")
_TOKEN = re.compile(r"[А-Яа-яЁёA-Za-z0-9]+(?:-[А-Яа-яЁёA-Za-z0-9]+)*|[^\sА-Яа-яЁёA-Za-z0-9]+")
_AGREEING = {"ADJF", "PRTF", "NUMR"}


@dataclass(frozen=True)
class Paradigm:
    term: str
    head: str
    agreeing: tuple[str, ...]
    forms: dict[str, dict[str, str | None]]  # case → number → form (None: no such form)
    unattested: tuple[str, ...] = ()  # numbers whose forms pymorphy3 made by rule and no corpus has

    def as_dict(self) -> dict:
        return {"term": self.term, "head": self.head, "agreeing": list(self.agreeing), "forms": self.forms,
                "unattested": list(self.unattested)}


class InflectionError(ValueError):
    """The term has no noun to inflect."""


def inflect_term(term: str, mass_noun: bool = False) -> Paradigm:
    """The term's paradigm; `mass_noun`: the glossary says it has no plural. A compound written
    with a spaced dash, as UN Russian writes one whose part has words of its own (`государство –
    участник`), declines as the hyphenated one: both parts (read as two words, the second kept
    as written, `государствам – участник`)."""
    joints = list(_SPACED_DASH.finditer(term))
    if joints:
        paradigm = inflect_term(_SPACED_DASH.sub("-", term), mass_noun)
        hyphens_before = [term[:joint.start()].count("-") + index for index, joint in enumerate(joints)]

        def spaced(form: str | None) -> str | None:
            if form is None:
                return None
            parts = form.split("-")
            if len(parts) - 1 != term.count("-") + len(joints) - sum(joint.group(0).count("-") for joint in joints):
                return form  # (a form whose hyphens are not the term's: shown as made)
            dashes = {at: joint.group(0) for at, joint in zip(hyphens_before, joints)}
            return "".join(part + (dashes.get(at, "-") if at < len(parts) - 1 else "") for at, part in enumerate(parts))
        forms = {case: {number: spaced(form) for number, form in numbers.items()} for case, numbers in paradigm.forms.items()}
        return Paradigm(term, spaced(paradigm.head), tuple(spaced(word) for word in paradigm.agreeing), forms, paradigm.unattested)
    mixed = next((word for word in term.split() if mixes_latin_and_cyrillic(word)), None)
    if mixed is not None:
        # A Latin `a` in `Рабочaя`: pymorphy3 guessed a paradigm for a word no text has. The
        # term retyped is offered where its letters say so, in Cyrillic (a Russian term's).
        retyped = [in_one_script(word) or word for word in term.split()]
        offered = f" ({' '.join(retyped)}?)" if not any(_LATIN.search(word) for word in retyped) else ""
        raise InflectionError(f"'{term}' mixes Latin and Cyrillic letters in '{mixed}': retype it{offered} in the "
                              "glossary; its forms as written are found in no text")
    morph = morph_analyzer()
    tokens = _TOKEN.findall(term)
    spaces = _spacing(term, tokens)
    parses = [morph.parse(token) if _is_word(token) else [] for token in tokens]
    head_index, head = _head(tokens, parses)
    agreeing = _agreeing(tokens, parses, head_index, head)
    # Nouns coordinated with the head (`поддельный документ на въезд/выезд или удостоверение
    # личности`) decline with it, each with the adjectives before it.
    heads = [*_heads_before(tokens, parses, head_index, head, agreeing), (head_index, head, agreeing),
             *_coordinated_heads(tokens, parses, head_index, head)]
    numbers = tuple(number for number in NUMBERS if not (mass_noun and number == "plur"))
    forms: dict[str, dict[str, str | None]] = {}
    for case in CASES:
        forms[case] = {}
        for number in NUMBERS:
            made = number in numbers
            forms[case][number] = _form(tokens, spaces, heads, case, number) if made else None
    attested = attested_numbers(head)
    unattested = tuple(number for number in numbers if number not in attested and any(
        forms[case][number] for case in CASES))
    return Paradigm(term, tokens[head_index], tuple(tokens[i] for i, _ in agreeing), forms, unattested)


_LATIN = re.compile("[A-Za-z]")
# A dash with a space each side between two Cyrillic words: a compound's joint in UN Russian.
_SPACED_DASH = re.compile(r"(?<=[А-Яа-яЁё])\s+[–—-]\s+(?=[А-Яа-яЁё])")


def _is_word(token: str) -> bool:
    return bool(re.match(r"[А-Яа-яЁё]", token))


def _spacing(term: str, tokens: list[str]) -> list[str]:
    """The text between each token and the next, so that the term is rebuilt as written."""
    gaps, position = [], 0
    for token in tokens:
        start = term.index(token, position)
        gaps.append(term[position:start])
        position = start + len(token)
    return gaps[1:] + [""]


def _head(tokens, parses):
    """The head noun (pipeline/lang/morphology.py's russian_head) and its reading."""
    index = russian_head(parses)
    if index is None:
        raise InflectionError(f"no noun in the nominative in '{' '.join(tokens)}': nothing to inflect")
    return index, max((p for p in parses[index] if p.tag.POS == "NOUN" and p.tag.case == "nomn"),
                      key=lambda p: _head_preference(tokens[index], p))


def _head_preference(token: str, parse) -> tuple:
    """How much to trust a reading of the head; the highest wins.

    pymorphy3 ranks some readings wrongly for terms: it prefers the compound reading that
    keeps the left part fixed (`государство-участников`) over the one that inflects both
    parts, and ranks `мигрант` inanimate and animate alike. In a glossary, a hyphenated
    noun + noun is an appositive compound whose parts both inflect, and a noun naming what
    can be smuggled, trafficked or represented is far more often a person.
    """
    both_parts = False
    if "-" in token:
        plural = parse.inflect({"gent", "plur"})
        both_parts = bool(plural) and plural.word.split("-")[0] != token.split("-")[0].lower()
    # (to a tenth: `лицо` the face outranks `лицо` the person by a hundredth, and the glossary's
    # `лицо, занимающееся незаконным ввозом мигрантов` took the face's accusative plural `лица`)
    return (both_parts, round(parse.score, 1), parse.tag.animacy == "anim")


def _agrees(parse, head) -> bool:
    tag = parse.tag
    if tag.POS not in _AGREEING or tag.case != "nomn" or tag.number != head.tag.number:
        return False
    return tag.number == "plur" or tag.gender == head.tag.gender


def _agreeing(tokens, parses, head_index, head):
    return russian_modifiers(tokens, parses, head_index, lambda parse: _agrees(parse, head))


def _coordinated_heads(tokens, parses, head_index, head) -> list:
    """The nouns after the head that a conjunction joins to it, in the nominative as it is and
    in its number, each with the adjectives right before it that agree with it: (index, parse,
    [(index, parse)])."""
    found = []
    for at in range(head_index + 1, len(tokens)):
        if tokens[at].lower() not in _CONJUNCTIONS:
            continue
        words = [index for index in range(at + 1, len(tokens)) if _is_word(tokens[index])]
        modifiers = []
        for index in words:
            noun = next((p for p in parses[index] if p.tag.POS == "NOUN" and p.tag.case == "nomn"
                         and p.tag.number == head.tag.number), None)
            if noun is not None:
                agreeing = [(i, next((p for p in parses[i] if _agrees(p, noun)), None)) for i in modifiers]
                if all(parse is not None for _, parse in agreeing):  # (an adjective that agrees with no head: none)
                    found.append((index, noun, agreeing))
                break
            if not any(_agrees(p, head) or p.tag.POS in _AGREEING and p.tag.case == "nomn" for p in parses[index]):
                break  # (a governed word: `борьба с торговлей и контрабандой` coordinates no head)
            modifiers.append(index)
    return found


_CONJUNCTIONS = ("и", "или", "либо")


def _heads_before(tokens, parses, head_index, head, agreeing) -> list:
    """A noun the head is joined to by a conjunction right before it (or before the words that
    agree with it): `предупреждение и пресечение`, whose first noun stayed in the nominative in
    every case. In the nominative and the head's number, with the adjectives that agree with it."""
    start = min([head_index, *(index for index, _ in agreeing)])
    words = [index for index in range(start) if _is_word(tokens[index])]
    if len(words) < 2 or tokens[words[-1]].lower() not in _CONJUNCTIONS:
        return []
    at = words[-2]
    noun = next((p for p in parses[at] if p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == head.tag.number), None)
    if noun is None:
        return []
    modifiers = []
    for index in reversed(words[:-2]):
        fitting = next((p for p in parses[index] if _agrees(p, noun)), None)
        if fitting is None:
            break
        modifiers.append((index, fitting))
    return [(at, noun, modifiers)]


def _form(tokens, spaces, heads, case, number) -> str | None:
    """The term in this case and number: each head (the first, and those coordinated with it)
    and the words that agree with it inflected, the rest as written."""
    words = list(tokens)
    for head_index, head, agreeing in heads:
        head_form = head.inflect({case, number})
        if head_form is None:
            return None
        head_word = head_form.word
        if case == "accs" and "-" in head_word:
            head_word = _compound_accusative(head, head_word, number)
        words[head_index] = _cased(tokens[head_index], head_word)
        animacy = head.tag.animacy or "inan"
        for index, parse in agreeing:
            grammemes = {case, number}
            if number == "sing":
                grammemes.add(head.tag.gender)
            if case == "accs" and (number == "plur" or head.tag.gender == "masc"):
                grammemes.add(animacy)
            inflected = parse.inflect(grammemes) or parse.inflect({case, number})
            if inflected is None:
                return None
            words[index] = _cased(tokens[index], inflected.word)
    return "".join(word + gap for word, gap in zip(words, spaces)).strip()


def _compound_accusative(head, accusative: str, number: str) -> str:
    """The accusative of a compound follows its first part: `государство-участник` is
    inanimate, so its accusative is its nominative (pymorphy3 gives `государство-участника`)."""
    nominative = head.inflect({"nomn", number})
    genitive = head.inflect({"gent", number})
    if not nominative or not genitive:
        return accusative
    first = lambda word: word.split("-")[0]  # noqa: E731
    inflects_first_part = first(genitive.word) != first(nominative.word)
    if inflects_first_part and first(accusative) == first(nominative.word):
        return nominative.word
    return accusative


def _cased(original: str, form: str) -> str:
    """pymorphy3 answers in lower case; keep the term's capitals and its ё/е spelling."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    if "-" in original and "-" in form:
        # each part of a compound as written: `ИТ-компания`, whose abbreviation stays in capitals
        parts, written = form.split("-"), original.split("-")
        if len(parts) == len(written):
            form = "-".join(_cased(was, part) if len(was) > 1 else part for was, part in zip(written, parts))
            return form if "ё" in original.lower() else form.replace("ё", "е")
    if original[:1].isupper():
        form = form[:1].upper() + form[1:]
    if "ё" not in original.lower():
        form = form.replace("ё", "е")
    return form
