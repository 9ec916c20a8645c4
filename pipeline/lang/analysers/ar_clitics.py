"""Arabic: our own tokenizer and normaliser. spaCy's Arabic tokenizer neither splits clitics
nor a stop after a word ending in a diacritic (`الموسَّع.` stays one token), so a regular
expression that keeps diacritics inside words does the splitting.

Keys: the word normalised (diacritics and tatweel removed; أ إ آ ٱ → ا; ة → ه; ى → ي), the
same without each possible run of proclitics (و ف, then ب ك ل, then ال; `لل` is ل + ال), the
singular of a sound plural (`منصات` → `منصه`, `مهاجرين` → `مهاجر`), the word without an
attached pronoun (`مساهماتها` → `مساهمات`), and the Snowball stem of each, marked as a stem.
A term's head noun is matched by its forms alone (ArabicAnalyser.head_keys). Broken plurals
(`تقارير`, `الدول الأطراف`) cannot be derived: the glossary lists them as plural forms of the
preferred term. spaCy has no Arabic lemma table (E955).
"""

from __future__ import annotations

import re

import snowballstemmer

from pipeline.lang.analysers import Tokens, exact
from pipeline.lang.arabic_marks import ARABIC_MARKS
from pipeline.lang.presentation_forms import fold_presentation_forms


_MARKS = ARABIC_MARKS  # diacritics and tatweel, inside words
_DIACRITICS = re.compile(f"[{_MARKS}]")
_WORD = re.compile(rf"([\w{_MARKS}]+|[^\w\s])")  # a word (its diacritics inside it), or one other mark
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"}
_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")
_ATTACHED_PRONOUNS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا")  # the longest first


def normalise(word: str) -> str:
    # One replace per letter, not str.translate: translate looks every character up in a dict
    # (40 µs for a paragraph), a replace searches in C (0.3 µs). No letter is replaced by
    # another that is replaced in turn, so the order does not matter. A word in presentation
    # forms (copied out of a PDF: `ﻣﻜﺘﺐ`) is the word of its letters (TYPO001 says it).
    text = _DIACRITICS.sub("", fold_presentation_forms(word))
    for letter, plain in _LETTERS.items():
        if letter in text:
            text = text.replace(letter, plain)
    return text


def without_clitics(word: str) -> set[str]:
    """The word with each run of proclitics it may carry taken off (keeping 2 letters at least)."""
    forms = {word}
    for form in list(forms):
        if form[:1] in _CONJUNCTIONS and len(form) > 3:
            forms.add(form[1:])
    for form in list(forms):
        if form.startswith("لل") and len(form) > 4:
            forms.add("ال" + form[2:])
            forms.add(form[2:])
            # ...and ل + ال before a word that begins with ل: the article's ل is not written
            # again (`للغات`, to the languages: `اللغات`, `لغات`)
            forms.add("ا" + form)
            forms.add(form[1:])
        elif form.startswith("لل") and len(form) > 3:
            forms.add("ا" + form)  # (`للغة`, to the language: `اللغة`)
            forms.add(form[1:])
        elif form[:1] in _PREPOSITIONS and len(form) > 3:
            forms.add(form[1:])
    for form in list(forms):
        if form.startswith("ال") and len(form) > 3:
            forms.add(form[2:])
    # An attached pronoun (`مساهماتها`, its contributions; `تقريرهم`, their report), a ة before
    # it written ت (`مساهمتها`). Not ه alone (his, its), which ة is once normalised, nor ي.
    for form in list(forms):
        suffix = next((ending for ending in _ATTACHED_PRONOUNS if form.endswith(ending)), "")
        if suffix and len(form) - len(suffix) >= 3:
            stem = form[:-len(suffix)]
            forms.add(stem)
            if stem.endswith("ت") and not stem.endswith("ات"):
                forms.add(stem[:-1] + "ه")
    # Sound plurals and duals: -ات (feminine, from -ة), -ين / -ون / -ان; a dual's ة is written
    # ت before its ending (`الدولتان`, `دولتين`: the dual of `الدولة`).
    for form in list(forms):
        if form.endswith("ات") and len(form) > 4:
            forms.update({form[:-2], form[:-2] + "ه"})
        elif form.endswith(("ين", "ون", "ان")) and len(form) > 4:
            forms.update(_with_its_ta_marbuta(form[:-2]))
            if form.endswith(("ين", "ون")):
                forms.add(form[:-2] + "ي")  # a noun in ي whose ي the plural drops (`المحامون` of `المحامي`)
    return forms


