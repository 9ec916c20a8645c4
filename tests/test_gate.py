"""The release gate: one error line and exit 2 in every mode, nothing skipped in silence,
options and configuration checked before anything runs."""

from __future__ import annotations

import codecs
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, run_hexaglot
from tests.foreign import SOURCES, po_text, write_tree


def one_error_line(process: subprocess.CompletedProcess, code: str) -> str:
    assert process.returncode == 2, process.stdout + process.stderr
    assert "Traceback" not in process.stderr
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1, process.stderr
    assert lines[0].startswith("hexaglot: ") and f"[{code}]" in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def two_documents(tmp_path):
    """Two applications' catalogs (two documents), the French one of the second broken."""
    write_tree(tmp_path / "locale", domains=("messages", "admin"))
    broken = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "admin.po"
    broken.write_bytes(broken.read_bytes() + b'\nmsgid "Other matters"\nmsgstr "Questions\x00diverses"\n')
    return tmp_path


@pytest.mark.parametrize("mode", [["--jobs", "1"], ["--jobs", "2"], ["--jobs", "2", "--cache", "cache"]],
                         ids=["one-process", "pool", "pool-with-cache"])
def test_a_broken_catalog_is_one_line_and_exit_2_in_every_mode(two_documents, mode):
    process = run_hexaglot("check", "locale", "--no-glossary", *mode, cwd=two_documents, in_process=False)
    line = one_error_line(process, "E008")
    assert "admin.po" in line


def test_a_broken_catalog_is_one_line_and_exit_2_on_dask(two_documents):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        process = run_hexaglot("check", "locale", "--no-glossary", "--scheduler", cluster.scheduler_address, cwd=two_documents,
                                   in_process=False)
    line = one_error_line(process, "E008")
    assert "admin.po" in line
    # The same line a one-process run prints: the worker reads the catalog at its absolute
    # path (its working folder is not the user's), and named it so, /tmp/.../locale/fr/...
    assert line == one_error_line(run_hexaglot("check", "locale", "--no-glossary", "--jobs", "1", cwd=two_documents), "E008")


def test_a_malformed_xliff_catalog_is_one_line_and_exit_2_on_dask(two_documents):
    # The parser's error, chained to the input error, holds an lxml log that cannot be
    # pickled: the client got a generic Exception's traceback and exit 1.
    distributed = pytest.importorskip("distributed")
    (two_documents / "locale" / "fr" / "LC_MESSAGES" / "admin.po").unlink()
    (two_documents / "locale" / "fr" / "LC_MESSAGES" / "admin.xlf").write_text(
        '<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="en" target-language="fr" original="admin" '
        'datatype="po"><body><trans-unit id="1"><source>x</source>\n', encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        process = run_hexaglot("check", "locale", "--no-glossary", "--scheduler", cluster.scheduler_address, cwd=two_documents,
                               in_process=False)
    assert one_error_line(process, "E024") == one_error_line(
        run_hexaglot("check", "locale", "--no-glossary", "--jobs", "1", cwd=two_documents), "E024")


def test_an_input_error_survives_pickling():
    import pickle

    from pipeline.errors import HexaglotInputError

    error = HexaglotInputError("E008", "locale/fr/LC_MESSAGES/admin.po", "NUL byte in the catalog", 31)
    again = pickle.loads(pickle.dumps(error))
    assert (again.code, str(again.path), again.message, again.line) == ("E008", "locale/fr/LC_MESSAGES/admin.po", "NUL byte in the catalog", 31)
    assert str(again) == str(error)


# -- nothing skipped in silence -------------------------------------------------------------------


@pytest.fixture
def foreign(tmp_path):
    write_tree(tmp_path / "locale")
    return tmp_path


def test_a_missing_default_glossary_is_an_error(hexaglot, foreign):
    process = hexaglot("check", "locale", cwd=foreign)
    line = one_error_line(process, "E021")
    assert "--no-glossary" in line


def test_run_without_a_glossary_refuses_before_it_writes_a_catalog(hexaglot, tmp_path):
    """From a folder with no glossaries/, `run` of a corpus elsewhere stops at once (E021)
    instead of extracting every catalog and only then saying it cannot check them."""
    from tests.conftest import CORPUS, DOC

    shutil.copytree(CORPUS, tmp_path / "corpora" / DOC)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    process = hexaglot("run", str(tmp_path / "corpora"), cwd=elsewhere)
    assert "--no-glossary" in one_error_line(process, "E021")
    assert list(elsewhere.iterdir()) == []


def test_no_glossary_checks_without_terminology_and_says_so(hexaglot, foreign):
    process = hexaglot("check", "locale", "--no-glossary", cwd=foreign)
    assert process.returncode == 0, process.stderr
    assert "terminology not checked" in process.stdout


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("value", ["TERM999", "TRM", "spelling"])
def test_an_unknown_check_code_or_family_is_an_error(hexaglot, foreign, option, value):
    process = hexaglot("check", "locale", "--no-glossary", option, value, cwd=foreign)
    line = one_error_line(process, "E017")
    assert value in line


def test_check_codes_are_accepted_in_lower_case_as_in_the_configuration(hexaglot, foreign):
    upper = hexaglot("check", "locale", "--no-glossary", "--select", "CONS", "--format", "json", cwd=foreign)
    lower = hexaglot("check", "locale", "--no-glossary", "--select", "cons", "--format", "json", cwd=foreign)
    assert upper.returncode == lower.returncode == 0, lower.stderr
    assert upper.stdout == lower.stdout


@pytest.mark.parametrize("setting, key, expected", [
    ("glossaries = [5]", "glossaries", "list of file paths"),
    ('glossaries = "glossaries/untoc-som.tbx"', "glossaries", "list of file paths"),
    ('severity = "x"', "severity", "table"),
    ('[severity]\nTYPO004 = 3', "TYPO004", "error, warning or info"),
    ('languages = "ru"', "languages", "list of language codes"),
    ("languages = [7]", "languages", "list of language codes"),
    # An empty list checked every language (as if the key were left out).
    ("languages = []", "languages", "no language"),
    ("source_lang = 1", "source_lang", "language code"),
    ("fail_on = true", "fail_on", "error, warning, info or never"),
    ("scheduler = 8786", "scheduler", "address"),
    ("select = \"TERM\"", "select", "list of check codes"),
    ('profile = "web"', "profile", "un-document, software"),
    ('accelerators = "_"', "accelerators", "list of accelerator markers"),
    ('accelerators = ["a"]', "accelerators", "single characters"),
    ('accelerators = ["&&"]', "accelerators", "single characters"),
])
def test_configuration_values_of_the_wrong_type_name_the_key(hexaglot, foreign, setting, key, expected):
    (foreign / "hexaglot.toml").write_text(setting + "\n", encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", cwd=foreign)
    line = one_error_line(process, "E017")
    assert key in line and expected in line


def test_the_configuration_names_languages_as_lang_does(hexaglot, foreign):
    # `languages` takes what --lang takes: a language as the catalogs' folders spell it.
    (foreign / "hexaglot.toml").write_text('languages = ["ru-RU", "zh_Hans"]\n', encoding="utf-8")
    spelled = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=foreign)
    (foreign / "hexaglot.toml").write_text('languages = ["ru", "zh"]\n', encoding="utf-8")
    plain = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=foreign)
    assert spelled.returncode == plain.returncode == 0 and spelled.stdout == plain.stdout
    (foreign / "hexaglot.toml").write_text('languages = ["es_AR"]\n', encoding="utf-8")
    assert "list of language codes" in one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=foreign), "E017")


def test_lang_given_twice_adds_up_as_select_does(hexaglot, foreign):
    # `--lang ru --lang fr` checked French alone: the first was dropped without a word.
    twice = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", "--lang", "ru", "--lang", "fr",
                     cwd=foreign)
    once = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", "--lang", "ru,fr", cwd=foreign)
    assert twice.returncode == once.returncode == 0 and twice.stdout == once.stdout
    assert {c["locale"] for c in json.loads(twice.stdout)["summary"]["catalogs"]} == {"ru", "fr"}


def test_jobs_is_capped_at_the_number_of_cores():
    from pipeline.cli import worker_count

    assert worker_count(64, cores=2) == 2
    assert worker_count(1, cores=8) == 1


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_a_job_count_below_one_is_an_error(hexaglot, foreign, jobs):
    process = hexaglot("check", "locale", "--no-glossary", "--jobs", jobs, cwd=foreign)
    assert process.returncode == 2
    assert "Traceback" not in process.stderr and "--jobs" in process.stderr


def test_output_cut_short_by_head_ends_quietly(tmp_path):
    from tests.foreign import po_text

    # Far more findings than a pipe holds (64 KiB): the writer meets the closed pipe.
    untranslated = [(f"Paragraph {n} of the annotations is not yet translated.", "") for n in range(5000)]
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", untranslated), encoding="utf-8")
    script = f"{sys.executable} -m pipeline check locale --no-glossary --fail-on never | head -n 1"
    process = subprocess.run(["bash", "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert process.stdout.count("\n") == 1 and "CONS001" in process.stdout
    assert process.stderr == ""


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="a full device to write to (Linux)")
@pytest.mark.parametrize("command", [["check", "locale", "--no-glossary", "--format", "json"], ["checks", "list"]])
def test_standard_output_on_a_full_disk_is_one_line_and_exit_2(tmp_path, command):
    # `> /dev/full`: a traceback and exit 1, the code that means findings.
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("The meeting was opened.", "Заседание открыто")]), encoding="utf-8")
    with open("/dev/full", "w") as full:
        process = subprocess.run([sys.executable, "-m", "pipeline", *command], cwd=tmp_path, stdout=full,
                                 stderr=subprocess.PIPE, text=True, timeout=300)
    assert process.returncode == 2
    assert process.stderr.startswith("hexaglot: [E011] standard output cannot be written") and process.stderr.count("\n") == 1


@pytest.mark.parametrize("command", [["check", "locale", "--no-glossary"], ["check", "locale", "--no-glossary", "--format", "json"]])
def test_standard_output_closed_is_one_line_and_exit_2(tmp_path, command):
    # `>&-`: Python has no sys.stdout, and the findings' write was an AttributeError traceback
    # and exit 1, the code that means findings, in every format and mode.
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("The meeting was opened.", "Заседание открыто.")]), encoding="utf-8")
    process = subprocess.run(f'"{sys.executable}" -m pipeline {" ".join(command)} >&-', shell=True, cwd=tmp_path,
                             stderr=subprocess.PIPE, text=True, timeout=300)
    assert process.returncode == 2, process.stderr
    assert process.stderr.startswith("hexaglot: [E011] standard output cannot be written") and process.stderr.count("\n") == 1


def test_standard_output_in_an_encoding_that_cannot_hold_the_text_is_one_line_and_exit_2(tmp_path):
    # Standard output redirected on Windows is the code page's (cp1252): the first Cyrillic
    # finding was a UnicodeEncodeError traceback, exit 1.
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("The Working Group", "Рабочaя группa")]), encoding="utf-8")
    process = subprocess.run([sys.executable, "-m", "pipeline", "check", "locale", "--no-glossary"], cwd=tmp_path,
                             capture_output=True, env={**os.environ, "PYTHONIOENCODING": "cp1252"}, timeout=300)
    assert process.returncode == 2
    said = process.stderr.decode("cp1252")
    assert said.startswith("hexaglot: [E011] standard output's encoding (cp1252)") and said.count("\n") == 1
    assert "PYTHONIOENCODING=utf-8" in said
    # JSON is written whole, its other characters escaped, which every JSON reader reads back.
    process = subprocess.run([sys.executable, "-m", "pipeline", "check", "locale", "--no-glossary", "--format", "json"],
                             cwd=tmp_path, capture_output=True, env={**os.environ, "PYTHONIOENCODING": "cp1252"}, timeout=300)
    assert process.returncode == 1 and process.stderr == b""
    assert "Рабочaя" in json.loads(process.stdout)["findings"][0]["message"]


def test_a_language_lang_names_and_no_catalog_has_is_said(hexaglot, foreign):
    # `--lang ru,zh` where every Chinese catalog is gone passed with `read as: ru …` alone.
    result = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", "--lang", "ru,zh", cwd=foreign)
    assert result.returncode == 0, result.stderr
    notes = json.loads(result.stdout)["summary"]["notes"]
    assert "no zh catalog was found, which --lang names" in notes
    result = hexaglot("check", "locale", "--no-glossary", "--fail-on", "never", "--lang", "ru,zh", cwd=foreign)
    assert "not checked: no zh catalog was found, which --lang names" in result.stdout
    # Named and found, spelled as a folder spells it: nothing said.
    result = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", "--lang", "ru-RU", cwd=foreign)
    assert not [note for note in json.loads(result.stdout)["summary"]["notes"] if "--lang names" in note]


