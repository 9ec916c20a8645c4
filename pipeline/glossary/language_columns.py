"""A glossary kept as one column per language: what a CAT tool's termbase export, a UNTERM or
spreadsheet term list, and hexaglot's own `--layout cat` export look like.

    ID,Subject,Definition,Note,English,English note,Russian,Russian note
    smuggling-of-migrants,,,,smuggling of migrants|migrant smuggling,,незаконный ввоз мигрантов,Do not use: контрабанда мигрантов (deprecated)

A header row, one row per concept. A column is a concept field (`ID`, `Subject`, `Definition`,
`Note`, `Source`), the row's number (`No.`, `#`: not read), a language, named by code or by name (`ru`, `zh_Hans`, `Russian`,
`Chinese (Simplified)`, `русский`: pipeline/lang/locales.py, heading_locale), or a language's
note (`Russian note`). A language cell holds the concept's approved terms, the preferred first,
separated by `|` (memoQ's and the Glossary Converter's synonym separator), `;` or line breaks.
A language note may name rejected terms and terms to verify as cat_csv.py writes them
(`Do not use: a (deprecated); b (forbidden). To verify: c ○`); the rest of it is the
preferred term's note. Without an `ID` column, a concept's id is made from its English term
(`smuggling-of-migrants`), else from its first term, else its row.

A language column is read as a TBX's language section is (tbx.py): a region is the language
(`English (United Kingdom)`, `ar-SA`), Traditional Chinese (`Chinese (Traditional)`, `zh-TW`)
is kept apart as zh-Hant, never matched in a Chinese catalog (UN Chinese is Simplified), and
another language is kept as itself. Everything else is refused by name, never skipped: a
column that is none of these, a variety that names no script or region, a language named twice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.glossary.tbx import CONCEPT_ID, NAME_CHARACTERS, TRADITIONAL_CHINESE, folded_regions, glossary_languages
from pipeline.glossary.term_identity import made_concept_id, term_key, unique_id
from pipeline.lang.locales import heading_code, heading_locale, names_a_locale
from pipeline.model import Concept, Glossary, Term, TermStatus, Verification

# Concept fields, by the headings CAT tools and spreadsheets give them (case-folded).
CONCEPT_HEADINGS = {
    "id": "id", "concept id": "id", "entry id": "id",
    "subject": "subject", "subject field": "subject", "domain": "subject",
    "definition": "definition",
    "note": "note", "notes": "note", "comment": "note", "comments": "note",
    "source": "source",
}
# A row's number, which spreadsheets often put first: read as nothing (a number that sorting
# the sheet changes names no concept; the id is made as without it). `No` is also Norwegian's
# code: a `No` column is the rows' numbers only where it holds nothing but whole numbers.
ROW_NUMBER_HEADINGS = frozenset({"no", "no.", "nº", "n°", "n.º", "#", "nr", "nr.", "num", "num.", "number", "row", "s/n"})
# Synonyms in one cell: `|`, a semicolon in the script's own form (Chinese `；`, Arabic `؛`), a line.
_SYNONYMS = re.compile(r"\s*(?:\||;|；|؛|\n)\s*")
_NOTE_HEADING = re.compile(r"(.+?)\s+(?:note|notes|comment)", re.IGNORECASE)
# A language note's parts: as cat_csv.py writes them (`Do not use:`, `To verify:`) anywhere in
# it; and, where the note or one of its sentences or lines starts with it, in any case (a person
# types `do not use: …`) or in the language of the note's column (`Не использовать: …`, `Ne
# pas utiliser : …`), which were kept as a plain note, the terms they reject passed unreported.
# Only with a colon: prose that says so (`Usage - do not use - as a verb`) is the note's.
# The openings that name the status of the terms they list, none named of their own
# (`Deprecated: X`, as a terminologist writes it): kept as the preferred term's note,
# `Deprecated: контрабанда мигрантов` lost the term it rejects. What follows them may be prose
# (`Obsoleto: antes de 2004.`), told apart by _looks_like_a_term. (Not `Avoid:`, which a note's
# prose says of usage: `Avoid: capitalising in running text`.)
_OPENING_STATUS = {
    "deprecated": TermStatus.DEPRECATED, "устаревший": TermStatus.DEPRECATED, "устаревшее": TermStatus.DEPRECATED,
    "устаревшая": TermStatus.DEPRECATED, "obsolète": TermStatus.DEPRECATED, "obsoleto": TermStatus.DEPRECATED,
    "已废弃": TermStatus.DEPRECATED, "superseded": TermStatus.SUPERSEDED, "forbidden": TermStatus.FORBIDDEN,
    "не рекомендуется": TermStatus.FORBIDDEN, "déconseillé": TermStatus.FORBIDDEN, "desaconsejado": TermStatus.FORBIDDEN,
    "不推荐": TermStatus.FORBIDDEN,
}
_NOTE_PART = re.compile(
    r"(?:^|(?<=[.;!?]\s)|(?<=\n)|(?=Do not use\s*:|To verify\s*:))\s*"
    r"((?i:do not use|to verify|не использовать|ne pas utiliser|no utilizar|no usar|不要使用|勿用|لا تستخدم|"
    + "|".join(map(re.escape, _OPENING_STATUS)) + r"))\s*[:：]\s*")
_NOTE_PART_MEANS = {"to verify": "To verify"}  # every other opening says "Do not use" (forbidden, unless _OPENING_STATUS)
# A rejected term's status, as cat_csv.py writes it, in any case (a person types `(Forbidden)`);
# the approved ones, which have no place in the list, are looked for to be refused.
_STATUS_NAMES = r"deprecated|superseded|forbidden|not\s*recommended|preferred|admitted"
_LISTED_STATUS = re.compile(rf"\s*\(({_STATUS_NAMES})\)\s*", re.IGNORECASE)


def _listed_status(word: str) -> TermStatus:
    """A status as written in brackets: `not recommended` is TBX's name for forbidden."""
    word = word.lower()
    return TermStatus.FORBIDDEN if word.startswith("not") else TermStatus(word)
