"""The review path of term candidates: candidates as glossary concepts a terminologist decides
on (XLSX with a decision column, or TBX marked not yet approved), and the reviewed file's
approved concepts added to a glossary through the glossary's own readers.

A candidate becomes a concept (`financial-intelligence-unit`) with the source term and the
best equivalent in each other language as proposed preferred terms, all marked ○ unverified;
the equivalent's confidence and the runners-up are in the term's note, the frequency, the
documents and the example segments in the concept's note. Nothing is a glossary term until a
person approves it:

- XLSX: the glossary's spreadsheet layout (docs/glossary.md) after five review columns:
  `decision` (empty; the reviewer writes `approve` or `reject`), `frequency`, `documents`,
  `c-value`, `example`. `adopt` keeps the rows marked `approve`, reads them as the glossary
  import reads any spreadsheet (every column, every edit the reviewer made), and adds them.
- TBX: TBX-Basic's administrativeStatus has no "proposed" (its values are preferred,
  admitted, deprecated, superseded), so a candidate term carries the ISO 12620 data category
  `processStatus` = `provisionallyProcessed`, which tools that do not know it keep as a
  foreign field; the reviewer sets it to `finalized` on the terms approved. `adopt` keeps the
  concepts with a finalized term, the finalized terms only, and drops the processStatus note.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.glossary.aligned import aligned_segments
from pipeline.glossary.candidates import Candidate, source_candidates
from pipeline.glossary.equivalents import find_equivalents
from pipeline.glossary.tabular import glossary_rows, rows_glossary, xlsx_rows, write_rows_xlsx
from pipeline.glossary.tbx import CONCEPT_ID, read_tbx
from pipeline.model import LANGUAGES, Concept, Glossary, Term, TermStatus, Verification

REVIEW_COLUMNS = ("decision", "frequency", "documents", "c-value", "example")
APPROVE = frozenset({"approve", "approved", "yes", "y", "accept", "accepted", "ok"})
REJECT = frozenset({"reject", "rejected", "no", "n", ""})
PROCESS_STATUS = "processStatus"
PROPOSED = "provisionallyProcessed"
FINAL = "finalized"
SOURCE_NOTE = "hexaglot glossary candidates"


def concept_id(text: str, taken: set[str]) -> str:
    """A readable id from the source term (`financial-intelligence-unit`), unique among `taken`."""
    base = re.sub(r"[^\w]+", "-", text.casefold()).strip("-") or "candidate"
    found, number = base, 2
    while found in taken:
        found, number = f"{base}-{number}", number + 1
    taken.add(found)
    return found


def candidates_glossary(candidates: list[Candidate], glossary_ids: set[str], title: str = "term candidates") -> Glossary:
    taken = set(glossary_ids)
    concepts = []
    for candidate in candidates:
        concept_note = (f"candidate: used {candidate.frequency} times in {len(candidate.documents)} document(s) "
                f"({', '.join(candidate.documents)}); C-value {candidate.cvalue:.1f}; "
                f"segments: {', '.join(candidate.segments[:5])}")
        proposed = (("termNote", PROCESS_STATUS, PROPOSED),)
        terms = [Term(candidate.text, candidate.source_lang, TermStatus.PREFERRED, verification=Verification.UNVERIFIED,
                      note="as written: " + "; ".join(candidate.forms[:3]), extra=proposed)]
        for lang, found in candidate.equivalents.items():
            if not found:
                continue
            best, *others = found
            note = f"confidence {best.confidence:.2f} ({best.together} of the candidate's segments)"
            if others:
                note += "; also: " + "; ".join(f"{o.text} ({o.confidence:.2f})" for o in others)
            terms.append(Term(best.text, lang, TermStatus.PREFERRED, verification=Verification.UNVERIFIED, note=note, extra=proposed))
        concepts.append(Concept(concept_id(candidate.text, taken), tuple(terms), note=concept_note, source=SOURCE_NOTE))
    return Glossary(title, tuple(concepts))


def undecided_review(path: Path) -> bool:
    """Whether the file at `path` is a sheet of candidates as write_candidates_xlsx writes it,
    with no decision in it yet: one to write over, where a reviewer's decisions are not."""
    try:
        rows, _, _ = xlsx_rows(path)
    except HexaglotInputError:
        return False  # no sheet this reads
    return bool(rows) and tuple(cell.strip().lower() for cell in rows[0][1][:len(REVIEW_COLUMNS)]) == REVIEW_COLUMNS \
        and not any(cells and cells[0].strip() for _, cells in rows[1:])


def write_candidates_xlsx(candidates: list[Candidate], glossary: Glossary, examples: dict[str, str], path: Path) -> None:
    """The candidates as a sheet to review: the review columns, then the glossary layout."""
    rows = glossary_rows(glossary)
    header = [*REVIEW_COLUMNS, *rows[0]]
    body = [["", str(c.frequency), ", ".join(c.documents), f"{c.cvalue:.1f}", examples.get(c.segments[0], "") if c.segments else "", *row]
            for c, row in zip(candidates, rows[1:])]
    write_rows_xlsx([header, *body], path, glossary.title, "candidates to review: write approve or reject in the decision column",
                    sheet="candidates")