def test_a_language_the_configuration_names_and_no_catalog_has_is_said(hexaglot, foreign):
    # `languages = [..., "zh"]` in hexaglot.toml with the Chinese catalog gone passed, exit 0,
    # with no word; `--lang` naming the same languages said it. Left out, the key names no
    # language: a project of three is no project missing three.
    (foreign / "hexaglot.toml").write_text('languages = ["ru", "fr", "es", "zh_Hans"]\n', encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=foreign)
    assert result.returncode == 0, result.stderr
    assert "no zh catalog was found, which hexaglot.toml's languages names" in json.loads(result.stdout)["summary"]["notes"]
    # --lang decides over the configuration: what it names is what is held to.
    result = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", "--lang", "ru", cwd=foreign)
    assert not [note for note in json.loads(result.stdout)["summary"]["notes"] if "catalog was found" in note]
    (foreign / "hexaglot.toml").write_text('fail_on = "never"\n', encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", "--format", "json", cwd=foreign)
    assert not [note for note in json.loads(result.stdout)["summary"]["notes"] if "catalog was found" in note]


def test_a_language_one_document_lacks_is_said(tmp_path, hexaglot):
    # A catalog renamed or deleted took its errors out of the gate with no word but `ru 1`.
    write_tree(tmp_path / "locale", domains=("messages", "admin"))
    (tmp_path / "locale" / "ru" / "LC_MESSAGES" / "admin.po").rename(tmp_path / "locale" / "ru" / "LC_MESSAGES" / "admin.pot")
    result = hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    notes = json.loads(result.stdout)["summary"]["notes"]
    assert "no ru catalog of admin (the run's other documents have one)" in notes
    result = hexaglot("check", "locale", "--no-glossary", "--fail-on", "never", cwd=tmp_path)
    assert "not checked: no ru catalog of admin (the run's other documents have one)" in result.stdout
    # A project's `po/<lang>.po` is one document in three languages, not three documents (a
    # regression probe: "no fr catalog of es", and so on, six times).
    for lang in ("ru", "fr", "es"):
        (tmp_path / "po").mkdir(exist_ok=True)
        (tmp_path / "po" / f"{lang}.po").write_text(po_text(lang, [("The meeting was opened.", "x")]), encoding="utf-8")
    result = hexaglot("check", "po", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    assert not [note for note in json.loads(result.stdout)["summary"]["notes"] if note.startswith("no ")]
    # Two applications' `django.po` are named as the reports name them (a new user's probe: "no
    # ru catalog of django", and which of the two was not said).
    for app, languages in (("polls", ("fr", "es")), ("blog", ("ru", "fr", "es"))):
        for lang in languages:
            catalog = tmp_path / "apps" / app / "locale" / lang / "LC_MESSAGES" / "django.po"
            catalog.parent.mkdir(parents=True)
            catalog.write_text(po_text(lang, [("The meeting was opened.", "x")]), encoding="utf-8")
    result = hexaglot("check", "apps", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    assert [note for note in json.loads(result.stdout)["summary"]["notes"] if note.startswith("no ")] == [
        "no ru catalog of polls-django (the run's other documents have one)"]


def test_findings_silenced_in_the_catalogs_are_counted_in_json_and_sarif(tmp_path, hexaglot):
    # The text summary said "1 suppressed"; JSON and SARIF, which a CI job reads, nothing.
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("The Working Group", "Рабочaя группa")]).replace(
        'msgid "The Working Group"', '# hexaglot: ignore TYPO001\nmsgid "The Working Group"'), encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", "--format", "json", cwd=tmp_path)
    assert result.returncode == 0 and json.loads(result.stdout)["summary"]["suppressed"] == 2  # a word each
    result = hexaglot("check", "locale", "--no-glossary", "--format", "sarif", cwd=tmp_path)
    assert json.loads(result.stdout)["runs"][0]["properties"]["suppressed"] == 2


# -- languages: every catalog is checked in one of the six, or named as not checked ---------------


def test_a_catalog_in_another_language_is_an_error_naming_it(hexaglot, foreign):
    write_tree(foreign / "locale", languages=("ru",))
    german = foreign / "locale" / "de" / "LC_MESSAGES" / "messages.po"
    german.parent.mkdir(parents=True)
    german.write_text((foreign / "locale" / "fr" / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
                      .replace("Language: fr", "Language: de"), encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=foreign), "E012")
    assert "de/LC_MESSAGES/messages.po" in line and "German" in line and "--skip-other-languages" in line
    skipping = hexaglot("check", "locale", "--no-glossary", "--skip-other-languages", cwd=foreign)
    assert skipping.returncode == 0, skipping.stderr
    assert "3 catalogs, 12 entries checked" in skipping.stdout
    assert "not checked: locale/de/LC_MESSAGES/messages.po ('de' (German) in the Language header is not one of the six" in skipping.stdout


def test_modern_standard_arabic_s_locale_is_the_arabic_version(hexaglot, tmp_path):
    # `ar_001` (Arabic of the world, Modern Standard Arabic: what the UN writes) was kept apart
    # as a regional variety, "read as: ar_001", and compared with no other Arabic.
    from tests.foreign import SOURCES, po_text

    (tmp_path / "po").mkdir()
    (tmp_path / "po" / "ar.po").write_text(po_text("ar", [(SOURCES[3], "إقرار جدول الأعمال")]).replace(
        "Language: ar", "Language: ar_001"), encoding="utf-8")
    result = hexaglot("check", "po", "--no-glossary", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "read as: ar 1" in result.stdout


def test_a_catalog_whose_language_cannot_be_determined_is_an_error(hexaglot, tmp_path):
    from tests.foreign import po_text

    (tmp_path / "messages.po").write_text(po_text("ru", [("Other matters", "Прочие вопросы")]).replace('"Language: ru\\n"\n', ""),
                                          encoding="utf-8")
    line = one_error_line(hexaglot("check", "messages.po", "--no-glossary", cwd=tmp_path), "E012")
    assert "cannot be determined" in line


def test_a_language_header_at_odds_with_the_path_is_an_error_naming_both(hexaglot, tmp_path):
    # A Russian catalog whose header a tool copied from the English template: read as English,
    # it was left out as "in the source language", and the gate read nothing of it.
    from tests.foreign import po_text

    path = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("en", [("Other matters", "Прочие вопросы")]), encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=tmp_path), "E012")
    assert line.startswith("hexaglot: locale/ru/LC_MESSAGES/messages.po: [E012] its Language header says 'en' (English) "
                           "but its path says 'ru' (Russian)")
    # Where the two name one language, however spelt, there is nothing to say.
    other = tmp_path / "locale" / "zh_Hans" / "LC_MESSAGES" / "messages.po"
    other.parent.mkdir(parents=True)
    other.write_text(po_text("zh_CN", [("Other matters", "其他事项")]), encoding="utf-8")
    path.write_text(po_text("ru_RU", [("Other matters", "Прочие вопросы")]), encoding="utf-8")
    assert hexaglot("check", "locale", "--no-glossary", cwd=tmp_path).returncode == 0


def test_a_traditional_chinese_folder_with_a_simplified_header_is_an_error_naming_both(hexaglot, tmp_path):
    # A zh_TW catalog whose header a tool copied from the zh_CN one: checked as UN Chinese,
    # Traditional text against Simplified terms, and passed.
    from tests.foreign import po_text

    path = tmp_path / "locale" / "zh_TW" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("zh_CN", [("Other matters", "其他事項")]), encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=tmp_path), "E012")
    assert "its Language header says 'zh_CN'" in line and "its path says 'zh_TW' (Chinese (Traditional, Taiwan))" in line


def test_an_undetermined_language_header_is_no_language_and_the_path_is_read(hexaglot, tmp_path):
    # `und` is BCP 47's "undetermined", which tools write when they do not know; Babel's likely
    # subtags make it English, so a Russian catalog under po/ was taken for the source and left
    # unchecked, and under locale/ru/ it was refused as English at odds with its path.
    from tests.foreign import po_text

    for path in (tmp_path / "po" / "ru.po", tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"):
        path.parent.mkdir(parents=True)
        path.write_text(po_text("und", [("Other matters", "Прочие вoпросы")]), encoding="utf-8")
        result = hexaglot("check", str(path.relative_to(tmp_path)), "--no-glossary", "--select", "TYPO001", cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        assert "TYPO001" in result.stdout and "read as: ru 1" in result.stdout
    # Without a path that names one, it is a catalog whose language cannot be determined.
    path = tmp_path / "catalogs" / "messages.po"
    path.parent.mkdir()
    path.write_text(po_text("und", [("Other matters", "Прочие вопросы")]), encoding="utf-8")
    line = one_error_line(hexaglot("check", "catalogs", "--no-glossary", cwd=tmp_path), "E012")
    assert "cannot be determined" in line


def test_a_zh_hans_folder_without_language_header_is_checked_as_chinese(hexaglot, tmp_path):
    from tests.foreign import po_text

    path = tmp_path / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("zh", [("Four plenary meetings will be held.", "将举行三次全体会议。")]).replace('"Language: zh\\n"\n', ""),
                    encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--format", "json", cwd=tmp_path)
    summary = __import__("json").loads(process.stdout)["summary"]
    assert summary["catalogs"] == [{"file": "locale/zh_Hans/LC_MESSAGES/django.po", "locale": "zh"}]
    assert summary["by_code"] == {"NUM001": 1}  # three here, four in the source


def test_traditional_chinese_is_refused_by_name_not_folded_into_chinese(hexaglot, foreign):
    from tests.foreign import po_text

    path = foreign / "locale" / "zh_Hant" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("zh_Hant", [("Other matters", "其他事項")]), encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=foreign), "E012")
    assert "Traditional Chinese" in line


def test_a_regional_variety_is_checked_apart_from_its_language(hexaglot, foreign):
    """es_AR is checked by the Spanish rules, but it is not a second Spanish: a translation
    that differs between es and es_AR is no inconsistency, and the summary says es_AR."""
    from tests.foreign import SOURCES, po_text

    path = foreign / "locale" / "es_AR" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("es_AR", [(SOURCES[3], "Adopción del programa")]), encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--select", "CONS", "--select", "NUM", cwd=foreign)
    assert process.returncode == 0, process.stdout + process.stderr
    assert "CONS004" not in process.stdout
    assert "read as: es 1, es_AR 1, fr 1, ru 1" in process.stdout


def test_a_run_that_checks_nothing_is_an_error(hexaglot, tmp_path):
    from tests.foreign import po_text

    path = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("ru", []), encoding="utf-8")  # a header and no entry
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=tmp_path), "E023")
    assert "nothing was checked: 1 catalog checked holds no entry, 0 not checked" in line
    # Every catalog left unchecked (the source language's): said as such, not "0 catalogs checked hold no entry".
    english = tmp_path / "locale" / "en" / "LC_MESSAGES" / "messages.po"
    english.parent.mkdir(parents=True)
    english.write_text(po_text("en", []), encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale/en", "--no-glossary", cwd=tmp_path), "E023")
    assert "nothing was checked: 1 catalog not checked (locale/en/LC_MESSAGES/messages.po: in the source language" in line


def test_a_catalog_with_no_translation_left_to_check_is_an_error_unless_its_state_is_checked(hexaglot, tmp_path):
    # A catalog not yet translated, checked with the untranslated check left out (as a CI job
    # does while translation is under way): "2 entries checked: 0 errors" read nothing.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    path = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("ru", [(SOURCES[0], ""), (SOURCES[1], "")]), encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", "--ignore", "CONS001", cwd=tmp_path), "E023")
    assert "2 untranslated entries and no translated one" in line and "CONS001" in line
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", "--select", "NUM", cwd=tmp_path), "E023")
    assert "untranslated" in line
    # Where CONS001 runs, the untranslated entries are what it checks: found, not refused.
    process = hexaglot("check", "locale", "--no-glossary", cwd=tmp_path)
    assert process.returncode == 1 and process.stdout.count("CONS001") == 2, process.stderr
    # One translated entry beside them is checked; the others are said not to be.
    path.write_text(po_text("ru", [(SOURCES[0], TRANSLATIONS["ru"][0]), (SOURCES[1], "")]), encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--ignore", "CONS001", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert any(line.startswith("not checked:") and "1 untranslated entry" in line and "CONS001" in line
               for line in process.stdout.splitlines()), process.stdout
    # Fuzzy entries alone, CONS002 left out: CONS009, which counts their sentences, stayed among
    # every check and passed the gate with none of their text read; asked for by name, it reads them.
    path.write_text(po_text("ru", [(SOURCES[0], TRANSLATIONS["ru"][0]), (SOURCES[1], TRANSLATIONS["ru"][1])]).replace(
        "\nmsgid", "\n#, fuzzy\nmsgid"), encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", "--ignore", "CONS002", cwd=tmp_path), "E023")
    assert "2 fuzzy entries and no translated one" in line
    assert hexaglot("check", "locale", "--no-glossary", "--select", "CONS009", cwd=tmp_path).returncode == 0


def test_a_cache_folder_is_never_an_input_and_one_that_cannot_be_written_checks_everything(hexaglot, tmp_path):
    # --cache inside the folder checked littered it with the cache's files; --cache naming
    # a file (or a read-only team cache) stopped the run with E011 and no findings.
    from tests.foreign import write_tree

    write_tree(tmp_path / "locale", languages=("ru", "fr"))
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", "--cache", "locale/.cache", cwd=tmp_path), "E022")
    assert "--cache is inside locale" in line and not (tmp_path / "locale" / ".cache").exists()
    plain = hexaglot("check", "locale", "--no-glossary", "--no-cache", "--format", "json", cwd=tmp_path)
    (tmp_path / "notes.txt").write_text("not a folder\n", encoding="utf-8")
    cached = hexaglot("check", "locale", "--no-glossary", "--cache", "notes.txt", "--format", "json", cwd=tmp_path)
    assert (cached.returncode, cached.stderr) == (plain.returncode, "")
    assert json.loads(cached.stdout)["findings"] == json.loads(plain.stdout)["findings"]
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "not a folder\n"


def test_a_run_whose_checks_are_all_ignored_is_an_error(hexaglot, tmp_path):
    # `--select TERM --ignore TERM`, or a configuration ignoring every family: no check ran,
    # and the run passed as "4 entries checked: 0 errors".
    from tests.foreign import write_tree

    write_tree(tmp_path / "locale", languages=("ru",))
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", "--select", "NUM", "--ignore", "NUM", cwd=tmp_path), "E023")
    assert "the checks selected are all ignored" in line
    (tmp_path / "hexaglot.toml").write_text('ignore = ["TERM", "NUM", "REF", "TYPO", "CONS", "FMT"]\n', encoding="utf-8")
    one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=tmp_path), "E023")
    one_error_line(hexaglot("report", "locale", "--no-glossary", "--out", "r", cwd=tmp_path), "E023")
    assert not (tmp_path / "r").exists()


