"""CSV and XLSX glossaries for people who keep terms in spreadsheets.

One row per concept. Concept fields first, then a column group per language, one slot per
term: `ru 1 term`, `ru 1 status`, `ru 1 note`, ... Statuses, verification marks and options
are words a person reads (`preferred`, `forbidden`, `unverified`, `yes`). Nothing is lost on
a round trip: every field of the model has a column (a column that would be empty for the
whole glossary is left out), and foreign TBX fields travel as JSON in an `extra` column.

In CSV, a cell that would start with `=`, `+`, `-`, `@`, a tab or a carriage return is written
with a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a
formula, and so is a cell that starts with an apostrophe; import takes off exactly the one
apostrophe export added. XLSX cells are typed as text and need no guard.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import json
import re
from dataclasses import replace
from pathlib import Path

from pipeline.errors import HexaglotInputError
from pipeline.fileio import atomic_write_bytes, marked_encoding, regular_file, utf16_without_mark
from pipeline.glossary.contexts import parse_context
from pipeline.glossary.language_columns import is_language_columns, language_columns_glossary, refuse_cells_without_heading
from pipeline.glossary.patterns import pattern_problem
from pipeline.glossary.tbx import folded_regions, glossary_languages, status_named
from pipeline.model import Concept, Glossary, Term, TermStatus, Verification
from pipeline.printable import printable
from pipeline.workbook_input import SHEET_ERRORS, opened_workbook

CONCEPT_COLUMNS = {  # column → Concept field
    "concept id": "id",
    "subject field": "subject",
    "definition": "definition",
    "concept note": "note",
    "concept source": "source",
    "concept extra": "extra",
}
TERM_COLUMNS = {  # column suffix → Term field
    "term": "text",
    "status": "status",
    "part of speech": "part_of_speech",
    "term type": "term_type",
    "gender": "gender",
    "number": "number",
    "verification": "verification",
    "case-sensitive": "case_sensitive",
    "pattern": "pattern",
    "allowed context": "contexts",
    "source": "source",
    "note": "note",
    "extra": "extra",
}
# A language's column group: the six, and any other a TBX holds (`de`, Traditional Chinese's
# `zh-Hant`), so that what export writes, import reads back.
TERM_COLUMN = re.compile(rf"^([A-Za-z]{{2,3}}(?:[-_][A-Za-z0-9]{{2,8}})*) (\d+) ({'|'.join(map(re.escape, TERM_COLUMNS))})$")
# What a spreadsheet may run as a formula: OWASP's list for CSV injection, which has the tab and
# the carriage return because some programs skip them before an `=`.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# An apostrophe is guarded too, so that import takes off exactly the one export added.
_GUARDED_START = (*_FORMULA_START, "'")
# What an XLSX cell holds (Excel's limit; openpyxl writes more, which Excel cuts or refuses).
XLSX_CELL_LIMIT = 32_767
# Excel's last row (and LibreOffice's): no sheet either writes or opens goes further.
MAX_SHEET_ROW = 1_048_576


# -- rows ------------------------------------------------------------------------------------


def glossary_rows(glossary: Glossary) -> list[list[str]]:
    """The header and one row per concept."""
    # Languages in the glossary's own order (as its TBX has them), so a round trip keeps it.
    languages = list(dict.fromkeys(t.lang for c in glossary.concepts for t in c.terms))
    slots = {lang: max((len(c.terms_in(lang)) for c in glossary.concepts), default=0) for lang in languages}
    header = [column for column, name in CONCEPT_COLUMNS.items() if column == "concept id" or any(getattr(c, name) for c in glossary.concepts)]
    term_columns = []
    for lang in languages:
        for slot in range(1, slots[lang] + 1):
            for suffix, name in TERM_COLUMNS.items():
                used = suffix in ("term", "status") or any(
                    _term_cell(c.terms_in(lang)[slot - 1], name) for c in glossary.concepts if len(c.terms_in(lang)) >= slot
                )
                if used:
                    term_columns.append((f"{lang} {slot} {suffix}", lang, slot, name))
    rows = [header + [column for column, *_ in term_columns]]
    for concept in glossary.concepts:
        row = [_concept_cell(concept, CONCEPT_COLUMNS[column]) for column in header]
        for _, lang, slot, name in term_columns:
            terms = concept.terms_in(lang)
            row.append(_term_cell(terms[slot - 1], name) if slot <= len(terms) else "")
        rows.append(row)
    return rows


def _concept_cell(concept: Concept, name: str) -> str:
    value = getattr(concept, name)
    return json.dumps(value, ensure_ascii=False) if name == "extra" and value else (value or "")


def _term_cell(term: Term, name: str) -> str:
    value = getattr(term, name)
    if name == "status":
        return value.value
    if name == "verification":
        return "" if value is Verification.VERIFIED else value.value
    if name == "case_sensitive":
        return "yes" if value else ""
    if name == "extra":
        return json.dumps([list(item) for item in value], ensure_ascii=False) if value else ""
    if name == "contexts":
        return "\n".join(value)  # one rule per line of the cell
    return value


def rows_glossary(rows: list[tuple[int, list[str]]], path: Path, title: str, guarded: bool = False) -> Glossary:
    """A glossary from (line, cells) pairs, the header first; errors name the line (the row of
    a sheet) and the column. `guarded`: the cells went through `guard_cell` on export (CSV; XLSX
    cells are text and need no guard)."""
    if not rows or not any(rows[0][1]):
        raise HexaglotInputError("E015", path, "the spreadsheet is empty: expected a header row", 1)
    header = [cell.strip() for cell in rows[0][1]]
    if is_language_columns(header):
        # A CAT tool's or a term list's layout: one column per language (language_columns.py).
        return language_columns_glossary([(number, [_unguard(cell) if guarded else cell or "" for cell in row])
                                          for number, row in rows], path, title)
    if "concept id" not in header:
        raise HexaglotInputError("E015", path, "the header row is neither hexaglot's layout (a 'concept id' column, then "
                                 "'ru 1 term', ...) nor one column per language (English, Russian or en, ru); "
                                 "see docs/glossary.md", rows[0][0])
    for column in header:
        if column and column not in CONCEPT_COLUMNS and not TERM_COLUMN.match(column):
            raise HexaglotInputError("E015", path, f"unknown column '{column}' (see docs/glossary.md for the columns)", rows[0][0])
    header = _columns_once(header, path, rows[0][0])
    languages = _column_languages(header)
    refuse_cells_without_heading(header, rows[1:], path, rows[0][0])
    concepts = []
    rows_of = []
    unstated: list[tuple[str, str, str]] = []
    has_statuses = any(column.endswith(" status") for column in header)
    for number, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        cells = {column: (_unguard(row[i]) if guarded else row[i] or "") if i < len(row) else ""
                 for i, column in enumerate(header) if column}
        concepts.append(_concept_from(cells, path, number, languages))
        rows_of.append((concepts[-1].id, number))
        # (a slot with no status column, in a sheet that has them, is as unstated as an empty cell)
        unstated += [(concepts[-1].id, lang, cells[f"{lang} {slot} term"].strip())
                     for lang, slot in _slots(cells) if has_statuses
                     and cells[f"{lang} {slot} term"].strip() and not cells.get(f"{lang} {slot} status", "").strip()]
    return Glossary(title, tuple(concepts), columns=frozenset(column for column in header if column), rows=tuple(rows_of),
                    unstated=tuple(unstated), folded=folded_regions(languages))


def _column_languages(header: list[str]) -> dict[str, str]:
    """The languages of the term columns' prefixes, read as a TBX's language sections are
    (`ru-RU` is Russian; `es-419` beside `es` is kept apart: tbx.glossary_languages)."""
    return glossary_languages({match.group(1) for column in header if (match := TERM_COLUMN.match(column))})


def _columns_once(header: list[str], path: Path, line: int) -> list[str]:
    """The header with each term column's slot written plainly (`ru 01 term` is `ru 1 term`),
    or E015 where two columns are one field: the same heading twice (a column copied in
    Excel), `ru 1 term` and `ru 01 term`, or one slot of a language written with two prefixes
    (`ru 1 term`, `ru-RU 1 status`). The last of two such columns was read, the other's cells
    lost: a preferred term gone, the other term taking its status."""
    fields: dict[object, str] = {}
    prefixes: dict[tuple[str, int], str] = {}
    plain = []
    languages = _column_languages(header)
    for written in header:
        column = written
        match = TERM_COLUMN.match(column)
        if match:
            lang, slot = languages[match.group(1)], int(match.group(2))
            if prefixes.setdefault((lang, slot), match.group(1)) != match.group(1):
                raise HexaglotInputError("E015", path, f"columns '{prefixes[lang, slot]} {slot} …' and '{match.group(1)} {slot} …' "
                                         f"are both the {lang} term {slot}: number one of them otherwise", line)
            column = f"{match.group(1)} {slot} {match.group(3)}"
        key = (lang, slot, match.group(3)) if match else column
        if column and key in fields:
            raise HexaglotInputError("E015", path, f"columns '{fields[key]}' and '{written}' are one column of the glossary, "
                                     "given twice: keep one (the first's cells would be lost)", line)
        fields[key] = written
        plain.append(column)
    return plain


def _slots(cells: dict[str, str]) -> list[tuple[str, int]]:
    """The (language, slot) of each term column of a row (`ru 2 term`)."""
    return [(match.group(1), int(match.group(2))) for column in cells
            if (match := TERM_COLUMN.match(column)) and TERM_COLUMNS[match.group(3)] == "text"]


def _concept_from(cells: dict[str, str], path: Path, line: int, languages: dict[str, str]) -> Concept:
    concept_id = cells.get("concept id", "").strip()
    if not concept_id:
        raise HexaglotInputError("E015", path, "a row has no concept id", line)
    values = {name: cells.get(column, "") for column, name in CONCEPT_COLUMNS.items() if name not in ("id", "extra")}
    extra = _json_cell(cells.get("concept extra", ""), path, line, "concept extra")
    slots: dict[tuple[str, int], dict[str, str]] = {}  # in header order
    for column, value in cells.items():
        match = TERM_COLUMN.match(column)
        if match:
            # A region is the language, as in a TBX's language sections (`ru-RU 1 term` is
            # Russian's: read as a language of its own, its terms were looked for nowhere).
            key = (languages[match.group(1)], int(match.group(2)))
            slots.setdefault(key, {})[TERM_COLUMNS[match.group(3)]] = value
    terms = []
    for (lang, slot), term_cells in slots.items():
        if not term_cells.get("text", "").strip():
            if any(v.strip() for v in term_cells.values()):
                raise HexaglotInputError("E015", path, f"'{lang} {slot}' has details but no term", line)
            continue
        terms.append(_term_from(lang, slot, term_cells, path, line))
    return Concept(concept_id, tuple(terms), extra=tuple(tuple(item) for item in extra), **values)


# A line break typed in a term's cell (Alt+Enter): no term spans two lines.
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n\u2028\u2029]+[ \t]*")


def _term_from(lang: str, slot: int, cells: dict[str, str], path: Path, line: int) -> Term:
    status_text = cells.get("status", "").strip().lower() or "preferred"
    # (as a TBX names them too: `not recommended` is forbidden, as in a TBX and a term list)
    status = status_named(status_text)
    if status is None:
        choices = ", ".join(s.value for s in TermStatus)
        raise HexaglotInputError("E015", path, f"'{lang} {slot} status' is '{status_text}', not one of {choices}", line)
    verification_text = cells.get("verification", "").strip().lower() or "verified"
    try:
        verification = Verification(verification_text)
    except ValueError:
        raise HexaglotInputError("E015", path, f"'{lang} {slot} verification' is '{verification_text}', not verified, unverified or uncertain", line) from None
    case_text = cells.get("case_sensitive", "").strip().lower()
    if case_text not in ("", "yes", "no", "true", "false"):
        raise HexaglotInputError("E015", path, f"'{lang} {slot} case-sensitive' must be yes or empty", line)
    extra = _json_cell(cells.get("extra", ""), path, line, f"{lang} {slot} extra")
    contexts = tuple(rule.strip() for rule in cells.get("contexts", "").splitlines() if rule.strip())
    for rule in contexts:
        try:
            parse_context(rule)
        except ValueError as error:
            raise HexaglotInputError("E015", path, f"'{lang} {slot} allowed context': {error}", line) from None
    if pattern_problem(cells.get("pattern", "")):
        raise HexaglotInputError("E015", path, f"'{lang} {slot} pattern': {pattern_problem(cells['pattern'])}", line)
    plain = {name: cells.get(name, "") for name in ("part_of_speech", "term_type", "gender", "number", "pattern", "source", "note")}
    return Term(
        text=_LINE_BREAKS.sub(" ", cells["text"]).strip(),
        lang=lang,
        status=status,
        verification=verification,
        case_sensitive=case_text in ("yes", "true"),
        contexts=contexts,
        extra=tuple(tuple(item) for item in extra),
        **plain,
    )


def _json_cell(text: str, path: Path, line: int, column: str) -> list:
    if not text.strip():
        return []
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, RecursionError):  # RecursionError: nested past the reader's depth
        raise HexaglotInputError("E015", path, f"'{column}' is not valid JSON", line) from None
    if not isinstance(value, list) or not all(isinstance(item, list) and len(item) == 3 for item in value):
        raise HexaglotInputError("E015", path, f"'{column}' must be a list of [element, type, text]", line)
    return value


def guard_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula (see the module's
    docstring)."""
    # `'-ism` goes out as `''-ism` and comes back as `'-ism`; `-ism` goes out as `'-ism`.
    return "'" + text if text.startswith(_GUARDED_START) else text


