"""The reviser's loop (issue 23): accepted findings kept in a baseline outside the catalogs,
triage in findings.xlsx and back, and check --baseline showing only what is new."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import polib
import pytest

from pipeline.baseline import AcceptedFinding, Baseline, baseline_text, read_baseline, triage_outcome, TriageRow
from pipeline.errors import HexaglotInputError
from pipeline.model import Finding, Severity
from pipeline.report.xlsx import read_triage
from tests.conftest import DOC, ROOT, run_hexaglot

RU = f"locale/ru/LC_MESSAGES/{DOC}.po"
WORKBOOK = f"reports/{DOC}/findings.xlsx"


@pytest.fixture
def triage_project(tmp_path):
    """A scratch project with the shipped catalogs and glossary."""
    shutil.copytree(ROOT / "locale", tmp_path / "locale")
    shutil.copytree(ROOT / "glossaries", tmp_path / "glossaries")
    return tmp_path


def check_json(project, *options):
    process = run_hexaglot("check", "locale", "--lang", "ru", "--format", "json", "--fail-on", "never", *options, cwd=project)
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)


def one_error_line(process, code: str) -> str:
    assert process.returncode == 2, process.stdout + process.stderr
    assert "Traceback" not in process.stderr
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1 and f"[{code}]" in lines[0], process.stderr
    return lines[0]


def decide(path, decisions: dict[tuple[str, str], tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Mark rows of a findings workbook as a reviser does in a spreadsheet: (code, msgctxt) →
    (decision, comment). Gives the fingerprint of each row marked."""
    from openpyxl import load_workbook

    workbook = load_workbook(path)
    sheet = workbook["findings"]
    header = [cell.value for cell in sheet[1]]
    column = {name: header.index(name) for name in header}
    marked = {}
    for row in sheet.iter_rows(min_row=2):
        key = (row[column["code"]].value, row[column["msgctxt"]].value)
        if key in decisions:
            row[column["decision"]].value, row[column["comment"]].value = decisions[key]
            marked[key] = row[column["fingerprint"]].value
    workbook.save(path)
    assert set(marked) == set(decisions), f"rows not in the workbook: {set(decisions) - set(marked)}"
    return marked


def test_the_reviser_loop_check_export_decide_import_check_again(triage_project):
    everything = check_json(triage_project)["findings"]
    report = run_hexaglot("report", "locale", "--lang", "ru", "--out", "reports", "--fail-on", "never", cwd=triage_project)
    assert report.returncode == 0, report.stderr
    marked = decide(triage_project / WORKBOOK, {
        ("TERM001", "item/2/p2/s1"): ("false positive", "«передовой опыт» is the published rendering of good practices"),
        ("TERM002", "item/2/p3/s2"): ("accept", "kept as in the published Russian version"),
        ("TYPO001", "masthead/body"): ("fix", None),
    })
    # `группa` and `Рабочaя` are two TYPO001 findings on one entry; the row marked fix is one.
    imported = run_hexaglot("baseline", "import", WORKBOOK, "locale", "--lang", "ru", "--baseline", "qa/baseline.json",
                            cwd=triage_project)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    baseline = read_baseline(triage_project / "qa" / "baseline.json")
    decisions = {item.fingerprint: (item.code, item.decision, item.comment) for item in baseline.accepted}
    assert decisions == {
        marked[("TERM001", "item/2/p2/s1")]: ("TERM001", "false-positive", "«передовой опыт» is the published rendering of good practices"),
        marked[("TERM002", "item/2/p3/s2")]: ("TERM002", "accepted", "kept as in the published Russian version"),
    }

    again = check_json(triage_project, "--baseline", "qa/baseline.json")
    accepted = set(decisions)
    assert [f["fingerprint"] for f in again["findings"]] == [f["fingerprint"] for f in everything if f["fingerprint"] not in accepted]
    assert len(again["findings"]) == len(everything) - 2
    assert again["summary"]["baseline"]["accepted"] == 2 and again["summary"]["baseline"]["stale"] == []
    assert marked[("TYPO001", "masthead/body")] in {f["fingerprint"] for f in again["findings"]}  # to fix: still shown

    # The translator rewrites the accepted sentence with another deprecated variant: the old
    # acceptance no longer matches (stale), and the new fault is shown.
    po = triage_project / RU
    text = po.read_text(encoding="utf-8")
    assert text.count("незаконным провозом мигрантов") == 1
    po.write_text(text.replace("незаконным провозом мигрантов", "контрабандой мигрантов"), encoding="utf-8")
    after = check_json(triage_project, "--baseline", "qa/baseline.json")
    stale = after["summary"]["baseline"]["stale"]
    assert [item["fingerprint"] for item in stale] == [marked[("TERM002", "item/2/p3/s2")]]
    assert stale[0]["comment"] == "kept as in the published Russian version"
    new = [f for f in after["findings"] if f["msgctxt"] == "item/2/p3/s2" and f["code"] == "TERM002"]
    assert [f["found"] for f in new] == ["контрабандой мигрантов"]
    assert after["summary"]["baseline"]["accepted"] == 1

    text_output = run_hexaglot("check", "locale", "--lang", "ru", "--baseline", "qa/baseline.json", "--fail-on", "never",
                               cwd=triage_project)
    assert "1 accepted finding not shown, 1 stale" in text_output.stdout
    assert f"stale: {marked[('TERM002', 'item/2/p3/s2')]} TERM002 ru {DOC} [item/2/p3/s2]" in text_output.stdout

    # update takes the stale acceptance out and accepts what is there now, keeping comments.
    updated = run_hexaglot("baseline", "update", "locale", "--lang", "ru", "--baseline", "qa/baseline.json", cwd=triage_project)
    assert updated.returncode == 0, updated.stderr
    assert "1 stale taken out" in updated.stdout
    rewritten = read_baseline(triage_project / "qa" / "baseline.json")
    assert len(rewritten.accepted) == len(after["findings"]) + 1
    kept = rewritten.by_fingerprint[marked[("TERM001", "item/2/p2/s1")]]
    assert (kept.decision, kept.comment) == ("false-positive", "«передовой опыт» is the published rendering of good practices")
    assert check_json(triage_project, "--baseline", "qa/baseline.json")["findings"] == []


def test_building_the_report_again_keeps_the_decisions_written_in_its_sheet(triage_project):
    # A reviser's decisions in findings.xlsx, not yet imported, were written over by the next
    # `report`: an empty sheet, the decisions gone.
    options = ("report", "locale", "--lang", "ru", "--out", "reports", "--fail-on", "never")
    assert run_hexaglot(*options, cwd=triage_project).returncode == 0
    marked = decide(triage_project / WORKBOOK, {
        ("TERM002", "item/2/p3/s2"): ("accept", "kept as in the published Russian version"),
        ("TYPO001", "masthead/body"): ("fix", None),
    })
    po = triage_project / RU  # the typo fixed meanwhile: its finding, and decision, are gone
    po.write_text(po.read_text(encoding="utf-8").replace("Рабочaя группa", "Рабочая группа"), encoding="utf-8")
    again = run_hexaglot(*options, cwd=triage_project)
    assert again.returncode == 0, again.stderr
    # Both of the two TYPO001 rows of that entry were marked fix.
    assert (f"{WORKBOOK}: 1 decision of the last report carried over; 2 on findings this run no longer has kept in its "
            "'not carried over' sheet (decide them again if they still apply)") in again.stdout
    rows = {row.fingerprint: (row.decision, row.comment) for row in read_triage(triage_project / WORKBOOK)}
    assert rows[marked[("TERM002", "item/2/p3/s2")]] == ("accept", "kept as in the published Russian version")
    assert marked[("TYPO001", "masthead/body")] not in rows
    # ... and what was written on the finding gone is kept, never dropped, through later reports too
    from pipeline.report.xlsx import left_over_in

    kept = {row.fingerprint: row.decision for row in left_over_in(triage_project / WORKBOOK)}
    assert kept.get(marked[("TYPO001", "masthead/body")]) == "fix"
    assert run_hexaglot(*options, cwd=triage_project).returncode == 0
    assert {row.fingerprint: row.decision for row in left_over_in(triage_project / WORKBOOK)} == kept
    # The typo back: its findings are found again, and take back what was written on them
    # (the row left the kept sheet and its decision was gone, probe 62g).
    po.write_text(po.read_text(encoding="utf-8").replace("Рабочая группа", "Рабочaя группa"), encoding="utf-8")
    back = run_hexaglot(*options, cwd=triage_project)
    assert "3 decisions of the last report carried over" in back.stdout, back.stdout
    rows = {row.fingerprint: row.decision for row in read_triage(triage_project / WORKBOOK)}
    assert rows[marked[("TYPO001", "masthead/body")]] == "fix"
    assert left_over_in(triage_project / WORKBOOK) == []
    imported = run_hexaglot("baseline", "import", WORKBOOK, "locale", "--lang", "ru", "--baseline", "qa/baseline.json",
                            cwd=triage_project)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert [item.fingerprint for item in read_baseline(triage_project / "qa" / "baseline.json").accepted] == [
        marked[("TERM002", "item/2/p3/s2")]]


