"""The report writers (HTML, XLSX, JUnit, SARIF) take any text a catalog can hold: fuzzed like
the readers. Control characters do not break the XLSX or the XML, a report is written whole or
not at all, and marking up a long translation costs what its findings cost, not its length."""

from __future__ import annotations

import io
import json
import shutil
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from pipeline.cli import main
from pipeline.model import CatalogFile, CheckResult, Entry, Finding, Severity
from pipeline.report.ci import junit_xml, sarif_json
from pipeline.report.data import Span, Version, gather, marked_up
from pipeline.report.html import render_html
from pipeline.report.xlsx import render_xlsx
from tests.foreign import po_text

RUSSIAN = "Рабочая группа по незаконному ввозу мигрантов"


def result_with(translation: str, message: str, path: str = "locale/ru/LC_MESSAGES/doc.po", msgctxt: str = "item/1") -> CheckResult:
    source = CatalogFile(path.replace("/ru/", "/en/"), "en", (Entry(msgctxt, "Working Group on the Smuggling of Migrants", "", 3),))
    catalog = CatalogFile(path, "ru", (Entry(msgctxt, "Working Group on the Smuggling of Migrants", translation, 3),))
    finding = Finding("TYPO004", Severity.WARNING, "ru", path, 3, msgctxt, message, found=translation[:5],
                      msgid="Working Group on the Smuggling of Migrants")
    return CheckResult(findings=[finding], entries_checked=1, catalogs=[path], catalog_files=[source, catalog])


def rendered(result: CheckResult) -> dict[str, str | bytes]:
    [report] = gather(result, "en", {"hexaglot": "test"})
    return {"html": render_html(report), "xlsx": render_xlsx(report), "junit": junit_xml(result, 1),
            "sarif": sarif_json(result, {"hexaglot": "test"})}


def cells(xlsx: bytes) -> list[str]:
    workbook = load_workbook(io.BytesIO(xlsx), read_only=True)
    return [str(value) for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for value in row if value]


def test_control_characters_are_shown_not_fatal_in_xlsx_and_junit():
    # Today openpyxl raised IllegalCharacterError and the report died half-written.
    translation = f"{RUSSIAN}\x01 \x1b[31mсрочно\x1b[0m\x0b"
    out = rendered(result_with(translation, "Лишний управляющий символ \x01 в переводе"))
    assert f"{RUSSIAN}\\x01 \\x1b[31mсрочно\\x1b[0m\\x0b" in cells(out["xlsx"])
    junit = ElementTree.fromstring(out["junit"])
    failure = junit.find(".//failure")
    assert failure is not None and "Лишний управляющий символ \\x01" in failure.get("message")
    # JSON holds every character: SARIF keeps the exact text.
    assert json.loads(out["sarif"])["runs"][0]["results"][0]["message"]["text"] == "Лишний управляющий символ \x01 в переводе"


TEXT = st.text(max_size=40)
FUZZED: list[int] = []


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(translation=TEXT, message=TEXT.filter(lambda s: s.strip()), msgctxt=st.text(min_size=1, max_size=20),
       name=st.text(alphabet=st.characters(blacklist_characters="/\x00"), min_size=1, max_size=12))
def test_any_text_renders_in_every_writer_and_reads_back(translation, message, msgctxt, name):
    FUZZED.append(1)
    out = rendered(result_with(translation, message, path=f"locale/ru/LC_MESSAGES/{name}.po", msgctxt=msgctxt))
    assert "<html" in out["html"]
    assert any(message.strip() in cell or "\\x" in cell for cell in cells(out["xlsx"]))  # shown, escaped or not
    failure = ElementTree.fromstring(out["junit"]).find(".//failure")
    assert failure is not None and failure.get("type") == "TYPO004"
    assert json.loads(out["sarif"])["runs"][0]["results"][0]["message"]["text"] == message


def test_the_fuzzed_count_is_what_the_note_says():
    # docs/reliability.md gives the number of hostile texts each writer took.
    assert len(FUZZED) in (0, 60)  # 0 when run alone