_guard = guard_cell


def _unguard(text: str) -> str:
    # Identity on what `guard_cell` wrote: it added an apostrophe exactly when what follows starts
    # with one of these. A person's `'=SUM(A1)` in a CSV is read as `=SUM(A1)`, as a spreadsheet
    # shows it; their `'s` is kept.
    text = "" if text is None else str(text)
    return text[1:] if text.startswith("'") and text[1:].startswith(_GUARDED_START) else text


# -- CSV -------------------------------------------------------------------------------------


def write_csv(glossary: Glossary, path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in glossary_rows(glossary):
        writer.writerow([guard_cell(cell) for cell in row])
    # With a BOM, spreadsheet programs open the file as UTF-8.
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))


def read_csv(path: Path) -> Glossary:
    """A glossary saved as delimited text: CSV, or tab-separated (`.tsv`, `.txt`), in UTF-8, or
    in the encoding its byte-order mark names (Excel's "Unicode Text" is UTF-16)."""
    data = regular_file(path, "glossary", "E001").read_bytes()
    # UTF-16 with no byte-order mark (a script's or a termbase tool's export): its NULs tell it.
    encoding = marked_encoding(data) or (b"\x00" in data[:4096] and utf16_without_mark(data)) or "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        # As a document's E003 says it: the line, and the byte's value (0xe9 is Windows-1252's
        # é, which Excel's "CSV (Comma delimited)" writes), with the save that fixes it.
        # (utf-8-sig counts from after the byte-order mark: the byte named was three before the bad one)
        at = error.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
        line = data[:at].count(b"\n") + 1
        excel = " (Excel's \"CSV (Comma delimited)\" is Windows-1252: choose \"CSV UTF-8\")" if encoding == "utf-8" else ""
        raise HexaglotInputError("E003", path, f"not valid {encoding.removesuffix('-sig').upper()} "
                                 f"(byte 0x{data[at]:02x}); save the file as UTF-8{excel}", line) from None
    separator = _separator(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator, strict=True)
    rows, line = [], 1  # the line each row starts on
    try:
        for row in reader:
            rows.append(row)
            _no_rows_inside(row, rows[0], separator, path, line)
            line = reader.line_num + 1
    except csv.Error as error:
        if "unexpected end of data" in str(error):
            # Read leniently, every row after it was that cell's text: concepts lost, exit 0.
            raise HexaglotInputError("E015", path, "a quotation mark opens a cell that no quotation mark closes: "
                                     "every row after it would be that cell's text", line) from None
        raise HexaglotInputError("E015", path, f"not valid CSV: {error}", reader.line_num) from None
    return rows_glossary(list(enumerate(rows, start=1)), path, path.stem, guarded=True)