def _with_its_ta_marbuta(stem: str) -> set[str]:
    """A stem, and where it ends in ت (not ات) the word with its ة (normalised ه) back."""
    return {stem, stem[:-1] + "ه"} if stem.endswith("ت") and not stem.endswith("ات") else {stem}


_STEM = "~"
_DEFINITE = re.compile("^[وف]?[بكل]?ال")
_NISBA_STEM = "~ي"
# A relative adjective's endings (ي, ية, يين, يون, يات, normalised), after two letters at least.
_NISBA = re.compile(r"(?<=\w\w)(?:ي|يه|يين|يون|يات)$")


def _forms(word: str) -> set[str]:
    """without_clitics' forms of the word, of it without the alif of an indefinite accusative
    (`تحقيقاً`) or of a dual in a construct (`شركتا`), and without the pronoun ه (his, its: `تقريره`, `ولايته`), which only the word
    as written tells from ة."""
    normalised = normalise(word)
    forms = without_clitics(normalised)
    if normalised.endswith("ا") and len(normalised) > 3:
        # and of a dual in a construct (`شركتا الشحن`, `وفدا مصر`)
        for form in without_clitics(normalised[:-1]):
            forms |= _with_its_ta_marbuta(form)
    elif normalised.endswith("تي") and len(normalised) > 4 and not _DEFINITE.match(normalised):
        # `مع شركتي الشحن`: the construct dual of a word in ة, after a preposition (a construct
        # takes no article: `الصوتي`, vocal, is a relative adjective, not two votes)
        for form in without_clitics(normalised[:-1]):
            forms |= _with_its_ta_marbuta(form)
    plain = _DIACRITICS.sub("", word)
    if plain.endswith("ه") and len(plain) > 4:
        stem = plain[:-1]
        if stem.endswith("ت") and not stem.endswith("ات"):
            stem = stem[:-1] + "ة"
        forms |= without_clitics(normalise(stem))
    forms.update(_FIVE_NOUNS[form] for form in list(forms) if form in _FIVE_NOUNS)
    return forms


# `ذو` (possessing) is one of the five nouns, which show their case in a long vowel, not a
# suffix: the oblique `ذوي` of `الأشخاص ذوي الإعاقة` (persons with disabilities, as the
# Convention's title has it) is the plural `ذوو`. (Not the singular's `ذي`: `الذي`, who,
# without its article, is that too.)
_FIVE_NOUNS = {"ذوي": "ذوو"}


class ArabicAnalyser:
    lang = "ar"

    def __init__(self):
        self.stemmer = snowballstemmer.stemmer("arabic")
        self.cache: dict[str, frozenset[str]] = {}

    def keys(self, word: str) -> frozenset[str]:
        cached = self.cache.get(word)
        if cached is None:
            forms = _forms(word)
            keys = set(forms)
            # A stem is marked as one: it matches another word's stem, never a word's form; and
            # a relative adjective's (`المناخي`, climatic) is marked apart from its noun's
            # (`المناخ`, climate), which `تغير المناخ` needs, not `التغير المناخي`.
            keys.update((_NISBA_STEM if _NISBA.search(form) else _STEM) + self.stemmer.stemWord(form)
                        for form in forms if len(form) > 2)
            cached = self.cache[word] = frozenset(keys | {exact(word)})
        return cached

    def head_keys(self, word: str) -> frozenset[str]:
        """The keys of the first word of a term, its head noun: its forms, not their stems. A
        stem joins words the head's forms do not: `مصادر` (sources) and `مصادرة`
        (confiscation), `الاجتماعي` (social) and `اجتماع` (meeting). The adjectives after it
        keep theirs, which agree in gender (`المشترك`, `المشتركة`)."""
        return frozenset(_forms(word))

    def analyse(self, text: str) -> Tokens:
        parts = _WORD.split(text)
        return Tokens.from_split(parts, parts[1::2], self.cache.get, self.keys)


def build(lang: str) -> ArabicAnalyser:
    return ArabicAnalyser()