def test_import_reports_an_edited_row_and_an_unknown_fingerprint_and_imports_the_rest(triage_project):
    from openpyxl import load_workbook

    assert run_hexaglot("report", "locale", "--lang", "ru", "--out", "reports", "--fail-on", "never", cwd=triage_project).returncode == 0
    marked = decide(triage_project / WORKBOOK, {
        ("TERM001", "item/2/p2/s1"): ("accept", "published rendering"),
        ("TERM002", "item/2/p3/s2"): ("accept", None),
        ("TYPO009", "item/2/p2/s1"): ("false positive", None),
    })
    workbook = load_workbook(triage_project / WORKBOOK)
    sheet = workbook["findings"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        fingerprint = row[header.index("fingerprint")]
        if fingerprint.value == marked[("TERM002", "item/2/p3/s2")]:
            row[header.index("found")].value = "незаконным ввозом мигрантов"  # the reviser "corrected" the cell
        if fingerprint.value == marked[("TYPO009", "item/2/p2/s1")]:
            fingerprint.value = "0123456789abcdef"
    workbook.save(triage_project / WORKBOOK)

    process = run_hexaglot("baseline", "import", WORKBOOK, "locale", "--lang", "ru", "--baseline", "baseline.json", cwd=triage_project)
    assert process.returncode == 1, process.stdout + process.stderr
    problems = [line for line in process.stdout.splitlines() if line.startswith("not imported:")]
    assert len(problems) == 2
    assert any("its found cell was edited" in line and "незаконным ввозом мигрантов" in line for line in problems)
    assert any("'0123456789abcdef'" in line and "matches no finding" in line for line in problems)
    baseline = read_baseline(triage_project / "baseline.json")
    assert [item.fingerprint for item in baseline.accepted] == [marked[("TERM001", "item/2/p2/s1")]]


def test_a_formula_in_the_workbook_is_refused_and_the_baseline_left_as_it_was(triage_project):
    assert run_hexaglot("report", "locale", "--lang", "ru", "--out", "reports", "--fail-on", "never", cwd=triage_project).returncode == 0
    decide(triage_project / WORKBOOK, {("TERM001", "item/2/p2/s1"): ('=HYPERLINK("http://example.org","accept")', None)})
    (triage_project / "baseline.json").write_text(baseline_text(Baseline()), encoding="utf-8")
    before = (triage_project / "baseline.json").read_bytes()
    process = run_hexaglot("baseline", "import", WORKBOOK, "--baseline", "baseline.json", cwd=triage_project)
    line = one_error_line(process, "E029")
    assert "holds a formula" in line
    assert (triage_project / "baseline.json").read_bytes() == before


def test_findings_xlsx_is_a_triage_sheet(triage_project):
    from openpyxl import load_workbook

    assert run_hexaglot("report", "locale", "--lang", "ru", "--out", "reports", "--fail-on", "never", cwd=triage_project).returncode == 0
    findings = json.loads((triage_project / f"reports/{DOC}/findings.json").read_text(encoding="utf-8"))["findings"]
    sheet = load_workbook(triage_project / WORKBOOK)["findings"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, values)) for values in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == len(findings) > 0
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:R{len(rows) + 1}"
    assert sheet.column_dimensions["J"].width >= 40  # the translation column is wide
    validation = sheet.data_validations.dataValidation
    assert len(validation) == 1 and validation[0].formula1 == '"accept,false positive,fix"'
    assert str(validation[0].sqref) == f"O2:O{len(rows) + 1}"
    assert all(isinstance(row["line"], int) for row in rows)
    source = (triage_project / RU).read_text(encoding="utf-8").splitlines()
    typo = next(row for row in rows if row["code"] == "TYPO009")
    assert typo["translation"].startswith("Для того чтобы обмен мнениями поэтому пункту")
    assert typo["source"].startswith("To facilitate a substantive exchange of views under this agenda item")
    assert typo["translation"][typo["column"] - 1:].startswith("поэтому пункту")
    assert source[typo["line"] - 1].startswith("msgstr")
    assert [row["fingerprint"] for row in rows] == [f["fingerprint"] for f in findings]


# -- the baseline file ------------------------------------------------------------------------------


def finding(code="TERM002", msgctxt="item/2/p3/s2", found="незаконным провозом мигрантов", line=427) -> Finding:
    return Finding(code, Severity.ERROR, "ru", RU, line, msgctxt, "a deprecated term", concept="smuggling-of-migrants",
                   found=found, msgid="For example, migrant smugglers increasingly use social media platforms")


def test_a_fingerprint_does_not_move_with_the_line_and_the_baseline_splits_new_accepted_stale():
    accepted = finding()
    baseline = Baseline((AcceptedFinding.of(accepted, "accepted", "as published"),
                         AcceptedFinding.of(finding(msgctxt="p/13/s1"))))
    moved = finding(line=512)  # entries inserted above it: the same finding
    other = finding(found="контрабандой мигрантов")
    split = baseline.split([moved, other])
    assert split.new == [other] and split.accepted == [moved]
    assert [item.msgctxt for item in split.stale] == ["p/13/s1"]


def test_one_accepted_finding_listed_twice_is_not_stale():
    # A merge of two branches' baselines that kept both lines: the finding is there and
    # accepted, and its second line was called stale ("no longer found").
    accepted = finding()
    baseline = Baseline((AcceptedFinding.of(accepted, "accepted", "as published"),
                         AcceptedFinding.of(accepted, "false-positive", "a rule it does not know")))
    split = baseline.split([accepted])
    assert split.accepted == [accepted] and split.new == [] and split.stale == []


def test_the_baseline_file_is_sorted_one_finding_a_line_and_reads_back(tmp_path):
    items = [AcceptedFinding.of(finding(msgctxt=f"item/{n}/p1/s1"), "false-positive" if n % 2 else "accepted", f"note {n}")
             for n in (3, 1, 2)]
    text = baseline_text(Baseline(tuple(items)))
    lines = text.splitlines()
    assert text.endswith("]}\n") and lines[0] == '{"schema": "hexaglot.baseline/1",'
    body = [json.loads(line.strip().rstrip(",")) for line in lines[2:-1]]
    assert [item["fingerprint"] for item in body] == sorted(item.fingerprint for item in items)
    assert baseline_text(Baseline(tuple(reversed(items)))) == text  # the order found does not matter
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    assert sorted(read_baseline(path).accepted, key=lambda i: i.fingerprint) == sorted(items, key=lambda i: i.fingerprint)
    assert json.loads(text)["schema"] == "hexaglot.baseline/1"