def _no_rows_inside(row: list[str], header: list[str], separator: str, path: Path, line: int) -> None:
    """A cell over several lines is a note's paragraphs, unless each line after its first is a
    row of the sheet (_a_row): a stray quotation mark opened the cell and another closed it
    rows later, and the concepts between were that cell's text (rows of a term list became a
    concept's synonyms, `victim,жертва`). A term list has no status column to tell a row by:
    there, two lines or more, each with as many cells as the header and its first two filled
    (a note's line that lists words with commas is one line, or one of several)."""
    statuses = [index for index, name in enumerate(header) if name.strip().lower().endswith(" status")]
    for cell in row if len(header) > 1 and row is not header else ():
        lines = cell.splitlines()[1:]
        inside = [text for text in lines if _a_row(text, separator, len(header), statuses)]
        if inside and len(inside) == len(lines) and (statuses or len(inside) >= 2):
            raise HexaglotInputError("E015", path, f"a cell of this row holds {len(inside)} row{'s' if len(inside) != 1 else ''} "
                                     f"of the sheet ('{inside[0][:60]}'): a quotation mark in it opens a cell that a "
                                     "quotation mark rows later closes", line)


def _a_row(text: str, separator: str, width: int, statuses: list[int]) -> bool:
    """Whether a line reads as a row: as many cells as its header, the first (a concept's id,
    a term) not empty, and in hexaglot's layout a status where the status columns are, or
    nothing (`Not to be confused with: провоз, вывоз, перевозка, транзит.` is a note's line)."""
    try:
        cells = next(csv.reader([text], delimiter=separator), [])
    except csv.Error:  # a carriage return alone in it: no row
        return False
    if len(cells) != width or not cells[0].strip():
        return False
    if not statuses:
        # A term list's: its first two cells, a term and another, filled, and no sentence of a
        # note (`See also: illegal entry, fraudulent document, border control.`)
        return bool(cells[1].strip()) and ": " not in text and not text.rstrip().endswith(".")
    written = [cells[index].strip().lower() for index in statuses if cells[index].strip()]
    return bool(written) and all(status in _STATUS_WORDS for status in written)