# The list's items: `;` as cat_csv.py writes them, or a line break (Excel's Alt+Enter).
_ITEMS = re.compile(r"\s*[;\n]\s*")
# A status in brackets and the stop after it, which ends a 'Do not use' list (on any line:
# `… (forbidden).` then `Synonyms in press: провоз` is the note's text, not a term).
_LIST_END = re.compile(rf"\((?:{_STATUS_NAMES})\)\s*\.", re.IGNORECASE)
_MARKS = {mark.mark: mark for mark in Verification}


def is_language_columns(header: list[str]) -> bool:
    """Whether a header row is this layout's: some column names a language (the six or any
    other), none is hexaglot's own layout's `concept id`."""
    cells = [cell.strip() for cell in header]
    return "concept id" not in cells and any(
        cell.casefold() not in CONCEPT_HEADINGS and heading_locale(cell) is not None for cell in cells if cell)


def language_columns_glossary(rows: list[tuple[int, list[str]]], path: Path, title: str) -> Glossary:
    """The glossary of (line, cells) pairs in this layout, the header first (cells already
    unguarded); errors name the line and the column."""
    line, header = rows[0]
    columns, folded = _columns([cell.strip() for cell in header], path, line, rows[1:])
    refuse_cells_without_heading(header, rows[1:], path, line)
    read: list[tuple[Concept, bool, int]] = []  # each concept, whether its id was written, its row
    written: set[str] = set()
    made_from: dict[str, tuple[str, int]] = {}  # a TBX id → the id written that made it, and its row
    for number, row in rows[1:]:
        cells = {index: (row[index] if index < len(row) else "") or "" for index in columns}
        if not any(cell.strip() for cell in cells.values()):
            continue
        concept, given = _concept(columns, cells, path, number)
        if not concept.terms:
            # A section's heading or a comment in a row of its own (`Crime`, `Check UNTERM`) was a
            # concept with no term (`row-2`), added to the glossary on import.
            said = "; ".join(f"{header[index].strip()}: {cells[index].strip()[:40]}" for index in columns if cells[index].strip())
            raise HexaglotInputError("E015", path, f"the row holds no term, only {said}: a section's heading or a "
                                     "comment? give it its terms, or take it out of the list", number)
        if given:
            if concept.id in written:
                raise HexaglotInputError("E015", path, f"concept id '{concept.id}' is on an earlier row too", number)
            written.add(concept.id)
            made = tbx_id(concept.id)
            if made in made_from:
                # `un:som` and `un/som` both `un-som`: two concepts, one id (E049 said "give each its own")
                other, row = made_from[made]
                raise HexaglotInputError("E015", path, f"concept id '{concept.id}' and '{other}' (row {row}) both become "
                                         f"'{made}' as TBX ids (a letter or _ first; no ':', '/' or space): give one of "
                                         "them another id", number)
            made_from[made] = (concept.id, number)
            concept = replace(concept, id=made)
        read.append((concept, given, number))
    # A made id never takes a written one, nor an earlier made one: `report`, `report-2`.
    taken = {concept.id for concept, given, _ in read if given}
    concepts: list[Concept] = []
    rows_of: list[tuple[str, int]] = []
    for concept, given, number in read:
        if not given:
            concept = replace(concept, id=unique_id(concept.id, taken))
            taken.add(concept.id)
        concepts.append(concept)
        rows_of.append((concept.id, number))
    source = "en" if any(role == ("terms", "en") for role in columns.values()) else next(
        (lang for kind, lang in columns.values() if kind == "terms"), "en")
    made_ids = frozenset(concept.id for concept, (_, given, _) in zip(concepts, read) if not given)
    rewritten = tuple((written_id, made) for made, (written_id, _) in made_from.items() if written_id != made)
    return Glossary(title, tuple(concepts), source_lang=source, term_list=True, made_ids=made_ids, rows=tuple(rows_of),
                    ids_rewritten=rewritten, folded=folded)


