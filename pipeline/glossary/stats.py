"""`hexaglot glossary stats`: the size of a glossary and what still needs verification."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from pipeline.model import LANGUAGES, Glossary, TermStatus, Verification


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