_STATUS_WORDS = frozenset(status.value for status in TermStatus)


def _separator(text: str) -> str:
    """The CSV's separator, read off its header row: a comma, or the semicolon Excel writes
    where the decimal mark is a comma (French, Russian, Spanish settings), or a tab (a
    termbase exported as tab-separated text): whichever the header has most of, a comma if none."""
    header = text.split("\n", 1)[0]
    return max((",", ";", "\t"), key=header.count)  # the first of a tie: a comma


# -- XLSX ------------------------------------------------------------------------------------


def write_xlsx(glossary: Glossary, path: Path) -> None:
    write_rows_xlsx(glossary_rows(glossary), path, glossary.title, glossary.description)


def write_rows_xlsx(rows: list[list[str]], path: Path, title: str, description: str, sheet: str = "glossary") -> None:
    """Rows as a sheet of text cells, the header bold and frozen (the glossary's layout, or the
    review sheet of term candidates, which adds columns before it)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row_number, row in enumerate(rows, start=1):
        for column_number, text in enumerate(row, start=1):
            if len(text) > XLSX_CELL_LIMIT:
                raise HexaglotInputError("E015", path, f"'{rows[0][column_number - 1]}' of '{row[0]}' holds {len(text):,} characters; "
                                         f"an XLSX cell holds {XLSX_CELL_LIMIT:,} at most: export as CSV or TBX", row_number)
            if text:
                cell = worksheet.cell(row=row_number, column=column_number)
                cell.value = printable(text)  # XLSX cannot hold control characters
                cell.data_type = "s"  # never a formula, whatever the text starts with
                if row_number == 1:
                    cell.font = Font(bold=True)
    worksheet.freeze_panes = "B2"
    workbook.properties.title = title
    workbook.properties.description = description
    buffer = io.BytesIO()
    workbook.save(buffer)
    atomic_write_bytes(path, buffer.getvalue())


def read_xlsx(path: Path) -> Glossary:
    rows, title, description = xlsx_rows(path)
    glossary = rows_glossary(rows, path, title)
    return replace(glossary, description=description)


def xlsx_rows(path: Path) -> tuple[list[tuple[int, list[str]]], str, str]:
    """(row number, cell texts) of the sheet named `glossary` (else the only sheet that holds
    anything), with the workbook's title and description; a sheet that cannot be read is E015,
    and so is a workbook of several sheets none named `glossary`: a terminologist's list kept
    one sheet per subject lost every sheet but the first without a word."""
    with opened_workbook(path, "glossary", "E015") as workbook:
        # (Excel's sheet names are one whatever their case: `Glossary` is the sheet to read)
        named = [sheet for sheet in workbook.worksheets if sheet.title.strip().casefold() == "glossary"
                 and _holds_cells(sheet)]  # (an empty `Glossary` cover is none)
        if named:
            sheet = named[0]
        else:
            holding = [sheet for sheet in workbook.worksheets if _holds_cells(sheet)]
            # A hidden sheet is a workbook's own (a picklist's values, as termbase exports
            # keep them), unless no sheet a person sees holds anything.
            shown = [sheet for sheet in holding if getattr(sheet, "sheet_state", "visible") == "visible"]
            holding = shown or holding
            if len(holding) > 1:
                names = ", ".join(f"'{sheet.title}'" for sheet in holding)
                raise HexaglotInputError("E015", path, f"its sheets {names} all hold cells, and hexaglot reads one sheet: "
                                         "put the terms in one sheet, or name the one to read 'glossary'")
            sheet = holding[0] if holding else workbook.worksheets[0]
        # In read-only mode openpyxl parses the sheet only now, row by row (workbook_input.py).
        try:
            rows = _sheet_rows(sheet, path)
        except SHEET_ERRORS as error:
            raise HexaglotInputError("E015", path, f"its sheet '{sheet.title}' cannot be read "
                                     f"({error.__class__.__name__}: {error})") from None
        title = workbook.properties.title or path.stem
        description = workbook.properties.description or ""
    return rows, title, description


def _holds_cells(sheet) -> bool:
    """Whether a sheet has a cell with something in it in its first rows (a list's header)."""
    try:
        return any(value not in (None, "") for row in sheet.iter_rows(max_row=20, max_col=50, values_only=True)
                   for value in row)
    except SHEET_ERRORS:
        return True  # a sheet that cannot be read is said so when it is the one read, or here


# Columns read right of a sheet's last heading (see _sheet_rows): enough for a heading merged
# over a few columns, few enough that a stray cell at XFD costs nothing.
_READ_PAST_HEADER = 8


def _sheet_rows(sheet, path: Path) -> list[tuple[int, list[str]]]:
    """(row number, cell texts) of the header (row 1) and of each later row that holds a cell,
    cut a little past the header's width: a cell just right of the last heading (under the
    second half of a merged `Russian` heading) is read, to be refused by name; further right,
    the columns name nothing and are not read.

    The work grows with the cells the sheet holds, not with the rectangle it declares: a
    dimension of A1:XFD1048576 around three concepts is dropped, and a stray cell at XFD in
    every row no longer makes each row 16,384 cells wide (2,000 such rows took 300 MB). Rows
    the sheet leaves out still come one by one from openpyxl, so a row past the last a sheet may
    have is refused rather than counted up to (row 200,000,000 took 22 s)."""
    from openpyxl.cell.read_only import EMPTY_CELL

    sheet.reset_dimensions()
    header = _cell_texts(next(sheet.iter_rows(min_row=1, max_row=1), ()), path)
    width = max((column for column, text in enumerate(header, start=1) if text.strip()), default=0)
    rows = [(1, header[:width])]
    if not width:
        return rows
    left_out = None  # openpyxl gives one tuple of placeholders for every row the sheet leaves out
    for number, row in enumerate(sheet.iter_rows(min_row=2, max_col=width + _READ_PAST_HEADER), start=2):
        if number > MAX_SHEET_ROW:
            raise HexaglotInputError("E015", path, f"a row past row {MAX_SHEET_ROW:,}, the last a sheet may have", number)
        if row is left_out:
            continue  # seen once, known at once: a gap of a million rows costs a fraction of a second
        if all(cell is EMPTY_CELL for cell in row):  # left out, or holding cells only past the header
            left_out = row
            continue
        rows.append((number, _cell_texts(row, path)))
    return rows


def _cell_texts(row, path: Path) -> list[str]:
    texts = []
    for cell in row:
        if cell.data_type == "f":
            raise HexaglotInputError("E015", path, f"cell {cell.coordinate} holds a formula; glossary cells must be text", cell.row)
        if isinstance(cell.value, (datetime.date, datetime.time, datetime.timedelta)):
            # Excel makes a date of what looks like one as it is typed (a resolution's `7/1`): its
            # text would be `2022-07-01 00:00:00`, a term never found.
            raise HexaglotInputError("E015", path, f"cell {cell.coordinate} holds a date or a time ({cell.value}), which Excel "
                                     "makes of text that looks like one: format the column as text and type it again", cell.row)
        if isinstance(cell.value, bool):
            raise HexaglotInputError("E015", path, f"cell {cell.coordinate} holds the logical value {str(cell.value).upper()}, "
                                     "which Excel makes of TRUE or FALSE typed in a cell: format the column as text and "
                                     "type it again", cell.row)
        if isinstance(cell.value, float) and not (cell.value.is_integer() and abs(cell.value) < 1e15):
            # Digits typed in a cell Excel took for a number: kept as Python writes the float
            # (`1e+21`, `1.234567890123457e+19`), a term never found, its digits lost.
            raise HexaglotInputError("E015", path, f"cell {cell.coordinate} holds the number {cell.value!r}, which Excel "
                                     "makes of digits typed in a cell: format the column as text and type it again", cell.row)
        texts.append("" if cell.value is None else str(int(cell.value)) if isinstance(cell.value, float) else str(cell.value))
    return texts
