"""Whether a noun term of several words is rendered by its action's verb with the term's
complement as the verb's object, as a French or Spanish translator turns `to provide technical
assistance and capacity-building` into `de fournir une assistance technique et de renforcer les
capacités`, `prestaran asistencia técnica y crearan capacidad`: the concept is there, in the
grammar the sentence took. (Russian is read by its analyser instead: pipeline/lang/roots.py.)

The head must end as the language's nouns of action do (`renforc-ement`, `crea-ción`,
`fortalec-imiento`: LanguageProfile.action_noun_endings), a word beginning with what is left
must stand right before the complement, or an article before it, and the complement's words
must follow in the term's order. Its prepositions and articles (`des`, `de la`) are left out:
the object takes its own (`les capacités`) or none (`capacidad`)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang import profile
from pipeline.lang.arabic_marks import ARABIC_PROCLITICS, without_arabic_marks

# A verb's stem shorter than this begins too many words of unrelated meaning.
_SHORTEST_STEM = 3
_WORD = r"[^\W\d_]"


def rendered_by_its_verb(term: str, text: str, lang: str) -> bool:
    """Whether `text` renders the noun term `term` by its head's verb, its complement the
    verb's object."""
    pattern = _verbal_form(term.casefold(), lang)
    return pattern is not None and pattern.search(text.casefold().replace("’", "'")) is not None


@lru_cache(maxsize=1024)
def _verbal_form(term: str, lang: str) -> re.Pattern[str] | None:
    language = profile(lang)
    words = re.findall(rf"{_WORD}[\w'-]*", term)
    if len(words) < 2 or not language.action_noun_endings:
        return None
    head, rest = words[0], words[1:]
    stem = next((head[: -len(ending)] for ending in language.action_noun_endings
                 if head.endswith(ending) and len(head) - len(ending) >= _SHORTEST_STEM), None)
    if stem is None:
        return None
    # The verb: the stem with one of the language's verb endings, no other word of the stem
    # (`crearan`, `renforcer`; not `creciente`, `organizaciones`, `coopératives`).
    verb = rf"\b{re.escape(stem)}(?:{'|'.join(sorted(language.verb_endings, key=len, reverse=True))})\b"
    links = language.term_gap_articles | language.slot_prepositions | set(language.contractions)
    complement = [word for word in rest if word not in links and not word.endswith("'")]
    if not complement or not language.verb_endings:
        return None
    # Each word of the complement in its number (`capacité`, `capacités`; `capacidad`,
    # `capacidades`), no other word that begins alike (`travail` is no `travaillent`).
    words_of = [re.escape(word) + r"(?:s|es|x)?" for word in complement]
    article = "|".join(sorted(map(re.escape, language.term_gap_articles | set(language.contractions)), key=len, reverse=True))
    return re.compile(rf"{verb}\s+(?:(?:{article})\s+|l')?" + r"\s+".join(words_of) + r"\b")




def rendered_with_its_adjective_as_an_adverb(term: str, text: str) -> bool:
    """Whether an Arabic noun and relational adjective (`الملاحقة القضائية`) are rendered by the
    noun with the adjective turned into its adverb after the noun's object (`لملاحقة مهربي
    المهاجرين قضائياً`, to prosecute the smugglers of migrants): UN Arabic's usual way to say
    the verb the English noun stands for."""
    pattern = _adverbial_form(term)
    return pattern is not None and pattern.search(without_arabic_marks(text)) is not None


@lru_cache(maxsize=1024)
def _adverbial_form(term: str) -> re.Pattern[str] | None:
    words = without_arabic_marks(term).split()
    if len(words) != 2 or not all(word.startswith("ال") for word in words):
        return None
    noun, adjective = words[0][2:], words[1][2:]
    if not adjective.endswith(("ية", "ي")) or len(noun) < 3:
        return None
    adverb = adjective.removesuffix("ة")  # `القضائية` → `قضائي`, whose adverb is `قضائيا`
    # The noun's object between them (a word or three), and the adverb not denied (`إداريا، لا
    # قضائيا`: administratively, not judicially).
    return re.compile(rf"(?<!\w){ARABIC_PROCLITICS}{re.escape(noun)}\w*(?:\s+[^\s،,]+){{0,3}}?\s+"
                      rf"(?<!لا )(?<!غير ){re.escape(adverb)}ا(?!\w)")
