"""Terms a glossary, or the glossaries a run uses together, both approves and rejects: the
checks would require such a term and flag it (GLS005 in one glossary; `check` and `glossary
lint` say it of glossaries given together, which each pass lint alone)."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.glossary.term_identity import term_key
from pipeline.model import Term


@dataclass(frozen=True)
class Contradiction:
    """A term one concept approves and another (or the same) rejects, in one language."""

    lang: str
    approved: Term
    approved_in: str
    rejected: Term
    rejected_in: str

    def message(self, files: dict[str, str] | None = None) -> str:
        """Said as GLS005 says it; with `files`, each concept's glossary named after it."""
        def where(concept: str) -> str:
            return f"'{concept}'" + (f" ({files[concept]})" if files and concept in files else "")

        good, bad = self.approved, self.rejected
        said = f"'{good.text}'" if good.text == bad.text else f"'{good.text}' (written '{bad.text}' there)"
        return f"{said} is approved in {where(self.approved_in)} and deprecated or forbidden in {where(self.rejected_in)}"


def contradictions(concepts) -> list[Contradiction]:
    """The terms approved in one of these concepts and deprecated or forbidden in one of them
    (same language; `ё`/`е`, Arabic vowel marks and hamza seats as one spelling): the checks
    would both require the term and flag it. Of one glossary (GLS005), or of the glossaries a
    run uses together (check and lint say it)."""
    approved: dict[tuple[str, str], tuple[Term, str]] = {}
    rejected: dict[tuple[str, str], tuple[Term, str]] = {}
    for concept in concepts:
        for term in concept.terms:
            (approved if term.status.approved else rejected).setdefault(term_key(term.lang, term.text), (term, concept.id))
    return [Contradiction(key[0], *approved[key], *rejected[key]) for key in approved if key in rejected]


def shared_between(concepts_by_file: list[tuple[str, list]]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """The concepts of two glossaries that approve the same terms: ('concept (file)', 'concept
    (file)', [(language, the term as first written), …]), each pair once. One concept given in
    two glossaries (a supplement that repeats the main one's, under its id or another): every
    terminology finding on it is said twice, once for each. GLS004 says it of one glossary's."""
    first: dict[tuple[str, str], tuple[str, str, str]] = {}  # key → (term, concept, file)
    found: dict[tuple[str, str], tuple[str, str, list[tuple[str, str]]]] = {}
    for file, concepts in concepts_by_file:
        for concept in concepts:
            for term in concept.terms:
                if not term.status.approved:
                    continue
                key = term_key(term.lang, term.text)
                held = first.setdefault(key, (term.text, concept.id, file))
                if held[2] != file:
                    pair = found.setdefault((f"{held[1]} ({held[2]})", f"{concept.id} ({file})"),
                                            (f"'{held[1]}' ({held[2]})", f"'{concept.id}' ({file})", []))
                    pair[2].append((key[0], held[0]))
    return list(found.values())
