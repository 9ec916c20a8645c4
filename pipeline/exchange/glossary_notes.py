"""The glossary's terms found in a source, as a note a translator reads in the CAT tool beside
the segment: each concept met, the words the source uses for it, the approved terms of the
target language (preferred first) and the rejected ones.

    Glossary:
    smuggling of migrants → незаконный ввоз мигрантов; not: контрабанда мигрантов, незаконный провоз мигрантов

The source is matched as the checks match it (pipeline/term_matching.py: morphology, words
inside a term), once per distinct source and language.
"""

from __future__ import annotations

from pipeline.model import Glossary, TermStatus
from pipeline.term_matching import TermIndex, effective, term_index

_ORDER = {status: rank for rank, status in enumerate(TermStatus)}


class GlossaryNotes:
    def __init__(self, glossaries: list[Glossary], source_lang: str):
        self.glossaries = glossaries
        self.source_lang = source_lang
        self.concepts = {concept.id: concept for glossary in glossaries for concept in glossary.concepts}
        self._index: TermIndex | None = None
        self._notes: dict[tuple[str, str], tuple[str, ...]] = {}

    def notes(self, source: str, target_lang: str) -> tuple[str, ...]:
        """The note for a source in a target language: () when no glossary term occurs in it."""
        key = (source, target_lang)
        if key not in self._notes:
            self._notes[key] = self._make(source, target_lang)
        return self._notes[key]

    def _make(self, source: str, target_lang: str) -> tuple[str, ...]:
        if not self.concepts or not source.strip():
            return ()
        if self._index is None:
            self._index = term_index(self.glossaries, self.source_lang)
        found: dict[str, list[str]] = {}
        for match in sorted(effective(self._index.match(source), source), key=lambda m: m.start):
            words = source[match.start:match.end]
            if words not in found.setdefault(match.concept, []):
                found[match.concept].append(words)
        lines = []
        for concept_id, words in found.items():
            terms = sorted(self.concepts[concept_id].terms_in(target_lang), key=lambda t: _ORDER[t.status])
            approved = [t.text for t in terms if t.status.approved]
            rejected = [t.text for t in terms if not t.status.approved]
            line = f"{', '.join(words)} → {'; '.join(approved) if approved else '(no approved term in the glossary)'}"
            if rejected:
                line += f"; not: {', '.join(rejected)}"
            lines.append(line)
        return ("Glossary:\n" + "\n".join(lines),) if lines else ()
