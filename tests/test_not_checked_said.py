"""What a run did not check is said wherever its result is read: the JUnit and SARIF files a CI
gate reads, the report's page and findings.json a reviser reads, not only the text summary;
and `run` never checks, as this run's, the catalog of a version it refused to extract."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import polib
import pytest

from tests.conftest import call_main

DOCUMENTS = Path(__file__).parent / "data" / "documents"


def _catalog(path: Path, lang: str, entries: list[tuple[str, str]]) -> None:
    catalog = polib.POFile()
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
    for msgid, msgstr in entries:
        catalog.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog.save(str(path))


def _tree(root: Path) -> Path:
    """An application's catalogs as Django lays them out: a Spanish one checked, a Portuguese
    one (no UN language) and a compiled Russian one (.mo) that are not."""
    locale = root / "app" / "locale"
    _catalog(locale / "es" / "LC_MESSAGES" / "django.po", "es", [("Save the report", "Guardar el informe"),
                                                                  ("Delete 3 files?", "¿Eliminar 3 archivos?")])
    _catalog(locale / "pt_BR" / "LC_MESSAGES" / "django.po", "pt_BR", [("Save the report", "Salvar o relatório")])
    (locale / "ru" / "LC_MESSAGES").mkdir(parents=True)
    polib.pofile(str(locale / "es" / "LC_MESSAGES" / "django.po")).save_as_mofile(str(locale / "ru" / "LC_MESSAGES" / "django.mo"))
    return locale


def test_junit_and_sarif_say_the_catalogs_the_run_passed_over(tmp_path):
    _tree(tmp_path)
    args = ("check", "app", "--no-glossary", "--skip-other-languages")
    junit = call_main((*args, "--format", "junit"), tmp_path)
    assert junit.returncode == 0, junit.stderr
    suites = ET.fromstring(junit.stdout)
    skipped = [case.get("name") for case in suites.iter("testcase") if case.find("skipped") is not None]
    # (counted on the suite: Jenkins' schema has no `skipped` on the root)
    assert [suite.get("skipped") for suite in suites.iter("testsuite")] == [None, "2"] and len(skipped) == 2
    assert any("pt_BR" in name and "not one of the six UN languages" in name for name in skipped)
    assert any(name.startswith("app/locale/ru/LC_MESSAGES/django.mo") for name in skipped)
    # The catalog checked is still a suite of its own, its entries passing.
    assert [suite.get("name") for suite in suites.iter("testsuite")] == ["app/locale/es/LC_MESSAGES/django.po", "not checked"]

    sarif = json.loads(call_main((*args, "--format", "sarif"), tmp_path).stdout)
    [invocation] = sarif["runs"][0]["invocations"]
    said = [note["message"]["text"] for note in invocation["toolExecutionNotifications"]]
    assert sarif["runs"][0]["results"] == [] and len(said) == 2 and any("django.mo" in text for text in said)


def test_a_run_that_checked_everything_adds_no_skipped_case(tmp_path):
    locale = _tree(tmp_path)
    shutil.rmtree(locale / "pt_BR")
    shutil.rmtree(locale / "ru")
    junit = call_main(("check", "app", "--no-glossary", "--format", "junit"), tmp_path)
    suites = ET.fromstring(junit.stdout)
    assert not list(suites.iter("skipped")) and [suite.get("name") for suite in suites.iter("testsuite")] == [
        "app/locale/es/LC_MESSAGES/django.po"]
    sarif = json.loads(call_main(("check", "app", "--no-glossary", "--format", "sarif"), tmp_path).stdout)
    assert sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"] == []


def test_the_report_page_and_its_json_say_what_was_not_checked(tmp_path):
    _tree(tmp_path)
    result = call_main(("report", "app", "--no-glossary", "--skip-other-languages", "--out", "reports"), tmp_path)
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "reports" / "django" / "index.html").read_text(encoding="utf-8")
    assert "<h2>Not checked</h2>" in page and "pt_BR" in page and "django.mo" in page
    summary = json.loads((tmp_path / "reports" / "django" / "findings.json").read_text(encoding="utf-8"))["summary"]
    assert any("django.mo" in note for note in summary["notes"]) and summary["catalogs_checked"] == 1


def test_run_leaves_out_and_says_the_catalog_of_a_version_it_refused(tmp_path):
    # A Russian version replaced by another document's (its masthead names E/CN.15/2023/31):
    # extraction refuses it (E048), and the run went on to check the Russian catalog of the run
    # before, which no longer says what ru.txt says, and showed it checked and clean.
    corpus = tmp_path / "corpora" / "E-CN.15-2023-13"
    shutil.copytree(DOCUMENTS / "commission-report", corpus)
    first = call_main(("run", "corpora", "--glossary", str(Path(__file__).parent.parent / "glossaries" / "untoc-som.tbx")), tmp_path)
    assert first.returncode in (0, 1), first.stderr
    russian = corpus / "ru.txt"
    russian.write_text(russian.read_text(encoding="utf-8").replace("E/CN.15/2023/13", "E/CN.15/2023/31", 1), encoding="utf-8")
    second = call_main(("run", "corpora", "--no-glossary", "--format", "json", "--output", "findings.json"), tmp_path)
    assert second.returncode == 2 and "[E048]" in second.stderr
    summary = json.loads((tmp_path / "findings.json").read_text(encoding="utf-8"))["summary"]
    stale = "locale/ru/LC_MESSAGES/E-CN.15-2023-13.po"
    assert stale not in [catalog["file"] for catalog in summary["catalogs"]]
    assert any(note.startswith(stale) and "not extracted again" in note for note in summary["notes"])
    page = (tmp_path / "reports" / "E-CN.15-2023-13" / "index.html").read_text(encoding="utf-8")
    assert "not extracted again" in page and 'data-lang="ru"' not in page


def test_a_catalog_that_lacks_entries_of_its_template_is_said_once(tmp_path):
    # A "translated only" download (Crowdin, Transifex, `msgattrib --translated`) of a
    # catalog: the checks read the half it holds, CONS001 found nothing untranslated, and the
    # gate passed a version half of which no one translated.
    locale = tmp_path / "locale"
    sources = [("Save the report", "Guardar el informe"), ("Open the report", "Abrir el informe"),
               ("Close the report", ""), ("Print the report", ""), ("Delete the report", "")]
    template = polib.POFile()
    template.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for msgid, _ in sources:
        template.append(polib.POEntry(msgid=msgid, msgstr=""))
    (locale / "templates").mkdir(parents=True)
    template.save(str(locale / "templates" / "app.pot"))
    _catalog(locale / "es" / "LC_MESSAGES" / "app.po", "es", sources[:2])
    result = call_main(("check", "locale", "--no-glossary", "--format", "json"), tmp_path)
    assert result.returncode == 1, result.stderr
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CONS010"]
    assert finding["message"].startswith("3 of the template's 5 entries are not in this catalog (Close the report, ")
    assert finding["severity"] == "error" and finding["msgctxt"] == ""
    # An entry of another tool's context is named with its msgid (`menu` alone named none).
    template.append(polib.POEntry(msgctxt="menu", msgid="Open", msgstr=""))
    template.save(str(locale / "templates" / "app.pot"))
    result = call_main(("check", "locale", "--no-glossary", "--format", "json"), tmp_path)
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CONS010"]
    assert "(Close the report, Print the report, Delete the report, …)" in finding["message"]
    _catalog(locale / "es" / "LC_MESSAGES" / "app.po", "es", sources)
    result = call_main(("check", "locale", "--no-glossary", "--format", "json"), tmp_path)
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CONS010"]
    assert "entries is not in this catalog ([menu] Open)" in finding["message"]
    template = polib.pofile(str(locale / "templates" / "app.pot"))
    template.remove(template.find("Open", msgctxt="menu"))
    template.save(str(locale / "templates" / "app.pot"))
    # Merged with its template (the three untranslated, as msgmerge leaves them): CONS001's, not this.
    _catalog(locale / "es" / "LC_MESSAGES" / "app.po", "es", sources)
    codes = [f["code"] for f in json.loads(call_main(("check", "locale", "--no-glossary", "--format", "json"), tmp_path).stdout)["findings"]]
    assert "CONS010" not in codes and codes.count("CONS001") == 3


@pytest.mark.parametrize("obsolete", [False, True])
def test_a_catalog_with_no_entry_beside_versions_that_have_them_is_an_error_with_no_template(tmp_path, obsolete):
    # A tree other tools wrote, no template: an Arabic catalog that holds its header alone (a
    # save stopped after it), or only obsolete entries, was counted among the catalogs checked,
    # "read as: ar 1", and the gate passed a version with nothing in it.
    locale = tmp_path / "locale"
    sources = [("The meeting was opened.", "Заседание открыто."), ("The meeting was closed.", "Заседание закрыто.")]
    _catalog(locale / "ru" / "LC_MESSAGES" / "doc.po", "ru", sources)
    _catalog(locale / "fr" / "LC_MESSAGES" / "doc.po", "fr", [("The meeting was opened.", "La séance est ouverte."),
                                                              ("The meeting was closed.", "La séance est levée.")])
    arabic = locale / "ar" / "LC_MESSAGES" / "doc.po"
    _catalog(arabic, "ar", [])
    if obsolete:
        arabic.write_text(arabic.read_text(encoding="utf-8") + '\n#~ msgid "The meeting was opened."\n#~ msgstr "افتتحت الجلسة."\n',
                          encoding="utf-8")
    result = call_main(("check", "locale", "--no-glossary", "--format", "json"), tmp_path)
    assert result.returncode == 1, result.stderr
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CONS010"]
    assert finding["file"] == "locale/ar/LC_MESSAGES/doc.po" and finding["severity"] == "error"
    assert finding["message"].startswith("this catalog holds no entry" + (" but obsolete ones (#~)" if obsolete else ""))
    assert "the document's other versions hold 2" in finding["message"]


def test_template_entries_a_catalog_keeps_obsolete_are_said_as_such(tmp_path):
    # The catalog was merged with a newer template than the one beside it (or another's): the
    # translations are there, kept `#~`. "Not in this catalog" sent the translator looking
    # for lost work; what is wrong is which template the two were merged with.
    locale = tmp_path / "locale"
    template = polib.POFile()
    template.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for msgid in ("Save the report", "Open the report", "Close the report", "Print the report"):
        template.append(polib.POEntry(msgid=msgid, msgstr=""))
    (locale / "templates").mkdir(parents=True)
    template.save(str(locale / "templates" / "app.pot"))
    path = locale / "es" / "LC_MESSAGES" / "app.po"
    _catalog(path, "es", [("Save the report", "Guardar el informe"), ("Open the report", "Abrir el informe"),
                          ("Export the report", "Exportar el informe")])
    path.write_text(path.read_text(encoding="utf-8") + '\n#~ msgid "Close the report"\n#~ msgstr "Cerrar el informe"\n'
                    '\n#~ msgid "Print the report"\n#~ msgstr "Imprimir el informe"\n', encoding="utf-8")
    result = call_main(("check", "locale", "--no-glossary", "--format", "json"), tmp_path)
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CONS010"]
    assert "2 of the template's 4 entries" in finding["message"]
    assert "kept obsolete (#~) in this catalog" in finding["message"] and "Close the report" in finding["message"]
    assert "not in this catalog" not in finding["message"]
    # One kept obsolete and one not there at all: both said, each as what it is.
    path.write_text(path.read_text(encoding="utf-8").replace('#~ msgid "Print the report"\n#~ msgstr "Imprimir el informe"\n', ""),
                    encoding="utf-8")
    template.append(polib.POEntry(msgid="Delete the report", msgstr=""))
    template.save(str(locale / "templates" / "app.pot"))
    result = call_main(("check", "locale", "--no-glossary", "--format", "json"), tmp_path)
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CONS010"]
    assert finding["message"].startswith("3 of the template's 5 entries are not in use in this catalog: 2 not in it "
                                         "(Print the report, Delete the report), 1 kept obsolete (#~) with a translation "
                                         "(Close the report): ")
    # An obsolete entry with no translation kept is as good as none.
    path.write_text(path.read_text(encoding="utf-8").replace('#~ msgstr "Cerrar el informe"', '#~ msgstr ""'), encoding="utf-8")
    result = call_main(("check", "locale", "--no-glossary", "--format", "json"), tmp_path)
    [finding] = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "CONS010"]
    assert finding["message"].startswith("3 of the template's 5 entries are not in this catalog (Close the report, ")


def test_a_path_named_beside_others_that_gives_no_catalog_is_said(tmp_path):
    locale = _tree(tmp_path)
    (tmp_path / "empty").mkdir()
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "app.pot").write_text('msgid ""\nmsgstr ""\n\nmsgid "Save"\nmsgstr ""\n', encoding="utf-8")
    result = call_main(("check", str(locale / "es"), "empty", "sources", "--no-glossary", "--format", "json"), tmp_path)
    assert result.returncode == 0, result.stderr
    notes = json.loads(result.stdout)["summary"]["notes"]
    assert "empty: no PO or XLIFF catalog found" in notes
    assert any(note.startswith("sources: no PO or XLIFF catalog found: only templates") for note in notes)
    # Named alone, each is the error it was.
    assert call_main(("check", "empty", "--no-glossary"), tmp_path).returncode == 2


def test_nothing_checked_counts_the_compiled_catalog_it_lists(tmp_path):
    _tree(tmp_path)
    result = call_main(("check", "app", "--lang", "ru", "--no-glossary", "--skip-other-languages"), tmp_path)
    assert result.returncode == 2
    # es (not among the languages checked), pt_BR, and the .mo: three, as three are listed.
    assert "[E023] nothing was checked: 3 catalogs not checked (" in result.stderr and "django.mo" in result.stderr


def test_run_checks_nothing_of_a_document_all_of_whose_translations_it_refused(tmp_path):
    corpus = tmp_path / "corpora" / "E-CN.15-2023-13"
    shutil.copytree(DOCUMENTS / "commission-report", corpus)
    assert call_main(("run", "corpora", "--no-glossary"), tmp_path).returncode in (0, 1)
    for lang in ("ar", "es", "fr", "ru", "zh"):
        version = corpus / f"{lang}.txt"
        version.write_text(version.read_text(encoding="utf-8").replace("E/CN.15/2023/13", "E/CN.15/2023/31", 1), encoding="utf-8")
    page = tmp_path / "reports" / "E-CN.15-2023-13" / "index.html"
    before = page.read_bytes()
    second = call_main(("run", "corpora", "--no-glossary"), tmp_path)
    # The earlier run's five catalogs fell back to being checked, their findings reported.
    assert second.returncode == 2 and "catalogs," not in second.stdout and "entries checked" not in second.stdout
    assert "not checked: reports/E-CN.15-2023-13: an earlier run's report, not made again" in second.stdout
    assert page.read_bytes() == before  # (said, not removed: the reviser's sheet beside it is theirs)


def test_a_report_page_says_what_was_not_checked_of_its_own_document_only(tmp_path):
    # The fuzzy entries of one document were said on every page, a refused version's catalog
    # of one document on another's page, and a line naming `res2` on the page of `res`.
    corpora = tmp_path / "corpora"
    shutil.copytree(DOCUMENTS / "sc-resolution", corpora / "res")
    shutil.copytree(DOCUMENTS / "commission-report", corpora / "res2")
    (corpora / "res" / "meta.toml").unlink()
    (corpora / "res2" / "meta.toml").unlink()
    assert call_main(("extract", "corpora", "--out", "locale"), tmp_path).returncode == 0
    ru = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "res.po"
    catalog = polib.pofile(str(ru))
    catalog[3].flags.append("fuzzy")
    catalog.save()
    (tmp_path / "locale" / "fr" / "LC_MESSAGES" / "res2.po").unlink()
    result = call_main(("report", "locale", "--no-glossary", "--out", "reports"), tmp_path)
    assert result.returncode in (0, 1), result.stderr
    notes = {doc: json.loads((tmp_path / "reports" / doc / "findings.json").read_text(encoding="utf-8"))["summary"]["notes"]
             for doc in ("res", "res2")}
    assert any(note.startswith("the text of 1 fuzzy entry") for note in notes["res"])
    assert not any("fuzzy" in note for note in notes["res2"])
    assert any("no fr catalog of res2" in note for note in notes["res2"]) and not any("res2" in note for note in notes["res"])


def test_an_xliff_catalog_is_held_to_no_other_catalog_s_sources(tmp_path):
    # CONS010 held each XLIFF file to the sources of whichever came first (a unit removed from
    # the first passed, one removed from another was said): an XLIFF file's sources are its own.
    corpus = tmp_path / "corpora" / "S-RES-2698-2023"
    shutil.copytree(DOCUMENTS / "sc-resolution", corpus)
    assert call_main(("extract", "corpora", "--out", "locale"), tmp_path).returncode == 0
    assert call_main(("export", "locale", "--format", "xliff", "--out", "xliff", "--no-glossary"), tmp_path).returncode == 0
    second = sorted((tmp_path / "xliff").rglob("*.xlf"))[1]
    text = second.read_text(encoding="utf-8")
    start = text.index("<trans-unit") if "<trans-unit" in text else text.index("<unit")
    end = text.index("</trans-unit>", start) + len("</trans-unit>") if "<trans-unit" in text else text.index("</unit>", start) + 7
    second.write_text(text[:start] + text[end:], encoding="utf-8")
    result = call_main(("check", "xliff", "--no-glossary", "--select", "CONS", "--format", "json"), tmp_path)
    assert "CONS010" not in [f["code"] for f in json.loads(result.stdout)["findings"]]


def test_a_catalog_without_msgctxt_beside_a_template_with_them_is_held_to_it_by_msgid(tmp_path):
    # Another tool's Russian catalog (msgctxt dropped, duplicates merged, as msgfmt accepts it)
    # beside hexaglot's template: CONS010 said all 88 entries were missing, "no check read
    # them", while the run reported findings on them; REF004 said "fn/1 here, none in the
    # source" of three entries whose template entries have fn/1.
    from tests.conftest import DOC, ROOT

    locale = tmp_path / "locale"
    for lang in ("templates", "fr", "ru"):
        (locale / lang).mkdir(parents=True)
    shutil.copy(ROOT / "locale" / "templates" / f"{DOC}.pot", locale / "templates")
    shutil.copy(ROOT / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po", locale / "fr")
    russian = polib.pofile(str(ROOT / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"))
    without = polib.POFile()
    without.metadata = russian.metadata
    seen = set()
    for entry in russian:
        if entry.msgid not in seen:
            seen.add(entry.msgid)
            without.append(polib.POEntry(msgid=entry.msgid, msgstr=entry.msgstr, comment=entry.comment))
    without.save(str(locale / "ru" / f"{DOC}.po"))
    result = call_main(("check", "locale", "--no-glossary", "--no-cache", "--select", "CONS010,REF004", "--format", "json"), tmp_path)
    assert [f for f in json.loads(result.stdout)["findings"] if f["lang"] == "ru"] == []
    # An entry it lacks is named, as of any catalog.
    without.remove(without.find("Adoption of the agenda and organization of work."))
    without.save(str(locale / "ru" / f"{DOC}.po"))
    result = call_main(("check", "locale", "--no-glossary", "--no-cache", "--select", "CONS010", "--format", "json"), tmp_path)
    [finding] = json.loads(result.stdout)["findings"]
    assert finding["message"].startswith("1 of the template's 88 entries is not in this catalog (agenda/1b)")


def test_an_empty_template_is_said_not_passed_over(tmp_path):
    # A template of 0 bytes (a write cut short, an xgettext that failed) held the catalogs to
    # nothing: CONS010 found nothing, and the run said nothing of it.
    from tests.conftest import DOC, ROOT

    locale = tmp_path / "locale"
    (locale / "templates").mkdir(parents=True)
    (locale / "templates" / f"{DOC}.pot").write_bytes(b"")
    for lang in ("fr", "ru"):
        (locale / lang / "LC_MESSAGES").mkdir(parents=True)
        shutil.copy(ROOT / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po", locale / lang / "LC_MESSAGES")
    result = call_main(("check", "locale", "--no-glossary", "--no-cache", "--select", "CONS010"), tmp_path)
    assert (f"not checked: CONS010: locale/templates/{DOC}.pot is empty (0 bytes): the catalogs of {DOC} are held to "
            "no template (was it written whole?)") in result.stdout.splitlines()
    # A header alone, or blank lines, hold no entry either.
    for text in ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n', "\n\n"):
        (locale / "templates" / f"{DOC}.pot").write_text(text, encoding="utf-8")
        result = call_main(("check", "locale", "--no-glossary", "--no-cache", "--select", "CONS010"), tmp_path)
        assert f"not checked: CONS010: locale/templates/{DOC}.pot holds no entry: the catalogs of {DOC}" in result.stdout


def test_the_footnote_checks_selected_on_catalogs_that_record_no_footnotes_say_so(tmp_path):
    # Another tool's catalogs carry no `#. Footnote marker:` comments (extract writes them):
    # `--select REF004 --select TYPO010` read nothing and passed as "0 errors".
    path = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "report.po"
    _catalog(path, "fr", [("The Working Group met in Vienna.", "Le Groupe de travail s'est réuni à Vienne.3")])
    result = call_main(["check", "locale", "--no-glossary", "--select", "REF004", "--select", "TYPO010", "--select", "TYPO004"],
                       tmp_path)
    assert result.returncode == 0
    said = "no entry with footnote markers (the `#. Footnote marker:` comments `hexaglot extract` writes) in the catalogs checked"
    assert f"not checked: REF004: {said}" in result.stdout and f"not checked: TYPO010: {said}" in result.stdout
    result = call_main(["check", "locale", "--no-glossary", "--select", "REF004"], tmp_path)
    assert result.returncode == 2 and "[E023] nothing was checked: REF004: no entry with footnote markers" in result.stderr


def _extracted_french(root: Path, comment_as_saved) -> None:
    """The resolution of the corpus extracted into `root`/locale, its French catalog saved
    with each entry's extracted comment as `comment_as_saved` makes it."""
    shutil.copytree(Path(__file__).parent.parent / "corpora" / "CTOC-COP-2022-L.4", root / "corpora" / "CTOC-COP-2022-L.4")
    assert call_main(["extract", "corpora", "--out", "locale"], root).returncode == 0
    french = root / "locale" / "fr" / "LC_MESSAGES" / "CTOC-COP-2022-L.4.po"
    catalog = polib.pofile(str(french))
    for entry in catalog:
        entry.comment = comment_as_saved(entry.comment)
    catalog.save(str(french))