def approved_from_xlsx(path: Path) -> list[tuple[int, Concept]]:
    """The concepts of the rows marked approve, each with its row, read as glossary import
    reads a spreadsheet."""
    rows, _, _ = xlsx_rows(path)
    header = [cell.strip().lower() for cell in rows[0][1]]
    if "decision" not in header:
        raise HexaglotInputError("E038", path, "no 'decision' column: not a sheet of `hexaglot glossary candidates --format xlsx`", rows[0][0])
    review = [i for i, column in enumerate(header) if column in REVIEW_COLUMNS]
    decision = header.index("decision")
    header_row = (rows[0][0], [cell for i, cell in enumerate(rows[0][1]) if i not in review])
    approved = []
    for number, cells in rows[1:]:
        said = (cells[decision] if decision < len(cells) else "").strip().lower()
        if said not in APPROVE and said not in REJECT:
            raise HexaglotInputError("E038", path, f"decision '{said}' is neither approve nor reject", number)
        if said in APPROVE:
            # Read a row at a time, so that an error about the concept can name its row.
            row = (number, [cell for i, cell in enumerate(cells) if i not in review])
            concepts = rows_glossary([header_row, row], path, path.stem).concepts
            if not any(concept.terms for concept in concepts):
                # A row approved with its terms emptied would add nothing, in silence.
                raise HexaglotInputError("E038", path, "approved, but the row has no term left to adopt: "
                                                       "write its terms back or mark it reject", number)
            approved += [(number, _approved(concept)) for concept in concepts]
    return approved


def approved_from_tbx(path: Path) -> list[Concept]:
    """The concepts with a term whose processStatus the reviewer set to finalized, with those
    terms only."""
    concepts = []
    for concept in read_tbx(path).concepts:
        final = [t for t in concept.terms if any(kind == PROCESS_STATUS and text == FINAL for _, kind, text in t.extra)]
        if final:
            concepts.append(_approved(replace(concept, terms=tuple(final))))
    return concepts


def _approved(concept: Concept) -> Concept:
    """An approved concept leaves its processStatus notes behind: in the glossary, a term is
    approved by its administrativeStatus alone."""
    terms = tuple(replace(t, extra=tuple(e for e in t.extra if e[1] != PROCESS_STATUS)) for t in concept.terms)
    return replace(concept, terms=terms)


def adopt(glossary: Glossary, reviewed: Path, glossary_path: Path) -> tuple[Glossary, list[Concept]]:
    """The glossary with the reviewed file's approved concepts added at its end."""
    suffix = reviewed.suffix.lower()
    if suffix == ".xlsx":
        approved = approved_from_xlsx(reviewed)
    elif suffix in (".tbx", ".xml"):
        approved = [(None, concept) for concept in approved_from_tbx(reviewed)]
    else:
        raise HexaglotInputError("E013", reviewed, "a reviewed candidates file is .xlsx or .tbx")
    known = {c.id for c in glossary.concepts}
    ids = set(known)
    for row, concept in approved:
        if not CONCEPT_ID.fullmatch(concept.id):
            # TBX names a concept by an XML ID: `smuggling network` or `12` makes a file that
            # other tools refuse.
            raise HexaglotInputError("E038", reviewed, f"concept id '{concept.id}' is not an XML name (a letter or _ first, "
                                                       "then letters, digits, - _ .; no spaces): rename it in the reviewed file", row)
        if concept.id in ids:
            where = f"already in {glossary_path}" if concept.id in known else "approved twice in the reviewed file"
            raise HexaglotInputError("E038", reviewed, f"concept '{concept.id}' is {where}: rename it in the reviewed file", row)
        ids.add(concept.id)
    concepts = [concept for _, concept in approved]
    return replace(glossary, concepts=glossary.concepts + tuple(concepts)), concepts


# -- proposing and showing --------------------------------------------------------------


def propose(catalog_paths: list[Path], glossaries: list[Glossary], source_lang: str = "en", min_count: int = 2,
            top: int | None = None, documents: dict[Path, str] | None = None,
            not_read: list[str] | None = None) -> tuple[list[Candidate], dict[str, str]]:
    """The candidates of the catalogs, best first (the `top` best, if given), each with its
    equivalents in the other languages; and the source text of every segment, by
    document#segment, for examples (`documents`, `not_read`: see aligned_segments). No segment in the source language is E039: a run on
    nothing does not pass for a run that found nothing."""
    segments = aligned_segments(catalog_paths, documents, not_read)
    texts = {s.where: s.versions[source_lang] for s in segments if s.versions.get(source_lang)}
    if not texts:
        raise HexaglotInputError("E039", catalog_paths[0] if catalog_paths else None,
                                 f"no segment has a {source_lang} version in the catalogs given: no candidate can be proposed")
    candidates = source_candidates(segments, glossaries, source_lang, min_count)
    if top is not None:
        candidates = candidates[:top]
    others = [lang for lang in LANGUAGES if lang != source_lang and any(lang in s.versions for s in segments)]
    return find_equivalents(candidates, segments, others, glossaries=glossaries), texts


def candidates_text(candidates: list[Candidate], segments: int, min_count: int, not_read: list[str] = ()) -> str:
    """One block per candidate: the source term, its counts, and a line per language."""
    lines = []
    for rank, candidate in enumerate(candidates, start=1):
        lines.append(f"{rank:3d}. {candidate.text}  (used {candidate.frequency}×, {len(candidate.documents)} document(s), "
                     f"C-value {candidate.cvalue:.1f}; e.g. {candidate.segments[0]})")
        for lang, found in candidate.equivalents.items():
            shown = "; ".join(f"{e.text} ({e.confidence:.2f})" for e in found) or "—"
            lines.append(f"       {lang}  {shown}")
    lines.append(f"{len(candidates)} candidates used at least {min_count} times, from {segments} segments"
                 + ("" if candidates else " (none: lower --min-count, or give more documents)"))
    lines.extend(f"not read: {reason}" for reason in not_read)
    return "\n".join(lines)


def candidates_json(candidates: list[Candidate], segments: int, min_count: int, source_lang: str, not_read: list[str] = ()) -> dict:
    return {"schema": "hexaglot.term-candidates/1", "source_lang": source_lang, "min_count": min_count,
            "segments": segments, "not_read": list(not_read), "candidates": [c.as_dict() for c in candidates]}