@pytest.mark.parametrize("content, message", [
    (None, "does not exist"),
    ('{"schema": "hexaglot.baseline/1", "accepted": [', "not valid JSON"),
    ("[" * 200_000 + "]" * 200_000, "nested deeper than a baseline is"),  # past the JSON reader's recursion
    ('{"schema": "hexaglot.other/1", "accepted": []}', "schema must be"),
    # A run's findings given as the baseline: the command that makes one is named.
    ('{"schema": "hexaglot.findings/1", "findings": []}', "not a baseline: make one that accepts every finding of the "
                                                          "run with `hexaglot baseline update"),
    ('{"schema": "hexaglot.baseline/1",\n "accepted": [\n  {"fingerprint": "xyz", "code": "TERM001", "lang": "ru", '
     '"document": "d", "msgctxt": "", "msgid": "m"}\n ]}\n', "not a fingerprint"),
    ('{"schema": "hexaglot.baseline/1",\n "accepted": [\n  {"fingerprint": "0123456789abcdef", "code": "TERM001", '
     '"lang": "ru", "document": "d", "msgctxt": "", "msgid": "m", "decision": "maybe"}\n ]}\n', "decision must be"),
], ids=["missing", "not-json", "too-deep", "other-schema", "findings", "bad-fingerprint", "bad-decision"])
def test_a_baseline_that_cannot_be_read_is_one_error_line(triage_project, content, message):
    if content is not None:
        (triage_project / "baseline.json").write_text(content, encoding="utf-8")
    process = run_hexaglot("check", "locale", "--baseline", "baseline.json", cwd=triage_project)
    line = one_error_line(process, "E028")
    assert "baseline.json" in line and message in line


_GOOD = {"fingerprint": "0123456789abcdef", "code": "TERM001", "lang": "ru", "document": "d", "msgctxt": "", "msgid": "m"}


@pytest.mark.parametrize("bad, message", [
    ({**_GOOD, "msgctxt": None}, "accepted finding 2: its 'msgctxt' is null, not a text"),
    ({**_GOOD, "extra": 1}, "accepted finding 2 has unknown field 'extra'"),
    ([_GOOD], "accepted finding 2 is not an object"),
    ({**_GOOD, "fingerprint": "xyz"}, "accepted finding 2: 'xyz' is not a fingerprint"),
])
@pytest.mark.parametrize("layout", ["one line", "indented"])
def test_a_bad_accepted_finding_is_named_at_its_own_line(tmp_path, bad, message, layout):
    # A baseline written by `json.dump` (one line) or by an editor's formatter (a field a line)
    # was named at "line 3", counted as if one finding took a line: a line the file may not have.
    data = {"schema": "hexaglot.baseline/1", "accepted": [_GOOD, bad]}
    text = json.dumps(data) if layout == "one line" else json.dumps(data, indent=2)
    path = tmp_path / "baseline.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(HexaglotInputError) as raised:
        read_baseline(path)
    assert raised.value.code == "E028" and message in raised.value.message, raised.value.message
    lines = text.splitlines()
    at = raised.value.line
    assert 1 <= at <= len(lines)
    opening = "[" if isinstance(bad, list) else "{"
    assert lines[at - 1].strip().startswith(opening) if layout == "indented" else at == 1
    if layout == "indented":
        assert at > text[:text.index('"0123456789abcdef"')].count("\n") + 1  # the second finding's, not the first's


def test_ignore_comments_keep_working_beside_a_baseline(triage_project):
    po = triage_project / RU
    text = po.read_text(encoding="utf-8")
    entry = 'msgctxt "item/2/p2/s1"'
    assert text.count(entry) == 1
    po.write_text(text.replace(entry, "# hexaglot: ignore TYPO009\n" + entry), encoding="utf-8")
    (triage_project / "baseline.json").write_text(baseline_text(Baseline()), encoding="utf-8")
    process = run_hexaglot("check", "locale", "--lang", "ru", "--baseline", "baseline.json", "--fail-on", "never", cwd=triage_project)
    assert "TYPO009" not in process.stdout
    assert "1 suppressed by '# hexaglot: ignore'" in process.stdout
    assert "0 accepted findings not shown, 0 stale" in process.stdout


def test_triage_rows_marked_fix_leave_the_baseline_and_unknown_decisions_are_reported():
    accepted, other = finding(), finding(msgctxt="p/13/s1")
    cells = lambda f: {"code": f.code, "lang": f.lang, "file": f.file, "msgctxt": f.msgctxt, "source": f.msgid,
                       "concept": f.concept, "found": f.found}
    rows = [TriageRow(2, accepted.fingerprint, cells(accepted), "Fix", ""),
            TriageRow(3, other.fingerprint, cells(other), "maybe later", ""),
            TriageRow(4, other.fingerprint, cells(other), "", "")]
    outcome = triage_outcome(rows, [accepted, other])
    assert outcome.to_fix == [(accepted.fingerprint, accepted.file)] and outcome.decided == [] and outcome.undecided == 1
    assert outcome.problems == ["row 3: the decision 'maybe later' is not accept, false positive or fix"]
    before = Baseline((AcceptedFinding.of(accepted),))
    assert before.with_decisions(outcome.decided, outcome.to_fix).accepted == ()


def test_what_a_run_did_not_look_at_is_neither_stale_nor_dropped(triage_project):
    """Accepted Russian findings, then a run on French alone (--lang fr): they are not stale,
    and `baseline update --lang fr` adds the French findings and keeps the Russian ones."""
    assert run_hexaglot("baseline", "update", "locale", "--lang", "ru", "--baseline", "baseline.json",
                        cwd=triage_project).returncode == 0
    russian = read_baseline(triage_project / "baseline.json").accepted
    assert russian and {item.lang for item in russian} == {"ru"}
    french = json.loads(run_hexaglot("check", "locale", "--lang", "fr", "--format", "json", "--fail-on", "never",
                                     "--baseline", "baseline.json", cwd=triage_project).stdout)
    assert french["summary"]["baseline"] == {"file": "baseline.json", "accepted": 0, "stale": [], "not_checked": len(russian)}
    assert french["findings"] and all(f["lang"] == "fr" for f in french["findings"])
    updated = run_hexaglot("baseline", "update", "locale", "--lang", "fr", "--baseline", "baseline.json", cwd=triage_project)
    assert f"0 stale taken out, {len(russian)} of catalogs or checks not run kept as they were" in updated.stdout
    after = read_baseline(triage_project / "baseline.json").accepted
    assert set(after) >= set(russian)
    assert {item.fingerprint for item in after} - {item.fingerprint for item in russian} == {f["fingerprint"] for f in french["findings"]}


def test_checks_that_looked_at_nothing_leave_their_decisions_as_they_were(triage_project):
    # Without a glossary the TERM checks look for nothing: `baseline update --no-glossary` took
    # every accepted TERM finding out as stale. Named catalogs one by one, a run-wide check
    # (CONS004: one source, two translations in two catalogs) may not see the other catalog.
    assert run_hexaglot("baseline", "update", "locale", "--baseline", "baseline.json", cwd=triage_project).returncode == 0
    before = read_baseline(triage_project / "baseline.json").accepted
    terms = [item for item in before if item.code.startswith("TERM")]
    assert terms
    updated = run_hexaglot("baseline", "update", "locale", "--no-glossary", "--baseline", "baseline.json", cwd=triage_project)
    assert " 0 stale taken out" in updated.stdout, updated.stdout
    assert set(terms) <= set(read_baseline(triage_project / "baseline.json").accepted)
    one = next(path for path in sorted((triage_project / "locale").rglob("*.po")))
    updated = run_hexaglot("baseline", "update", str(one.relative_to(triage_project)), "--baseline", "baseline.json",
                           cwd=triage_project)
    assert " 0 stale taken out" in updated.stdout, updated.stdout


