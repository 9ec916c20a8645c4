"""The report: self-contained HTML tested in headless Chromium, JSON, XLSX, JUnit, SARIF, score."""

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import polib
import pytest

from tests.conftest import DOC, ROOT, run_hexaglot

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("report")
    shutil.copytree(ROOT / "corpora", root / "corpora")
    shutil.copytree(ROOT / "glossaries", root / "glossaries")
    assert run_hexaglot("extract", cwd=root).returncode == 0
    # A translation that carries markup must be shown as text, never run.
    path = root / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgctxt == "item/6/p1/s1")
    entry.msgstr = "<script>document.title='pwned'</script> Рабочей группе предстоит утвердить доклад"
    catalog.save(str(path))
    result = run_hexaglot("report", cwd=root)
    assert result.returncode == 1, result.stderr  # the corpus has errors
    assert f"Report: reports/{DOC}/index.html" in result.stdout
    return root


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    assert Path(CHROMIUM).exists(), "Debian's chromium is needed (.ci/run installs it)"
    with playwright.sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield chromium
        chromium.close()


def open_report(browser, built):
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((built / "reports" / DOC / "index.html").resolve().as_uri())
    return page, requests


def test_filter_to_russian_keeps_the_russian_rows(browser, built):
    page, requests = open_report(browser, built)
    all_rows = page.locator("tr.finding").count()
    page.select_option("#f-lang", "ru")
    visible = page.locator("tr.finding:not(.hidden)")
    langs = {visible.nth(i).get_attribute("data-lang") for i in range(visible.count())}
    assert langs == {"ru"}
    assert 0 < visible.count() < all_rows
    codes = {visible.nth(i).get_attribute("data-code") for i in range(visible.count())}
    assert {"TYPO001", "TYPO009", "TERM002"} <= codes
    page.fill("#f-text", "поэтому")
    assert page.locator("tr.finding:not(.hidden)").count() == 1
    page.screenshot(path=str(built / "reports" / DOC / "report-ru.png"), full_page=False)
    # Opened from disk, the report fetches nothing.
    assert all(url.startswith("file://") for url in requests), requests


def test_document_text_is_escaped(browser, built):
    page, _ = open_report(browser, built)
    assert page.title().startswith("hexaglot")
    assert "<script>document.title='pwned'</script>" in page.locator("#seg-item\\/6\\/p1\\/s1").inner_text()


def test_six_versions_side_by_side_with_arabic_right_to_left(browser, built):
    page, _ = open_report(browser, built)
    segment = page.locator("#seg-masthead\\/body")
    assert segment.locator(".version").count() == 6
    assert segment.locator(".version[lang=ar]").get_attribute("dir") == "rtl"
    assert segment.locator(".version[lang=ru] mark.t-finding").first.inner_text() == "Рабочaя"


