"""`hexaglot glossary stats`: the size of a glossary and what still needs verification."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipeline.catalog import read_entries
from pipeline.model import LANGUAGES, Glossary, TermStatus, Verification
from pipeline.term_matching import TermIndex, effective


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
            index = indexes.setdefault(lang, TermIndex([glossary], lang))
            for entry in catalog.entries:
                text = getattr(entry, field)
                for match in effective(index.match(text), text):
                    counts[(match.concept, lang, match.term.text, match.term.status.value)] += 1
    # The source language is counted once per catalog it appears in: report it per catalog set.
    return [VariantUse(*key, count) for key, count in sorted(counts.items())]