def test_a_report_of_one_language_keeps_the_decisions_on_the_others_findings(triage_project):
    # A report of all languages, decisions on a Russian and a French finding, then the report
    # built again with --lang ru: the French decision was "left out, no longer found", its row
    # gone from the sheet, though the finding was still there, only not looked at.
    everything = ("report", "locale", "--out", "reports", "--fail-on", "never")
    assert run_hexaglot(*everything, cwd=triage_project).returncode == 0
    languages = {row.cells["lang"]: (row.cells["code"], row.cells["msgctxt"]) for row in read_triage(triage_project / WORKBOOK)}
    marked = decide(triage_project / WORKBOOK, {languages["ru"]: ("accept", "as published"),
                                                languages["fr"]: ("false positive", "le texte adopté")})
    again = run_hexaglot("report", "locale", "--lang", "ru", "--out", "reports", "--fail-on", "never", cwd=triage_project)
    assert again.returncode == 0, again.stderr
    assert (f"{WORKBOOK}: 1 decision of the last report carried over; 1 on findings this run did not look at kept as "
            "they were") in again.stdout
    rows = {row.fingerprint: row for row in read_triage(triage_project / WORKBOOK)}
    french = rows[marked[languages["fr"]]]
    assert (french.cells["lang"], french.decision, french.comment) == ("fr", "false positive", "le texte adopté")
    assert {row.cells["lang"] for row in rows.values()} == {"ru", "fr"}  # the kept row, beside this run's
    # The whole report again: both decisions on their findings, none kept apart.
    final = run_hexaglot(*everything, cwd=triage_project)
    assert f"{WORKBOOK}: 2 decisions of the last report carried over\n" in final.stdout
    decided = {row.fingerprint: row.decision for row in read_triage(triage_project / WORKBOOK) if row.decision}
    assert decided == {marked[languages["ru"]]: "accept", marked[languages["fr"]]: "false positive"}


def test_report_with_a_baseline_exits_and_counts_as_check_does(triage_project):
    # report --baseline showed the accepted findings marked so, but exited 1 and said "9
    # errors" with no word of the baseline: a gate that check passes, report failed.
    assert run_hexaglot("baseline", "update", "locale", "--lang", "ru", "--baseline", "qa/baseline.json",
                        cwd=triage_project).returncode == 0
    accepted = len(read_baseline(triage_project / "qa" / "baseline.json").accepted)
    check = run_hexaglot("check", "locale", "--lang", "ru", "--baseline", "qa/baseline.json", cwd=triage_project)
    report = run_hexaglot("report", "locale", "--lang", "ru", "--baseline", "qa/baseline.json", "--out", "reports",
                          "--format", "json", "--output", "new.json", cwd=triage_project)
    assert check.returncode == report.returncode == 0, report.stdout + report.stderr
    assert "0 errors, 0 warnings, 0 notes" in report.stdout
    assert f"baseline qa/baseline.json: {accepted} accepted findings in the report, marked accepted, 0 stale" in report.stdout
    written = json.loads((triage_project / "new.json").read_text(encoding="utf-8"))
    assert written["findings"] == [] and written["summary"]["baseline"]["accepted"] == accepted
    pages = [json.loads(path.read_text(encoding="utf-8")) for path in (triage_project / "reports").glob("*/findings.json")]
    assert sum(len(page["findings"]) for page in pages) == accepted  # the pages show them all


def test_a_workbook_that_is_not_a_findings_sheet_is_refused(tmp_path):
    from openpyxl import Workbook

    from pipeline.report.xlsx import read_triage

    workbook = Workbook()
    workbook.active.title = "glossary"
    workbook.active.append(["concept id", "ru 1 term"])
    workbook.save(tmp_path / "glossary.xlsx")
    with pytest.raises(HexaglotInputError, match=r"\[E029\] no 'findings' sheet"):
        read_triage(tmp_path / "glossary.xlsx")
    workbook.active.title = "findings"
    workbook.save(tmp_path / "findings.xlsx")
    with pytest.raises(HexaglotInputError, match=r"\[E029\] the findings sheet has no 'fingerprint' column"):
        read_triage(tmp_path / "findings.xlsx")


def test_a_decision_on_a_text_longer_than_a_cell_holds_is_imported(tmp_path):
    # A source of 37,000 characters is cut in its workbook cell (Excel's 32,767): the import
    # compared the cut cell with the whole text, called every such row "edited" and quoted it
    # whole, a line of 74,000 characters a row. (One doubled space in the translation: one
    # row, each a copy of the long texts.)
    from tests.foreign import po_text

    sentence = "UNODC continued to support States in combating the smuggling of migrants. "
    russian = "УНП ООН продолжало оказывать государствам поддержку в борьбе с незаконным ввозом мигрантов. "
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "annex.po"
    catalog.parent.mkdir(parents=True)
    translation = (russian * 500).strip().replace("ввозом мигрантов", "ввозом  мигрантов", 1)
    catalog.write_text(po_text("ru", [((sentence * 500).strip(), translation)], msgctxt="annex/p1"), encoding="utf-8")
    report = run_hexaglot("report", "locale", "--no-glossary", "--select", "TYPO003", "--out", "reports", "--fail-on", "never",
                          cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    marked = decide(tmp_path / "reports" / "annex" / "findings.xlsx", {("TYPO003", "annex/p1"): ("accept", "the annex is published as it is")})
    imported = run_hexaglot("baseline", "import", "reports/annex/findings.xlsx", "locale", "--no-glossary", "--select", "TYPO003",
                            "--baseline", "baseline.json", cwd=tmp_path)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert {item.fingerprint for item in read_baseline(tmp_path / "baseline.json").accepted} == set(marked.values())


def test_a_baseline_of_one_application_never_accepts_another_s_alike_findings(tmp_path):
    # Two applications' catalogs of one name (`polls/…/django.po`, `blog/…/django.po`) give an
    # alike entry's finding one fingerprint: a baseline made of polls hid blog's findings, "10
    # accepted findings not shown" from a baseline of 5, exit 0: the gate passed.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    entries = [(SOURCES[n], TRANSLATIONS["ru"][n].replace(" ", "  ", 1)) for n in range(3)]  # a doubled space each: TYPO003
    for app in ("polls", "blog"):
        folder = tmp_path / app / "locale" / "ru" / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "django.po").write_text(po_text("ru", entries), encoding="utf-8")
    made = run_hexaglot("baseline", "update", "polls", "--no-glossary", "--baseline", "qa.json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    accepted = read_baseline(tmp_path / "qa.json").accepted
    assert accepted and {item.file for item in accepted} == {"polls/locale/ru/LC_MESSAGES/django.po"}
    both = run_hexaglot("check", ".", "--no-glossary", "--baseline", "qa.json", "--format", "json", "--fail-on", "warning",
                        cwd=tmp_path)
    assert both.returncode == 1
    shown = json.loads(both.stdout)["findings"]
    assert shown and {finding["file"] for finding in shown} == {"blog/locale/ru/LC_MESSAGES/django.po"}
    assert len(shown) == len(accepted)
    # The same tree checked from another folder names its files otherwise: still one finding a decision.
    inside = run_hexaglot("check", "../.", "--no-glossary", "--baseline", "../qa.json", "--format", "json", "--fail-on", "warning",
                          cwd=tmp_path / "polls")
    assert inside.returncode == 1 and len(json.loads(inside.stdout)["findings"]) == len(accepted)
    # Updating from polls alone leaves blog's accepted findings as they are: not looked at.
    assert run_hexaglot("baseline", "update", "polls", "blog", "--no-glossary", "--baseline", "all.json", cwd=tmp_path).returncode == 0
    assert len(read_baseline(tmp_path / "all.json").accepted) == 2 * len(accepted)
    again = run_hexaglot("baseline", "update", "polls", "--no-glossary", "--baseline", "all.json", cwd=tmp_path)
    assert "0 stale taken out" in again.stdout and len(read_baseline(tmp_path / "all.json").accepted) == 2 * len(accepted)
    # A baseline written before files were kept (no `file`) accepts every finding of its
    # fingerprint, as it did: an upgrade fails no gate.
    legacy = tmp_path / "legacy.json"
    legacy.write_text((tmp_path / "qa.json").read_text(encoding="utf-8").replace(', "file": "polls/locale/ru/LC_MESSAGES/django.po"', ""),
                      encoding="utf-8")
    old = run_hexaglot("check", ".", "--no-glossary", "--baseline", "legacy.json", "--format", "json", "--fail-on", "warning",
                       cwd=tmp_path)
    assert old.returncode == 0 and json.loads(old.stdout)["findings"] == []


def test_a_baseline_accepts_nothing_in_a_copy_of_its_file_but_follows_a_moved_tree(tmp_path):
    # `drafts/polls/locale/ru/…/django.po` ends as the recorded `polls/locale/ru/…/django.po`
    # does: its findings were accepted with the original's, "6 accepted findings not shown"
    # from a baseline of 3, exit 0. A tree moved or checked out elsewhere (the recorded file
    # gone) keeps its decisions.
    import shutil

    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    entries = [(SOURCES[n], TRANSLATIONS["ru"][n].replace(" ", "  ", 1)) for n in range(3)]  # a doubled space each: TYPO003
    folder = tmp_path / "polls" / "locale" / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "django.po").write_text(po_text("ru", entries), encoding="utf-8")
    assert run_hexaglot("baseline", "update", "polls", "--no-glossary", "--baseline", "qa.json", cwd=tmp_path).returncode == 0
    shutil.copytree(tmp_path / "polls", tmp_path / "drafts" / "polls")
    both = run_hexaglot("check", "polls", "drafts", "--no-glossary", "--baseline", "qa.json", "--format", "json",
                        "--fail-on", "warning", cwd=tmp_path)
    shown = json.loads(both.stdout)["findings"]
    assert both.returncode == 1 and len(shown) == 3
    assert {finding["file"] for finding in shown} == {"drafts/polls/locale/ru/LC_MESSAGES/django.po"}
    shutil.rmtree(tmp_path / "polls")
    moved = run_hexaglot("check", "drafts", "--no-glossary", "--baseline", "qa.json", "--format", "json",
                         "--fail-on", "warning", cwd=tmp_path)
    assert moved.returncode == 0 and json.loads(moved.stdout)["findings"] == []