def reference(version: Version) -> list[tuple[str, str, str]]:
    """The character-by-character marking the report used (quadratic in the text's length)."""
    if not version.text:
        return [("", "", "")]
    kinds = [("", "")] * len(version.text)
    for span in sorted(version.spans, key=lambda s: (s.kind == "finding", -(s.end - s.start))):
        for index in range(max(0, span.start), min(len(version.text), span.end)):
            kinds[index] = (span.kind, span.title)
    pieces: list[tuple[str, str, str]] = []
    for ch, (kind, title) in zip(version.text, kinds):
        if pieces and pieces[-1][1] == kind and pieces[-1][2] == title:
            pieces[-1] = (pieces[-1][0] + ch, kind, title)
        else:
            pieces.append((ch, kind, title))
    return pieces


SPAN = st.builds(Span, st.integers(-3, 45), st.integers(-3, 45), st.sampled_from(["term", "deprecated", "finding"]),
                 st.sampled_from(["", "TERM001: missing", "Concept 12"]))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=40), st.lists(SPAN, max_size=5))
def test_marking_up_from_span_ends_gives_what_marking_every_character_gave(text, spans):
    version = Version("ru", text, spans=spans)
    assert [piece[:3] for piece in marked_up(version)] == reference(version)


def test_a_megabyte_translation_is_three_pieces_around_its_finding():
    text = (RUSSIAN + ". ") * 25_000  # 1.2 MB
    at = len(text) // 2
    version = Version("ru", text, spans=[Span(at - 10, at + 30, "term", "Concept 3"), Span(at, at + 20, "finding", "TYPO004: x")])
    pieces = marked_up(version)
    assert [(len(p[0]), p[1]) for p in pieces] == [(at - 10, ""), (10, "term"), (20, "finding"), (10, "term"),
                                                     (len(text) - at - 30, "")]
    assert "".join(p[0] for p in pieces) == text


def test_a_writer_that_fails_leaves_no_half_report(project, monkeypatch, capsys):
    # Every file of every report is rendered before any is written.
    from pipeline.report import xlsx

    assert main(["extract", "--out", str(project / "locale"), str(project / "corpora")]) == 0
    reports = project / "reports"

    def broken(*_):
        raise RuntimeError("writer bug")

    monkeypatch.setattr(xlsx, "render_xlsx", broken)
    with pytest.raises(RuntimeError):
        main(["report", str(project / "locale"), "--out", str(reports), "--glossary", str(project / "glossaries" / "untoc-som.tbx")])
    assert not reports.exists() or not any(reports.rglob("*"))


def test_a_report_file_that_cannot_be_written_leaves_the_others_as_they_were(tmp_path, capsys):
    # The workbook kept read-only (p4's checkout, or a disk that fills at the third file): the
    # page and the JSON were new, the workbook a reviser triages the last run's, and the output
    # said the whole report was written before the error.
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("Adoption of the agenda", "Утверждение повестки дня")]), encoding="utf-8")
    command = ["report", str(tmp_path / "locale"), "--out", str(tmp_path / "reports"), "--no-glossary", "--no-cache"]
    assert main(command) == 0
    folder = tmp_path / "reports" / "messages"
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    catalog.write_text(po_text("ru", [("Adoption of the agenda", "Утверждение  повестки дня")]), encoding="utf-8")
    (folder / "findings.xlsx").chmod(0o444)
    capsys.readouterr()
    assert main(command) == 2
    said = capsys.readouterr()
    assert "[E011]" in said.err and "findings.xlsx" in said.err and "Report: " not in said.out
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before


def test_a_report_of_a_catalog_with_control_characters_is_written_whole(tmp_path, capsys):
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("Adoption of the agenda", "Утверждение\x01 повестки дня\x1b")]), encoding="utf-8")
    assert main(["report", str(tmp_path / "locale"), "--out", str(tmp_path / "reports"), "--no-glossary"]) == 0  # a warning
    folder = tmp_path / "reports" / "messages"
    assert {p.name for p in folder.iterdir()} == {"index.html", "findings.json", "findings.xlsx"}
    assert {p.name for p in folder.iterdir()} == {"index.html", "findings.json", "findings.xlsx"}
    assert json.loads((folder / "findings.json").read_text(encoding="utf-8"))["summary"]["entries_checked"] == 1
    assert capsys.readouterr().out.count("Report: ") == 1
    # The control characters are a finding (TYPO003), shown escaped in the workbook.
    found = cells((folder / "findings.xlsx").read_bytes())
    assert "control character U+0001, U+001B (invisible) that the source does not have" in found
    assert "Утверждение\\x01 повестки дня\\x1b" in found


