"""The glossary as a CSV file for a CAT tool's termbase import (memoQ's CSV import, Trados
through the Glossary Converter or MultiTerm Convert), where hexaglot's own CSV (tabular.py:
`ru 1 term`, `ru 1 status`, ...) is a format for people that no CAT tool maps by itself.

The layout is the one those import wizards read without a definition file: a header row, one
row per concept; `ID`, `Subject`, `Definition`, `Note`; then, for each language, a column
headed by the language's English name (`Russian`: the Glossary Converter takes a header that
is a language name as that language, memoQ offers to map it) holding its approved terms, the
preferred first, separated by `|` (the Glossary Converter's default synonym separator, and the
character to give memoQ's "split alternatives in field by"), and a `<Language> note` column. A
CAT termbase proposes every term it holds, so deprecated, superseded and forbidden terms are
not terms there: the note column names them (`Do not use: контрабанда мигрантов
(deprecated)`), and the approved terms still to verify with their ○ and ? marks. Pattern terms (regular expressions for a variant's endless forms) have
no place in a termbase and are left out.

UTF-8 with a byte-order mark, comma-separated, CRLF, cells guarded against formulas as in
tabular.py. docs/glossary.md shows the import steps. This is an export only: the glossary is
kept in TBX, and read back from TBX, CSV or XLSX in hexaglot's own layout.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from babel import Locale

from pipeline.fileio import atomic_write_bytes
from pipeline.glossary.tabular import guard_cell
from pipeline.lang import profile
from pipeline.model import LANGUAGES, Glossary, Term, TermStatus, Verification


SYNONYMS = "|"


def cat_rows(glossary: Glossary) -> list[list[str]]:
    """The header and one row per concept."""
    languages = list(dict.fromkeys(t.lang for c in glossary.concepts for t in c.terms))
    header = ["ID", "Subject", "Definition", "Note"]
    for lang in languages:
        name = _language_name(lang)
        header += [name, f"{name} note"]
    rows = [header]
    for concept in glossary.concepts:
        row = [concept.id, concept.subject, concept.definition, concept.note]
        for lang in languages:
            terms = concept.terms_in(lang)
            row += [SYNONYMS.join(t.text for t in _approved(terms)), _language_note(terms)]
        rows.append(row)
    return rows


def _language_name(lang: str) -> str:
    """The heading a CAT tool maps to the language: its English name (`Russian`; `Chinese
    (Traditional)` for zh-Hant, `German` for a language beyond the six a TBX holds)."""
    if lang in LANGUAGES:
        return profile(lang).english_name
    return Locale.parse(lang, sep="-").get_display_name("en")


def _approved(terms: tuple[Term, ...]) -> list[Term]:
    """The terms a CAT tool may propose, preferred first."""
    usable = [t for t in terms if t.status.approved and not t.pattern]
    return sorted(usable, key=lambda t: t.status is not TermStatus.PREFERRED)


def _language_note(terms: tuple[Term, ...]) -> str:
    parts = []
    rejected = [f"{t.text} ({t.status.value})" for t in terms if not t.status.approved and not t.pattern]
    if rejected:
        parts.append("Do not use: " + "; ".join(rejected))
    unsure = [f"{t.text} {t.verification.mark}" for t in _approved(terms) if t.verification is not Verification.VERIFIED]
    if unsure:
        parts.append("To verify: " + "; ".join(unsure))
    return ". ".join(parts)


def write_cat_csv(glossary: Glossary, path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in cat_rows(glossary):
        writer.writerow([guard_cell(cell) for cell in row])
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))
