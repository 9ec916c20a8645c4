"""The report as a work surface (issue 23, point 3), in headless Chromium: the filters act on
every section, findings are marked where the checks found them, and decisions made in the page
come back as a baseline file that `read_baseline` reads and `report --baseline` honours."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.baseline import baseline_text, read_baseline
from pipeline.model import CatalogFile, CheckResult, Entry, Finding, Severity, TermOccurrence
from pipeline.report.data import gather
from pipeline.report.html import render_html
from tests.conftest import DOC, ROOT, cache_entry, run_hexaglot, store_cache_entry
from tests.test_report import CHROMIUM, FLAGS

# An accepted finding of another document: a page exports it untouched, or saving the file
# from one document's page would drop every other document's decisions.
OTHER = {"fingerprint": "0f1e2d3c4b5a6978", "code": "TERM003", "lang": "fr", "document": "CTOC-COP-2022-L.4",
         "msgctxt": "para/3", "msgid": "States parties", "found": "États parties", "decision": "accepted",
         "comment": "admitted term, kept in resolutions"}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("triage")
    shutil.copytree(ROOT / "locale", root / "locale")
    shutil.copytree(ROOT / "glossaries", root / "glossaries")
    (root / "baseline.json").write_text(json.dumps({"schema": "hexaglot.baseline/1", "accepted": [OTHER]}), encoding="utf-8")
    result = run_hexaglot("report", "--baseline", "baseline.json", cwd=root)
    assert result.returncode == 1, result.stderr  # the corpus has errors
    return root


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def open_page(browser, path):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(path.resolve().as_uri())
    return page


def visible(page, selector: str) -> list:
    return page.locator(selector).evaluate_all("els => els.filter(e => e.offsetParent !== null).map(e => e.dataset)")


def test_the_language_filter_acts_on_every_section(browser, project):
    page = open_page(browser, project / "reports" / DOC / "index.html")
    segments_before = page.locator("section.segment").count()
    page.select_option("#f-lang", "ru")
    assert {row["lang"] for row in visible(page, "tr.summary-row")} == {"ru"}
    assert {cell["lang"] for cell in visible(page, "#coverage td.cov-cell")} == {"ru"}
    assert {link["lang"] for link in visible(page, "#coverage a.cov-seg")} == {"ru"}
    shown = page.locator("section.segment:not(.hidden)")
    assert 0 < shown.count() < segments_before
    for index in range(shown.count()):
        # Every segment left has a Russian finding, and its findings of other languages are dimmed.
        section = shown.nth(index)
        assert section.locator("li.seg-finding[data-lang=ru]:not(.dim)").count() > 0
        assert section.locator("li.seg-finding:not([data-lang=ru]):not(.dim)").count() == 0
    # The masthead's Latin letters are Russian: their segment stays, with its six versions.
    assert page.locator("#seg-masthead\\/body").is_visible()
    assert page.locator("#seg-masthead\\/body .version").count() == 6


def test_code_severity_and_text_filters_act_on_coverage_and_segments(browser, project):
    page = open_page(browser, project / "reports" / DOC / "index.html")
    page.select_option("#f-code", "TERM002")
    rows = visible(page, "tr.finding")
    assert rows and {row["code"] for row in rows} == {"TERM002"}
    # Coverage keeps the segments with a deprecated term, and no segment where a term is found.
    links = visible(page, "#coverage a.cov-seg")
    assert links and {link["code"] for link in links} == {"TERM002"}
    sections = page.locator("section.segment:not(.hidden)")
    assert sections.count() == len({row["msgctxt"] for row in rows})
    page.select_option("#f-code", "")
    page.select_option("#f-sev", "info")
    assert {item["sev"] for item in visible(page, "section.segment li.seg-finding:not(.dim)")} == {"info"}
    page.select_option("#f-sev", "")
    page.fill("#f-text", "поэтому")
    [row] = visible(page, "tr.finding")
    # The six versions are searched too: the segments left are those whose text or findings
    # hold the word, the finding's among them.
    holding = page.locator("section.segment").evaluate_all("els => els.filter(e => e.textContent.includes('поэтому')).map(e => e.id)")
    shown = page.locator("section.segment:not(.hidden)").evaluate_all("els => els.map(e => e.id)")
    assert shown == holding and "seg-" + row["msgctxt"] in shown


def test_decisions_made_in_the_page_export_as_a_baseline_that_report_honours(browser, project, tmp_path):
    page = open_page(browser, project / "reports" / DOC / "index.html")
    rows = page.locator("tr.finding")
    total = rows.count()
    assert {row["status"] for row in visible(page, "tr.finding")} == {"new"}
    title = page.locator("tr.finding[data-code=TYPO001][data-lang=ru]").first
    title.locator("select.decision").select_option("accepted")
    title.locator("input.comment").fill("как в напечатанном оригинале")
    other = page.locator("tr.finding[data-code=TERM002]").first
    other.locator("select.decision").select_option("false-positive")
    decided = {title.get_attribute("data-fingerprint"), other.get_attribute("data-fingerprint")}
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "baseline.json"
    download.value.save_as(saved)

    baseline = read_baseline(saved)
    by_fingerprint = {item.fingerprint: item for item in baseline.accepted}
    assert set(by_fingerprint) == decided | {OTHER["fingerprint"]}
    assert by_fingerprint[OTHER["fingerprint"]].comment == OTHER["comment"]
    accepted = by_fingerprint[title.get_attribute("data-fingerprint")]
    assert (accepted.code, accepted.lang, accepted.document, accepted.decision, accepted.comment) == \
        ("TYPO001", "ru", DOC, "accepted", "как в напечатанном оригинале")
    assert by_fingerprint[other.get_attribute("data-fingerprint")].decision == "false-positive"
    # Each names its catalog, as hexaglot records it: without it a decision accepts its
    # fingerprint in every catalog (two applications' alike `django.po`).
    assert accepted.file == f"locale/ru/LC_MESSAGES/{DOC}.po"
    assert by_fingerprint[other.get_attribute("data-fingerprint")].file.startswith("locale/")
    # Written to be reviewed in git: sorted, one accepted finding a line, a final newline.
    text = saved.read_text(encoding="utf-8")
    assert text == baseline_text(baseline)  # as `hexaglot baseline update` writes it: git diffs stay clean
    lines = text.splitlines()
    assert text.endswith("]}\n") and lines[0] == '{"schema": "hexaglot.baseline/1",'
    items = [json.loads(line.rstrip(",")) for line in lines[2:-1]]
    assert [item["fingerprint"] for item in items] == sorted(decided | {OTHER["fingerprint"]})

    # The next report marks them accepted; the status filter shows only what is new.
    shutil.copy(saved, project / "reviewed.json")
    result = run_hexaglot("report", "--baseline", "reviewed.json", "--out", "reports-2", cwd=project)
    assert result.returncode == 1, result.stderr
    page = open_page(browser, project / "reports-2" / DOC / "index.html")
    assert {row["fingerprint"] for row in visible(page, "tr.finding") if row["status"] == "accepted"} == decided
    page.select_option("#f-status", "new")
    assert page.locator("tr.finding:not(.hidden)").count() == total - 2
    page.select_option("#f-status", "accepted")
    assert {row["fingerprint"] for row in visible(page, "tr.finding")} == decided
    # The six versions too: only the segments of the accepted findings, with their marks.
    segments = {"seg-" + row["msgctxt"] for row in visible(page, "tr.finding")}
    assert set(page.locator("section.segment:not(.hidden)").evaluate_all("els => els.map(e => e.id)")) == segments
    assert {item["status"] for item in visible(page, "section.segment li.seg-finding:not(.dim)")} == {"accepted"}
    assert page.locator(f"section[id='seg-{accepted.msgctxt}'] mark.t-finding[data-status=accepted]").count() > 0
    # The page shows the decisions it was built with; one set back to "—" leaves the file.
    accepted_row = page.locator(f"tr.finding[data-fingerprint='{accepted.fingerprint}']")
    assert accepted_row.locator("select.decision").input_value() == "accepted"
    assert accepted_row.locator("input.comment").input_value() == "как в напечатанном оригинале"
    page.locator(f"tr.finding[data-fingerprint='{other.get_attribute('data-fingerprint')}'] select.decision").select_option("")
    with page.expect_download() as download:
        page.click("#export")
    download.value.save_as(tmp_path / "again.json")
    assert {item.fingerprint for item in read_baseline(tmp_path / "again.json").accepted} == {accepted.fingerprint, OTHER["fingerprint"]}


RUSSIAN = "Рабочая группа рассмотрит доклад о незаконном ввозе мигрантов и доклад секретариата"
SOURCE = "The Working Group will consider the report on the smuggling of migrants and the report of the Secretariat"
PATH = "locale/ru/LC_MESSAGES/CTOC-COP-WG.7-2022-1.po"


def one_entry_report(findings: list[Finding], target_terms=None) -> str:
    source = CatalogFile(PATH.replace("/ru/", "/en/"), "en", (Entry("item/4/p1/s1", SOURCE, "", 3),))
    catalog = CatalogFile(PATH, "ru", (Entry("item/4/p1/s1", SOURCE, RUSSIAN, 3),))
    result = CheckResult(findings=findings, entries_checked=1, catalogs=[PATH], catalog_files=[source, catalog],
                         target_terms=target_terms or {})
    [report] = gather(result, "en", {"hexaglot": "test"})
    return render_html(report)


def finding(**fields) -> Finding:
    return Finding("TYPO006", Severity.WARNING, "ru", PATH, 3, "item/4/p1/s1", "'доклад': the second of two",
                   found="доклад", msgid=SOURCE, **fields)


def test_a_finding_is_marked_at_its_offsets_not_at_the_first_equal_word(browser, tmp_path):
    second = RUSSIAN.index("доклад", RUSSIAN.index("доклад") + 1)
    page_path = tmp_path / "index.html"
    page_path.write_text(one_entry_report([finding(start=second, end=second + len("доклад"))]), encoding="utf-8")
    page = open_page(browser, page_path)
    mark = page.locator(".version[lang=ru] mark.t-finding")
    assert mark.count() == 1 and mark.inner_text() == "доклад"
    assert int(mark.get_attribute("data-start")) == second
    # What comes before the mark is the text up to the second word: the first is not marked.
    text = page.locator(".version[lang=ru] .text").inner_text()
    assert text == RUSSIAN and text.index("доклад") < second


def test_a_finding_without_offsets_marks_the_whole_entry(browser, tmp_path):
    page_path = tmp_path / "index.html"
    page_path.write_text(one_entry_report([finding()]), encoding="utf-8")
    page = open_page(browser, page_path)
    assert page.locator(".version[lang=ru] mark.t-finding").count() == 0
    mark = page.locator(".version[lang=ru] mark.t-entry")
    assert mark.count() == 1 and mark.inner_text() == RUSSIAN and mark.get_attribute("data-code") == "TYPO006"


def test_coverage_is_marked_per_segment():
    # One concept in two segments: an approved term in one, a deprecated one in the other. Only
    # the second is deprecated; the row is not.
    first, second = "item/4/p1/s1", "item/4/p1/s2"
    text = "Незаконный ввоз мигрантов остается серьезной проблемой"
    deprecated = "Контрабанда мигрантов остается серьезной проблемой"
    source = CatalogFile(PATH.replace("/ru/", "/en/"), "en", (Entry(first, "Smuggling of migrants remains a serious problem", "", 3),
                                                          Entry(second, "Smuggling of migrants remains a serious concern", "", 7)))
    catalog = CatalogFile(PATH, "ru", (Entry(first, source.entries[0].msgid, text, 3), Entry(second, source.entries[1].msgid, deprecated, 7)))
    term002 = Finding("TERM002", Severity.ERROR, "ru", PATH, 7, second, "deprecated term 'контрабанда мигрантов'",
                      concept="smuggling-of-migrants", found="Контрабанда мигрантов", msgid=source.entries[1].msgid, start=0, end=21)
    result = CheckResult(findings=[term002], entries_checked=2, catalogs=[PATH], catalog_files=[source, catalog], target_terms={
        (PATH, first, source.entries[0].msgid): [TermOccurrence(0, 25, "smuggling-of-migrants", "preferred"),
                                                 TermOccurrence(30, 35, "chair", "preferred")],
        (PATH, second, source.entries[1].msgid): [TermOccurrence(0, 21, "smuggling-of-migrants", "deprecated")],
    }, source_terms={
        (PATH, first, source.entries[0].msgid): [TermOccurrence(0, 21, "smuggling-of-migrants", "preferred")],
        (PATH, second, source.entries[1].msgid): [TermOccurrence(0, 21, "smuggling-of-migrants", "preferred")],
    })
    [report] = gather(result, "en", {"hexaglot": "test"})
    marks = {mark.segment: mark.status for mark in report.coverage["smuggling-of-migrants"]["ru"]}
    assert marks == {first: "found", second: "deprecated"}
    # A concept the translation has where the source names none (`主席` inside `主席团`) is no
    # row of the coverage, which is of the concepts the source names.
    assert "chair" not in report.coverage
    html = render_html(report)
    assert f'class="cov-seg cov-found" href="#seg-{first}"' in html and f'class="cov-seg cov-deprecated" href="#seg-{second}"' in html


def test_report_writes_the_findings_json_to_output(project):
    result = run_hexaglot("report", "--format", "json", "--output", "findings.json", "--out", "reports-json", cwd=project)
    assert result.returncode == 1, result.stderr
    assert "Report: reports-json/" in result.stdout  # the summary stays on standard output
    written = json.loads((project / "findings.json").read_text(encoding="utf-8"))
    checked = json.loads(run_hexaglot("check", "--format", "json", cwd=project).stdout)
    assert written["schema"] == "hexaglot.findings/1"
    assert written["findings"] == checked["findings"] and written["summary"] == checked["summary"]
    assert written["summary"]["findings"] == 36


def test_report_with_a_cache_reuses_it_and_writes_the_same_report(project):
    first = run_hexaglot("report", "--cache", "cache", "--out", "reports-cached", cwd=project)
    assert first.returncode == 1, first.stderr
    stored = {path.name: path.stat().st_mtime_ns for path in (project / "cache").iterdir()}
    assert stored  # the documents' findings and term occurrences
    second = run_hexaglot("report", "--cache", "cache", "--out", "reports-cached", cwd=project)
    # The same lines, and one saying where the findings came from.
    assert "from the cache" not in first.stdout
    assert second.returncode == 1 and "from the cache: 4 of 4 documents unchanged" in second.stdout
    assert [line for line in second.stdout.splitlines() if not line.startswith("from the cache: ")] == first.stdout.splitlines()
    # Every document served from the cache: nothing was stored again.
    assert {path.name: path.stat().st_mtime_ns for path in (project / "cache").iterdir()} == stored
    assert run_hexaglot("report", "--out", "reports-plain", cwd=project).returncode == 1
    # The term marks and coverage came from the cache too, on every document's page (a source
    # naming no concept, stored as no occurrence, was read as "not known": the cached pages of
    # two documents marked target terms found where their sources name none).
    documents = sorted(folder.name for folder in (project / "reports-plain").iterdir() if folder.is_dir())
    assert len(documents) == 4
    for document in documents:
        for name in ("index.html", "findings.json"):
            assert (project / "reports-cached" / document / name).read_bytes() == \
                (project / "reports-plain" / document / name).read_bytes(), (document, name)


def test_a_bad_baseline_is_one_error_line(project):
    (project / "broken.json").write_text('{"schema": "hexaglot.baseline/1", "accepted": [{"code": "TYPO001"}]}', encoding="utf-8")
    result = run_hexaglot("report", "--baseline", "broken.json", "--out", "reports-bad", cwd=project)
    assert result.returncode == 2 and result.stderr.startswith("hexaglot: broken.json") and "[E028]" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and not (project / "reports-bad").exists()


def test_report_writes_text_findings_to_output(project):
    result = run_hexaglot("report", "--output", "findings.txt", "--out", "reports-text", cwd=project)
    assert result.returncode == 1, result.stderr
    written = (project / "findings.txt").read_text(encoding="utf-8").splitlines()
    checked = run_hexaglot("check", cwd=project).stdout.splitlines()
    assert written == checked[:len(written)] and len(written) == 36  # the findings, then check's summary


def test_damaged_term_occurrences_in_the_cache_are_a_miss(project):
    assert run_hexaglot("report", "--cache", "cache-damaged", "--out", "reports-damaged", cwd=project).returncode == 1
    stored = [path for path in (project / "cache-damaged").glob("*.terms.json")
              if "occurrences" in cache_entry(path)]
    assert stored
    for path in stored:
        data = cache_entry(path)
        data["occurrences"][0][4] = "0"  # an offset that is not a number
        store_cache_entry(path, data)
    before = (project / "reports-damaged" / DOC / "index.html").read_bytes()
    assert run_hexaglot("report", "--cache", "cache-damaged", "--out", "reports-damaged", cwd=project).returncode == 1
    # Checked again, not served with a wrong mark: the same report, and the entries stored anew.
    assert (project / "reports-damaged" / DOC / "index.html").read_bytes() == before
    assert all(isinstance(cache_entry(path)["occurrences"][0][4], int) for path in stored)


def test_a_page_s_findings_json_has_the_summary_check_gives_for_its_document(project):
    # It lacked `words` and `not_checked`, which `check --format json`'s summary has and
    # docs/cli.md calls the contract.
    assert run_hexaglot("report", "--out", "reports-page", cwd=project).returncode == 1
    summary = json.loads((project / "reports-page" / "CTOC-COP-WG.7-2022-1" / "findings.json").read_text(encoding="utf-8"))["summary"]
    assert list(summary["words"]) == ["CTOC-COP-WG.7-2022-1"] and summary["not_checked"] == []
    assert summary["words"]["CTOC-COP-WG.7-2022-1"]["ru"]["translated"] > 0


def _alike_in_es_and_es_ar(root) -> None:
    """An application's catalogs in es and es_AR with one finding alike (a doubled space), whose
    fingerprint the two share."""
    from tests.foreign import po_text

    for folder in ("es", "es_AR"):
        path = root / "locale" / folder / "LC_MESSAGES" / "app.po"
        path.parent.mkdir(parents=True)
        path.write_text(po_text("es", [("The Working Group met.", "El Grupo de Trabajo  se reunió.")]).replace(
            '"Language: es\\n"', f'"Language: {folder}\\n"'), encoding="utf-8")


def test_the_page_exports_a_decision_per_catalog_where_two_share_a_fingerprint(browser, tmp_path):
    # es and es_AR give one finding one fingerprint: the page kept decisions by fingerprint
    # alone, so exporting unchanged from a baseline accepting both dropped es's (its finding
    # failing the gate again), and accepting only es's row exported nothing (probe 62g).
    _alike_in_es_and_es_ar(tmp_path)
    assert run_hexaglot("baseline", "update", "locale", "--no-glossary", "--baseline", "qa/baseline.json",
                        cwd=tmp_path).returncode == 0
    accepted = read_baseline(tmp_path / "qa" / "baseline.json").accepted
    assert len(accepted) == 2 and len({item.fingerprint for item in accepted}) == 1
    assert run_hexaglot("report", "locale", "--no-glossary", "--baseline", "qa/baseline.json", "--out", "reports",
                        cwd=tmp_path).returncode == 0
    page = open_page(browser, tmp_path / "reports" / "app" / "index.html")
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "exported.json"
    download.value.save_as(saved)
    assert sorted(item.file for item in read_baseline(saved).accepted) == sorted(item.file for item in accepted)
    assert saved.read_text(encoding="utf-8") == (tmp_path / "qa" / "baseline.json").read_text(encoding="utf-8")


def test_a_decision_on_one_catalog_s_finding_stays_on_that_catalog(browser, tmp_path):
    # es and es_AR share a finding's fingerprint: the page pre-selected es's acceptance on
    # es_AR's row (exported unchanged, es_AR accepted too), and a decision written on es's row
    # of findings.xlsx was carried onto es_AR's at the next report (probe 62i).
    from openpyxl import load_workbook

    _alike_in_es_and_es_ar(tmp_path)
    assert run_hexaglot("baseline", "update", "locale/es", "--no-glossary", "--baseline", "baseline.json",
                        cwd=tmp_path).returncode == 0
    assert [item.file for item in read_baseline(tmp_path / "baseline.json").accepted] == ["locale/es/LC_MESSAGES/app.po"]
    options = ("report", "locale", "--no-glossary", "--baseline", "baseline.json", "--out", "reports")
    assert run_hexaglot(*options, cwd=tmp_path).returncode == 0
    page = open_page(browser, tmp_path / "reports" / "app" / "index.html")
    chosen = {row.get_attribute("data-file"): row.locator("select.decision").input_value()
              for row in page.locator("tr.finding").all()}
    assert chosen == {"locale/es/LC_MESSAGES/app.po": "accepted", "locale/es_AR/LC_MESSAGES/app.po": ""}
    with page.expect_download() as download:
        page.click("#export")
    saved = tmp_path / "exported.json"
    download.value.save_as(saved)
    assert [item.file for item in read_baseline(saved).accepted] == ["locale/es/LC_MESSAGES/app.po"]
    # The workbook: a comment on es's row alone stays on es's row.
    sheet_path = tmp_path / "reports" / "app" / "findings.xlsx"
    workbook = load_workbook(sheet_path)
    sheet = workbook["findings"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("file")].value == "locale/es/LC_MESSAGES/app.po":
            row[header.index("comment")].value = "doble espacio heredado"
    workbook.save(sheet_path)
    assert run_hexaglot(*options, cwd=tmp_path).returncode == 0
    rows = load_workbook(sheet_path)["findings"].iter_rows(min_row=2, values_only=True)
    comments = {row[header.index("file")]: row[header.index("comment")] for row in rows if row[0]}
    assert comments == {"locale/es/LC_MESSAGES/app.po": "doble espacio heredado", "locale/es_AR/LC_MESSAGES/app.po": None}