def _columns(header: list[str], path: Path, line: int,
             rows: list[tuple[int, list[str]]]) -> tuple[dict[int, tuple[str, str]], tuple[tuple[str, str], ...]]:
    """Column index → ("field", concept field) | ("terms", lang) | ("note", lang); the rows'
    numbers are no column of the result. With the regions read as their language (tbx.folded_regions)."""
    columns: dict[int, tuple[str, str]] = {}
    for index, heading in enumerate(header):
        if not heading:
            continue
        if heading.casefold() in ROW_NUMBER_HEADINGS and (heading.casefold() != "no" or all(
                not cells[index].strip() or cells[index].strip().isdigit() for _, cells in rows if index < len(cells) and cells[index])):
            continue
        columns[index] = _role(heading, path, line)
    # As a TBX's language sections are read (tbx.py): a region is the language (`English (United
    # Kingdom)`, `Arabic (Saudi Arabia)`: where the termbase was made), but another region beside
    # the UN's variety (`Spanish (Latin America)` beside `Spanish`) is kept apart; Traditional
    # Chinese is kept apart as zh-Hant, another language is kept as itself.
    languages = glossary_languages({tag for kind, tag in columns.values() if kind != "field"})
    seen: set[tuple[str, str]] = set()
    for index, (kind, tag) in list(columns.items()):
        role = (kind, tag) if kind == "field" else (kind, languages[tag])
        if role in seen:
            raise HexaglotInputError("E015", path, f"column '{header[index]}' names what an earlier column names", line)
        seen.add(role)
        columns[index] = role
    folded = folded_regions(languages)
    if not any(kind == "terms" for kind, _ in columns.values()):
        raise HexaglotInputError("E015", path, "no column of terms: head each language's column with its name or code "
                                 "(English, Russian or en, ru)", line)
    return columns, folded


def refuse_cells_without_heading(header: list[str], rows: list[tuple[int, list[str]]], path: Path, line: int) -> None:
    """Refuse a cell that no heading names: in a column with no heading (a merged `Russian`
    cell over a term's column and its variants'), or past the last heading of a row longer than
    the header (an unquoted separator inside a CSV cell, which moved the row's later cells under
    other languages). Skipped, the terms in them were lost, forbidden ones among them."""
    for number, cells in rows:
        for index, cell in enumerate(cells):
            if not cell.strip():
                continue
            if index >= len(header):
                raise HexaglotInputError("E015", path, f"'{cell.strip()[:60]}' is in column {_column_name(index)}, right "
                                         f"of the header's last ({_column_name(len(header) - 1)}), so no language or field "
                                         "would take it: head its column, or, in a CSV, quote the cell before it that "
                                         "holds the separator", number)
            if not header[index].strip():
                raise HexaglotInputError("E015", path, f"'{cell.strip()[:60]}' is in column {_column_name(index)}, which "
                                         "has no heading, so no language or field would take it: head the column (a "
                                         "language, a language's note such as `Russian note`, or a concept field), or "
                                         "move the text", number)