def test_the_same_fault_twice_in_one_entry_is_one_decision_in_its_file(tmp_path):
    # Two `группa` with a Latin `a` in one entry are one fingerprint: accepted once, both are
    # accepted, as they always were (an accepted finding is a fingerprint in a file).
    from tests.foreign import SOURCES, po_text

    folder = tmp_path / "locale" / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "a.po").write_text(po_text("ru", [(SOURCES[0], "Рабочая группa (группa) проведет совещание.")]), encoding="utf-8")
    made = run_hexaglot("baseline", "update", "locale", "--no-glossary", "--select", "TYPO001", "--baseline", "qa.json", cwd=tmp_path)
    assert made.returncode == 0 and len(read_baseline(tmp_path / "qa.json").accepted) == 1
    checked = run_hexaglot("check", "locale", "--no-glossary", "--select", "TYPO001", "--baseline", "qa.json", "--fail-on", "info",
                           cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    fixed = run_hexaglot("check", "locale", "--no-glossary", "--select", "TYPO001", "--baseline", "qa.json", "--fix", cwd=tmp_path)
    assert "группa (группa)" in (folder / "a.po").read_text(encoding="utf-8"), fixed.stdout


def test_a_baseline_of_two_applications_holds_from_inside_one_from_windows_and_from_before_files(tmp_path):
    # Review found three ways the file an accepted finding keeps went wrong: checked from
    # inside polls/, `locale/…` ended as both `polls/locale/…` and `blog/locale/…` do, and
    # polls's decisions were called stale and replaced by blog's; a baseline written on Windows
    # (`polls\locale\…`) matched nothing; and `baseline update polls` on a baseline written
    # before files were kept took blog's acceptances with it, failing the gate.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    entries = [(SOURCES[n], TRANSLATIONS["ru"][n].replace(" ", "  ", 1)) for n in range(3)]
    for app in ("polls", "blog"):
        folder = tmp_path / app / "locale" / "ru" / "LC_MESSAGES"
        folder.mkdir(parents=True)
        (folder / "django.po").write_text(po_text("ru", entries), encoding="utf-8")
    assert run_hexaglot("baseline", "update", "polls", "blog", "--no-glossary", "--baseline", "qa.json", cwd=tmp_path).returncode == 0
    baseline = read_baseline(tmp_path / "qa.json")
    commented = Baseline(tuple(replace(item, comment=item.file.split("/")[0]) for item in baseline.accepted))
    (tmp_path / "qa.json").write_text(baseline_text(commented), encoding="utf-8")

    def gate(*paths, baseline="qa.json", cwd=tmp_path):
        process = run_hexaglot("check", *paths, "--no-glossary", "--baseline", baseline, "--format", "json", "--fail-on", "warning", cwd=cwd)
        return process.returncode, json.loads(process.stdout)["summary"]["baseline"]

    inside = tmp_path / "polls"
    assert gate("locale", baseline="../qa.json", cwd=inside) == (0, {"file": "../qa.json", "accepted": 3, "stale": [], "not_checked": 3})
    assert run_hexaglot("baseline", "update", "locale", "--no-glossary", "--baseline", "../qa.json", cwd=inside).returncode == 0
    assert sorted(item.comment for item in read_baseline(tmp_path / "qa.json").accepted) == ["blog"] * 3 + ["polls"] * 3
    windows = tmp_path / "windows.json"
    windows.write_text((tmp_path / "qa.json").read_text(encoding="utf-8").replace("/locale/ru/LC_MESSAGES/", "\\\\locale\\\\ru\\\\LC_MESSAGES\\\\"),
                       encoding="utf-8")
    assert "\\\\locale" in windows.read_text(encoding="utf-8") and gate("polls", "blog", baseline="windows.json")[0] == 0
    legacy = tmp_path / "legacy.json"
    legacy.write_text("".join(line for line in (tmp_path / "qa.json").read_text(encoding="utf-8").splitlines(keepends=True)
                              if "blog" not in line).replace(', "file": "polls/locale/ru/LC_MESSAGES/django.po"', "")
                      .replace("},\n ]", "}\n ]"), encoding="utf-8")
    assert gate("polls", "blog", baseline="legacy.json")[0] == 0  # before files: every finding of its fingerprint
    assert run_hexaglot("baseline", "update", "polls", "--no-glossary", "--baseline", "legacy.json", cwd=tmp_path).returncode == 0
    assert gate("polls", "blog", baseline="legacy.json")[0] == 0


def test_a_decision_follows_its_finding_to_a_segment_renumbered_since():
    # A paragraph added before it renumbers the segment (`item/2/p3/s2` → `item/2/p4/s2`), its
    # source and translation as they were: the decision was stale, the finding new again, and
    # `baseline update` wrote it back as a plain "accepted" with no comment.
    decided = AcceptedFinding.of(finding(), "false-positive", "the Protocol's own wording")
    gone = lambda file, msgctxt, msgid: False  # noqa: E731 (the run's catalogs hold no item/2/p3/s2 of that source)
    baseline = Baseline((decided,), present=gone)
    moved = finding(msgctxt="item/2/p4/s2", line=455)
    split = baseline.split([moved])
    assert split.accepted == [moved] and split.new == [] and split.stale == []
    [item] = baseline.updated([moved]).accepted
    assert (item.msgctxt, item.fingerprint, item.decision, item.comment) == (
        "item/2/p4/s2", moved.fingerprint, "false-positive", "the Protocol's own wording")
    # Renumbered and changed: a new finding, the old decision stale.
    changed = finding(msgctxt="item/2/p4/s2", found="контрабандой мигрантов")
    split = baseline.split([changed])
    assert split.new == [changed] and split.stale == [decided]


_ADDED_PARAGRAPH = {"en": ("  To facilitate a substantive exchange", "The Working Group met in Vienna in 2022."),
                    "ar": ("  ولكي يكون تبادل الآراء", "اجتمع الفريق العامل في فيينا في عام 2022."),
                    "es": ("  Para facilitar un intercambio de opiniones", "El Grupo de Trabajo se reunió en Viena en 2022."),
                    "fr": ("  Pour que l'échange de vues", "Le Groupe de travail s'est réuni à Vienne en 2022."),
                    "ru": ("  Для того чтобы обмен мнениями", "Рабочая группа провела совещание в Вене в 2022 году."),
                    "zh": ("  为使关于本议程项目", "工作组于2022年在维也纳举行会议。")}


def _add_a_paragraph_before_item_2_p2(project) -> None:
    """A paragraph added to each version before item/2/p2: the segments after it renumbered."""
    for lang, (anchor, sentence) in _ADDED_PARAGRAPH.items():
        path = project / "corpora" / DOC / f"{lang}.txt"
        text = path.read_text(encoding="utf-8")
        assert text.count(anchor) == 1, lang
        path.write_text(text.replace(anchor, f"  {sentence} \n\n{anchor}"), encoding="utf-8")
    assert run_hexaglot("extract", cwd=project).returncode == 0


def test_adding_a_paragraph_to_every_version_keeps_the_reviser_s_decisions(project):
    assert run_hexaglot("extract", cwd=project).returncode == 0
    assert run_hexaglot("baseline", "update", "--baseline", "qa/baseline.json", cwd=project).returncode in (0, 1)
    before = json.loads((project / "qa" / "baseline.json").read_text(encoding="utf-8"))
    _add_a_paragraph_before_item_2_p2(project)
    result = run_hexaglot("check", "--baseline", "qa/baseline.json", "--format", "json", "--fail-on", "never", cwd=project)
    assert result.returncode == 0, result.stderr
    moved = [item for item in before["accepted"] if item["msgctxt"].startswith("item/2/p") and item["msgctxt"] != "item/2/p1/s1"]
    assert moved  # findings on segments the new paragraph renumbers
    report = json.loads(result.stdout)
    assert report["findings"] == [] and report["summary"]["baseline"]["stale"] == [], report["summary"]["baseline"]
    assert report["summary"]["baseline"]["accepted"] == len(before["accepted"])


def test_a_decision_in_the_sheet_follows_its_finding_to_a_renumbered_segment(project):
    # Carried over by fingerprint, which holds the msgctxt: the next report dropped the
    # decision ("on findings no longer found"), and the import called the row unknown.
    assert run_hexaglot("extract", cwd=project).returncode == 0
    options = ("report", "--lang", "ru", "--out", "reports", "--fail-on", "never")
    assert run_hexaglot(*options, cwd=project).returncode == 0
    decide(project / WORKBOOK, {("TERM002", "item/2/p3/s2"): ("false positive", "the Protocol's own wording")})
    _add_a_paragraph_before_item_2_p2(project)
    imported = run_hexaglot("baseline", "import", WORKBOOK, "locale", "--lang", "ru", "--baseline", "qa/baseline.json",
                            cwd=project)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    [item] = read_baseline(project / "qa" / "baseline.json").accepted
    assert (item.msgctxt, item.decision, item.comment) == ("item/2/p4/s2", "false-positive", "the Protocol's own wording")
    again = run_hexaglot(*options, cwd=project)
    assert f"{WORKBOOK}: 1 decision of the last report carried over" in again.stdout, again.stdout
    rows = [row for row in read_triage(project / WORKBOOK) if row.decision]
    assert [(row.cells["msgctxt"], row.decision, row.comment) for row in rows] == [
        ("item/2/p4/s2", "false positive", "the Protocol's own wording")]


def _copies(tmp_path, translations: dict[str, str], first: str = "") -> None:
    """A Russian catalog of headings, two of them the same source; `translations` by msgctxt."""
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "ru"}
    if first:
        catalog.append(polib.POEntry(msgctxt="p/1", msgid="Introduction", msgstr="Введение"))
    number = 2 if first else 1
    for source, translation in [("Election of officers", "Выборы должностных лиц"),
                                ("Opening of the session of the Working Group", translations["a"]),
                                ("Adoption of the agenda", "Утверждение повестки дня"),
                                ("Organization of work", "Организация работы"),
                                ("Opening of the session of the Working Group", translations["b"])]:
        catalog.append(polib.POEntry(msgctxt=f"p/{number}", msgid=source, msgstr=translation))
        number += 1
    (tmp_path / "ru").mkdir(exist_ok=True)
    catalog.save(str(tmp_path / "ru" / "doc.po"))


