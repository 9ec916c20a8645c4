"""Importing a glossary file into an existing glossary (`hexaglot glossary import FILE --out G.tbx`).

Two kinds of file come in:

- a **full record** (TBX, hexaglot's spreadsheet layout) holds each concept whole, under its
  id: a concept it holds replaces the glossary's of that id, a new one is added;
- a **term list** (one column per language: a CAT tool's termbase export, a spreadsheet of
  terms, hexaglot's `--layout cat`) holds what a row can hold, the approved terms and perhaps
  rejected ones and marks, and often no id. Each row is matched to the glossary's concept by
  its id where the list has one the glossary knows, else by its terms (the concept that shares
  the most of them, in the same language); and merged into it as memoQ's and MultiTerm's
  "merge" imports do: a new term joins the concept, a status the row states for a rejected
  term is taken, and nothing the glossary records (other terms, rejected variants, grammar,
  notes, marks, patterns, context rules) is taken away.

In both, a concept only the glossary holds is kept, unless `remove_missing` says the file's
omission means "deleted".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from pipeline.errors import HexaglotInputError
from pipeline.glossary.tabular import CONCEPT_COLUMNS, TERM_COLUMN, TERM_COLUMNS
from pipeline.glossary.term_identity import term_key, unique_id
from pipeline.lang.analysers import analyser
from pipeline.lang.locales import tag_as_written, tag_language
from pipeline.model import LANGUAGES, Concept, Glossary, Term, TermStatus, Verification


class Conflict(NamedTuple):
    """A term the glossary rejects that the file lists as approved: kept as the glossary has it
    (a term list's approval is only the term's place in its column; un-rejecting a variant is
    done in the TBX or hexaglot's layout, where the status is written)."""

    kept: Term
    concept_id: str


class Elsewhere(NamedTuple):
    """A row's term the glossary holds under another concept: not added to the row's concept,
    where it would make one term two concepts' (each match then ambiguous) or approve what the
    other concept rejects; a term shared on purpose is added in the TBX."""

    term: Term
    concept_id: str  # the row's concept
    owner_id: str  # the concept that holds the term


class Update(NamedTuple):
    concept_id: str
    changes: tuple[str, ...]  # what changed, in words: "2 terms added", "definition changed"


@dataclass(frozen=True)
class Merge:
    """What importing a file into a glossary made, and what it did to each concept."""

    glossary: Glossary
    added: tuple[str, ...]  # ids of the concepts new to the glossary
    updated: tuple[Update, ...]
    unchanged: tuple[str, ...]  # ids of the concepts the file holds as the glossary does
    matched_by_terms: tuple[tuple[str, str], ...]  # (a row's first term, the id of the concept it is)
    conflicts: tuple[Conflict, ...]
    not_in_file: tuple[str, ...]  # ids of the glossary's concepts the file does not hold
    removed: bool  # whether those were removed (else kept)
    elsewhere: tuple[Elsewhere, ...] = ()
    # What the glossary kept in concepts left unchanged because the file has no column or field
    # for it (`verification`, `note`), and in how many concepts.
    kept_unsaid: tuple[tuple[str, ...], int] = ((), 0)


def merge_into(existing: Glossary, imported: Glossary, path: Path, remove_missing: bool = False) -> Merge:
    """`imported` (read from `path`) merged into `existing`, which keeps its title and
    description. A term-list row that matches two concepts equally, or a concept another row
    matched, is refused (E046): which concept it means is the terminologist's to say."""
    imported = _in_the_glossary_s_regions(existing, imported)
    if imported.term_list:
        return _merge_term_list(existing, imported, path, remove_missing)
    if imported.made_ids:
        imported = _made_ids_kept_apart(existing, imported)
    return _merge_records(existing, imported, remove_missing)


def _in_the_glossary_s_regions(existing: Glossary, imported: Glossary) -> Glossary:
    """The imported file's terms of a region it read as their language (its only variety of
    it, `es-419`), under that region where the glossary keeps it apart: merged as Spanish, a
    Latin American termbase replaced the glossary's UN Spanish terms."""
    held = {term.lang for concept in existing.concepts for term in concept.terms}
    # (and a region the glossary does not hold, where it keeps one of that language apart: an
    # `es-MX` termbase beside the glossary's `es-419` is no more UN Spanish than that is)
    apart = {tag_language(lang) for lang in held if lang not in LANGUAGES and tag_language(lang) in LANGUAGES}
    moved = {lang: tag for tag, lang in imported.folded if tag in held or lang in apart}
    if not moved:
        return replace(imported, folded=())
    concepts = tuple(replace(concept, terms=tuple(replace(term, lang=moved.get(term.lang, term.lang)) for term in concept.terms))
                     for concept in imported.concepts)
    # (`folded` now names the regions moved: a sheet's columns of them are theirs, not UN Spanish's)
    return replace(imported, concepts=concepts, folded=tuple((tag, lang) for lang, tag in moved.items()))


def _made_ids_kept_apart(existing: Glossary, imported: Glossary) -> Glossary:
    """Records whose ids the file did not write (TBX v2 entries without one, beside entries
    with one) under ids no concept of the glossary has: a made `report` replaced the
    glossary's `report`, whatever it meant."""
    taken = {concept.id for concept in existing.concepts} | {c.id for c in imported.concepts if c.id not in imported.made_ids}
    concepts = []
    for concept in imported.concepts:
        if concept.id in imported.made_ids:
            concept = replace(concept, id=unique_id(concept.id, taken))
            taken.add(concept.id)
        concepts.append(concept)
    return replace(imported, concepts=tuple(concepts), made_ids=frozenset())


# -- full records --------------------------------------------------------------------------


def _merge_records(existing: Glossary, imported: Glossary, remove_missing: bool) -> Merge:
    existing_by_id = {concept.id: concept for concept in existing.concepts}
    imported_ids = {concept.id for concept in imported.concepts}
    not_in_file = tuple(concept.id for concept in existing.concepts if concept.id not in imported_ids)
    concepts = imported.concepts if remove_missing else _interleaved(imported.concepts, existing.concepts)
    added, updated, unchanged = [], [], []
    # The languages the file holds a term of anywhere: a bilingual TBX says nothing of the
    # others (its concepts' Arabic or Chinese terms were gone, unsaid).
    file_languages = frozenset(term.lang for concept in imported.concepts for term in concept.terms)
    kept_unchanged: set[str] = set()
    kept_concepts = 0
    records = []
    for concept in imported.concepts:
        before = existing_by_id.get(concept.id)
        kept: list[str] = []
        if before is not None and imported.columns:
            concept, kept = _with_what_no_column_says(before, concept, imported.columns, {tag for tag, _ in imported.folded})
        elif before is not None and imported.categories is not None:
            concept, kept = _with_what_no_field_says(before, concept, imported.categories, file_languages)
        records.append(concept)
        if before is None:
            added.append(concept.id)
        elif before == concept:
            unchanged.append(concept.id)
            if kept:
                # The file's record differs only where it has no field: said, never passed off
                # as a file that holds what the glossary does.
                kept_unchanged.update(name.split(" ", 1)[-1] if name[:2] in LANGUAGE_PREFIXES else name for name in kept)
                kept_concepts += 1
        else:
            nothing = "column" if imported.columns else "field"
            said = "replaced by the file's record" + (f", keeping what it has no {nothing} for ({', '.join(kept)})" if kept else "")
            updated.append(Update(concept.id, (said,)))
    if imported.columns or imported.categories is not None:
        concepts = tuple(records) if remove_missing else _interleaved(tuple(records), existing.concepts)
    # The glossary's source language as it writes it (`en`), not a CAT tool's region (`en-US`).
    same_language = imported.source_lang.replace("_", "-").split("-")[0].lower() == existing.source_lang
    glossary = replace(imported, concepts=concepts, title=existing.title, description=existing.description,
                       columns=frozenset(), rows=(), categories=None,
                       source_lang=existing.source_lang if same_language else imported.source_lang)
    return Merge(glossary, tuple(added), tuple(updated), tuple(unchanged), (), (), not_in_file, remove_missing,
                 kept_unsaid=(tuple(sorted(kept_unchanged)), kept_concepts))


def _with_what_no_column_says(before: Concept, record: Concept, columns: frozenset[str],
                              moved: set[str] = frozenset()) -> tuple[Concept, list[str]]:
    """A sheet's record of a concept, with the glossary's own values where the sheet has no
    column for them: a concept field; every term of a language it has no column of; and a
    term's status, marks or notes where its language has no such column, for a term the
    glossary holds (by term_identity). What it kept, named."""
    kept: list[str] = []
    fields = {}
    for column, name in CONCEPT_COLUMNS.items():
        if name != "id" and column not in columns and getattr(before, name) != getattr(record, name):
            fields[name] = getattr(before, name)
            kept.append(column)
    described = {}  # language → the term columns it has (`status`, `note`)
    # (a region the sheet read as its language and the merge moved to the glossary's own tag for
    # it, `es_419` as `es-419`: _in_the_glossary_s_regions; any other column as written, so that
    # an `es-419` column folded into Spanish adds to the glossary's UN Spanish, never replaces it)
    prefixes = {match.group(1) for column in columns if (match := TERM_COLUMN.match(column))}
    languages = {prefix: tag_as_written(prefix) if tag_as_written(prefix) in moved else prefix for prefix in prefixes}
    for column in columns:
        match = TERM_COLUMN.match(column)
        if match:
            described.setdefault(languages[match.group(1)], set()).add(match.group(3))
    terms = []
    for term in record.terms:
        same = _same_term(before, term) or _respelt_term(before, record, term)
        if same is not None:
            missing = {TERM_COLUMNS[suffix]: getattr(same, TERM_COLUMNS[suffix]) for suffix in TERM_COLUMNS
                       if suffix != "term" and suffix not in described.get(term.lang, ())
                       and getattr(same, TERM_COLUMNS[suffix]) != getattr(term, TERM_COLUMNS[suffix])}
            if missing:
                term = replace(term, **missing)
                kept += _kept_of(same, term, [suffix for suffix in TERM_COLUMNS if TERM_COLUMNS[suffix] in missing])
        terms.append(term)
    unseen = [lang for lang in before.languages if lang not in described]
    terms += [term for term in before.terms if term.lang in unseen]
    kept += [f"{lang} terms" for lang in unseen]
    # The glossary's terms of a language past the slots the sheet has (it lost the `en 2 …`
    # columns) had no room in it: they stay. A term in a slot the sheet has is the sheet's to
    # change (a corrected spelling replaces the old) or remove (an emptied cell).
    slots = Counter(languages[TERM_COLUMN.match(column).group(1)] for column in columns
                    if TERM_COLUMN.match(column) and column.endswith(" term"))
    for lang, count in slots.items():
        held = {term_key(term.lang, term.text) for term in terms if term.lang == lang}
        if len(before.terms_in(lang)) > count:
            beyond = [term for term in before.terms_in(lang)[count:] if term_key(term.lang, term.text) not in held]
            if beyond:
                at = max((n for n, term in enumerate(terms) if term.lang == lang), default=len(terms) - 1) + 1
                terms[at:at] = beyond
                kept.append(f"{len(beyond)} more {lang} term{'s' if len(beyond) > 1 else ''}")
    # In the glossary's order of languages (a TBX section each), a language new to it last.
    order = {lang: n for n, lang in enumerate(before.languages)}
    terms.sort(key=lambda term: order.get(term.lang, len(order)))
    return replace(record, terms=tuple(terms), **fields), list(dict.fromkeys(kept))


# The language a kept field's name starts with (`ru verification`), left out where the line
# names the field across languages.
LANGUAGE_PREFIXES = ("ar", "en", "es", "fr", "ru", "zh")


# Where a TBX holds each field (pipeline/glossary/tbx.py reads them): a term's, a concept's.
_TERM_CATEGORIES = {"part_of_speech": ("termNote", "partOfSpeech"), "term_type": ("termNote", "termType"),
                    "gender": ("termNote", "grammaticalGender"), "number": ("termNote", "grammaticalNumber"),
                    "note": ("note", ""), "source": ("admin", "source"), "verification": ("termNote", "x-verification"),
                    "case_sensitive": ("termNote", "x-caseSensitive"), "pattern": ("termNote", "x-pattern"),
                    "contexts": ("termNote", "x-allowedContext")}
_CONCEPT_CATEGORIES = {"subject": ("descrip", "subjectField"), "definition": ("descrip", "definition"), "note": ("note", ""),
                       "source": ("admin", "source")}
_FORBIDDEN = ("termNote", "x-hexaglotStatus")  # TBX-Basic has no "forbidden": other tools write it deprecated
_CHECK_MISSING = ("descrip", "x-checkMissing")


def _with_what_no_field_says(before: Concept, record: Concept, held: frozenset[tuple[str, str]],
                             file_languages: frozenset[str] = frozenset()) -> tuple[Concept, list[str]]:
    """A TBX's record of a concept, with the glossary's own values of the fields the file holds
    nowhere (another tool's export drops what it does not know): a concept field; each term's
    (by term_identity) grammar, note, source, verification, case, pattern and context rules; a
    forbidden status the file could only write as deprecated; the concept's checkMissing; and
    the terms of every language the file holds no term of (a bilingual termbase). What it
    kept, named."""
    kept: list[str] = []
    fields = {name: getattr(before, name) for name, category in _CONCEPT_CATEGORIES.items()
              if category not in held and getattr(before, name) != getattr(record, name)}
    kept += [f"concept {name}" for name in fields]
    terms = []
    for term in record.terms:
        same = _same_term(before, term) or _respelt_term(before, record, term)
        if same is not None:
            restored = {name: getattr(same, name) for name, category in _TERM_CATEGORIES.items()
                        if category not in held and getattr(same, name) != getattr(term, name)}
            if _FORBIDDEN not in held and same.status is TermStatus.FORBIDDEN and term.status is TermStatus.DEPRECATED:
                restored["status"] = TermStatus.FORBIDDEN
            if restored:
                term = replace(term, **restored)
                kept += _kept_of(same, term, ['forbidden' if name == 'status' else name.replace('_', ' ') for name in restored])
        terms.append(term)
    unseen = [lang for lang in before.languages if file_languages and lang not in file_languages]
    if unseen:
        terms += [term for term in before.terms if term.lang in unseen]
        order = {lang: n for n, lang in enumerate(before.languages)}
        terms.sort(key=lambda term: order.get(term.lang, len(order)))
        kept += [f"{lang} terms" for lang in unseen]
    extra = record.extra
    if _CHECK_MISSING not in held:
        missing = tuple(field for field in before.extra if field[:2] == _CHECK_MISSING and field not in extra)
        if missing:
            extra += missing
            kept.append("checkMissing")
    return replace(record, terms=tuple(terms), extra=extra, **fields), list(dict.fromkeys(kept))


def _kept_of(same: Term, term: Term, names: list[str]) -> list[str]:
    """What the glossary's term kept of its fields, as the import names it: `ru note`, or, of a
    term the file respelt, `ru note, source of 'old', which the file writes 'new'`."""
    if same.text == term.text:
        return [f"{term.lang} {name}" for name in names]
    return [f"{term.lang} {', '.join(names)} of '{same.text}', which the file writes '{term.text}'"]


def _respelt_term(before: Concept, record: Concept, term: Term) -> Term | None:
    """The glossary's term that a record's term, new to the concept, stands in place of: a CAT
    tool's export with one term's spelling edited holds as many terms of the language, the
    edited one where the old one was (its notes, source and ○ mark, which the file has no
    field for, were lost with the old spelling). None where the places do not tell."""
    held, written = before.terms_in(term.lang), record.terms_in(term.lang)
    if len(held) != len(written) or _same_term(before, term) is not None:
        return None
    old = held[written.index(term)]
    if _same_term(record, old) is not None:
        return None  # the old spelling is in the file too: a term added, not one respelt
    # (a forbidden term is written deprecated by tools that know no "forbidden")
    same_status = old.status is term.status or (old.status is TermStatus.FORBIDDEN and term.status is TermStatus.DEPRECATED)
    return old if same_status else None


def _same_term(concept: Concept, term: Term) -> Term | None:
    """The concept's term that is `term`: written the same, else the same by term_identity
    (`расширенное бюро` and `расширенное Бюро` are two terms of one concept, each its own)."""
    held = concept.terms_in(term.lang)
    return next((old for old in held if old.text == term.text), None) or next(
        (old for old in held if term_key(old.lang, old.text) == term_key(term.lang, term.text)), None)


def _interleaved(imported: tuple[Concept, ...], existing: tuple[Concept, ...]) -> tuple[Concept, ...]:
    """The imported concepts, with each concept only `existing` holds after the one it
    follows there (or first): a concept added to the glossary stays where it was put."""
    ids = {concept.id for concept in imported}
    kept_after: dict[str | None, list[Concept]] = {}  # the id of the shared concept before them → concepts only `existing` holds
    after = None
    for concept in existing:
        if concept.id in ids:
            after = concept.id
        else:
            kept_after.setdefault(after, []).append(concept)
    merged = list(kept_after.get(None, ()))
    for concept in imported:
        merged += [concept, *kept_after.get(concept.id, ())]
    return tuple(merged)


# -- term lists ----------------------------------------------------------------------------


def _merge_term_list(existing: Glossary, imported: Glossary, path: Path, remove_missing: bool) -> Merge:
    targets = _targets(existing, imported, path)
    rows_by_target = {target.id: row for row, target in targets if target is not None}
    owners = _owners(existing)
    merged_concepts: list[Concept] = []
    updated, unchanged, conflicts, elsewhere = [], [], [], []
    for concept in existing.concepts:
        row = rows_by_target.get(concept.id)
        if row is None:
            if not remove_missing:
                merged_concepts.append(concept)
            continue
        others = [Elsewhere(term, concept.id, owner) for term in row.terms
                  for owner in owners.get(_term_key(term), ())[:1] if _place_of(term, list(concept.terms)) is None]
        row = replace(row, terms=tuple(term for term in row.terms if term not in {other.term for other in others}))
        elsewhere += others
        merged, changes, row_conflicts = _merged_concept(concept, row)
        merged_concepts.append(merged)
        conflicts += row_conflicts
        if changes:
            updated.append(Update(concept.id, changes))
        else:
            unchanged.append(concept.id)
    taken = {concept.id for concept in existing.concepts}
    added = []
    for row, target in targets:
        if target is None:
            concept = replace(row, id=unique_id(row.id, taken))
            taken.add(concept.id)
            merged_concepts.append(concept)
            added.append(concept.id)
    matched_by_terms = tuple((_first_term(row), target.id) for row, target in targets
                             if target is not None and (row.id in imported.made_ids or row.id != target.id))
    not_in_file = tuple(concept.id for concept in existing.concepts if concept.id not in rows_by_target)
    glossary = replace(existing, concepts=tuple(merged_concepts))
    return Merge(glossary, tuple(added), tuple(updated), tuple(unchanged), matched_by_terms, tuple(conflicts),
                 not_in_file, remove_missing, tuple(elsewhere))


def _owners(glossary: Glossary) -> dict[tuple[str, str], list[str]]:
    """Each written term (by its key) → the ids of the concepts that hold it."""
    owners: dict[tuple[str, str], list[str]] = {}
    for concept in glossary.concepts:
        for key in dict.fromkeys(_term_key(term) for term in concept.terms):
            owners.setdefault(key, []).append(concept.id)
    return owners


def _targets(existing: Glossary, imported: Glossary, path: Path) -> list[tuple[Concept, Concept | None]]:
    """Each row with the glossary's concept it is (None: a new one). By id where the list
    wrote one the glossary has; else by terms: a termbase's own numbering (`concept-1`) or an
    id made from the row's English term names none of the glossary's concepts."""
    by_id = {concept.id: concept for concept in existing.concepts}
    concepts_by_term = {key: [by_id[owner] for owner in owners] for key, owners in _owners(existing).items()}
    targets: list[tuple[Concept, Concept | None]] = []
    row_of: dict[str, Concept] = {}  # a concept's id → the row that matched it
    for row in imported.concepts:
        written = row.id not in imported.made_ids and row.id in by_id
        target = by_id[row.id] if written else _match_by_terms(row, concepts_by_term, path)
        if target is not None and target.id in row_of:
            raise HexaglotInputError("E046", path, f"the rows of '{_first_term(row_of[target.id])}' and "
                                     f"'{_first_term(row)}' are both the glossary's concept {target.id}: "
                                     "make them one row, or give the list an ID column that tells them apart")
        if target is not None:
            row_of[target.id] = row
        targets.append((row, target))
    return targets


def _match_by_terms(row: Concept, concepts_by_term: dict[tuple[str, str], list[Concept]], path: Path) -> Concept | None:
    """The concept that shares the most terms with the row (same language, same text up to
    case, spacing and Unicode form; else the same words in other forms, as the matcher reads
    them: a list's `Member States`, `государства-члены` are the glossary's `Member State`,
    `государство-член`), or None where none shares one."""
    shared: dict[str, int] = {}
    concepts: dict[str, Concept] = {}
    for key in dict.fromkeys(_term_key(term) for term in row.terms):
        holders = concepts_by_term.get(key) or [concept for held, owners in concepts_by_term.items()
                                                 if _same_words(key, held) for concept in owners]
        for concept in dict.fromkeys(holders):
            shared[concept.id] = shared.get(concept.id, 0) + 1
            concepts[concept.id] = concept
    if not shared:
        return None
    most = max(shared.values())
    best = [concept_id for concept_id, count in shared.items() if count == most]
    if len(best) > 1:
        raise HexaglotInputError("E046", path, f"the row of '{_first_term(row)}' shares as many terms with each of the "
                                 f"glossary's concepts {', '.join(sorted(best))}: give the list an ID column that "
                                 "names the concept")
    return concepts[best[0]]


def _merged_concept(concept: Concept, row: Concept) -> tuple[Concept, tuple[str, ...], list[Conflict]]:
    """The glossary's concept with what the row adds or states; the changes in words; the
    terms kept rejected though the row lists them as approved."""
    changes: list[str] = []
    fields = {}
    for name in ("subject", "definition", "source"):
        given, had = getattr(row, name), getattr(concept, name)
        if given and given != had:
            fields[name] = given
            # What it was, said: a definition replaced by a term list's was lost in silence.
            changes.append(f"{'concept ' if name == 'source' else ''}{name} changed"
                           + (f" (was '{had if len(had) <= 60 else had[:57] + '...'}')" if had else ""))
    # A concept's note is added to, as a term's is (_updated_term): a note is somebody's words.
    if row.note and row.note not in concept.note.split("\n"):
        fields["note"] = "\n".join(filter(None, (concept.note, row.note)))
        changes.append("concept note added to" if concept.note else "concept note added")
    terms = list(concept.terms)
    conflicts: list[Conflict] = []
    counts = {"added": 0, "status": 0, "mark": 0, "note": 0, "details": 0}
    # Which terms were added, and which statuses changed from what to what: said by name, as
    # MultiTerm's and memoQ's merge logs do ("1 status changed" left the terminologist to find it).
    named: dict[str, list[str]] = {"added": [], "status": []}
    approved_here = {(term.lang, term.text) for term in row.terms if term.status.approved}
    for incoming in row.terms:
        place = _place_of(incoming, terms)
        if place is not None and not incoming.status.approved and terms[place].text != incoming.text \
                and (terms[place].lang, terms[place].text) in approved_here:
            # `государство - член (deprecated)` beside `государство-член` in one row: the same term
            # to the glossary (up to spacing), which the row approves; deprecating it made every
            # correct text a TERM002.
            changes.append(f"{incoming.lang} '{incoming.text}' ({incoming.status.value}) is '{terms[place].text}' to the "
                           "glossary, which the row approves: not made " + incoming.status.value)
            continue
        if place is None:
            joining = _joining(incoming, terms)
            terms.insert(_after_language(terms, incoming.lang), joining)
            counts["added"] += 1
            named["added"].append(f"{joining.lang} '{joining.text}', {joining.status.value}")
            continue
        kept = terms[place]
        if incoming.status.approved and not kept.status.approved:
            conflicts.append(Conflict(kept, concept.id))
        terms[place] = _updated_term(kept, incoming, counts)
        if terms[place].status is not kept.status:
            named["status"].append(f"{kept.lang} '{kept.text}': {kept.status.value} → {terms[place].status.value}")
    changes += _counted(counts, named)
    merged = replace(concept, terms=tuple(terms), **fields)
    return merged, tuple(changes), conflicts


def _place_of(incoming: Term, terms: list[Term]) -> int | None:
    """Where the concept holds the row's term: written the same, else the same up to case and
    spacing. Exact first: a glossary may hold two terms that differ only in case
    (`расширенное бюро`, `расширенное Бюро`), each with its own status and marks."""
    exact = next((n for n, term in enumerate(terms) if (term.lang, term.text) == (incoming.lang, incoming.text)), None)
    if exact is not None:
        return exact
    alike = next((n for n, term in enumerate(terms) if _term_key(term) == _term_key(incoming)), None)
    if alike is not None:
        return alike
    # Another form of a term the concept holds (`незаконного ввоза мигрантов`, as a list gives it,
    # of `незаконный ввоз мигрантов`): added as an admitted variant, it made TERM003 and TERM004
    # fall on the preferred term, which the matcher reads as the same words.
    return next((n for n, term in enumerate(terms) if _same_words(_term_key(term), _term_key(incoming))), None)


def _joining(incoming: Term, terms: list[Term]) -> Term:
    """A term new to the concept, as it joins: admitted where its language already has a
    preferred term (a row's order cannot say whether the new term replaces that one or stands
    beside it; promoting it is done in the TBX)."""
    has_preferred = any(term.lang == incoming.lang and term.status is TermStatus.PREFERRED for term in terms)
    if incoming.status is TermStatus.PREFERRED and has_preferred:
        return replace(incoming, status=TermStatus.ADMITTED)
    return incoming


def _updated_term(kept: Term, incoming: Term, counts: dict[str, int]) -> Term:
    """The glossary's term with what the row states of it: a rejected status (a term list
    writes it out: `(deprecated)`, `Do not use: …`), a mark to verify, a note. Its place in a
    column (preferred, admitted) and the absence of a mark or note state nothing."""
    updated = kept
    if not incoming.status.approved and incoming.status is not kept.status:
        updated = replace(updated, status=incoming.status)
        counts["status"] += 1
    if incoming.verification is not Verification.VERIFIED and incoming.verification is not kept.verification:
        updated = replace(updated, verification=incoming.verification)
        counts["mark"] += 1
    if incoming.note and incoming.note not in kept.note.split("\n"):
        updated = replace(updated, note="\n".join(filter(None, (kept.note, incoming.note))))
        counts["note"] += 1
    # What else a termbase without ids gives a term (MultiTerm's: its source, a context, a
    # group kept whole) and the glossary's term has not: taken, never written over (a TBX's
    # source and context were dropped in silence, "1 status changed" said).
    details = {name: getattr(incoming, name) for name in _TERM_DETAILS if getattr(incoming, name) and not getattr(kept, name)}
    extra = tuple(field for field in incoming.extra if field not in kept.extra)
    if details or extra:
        updated = replace(updated, **details, extra=updated.extra + extra)
        counts["details"] += len(details) + len(extra)
    return updated


# A term's fields of one value that a row may give where the glossary's term has none.
_TERM_DETAILS = ("part_of_speech", "term_type", "gender", "number", "source", "pattern")


def _counted(counts: dict[str, int], named: dict[str, list[str]]) -> list[str]:
    words = {"added": ("term added", "terms added"), "status": ("status changed", "statuses changed"),
             "mark": ("mark to verify set", "marks to verify set"), "note": ("term note added", "term notes added"),
             "details": ("term field added", "term fields added")}
    return [f"{count} {words[what][count != 1]}" + (f" ({'; '.join(named[what])})" if named.get(what) else "")
            for what, count in counts.items() if count]


def _after_language(terms: list[Term], lang: str) -> int:
    """Where a new term of `lang` goes: after the language's last term (the TBX writes a
    language's terms in one section, in order), else at the end."""
    places = [n for n, term in enumerate(terms) if term.lang == lang]
    return places[-1] + 1 if places else len(terms)


def _term_key(term: Term) -> tuple[str, str]:
    return term_key(term.lang, term.text)


def _same_words(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Whether two terms (by _term_key) are the same words in other forms, as the matcher reads
    them: as many words, each pair sharing a reading (`государства-члены`, `государство-член`;
    `States parties`, `State party`). Not in Chinese, whose analyser reads characters."""
    if one[0] != other[0] or one[0] not in _INFLECTED:
        return False
    ours, theirs = _readings(*one), _readings(*other)
    return len(ours) == len(theirs) > 0 and all(a & b for a, b in zip(ours, theirs))


_INFLECTED = frozenset({"ru", "en", "fr", "es", "ar"})


@lru_cache(maxsize=4096)
def _readings(lang: str, text: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(key for key in keys if not key.startswith("=")) for keys in analyser(lang).analyse(text).keys)


def _first_term(row: Concept) -> str:
    english = row.terms_in("en")
    return (english or row.terms or (Term(row.id, ""),))[0].text
