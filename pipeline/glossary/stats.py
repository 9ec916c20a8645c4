"""`hexaglot glossary stats`: the size of a glossary and what still needs verification."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from pipeline.catalog import read_entries
from pipeline.glossary.aligned import aligned_segments
from pipeline.glossary.equivalents import best_phrases, phrase_table
from pipeline.model import LANGUAGES, Glossary, TermStatus, Verification
from pipeline.term_matching import TermIndex, effective, term_index


@dataclass(frozen=True)
class GlossaryStats:
    concepts: int
    terms_by_lang_status: dict[str, dict[str, int]]
    unverified_by_lang: dict[str, dict[str, int]]  # lang → {"unverified": n, "uncertain": n}
    concepts_by_subject: dict[str, int]
    patterns: int
    case_sensitive: int

    @property
    def terms(self) -> int:
        return sum(sum(row.values()) for row in self.terms_by_lang_status.values())

    def as_dict(self) -> dict:
        return {
            "concepts": self.concepts,
            "terms": self.terms,
            "terms_by_language_and_status": self.terms_by_lang_status,
            "unverified_by_language": self.unverified_by_lang,
            "concepts_by_subject": self.concepts_by_subject,
            "patterns": self.patterns,
            "case_sensitive_terms": self.case_sensitive,
        }


def glossary_stats(glossary: Glossary) -> GlossaryStats:
    by_lang_status = {lang: {status.value: 0 for status in TermStatus} for lang in LANGUAGES}
    unverified = {lang: {"unverified": 0, "uncertain": 0} for lang in LANGUAGES}
    patterns = case_sensitive = 0
    for concept in glossary.concepts:
        for term in concept.terms:
            by_lang_status.setdefault(term.lang, {s.value: 0 for s in TermStatus})[term.status.value] += 1
            if term.verification is not Verification.VERIFIED:
                unverified.setdefault(term.lang, {"unverified": 0, "uncertain": 0})[term.verification.value] += 1
            patterns += bool(term.pattern)
            case_sensitive += term.case_sensitive
    subjects = Counter(concept.subject or "(none)" for concept in glossary.concepts)
    return GlossaryStats(len(glossary.concepts), by_lang_status, unverified, dict(sorted(subjects.items())), patterns, case_sensitive)


@dataclass(frozen=True)
class VariantUse:
    concept: str
    lang: str
    term: str
    status: str
    count: int


def merge_usage(uses) -> list[VariantUse]:
    """Variant counts of several catalogs added up."""
    counts: Counter = Counter()
    for use in uses:
        counts[(use.concept, use.lang, use.term, use.status)] += use.count
    return [VariantUse(*key, count) for key, count in sorted(counts.items())]


def variant_usage(glossary: Glossary, catalog_paths) -> list[VariantUse]:
    """How often each term of the glossary occurs in the translations of the catalogs (and in
    the source of their msgids), matched through morphology: how terminologists see which
    variant is used, before deciding which to prefer. The source is the glossary's source
    language (a catalog in that language is counted once, as translations)."""
    source = glossary.source_lang
    counts: Counter = Counter()
    indexes: dict[str, TermIndex] = {}
    for path in catalog_paths:
        catalog = read_entries(path)
        for lang, field in ((catalog.lang, "msgstr"), (source, "msgid")):
            if lang not in LANGUAGES or (field == "msgid" and catalog.lang == source):
                continue
            index = indexes.setdefault(lang, term_index([glossary], lang))
            for entry in catalog.entries:
                text = getattr(entry, field)
                for match in effective(index.match(text), text):
                    counts[(match.concept, lang, match.term.text, match.term.status.value)] += 1
    # The source language is counted once per catalog it appears in: report it per catalog set.
    return [VariantUse(*key, count) for key, count in sorted(counts.items())]


@dataclass(frozen=True)
class UnrecordedVariant:
    """A phrase that renders a known concept where none of the concept's terms is found: the
    aligned phrase of the segments whose source has the concept and whose version has none of
    its terms, approved or not (usage the glossary does not record)."""

    concept: str
    lang: str
    phrase: str
    uses: int  # segments lacking the concept's terms that hold the phrase
    lacking: int  # segments whose source has the concept and whose version has none of its terms
    confidence: float  # Dice between those segments and the phrase's
    examples: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"concept": self.concept, "lang": self.lang, "phrase": self.phrase, "uses": self.uses,
                "lacking": self.lacking, "confidence": round(self.confidence, 3), "examples": list(self.examples)}


MIN_CONFIDENCE = 0.5  # below it the phrase goes with other segments at least as much: not shown
# In one segment every phrase of it goes with it alone: two segments at least tell which does.
MIN_USES = 2


def unrecorded_variants(glossary: Glossary, catalog_paths, documents: dict | None = None,
                        not_read: list[str] | None = None) -> list[UnrecordedVariant]:
    """For each concept and language: where the source has the concept and the version none of
    its terms, the phrase that goes with those segments (pipeline/glossary/equivalents.py's
    association, the same dictionary forms), when it is in two of them at least (MIN_USES)
    with a Dice of MIN_CONFIDENCE or more, and is not the source's own words left in the
    version (an English title in a French footnote). `not_read`: see aligned_segments."""
    segments = aligned_segments(list(catalog_paths), documents, not_read)
    source = glossary.source_lang
    source_index = term_index([glossary], source)
    in_source: dict[str, set[str]] = {}
    words_of: dict[str, int] = {}
    for segment in segments:
        text = segment.versions.get(source)
        if text:
            matches = effective(source_index.match(text), text)
            # A concept inside another's term (`United Nations` in the Convention's title) is
            # rendered inside that term's translation, not on its own.
            matches = [m for m in matches if not any(o.covers(m) and o.concept != m.concept for o in matches)]
            in_source[segment.where] = {m.concept for m in matches}
            for m in matches:
                words_of.setdefault(m.concept, len(m.term.text.split()))
    found = []
    for lang in LANGUAGES:
        if lang == source:
            continue
        with_version = [s for s in segments if s.versions.get(lang)]
        if not with_version:
            continue
        index = term_index([glossary], lang)
        rendered = {s.where: {m.concept for m in index.match(s.versions[lang])} for s in with_version}
        lacking: dict[str, list[str]] = defaultdict(list)
        for s in with_version:
            for concept in sorted(in_source.get(s.where, ()) - rendered[s.where]):
                lacking[concept].append(s.where)
        if not lacking:
            continue
        table = phrase_table(segments, lang, {where for places in lacking.values() for where in places})
        source_of = {s.where: s.versions.get(source, "").casefold() for s in with_version}
        for concept, where in sorted(lacking.items()):
            for phrase in best_phrases(words_of.get(concept, 1), where, table, lang, 3):
                if phrase.together < MIN_USES or phrase.confidence < MIN_CONFIDENCE:
                    continue
                if any(phrase.text.casefold() in source_of[w] for w in phrase.examples):
                    continue  # the source's own words left in the version (a title kept in English)
                if any(m.concept != concept for m in index.match(phrase.text)):
                    continue  # another concept's term (`Управление ООН по наркотикам и преступности`): recorded
                found.append(UnrecordedVariant(concept, lang, phrase.text, phrase.together, len(where), phrase.confidence, phrase.examples))
                break
    return found