def _column_name(index: int) -> str:
    """A column as a spreadsheet names it: A, B, … Z, AA."""
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(ord("A") + remainder) + name
    return name


def _role(heading: str, path: Path, line: int) -> tuple[str, str]:
    field = CONCEPT_HEADINGS.get(heading.casefold())
    if field:
        return "field", field
    found = heading_locale(heading)
    kind = "terms"
    if found is None:
        note = _NOTE_HEADING.fullmatch(heading)
        found = heading_locale(note.group(1)) if note else None
        kind = "note"
    if found is None:
        known = ", ".join(sorted({h.capitalize() for h in ("id", "subject", "definition", "note", "source")}))
        raise HexaglotInputError("E015", path, f"column '{heading}' is neither a concept field ({known}), nor a language "
                                 "(English, Russian or en, ru), nor a language's note (Russian note)", line)
    if not names_a_locale(found.locale):
        raise HexaglotInputError("E015", path, f"{found.problem}: head the column with a language's name or code", line)
    # The region as written (`en-US`, not `en`: CLDR's main region of English is not the UN's),
    # of which _columns reads the language, the tags together.
    written = heading_code(note.group(1) if kind == "note" else heading)
    return kind, (written if found.lang and isinstance(written, str) else found.locale).replace("_", "-")


def _concept(columns: dict[int, tuple[str, str]], cells: dict[int, str], path: Path, line: int) -> tuple[Concept, bool]:
    """The row's concept, and whether its id was written (else made from its terms)."""
    fields = {"id": "", "subject": "", "definition": "", "note": "", "source": ""}
    terms: dict[str, list[Term]] = {}
    notes: dict[str, str] = {}
    for index, (kind, name) in columns.items():
        text = cells[index].strip()
        if kind == "field":
            fields[name] = text
        elif kind == "terms":
            written = [term for term in _SYNONYMS.split(text) if term]
            if written or name not in terms:  # (an empty cell of the UN variety takes nothing from the row's other one)
                terms[name] = [_cell_term(term, name, n, path, line, written[0]) for n, term in enumerate(written)]
        elif text or name not in notes:
            notes[name] = text
    for lang, note in notes.items():
        terms[lang] = _with_note(terms.get(lang, []), lang, note, path, line)
    every = tuple(term for lang_terms in terms.values() for term in lang_terms)
    written = fields.pop("id")
    return Concept(written or made_concept_id(every, f"row-{line}"), every, **fields), bool(written)


def _looks_like_a_term(item: str) -> bool:
    """A list's item as a term is written: a few words, no figure, no clause's comma (a status
    in brackets after it aside)."""
    text = _LISTED_STATUS.sub(" ", item).strip()
    return bool(text) and len(text.split()) <= 6 and not any(ch.isdigit() for ch in text) and "," not in text


