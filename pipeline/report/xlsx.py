"""findings.xlsx: the reviser's triage sheet, and the six-version matrix of the segments that
have findings; and reading the reviewed sheet back (`hexaglot baseline import`).

The findings sheet is working material: one row per finding with its source and translation,
an autofilter and a frozen header, widths that show the texts, line and column as numbers, a
`decision` column offering accept / false positive / fix, a `comment` column, and the
finding's fingerprint, which is what the import matches (pipeline/baseline.py). Text cells are
typed as text, never formulas, whatever they start with; a workbook that comes back with a
formula in it is refused, as the glossary's XLSX import refuses one.
"""

from __future__ import annotations

import io
from pathlib import Path

from pipeline.baseline import TriageRow
from pipeline.errors import HexaglotInputError
from pipeline.printable import printable
from pipeline.report.data import ReportData
from pipeline.report.findings import translation_of
from pipeline.workbook_input import SHEET_ERRORS, opened_workbook

# (header, width in characters): the texts wide and wrapped, the codes narrow.
COLUMNS = (
    ("code", 10), ("severity", 9), ("lang", 6), ("file", 28), ("line", 7), ("column", 7), ("msgctxt", 16),
    ("message", 50), ("source", 50), ("translation", 50), ("found", 24), ("concept", 18), ("source_term", 20),
    ("expected", 24), ("decision", 14), ("comment", 30), ("fingerprint", 18),
    # `accepted` for a finding the baseline the report was built with accepts (its decision and
    # comment are the baseline file's, not the sheet's: written here, they came back as a
    # reviser's), else `new`.
    ("status", 10),
)
DECISION_CHOICES = ("accept", "false positive", "fix")
_WRAPPED = {"message", "source", "translation"}
_NUMBERS = {"line", "column"}
# What the import needs to match a row with a finding and read what the reviser decided.
_REQUIRED = ("fingerprint", "decision", "comment", "code", "lang", "file", "msgctxt", "source", "concept", "found")
# What an XLSX cell holds (Excel's limit; openpyxl writes more, which Excel cuts or refuses).
_CELL_LIMIT = 32_767
_MAX_ROWS = 1_048_576


def as_written(text: str) -> str:
    """A text as the workbook's cell holds it: control characters escaped, and cut (`…`) past
    what a cell holds; the fingerprint still names the finding, and the import compares the
    cells it reads with this, not with the whole text."""
    text = printable(text)
    return text if len(text) <= _CELL_LIMIT else text[:_CELL_LIMIT - 1] + "…"


def _cell(sheet, row, column, value):
    cell = sheet.cell(row=row, column=column)
    cell.value = "" if value is None else printable(str(value))
    cell.data_type = "s"
    return cell


def _values(finding, translations) -> dict:
    return {
        "code": finding.code, "severity": finding.severity.value, "lang": finding.lang, "file": finding.file,
        "line": finding.line, "column": None if finding.start is None else finding.start + 1,
        "msgctxt": finding.msgctxt, "message": finding.message, "source": finding.msgid,
        "translation": translation_of(finding, translations), "found": finding.found, "concept": finding.concept,
        "source_term": finding.source_term, "expected": " | ".join(finding.expected), "decision": "", "comment": "",
        "fingerprint": finding.fingerprint, "status": "",
    }


def decisions_in(path: Path) -> dict[str, TriageRow]:
    """The rows of a findings workbook (an earlier report's) where a reviser wrote a decision or
    a comment, by fingerprint; {} where there is none. Building the report again wrote an
    empty sheet over them: they are carried into the new one (render_xlsx's `decided`)."""
    if not (path.exists() or path.is_symlink()):
        return {}
    return {row.fingerprint: row for row in read_triage(path) if row.fingerprint and (row.decision.strip() or row.comment.strip())}


