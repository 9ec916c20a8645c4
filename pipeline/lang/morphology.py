"""pymorphy3's Russian dictionary: the one morphological analyser hexaglot uses (term keys,
number words, ordinal dates, agreement, inflection, hyphenation, unknown words), and which
of a noun's numbers are in use."""

from __future__ import annotations

from functools import lru_cache

from pipeline.lang.word_frequency import zipf


@lru_cache(maxsize=1)
def morph_analyzer():
    """pymorphy3's analyser: expensive to build (≈0.5 s, its dictionary loaded), so built once
    per process, on first use: most runs without Russian never load it."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def attested_numbers(noun) -> frozenset[str]:
    """The numbers (`sing`, `plur`) of a noun's paradigm (a pymorphy3 parse) that are in use:
    some form only that number has (`помощей`, not `помощи`, which the genitive singular
    shares) is in wordfreq's word list. OpenCorpora, pymorphy3's dictionary, inflects most
    nouns through both numbers by rule and tags only some singularia tantum (Sgtm:
    `отмывание`): `торговель`, `помощей`, `преступностей` are forms of no text. A compound
    (`государство-участник`) is taken as in use in both: the list holds no hyphenated words;
    so is an indeclinable noun (`бюро`), whose forms are one in both numbers. A form is looked
    up with ё written е, as the list has it (`партнёрств` is there as `партнерств`)."""
    if "-" in noun.word or "Fixd" in noun.tag:
        return frozenset(("sing", "plur"))
    forms_by_number: dict[str, set[str]] = {"sing": set(), "plur": set()}
    for form in noun.lexeme:
        if form.tag.number in forms_by_number:
            forms_by_number[form.tag.number].add(form.word.replace("ё", "е"))
    return frozenset(number for number, words in forms_by_number.items()
                     if any(zipf(word, "ru") > 0 for word in words - forms_by_number[_OTHER_NUMBER[number]]))


_OTHER_NUMBER = {"sing": "plur", "plur": "sing"}

# What agrees with a noun: a full or short adjective or participle.
_MODIFIER_PARTS = frozenset({"ADJF", "PRTF", "PRTS", "ADJS"})


def modifies_as_read(modifier_parses, word_parses, attributive: bool = True) -> bool:
    """Whether the word (its pymorphy3 parses), read as it most likely is, is a noun the
    modifier (its parses) agrees with: in number, gender in the singular and, where the
    modifier is attributive, case (and animacy in the accusative). Its likeliest reading alone:
    `товаров` is the noun of `ввезенных`; `были`, also the plural of `быль`, is none, nor
    `торговли`, a genitive singular before it is a nominative plural. What tells a participle's
    own noun standing between it and a term's (`незаконно ввезенных товаров у мигрантов`)."""
    if not word_parses or word_parses[0].tag.POS != "NOUN":
        return False
    noun = word_parses[0].tag
    for parse in modifier_parses:
        form = parse.tag
        if form.POS not in _MODIFIER_PARTS or form.number != noun.number:
            continue
        if noun.number == "sing" and form.gender not in (None, noun.gender):
            continue
        if attributive and (form.case != noun.case or (form.case == "accs" and None not in (form.animacy, noun.animacy)
                                                        and form.animacy != noun.animacy)):
            continue
        return True
    return False


def russian_head(parses: list[list]) -> int | None:
    """The head noun of a Russian term, given each word's pymorphy3 readings: a noun in the
    nominative that the adjectives and participles before it agree with, read first of all as
    such a noun where one is; not the object of a preposition (`перемещенные внутри страны
    лица`: not `страны`, a plural nominative as well as a genitive), not a preposition pymorphy3
    also reads as a noun (`к`, `с`: `не имеющая выхода к морю развивающаяся страна`), not an
    adjective it also reads as one (`малые` in `малые островные развивающиеся государства`)
    where a noun follows; else the first that may be one."""
    def nouns(options):
        return [p for p in options if p.tag.POS == "NOUN" and p.tag.case == "nomn"]

    def agrees(modifier, noun) -> bool:
        return modifier.tag.number == noun.tag.number and (noun.tag.number == "plur" or modifier.tag.gender == noun.tag.gender
                                                           or noun.tag.gender is None)

    def first(options) -> str:
        return str(options[0].tag.POS) if options else ""

    candidates = [index for index, options in enumerate(parses)
                  if nouns(options) and first(options) not in _NO_HEAD and not (index and first(parses[index - 1]) == "PREP")]
    for surest in (True, False):
        for place, index in enumerate(candidates):
            options = parses[index]
            if surest and not nouns(options[:1]):
                continue
            if any(p.tag.POS in ("ADJF", "PRTF") for p in options) and place + 1 < len(candidates):
                continue  # an adjective that may be read as a noun, before the noun it goes with
            modifiers = [p for before in parses[:index] for p in before if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == "nomn"]
            if not modifiers or any(agrees(m, noun) for m in modifiers for noun in nouns(options)):
                return index
    return candidates[0] if candidates else next((index for index, options in enumerate(parses) if nouns(options)), None)


# Words read first of all as no noun, which pymorphy3 may also read as one (a letter's name).
_NO_HEAD = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


def russian_modifiers(words: list[str], parses: list[list], head: int, fits) -> list[tuple[int, object]]:
    """The words of a Russian term that agree with its head noun (at `head`), each with the
    reading that does (`fits(reading)`): the adjectives and participles right before it,
    adverbs among them; a participle with its complement before those (`определяемый на
    национальном уровне вклад`, up to three words between); a participle opening a phrase after
    a comma after it (`лицо, занимающееся незаконным ввозом мигрантов`). What the matcher's
    agreement (TERM005) and `glossary inflect` both read."""
    chosen = []
    index = head - 1
    while index >= 0:
        match = next((p for p in parses[index] if fits(p)), None)
        if match:
            chosen.append((index, match))
        elif not any(p.tag.POS == "ADVB" for p in parses[index]):
            participle = next(((before, p) for before in range(index - 1, max(index - 3, 0) - 1, -1)
                               for p in parses[before] if p.tag.POS == "PRTF" and fits(p)), None)
            if participle is None:
                break
            chosen.append(participle)
            index = participle[0]
        index -= 1
    for index in range(head + 1, len(words) - 1):
        if words[index] == ",":
            match = next((p for p in parses[index + 1] if p.tag.POS == "PRTF" and fits(p)), None)
            if match:
                chosen.append((index + 1, match))
    return sorted(chosen, key=lambda item: item[0])