def test_a_selected_check_of_no_language_checked_is_said_and_alone_is_an_error(hexaglot, tmp_path):
    # TERM005 (agreement) reads Russian alone: selected on French catalogs it runs on nothing,
    # which a gate must not pass as "0 errors".
    from tests.foreign import SOURCES, po_text

    path = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("fr", [(SOURCES[3], "Adoption de l'ordre du jour")]), encoding="utf-8")
    glossary = str(ROOT / "glossaries" / "untoc-som.tbx")
    line = one_error_line(hexaglot("check", "locale", "--glossary", glossary, "--select", "TERM005", cwd=tmp_path), "E023")
    assert "TERM005 checks ru alone" in line and "fr" in line
    process = hexaglot("check", "locale", "--glossary", glossary, "--select", "TERM005", "--select", "TYPO003", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert "not checked: TERM005 checks ru alone, and no ru catalog was checked" in process.stdout.splitlines()
    # Every check selected that applies: nothing to say.
    process = hexaglot("check", "locale", "--glossary", glossary, "--select", "TYPO003", cwd=tmp_path)
    assert "not checked: TERM005" not in process.stdout


def test_checks_of_plural_forms_and_icu_messages_selected_where_there_are_none_say_so(hexaglot, tmp_path):
    # `--select FMT001` (plural forms) or `--select FMT009,FMT010` (ICU messages) on catalogs
    # that hold neither passed as "0 errors", exit 0; and the summary said the profile's checks
    # were "left out by the software profile; name them in 'select'", which --select left out.
    path = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("fr", [("Save the report", "Enregistrer le rapport"),
                                   ("%(count)d Member States", "%(count)d États Membres")]), encoding="utf-8")
    (tmp_path / "hexaglot.toml").write_text('profile = "software"\n', encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--select", "FMT001,FMT003", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    lines = process.stdout.splitlines()
    assert "not checked: FMT001: no entry with plural forms in the catalogs checked" in lines, process.stdout
    assert not [line for line in lines if "left out by the software profile" in line]
    # Every check selected with nothing to read: nothing was checked.
    process = hexaglot("check", "locale", "--no-glossary", "--select", "FMT009,FMT010", cwd=tmp_path)
    assert process.returncode == 2 and process.stderr.count("\n") == 1, process.stderr
    assert "[E023] nothing was checked: FMT009: no ICU message" in process.stderr
    # With a plural entry and an ICU message in the catalog, nothing to say.
    path.write_text(path.read_text(encoding="utf-8") + '\nmsgid "One report"\nmsgid_plural "%(n)d reports"\n'
                    'msgstr[0] "%(n)d rapport"\nmsgstr[1] "%(n)d rapports"\n\n'
                    'msgid "{count, plural, one {# file} other {# files}}"\n'
                    'msgstr "{count, plural, one {# fichier} other {# fichiers}}"\n', encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--select", "FMT001,FMT009,FMT010", cwd=tmp_path)
    assert process.returncode == 0 and "not checked: FMT0" not in process.stdout, process.stdout + process.stderr
    # ... but a plural entry whose text is not checked (fuzzy) gives FMT001 nothing to read (a CI
    # probe's: `--select FMT001` on fuzzy plurals passed, on no plural E023).
    path.write_text(path.read_text(encoding="utf-8").replace('msgid "One report"', '#, fuzzy\nmsgid "One report"'),
                    encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--select", "FMT001", cwd=tmp_path)
    assert process.returncode == 2 and "[E023] nothing was checked: FMT001: no entry with plural forms" in process.stderr, \
        process.stdout + process.stderr


def test_the_accelerator_check_selected_with_no_marker_configured_says_what_it_read(hexaglot, tmp_path):
    # `--select FMT007` on `&File` → `Fichier` with no marker configured read nothing and said
    # "2 entries checked: 0 errors"; with `accelerators = ["&"]` the same catalog fails.
    from tests.foreign import po_text

    path = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "menu.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("fr", [("&File", "Fichier"), ("&Edit", "É&dition")]), encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--select", "FMT007", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert any(line.startswith("not checked: FMT007: no accelerator marker is configured")
               for line in process.stdout.splitlines()), process.stdout
    (tmp_path / "hexaglot.toml").write_text('accelerators = ["&"]\n', encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--select", "FMT007", cwd=tmp_path)
    assert process.returncode == 1 and "FMT007" in process.stdout and "not checked: FMT007" not in process.stdout


def test_the_text_of_fuzzy_entries_is_said_not_checked(hexaglot, tmp_path):
    # A catalog of fuzzy entries passed the gate with "2 entries checked: 0 errors", the date
    # and the city of a fuzzy translation unread: a fuzzy entry gets its mark (CONS002), not
    # the checks of its text, and the summary now says so.
    from tests.foreign import SOURCES, po_text

    path = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "messages.po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("fr", [(SOURCES[0], "Le Groupe de travail se réunira les 28 et 29 juin 2021."),
                                   (SOURCES[3], "Adoption de l'ordre du jour")])
                    .replace('\nmsgid "' + SOURCES[0], '\n#, fuzzy\nmsgid "' + SOURCES[0]), encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    said = [line for line in process.stdout.splitlines() if line.startswith("not checked: the text of")]
    assert said == ["not checked: the text of 1 fuzzy entry (CONS002 lists it where selected: a fuzzy translation is "
                    "checked once a reviser clears its mark)"]
    # Said whatever the checks selected (CONS002 among them or not).
    assert said[0] in hexaglot("check", "locale", "--no-glossary", "--select", "NUM", cwd=tmp_path).stdout.splitlines()
    path.write_text(path.read_text(encoding="utf-8").replace("#, fuzzy\n", ""), encoding="utf-8")
    assert "not checked: the text of" not in hexaglot("check", "locale", "--no-glossary", cwd=tmp_path).stdout


def test_a_language_folder_linked_in_from_elsewhere_is_checked(hexaglot, tmp_path):
    # `locale/ru -> ../shared/ru`: the folder walk did not follow the link, and `check locale`
    # passed "1 catalog, 0 errors" with the Russian catalog's errors unread.
    from tests.foreign import SOURCES, po_text

    (tmp_path / "locale" / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locale" / "fr" / "LC_MESSAGES" / "messages.po").write_text(
        po_text("fr", [(SOURCES[3], "Adoption de l'ordre du jour")]), encoding="utf-8")
    (tmp_path / "shared" / "ru" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "shared" / "ru" / "LC_MESSAGES" / "messages.po").write_text(
        po_text("ru", [(SOURCES[3], "Утверждение пoвестки дня")]), encoding="utf-8")  # a Latin o
    (tmp_path / "locale" / "ru").symlink_to("../shared/ru")
    (tmp_path / "locale" / "loop").symlink_to(".")  # a link that loops ends the walk, not the run
    result = hexaglot("check", "locale", "--no-glossary", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "TYPO001" in result.stdout and "2 catalogs" in result.stdout


def test_catalogs_whose_suffix_is_in_capitals_are_found_in_a_folder(hexaglot, tmp_path):
    # `FR.PO` beside `ru.po`, as a Windows tool names it: named alone it was checked, in a
    # folder it was passed by without a word, its errors unread, and exported to no XLIFF.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    (tmp_path / "po").mkdir()
    (tmp_path / "po" / "ru.po").write_text(po_text("ru", list(zip(SOURCES, TRANSLATIONS["ru"]))), encoding="utf-8")
    french = list(zip(SOURCES, TRANSLATIONS["fr"]))
    french[0] = (SOURCES[0], TRANSLATIONS["fr"][0].replace("27", "26"))
    (tmp_path / "po" / "FR.PO").write_text(po_text("fr", french), encoding="utf-8")
    result = hexaglot("check", "po", "--no-glossary", "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert sorted(c["file"] for c in report["summary"]["catalogs"]) == ["po/FR.PO", "po/ru.po"]
    assert [(f["code"], f["lang"]) for f in report["findings"] if f["code"] == "NUM002"] == [("NUM002", "fr")]
    exported = hexaglot("export", "--format", "xliff", "--out", "x", "po", "--no-glossary", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert len(list((tmp_path / "x").rglob("*.xlf"))) == 2


def test_a_language_the_glossary_lacks_is_said(hexaglot, foreign, tmp_path):
    from pipeline.glossary import load_glossary, save_glossary
    from pipeline.model import Concept, Glossary

    full = load_glossary(ROOT / "glossaries" / "untoc-som.tbx")
    no_spanish = Glossary("no es", tuple(Concept(c.id, tuple(t for t in c.terms if t.lang != "es")) for c in full.concepts))
    save_glossary(no_spanish, foreign / "no-es.tbx")
    process = hexaglot("check", "locale", "--glossary", "no-es.tbx", cwd=foreign)
    assert "not checked: terminology in es: the glossary has no es terms" in process.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_glossary_none_of_whose_concepts_occurs_is_said(hexaglot, foreign, jobs):
    # A glossary of another field: every catalog read, no term checked, nothing said, as if the
    # terminology were right. Said in every mode, and again when the findings come from the cache.
    (foreign / "roads.csv").write_text("English,Russian,French,Arabic\nzebra crossing,пешеходный переход,passage piéton,"
                                       "ممر المشاة\nroundabout,круговое движение,rond-point,دوار\n", encoding="utf-8")
    said = "not checked: terminology: none of the glossary's 2 concepts occurs in the sources checked, so no term was checked"
    for cache in (["--no-cache"], ["--cache", "cache"], ["--cache", "cache"]):
        process = hexaglot("check", "locale", "--glossary", "roads.csv", "--jobs", jobs, *cache, cwd=foreign)
        assert said in process.stdout.splitlines(), process.stdout
    # The shipped glossary finds its concepts in these sources: nothing of the kind is said.
    process = hexaglot("check", "locale", "--glossary", str(ROOT / "glossaries" / "untoc-som.tbx"), cwd=foreign)
    assert "none of the glossary's" not in process.stdout


def test_a_term_check_of_other_languages_does_not_say_the_sources_hold_no_concept(hexaglot, tmp_path):
    # `--select TERM005,TYPO001` on the Chinese catalogs: TERM005 reads Russian alone, so no
    # term was looked for, and the summary said none of the glossary's concepts occurs in
    # sources that are full of them (the note that TERM005 checks ru alone says why).
    process = hexaglot("check", str(ROOT / "locale" / "zh"), "--glossary", str(ROOT / "glossaries" / "untoc-som.tbx"),
                       "--select", "TERM005", "--select", "TYPO001", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert "not checked: TERM005 checks ru alone, and no ru catalog was checked" in process.stdout.splitlines()
    assert "none of the glossary's" not in process.stdout


def test_catalogs_with_nothing_translated_do_not_say_the_sources_hold_no_concept(hexaglot, tmp_path):
    # A document's English alone, the other versions to come: its sources are full of the
    # glossary's terms, and the summary said none of its concepts occurs in them.
    corpus = tmp_path / "corpus" / "DOC"
    corpus.mkdir(parents=True)
    shutil.copy(ROOT / "corpora" / "CTOC-COP-WG.7-2022-2" / "en.txt", corpus / "en.txt")
    assert hexaglot("extract", "corpus", "--out", "locale", cwd=tmp_path).returncode == 0
    process = hexaglot("check", "locale", "--glossary", str(ROOT / "glossaries" / "untoc-som.tbx"), "--no-cache", cwd=tmp_path)
    assert "not checked: terminology: no entry is translated, so no term was checked" in process.stdout.splitlines()
    assert "none of the glossary's" not in process.stdout


def test_a_concept_the_sources_hold_and_the_glossary_gives_no_term_for_in_a_language_is_said(hexaglot, foreign):
    # The glossary has no Russian for "Working Group": TERM001 has nothing to expect in the
    # Russian catalog, and said nothing, as if the Russian rendering had been checked.
    (foreign / "partial.csv").write_text("English,Russian,French\nWorking Group,,groupe de travail\n"
                                         "smuggling of migrants,незаконный ввоз мигрантов,trafic illicite de migrants\n",
                                         encoding="utf-8")
    lines = hexaglot("check", "locale", "--glossary", "partial.csv", "--fail-on", "never", cwd=foreign).stdout.splitlines()
    assert ("not checked: terminology in ru: 1 concept found in the sources has no approved ru term, so it is not "
            "checked there (working-group)") in lines
    assert not [line for line in lines if line.startswith("not checked: terminology in fr")]


def test_the_summary_counts_the_catalogs_read(hexaglot, foreign):
    process = hexaglot("check", "locale", "--no-glossary", cwd=foreign)
    assert process.stdout.splitlines()[-2].startswith("3 catalogs, 12 entries checked")


def test_a_catalog_named_twice_is_checked_once(hexaglot, foreign):
    # `hexaglot check locale/ru/LC_MESSAGES/messages.po locale`, or a shell glob and its
    # folder: the Russian catalog was checked twice, its findings printed twice and counted in
    # "4 catalogs, 16 entries" where "read as" said ru 1.
    ru = "locale/ru/LC_MESSAGES/messages.po"
    (foreign / ru).write_text((foreign / ru).read_text(encoding="utf-8").replace("Утверждение", "Утверждениe"), encoding="utf-8")
    once = hexaglot("check", "locale", "--no-glossary", "--no-cache", cwd=foreign)
    for named in ([ru, "locale"], ["locale", f"./{ru}"], [ru, f"../{foreign.name}/{ru}"]):
        twice = hexaglot("check", *named, "--no-glossary", "--no-cache", cwd=foreign)
        assert twice.returncode == once.returncode == 1
        assert twice.stdout.count("TYPO001") == 1, (named, twice.stdout)
        if "locale" in named:
            assert twice.stdout == once.stdout
        else:
            assert "1 catalog, 4 entries checked" in twice.stdout


# -- inputs are never outputs ---------------------------------------------------------------------


@pytest.fixture
def with_inputs(project):
    from pathlib import Path

    from pipeline.stages import extract_corpus

    extract_corpus(Path("corpora"), Path("locale"))
    return project


def snapshot(root):
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("target", [
    "locale/ru/LC_MESSAGES/CTOC-COP-WG.7-2022-1.po",
    "glossaries/untoc-som.tbx",
    "corpora/CTOC-COP-WG.7-2022-1/ru.txt",
    "locale/findings.json",
    "glossaries/findings.json",
])
def test_check_output_never_lands_on_an_input(hexaglot, with_inputs, target):
    before = snapshot(with_inputs)
    line = one_error_line(hexaglot("check", "--output", target, cwd=with_inputs), "E022")
    assert target in line
    assert snapshot(with_inputs) == before


def test_a_reader_that_leaves_early_is_said_for_junit_and_sarif_too(tmp_path):
    # Written as one string, a document of more than a pipe's worth (the shipped corpus's 240 kB
    # of JUnit; SARIF is written the same way) lost the broken pipe in CPython's buffered
    # writer: the CI step read a cut file, and the run said exit 0.
    format = "junit"
    process = subprocess.Popen([sys.executable, "-m", "pipeline", "check", str(ROOT / "locale"), "--glossary",
                                str(ROOT / "glossaries" / "untoc-som.tbx"), "--format", format, "--fail-on", "never"],
                               cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.read(10)
    process.stdout.close()
    _, error = process.communicate(timeout=300)
    assert process.returncode == 141, error
    assert b"Traceback" not in error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes (POSIX)")
def test_output_into_a_named_pipe_is_written_into_and_a_folder_is_refused(hexaglot, with_inputs):
    # `--output` on a pipe (or a device: `/dev/null`, as root) renamed a regular file over it:
    # the pipe's reader waited for ever, and /dev/null became a file. A folder left a temporary
    # file beside it.
    import stat
    import threading

    pipe = with_inputs / "findings.pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = hexaglot("check", "--format", "json", "--output", str(pipe), "--fail-on", "never", cwd=with_inputs)
    reader.join(timeout=60)
    if reader.is_alive():  # the pipe was replaced, and its reader still waits: freed, to fail below
        with open(pipe, "wb"):
            pass
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert json.loads(received[0])["findings"]
    folder = with_inputs / "out"
    folder.mkdir()
    before = set(with_inputs.iterdir())
    line = one_error_line(hexaglot("check", "--format", "json", "--output", "out", cwd=with_inputs), "E011")
    assert "it is a folder" in line and set(with_inputs.iterdir()) == before and not list(folder.iterdir())


@pytest.mark.parametrize("command", ["check", "report"])
def test_output_never_writes_over_a_file_that_holds_something_else_than_findings(hexaglot, with_inputs, command):
    # A catalog or a glossary kept outside the project (a typo of `--output ../other/fr.po`):
    # its 37 translations were replaced by findings text, exit 1, nothing said.
    import shutil

    other = with_inputs / "other"
    other.mkdir()
    shutil.copy(with_inputs / "locale/fr/LC_MESSAGES/CTOC-COP-WG.7-2022-1.po", other / "fr.po")
    shutil.copy(with_inputs / "glossaries/untoc-som.tbx", other / "team.tbx")
    (other / "notes.txt").write_text("Ask the editor about item 4.\n", encoding="utf-8")
    # Files that quote hexaglot, which are no findings it wrote: a README with a finding in its
    # tour, notes that begin with one pasted from a mail, a package.json of a project of its name.
    (other / "README.md").write_text("# hexaglot\n\n```\nlocale/ru/LC_MESSAGES/x.po:12: TERM001 error: [p/1] ...\n"
                                      "20 catalogs, 1425 entries checked: 15 errors, 8 warnings, 13 notes\n```\n", encoding="utf-8")
    (other / "mail.txt").write_text("locale/ru/LC_MESSAGES/x.po:12: TERM001 error: quoted from a mail\n"
                                    "Anna thinks this one is right: ask her.\n", encoding="utf-8")
    (other / "package.json").write_text('{\n  "name": "hexaglot",\n  "version": "1.0.0"\n}\n', encoding="utf-8")
    extra = ["--out", "pages"] if command == "report" else []
    for name in ("fr.po", "team.tbx", "notes.txt", "README.md", "mail.txt", "package.json"):
        before = (other / name).read_bytes()
        line = one_error_line(hexaglot(command, "--output", f"other/{name}", *extra, cwd=with_inputs), "E022")
        assert f"other/{name}" in line and "nothing was written" in line
        assert (other / name).read_bytes() == before
    # Findings hexaglot wrote there before are written over, in every format, and as a
    # PowerShell redirect saves them (UTF-16 with its byte-order mark).
    printed = hexaglot(command, *extra, cwd=with_inputs).stdout
    (with_inputs / "redirected.txt").write_bytes(printed.encode("utf-16"))
    assert hexaglot(command, "--output", "redirected.txt", *extra, cwd=with_inputs).returncode == 1
    for fmt in ("text", "json", "junit", "sarif") if command == "check" else ("text", "json"):
        for _ in range(2):
            assert hexaglot(command, "--format", fmt, "--output", f"findings.{fmt}", *extra, cwd=with_inputs).returncode == 1


def test_check_output_inside_a_folder_it_reads_is_refused(hexaglot, with_inputs):
    import shutil

    shutil.copytree(with_inputs / "locale", with_inputs / "elsewhere")
    line = one_error_line(hexaglot("check", "elsewhere", "--output", "elsewhere/out.json", cwd=with_inputs), "E022")
    assert "a folder this command reads" in line


@pytest.mark.parametrize("reports", ["corpora", "locale", "corpora/CTOC-COP-WG.7-2022-1"])
def test_run_reports_beside_the_inputs_is_refused_before_anything_is_written(hexaglot, with_inputs, reports):
    # `run --reports corpora` wrote index.html and findings.json among the versions, exit 0,
    # where `report --out corpora` is refused.
    before = snapshot(with_inputs)
    line = one_error_line(hexaglot("run", "--reports", reports, "--no-cache", cwd=with_inputs), "E022")
    assert "--reports" in line
    assert snapshot(with_inputs) == before


def test_report_out_into_the_catalogs_is_refused(hexaglot, with_inputs):
    before = snapshot(with_inputs)
    one_error_line(hexaglot("report", "--out", "locale", cwd=with_inputs), "E022")
    assert snapshot(with_inputs) == before


def test_report_never_writes_its_document_folder_into_an_input_or_over_a_page_of_the_user_s(hexaglot, tmp_path):
    # `report msgs --out .` wrote msgs/index.html among the catalogs it read, and
    # `report editor/po --out .` wrote over a project's own editor/index.html and findings.json:
    # --out alone was guarded, not the document's folder under it.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    for folder in ("msgs", "editor/po"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "ru.po").write_text(po_text("ru", [(SOURCES[3], TRANSLATIONS["ru"][3])]), encoding="utf-8")
    (tmp_path / "editor" / "index.html").write_text("<html>the editor's own page</html>\n", encoding="utf-8")
    before = snapshot(tmp_path)
    assert "--out's folder for msgs" in one_error_line(hexaglot("report", "msgs", "--no-glossary", "--out", ".", cwd=tmp_path), "E022")
    line = one_error_line(hexaglot("report", "editor/po", "--no-glossary", "--out", ".", cwd=tmp_path), "E022")
    assert "editor/index.html" in line and "a page hexaglot did not write" in line
    assert snapshot(tmp_path) == before
    # A report hexaglot wrote there before is written over, as before.
    for _ in range(2):
        assert hexaglot("report", "editor/po", "--no-glossary", "--out", "pages", cwd=tmp_path).returncode == 0
    assert (tmp_path / "pages" / "editor" / "index.html").is_file()


def test_a_report_refused_for_its_document_folder_writes_and_prints_nothing_first(hexaglot, tmp_path):
    # The refusal came after the findings were written to --output and the summary printed:
    # exit 2 with a findings file and a summary on standard output, as if the run had ended.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    (tmp_path / "editor" / "po").mkdir(parents=True)
    (tmp_path / "editor" / "po" / "ru.po").write_text(po_text("ru", [(SOURCES[3], TRANSLATIONS["ru"][3])]), encoding="utf-8")
    (tmp_path / "editor" / "index.html").write_text("<html>the editor's own page</html>\n", encoding="utf-8")
    for output in (["--output", "findings.json", "--format", "json"], ["--output", "findings.txt"], []):
        result = hexaglot("report", "editor/po", "--no-glossary", "--out", ".", *output, cwd=tmp_path)
        assert "a page hexaglot did not write" in one_error_line(result, "E022")
        assert result.stdout == ""
        assert not (tmp_path / "findings.json").exists() and not (tmp_path / "findings.txt").exists()


def test_a_catalog_named_dots_is_reported_inside_the_output_folder(hexaglot, tmp_path):
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    path = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "...po"
    path.parent.mkdir(parents=True)
    path.write_text(po_text("ru", [(SOURCES[3], TRANSLATIONS["ru"][3])]), encoding="utf-8")
    process = hexaglot("report", "locale", "--no-glossary", "--out", "reports", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    assert not (tmp_path / "index.html").exists()
    written = [p.relative_to(tmp_path).as_posix() for p in (tmp_path / "reports").rglob("*") if p.is_file()]
    assert sorted(written) == ["reports/_/findings.json", "reports/_/findings.xlsx", "reports/_/index.html"]


@pytest.mark.parametrize("given", [".", "../CTOC-COP-WG.7-2022-1", "./"])
def test_a_document_folder_given_as_dot_is_named_by_its_folder(hexaglot, project, given):
    # `extract .` inside a document folder named the document `_`: a second document extracted
    # so wrote into the first one's catalogs, and its translations went obsolete (a probe's).
    folder = project / "corpora" / "CTOC-COP-WG.7-2022-1"
    process = hexaglot("extract", given, "--out", "../../locale", cwd=folder)
    assert process.returncode == 0, process.stderr
    assert sorted(p.name for p in (project / "locale").rglob("*.po*")) == ["CTOC-COP-WG.7-2022-1.po"] * 5 + [
        "CTOC-COP-WG.7-2022-1.pot"]
    assert "(, the folder's name" not in process.stdout + process.stderr


def test_a_linked_document_folder_given_as_dot_is_named_by_the_link(hexaglot, project, monkeypatch):
    # `cd link && extract .` named the document after the link's target, `extract link` after
    # the link: one document in two sets of catalogs (a regression probe's).
    (project / "corpora" / "agenda").symlink_to(project / "corpora" / "CTOC-COP-WG.7-2022-1")
    monkeypatch.setenv("PWD", str(project / "corpora" / "agenda"))
    process = hexaglot("extract", ".", "--out", str(project / "locale"), cwd=project / "corpora" / "agenda")
    assert process.returncode == 0, process.stderr
    assert sorted(p.name for p in (project / "locale").rglob("*.pot")) == ["agenda.pot"]


def test_a_document_folder_named_with_a_newline_gives_catalogs_that_parse(hexaglot, project):
    import shutil

    shutil.move(project / "corpora" / "CTOC-COP-WG.7-2022-1", project / "corpora" / "WG7\nagenda")
    process = hexaglot("extract", cwd=project)
    assert process.returncode == 0, process.stderr
    catalogs = sorted((project / "locale").rglob("*.po*"))
    assert [p.name for p in catalogs if "\n" in p.name] == []
    assert len(catalogs) == 6
    if shutil.which("msgfmt"):
        for catalog in catalogs:
            check = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(catalog)], capture_output=True, text=True)
            assert check.returncode == 0, check.stderr


@pytest.mark.parametrize("command", [
    ["glossary", "export", "glossaries/untoc-som.tbx", "--out", "glossaries/untoc-som.tbx"],
    ["glossary", "import", "glossaries/untoc-som.tbx", "--out", "glossaries/untoc-som.tbx"],
    ["glossary", "export", "glossaries/untoc-som.tbx", "--out", "locale/terms.csv"],
    ["extract", "--out", "corpora/catalogs"],
    ["checks", "docs", "--out", "corpora/checks.md"],
])
def test_commands_that_write_refuse_their_inputs(hexaglot, with_inputs, command):
    before = snapshot(with_inputs)
    one_error_line(hexaglot(*command, cwd=with_inputs), "E022")
    assert snapshot(with_inputs) == before


# -- files that are not files ---------------------------------------------------------------------


def test_meta_toml_as_a_folder_or_a_fifo_is_named_never_a_hang(hexaglot, project):
    import os

    meta = project / "corpora" / "CTOC-COP-WG.7-2022-1" / "meta.toml"
    meta.unlink()
    meta.mkdir()
    assert "meta.toml is a directory" in one_error_line(hexaglot("extract", cwd=project), "E010")
    meta.rmdir()
    os.mkfifo(meta)
    assert "named pipe" in one_error_line(hexaglot("extract", cwd=project), "E010")


@pytest.mark.parametrize("kind", ["fifo", "loop", "dangling"])
def test_a_catalog_that_is_not_a_file_is_named(hexaglot, foreign, kind):
    import os

    path = foreign / "locale" / "ru" / "LC_MESSAGES" / "extra.po"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "loop":
        os.symlink(path.name, path)
    else:
        os.symlink("nowhere.po", path)
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=foreign), "E001")
    expected = {"fifo": "named pipe", "loop": "loops back on itself", "dangling": "symbolic link to nothing"}[kind]
    assert "extra.po" in line and expected in line


def test_a_document_or_configuration_that_is_a_fifo_is_named(hexaglot, project):
    import os

    ru = project / "corpora" / "CTOC-COP-WG.7-2022-1" / "ru.txt"
    ru.unlink()
    os.mkfifo(ru)
    assert "named pipe" in one_error_line(hexaglot("extract", cwd=project), "E001")
    os.mkfifo(project / "hexaglot.toml")
    assert "named pipe" in one_error_line(hexaglot("check", "--no-glossary", cwd=project), "E017")


def test_every_error_code_is_documented():
    from pipeline.errors import ERROR_CODES

    documented = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert [code for code in ERROR_CODES if f"| {code} |" not in documented] == []


# -- every mode finds the same on a tree other tools wrote ------------------------------------------


@pytest.fixture
def foreign_with_defects(tmp_path):
    """Two applications' catalogs, no msgctxt, with a wrong date, a doubled word and an
    inconsistent translation planted: the same findings are expected in every mode."""
    write_tree(tmp_path / "locale", domains=("messages", "admin"))
    ru = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    ru.write_text(ru.read_text(encoding="utf-8").replace("27 и 28 июня", "27 и 29 июня"), encoding="utf-8")
    fr = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "admin.po"
    fr.write_text(fr.read_text(encoding="utf-8").replace("figure dans le document", "figure dans le le document")
                  .replace("Adoption de l’ordre du jour", "Adoption de l’ordre du jour provisoire"), encoding="utf-8")
    return tmp_path


def _findings_in(folder, *options, in_process=False):
    import json

    process = run_hexaglot("check", "locale", "--no-glossary", "--format", "json", "--fail-on", "never", *options, cwd=folder,
                           in_process=in_process)
    assert process.returncode == 0, process.stderr
    return [(f["code"], f["lang"], f["file"], f["line"], f["message"]) for f in json.loads(process.stdout)["findings"]]


def test_every_mode_finds_the_same_on_a_tree_other_tools_wrote(foreign_with_defects):
    one = _findings_in(foreign_with_defects, "--jobs", "1", in_process=True)  # the pool and the cluster have their own processes
    assert {code for code, *_ in one} >= {"NUM002", "TYPO006", "CONS004"}, one
    assert _findings_in(foreign_with_defects, "--jobs", "2") == one
    assert _findings_in(foreign_with_defects, "--jobs", "2", "--cache", "cache") == one
    assert _findings_in(foreign_with_defects, "--jobs", "2", "--cache", "cache") == one  # served from the cache
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert _findings_in(foreign_with_defects, "--scheduler", cluster.scheduler_address) == one


_BREAKAGES = [
    b'\nmsgid "Other"\nmsgstr "\x00"\n',            # a NUL byte
    b'\nmsgid "Other matters"\nmsgstr Questions\n',  # an unquoted string
    b'\nmsgstr "no msgid"\n',                         # msgstr without msgid
    b'\n"a continuation of nothing"\n',
    b'\xff\xfe\x00not utf-8\n',
]


@given(breakage=st.sampled_from(_BREAKAGES), where=st.sampled_from(["messages", "admin"]),
       lang=st.sampled_from(["ru", "fr", "es"]), cut=st.integers(min_value=0, max_value=2000))
@settings(derandomize=True, max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_broken_catalog_in_a_pool_is_one_input_error(tmp_path_factory, breakage, where, lang, cut):
    """The worker error path, fuzzed: a catalog broken anywhere, in either document, read in a
    worker process, reaches the caller as the input error a one-process run raises."""
    from pipeline.run import check_catalogs
    from pipeline.errors import HexaglotInputError

    root = tmp_path_factory.mktemp("pool") / "locale"
    write_tree(root, domains=("messages", "admin"))
    path = root / lang / "LC_MESSAGES" / f"{where}.po"
    data = path.read_bytes()
    cut = min(cut, len(data))
    path.write_bytes(data[:cut] + breakage + data[cut:])
    outcomes = []
    for jobs in (1, 2):
        try:
            check_catalogs([root], [], jobs=jobs, keep_report_data=False)
            outcomes.append("passed")
        except HexaglotInputError as error:
            outcomes.append(str(error))
    assert outcomes[0] == outcomes[1]


def test_a_usage_error_is_one_line_and_exit_2(hexaglot, foreign):
    process = hexaglot("check", "locale", "--jobs", "0", cwd=foreign)
    assert process.returncode == 2
    assert len(process.stderr.strip().splitlines()) == 1 and "--jobs" in process.stderr


def test_a_document_written_in_french_is_checked_from_french(hexaglot, tmp_path):
    # meta.toml's source_lang = "fr": extract makes French the msgids and says so in every
    # catalog's header (X-Source-Language). The check took the msgids for English: the English
    # version went unchecked ("in the source language"), and no French term was looked for.
    doc = "CTOC-COP-WG.7-2022-2"
    shutil.copytree(ROOT / "corpora" / doc, tmp_path / "corpora" / doc)
    (tmp_path / "corpora" / doc / "meta.toml").write_text('symbol = "CTOC/COP/WG.7/2022/2"\nsource_lang = "fr"\n', encoding="utf-8")
    assert hexaglot("extract", cwd=tmp_path).returncode == 0
    glossary = str(ROOT / "glossaries" / "untoc-som.tbx")
    declared = hexaglot("check", "--glossary", glossary, "--format", "json", "--fail-on", "never", cwd=tmp_path)
    said = hexaglot("check", "--glossary", glossary, "--format", "json", "--fail-on", "never", "--source-lang", "fr", cwd=tmp_path)
    assert declared.stdout == said.stdout
    summary = json.loads(declared.stdout)["summary"]
    assert {c["locale"] for c in summary["catalogs"]} == {"ar", "en", "es", "ru", "zh"}
    assert summary["by_code"].get("TERM001", 0) > 0
    # A configuration that names the source language is followed, as --source-lang is.
    (tmp_path / "hexaglot.toml").write_text('source_lang = "en"\n', encoding="utf-8")
    configured = json.loads(hexaglot("check", "--glossary", glossary, "--format", "json", "--fail-on", "never", cwd=tmp_path).stdout)
    assert {c["locale"] for c in configured["summary"]["catalogs"]} == {"ar", "es", "ru", "zh"}  # en taken for the source
    (tmp_path / "hexaglot.toml").unlink()
    # Catalogs of sources in two languages are not checked as one: said, with what to do.
    shutil.copytree(ROOT / "locale", tmp_path / "english")
    line = one_error_line(hexaglot("check", "locale", "english", "--glossary", glossary, cwd=tmp_path), "E043")
    assert "sources are in different languages (en in english/" in line and "; fr in locale/" in line and "--source-lang" in line
    assert hexaglot("check", "locale", "english", "--glossary", glossary, "--source-lang", "en", "--fail-on", "never",
                    cwd=tmp_path).returncode == 0


def test_sources_plainly_in_another_language_than_the_one_assumed_are_refused_with_what_to_say(hexaglot, tmp_path):
    # Catalogs another tool wrote say nothing of their source language: French msgids were taken
    # for English, the English translation skipped as "the sources", and the run passed having
    # looked for no French term.
    doc = "CTOC-COP-WG.7-2022-2"
    shutil.copytree(ROOT / "corpora" / doc, tmp_path / "corpora" / doc)
    (tmp_path / "corpora" / doc / "meta.toml").write_text('symbol = "CTOC/COP/WG.7/2022/2"\nsource_lang = "fr"\n', encoding="utf-8")
    assert hexaglot("extract", cwd=tmp_path).returncode == 0
    for catalog in (tmp_path / "locale").rglob("*.po*"):
        text = catalog.read_text(encoding="utf-8")
        catalog.write_text("".join(line for line in text.splitlines(keepends=True) if "X-Source-Language" not in line), encoding="utf-8")
    glossary = str(ROOT / "glossaries" / "untoc-som.tbx")
    for mode in ("1", "2"):
        line = one_error_line(hexaglot("check", "--glossary", glossary, "--jobs", mode, cwd=tmp_path), "E045")
        assert "read as French, not English" in line and "--source-lang fr" in line, line
    said = hexaglot("check", "--glossary", glossary, "--format", "json", "--fail-on", "never", "--source-lang", "fr", cwd=tmp_path)
    assert {c["locale"] for c in json.loads(said.stdout)["summary"]["catalogs"]} == {"ar", "en", "es", "ru", "zh"}
    # English sources are English: the shipped catalogs, their header taken off too, pass as before.
    shutil.copytree(ROOT / "locale", tmp_path / "english")
    for catalog in (tmp_path / "english").rglob("*.po*"):
        text = catalog.read_text(encoding="utf-8")
        catalog.write_text("".join(line for line in text.splitlines(keepends=True) if "X-Source-Language" not in line), encoding="utf-8")
    assert hexaglot("check", "english", "--glossary", glossary, "--fail-on", "never", cwd=tmp_path).returncode == 0
    # Two sentences are too few to tell their language; an English catalog that translates them
    # says enough to be named.
    small = tmp_path / "small"
    for lang, text in (("en", "Smuggling of migrants is a crime."), ("ru", "Незаконный ввоз мигрантов является преступлением.")):
        (small / lang / "LC_MESSAGES").mkdir(parents=True)
        (small / lang / "LC_MESSAGES" / "app.po").write_text(
            f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
            f'msgid "Le trafic illicite de migrants est un crime."\nmsgstr "{text}"\n', encoding="utf-8")
    result = hexaglot("check", "small", "--glossary", glossary, cwd=tmp_path)
    assert "small/en/LC_MESSAGES/app.po (in the source language (en): its translations are the sources, as assumed, " \
           "for nothing names it; yet 1 of its 1 entries translates its msgid: if the sources are in another language, " \
           "say which with --source-lang)" in result.stdout, result.stdout


def test_catalogs_named_with_their_language_last_are_read_as_one_document(hexaglot, tmp_path):
    # `app_ru.po`, `app-fr.po`, `app.es.po` with no Language header (as some projects keep them
    # in one folder): each was E012, "its language cannot be determined".
    folder = tmp_path / "translations"
    folder.mkdir()
    for name, lang, text in (("app_ru.po", "ru", "Утверждение повестки дня"), ("app-fr.po", "fr", "Adoption de l'ordre du jour"),
                             ("app.es.po", "es", "Aprobación del programa")):
        (folder / name).write_text(po_text(lang, [(SOURCES[3], text)]).replace(f'"Language: {lang}\\n"\n', ""), encoding="utf-8")
    assert "Language:" not in (folder / "app_ru.po").read_text(encoding="utf-8")
    process = hexaglot("check", "translations", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    summary = json.loads(process.stdout)["summary"]
    assert {c["locale"] for c in summary["catalogs"]} == {"es", "fr", "ru"}
    assert list(summary["words"]) == ["app"]  # one document, its three versions side by side


def test_a_catalog_named_with_a_locale_is_read_in_that_locale_never_its_region_s_letters(hexaglot, tmp_path):
    # `messages_es_AR.po` was read as Arabic (the last two letters), checked against the Arabic
    # catalog beside it; `app-ca_ES.po` (Catalan) as Spanish; `app_zh_CN.po` as no language (E012).
    folder = tmp_path / "i18n"
    folder.mkdir()
    for name, lang, text in (("messages_ar.po", "ar", "إقرار جدول الأعمال"), ("messages_es_AR.po", "es", "Aprobación del temario"),
                             ("messages_zh_CN.po", "zh", "通过议程"), ("messages-ca_ES.po", "es", "Aprovació de l'ordre del dia")):
        (folder / name).write_text(po_text(lang, [(SOURCES[3], text)]).replace(f'"Language: {lang}\\n"\n', ""), encoding="utf-8")
    process = hexaglot("check", "i18n", "--no-glossary", "--format", "json", "--fail-on", "never", "--skip-other-languages",
                       cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    summary = json.loads(process.stdout)["summary"]
    assert {c["file"].rpartition("/")[2]: c["locale"] for c in summary["catalogs"]} == {
        "messages_ar.po": "ar", "messages_es_AR.po": "es_AR", "messages_zh_CN.po": "zh"}
    assert list(summary["words"]) == ["messages"]
    assert not json.loads(process.stdout)["findings"]  # no Spanish text compared with the Arabic
    assert "Catalan" in json.dumps(summary)  # not checked, and said why


def test_an_empty_catalog_file_fails_the_gate_beside_versions_that_hold_entries(hexaglot, tmp_path):
    # A 0-byte catalog (a tool that stopped as it wrote it) was counted among the catalogs
    # checked, clean, with nothing said but a word count of 0; then listed as not checked, and
    # the gate passed, where the same catalog cut to its header failed it (CONS010).
    from tests.foreign import po_text

    (tmp_path / "locale" / "ru" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locale" / "ru" / "LC_MESSAGES" / "app.po").write_bytes(b"")
    french = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "app.po"
    french.parent.mkdir(parents=True)
    french.write_text(po_text("fr", [(SOURCES[3], "Adoption de l'ordre du jour")]), encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", cwd=tmp_path)
    assert result.returncode == 1
    assert ("locale/ru/LC_MESSAGES/app.po:1: CONS010 error: the file is empty (no header, no entry), where the document's "
            "other versions hold 1: nothing of it was checked") in result.stdout
    # ... and, as docs/cli.md says, not counted among the catalogs checked (an attacker's probe:
    # "2 catalogs", "read as: fr 1, ru 1").
    assert "1 catalog, 1 entry checked" in result.stdout and "read as: fr 1\n" in result.stdout, result.stdout
    assert "not checked: locale/ru/LC_MESSAGES/app.po (the file is empty: no header, no entry)" in result.stdout
    summary = json.loads(hexaglot("check", "locale", "--no-glossary", "--format", "json", cwd=tmp_path).stdout)["summary"]
    assert summary["catalogs_checked"] == 1
    assert {"file": "locale/ru/LC_MESSAGES/app.po", "reason": "the file is empty: no header, no entry"} in summary["not_checked"]
    # With the template beside it, the entries it lacks are counted from the template.
    template = tmp_path / "locale" / "templates" / "app.pot"
    template.parent.mkdir()
    template.write_text(po_text("", [(SOURCES[3], "")]), encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", cwd=tmp_path)
    assert result.returncode == 1
    assert "app.po:1: CONS010 error: the file is empty (no header, no entry): the template's one entry is not in it" in result.stdout
    # Of another document than the others', it is said all the same (it was counted as checked).
    template.unlink()
    (tmp_path / "locale" / "ru" / "LC_MESSAGES" / "app.po").rename(tmp_path / "locale" / "ru" / "LC_MESSAGES" / "other.po")
    result = hexaglot("check", "locale", "--no-glossary", cwd=tmp_path)
    assert result.returncode == 1
    assert "other.po:1: CONS010 error: the file is empty (no header, no entry): nothing of it was checked" in result.stdout
    (tmp_path / "locale" / "ru" / "LC_MESSAGES" / "other.po").rename(tmp_path / "locale" / "ru" / "LC_MESSAGES" / "app.po")
    # An empty file whose path names no language is nothing to check, said so.
    (tmp_path / "locale" / "ru" / "LC_MESSAGES" / "app.po").rename(tmp_path / "locale" / "notes.po")
    result = hexaglot("check", "locale", "--no-glossary", cwd=tmp_path)
    assert "not checked: locale/notes.po (the file is empty: no header and no entry)" in result.stdout
    # Alone, nothing was checked: said of the file as what it is.
    (tmp_path / "alone" / "ru").mkdir(parents=True)
    (tmp_path / "alone" / "ru" / "app.po").write_bytes(b"")
    result = hexaglot("check", "alone", "--no-glossary", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "hexaglot: [E023] nothing was checked: 1 catalog checked holds no "
                                                     "entry, 0 not checked (alone/ru/app.po: the file is empty)\n")
    # So is one of blank lines or a comment alone (it has no header either), and two of them.
    (tmp_path / "alone" / "ru" / "app.po").write_text("# Translator: A. N.\n\n", encoding="utf-8")
    (tmp_path / "alone" / "fr").mkdir()
    (tmp_path / "alone" / "fr" / "app.po").write_bytes(b"")
    result = hexaglot("check", "alone", "--no-glossary", cwd=tmp_path)
    assert result.stderr.endswith("(alone/fr/app.po, alone/ru/app.po: the files are empty)\n")


def test_a_second_catalog_of_one_language_in_a_document_is_listed_not_compared_in_silence(tmp_path):
    # A tree with `ru/` and a leftover `ru_RU/` of the same document: both were checked, the
    # six-version checks compared one of them without saying which, and the summary read
    # "ru 2" as if two documents.
    write_tree(tmp_path / "locale")
    shutil.copytree(tmp_path / "locale" / "ru", tmp_path / "locale" / "ru_RU")
    process = run_hexaglot("check", "locale", "--no-glossary", "--format", "json", cwd=tmp_path)
    assert process.returncode in (0, 1), process.stderr
    not_checked = json.loads(process.stdout)["summary"]["not_checked"]
    assert [(item["file"], item["reason"]) for item in not_checked] == [
        ("locale/ru_RU/LC_MESSAGES/messages.po", "a second ru catalog of its document: locale/ru/LC_MESSAGES/messages.po is checked; "
         "to check its 4 translated entries: hexaglot check locale/ru_RU/LC_MESSAGES/messages.po")]


def test_of_a_language_s_two_catalogs_the_one_named_by_the_language_alone_is_checked(hexaglot, tmp_path):
    # `fr.po` beside a leftover `fr-FR.po`: `-` sorts before `.`, so the leftover was checked,
    # the real catalog with its dropped placeholder "not checked", and the gate passed; naming
    # the two files in the other order checked the other one.
    from tests.foreign import po_text

    po = tmp_path / "po"
    po.mkdir()
    broken = po_text("fr", [("Open the file %s", "Ouvrir le fichier")])
    clean = po_text("fr", [("Open the file %s", "Ouvrir le fichier %s")])
    (po / "fr.po").write_text(broken, encoding="utf-8")
    (po / "fr-FR.po").write_text(clean, encoding="utf-8")
    for args in (["po"], ["po/fr-FR.po", "po/fr.po"], ["po/fr.po", "po/fr-FR.po"]):
        result = hexaglot("check", *args, "--no-glossary", "--no-cache", cwd=tmp_path)
        assert result.returncode == 1, result.stdout
        assert "po/fr.po:" in result.stdout and "FMT003" in result.stdout
        assert ("not checked: po/fr-FR.po (a second fr catalog of its document: po/fr.po is checked; to check its 1 translated "
                "entry: hexaglot check po/fr-FR.po)") in result.stdout
    # Named in capitals (`FR.po`) it is the language alone too; of three, each left out names
    # the one checked (the first of the three, left out later, was said to be checked).
    (po / "fr.po").rename(po / "FR.po")
    result = hexaglot("check", "po/fr-FR.po", "po/FR.po", "--no-glossary", "--no-cache", cwd=tmp_path)
    assert result.returncode == 1 and "po/FR.po:" in result.stdout
    # Beside `fr.po` (a copy made on a system that ignores case), gettext's `fr.po` is the one.
    (po / "FR.po").write_text(clean, encoding="utf-8")
    (po / "fr.po").write_text(broken, encoding="utf-8")
    result = hexaglot("check", "po/FR.po", "po/fr.po", "--no-glossary", "--no-cache", cwd=tmp_path)
    assert result.returncode == 1 and "not checked: po/FR.po (a second fr catalog of its document: po/fr.po is checked; " in result.stdout
    (po / "FR.po").unlink()
    (po / "fr_FR.po").write_text(clean, encoding="utf-8")
    result = hexaglot("check", "po/fr-FR.po", "po/fr_FR.po", "po/fr.po", "--no-glossary", "--no-cache", cwd=tmp_path)
    assert result.returncode == 1 and "po/fr.po:" in result.stdout
    said = [line for line in result.stdout.splitlines() if line.startswith("not checked: ")]
    assert sorted(said) == [f"not checked: po/{name} (a second fr catalog of its document: po/fr.po is checked; to check its 1 "
                            f"translated entry: hexaglot check po/{name})" for name in ("fr-FR.po", "fr_FR.po")]


def test_two_catalogs_of_one_language_neither_named_by_it_alone_are_refused(hexaglot, tmp_path):
    # Django's `zh_Hans/` beside a leftover `zh_CN/`: neither names Chinese alone, so the one
    # checked was the first in the paths' order, the other "not checked", and the gate passed
    # or failed with the order the paths were given in.
    from tests.foreign import po_text

    for folder, translation in (("zh_Hans", "删除%(nmae)s？"), ("zh_CN", "删除%(name)s？")):
        path = tmp_path / "locale" / folder / "LC_MESSAGES" / "app.po"
        path.parent.mkdir(parents=True)
        path.write_text(po_text("zh", [("Delete %(name)s?", translation)]), encoding="utf-8")
    for args in (["locale"], ["locale/zh_CN", "locale/zh_Hans"], ["locale/zh_Hans", "locale/zh_CN"]):
        result = hexaglot("check", *args, "--no-glossary", "--no-cache", cwd=tmp_path)
        assert result.returncode == 2 and result.stdout == "", result.stdout
        assert result.stderr.count("\n") == 1 and "[E051]" in result.stderr
        assert "locale/zh_CN/LC_MESSAGES/app.po" in result.stderr and "locale/zh_Hans/LC_MESSAGES/app.po" in result.stderr
    # each checked on its own is no question
    result = hexaglot("check", "locale/zh_Hans", "--no-glossary", "--no-cache", cwd=tmp_path)
    assert result.returncode == 1 and "FMT003" in result.stdout
    # A folder of the UN version (`fr_FR/`) beside one of a region's variety (`fr_CA/`): the
    # first is the language's, as extract merges into it and says; E051 refused the tree
    # extract had made and approved.
    for folder, translation in (("fr_FR", "Supprimer %(nmae)s ?"), ("fr_CA", "Supprimer %(name)s ?")):
        path = tmp_path / "regional" / folder / "LC_MESSAGES" / "app.po"
        path.parent.mkdir(parents=True)
        path.write_text(po_text("fr", [("Delete %(name)s?", translation)]), encoding="utf-8")
    result = hexaglot("check", "regional", "--no-glossary", "--no-cache", cwd=tmp_path)
    assert result.returncode == 1 and "regional/fr_FR/LC_MESSAGES/app.po:" in result.stdout, result.stderr
    assert "not checked: regional/fr_CA/LC_MESSAGES/app.po (a second fr catalog of its document" in result.stdout
    # ... in a tree of `<locale>/<domain>.po` too
    for folder in ("fr_FR", "fr_CA"):
        flat = tmp_path / "flat" / folder / "app.po"
        flat.parent.mkdir(parents=True)
        shutil.copy(tmp_path / "regional" / folder / "LC_MESSAGES" / "app.po", flat)
    result = hexaglot("check", "flat", "--no-glossary", "--no-cache", cwd=tmp_path)
    assert result.returncode == 1 and "flat/fr_FR/app.po:" in result.stdout, result.stderr


def test_an_english_catalog_of_spanish_place_names_is_not_taken_for_spanish_sources(hexaglot, tmp_path):
    # A dashboard's catalog: a few English strings and hundreds of Colombian place names. The
    # articles inside the names (`del`, `Los`, `y`) read as Spanish, and E045 told the user the
    # sources were Spanish.
    names = ["Valle del Cauca", "San José del Guaviare", "El Carmen de Bolívar", "Los Patios", "La Dorada",
             "Archipiélago de San Andrés, Providencia y Santa Catalina", "Puerto Asís", "Santa Rosa del Sur"]
    strings = ["Select a department", "Number of people in need", "Funding received (US$)",
               "The data shown here are updated every week by the cluster coordinators."]
    entries = "".join(f'msgid "{text} {n}"\nmsgstr ""\n\n' for n in range(40) for text in names) + \
        "".join(f'msgid "{text}"\nmsgstr "{text} (es)"\n\n' for text in strings)
    (tmp_path / "locale" / "es" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locale" / "es" / "LC_MESSAGES" / "hrp.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: es\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + entries, encoding="utf-8")
    result = hexaglot("check", "--no-glossary", "--fail-on", "never", cwd=tmp_path)
    assert result.returncode == 0 and "E045" not in result.stderr, result.stderr


@pytest.mark.parametrize("lang, sources", [
    ("ar", ["يقدم هذا التقرير عملا بقرار الجمعية العامة المؤرخ في كانون الأول/ديسمبر",
            "ويستند التقرير إلى المعلومات الواردة من الدول الأعضاء حتى نيسان/أبريل",
            "وأبلغت الدول الأطراف عن عدد من التحديات في مجال التعاون الدولي"]),
    ("zh", ["本报告是根据大会第76/187号决议提交的，大会在该决议中请秘书长向其第七十七届会议提交报告。",
            "报告依据的是截至2022年4月30日从46个会员国收到的资料以及联合国毒品和犯罪问题办公室的工作。",
            "缔约国报告了在刑事事项国际合作方面遇到的一些挑战，特别是司法协助方面的挑战。"]),
])
def test_sources_in_a_script_without_capitals_or_spaces_are_told_too(hexaglot, tmp_path, lang, sources):
    # Arabic has no capitals and Chinese no spaces between words: neither is a name or label
    # for being so, and sources in either are refused as the French ones are (E045).
    entries = "".join(f'msgid "{text} {n}"\nmsgstr "x"\n\n' for n in range(30) for text in sources)
    (tmp_path / "locale" / "fr" / "LC_MESSAGES").mkdir(parents=True)
    (tmp_path / "locale" / "fr" / "LC_MESSAGES" / "app.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n' + entries, encoding="utf-8")
    line = one_error_line(hexaglot("check", "--no-glossary", cwd=tmp_path), "E045")
    assert f"--source-lang {lang}" in line


def test_a_language_whose_only_catalog_is_a_mo_is_named_not_left_out(hexaglot, with_inputs):
    # Beside PO catalogs, Russian's compiled .mo alone: the run read four languages and said
    # nothing of the fifth; with --lang ru, E023 never named the .mo.
    import polib

    ru = with_inputs / "locale/ru/LC_MESSAGES/CTOC-COP-WG.7-2022-1.po"
    polib.pofile(str(ru)).save_as_mofile(str(ru.with_suffix(".mo")))
    ru.unlink()
    for other in (with_inputs / "locale/ru/LC_MESSAGES").glob("*.po"):
        other.unlink()
    result = hexaglot("check", "--no-cache", cwd=with_inputs)
    assert result.returncode == 1
    assert ("not checked: locale/ru/LC_MESSAGES/CTOC-COP-WG.7-2022-1.mo: a compiled gettext catalog (.mo), "
            "of which gettext's msgunfmt makes a PO file") in result.stdout.splitlines()
    line = one_error_line(hexaglot("check", "--no-cache", "--lang", "ru", cwd=with_inputs), "E023")
    assert "locale/ru/LC_MESSAGES/CTOC-COP-WG.7-2022-1.mo: a compiled gettext catalog (.mo)" in line
    # Not named: a .mo of a language --lang leaves out, one whose language a PO checked holds
    # (built from po/ru.po), and a build's settings that share a catalog format's suffix.
    assert "not checked: locale/ru" not in hexaglot("check", "--no-cache", "--lang", "fr", cwd=with_inputs).stdout
    (with_inputs / "locale" / "gradle.properties").write_text("org.gradle.jvmargs=-Xmx2g\n", encoding="utf-8")
    (with_inputs / "locale" / "po").mkdir()
    polib.mofile(str(ru.with_suffix(".mo"))).save(str(with_inputs / "locale/po/ru.po"))  # the .mo built from it
    printed = hexaglot("check", "--no-cache", cwd=with_inputs).stdout
    assert ".mo" not in printed and "gradle" not in printed


def test_catalogs_of_other_formats_beside_po_catalogs_are_named_and_a_phrase_file_is_checked(hexaglot, tmp_path):
    # A folder of a PO catalog with a Phrase .mxliff, a Java .properties, a Qt .ts and a JSON
    # catalog beside it: the run checked ru.po alone, exit 0, and named none of them (the
    # .mxliff, named alone, gave an error).
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    folder = tmp_path / "po"
    folder.mkdir()
    (folder / "ru.po").write_text(po_text("ru", [(SOURCES[0], TRANSLATIONS["ru"][0])]), encoding="utf-8")
    (folder / "fr.mxliff").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" '
        'xmlns:m="http://www.memsource.com/mxlf/2.0"><file original="app.docx" source-language="en" target-language="fr" '
        'datatype="x-undefined"><body><trans-unit id="1" m:confirmed="1"><source>The Working Group will meet on 27 and 28 '
        'June 2022.</source><target state="translated">Le Groupe de travail se réunira les 28 et 29 juin 2022.</target>'
        '</trans-unit></body></file></xliff>\n', encoding="utf-8")
    (folder / "messages_es.properties").write_text("greeting=Hola\n", encoding="utf-8")
    (folder / "app_ar.ts").write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ar">'
                                      "</TS>\n", encoding="utf-8")
    (folder / "zh.json").write_text('{"greeting": "你好"}\n', encoding="utf-8")
    (folder / "tsconfig.ts").write_text("export const x = 1;\n", encoding="utf-8")  # TypeScript, named by no language
    result = hexaglot("check", "po", "--no-glossary", "--format", "text", cwd=tmp_path)
    assert result.returncode == 1 and "po/fr.mxliff:" in result.stdout and "NUM002" in result.stdout
    lines = result.stdout.splitlines()
    assert "not checked: po/messages_es.properties: a Java .properties file, of which Translate Toolkit's prop2po makes a PO file" in lines
    assert "not checked: po/app_ar.ts: a Qt Linguist file, of which Translate Toolkit's ts2po or Qt's lconvert makes a PO file" in lines
    assert any(line.startswith("not checked: po/zh.json: a JSON catalog") for line in lines)
    assert "tsconfig" not in result.stdout


def test_translations_in_formats_of_resource_files_cat_tools_and_spreadsheets_are_listed_as_not_checked(hexaglot, tmp_path):
    # A clean French catalog beside the Russian work in a .resx, an Android strings.xml, a CSV,
    # a workbook, a Trados return package, a TagEditor, Wordfast or memoQ file: "1 catalog, 0
    # errors", exit 0, and not a word of the Russian (a probe's; docs/cli.md promised .resx and
    # strings.xml were listed).
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "app.po").write_text(po_text("fr", [(SOURCES[0], TRANSLATIONS["fr"][0])]), encoding="utf-8")
    (tmp_path / "res" / "values-ru").mkdir(parents=True)
    (tmp_path / "res" / "values-ru" / "strings.xml").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<resources><string name="open">Открыть</string></resources>\n', encoding="utf-8")
    # ... not the sources' language, nor an Android resource of no strings (a regression probe's)
    for folder in ("values", "values-en"):
        (tmp_path / "res" / folder).mkdir()
        (tmp_path / "res" / folder / "strings.xml").write_text('<resources><string name="open">Open</string></resources>\n',
                                                               encoding="utf-8")
    (tmp_path / "res" / "values-ru" / "dimens.xml").write_text('<resources><dimen name="pad">8dp</dimen></resources>\n',
                                                               encoding="utf-8")
    (tmp_path / "figures_en.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "Strings.ru.resx").write_text('<?xml version="1.0"?><root></root>\n', encoding="utf-8")
    (tmp_path / "ru").mkdir()
    for name in ("agenda_en-ru.csv", "agenda.xlsx", "WG7.sdlrpx", "agenda.rtf.ttx", "agenda.docx.txml", "agenda.mqxlz"):
        (tmp_path / "ru" / name).write_bytes(b"PK\x03\x04" if name.endswith(("x", "z")) else b"source,target\n")
    result = hexaglot("check", ".", "--no-glossary", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    said = [line for line in result.stdout.splitlines() if line.startswith("not checked: ")]
    assert [line.split(": ")[1] for line in said] == [
        "Strings.ru.resx", "res/values-ru/strings.xml", "ru/WG7.sdlrpx", "ru/agenda.docx.txml", "ru/agenda.mqxlz",
        "ru/agenda.rtf.ttx", "ru/agenda.xlsx", "ru/agenda_en-ru.csv"], said


def test_xliff_files_saved_under_other_names_are_checked_and_a_package_is_named(hexaglot, tmp_path):
    # Wordfast Pro's .txlf, an XLIFF saved as .xml and an Okapi .xlz package beside a PO
    # catalog: ru.po alone was checked and the three passed by without a word (each, named
    # alone, was read). A project's other XML is no catalog.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    def xliff(lang: str, target: str) -> str:
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported -->\n<xliff version="1.2" '
                'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="agenda.docx" source-language="en" '
                f'target-language="{lang}" datatype="x-undefined"><body><trans-unit id="1"><source>The Working Group '
                f'will meet on 27 and 28 June 2022.</source><target state="translated">{target}</target></trans-unit>'
                '</body></file></xliff>\n')

    folder = tmp_path / "po"
    folder.mkdir()
    (folder / "ru.po").write_text(po_text("ru", [(SOURCES[0], TRANSLATIONS["ru"][0])]), encoding="utf-8")
    (folder / "agenda_fr.txlf").write_text(xliff("fr", "Le Groupe de travail se réunira les 28 et 29 juin 2022."), encoding="utf-8")
    (folder / "agenda_zh.xml").write_text(xliff("zh-CN", "工作组将于2022年6月27日和29日举行会议。"), encoding="utf-8")
    (folder / "build.xml").write_text('<?xml version="1.0"?>\n<!-- Converts the <xliff> exports to PO -->\n'
                                      '<project name="app"><target name="xliff"/></project>\n', encoding="utf-8")
    (folder / "pom.xml").write_text("<project><configuration>\n<xliff>true</xliff></configuration></project>\n", encoding="utf-8")
    # A licence of more than a kilobyte above the root, in UTF-16 as some Windows tools save it.
    licence = "<!-- " + "Licensed under the Apache License, Version 2.0. " * 40 + "-->\n"
    (folder / "agenda_ar.xml").write_bytes(codecs.BOM_UTF16_LE + (licence + xliff("ar", "سيجتمع الفريق العامل يومي 27 و28 حزيران/يونيه 2022.")
                                                                   .split("\n", 1)[1]).encode("utf-16-le"))
    with zipfile.ZipFile(folder / "agenda_es.xlz", "w") as package:
        package.writestr("content.xlf", xliff("es", "El Grupo de Trabajo se reunirá los días 27 y 28 de junio de 2022."))
    result = hexaglot("check", "po", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    summary = json.loads(result.stdout)["summary"]
    assert sorted(catalog["file"] for catalog in summary["catalogs"]) == ["po/agenda_ar.xml", "po/agenda_fr.txlf",
                                                                         "po/agenda_zh.xml", "po/ru.po"]
    assert {f["file"] for f in json.loads(result.stdout)["findings"] if f["code"] == "NUM002"} == {"po/agenda_fr.txlf",
                                                                                                   "po/agenda_zh.xml"}
    assert "po/agenda_es.xlz: an XLIFF package (.xlz, a ZIP): unzip it, and check the .xlf inside" in summary["notes"]


@pytest.mark.parametrize("name", ["index.html", "findings.json", "findings.xlsx"])
def test_report_output_is_never_a_file_the_report_writes_itself(hexaglot, with_inputs, name):
    # `--output reports/<doc>/index.html`: the page written after it won and the text findings
    # were lost without a word; into findings.xlsx, JSON was written, then read back as a
    # workbook: E029, and the other documents' reports not written.
    target = f"reports/CTOC-COP-WG.7-2022-1/{name}"
    line = one_error_line(hexaglot("report", "--format", "json", "--output", target, cwd=with_inputs), "E022")
    assert f"{target}: [E022] is a file the report writes itself" in line
    assert not (with_inputs / "reports").exists()
    assert hexaglot("report", "--format", "json", "--output", "reports/all.json", cwd=with_inputs).returncode == 1


def test_no_catalog_text_or_path_prints_a_line_of_its_own_in_text_output(hexaglot, tmp_path):
    # A msgctxt holding a line break (msgfmt accepts it) printed a second line that a CI problem
    # matcher read as a finding of its own (`…/fake.po:1: TERM002 error: injected`); a carriage
    # return in a translation wrote over the line on a terminal; a folder named with a line
    # break did the same in the one error line.
    folder = tmp_path / "locale" / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "x.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgctxt "x\\nlocale/ru/LC_MESSAGES/fake.po:1: TERM002 error: injected"\n'
        'msgid "Working Group"\nmsgstr "Paбочая группa"\n\n'
        'msgid "Delete"\nmsgstr "Удалить\\r\\rhexaglot: clean"\n', encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", "--show-source", "--fail-on", "never", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    findings = [line for line in result.stdout.splitlines() if ": TYPO" in line or ": TERM" in line]
    assert findings and all(line.startswith("locale/ru/LC_MESSAGES/x.po:") for line in findings)
    assert "\r" not in result.stdout and "fake.po:1: TERM002" not in "\n".join(
        line for line in result.stdout.splitlines() if not line.startswith("locale/ru/LC_MESSAGES/x.po:"))
    assert "[x\\nlocale/ru/LC_MESSAGES/fake.po:1: TERM002 error: injected]" in result.stdout
    odd = tmp_path / "odd\nlocale"
    odd.mkdir()
    error = hexaglot("check", str(odd), "--no-glossary", cwd=tmp_path).stderr
    assert error.count("\n") == 1 and "odd\\nlocale" in error


def test_a_folder_s_name_prints_no_line_nor_terminal_control_in_the_summary(hexaglot, tmp_path):
    # The summary's `words in <document>` named the document as its folder is named: a line
    # break there printed a line that read as a finding, an escape sequence reached the terminal.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    name = "app\nx.po:7: TERM002 error: injected\x1b[31m\x9b31m\u202egnp.po"
    (tmp_path / name).mkdir()
    (tmp_path / name / "ru.po").write_text(po_text("ru", [(SOURCES[3], TRANSLATIONS["ru"][3])]), encoding="utf-8")
    for command in (["check"], ["report", "--out", "reports"]):
        result = hexaglot(*command, name, "--no-glossary", "--no-cache", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert not any(line.startswith("x.po:7:") for line in result.stdout.splitlines())
        assert not any(ch in result.stdout for ch in "\x1b\x9b\u202e")
        assert "app\\nx.po:7: TERM002 error: injected\\x1b[31m\\x9b31m\\u202Egnp.po" in result.stdout


def test_a_direction_mark_a_finding_is_about_is_written_where_it_stands(hexaglot, tmp_path):
    # `%\u200f(name)s` in an Arabic software catalog: FMT003 said "placeholder damaged:
    # '(name)s'", the right-to-left mark that damaged it printed as itself, unseen (a probe's).
    (tmp_path / "ar.po").write_text('msgid ""\nmsgstr ""\n"Language: ar\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                    '#, python-format\nmsgid "Welcome, %(name)s."\nmsgstr "مرحبا، %\u200f(name)s."\n',
                                    encoding="utf-8")
    result = hexaglot("check", "ar.po", "--no-glossary", "--select", "FMT003", cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    [line] = [line for line in result.stdout.splitlines() if "FMT003" in line]
    assert "\\u200F" in line and "\u200f" not in line


@pytest.mark.parametrize("args", [["check", ""], ["check", "locale", "--cache", ""], ["report", "locale", "--out", ""],
                                  ["check", "locale", "--output", ""], ["check", "locale", "--baseline", ""]])
def test_an_empty_path_is_refused_not_taken_for_the_working_folder(hexaglot, with_inputs, args):
    # An unset CI variable (`--cache "$CACHE"`): the cache's files were scattered into the
    # working folder, `report --out ""` wrote reports there, `check ""` checked it.
    before = snapshot(with_inputs)
    process = hexaglot(*args, "--no-glossary", cwd=with_inputs)
    assert process.returncode == 2 and process.stderr.count("\n") == 1 and "an empty path" in process.stderr
    assert snapshot(with_inputs) == before


def test_output_dash_is_standard_output(hexaglot, with_inputs):
    # `--output -` wrote a file named `-`.
    process = hexaglot("check", "--no-glossary", "--format", "json", "--output", "-", "--fail-on", "never", cwd=with_inputs)
    assert process.returncode == 0 and json.loads(process.stdout)["schema"] == "hexaglot.findings/1"
    # report writes text findings only to --output: `-` prints them, the summary on standard error.
    report = hexaglot("report", "--output", "-", "--out", "pages", "--fail-on", "never", cwd=with_inputs)
    assert report.returncode == 0 and report.stdout.startswith("locale/") and "entries checked" in report.stderr
    assert not (with_inputs / "-").exists()


def test_the_signature_of_one_run_is_the_same_from_any_working_folder(hexaglot, with_inputs):
    # The glossary was keyed by its path as typed (`glossaries/…` or `../glossaries/…`): the
    # same run from two folders had two signatures, which the JSON contract says make two
    # reports incomparable.
    def signature(cwd, prefix):
        process = hexaglot("check", f"{prefix}locale", "--glossary", f"{prefix}glossaries/untoc-som.tbx", "--format", "json",
                           "--fail-on", "never", cwd=cwd)
        return json.loads(process.stdout)["signature"]

    (with_inputs / "sub").mkdir()
    here, below = signature(with_inputs, ""), signature(with_inputs / "sub", "../")
    assert here == below and list(here["glossaries"]) == ["untoc-som.tbx"]


@pytest.mark.parametrize("glossary, said", [
    # a glossary of English and Russian, on French catalogs
    ("English,Russian\nsmuggling of migrants,незаконный ввоз мигрантов\n", "terminology in fr: the glossary has no fr terms"),
    # a glossary of another field: no concept of it in the sources
    ("id,en,fr\nx,quantum chromodynamics,chromodynamique quantique\n",
     "terminology: none of the glossary's 1 concept occurs in the sources checked"),
])
def test_a_terminology_gate_whose_glossary_gives_it_nothing_to_look_for_checked_nothing(hexaglot, tmp_path, glossary, said):
    # `--select TERM`: "0 errors", exit 0, a note: a terminology-only CI job passed having
    # looked for nothing.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "a.po").write_text(po_text("fr", [(SOURCES[n], TRANSLATIONS["fr"][n]) for n in range(3)]), encoding="utf-8")
    (tmp_path / "g.csv").write_text(glossary, encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale", "--glossary", "g.csv", "--select", "TERM", cwd=tmp_path), "E023")
    assert f"nothing was checked: {said}" in line
    # With other checks selected, the run checked something: the gap is said, as before.
    process = hexaglot("check", "locale", "--glossary", "g.csv", cwd=tmp_path)
    assert process.returncode == 0 and f"not checked: {said}" in process.stdout


def test_a_terminology_gate_with_a_glossary_of_translations_alone_still_finds_rejected_terms(hexaglot, tmp_path):
    # A glossary of French and Spanish only (a team's list of what not to write): TERM002 finds
    # its rejected terms whatever the source says, and `--select TERM` was E023, "nothing was
    # checked", while the same run without --select found the rejected term.
    from tests.foreign import SOURCES, po_text

    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "a.po").write_text(po_text("fr", [(SOURCES[0], "Le Groupe de travail sur le trafic de migrants se réunira "
                                                             "les 27 et 28 juin 2022.")]), encoding="utf-8")
    (tmp_path / "g.csv").write_text("French,Spanish\ntrafic illicite de migrants;trafic de migrants (deprecated),"
                                    "tráfico ilícito de migrantes\n", encoding="utf-8")
    process = hexaglot("check", "locale", "--glossary", "g.csv", "--select", "TERM", "--format", "json", cwd=tmp_path)
    assert process.returncode == 1, process.stderr
    assert [f["code"] for f in json.loads(process.stdout)["findings"]] == ["TERM002"]
    said = hexaglot("check", "locale", "--glossary", "g.csv", "--select", "TERM", cwd=tmp_path).stdout
    assert ("not checked: terminology: the glossary has no en terms to find in the sources, so only its rejected terms "
            "were looked for in the translations (TERM002)") in said
    # The checks that start from the source's concepts, selected alone, had nothing to do.
    one_error_line(hexaglot("check", "locale", "--glossary", "g.csv", "--select", "TERM001", cwd=tmp_path), "E023")


@pytest.mark.parametrize("glossary, select, said", [
    ("English,French\nStates parties,États parties\n", "TERM002", "TERM002 looks for deprecated, superseded or forbidden terms"),
    ("English,French\nStates parties,États parties\n", "TERM003", "TERM003 looks for admitted terms"),
    ("English,French\nStates parties,États membres (deprecated)\n", "TERM001", "TERM001 looks for preferred or admitted terms"),
])
def test_a_terminology_check_selected_that_the_glossary_gives_nothing_to_look_for_checked_nothing(hexaglot, tmp_path, glossary,
                                                                                                   select, said):
    # `--select TERM002` with a glossary of no deprecated or forbidden French term: "0 errors",
    # exit 0, not a word: a gate no one could tell from a pass.
    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "a.po").write_text(po_text("fr", [(SOURCES[n], TRANSLATIONS["fr"][n]) for n in range(3)]), encoding="utf-8")
    (tmp_path / "g.csv").write_text(glossary, encoding="utf-8")
    line = one_error_line(hexaglot("check", "locale", "--glossary", "g.csv", "--select", select, cwd=tmp_path), "E023")
    assert f"nothing was checked: {said}, and the glossary has none in fr" in line
    # Beside a check that has something to do, it is said, and the run checked something.
    process = hexaglot("check", "locale", "--glossary", "g.csv", "--select", f"{select},TYPO", cwd=tmp_path)
    assert process.returncode == 0 and f"not checked: {said}, and the glossary has none in fr" in process.stdout


def test_select_and_ignore_take_codes_separated_by_commas(tmp_path):
    # `--select FMT001,FMT003` was E017 ("names 'FMT001,FMT003', which is no check code"),
    # where --lang takes `ar,ru`.
    from pipeline.checks import known_codes

    assert known_codes(["FMT001,fmt003", "TERM"], "--select") == ("FMT001", "FMT003", "TERM")
    process = run_hexaglot("check", str(ROOT / "locale"), "--no-glossary", "--select", "NUM001,NUM002", "--ignore", "NUM002,",
                           "--format", "json", "--no-cache", cwd=tmp_path)
    assert process.returncode in (0, 1), process.stderr
    assert {finding["code"] for finding in json.loads(process.stdout)["findings"]} == {"NUM001"}
    # `--select "$CODES"` with the variable empty selected every check, in silence.
    for empty in ("", ",", " , "):
        line = one_error_line(run_hexaglot("check", str(ROOT / "locale"), "--no-glossary", "--select", empty, cwd=tmp_path), "E017")
        assert "--select names no check code" in line


def test_glossaries_that_contradict_each_other_are_said_by_check_and_lint(hexaglot, tmp_path):
    # One team's list prefers `tráfico ilícito de migrantes`, another's rejects it: each passed
    # lint alone, and check gave TERM002 against every use of either term, never saying why.
    from tests.foreign import po_text

    folder = tmp_path / "locale" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "a.po").write_text(po_text("es", [("Smuggling of migrants by sea is a crime.",
                                                 "El tráfico ilícito de migrantes por mar es un delito.")]), encoding="utf-8")
    (tmp_path / "a.csv").write_text("ID,English,Spanish\nsom-a,smuggling of migrants,tráfico ilícito de migrantes;"
                                    "contrabando de migrantes (deprecated)\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("ID,English,Spanish\nsom-b,migrant smuggling,contrabando de migrantes;"
                                    "tráfico ilícito de migrantes (deprecated)\n", encoding="utf-8")
    process = hexaglot("check", "locale", "--glossary", "a.csv", "--glossary", "b.csv", cwd=tmp_path)
    assert process.returncode == 1
    assert ("glossary: es: 'tráfico ilícito de migrantes' is approved in 'som-a' (a.csv) and deprecated or forbidden in "
            "'som-b' (b.csv): the terminology findings on it contradict each other") in process.stdout
    assert "(hexaglot glossary lint a.csv b.csv lists them)" in process.stdout
    # Each file passes lint alone; given together, lint names the contradictions, exit 1.
    assert hexaglot("glossary", "lint", "a.csv", cwd=tmp_path).returncode == 0
    together = hexaglot("glossary", "lint", "a.csv", "b.csv", cwd=tmp_path)
    assert together.returncode == 1
    assert ("a.csv + b.csv: GLS005 error: [es] 'contrabando de migrantes' is approved in 'som-b' (b.csv) and deprecated "
            "or forbidden in 'som-a' (a.csv)") in together.stdout
    # One glossary alone: nothing said.
    assert "glossary:" not in hexaglot("check", "locale", "--glossary", "a.csv", "--fail-on", "never", cwd=tmp_path).stdout


def test_one_concept_in_two_glossaries_is_said_by_check_and_lint(hexaglot, tmp_path):
    # A supplement that repeats the main glossary's concept: every terminology finding on it was
    # said twice, once for each, in silence.
    from tests.foreign import po_text

    folder = tmp_path / "locale" / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "a.po").write_text(po_text("ru", [("Smuggling of migrants by sea is a crime.", "Перевозка людей морем — преступление.")]),
                                 encoding="utf-8")
    (tmp_path / "main.csv").write_text("ID,English,Russian\nsom,smuggling of migrants,незаконный ввоз мигрантов\n", encoding="utf-8")
    (tmp_path / "supplement.csv").write_text("ID,English,Russian\nsom-supp,smuggling of migrants,незаконный ввоз мигрантов\n"
                                             "fiu,financial intelligence unit,подразделение финансовой разведки\n", encoding="utf-8")
    process = hexaglot("check", "locale", "--glossary", "main.csv", "--glossary", "supplement.csv", cwd=tmp_path)
    assert process.stdout.count("TERM001") == 2  # still twice: said, not hidden
    assert ("glossary: 'som' (main.csv) and 'som-supp' (supplement.csv) approve the same terms (en 'smuggling of migrants', "
            "ru 'незаконный ввоз мигрантов'): one concept in two glossaries?") in process.stdout
    # The same concept under the same id in the two files: check refuses them (E049), and lint
    # of the two together says so, where it said only that they approve the same terms.
    (tmp_path / "copy.csv").write_text("ID,English,Russian\nsom,smuggling of migrants,незаконный ввоз мигрантов\n", encoding="utf-8")
    assert "[E049]" in hexaglot("check", "locale", "--glossary", "main.csv", "--glossary", "copy.csv", cwd=tmp_path).stderr
    copied = hexaglot("glossary", "lint", "main.csv", "copy.csv", cwd=tmp_path)
    assert copied.returncode == 1 and "main.csv + copy.csv: E049 error: concept id 'som' is also a concept of main.csv" in copied.stdout
    together = hexaglot("glossary", "lint", "main.csv", "supplement.csv", cwd=tmp_path)
    assert together.returncode == 0 and "main.csv + supplement.csv: GLS004 warning: [en,ru] 'som' (main.csv) and 'som-supp' " \
        "(supplement.csv) approve the same terms" in together.stdout


@pytest.mark.parametrize("cache, output", [("out/co.json", "out/co.json"), ("cc", "cc/findings.json"), ("out/cc", "out")])
def test_output_and_cache_in_one_place_are_refused_before_anything_is_written(hexaglot, tmp_path, cache, output):
    # The cache's folder was made where the findings then could not be written (E011), and
    # left behind.
    from tests.foreign import write_tree

    write_tree(tmp_path / "locale")
    result = hexaglot("check", "locale", "--no-glossary", "--cache", cache, "--output", output, "--format", "json", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.splitlines() == [
        f"hexaglot: {output}: [E022] --output and --cache ({cache}) name one place, or one inside the other: the cache "
        "is a folder of its own; write the findings elsewhere"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["locale"]


@pytest.mark.parametrize("kind, said", [("folder", "a directory, not a regular file"),
                                        ("fifo", "a named pipe (FIFO), not a regular file"),
                                        ("dangling", "a symbolic link to nothing")])
def test_a_template_that_is_no_file_is_one_line_not_passed_over(hexaglot, tmp_path, kind, said):
    # A template where gettext keeps it that is a folder, a named pipe or a link to nothing was
    # passed over in silence (REF004 compares the footnote markers its comments name), where a
    # catalog of the kind is one line and exit 2.
    from tests.foreign import write_tree

    write_tree(tmp_path / "locale")
    template = tmp_path / "locale" / "templates" / "messages.pot"
    template.parent.mkdir()
    {"folder": template.mkdir, "fifo": lambda: os.mkfifo(template), "dangling": lambda: template.symlink_to("nowhere")}[kind]()
    for jobs in ("1", "2"):
        result = hexaglot("check", "locale", "--no-glossary", "--jobs", jobs, cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.splitlines() == [
            f"hexaglot: locale/templates/messages.pot: [E008] the template is {said}"]


@pytest.mark.parametrize("output", ["xdg/hexaglot/findings/report.json", "xdg/hexaglot"])
def test_output_in_the_default_findings_cache_is_refused_as_in_one_named(hexaglot, tmp_path, monkeypatch, output):
    # `--output` inside the user's cache folder was written there (where its clean-up removes
    # what no run reads), or, naming the folder above it, left the cache's folder behind (E011).
    from tests.foreign import write_tree

    write_tree(tmp_path / "locale")
    monkeypatch.delenv("HEXAGLOT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    result = hexaglot("check", "locale", "--no-glossary", "--output", output, "--format", "json", cwd=tmp_path)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "[E022] --output and the findings cache" in result.stderr
    assert not (tmp_path / "xdg").exists()


def test_the_default_job_count_is_hexaglot_jobs_else_the_cores_this_process_may_use(monkeypatch):
    from pipeline import cli

    monkeypatch.setenv("HEXAGLOT_JOBS", "3")
    assert cli.worker_count(None, cores=8) == 3
    assert cli.worker_count(None, cores=2) == 2  # never more than the cores
    assert cli.worker_count(1, cores=8) == 1  # --jobs given: the environment is not asked
    monkeypatch.delenv("HEXAGLOT_JOBS")
    # `taskset -c 0`, or a container given one CPU of a larger machine: os.cpu_count() says the
    # machine's, and two processes would share the one core, each with its own analysers.
    monkeypatch.setattr(cli.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr(cli.os, "cpu_count", lambda: 8)
    assert cli.worker_count(None) == 1
    assert cli.worker_count(4) == 1


@pytest.mark.parametrize("value", ["0", "two", "-1", "1.5", "²", "٣"])
def test_a_hexaglot_jobs_that_is_no_count_is_one_error_line(hexaglot, foreign, monkeypatch, value):
    monkeypatch.setenv("HEXAGLOT_JOBS", value)
    line = one_error_line(hexaglot("check", "locale", "--no-glossary", cwd=foreign), "E017")
    assert "HEXAGLOT_JOBS" in line and repr(value) in line
    # An explicit --jobs does not read it.
    assert hexaglot("check", "locale", "--no-glossary", "--jobs", "1", "--fail-on", "never", cwd=foreign).returncode == 0


def test_a_compiled_catalog_of_a_document_a_language_lacks_is_named_beside_its_other_catalogs(hexaglot, tmp_path):
    # ru/LC_MESSAGES/second.mo beside ru/.../app.po, fr having second.po: only `no ru catalog
    # of second` was said, the .mo that holds it and how to read it not (it was named only
    # where Russian had no catalog at all).
    import polib

    from tests.foreign import SOURCES, TRANSLATIONS, po_text

    locale = tmp_path / "locale"
    for lang, name in (("ru", "app"), ("fr", "app"), ("fr", "second")):
        path = locale / lang / "LC_MESSAGES" / f"{name}.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(po_text(lang, [(SOURCES[0], TRANSLATIONS[lang][0])]), encoding="utf-8")
    polib.pofile(str(locale / "fr" / "LC_MESSAGES" / "second.po")).save_as_mofile(str(locale / "ru" / "LC_MESSAGES" / "second.mo"))
    lines = hexaglot("check", "locale", "--no-glossary", "--no-cache", "--fail-on", "never", cwd=tmp_path).stdout.splitlines()
    assert ("not checked: locale/ru/LC_MESSAGES/second.mo: a compiled gettext catalog (.mo), of which gettext's msgunfmt "
            "makes a PO file") in lines


@pytest.mark.parametrize("name, first_bytes, said", [
    ("en.docx", b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml\x00\x00", "a Word document"),
    ("ru.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "a PDF file"),
])
def test_a_document_s_version_given_to_check_is_named_for_what_it_is(tmp_path, name, first_bytes, said):
    # "NUL byte in the catalog: it is binary, not a PO file", or a charset error on line 2 of a
    # PDF: what the file was, and what makes catalogs of it, went unsaid.
    (tmp_path / name).write_bytes(first_bytes)
    result = run_hexaglot("check", name, "--no-glossary", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"hexaglot: {name}: [E008] the file is {said}") and "not a PO catalog" in line
    assert "hexaglot extract" in line


def test_a_configuration_in_the_working_folder_is_said_and_its_severities_signed(hexaglot, tmp_path):
    # `[severity] TYPO001 = "info"` in ./hexaglot.toml made an error a note and passed the gate:
    # no `configuration:` line (said only for a file in a folder above), the JSON's signature
    # the same as a run without it.
    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("The Working Group", "Рабочaя группa")]), encoding="utf-8")
    plain = hexaglot("check", "locale", "--no-glossary", "--format", "json", cwd=tmp_path)
    (tmp_path / "hexaglot.toml").write_text('[severity]\nTYPO001 = "info"\n', encoding="utf-8")
    softened = hexaglot("check", "locale", "--no-glossary", "--format", "json", cwd=tmp_path)
    assert (plain.returncode, softened.returncode) == (1, 0)
    assert json.loads(softened.stdout)["signature"]["severity"] == {"TYPO001": "info"}
    assert "severity" not in json.loads(plain.stdout)["signature"]
    text = hexaglot("check", "locale", "--no-glossary", cwd=tmp_path)
    assert "configuration: hexaglot.toml" in text.stdout.splitlines()


def test_cons010_asked_for_by_name_says_a_document_without_a_template(hexaglot, foreign):
    # `--select CONS010` on a tree with no .pot: "0 errors", exit 0, nothing said, as FMT007
    # with no accelerator configured says what it could not read.
    result = hexaglot("check", "locale", "--no-glossary", "--select", "CONS010", "--format", "json", cwd=foreign)
    assert result.returncode == 0, result.stderr
    [said] = [note for note in json.loads(result.stdout)["summary"]["notes"] if note.startswith("CONS010")]
    assert said.startswith("CONS010: no template (.pot) beside the catalogs of ")


def test_catalogs_named_twice_through_a_link_are_checked_once(hexaglot, tmp_path):
    # A CI probe's: `check shop shoplink` (a link to the same project) was "12 catalogs", every
    # finding twice; the same file by its absolute path was checked once, but said to be "no
    # catalog of it was read".
    shutil.copytree(ROOT / "tests" / "data" / "software" / "shop", tmp_path / "shop")
    (tmp_path / "shoplink").symlink_to(tmp_path / "shop")
    once = json.loads(hexaglot("check", "shop", "--no-glossary", "--format", "json", cwd=tmp_path).stdout)["summary"]
    twice = json.loads(hexaglot("check", "shop", "shoplink", "--no-glossary", "--format", "json", cwd=tmp_path).stdout)["summary"]
    assert (twice["catalogs_checked"], twice["findings"]) == (once["catalogs_checked"], once["findings"])
    ru = "shop/locale/ru/LC_MESSAGES/django.po"
    text = hexaglot("check", ru, str(tmp_path / ru), "--no-glossary", cwd=tmp_path).stdout
    assert "the same catalogs as another path named, checked once" in text and "no catalog of it was read" not in text


def test_a_language_none_of_whose_entries_has_a_translation_is_named(hexaglot, tmp_path):
    # A CI probe's: a Russian catalog all fuzzy beside a French one, CONS002 ignored: exit 0,
    # "read as: fr 1, ru 1", and the only note a count of fuzzy entries naming no language.
    from tests.foreign import po_text

    for lang, translation in (("fr", "Adoption de l'ordre du jour"), ("ru", "Утверждение повестки дня")):
        catalog = tmp_path / "locale" / lang / "LC_MESSAGES" / "app.po"
        catalog.parent.mkdir(parents=True)
        catalog.write_text(po_text(lang, [(SOURCES[3], translation)]), encoding="utf-8")
    ru = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "app.po"
    ru.write_text(ru.read_text(encoding="utf-8").replace('msgid "Adoption', '#, fuzzy\nmsgid "Adoption'), encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", "--ignore", "CONS002", cwd=tmp_path)
    assert "not checked: ru: no entry of its catalogs has a translation to check (1 fuzzy)" in result.stdout, result.stdout


def test_plural_forms_left_empty_are_said_where_fmt001_is_not_run(hexaglot, tmp_path):
    # A CI probe's: with FMT001 ignored, a catalog with 4 of 6 plural forms empty passed, the
    # words' summary saying it translated; untranslated entries with CONS001 off were said.
    path = tmp_path / "locale" / "fr" / "LC_MESSAGES" / "app.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                    '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"\n\n'
                    'msgid "Save"\nmsgstr "Enregistrer"\n\n'
                    'msgid "One report"\nmsgid_plural "%(n)d reports"\nmsgstr[0] "%(n)d rapport"\nmsgstr[1] ""\n', encoding="utf-8")
    process = hexaglot("check", "locale", "--no-glossary", "--ignore", "FMT001", cwd=tmp_path)
    assert "not checked: 1 entry with a plural form left empty (FMT001, which lists them, is not selected)" in process.stdout, \
        process.stdout
    assert "plural form left empty" not in hexaglot("check", "locale", "--no-glossary", cwd=tmp_path).stdout


def test_show_source_writes_a_tab_as_an_escape(tmp_path, hexaglot):
    # FMT006 "no tabs where the source has 1": the tab printed as itself, source and
    # translation looked the same on the terminal.
    folder = tmp_path / "locale" / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "x.po").write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                 'msgid "Undo\\tCtrl+Z"\nmsgstr "Annuler    Ctrl+Z"\n', encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", "--show-source", "--fail-on", "never", cwd=tmp_path)
    assert "    source:      Undo\\tCtrl+Z" in result.stdout and "\t" not in result.stdout
    # ... and a backslash typed before a t is no tab (a regression probe's)
    (folder / "x.po").write_text('msgid ""\nmsgstr ""\n"Language: fr\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                                 'msgid "Undo\\tCtrl+Z"\nmsgstr "Annuler\\\\tCtrl+Z"\n', encoding="utf-8")
    result = hexaglot("check", "locale", "--no-glossary", "--show-source", "--fail-on", "never", cwd=tmp_path)
    assert "    translation: Annuler\\\\tCtrl+Z" in result.stdout


@pytest.mark.parametrize("command, said", [
    (["checks", "explain", "TREM002"],
     "hexaglot: [E017] checks explain names 'TREM002', which is no check code or family (TERM002?) (`hexaglot checks list` "
     "lists them)"),
    (["glossary", "inflect", "nothing-here"], "hexaglot: [E017] no noun in the nominative in 'nothing-here': nothing to inflect"),
    (["checks", "explain", "TERM001,NUM001"], "hexaglot: [E017] checks explain takes one check's code, not 2 (TERM001, NUM001)"),
])
def test_every_error_has_its_code(tmp_path, hexaglot, command, said):
    # Two errors were a line with no [Ennn], where every other error has one (docs/cli.md).
    result = hexaglot(*command, cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (2, said)


def test_the_command_a_not_checked_line_gives_can_be_pasted_into_a_shell(tmp_path):
    # `hexaglot check locale/ru_RU/LC_MESSAGES/my note.po`, pasted, was E001 for `…/my` (probe 66c).
    import shlex

    write_tree(tmp_path / "locale")
    shutil.copytree(tmp_path / "locale" / "ru", tmp_path / "locale" / "ru_RU")
    for path in list((tmp_path / "locale").rglob("messages.po*")):
        path.rename(path.with_name("my " + path.name))
    process = run_hexaglot("check", "locale", "--no-glossary", "--format", "json", cwd=tmp_path)
    [item] = json.loads(process.stdout)["summary"]["not_checked"]
    command = item["reason"].split("; to check its 4 translated entries: ")[1]
    assert shlex.split(command) == ["hexaglot", "check", "locale/ru_RU/LC_MESSAGES/my messages.po"], command


def test_output_into_a_catalog_folder_is_refused_from_any_working_folder(tmp_path):
    # From the project's root it was E022; from another folder, the findings were written into
    # `locale/ru/LC_MESSAGES/`, and the next check of the tree stopped at them (E008) (probe 66f).
    from tests.conftest import call_main

    write_tree(tmp_path / "tc" / "locale")
    (tmp_path / "work").mkdir()
    target = tmp_path / "tc" / "locale" / "ru" / "LC_MESSAGES" / "findings.po"
    result = call_main(["check", "../tc/locale/fr", "--no-glossary", "--no-cache", "--output", "../tc/locale/ru/LC_MESSAGES/findings.po"],
                       tmp_path / "work")
    assert result.returncode == 2 and "[E022] --output is in a folder of catalogs (LC_MESSAGES)" in result.stderr, result.stderr
    assert not target.exists()
