"""Which of the six languages a body of translations is written in, where it is plainly
another than the one its catalog says: a French version saved as `es.txt`, an English catalog
labelled `zh`, a catalog whose Language header a tool copied from another language's.

Arabic, Chinese and Russian are told by their script, counted in what a reader takes in: a Han
character, or a word of another script (a Chinese interface names `API key` in two words, not
seven letters). English, French and Spanish, which share the Latin script, are told by their
most frequent words, each list holding only words that are not also words of the other two
(`de`, `la`, `que`, `en`, `un`, `se`, `son`, `on` are left out). A body of text too small to
say, or that says no language plainly, is read as the language it claims.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

# The most frequent words of each Latin-script language that neither of the other two writes.
COMMON_WORDS = {
    "en": frozenset("the of and to in is that for with by be are this which it at from will was has have its their "
                    "an or not were been would should shall these other also such".split()),
    "fr": frozenset("le les des du et est dans pour sur par au aux qui avec ses leur leurs ont sont cette ce été à "
                    "être ou une il elle plus ainsi".split()),
    "es": frozenset("el los las del y una por para con su sus al es está son este esta como más lo o sobre entre "
                    "también ha han fue sido ser".split()),
}
SCRIPT_OF = {"ar": "Arabic", "ru": "Cyrillic", "zh": "Han", "en": "Latin", "es": "Latin", "fr": "Latin"}
_SCRIPTS = {
    "Arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+"),
    "Cyrillic": re.compile(r"[\u0400-\u04ff]+"),
    "Han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),  # each character a unit
    "Latin": re.compile(r"[A-Za-z\u00c0-\u024f]+"),
}
_LATIN_WORD = re.compile(r"[a-zà-ÿ]+")
# How much text is read: enough to tell, never the whole of a 20 MB catalog.
SAMPLE_CHARACTERS = 12_000
# Evidence needed before a body of text is said to be in another language than claimed.
LEAST_UNITS = 200  # words or Han characters
LEAST_WORDS = 30  # common words of the language it reads as
LEAST_WITHOUT_ITS_SCRIPT = 20  # words, where none is in the claimed language's script


@dataclass(frozen=True)
class Reading:
    lang: str  # the language the text plainly reads as
    evidence: str  # for a person: what it rests on


def script_units(text: str) -> dict[str, int]:
    """How many words (Han: characters) of each of the six's scripts a text has."""
    return {script: len(pattern.findall(text)) for script, pattern in _SCRIPTS.items()}


def in_another_script_only(text: str, claimed: str) -> bool:
    """Whether a text has words in scripts, none of them the claimed language's: what a wrong
    encoding makes of a whole file (cp1251 read as UTF-16 is Han throughout), where a version
    with an annex in the language of submission keeps its own script beside it."""
    units = script_units(text)
    return sum(units.values()) >= LEAST_UNITS and units[SCRIPT_OF[claimed]] * 100 < sum(units.values())


def sample_of(texts) -> str:
    """The first texts, joined, up to some SAMPLE_CHARACTERS: what is read to tell a body of
    text's language (or its charset, pipeline/misdecoded.py)."""
    sample, size = [], 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size >= SAMPLE_CHARACTERS:
            break
    return "\n".join(sample)


def other_language(texts, claimed: str) -> Reading | None:
    """The language the texts plainly read as, where it is not `claimed` (one of the six);
    None where they read as `claimed`, or say too little to tell."""
    body = sample_of(texts)
    units = script_units(body)
    total = sum(units.values())
    script, most = max(units.items(), key=lambda item: item[1]) if total else ("", 0)
    mine = units[SCRIPT_OF[claimed]]
    others = [name for name, count in units.items() if count and name != "Latin"]
    if LEAST_WITHOUT_ITS_SCRIPT <= total < LEAST_UNITS and not mine and others == [script]:
        # Short (a program's menus and buttons), but not one word in the language's script and
        # every one in another of the six's: a Russian catalog filed as Chinese is plain at 20
        # words. (Not Latin words: names and codes a translation keeps; nor a list of
        # languages each in its own script, `العربية`, `中文`, a language picker.)
        lang = next(lang for lang, name in SCRIPT_OF.items() if name == script)
        return Reading(lang, f"{most} of its {total} words are in {script} script, none in {SCRIPT_OF[claimed]}")
    if total < LEAST_UNITS:
        return None
    if script != SCRIPT_OF[claimed]:
        # Another script: only where the claimed one is a small part of the text (a Russian
        # catalog of an application names products in Latin letters).
        if mine * 5 >= total:
            return None
        if script != "Latin":
            lang = next(lang for lang, name in SCRIPT_OF.items() if name == script)
            return Reading(lang, f"{most} of its {total} words are in {script} script, {mine} in {SCRIPT_OF[claimed]}")
    words = Counter(_LATIN_WORD.findall(body.lower()))
    counts = {lang: sum(words[word] for word in common) for lang, common in COMMON_WORDS.items()}
    best = max(counts, key=counts.get)
    if best == claimed or counts[best] < LEAST_WORDS:
        return None
    theirs = counts.get(claimed, 0)
    if SCRIPT_OF[claimed] == "Latin" and counts[best] < 3 * max(theirs, 1):
        return None  # both languages plainly there: a text quoting another, not another text
    shown = ", ".join(f"{lang} {counts[lang]}" for lang in sorted(counts, key=counts.get, reverse=True))
    return Reading(best, f"of its {words.total()} Latin-script words, the most frequent words of each language: {shown}")