def _with_note(terms: list[Term], lang: str, note: str, path: Path, line: int) -> list[Term]:
    """A language's terms with what its note says: its rejected terms, the marks of those to
    verify, and the rest as the preferred term's note."""
    parts = _NOTE_PART.split(note)
    rest, said = parts[0].strip(), {}
    rejected: list[tuple[str, TermStatus]] = []  # (the list, the status its opening gives)
    for opening, part in zip(parts[1::2], parts[2::2]):
        meaning = _NOTE_PART_MEANS.get(opening.casefold(), "Do not use")
        if meaning == "Do not use":
            # The list ends at the stop after a status (`… (forbidden).`): what follows is the
            # note's, kept as written, its stops and semicolons with it.
            end = _LIST_END.search(part)
            if end is not None and part[end.end():].strip():
                rest = f"{rest} {part[end.end():].strip()}".strip()
                part = part[:end.end()]
            listed = part.strip().rstrip(".").strip()
            if opening.casefold() in _OPENING_STATUS and not all(_looks_like_a_term(item) for item in _ITEMS.split(listed) if item):
                # `Obsoleto: antes de 2004.`, `Obsolète : depuis 2004, le terme…`: prose that says
                # what the term was, not a list of terms; kept as the note it is.
                rest = f"{rest} {opening}: {part.strip()}".strip()
                continue
            rejected.append((listed, _OPENING_STATUS.get(opening.casefold(), TermStatus.FORBIDDEN)))
            continue
        said[meaning] = "; ".join(filter(None, [said.get(meaning, ""), part.strip().rstrip(".").strip()]))
    for item in filter(None, (item.strip() for item in said.get("To verify", "").split(";"))):
        text, _, mark = item.rpartition(" ")
        match = next((n for n, term in enumerate(terms) if term.text == text), None)
        if mark not in _MARKS or match is None:
            raise HexaglotInputError("E015", path, f"'To verify: {item}' names no term of the row's {lang} terms "
                                     "with a mark (○ or ?)", line)
        terms[match] = replace(terms[match], verification=_MARKS[mark])
    for item, given in ((item, given) for listed, given in rejected for item in filter(None, _ITEMS.split(listed))):
        text, status, after = _rejected(item, lang, path, line, given)
        approved = next((term for term in terms if term.status.approved and term_key(lang, term.text) == term_key(lang, text)), None)
        if approved is not None:
            # Which the terminologist meant cannot be told; read as the note says, the row's
            # preferred term became deprecated in the glossary it was imported into.
            listed = f"'{approved.text}'" if approved.text == text else f"'{approved.text}' (as '{text}', one spelling to the matcher)"
            raise HexaglotInputError("E015", path, f"{listed} is in the {lang} column and in the note's 'Do not "
                                     "use' list: a term is approved or rejected, not both", line)
        terms.append(Term(text, lang, status, case_sensitive=_an_acronym(text)))
        if after:  # the note goes on after the list (`… (forbidden). Término del Protocolo.`)
            rest = f"{rest} {after}".strip()
    if rest:
        if not terms or not terms[0].status.approved:
            raise HexaglotInputError("E015", path, f"a {lang} note with no {lang} term to belong to", line)
        terms[0] = replace(terms[0], note=rest)
    return terms


def _rejected(item: str, lang: str, path: Path, line: int,
              given: TermStatus = TermStatus.FORBIDDEN) -> tuple[str, TermStatus, str]:
    """A rejected term of a note's list: its text, its status (forbidden where none is said),
    and the note's text that follows it after a full stop. A term that would keep a status, a
    line break or text run on after its status is refused: it would be looked for as written
    and never found, and the variant it names would pass unreported."""
    found = _LISTED_STATUS.search(item)
    if found is None:
        # No status: forbidden, the list ending at a stop before more text (`Do not use: улика.
        # Термин УПК.`: the term is улика, the rest the note's)
        term, stop, after = item.partition(". ")
        return (_unquoted(term), given, after.strip()) if stop and after.strip() else (_unquoted(item), given, "")
    text, status, after = _unquoted(item[:found.start()].strip()), _listed_status(found.group(1)), item[found.end():].strip()
    if status.approved:
        raise HexaglotInputError("E015", path, f"'Do not use: {item}' gives a rejected {lang} term an approved status: "
                                 "put it in the language's column, or say deprecated, superseded or forbidden", line)
    if not text or (after and not after.startswith(".")) or _LISTED_STATUS.search(after.lstrip(".")):
        raise HexaglotInputError("E015", path, f"'Do not use: {item}' is not a {lang} term and its status: separate "
                                 "the terms with ';' or a line break, and end the list with '.' before other text", line)
    return text, status, after.lstrip(".").strip()