def test_json_and_xlsx_hold_every_finding(built):
    from openpyxl import load_workbook

    folder = built / "reports" / DOC
    report = json.loads((folder / "findings.json").read_text(encoding="utf-8"))
    assert report["schema"] == "hexaglot.findings/1"
    sheet = load_workbook(folder / "findings.xlsx")["findings"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("code", "severity", "lang")
    assert len(rows) - 1 == len(report["findings"])
    msgctxt = rows[0].index("msgctxt")
    assert {(r[0], r[msgctxt]) for r in rows[1:]} == {(f["code"], f["msgctxt"]) for f in report["findings"]}
    matrix = load_workbook(folder / "findings.xlsx")["six versions"]
    assert list(matrix.iter_rows(values_only=True))[0][:3] == ("msgctxt", "codes", "en")


def test_junit_and_sarif(built):
    junit = run_hexaglot("check", "--format", "junit", cwd=built)
    root = ElementTree.fromstring(junit.stdout)
    # The entries of the four documents' 20 catalogs, and a skipped case for what the run did
    # not check: the text of the corpus's two fuzzy entries.
    assert root.tag == "testsuites" and int(root.get("tests")) == 1425 + 1
    [skipped] = root.findall(".//testsuite[@name='not checked']/testcase/skipped")
    assert skipped.get("message").startswith("the text of 2 fuzzy entries")
    # ... and the two entries' own cases are skipped, not passed
    assert len(root.findall(".//testcase/skipped")) == 1 + 2
    failures = root.findall(".//testcase/failure")
    assert len(failures) == int(root.get("failures")) > 0
    sarif = json.loads(run_hexaglot("check", "--format", "sarif", cwd=built).stdout)
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    # Each rule's short description a sentence, short, plain (its first line stopped mid-sentence,
    # its first paragraph ran to 866 characters of Markdown)
    assert all(rule["shortDescription"]["text"].endswith((".", "…")) and len(rule["shortDescription"]["text"]) <= 201
               and "`" not in rule["shortDescription"]["text"] for rule in run["tool"]["driver"]["rules"])
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"].endswith(".po") and location["region"]["startLine"] >= 1
        assert result["level"] in ("error", "warning", "note")


def test_sarif_names_each_catalog_by_a_uri_that_reads_back_as_its_path(hexaglot, tmp_path):
    # The path went in as written: spaces, `#`, `?`, `%20` and Cyrillic in a URI, which a SARIF
    # reader decodes or cuts (`#` begins a fragment), so results pointed at no file.
    from urllib.parse import unquote, urljoin, urlsplit

    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    folder = tmp_path / "my app #1 ?x %20 проект"
    folder.mkdir()
    (folder / "ru.po").write_text(po_text("ru", [(SOURCES[3], TRANSLATIONS["ru"][3] + "  ")]), encoding="utf-8")
    for given in (folder.name, str(folder), f"{folder.name}/../{folder.name}"):
        run = json.loads(hexaglot("check", given, "--no-glossary", "--no-cache", "--format", "sarif", cwd=tmp_path).stdout)["runs"][0]
        [result] = run["results"]
        artifact = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert not any(ch in artifact["uri"] for ch in " #?") and "проект" not in artifact["uri"] and ".." not in artifact["uri"]
        base = run["originalUriBaseIds"][artifact["uriBaseId"]]["uri"] if "uriBaseId" in artifact else ""
        absolute = urljoin(base, artifact["uri"])
        assert unquote(urlsplit(absolute).path) == str(folder / "ru.po")
        assert result["partialFingerprints"]["hexaglotFingerprint/v1"]


def _entries_named_alike(folder):
    """folder/ru.po: four entries that a label of their msgctxt, or of the start of their
    msgid, names alike two by two (`Save 5` as a msgctxt and as a msgid without one, two long
    msgids that start alike), each translation with a double space (a finding on each)."""
    from tests.foreign import po_text

    long = "The Working Group on the Smuggling of Migrants recommended that States parties "
    text = po_text("ru", [(long + "share information.", "Рабочая группа рекомендовала  обмениваться информацией."),
                          (long + "train officers.", "Рабочая группа рекомендовала  обучать сотрудников."),
                          ("Save 5", "Сохранить  5")])
    folder.mkdir()
    (folder / "ru.po").write_text(text + '\nmsgctxt "Save 5"\nmsgid "Save"\nmsgstr "Сохранить  всё"\n', encoding="utf-8")


def test_every_segment_of_a_page_has_an_id_of_its_own_that_its_links_reach(hexaglot, tmp_path):
    # `Save 5` as a msgctxt and as a msgid without one, and two long msgids that start alike,
    # were sections of one id (with a space, which no id holds): each link reached the first.
    import re

    _entries_named_alike(tmp_path / "app")
    assert hexaglot("report", "app", "--no-glossary", "--no-cache", "--out", "reports", cwd=tmp_path).returncode == 0
    page = (tmp_path / "reports" / "app" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'<section class="segment" id="([^"]*)"', page)
    assert len(ids) == 4 and len(set(ids)) == 4 and not any(" " in i for i in ids)
    links = set(re.findall(r'<td><a href="#([^"]*)">', page))
    assert links == set(ids)


def test_junit_names_each_entry_of_a_catalog_once(hexaglot, tmp_path):
    # Two test cases of one name in a suite are one case to a CI server: `Save 5` as a msgctxt
    # and as a msgid without one, or two msgids alike in their first 60 characters.
    _entries_named_alike(tmp_path / "app")
    junit = ElementTree.fromstring(hexaglot("check", "app", "--no-glossary", "--format", "junit", cwd=tmp_path).stdout)
    names = [case.get("name") for case in junit.iter("testcase")]
    assert len(names) == 4 and len(set(names)) == 4


def test_score_equals_sacrebleu_command_line(tmp_path):
    from pipeline.metrics import score_pairs, segments

    for lang in ("ru", "zh"):
        draft = ROOT / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po"
        revised = tmp_path / f"{lang}.po"
        catalog = polib.pofile(str(draft))
        for number, entry in enumerate(catalog):
            if number % 3 == 0 and entry.msgstr:
                entry.msgstr = entry.msgstr[: len(entry.msgstr) // 2] + (" правка" if lang == "ru" else "修订")
        catalog.save(str(revised))
        ours = score_pairs(draft, revised)["languages"][0]["corpus"]
        pairs = segments(draft, revised).pairs
        (tmp_path / "hyp.txt").write_text("\n".join(pair.hyp for pair in pairs) + "\n", encoding="utf-8")
        (tmp_path / "ref.txt").write_text("\n".join(pair.ref for pair in pairs) + "\n", encoding="utf-8")
        tokenize = "zh" if lang == "zh" else "13a"
        command = [sys.executable, "-m", "sacrebleu", str(tmp_path / "ref.txt"), "-i", str(tmp_path / "hyp.txt"),
                   "-m", "bleu", "chrf", "ter", "--tokenize", tokenize, "-b", "-w", "4"]
        if lang == "zh":
            command.append("--ter-asian-support")
        scores = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        assert scores == pytest.approx([ours["BLEU"]["score"], ours["chrF"]["score"], ours["TER"]["score"]], abs=0.001)
        plus = subprocess.run([sys.executable, "-m", "sacrebleu", str(tmp_path / "ref.txt"), "-i", str(tmp_path / "hyp.txt"),
                               "-m", "chrf", "--chrf-word-order", "2", "-b", "-w", "4"], capture_output=True, text=True, check=True).stdout
        assert float(plus) == pytest.approx(ours["chrF++"]["score"], abs=0.001)


def test_score_cli(tmp_path):
    # One document's catalogs in the five target languages (scoring the four documents took
    # four times as long and proved nothing more).
    for catalog in (ROOT / "locale").glob(f"*/LC_MESSAGES/{DOC}.po"):
        (tmp_path / "locale" / catalog.parent.relative_to(ROOT / "locale")).mkdir(parents=True)
        shutil.copy(catalog, tmp_path / "locale" / catalog.relative_to(ROOT / "locale"))
    result = run_hexaglot("score", "--hyp", "locale", "--ref", "locale", "--format", "json", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert {item["lang"] for item in report["languages"]} == {"ar", "es", "fr", "ru", "zh"}
    assert all(item["corpus"]["chrF"]["score"] == 100.0 and item["unchanged"] == item["segments"] for item in report["languages"])
    assert "tok:zh" in next(i for i in report["languages"] if i["lang"] == "zh")["corpus"]["BLEU"]["signature"]
    assert report["not_scored"] == []
    # A catalog one tree lacks was left out without a word: said, in the text and the JSON.
    shutil.copytree(tmp_path / "locale", tmp_path / "draft")
    shutil.rmtree(tmp_path / "draft" / "ru")
    result = run_hexaglot("score", "--hyp", "draft", "--ref", "locale", cwd=tmp_path)
    assert result.returncode == 0 and f"not scored: 1 catalog in one tree only (locale/ru/LC_MESSAGES/{DOC}.po)" in result.stdout


def test_progress_shows_on_a_terminal_only(tmp_path):
    import os
    import pty

    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    piped = run_hexaglot("check", "--no-glossary", "--select", "TYPO001", cwd=tmp_path)
    assert "checking" not in piped.stderr and piped.stderr == ""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "check", "--no-glossary", "--select", "TYPO001"], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=terminal, env={**os.environ, "TERM": "xterm"})
    os.close(terminal)
    process.wait(timeout=120)
    seen = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(controller)
    assert b"checking" in seen


def test_check_output_is_the_same_streamed_to_a_file_or_printed(built, tmp_path):
    # Findings are written in parts as they are formatted (not joined first): the file given
    # to --output holds exactly what is printed, JSON with one finding a line, and text.
    printed = {}
    for fmt in ("json", "text"):
        printed[fmt] = run_hexaglot("check", "--format", fmt, "--fail-on", "never", cwd=built).stdout
        out = tmp_path / f"findings.{fmt}"
        assert run_hexaglot("check", "--format", fmt, "--fail-on", "never", "--output", str(out), cwd=built).returncode == 0
        assert out.read_text(encoding="utf-8") == printed[fmt]
    document = json.loads(printed_json := printed["json"])
    lines = printed_json.splitlines()
    finding_lines = [line for line in lines if line.startswith('    {"code": ')]
    assert len(finding_lines) == len(document["findings"]) == document["summary"]["findings"] > 20
    assert [json.loads(line.rstrip(",")) for line in finding_lines] == document["findings"]
    text = printed["text"].splitlines()
    # The findings, then the summary: the counts, the locales the catalogs were read as, and
    # the words of each of the four documents (pocount's counts, tests/test_wordcount.py).
    # Then what was not checked: the text of the two entries aligned as whole paragraphs.
    assert len(text) == len(document["findings"]) + 7 and text[-3].startswith("20 catalogs, 1425 entries checked")
    assert text[-2] == "read as: ar 4, es 4, fr 4, ru 4, zh 4"
    assert text[-1].startswith("not checked: the text of 2 fuzzy entries")
    assert [line.split(":")[0] for line in text[-7:-3]] == [f"words in {name}" for name in sorted(document["summary"]["words"])]


def test_a_write_that_fails_midway_leaves_the_old_file(tmp_path):
    from pipeline.fileio import atomic_write_parts

    path = tmp_path / "findings.json"
    path.write_bytes(b"old")

    def parts():
        yield b"new, half"
        raise RuntimeError("formatting failed")

    with pytest.raises(RuntimeError):
        atomic_write_parts(path, parts())
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["findings.json"]


def test_run_writes_its_reports_where_it_is_told(hexaglot, project):
    # `run` wrote its reports into ./reports of whatever folder the shell was in: from /tmp,
    # two projects with a document of one name wrote over each other's reports.
    elsewhere = project / "elsewhere"
    elsewhere.mkdir()
    result = hexaglot("run", "../corpora", "--out", "../locale", "--glossary", "../glossaries/untoc-som.tbx",
                      "--reports", "../reports-of-the-project", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    assert (project / "reports-of-the-project" / DOC / "index.html").is_file()
    assert f"Report: ../reports-of-the-project/{DOC}/index.html" in result.stdout
    assert not (elsewhere / "reports").exists()


def test_junit_skips_the_entries_whose_text_was_not_checked(hexaglot, tmp_path):
    # A CI probe's: fuzzy and untranslated entries, whose text no check read, were passing test
    # cases; a CI server counted them checked and clean.
    from tests.foreign import po_text

    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "app.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("Adoption of the agenda", "Утверждение повестки дня"),
                                      ("Organizational matters", "Организационные вопросы"),
                                      ("Other matters", "")]), encoding="utf-8")
    catalog.write_text(catalog.read_text(encoding="utf-8").replace('msgid "Organizational', '#, fuzzy\nmsgid "Organizational'),
                       encoding="utf-8")
    junit = ElementTree.fromstring(hexaglot("check", "locale", "--no-glossary", "--ignore", "CONS",
                                            "--format", "junit", cwd=tmp_path).stdout)
    suite = next(s for s in junit.iter("testsuite") if s.get("name").endswith("app.po"))
    skipped = {case.get("name"): case.find("skipped").get("message") for case in suite.iter("testcase")
               if case.find("skipped") is not None}
    assert set(skipped) == {"Organizational matters", "Other matters"}, skipped
    assert suite.get("skipped") == "2"
