"""`hexaglot glossary candidates`: multiword terms the documents use and the glossary lacks.

Candidates are phrases of the source language that the language's rules allow
(pipeline/lang/phrases.py: stop words at neither edge in English; adjective + noun and noun +
genitive by pymorphy3 in Russian), counted with all their inflected forms together, and
ranked by C-value (Frantzi, Ananiadou & Mima 2000): a phrase's frequency, less the mean
frequency of the longer candidates it is nested in, times log2 of its length (halved for a
phrase with a preposition inside, PREPOSITION_WEIGHT). So
`intelligence unit`, which occurs only inside `financial intelligence unit`, ranks low, and
`service provider`, used alone as well as inside `Internet service provider`, keeps what its
own uses earn.

An occurrence inside a glossary term's match (found by the matcher, in any inflected form:
`State party`, `law enforcement`, the Convention's title) is not a candidate: that concept is
known. A longer phrase that holds a known term (`law enforcement agency`) is one.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from pipeline.glossary.aligned import AlignedSegment
from pipeline.lang.phrases import (_INSIDE, english_singular, english_term_shape, phrases, proper_name, russian_dictionary_form,
                                   russian_term_shape, with_capitals_of, written_as_name)
from pipeline.model import Glossary
from pipeline.term_matching import term_index

LONGEST = 6  # words: longer phrases are titles and clauses, not terms
SHORTEST = 2  # the issue asks for multiword terms; one word is for the matcher's lists


@dataclass(frozen=True)
class Equivalent:
    """A phrase of a target language that goes with a candidate in the aligned segments."""

    lang: str
    text: str  # its dictionary form
    confidence: float  # Dice coefficient over segments, 0..1
    together: int  # segments holding both the candidate and this phrase
    frequency: int  # segments of the language holding this phrase
    examples: tuple[str, ...] = ()  # where both occur (document#segment)

    def as_dict(self) -> dict:
        return {"lang": self.lang, "text": self.text, "confidence": round(self.confidence, 3), "together": self.together,
                "frequency": self.frequency, "examples": list(self.examples)}


@dataclass(frozen=True)
class Candidate:
    text: str  # the dictionary form
    key: tuple[str, ...]  # the words' keys: all inflected forms share it
    frequency: int  # occurrences outside known terms, in distinct sentences
    cvalue: float
    documents: tuple[str, ...]
    segments: tuple[str, ...]  # document#segment of each segment it occurs in (the examples)
    forms: tuple[str, ...]  # as written, most frequent first
    source_lang: str
    equivalents: dict[str, tuple[Equivalent, ...]] = field(default_factory=dict)
    # The glossary's concepts whose source term the candidate holds in every use (`law
    # enforcement` in `law enforcement agency`): its equivalents are looked for among the phrases
    # that hold those concepts' approved terms (equivalents.py).
    holds: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {"text": self.text, "frequency": self.frequency, "c_value": round(self.cvalue, 2),
                "documents": list(self.documents), "segments": list(self.segments), "forms": list(self.forms),
                "equivalents": {lang: [e.as_dict() for e in found] for lang, found in self.equivalents.items()}}


@dataclass
class _Occurrences:
    count: int = 0
    forms: Counter = field(default_factory=Counter)
    segments: dict = field(default_factory=dict)  # where → None, in order of first use
    documents: dict = field(default_factory=dict)
    holds: Counter = field(default_factory=Counter)  # concept → uses holding its source term


def source_candidates(segments: list[AlignedSegment], glossaries: list[Glossary], source_lang: str = "en",
                      min_count: int = 2) -> list[Candidate]:
    """The candidates of the segments' `source_lang` versions, best first (C-value, then
    frequency, then text), those used fewer than `min_count` times left out."""
    index = term_index(glossaries, source_lang) if any(g.concepts for g in glossaries) else None
    found: dict[tuple[str, ...], _Occurrences] = defaultdict(_Occurrences)
    written_lower: set[str] = set()
    seen_texts: set[str] = set()
    for segment in segments:
        text = segment.versions.get(source_lang)
        if not text:
            continue
        if text.casefold() in seen_texts:
            continue  # the same sentence again (an agenda item's title in the annex table): no new use
        seen_texts.add(text.casefold())
        known = index.match(text) if index else []
        for phrase in phrases(text, source_lang, LONGEST):
            if source_lang != "zh":
                written_lower.update(w for w in phrase.words if w.islower())
            if len(phrase.words) < SHORTEST or any(_inside_or_across(phrase, m.start, m.end) for m in known):
                continue
            if not _term_shape(phrase.words, source_lang):
                continue
            occurrences = found[phrase.key]
            occurrences.count += 1
            occurrences.forms[text[phrase.start:phrase.end]] += 1
            occurrences.segments[segment.where] = None
            occurrences.documents[segment.document] = None
            occurrences.holds.update({m.concept for m in known if phrase.start <= m.start and m.end <= phrase.end})
    values = c_values({key: o.count for key, o in found.items()})
    candidates = [
        Candidate(dictionary_form(key, o.forms, source_lang, written_lower), key, o.count,
                  values[key] * _pattern_weight(key, source_lang), tuple(o.documents),
                  tuple(o.segments), tuple(form for form, _ in o.forms.most_common()), source_lang,
                  holds=tuple(sorted(concept for concept, uses in o.holds.items() if uses == o.count)))
        for key, o in found.items() if o.count >= min_count and values[key] > 0
    ]
    candidates.sort(key=lambda c: (-c.cvalue, -c.frequency, c.text))
    return candidates


# A phrase with a preposition inside (`harmonization of approaches`, `rights of smuggled
# migrants`) is far more often a free combination than a term: the patterns of Justeson &
# Katz (1995) admit noun + preposition + noun as the rarest of their shapes. Its C-value
# counts half, so that it ranks below a compact phrase used as often.
PREPOSITION_WEIGHT = 0.5


def _pattern_weight(key: tuple[str, ...], lang: str) -> float:
    return PREPOSITION_WEIGHT if any(word in _INSIDE.get(lang, ()) for word in key) else 1.0


def _inside_or_across(phrase, start: int, end: int) -> bool:
    """Whether a phrase lies inside a known term's match, or cuts across one's edge
    (`investigation of smuggling` out of `investigation of smuggling of migrants`): either way
    it is not a concept of its own."""
    inside = start <= phrase.start and phrase.end <= end
    across = phrase.start < start < phrase.end < end or start < phrase.start < end < phrase.end
    return inside or across


def _term_shape(words: tuple[str, ...], lang: str) -> bool:
    if lang == "ru":
        return russian_term_shape(words) is not None
    if lang == "en":
        return english_term_shape(words)
    return True


def c_values(frequencies: dict[tuple[str, ...], int]) -> dict[tuple[str, ...], float]:
    """C-value of each phrase (keys are word-key tuples): log2(length) × (frequency − the mean
    frequency of the longer phrases it is nested in). Length 1 counts as log2(2) would not let
    it: single words get log2 of 1 = 0, so only multiword phrases score."""
    nested_in: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for longer, count in frequencies.items():
        for size in range(1, len(longer)):
            for start in range(len(longer) - size + 1):
                inner = longer[start:start + size]
                if inner in frequencies:
                    nested_in[inner].append(count)
    values = {}
    for phrase, count in frequencies.items():
        containing = nested_in.get(phrase)
        own = count - (sum(containing) / len(containing) if containing else 0)
        values[phrase] = math.log2(len(phrase)) * own
    return values


def dictionary_form(key: tuple[str, ...], forms: Counter, lang: str, written_lower: set[str]) -> str:
    """How a candidate is entered: Russian in the nominative with agreement kept; English,
    French and Spanish with the head (the word before the first preposition, or the last)
    in the singular where English makes it regularly (`agencies` → `agency`; `proceeds`
    and `human rights` stay), and each word in lower case unless the
    documents always capitalise it (`Internet`)."""
    written = forms.most_common(1)[0][0]
    name = proper_name(written, lang)  # `United Nations`: entered as written
    if lang == "ru":
        dictionary = russian_dictionary_form(tuple(written.split()))
        return (with_capitals_of(written, dictionary) if name else dictionary) if dictionary else (written if name else written.lower())
    if lang in ("zh", "ar"):
        return written
    if name:
        return written_as_name(forms, lang)
    words = written.split()
    head = next((i - 1 for i, w in enumerate(words) if i and w.lower() in _INSIDE[lang]), len(words) - 1)
    out = []
    for i, word in enumerate(words):
        # Lower case unless the documents never write the word so (a name: `Internet`).
        shown = word.lower() if word.lower() in written_lower or not word[:1].isupper() else word
        if i == head and lang == "en":
            shown = english_singular(shown, key[i])
        out.append(shown)
    return " ".join(out)
