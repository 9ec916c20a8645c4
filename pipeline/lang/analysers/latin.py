"""English, French and Spanish: a regular-expression tokenizer; keys are the lower-cased form, its lemma
from spaCy's lookup tables (spacy-lookups-data) and, for words the table does not know, its
Snowball stem.

spaCy's lookup lemmatizer gives one lemma per form and is sometimes wrong (es `partes` →
`partir`) and case-sensitive (`States` stays `States`), so the form is lower-cased first and a
set of keys is matched, as Russian uses all its readings. Elided articles and prepositions
(`l'`, `d'`) are tokens of their own and stand for their full forms.

French and Spanish put an article after a preposition, or contract the two, where a term's
words do not (`trafic d'êtres humains` is also written `trafic des êtres humains`,
`tráfico de personas` `tráfico de las personas`): a preposition and the article after it are one
token, and a contraction (`des`, `du`, `del`, `aux`) has its preposition's key, so term and text
meet whichever the writer chose.

spaCy's tokenizers were used first; they cost 4 s to build for French (its exception table)
and ran at a fifth of the speed of this expression, which splits what the matcher needs:
words, elisions, numbers and every other character.
"""

from __future__ import annotations

import gzip
import json
import re
from importlib.metadata import version
from importlib.resources import files

import snowballstemmer

from pipeline.lang import profile
from pipeline.lang.analysers import Tokens, exact
from pipeline.lang.stored import PackedTable, stored_table

_TOKEN = re.compile(r"([^\W\d_]{1,3}['’](?=[^\W\d_])|[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*|\S)")
# The same expression for a text with no apostrophe, where its elision and its `aujourd'hui`
# can match nothing: the same tokens, a third faster (every Spanish text, most English ones).
_TOKEN_WITHOUT_APOSTROPHE = re.compile(r"([^\W\d_]+|\d+(?:[.,]\d+)*|\S)")

# Marks typed for an apostrophe inside a word (`recouvrement d‘avoirs`, `d´avoirs`, `d′avoirs`,
# a full-width `d＇avoirs`): read as the apostrophe they stand for, or the term's words were
# not found, and TERM001 "expected" what the reader saw written there.
_APOSTROPHE_LOOKALIKES = "‘´′＇`"
_LOOKALIKE_BETWEEN_LETTERS = re.compile(rf"(?<=[^\W\d_])[{_APOSTROPHE_LOOKALIKES}](?=[^\W\d_])")

_STEMMERS = {"en": "english", "fr": "french", "es": "spanish"}
_ELISIONS = {
    "fr": {"l'": ("le", "la"), "d'": ("de",), "qu'": ("que",), "n'": ("ne",), "s'": ("se",), "j'": ("je",), "m'": ("me",), "t'": ("te",), "c'": ("ce",)},
}


def _lemma_table(lang: str) -> PackedTable:
    return stored_table(f"{lang}-lemmas", _derive_lemma_table, lang, version("spacy-lookups-data"))


def _derive_lemma_table(lang: str, data_version: str) -> dict[str, str]:
    # data_version is not read: it names the stored table, so that new data is a new file.
    path = files("spacy_lookups_data") / "data" / f"{lang}_lemma_lookup.json.gz"
    with gzip.open(path) as handle:
        table = json.load(handle)
    # English and Spanish give a lemma, French a list of one (`"parties": ["partie"]`): a
    # table that kept strings only had no French at all, and French words fell back to stems
    # (`parties` → `part`, a share).
    return {form.lower(): (lemma if isinstance(lemma, str) else lemma[0]).lower()
            for form, lemma in table.items() if isinstance(lemma, str) or (isinstance(lemma, list) and len(lemma) == 1)}