def test_a_decision_never_moves_to_another_entry_of_the_same_source(tmp_path):
    # p/2 and p/5 have one source. p/5, a copy of it, accepted; p/5 mended and p/2 made a copy:
    # p/2's finding took p/5's decision (exit 0). Both copies, renumbered: one decision
    # accepted both.
    import polib  # noqa: F401 (used by _copies)

    english = "Opening of the session of the Working Group"
    _copies(tmp_path, {"a": "Открытие сессии Рабочей группы", "b": english})
    options = ("ru", "--no-glossary", "--select", "CONS003", "--baseline", "bl.json")
    assert run_hexaglot("baseline", "update", *options, cwd=tmp_path).returncode == 0
    _copies(tmp_path, {"a": english, "b": "Открытие сессии Рабочей группы 2022 года"})
    result = run_hexaglot("check", *options, "--fail-on", "warning", "--format", "json", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert result.returncode == 1 and [f["msgctxt"] for f in report["findings"]] == ["p/2"]
    assert [item["msgctxt"] for item in report["summary"]["baseline"]["stale"]] == ["p/5"]
    # Renumbered, p/5 accepted and p/2 not: the decision is p/5's (now p/6) alone.
    _copies(tmp_path, {"a": english, "b": english}, first="yes")
    result = run_hexaglot("check", *options, "--fail-on", "warning", "--format", "json", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert result.returncode == 1 and [f["msgctxt"] for f in report["findings"]] == ["p/3"], report["findings"]
    assert report["summary"]["baseline"]["accepted"] == 1


def test_sheet_decisions_on_two_entries_of_one_source_stay_each_on_its_own_after_renumbering(tmp_path):
    # One row went to both findings ("fix" on both), the false positive lost; the import took
    # the first finding for the other row's decision.
    english = "Opening of the session of the Working Group"
    _copies(tmp_path, {"a": english, "b": english})
    options = ("report", "ru", "--no-glossary", "--select", "CONS003", "--out", "reports", "--fail-on", "never")
    assert run_hexaglot(*options, cwd=tmp_path).returncode == 0
    workbook = tmp_path / "reports" / "doc" / "findings.xlsx"
    decide(workbook, {("CONS003", "p/2"): ("fix", "translate it"), ("CONS003", "p/5"): ("false positive", "kept in English")})
    _copies(tmp_path, {"a": english, "b": english}, first="yes")
    imported = run_hexaglot("baseline", "import", str(workbook.relative_to(tmp_path)), "ru", "--no-glossary", "--select", "CONS003",
                            "--baseline", "bl.json", cwd=tmp_path)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert [(item.msgctxt, item.decision) for item in read_baseline(tmp_path / "bl.json").accepted] == [("p/6", "false-positive")]
    assert run_hexaglot(*options, cwd=tmp_path).returncode == 0
    rows = {row.cells["msgctxt"]: (row.decision, row.comment) for row in read_triage(workbook) if row.decision}
    assert rows == {"p/3": ("fix", "translate it"), "p/6": ("false positive", "kept in English")}


def test_a_decision_never_follows_into_another_folder_s_document_of_the_same_name(tmp_path):
    # Two applications' `fr/doc.po`: A's decisions, their findings mended there, went to B's
    # entries renumbered since, B's findings hidden and A's comments written onto them.
    def write(folder: str, entries: list[tuple[str, str]]) -> None:
        catalog = polib.POFile()
        catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
        for number, (source, translation) in enumerate(entries, start=1):
            catalog.append(polib.POEntry(msgctxt=f"p/{number}", msgid=source, msgstr=translation))
        (tmp_path / folder / "fr").mkdir(parents=True, exist_ok=True)
        catalog.save(str(tmp_path / folder / "fr" / "doc.po"))

    pairs = [("The meeting opened.", "La séance est  ouverte."), ("Elections.", "Élections."),
             ("The agenda was adopted.", "L'ordre du jour a été  adopté.")]
    write("A", pairs)
    options = ("--no-glossary", "--select", "TYPO003", "--baseline", "bl.json")
    assert run_hexaglot("baseline", "update", "A", *options, cwd=tmp_path).returncode == 0
    write("A", [(s, t.replace("  ", " ")) for s, t in pairs])           # mended in A
    write("B", [pairs[0], pairs[2]])                                   # B: p/3 is p/2 there
    result = run_hexaglot("check", "A", "B", *options, "--format", "json", "--fail-on", "never", cwd=tmp_path)
    report = json.loads(result.stdout)
    assert sorted((f["file"], f["msgctxt"]) for f in report["findings"]) == [("B/fr/doc.po", "p/1"), ("B/fr/doc.po", "p/2")]
    assert report["summary"]["baseline"]["accepted"] == 0 and len(report["summary"]["baseline"]["stale"]) == 2


def test_a_sheet_decision_follows_a_renumbered_segment_whatever_the_path_is_called(tmp_path):
    # The second report named the catalogs by an absolute path: the decision was dropped.
    english = "Opening of the session of the Working Group"
    _copies(tmp_path, {"a": "Открытие сессии Рабочей группы", "b": english})
    options = ("--no-glossary", "--select", "CONS003", "--out", "reports", "--fail-on", "never")
    assert run_hexaglot("report", "ru", *options, cwd=tmp_path).returncode == 0
    workbook = tmp_path / "reports" / "doc" / "findings.xlsx"
    decide(workbook, {("CONS003", "p/5"): ("false positive", "kept in English")})
    _copies(tmp_path, {"a": "Открытие сессии Рабочей группы", "b": english}, first="yes")
    again = run_hexaglot("report", str(tmp_path / "ru"), *options, cwd=tmp_path)
    assert "1 decision of the last report carried over" in again.stdout, again.stdout


def test_a_report_built_with_a_baseline_counts_what_it_accepts_apart_everywhere(triage_project):
    # The terminal said "10 accepted findings"; the page's header, its Russian row and its
    # findings.json counted them as open, and the sheet left their decision empty.
    process = run_hexaglot("baseline", "update", "locale", "--lang", "ru", "--baseline", "b.json", cwd=triage_project)
    assert process.returncode == 0, process.stderr
    accepted = {item.fingerprint for item in read_baseline(triage_project / "b.json").accepted}
    assert accepted
    process = run_hexaglot("report", "locale", "--baseline", "b.json", cwd=triage_project)
    assert process.returncode in (0, 1), process.stderr
    page = json.loads((triage_project / "reports" / DOC / "findings.json").read_text(encoding="utf-8"))
    marked = {f["fingerprint"] for f in page["findings"] if f.get("status") == "accepted"}
    assert marked and marked <= accepted and page["summary"]["baseline"]["accepted"] == len(marked)
    assert "ru" not in page["summary"]["by_lang"] and page["summary"]["findings"] == len(page["findings"]) - len(marked)
    html = (triage_project / "reports" / DOC / "index.html").read_text(encoding="utf-8")
    assert f"· {page['summary']['findings']} findings ({len(marked)} more accepted by the baseline" in html
    # The sheet says which are accepted in a column of its own; their decision cells stay the
    # reviser's (pre-filled, they came back from the next import as decisions made, comments lost).
    from openpyxl import load_workbook

    sheet = load_workbook(triage_project / WORKBOOK)["findings"]
    header = [cell.value for cell in sheet[1]]
    rows = [dict(zip(header, values)) for values in sheet.iter_rows(min_row=2, values_only=True)]
    assert {row["status"] for row in rows if row["fingerprint"] in accepted} == {"accepted"}
    assert {row["status"] for row in rows if row["fingerprint"] not in accepted} <= {"new"}
    assert not [row for row in rows if row["decision"]]
    before = (triage_project / "b.json").read_bytes()
    process = run_hexaglot("baseline", "import", WORKBOOK, "locale", "--baseline", "b.json", cwd=triage_project)
    assert process.returncode == 0, process.stderr
    assert (triage_project / "b.json").read_bytes() == before  # an untouched sheet changes no decision


def test_a_document_lang_leaves_without_a_catalog_is_said_and_its_earlier_page_named(triage_project):
    # `report --lang zh` where one document has no zh catalog: three pages made, the fourth
    # document left out without a word, and its page of the last run left as if current.
    assert run_hexaglot("report", "locale", "--no-glossary", "--fail-on", "never", cwd=triage_project).returncode == 0
    other = "CTOC-COP-WG.7-2022-2"
    (triage_project / "locale" / "zh" / "LC_MESSAGES" / f"{other}.po").unlink()
    process = run_hexaglot("report", "locale", "--no-glossary", "--fail-on", "never", "--lang", "zh", cwd=triage_project)
    assert process.returncode == 0, process.stderr
    assert f"not checked: no zh catalog of {other} (the run's other documents have one)" in process.stdout
    assert f"reports/{other}/index.html: an earlier report's page, not made again" in process.stdout


def test_a_finding_suppressed_in_a_catalog_is_counted_on_its_document_s_page(triage_project):
    # The terminal and check's JSON said "1 suppressed"; the page and its findings.json nothing.
    path = triage_project / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    catalog = polib.pofile(str(path))
    found = check_json(triage_project)["findings"]
    target = next(f for f in found if f["file"].endswith(f"ru/LC_MESSAGES/{DOC}.po") and f["msgctxt"])
    entry = next(e for e in catalog if e.msgctxt == target["msgctxt"])
    entry.tcomment = f"hexaglot: ignore {target['code']}"
    catalog.save(str(path))
    process = run_hexaglot("report", "locale", "--lang", "ru", "--fail-on", "never", cwd=triage_project)
    assert process.returncode == 0, process.stderr
    page = json.loads((triage_project / "reports" / DOC / "findings.json").read_text(encoding="utf-8"))
    silenced = page["summary"]["suppressed"]
    assert silenced >= 1 and target["fingerprint"] not in {f["fingerprint"] for f in page["findings"]}
    said = f"suppressed by '# hexaglot: ignore' in its catalogs (ru {silenced})"
    assert any(said in note for note in page["summary"]["notes"])
    assert said in (triage_project / "reports" / DOC / "index.html").read_text(encoding="utf-8").replace("&#39;", "'")
    other = json.loads((triage_project / "reports" / "CTOC-COP-2022-L.4" / "findings.json").read_text(encoding="utf-8"))
    assert other["summary"]["suppressed"] == 0


@pytest.mark.parametrize("options, said", [
    (("--no-glossary",), "terminology: no glossary was given (--no-glossary), so no TERM check ran"),
    (("--select", "NUM,TERM002"), "TERM001 was not run (--select, --ignore): a term missing from a version is not looked for"),
])
def test_terminology_a_report_did_not_look_for_is_said_on_its_page_and_in_the_json(triage_project, options, said):
    # The terminal said "no glossary: terminology not checked"; the page showed an empty
    # coverage table under its usual words, and the JSON's notes were empty. With TERM001 left
    # out, a concept a version lacks showed "–", as if nothing were to be found.
    process = run_hexaglot("report", "locale", "--lang", "ru", "--fail-on", "never", *options, cwd=triage_project)
    assert process.returncode == 0, process.stderr
    page = json.loads((triage_project / "reports" / DOC / "findings.json").read_text(encoding="utf-8"))
    assert any(note.startswith(said) for note in page["summary"]["notes"])
    assert said in (triage_project / "reports" / DOC / "index.html").read_text(encoding="utf-8")
    assert any(note.startswith(said) for note in check_json(triage_project, *options)["summary"]["notes"])


def test_a_text_longer_than_a_cell_holds_is_cut_with_a_mark_in_the_six_versions_sheet(triage_project):
    # The findings sheet cut such a text with `…`; the six versions sheet mid-word with none.
    from openpyxl import load_workbook

    catalog = polib.pofile(str(triage_project / RU))
    entry = next(e for e in catalog if e.msgctxt == "item/2/p1/s1")
    entry.msgstr = " ".join(["Рабочaя группа продолжила обсуждение вопроса."] * 1000)  # a Latin a: a finding
    catalog.save(str(triage_project / RU))
    assert run_hexaglot("report", "locale", "--lang", "ru", "--fail-on", "never", cwd=triage_project).returncode == 0
    sheet = load_workbook(triage_project / WORKBOOK)["six versions"]
    cells = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row if cell.value and len(cell.value) > 30_000]
    assert cells and all(len(text) <= 32_767 and text.endswith("…") for text in cells)


def test_the_six_versions_name_the_line_the_findings_name(triage_project):
    # A finding said `…po:58` (its msgstr), the six versions of its segment `…po:53` (the
    # entry's first comment).
    assert run_hexaglot("report", "locale", "--lang", "ru", "--fail-on", "never", cwd=triage_project).returncode == 0
    page = (triage_project / "reports" / DOC / "index.html").read_text(encoding="utf-8")
    findings = json.loads((triage_project / f"reports/{DOC}/findings.json").read_text(encoding="utf-8"))["findings"]
    plain = [f for f in findings if f["msgctxt"] and "form" not in f]
    assert plain and all(page.count(f"<code>{f['file']}:{f['line']}</code>") >= 2 for f in plain)


def test_two_rows_of_one_finding_that_decide_it_differently_are_refused(triage_project):
    # A row copied (or two revisers' sheets merged), `accept` in one and `fix` in the other:
    # accepting won in silence, the summary said the finding was kept out to be fixed, exit 0.
    from openpyxl import load_workbook

    assert run_hexaglot("report", "locale", "--lang", "ru", "--out", "reports", "--fail-on", "never", cwd=triage_project).returncode == 0
    marked = decide(triage_project / WORKBOOK, {("TERM002", "item/2/p3/s2"): ("accept", "kept as published")})
    workbook = load_workbook(triage_project / WORKBOOK)
    sheet = workbook["findings"]
    header = [cell.value for cell in sheet[1]]
    row = next(row for row in sheet.iter_rows(min_row=2) if row[header.index("fingerprint")].value == marked[("TERM002", "item/2/p3/s2")])
    copied = [cell.value for cell in row]
    copied[header.index("decision")] = "fix"
    sheet.append(copied)
    workbook.save(triage_project / WORKBOOK)
    imported = run_hexaglot("baseline", "import", WORKBOOK, "locale", "--lang", "ru", "--baseline", "qa/baseline.json",
                            cwd=triage_project)
    assert imported.returncode == 1
    assert "decide one finding differently (accepted, fix): decide it in one row" in imported.stdout
    baseline = triage_project / "qa" / "baseline.json"
    assert not baseline.exists() or marked[("TERM002", "item/2/p3/s2")] not in baseline.read_text(encoding="utf-8")


def test_sarif_and_junit_say_what_the_baseline_accepted_and_what_is_stale(triage_project):
    # A gate reading SARIF or JUnit learnt nothing of the baseline: an accepted finding was
    # simply absent (SARIF's own way is a suppressed result), a stale decision unsaid.
    import xml.etree.ElementTree as ET

    assert run_hexaglot("baseline", "update", "locale", "--lang", "ru", "--baseline", "baseline.json",
                        cwd=triage_project).returncode == 0
    baseline = json.loads((triage_project / "baseline.json").read_text(encoding="utf-8"))
    kept = baseline["accepted"][0]
    gone = {**kept, "fingerprint": "0000000000000000", "msgctxt": "item/9/p9/s9", "comment": "as published"}
    baseline["accepted"].append(gone)
    (triage_project / "baseline.json").write_text(json.dumps(baseline, ensure_ascii=False), encoding="utf-8")
    accepted = len(baseline["accepted"]) - 1
    options = ("check", "locale", "--lang", "ru", "--baseline", "baseline.json")

    sarif = run_hexaglot(*options, "--format", "sarif", cwd=triage_project)
    assert sarif.returncode == 0, sarif.stderr
    run = json.loads(sarif.stdout)["runs"][0]
    suppressed = [r for r in run["results"] if r.get("suppressions")]
    assert len(suppressed) == accepted == len(run["results"])
    assert all(r["baselineState"] == "unchanged" and r["suppressions"][0]["kind"] == "external"
               and r["suppressions"][0]["status"] == "accepted" for r in suppressed)
    notes = [n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]]
    assert any(n.startswith("stale: 0000000000000000") and "item/9/p9/s9" in n for n in notes), notes
    assert run["properties"]["baseline"] == {"file": "baseline.json", "accepted": accepted, "stale": 1}

    junit = run_hexaglot(*options, "--format", "junit", cwd=triage_project)
    assert junit.returncode == 0, junit.stderr
    root = ET.fromstring(junit.stdout)
    assert root.get("failures") == "0"
    said = "\n".join(out.text for out in root.iter("system-out"))
    assert said.count("accepted in baseline.json:") == accepted
    stale = [case for suite in root.iter("testsuite") if suite.get("name") == "stale in baseline.json"
             for case in suite.iter("testcase")]
    assert [case.find("skipped").get("message")[:24] for case in stale] == ["stale: 0000000000000000 "]