def _cell_term(written: str, lang: str, place: int, path: Path, line: int, first: str = "") -> Term:
    """A term of a language's column: the first preferred, the others admitted, unless it ends
    with its status in brackets (`анкета (deprecated)`), as terminologists mark a variant in
    the column itself. A status in other words (`(не рекомендуется)`, `（不推荐）`) is refused by
    name: kept, it would be part of the term, never found, and the variant it names would pass
    as approved."""
    found = _LISTED_STATUS.search(written)
    if found is not None and found.end() == len(written) and written[:found.start()].strip():
        return Term(_unquoted(written[:found.start()].strip()), lang, _listed_status(found.group(1)))
    written = _unquoted(written)
    if _OTHER_STATUS.search(written):
        raise HexaglotInputError("E015", path, f"the {lang} term '{written}' holds what reads as a status in brackets: "
                                 "write it as '… (deprecated)', '(superseded)' or '(forbidden)', or list the term in a "
                                 f"note column as 'Do not use: …'", line)
    # An acronym beside the full name (`Управление … | УНП ООН`) is the name's acronym, as a
    # termbase's termType says: TERM004 held it for a rival variant of the name in every entry
    # that used both. Not beside another acronym (`ONUDC | UNODC`, rivals indeed), nor the name
    # itself in capitals (`MEMBER STATES`, a variant of `Member States`).
    acronym = _an_acronym(written)
    beside_a_name = place > 0 and not _an_acronym(first) and written.casefold() != _unquoted(first).casefold()
    return Term(written, lang, TermStatus.PREFERRED if place == 0 else TermStatus.ADMITTED,
                case_sensitive=acronym, term_type="acronym" if acronym and beside_a_name else "")


# The quotation marks a person sets a term in (`«контрабанда мигрантов»`, `"passage
# clandestin"`): kept, the term was looked for with them and found only where a text quotes it.
# (Not 《》, the marks of a title in Chinese, which a term may hold.)
_QUOTED = re.compile(r'^\s*(?:«\s*([^«»]+?)\s*»|“([^“”]+)”|„([^„“]+)“|"([^"]+)"|‘([^‘’]+)’|「([^「」]+)」|『([^『』]+)』)\s*$', re.S)


def _unquoted(written: str) -> str:
    """A term without the quotation marks around it."""
    found = _QUOTED.match(written)
    return next(group for group in found.groups() if group) if found else written


def _an_acronym(written: str) -> bool:
    """A term in capitals only, two letters or more (`NDC`, `ОНУВ`, `PMA`): an acronym, whose
    case is its meaning (a term list has no column to say so, and the `cat` layout's export
    of the glossary's case-sensitive acronyms came back without it)."""
    letters = [ch for ch in written if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


# Statuses as terminologists write them in brackets after a term, in English or in their own
# language: the brackets hold the status and nothing else (`(avoid)`, `[deprecated]`,
# `(не рекомендуется)`, `（不推荐）`), so that an expansion or a synonym in brackets
# (`ДВЗЯИ (Договор о всеобъемлющем запрещении …)`, `obsolete munitions (obsolete ammunition)`)
# stays part of the term.
_OTHER_STATUS = re.compile(
    r"[(（\[]\s*(?:"
    r"(?:deprecated|superseded|forbidden|obsolete|rejected|admitted|preferred)(?:\s+(?:term|form|usage))?|"
    r"non[- ]preferred|avoid|do\s+not\s+use|don'?t\s+use|not\s+to\s+be\s+used|"
    r"не\s*рек(?:оменд\w*|\.)?|нерекомендуем\w*|устар\w*\.?|запрещ\w*|нежелат\w*|"
    r"déconseillé\w*|à\s+éviter|obsolète|proscrit\w*|interdit\w*|"
    r"desaconsejad\w*|no\s+recomendad\w*|obsolet\w*|prohibid\w*|evitar|"
    r"不推荐(?:使用)?|弃用|禁用|避免使用|不建议使用|不建议|"
    r"غير\s+مستحسن|مهجور|محظور|لا\s+يستخدم"
    r")\s*[)）\]]\s*\.?\s*$", re.IGNORECASE)


def term_with_status(text: str) -> bool:
    """Whether a term's text ends with a status in brackets, in English or another language."""
    found = _LISTED_STATUS.search(text)
    return bool(found and found.end() == len(text)) or _OTHER_STATUS.search(text) is not None


def tbx_id(written: str) -> str:
    """An ID cell as TBX can hold it: as written where it is an XML ID; else its runs of name
    characters joined by `-` (`UN 2` → `UN-2`, `som:3` → `som-3`), after `concept-` where they
    start with a digit (`1` → `concept-1`: memoQ and MultiTerm number their entries). Written
    as they were, such ids made a TBX that validating tools refuse."""
    if CONCEPT_ID.fullmatch(written):
        return written
    made = "-".join(re.findall(f"[{NAME_CHARACTERS}]+", written))
    return made if CONCEPT_ID.fullmatch(made) else f"concept-{made}"