class LatinAnalyser:
    def __init__(self, lang: str):
        self.lang = lang
        self.lemmas = _lemma_table(lang)
        self.known_lemmas = self.lemmas.values
        self.stemmer = snowballstemmer.stemmer(_STEMMERS[lang])
        self.elisions = _ELISIONS.get(lang, {})
        language = profile(lang)
        self.contractions = language.contractions
        # A preposition and the article after it (`de la`, `à l'`, `de los`) are one token, read
        # by the same expression as every other token: joining them afterwards cost a French
        # text a quarter of its analysis time.
        prepositions = "|".join(sorted(language.slot_prepositions))
        articles = "|".join(sorted(a for a in language.term_gap_articles if len(a) > 1))
        elided = "|".join(sorted(a for a in language.term_gap_articles if len(a) == 1))
        self.token, self.token_without_apostrophe = _TOKEN, _TOKEN_WITHOUT_APOSTROPHE
        if prepositions and articles:
            # (The rest of the expression has no letter of its own: ignoring case is for these.)
            slot = rf"\b(?:{prepositions})\s+(?:{articles}|\d+)\b"
            self.token_without_apostrophe = re.compile(f"({slot}|{_TOKEN_WITHOUT_APOSTROPHE.pattern[1:]}", re.IGNORECASE)
            if elided:
                slot += rf"|\b(?:{prepositions})\s+(?:{elided})['’](?=[^\W\d_])"
            self.token = re.compile(f"({slot}|{_TOKEN.pattern[1:]}", re.IGNORECASE)
        self.participle_form = language.postposed_participle or (lambda word: False)
        self.possessive = language.possessive_ending
        self.cache: dict[str, frozenset[str]] = {}

    def keys(self, word: str) -> frozenset[str]:
        cached = self.cache.get(word)
        if cached is None:
            lower = word.lower().replace("’", "'")
            keys = {lower}
            if lower in self.elisions:
                keys.update(self.elisions[lower])
            elif lower in self.contractions:
                keys.add(self.contractions[lower])
            elif " " in lower or "\xa0" in lower:  # `de la`, `of these`: the preposition's slot
                keys = {lower.split()[0]}
            elif self.possessive and lower.endswith(self.possessive) and len(lower) > len(self.possessive) + 1:
                # `party's` is `party` (its lemma, its stem) too; its own form stays its exact key.
                keys.update(key for key in self.keys(lower[:-len(self.possessive)]) if not key.startswith("="))
            elif self.participle_form(lower):
                # `smuggled` is not `smuggling`: a participle keeps its form, not the verb's
                # lemma (`migrants smuggled` is `smuggled migrants`, not `migrant smuggling`).
                pass
            elif any(ch.isalpha() for ch in lower):
                lemma = self.lemmas.get(lower)
                if lemma == lower and lower.endswith("e") and len(lower) > 4:
                    # spaCy's French table gives `financière` as its own lemma and
                    # `financières` as `financier`: a feminine form takes its plural's lemma,
                    # so that `enquête financière` is `enquêtes financières`.
                    lemma = self.lemmas.get(lower + "s") or lemma
                if lemma:
                    keys.add(lemma)
                elif lower not in self.known_lemmas:
                    # The stem only for words the lemma table does not know: stems join words
                    # of different parts of speech (`delegates`, `delegation` → `deleg`).
                    keys.add(self.stemmer.stemWord(lower))
            if self.possessive and lower.endswith(self.possessive) and word[:-len(self.possessive)].isupper():
                # An acronym's possessive (`UNODC's work`, `UNODC’s`) is the acronym: `UNODC` was
                # found only in `the work of UNODC`.
                keys.add(exact(word[:-len(self.possessive)]))
            elif len(word) > 2 and word[-1] == "s" and word[:-1].isupper():
                # An acronym's plural (`NDCs`, `LDCs`) is the acronym, whose case its term keeps.
                keys.add(exact(word[:-1]))
            cached = self.cache[word] = frozenset(keys | {exact(word)})
        return cached

    def analyse(self, text: str) -> Tokens:
        if any(mark in text for mark in _APOSTROPHE_LOOKALIKES):
            text = _LOOKALIKE_BETWEEN_LETTERS.sub("’", text)  # (one character for one: offsets kept)
        pattern = self.token if "'" in text or "’" in text else self.token_without_apostrophe
        parts = pattern.split(text)
        return Tokens.from_split(parts, parts[1::2], self.cache.get, self.keys)


def build(lang: str) -> LatinAnalyser:
    return LatinAnalyser(lang)