def test_a_baseline_saved_with_a_byte_order_mark_is_read_and_a_stale_entry_without_msgctxt_is_named(tmp_path):
    # Notepad's UTF-8 with BOM was E028 "not valid JSON"; a stale finding of an entry with no
    # msgctxt (another tool's catalog) was said as `[]`.
    from pipeline.baseline import stale_line

    item = AcceptedFinding("0123456789abcdef", "TYPO003", "fr", "django", "", "Delete the selected reports now", "x")
    path = tmp_path / "baseline.json"
    path.write_bytes(b"\xef\xbb\xbf" + baseline_text(Baseline((item,))).encode("utf-8"))
    assert read_baseline(path).accepted == (item,)
    assert stale_line(item) == ("stale: 0123456789abcdef TYPO003 fr django 'Delete the selected reports now' 'x' "
                                "(no longer found)")


@pytest.mark.parametrize("renamed", ["ru_RU", "ru-RU"])
def test_a_language_folder_renamed_keeps_its_decisions(triage_project, renamed):
    # `locale/zh/` renamed `locale/zh_Hans/`: every accepted finding of it came back as new (the
    # gate 0 → 1), none was called stale, the summary said "not run" of catalogs it checked, and
    # `baseline update` added them again without their decisions and comments (probe 62f).
    assert run_hexaglot("baseline", "update", "locale", "--lang", "ru", "--baseline", "qa/baseline.json",
                        cwd=triage_project).returncode == 0
    accepted = len(read_baseline(triage_project / "qa" / "baseline.json").accepted)
    (triage_project / "locale" / "ru").rename(triage_project / "locale" / renamed)
    process = run_hexaglot("check", "locale", "--lang", "ru", "--baseline", "qa/baseline.json", cwd=triage_project)
    assert process.returncode == 0, process.stdout
    assert f"baseline qa/baseline.json: {accepted} accepted findings not shown, 0 stale" in process.stdout
    updated = run_hexaglot("baseline", "update", "locale", "--lang", "ru", "--baseline", "qa/baseline.json", cwd=triage_project)
    assert f"{accepted} kept with their decisions" in updated.stdout, updated.stdout


