"""findings.xlsx: a sheet of findings and a sheet with the six-version matrix of the segments
that have findings. Cells are text, never formulas."""

from __future__ import annotations

import io

from pipeline.report.data import ReportData
from pipeline.printable import printable


def _cell(sheet, row, column, value):
    cell = sheet.cell(row=row, column=column)
    cell.value = "" if value is None else printable(str(value))
    cell.data_type = "s"
    return cell


def render_xlsx(report: ReportData) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    findings = workbook.active
    findings.title = "findings"
    header = ["code", "severity", "lang", "file", "line", "msgctxt", "message", "concept", "source_term", "expected", "found"]
    for column, name in enumerate(header, start=1):
        _cell(findings, 1, column, name).font = Font(bold=True)
    for row, f in enumerate(report.findings, start=2):
        values = [f.code, f.severity.value, f.lang, f.file, f.line, f.msgctxt, f.message, f.concept, f.source_term, " | ".join(f.expected), f.found]
        for column, value in enumerate(values, start=1):
            _cell(findings, row, column, value)
    findings.freeze_panes = "A2"
    matrix = workbook.create_sheet("six versions")
    languages = report.languages
    for column, name in enumerate(["msgctxt", "codes", *languages], start=1):
        _cell(matrix, 1, column, name).font = Font(bold=True)
    for row, segment in enumerate(report.segments, start=2):
        _cell(matrix, row, 1, segment.msgctxt)
        _cell(matrix, row, 2, ", ".join(segment.codes))
        texts = {v.lang: v.text for v in segment.versions}
        for column, lang in enumerate(languages, start=3):
            _cell(matrix, row, column, texts.get(lang, "")).alignment = Alignment(wrap_text=True, vertical="top")
    matrix.freeze_panes = "C2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