# The sheet that keeps what a reviser wrote on findings a later run no longer has (their entry,
# or the text a finding names, changed): never dropped by a report built again, and never
# imported (its findings are not this run's); the reviser decides them again or deletes them.
LEFT_OVER = "not carried over"
_WHY = ("its finding is not in this run (its entry or the text it names changed): if it still applies, decide its "
        "finding again in the findings sheet; this row is kept until you delete it")


def left_over_in(path: Path) -> list[TriageRow]:
    """The rows of an earlier workbook's LEFT_OVER sheet, [] where it has none."""
    if not (path.exists() or path.is_symlink()):
        return []
    with opened_workbook(path, "workbook", "E029") as workbook:
        if LEFT_OVER not in workbook.sheetnames:
            return []
        try:
            return _triage_rows(workbook[LEFT_OVER], path)
        except SHEET_ERRORS as error:
            raise HexaglotInputError("E029", path, f"its '{LEFT_OVER}' sheet cannot be read ({error.__class__.__name__}: "
                                     f"{error})") from None


def render_xlsx(report: ReportData, decided: dict[str, TriageRow] | None = None, kept: list[TriageRow] = (),
                left_over: list[TriageRow] = ()) -> bytes:
    """The workbook; `decided`: the rows of an earlier sheet with a decision or a comment, by
    fingerprint (decisions_in), whose decision and comment are filled in again on their
    findings; `kept`: decided rows of findings this run did not look at (a language or a
    check left out), written again as they were, after the findings; `left_over`: decided rows
    of findings this run no longer has, written as they were in the LEFT_OVER sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    findings = workbook.active
    findings.title = "findings"
    for column, (name, width) in enumerate(COLUMNS, start=1):
        _cell(findings, 1, column, name).font = Font(bold=True)
        findings.column_dimensions[get_column_letter(column)].width = width
    wrapped = Alignment(wrap_text=True, vertical="top")
    for row, finding in enumerate(report.findings, start=2):
        values = _values(finding, report.translations)
        values["status"] = report.status(finding)
        earlier = decided.get(finding.fingerprint) if decided else None
        # (of its own catalog: es and es_AR, two applications' django.po share a fingerprint,
        # and a decision written on one row was carried onto the other's)
        if earlier is not None and earlier.cells.get("file", "") in ("", values["file"], as_written(values["file"])):
            values["decision"], values["comment"] = earlier.decision.strip(), earlier.comment.strip()
        _write_row(findings, row, values, wrapped)
    for row, earlier in enumerate(kept, start=len(report.findings) + 2):
        _write_row(findings, row, {name: earlier.written.get(name, "") for name, _ in COLUMNS}, wrapped, as_read=True)
    last_row = max(2, len(report.findings) + len(kept) + 1)
    findings.freeze_panes = "A2"
    findings.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last_row}"
    decision = get_column_letter(_column_of("decision"))
    choices = DataValidation(type="list", formula1='"' + ",".join(DECISION_CHOICES) + '"', allow_blank=True,
                             showErrorMessage=True, errorTitle="decision",
                             error="accept, false positive or fix (or leave it empty)")
    choices.add(f"{decision}2:{decision}{last_row}")
    findings.add_data_validation(choices)

    matrix = workbook.create_sheet("six versions")
    languages = report.languages
    for column, name in enumerate(["msgctxt", "codes", *languages], start=1):
        _cell(matrix, 1, column, name).font = Font(bold=True)
        matrix.column_dimensions[get_column_letter(column)].width = 16 if column <= 2 else 45
    for row, segment in enumerate(report.segments, start=2):
        _cell(matrix, row, 1, segment.msgctxt)
        _cell(matrix, row, 2, ", ".join(segment.codes))
        texts: dict[str, list[str]] = {}
        for version in segment.versions:  # a plural entry's texts in one cell, each named
            texts.setdefault(version.lang, []).append(f"{version.form}: {version.text}" if version.form else version.text)
        for column, lang in enumerate(languages, start=3):
            # (cut with a mark past what a cell holds, as the findings sheet's texts are: a
            # 42,000-character text was cut mid-word with none)
            _cell(matrix, row, column, as_written("\n".join(texts.get(lang, ())))).alignment = wrapped
    matrix.freeze_panes = "C2"
    if left_over:
        sheet = workbook.create_sheet(LEFT_OVER)
        for column, (name, width) in enumerate([*COLUMNS, ("why", 60)], start=1):
            _cell(sheet, 1, column, name).font = Font(bold=True)
            sheet.column_dimensions[get_column_letter(column)].width = width
        for row, earlier in enumerate(left_over, start=2):
            _write_row(sheet, row, {name: earlier.written.get(name, "") for name, _ in COLUMNS}, wrapped, as_read=True)
            _cell(sheet, row, len(COLUMNS) + 1, _WHY)
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _write_row(sheet, row: int, values: dict, wrapped, as_read: bool = False) -> None:
    """A finding's row; `as_read`: the cells of an earlier sheet's row, written as they were."""
    for column, (name, _) in enumerate(COLUMNS, start=1):
        value = values[name]
        if name in _NUMBERS and not (as_read and not str(value).isdigit()):
            if value not in (None, ""):
                sheet.cell(row=row, column=column, value=int(value))
            continue  # (a kept row's `l. 162`, as a reviser typed it, is written as text)
        cell = _cell(sheet, row, column, str(value) if as_read else as_written(str(value)))
        if name in _WRAPPED:
            cell.alignment = wrapped


def _column_of(name: str) -> int:
    return [column for column, _ in COLUMNS].index(name) + 1


def read_triage(path: Path) -> list[TriageRow]:
    """The rows of a reviewed findings workbook; E029 for a file that is not one (no findings
    sheet, a column the import needs missing, a formula in any cell it reads)."""
    with opened_workbook(path, "workbook", "E029") as workbook:
        if "findings" not in workbook.sheetnames:
            raise HexaglotInputError("E029", path, "no 'findings' sheet: not a findings.xlsx written by `hexaglot report`")
        try:
            return _triage_rows(workbook["findings"], path)
        except SHEET_ERRORS as error:
            raise HexaglotInputError("E029", path, f"its findings sheet cannot be read ({error.__class__.__name__}: {error})") from None


def _triage_rows(sheet, path: Path) -> list[TriageRow]:
    sheet.reset_dimensions()
    rows = sheet.iter_rows()
    # (a column retitled in a spreadsheet, `Decision`, `Comment `, is still that column)
    header = [" ".join(_text(cell, path).split()).lower() for cell in next(rows, ())]
    missing = [name for name in _REQUIRED if name not in header]
    if missing:
        raise HexaglotInputError("E029", path, f"the findings sheet has no '{missing[0]}' column: not a findings.xlsx "
                                               "written by `hexaglot report`", 1)
    where = {name: header.index(name) for name in _REQUIRED}
    found = []
    for number, row in enumerate(rows, start=2):
        if number > _MAX_ROWS:
            raise HexaglotInputError("E029", path, f"a row past row {_MAX_ROWS:,}, the last a sheet may have", number)
        cells = {name: _text(row[index], path) if index < len(row) else "" for name, index in where.items()}
        if not any(cells.values()):
            continue
        identity = {name: cells[name] for name in ("code", "lang", "file", "msgctxt", "source", "concept", "found")}
        written = {name: cells[name] if name in cells else _value(row[index]) for index, name in enumerate(header[:len(row)]) if name}
        found.append(TriageRow(number, cells["fingerprint"].strip(), identity, cells["decision"], cells["comment"], written))
    return found


def _value(cell) -> str:
    """A cell no import reads, as text (a formula's as nothing: it is never written again)."""
    return "" if cell.value is None or cell.data_type == "f" else str(cell.value)


def _text(cell, path: Path) -> str:
    if cell.data_type == "f":
        raise HexaglotInputError("E029", path, f"cell {cell.coordinate} holds a formula; the workbook's cells must be text", cell.row)
    return "" if cell.value is None else str(cell.value)