def test_a_retitled_column_is_read_and_a_row_typed_by_hand_is_said_for_what_it_is(triage_project):
    # `Decision` and `Comment ` (retitled in a spreadsheet) made the whole import E029; a row
    # typed by hand, no fingerprint, was "not part of this run (PATH, --lang, --select)" (probe 62f).
    from openpyxl import load_workbook

    assert run_hexaglot("report", "locale", "--lang", "ru", "--out", "reports", "--fail-on", "never",
                        cwd=triage_project).returncode == 0
    marked = decide(triage_project / WORKBOOK, {("TERM002", "item/2/p3/s2"): ("accept", "as published")})
    workbook = load_workbook(triage_project / WORKBOOK)
    sheet = workbook["findings"]
    header = [cell.value for cell in sheet[1]]
    sheet.cell(row=1, column=header.index("decision") + 1, value="Decision")
    sheet.cell(row=1, column=header.index("comment") + 1, value="Comment ")
    typed = sheet.max_row + 1
    sheet.cell(row=typed, column=header.index("code") + 1, value="TERM001")
    sheet.cell(row=typed, column=header.index("decision") + 1, value="accept")
    workbook.save(triage_project / WORKBOOK)
    result = run_hexaglot("baseline", "import", WORKBOOK, "locale", "--lang", "ru", "--baseline", "qa/baseline.json",
                          cwd=triage_project)
    assert result.returncode == 1, result.stderr  # (a row not imported)
    assert f"not imported: {WORKBOOK}:row {typed}: it has no fingerprint, so it names no finding" in result.stdout
    assert [item.fingerprint for item in read_baseline(triage_project / "qa" / "baseline.json").accepted] == \
        [marked[("TERM002", "item/2/p3/s2")]]