def test_a_version_that_lost_every_footnote_call_is_read_by_the_footnote_check(tmp_path):
    # The template records the source's footnotes: a French version whose calls are all gone
    # holds no marker of its own, and `--select REF004` said "nothing was checked" (E023) where
    # it had reported the three lost calls (a regression probe's).
    _extracted_french(tmp_path, lambda comment: "\n".join(line for line in comment.split("\n")
                                                          if not line.startswith("Footnote marker")))
    result = call_main(["check", "locale/fr", "--no-glossary", "--select", "REF004"], tmp_path)
    assert result.returncode == 1 and result.stdout.count("REF004 error") == 3, result.stdout + result.stderr


def test_a_version_saved_by_a_tool_that_drops_the_extracted_comments_is_no_version_that_lost_its_footnotes(tmp_path):
    # A CAT tool or an editor that drops `#.` comments: REF004 said every footnote lost (a
    # regression probe's); the version whose other comments are kept is still read.
    _extracted_french(tmp_path, lambda comment: "")
    result = call_main(["check", "locale/fr", "--no-glossary", "--select", "REF004", "--select", "TYPO004"], tmp_path)
    assert "REF004" not in result.stdout, result.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_catalog_with_a_header_alone_or_only_obsolete_entries_is_said_not_checked(tmp_path, jobs):
    # Checked beside another document's catalog, one whose entries are all obsolete (#~), or a
    # header alone, was counted among the catalogs checked, nothing said, exit 0 (probe 66f).
    folder = tmp_path / "fr" / "LC_MESSAGES"
    _catalog(folder / "app.po", "fr", [("Open the file", "Ouvrir le fichier")])
    _catalog(folder / "minutes.po", "fr", [])
    obsolete = polib.POFile()
    obsolete.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "fr"}
    obsolete.append(polib.POEntry(msgid="Agenda", msgstr="Ordre du jour", obsolete=True))
    obsolete.save(str(folder / "agenda.po"))
    result = call_main(["check", "fr", "--no-glossary", "--no-cache", "--jobs", jobs], tmp_path)
    assert "1 catalog, 1 entry checked" in result.stdout, result.stdout
    for name in ("agenda", "minutes"):
        assert (f"not checked: fr/LC_MESSAGES/{name}.po (no entry but the header, or only obsolete ones (#~))"
                in result.stdout), result.stdout
    summary = json.loads(call_main(["check", "fr", "--no-glossary", "--no-cache", "--format", "json"], tmp_path).stdout)["summary"]
    assert [c["file"] for c in summary["catalogs"]] == ["fr/LC_MESSAGES/app.po"]
    assert sorted(n["file"] for n in summary["not_checked"]) == ["fr/LC_MESSAGES/agenda.po", "fr/LC_MESSAGES/minutes.po"]


def test_a_report_says_an_empty_catalog_not_checked_as_check_does(tmp_path):
    # findings.json listed the 0-byte catalog among those checked, and neither it nor the page
    # said it was not checked, where check did (probe 66f).
    _catalog(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "d.po", "fr", [("Open the file", "Ouvrir le fichier")])
    (tmp_path / "locale" / "ru" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locale" / "ru" / "LC_MESSAGES" / "d.po").write_bytes(b"")
    result = call_main(["report", "locale", "--no-glossary", "--no-cache", "--out", "reports"], tmp_path)
    assert result.returncode in (0, 1), result.stderr
    summary = json.loads((tmp_path / "reports" / "d" / "findings.json").read_text(encoding="utf-8"))["summary"]
    assert [c["file"] for c in summary["catalogs"]] == ["locale/fr/LC_MESSAGES/d.po"]
    assert summary["not_checked"] == [{"file": "locale/ru/LC_MESSAGES/d.po", "reason": "the file is empty: no header, no entry"}]
    assert "locale/ru/LC_MESSAGES/d.po" in (tmp_path / "reports" / "d" / "index.html").read_text(encoding="utf-8")