def test_a_kept_row_whose_line_a_reviser_typed_as_text_is_written_again():
    # A row kept from the last sheet (a finding this run did not look at) whose line cell held
    # `l. 162`: int() of it stopped the report with a traceback.
    import io

    import openpyxl

    from pipeline.baseline import TriageRow
    from pipeline.report.data import ReportData
    from pipeline.report.xlsx import render_xlsx

    written = {"code": "TERM002", "lang": "fr", "file": "locale/fr/LC_MESSAGES/a.po", "line": "l. 162", "column": "7",
               "msgctxt": "p/3/s1", "decision": "accept", "comment": "as published", "fingerprint": "0f1e2d3c4b5a6978"}
    kept = TriageRow(5, "0f1e2d3c4b5a6978", {}, "accept", "as published", written)
    report = ReportData("a", "en", ["en", "fr"], {}, {}, [], [], {})
    sheet = openpyxl.load_workbook(io.BytesIO(render_xlsx(report, {}, [kept])))["findings"]
    header = [cell.value for cell in sheet[1]]
    row = dict(zip(header, (cell.value for cell in sheet[2])))
    assert (row["line"], row["column"], row["decision"], row["fingerprint"]) == ("l. 162", 7, "accept", "0f1e2d3c4b5a6978")


def test_a_bidirectional_override_in_a_catalog_is_shown_not_obeyed_in_the_page(tmp_path):
    # An unpaired U+202E in a msgctxt reversed the heading's codes (`100OPYT`), in a translation
    # the text drawn reversed, the character never shown (probe 62f).
    from lxml import html

    from tests.conftest import run_hexaglot
    from tests.foreign import HEADER

    path = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "app.po"
    path.parent.mkdir(parents=True)
    path.write_text(HEADER.format(domain="app", lang="ru") + '\nmsgctxt "menu\u202e"\nmsgid "Save the report"\n'
                    'msgstr "Сохранить\u202e  доклад"\n', encoding="utf-8")
    result = run_hexaglot("report", "locale", "--no-glossary", "--out", "reports", cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # (TYPO003 says the override: a warning)
    page = html.fromstring((tmp_path / "reports" / "app" / "index.html").read_text(encoding="utf-8"))
    for script in page.iter("script"):
        script.getparent().remove(script)
    shown = page.text_content()
    assert "\u202e" not in shown  # (attributes keep the text as it is, for the decisions the page exports)
    assert "menu⟨U+202E⟩" in shown and "Сохранить⟨U+202E⟩" in shown


def test_a_report_of_some_languages_says_which_versions_it_shows(tmp_path):
    # `report --lang ru,zh` showed en, ru and zh alone in each segment, under the title
    # "Six-version consistency report" (probe 62f).
    from tests.conftest import ROOT, run_hexaglot

    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    result = run_hexaglot("report", "locale", "--no-glossary", "--lang", "ru,zh", "--out", "reports", cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    page = (tmp_path / "reports" / "CTOC-COP-WG.7-2022-1" / "index.html").read_text(encoding="utf-8")
    assert "Six-version consistency report" not in page
    assert "Consistency report of the versions en, ru, zh ·" in page  # (no reason guessed: --lang, or catalogs absent)


def test_an_arabic_text_s_isolates_and_embeddings_are_kept_as_written():
    # The page showed an Arabic translation's isolates (U+2067…U+2069) as marks, which no
    # check calls a fault there (probe 62g); an override is shown, as before.
    from pipeline.printable import visible

    text = "انظر \u2067A/77/L.1\u2069 و\u202bنص\u202c"
    assert visible(text) == text
    assert visible("abc\u202edef") == "abc⟨U+202E⟩def"
