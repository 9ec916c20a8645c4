"""The software corpus (tests/data/software): two applications' catalogs as other tools write
them, 69 planted defects with their ground truth in manifest.tsv, checked as a user checks them
(the folder's hexaglot.toml: the `software` profile, GNOME's `_` accelerator).

Recall is the share of defects found by one of the codes listed for them; a false finding is
one whose (catalog, entry, code) the manifest does not list. Both are measured on the whole
corpus, all languages and kinds together; the test also holds each kind to at least half found,
so that a kind cannot go missing behind the others.
"""

from __future__ import annotations

import csv
import filecmp
import json
import importlib.util
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.run import check_catalogs
from pipeline.run.documents import catalog_paths, documents_of
from tests.conftest import ROOT, run_hexaglot

HERE = ROOT / "tests" / "data" / "software"


def _generator():
    spec = importlib.util.spec_from_file_location("make_software", HERE / "make_software.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def defects():
    unescaped = _generator().unescaped
    with (HERE / "manifest.tsv").open(encoding="utf-8") as handle:
        return [{**row, "msgid": unescaped(row["msgid"]), "files": row["file"].split(), "codes": row["codes"].split()}
                for row in csv.DictReader(handle, delimiter="\t")]


@pytest.fixture(scope="module")
def result():
    config = load_config(HERE)
    return check_catalogs([HERE / "shop", HERE / "editor"], [], ignore=config.ignored(None),
                          accelerators=config.accelerators, skip_other_languages=True)


def _where(finding) -> tuple[str, str, str]:
    return Path(finding.file).relative_to(HERE).as_posix(), finding.msgid, finding.code


def _found(defect, seen: set) -> bool:
    return any((file, defect["msgid"], code) in seen for file in defect["files"] for code in defect["codes"])


def test_the_corpus_is_what_its_generator_writes(tmp_path):
    _generator().build(tmp_path)
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    shipped = sorted(p.relative_to(HERE) for p in HERE.rglob("*") if p.is_file() and p.suffix in (".po", ".tsv"))
    assert written == shipped
    assert all(filecmp.cmp(tmp_path / p, HERE / p, shallow=False) for p in written)


def test_the_corpus_plants_60_defects_of_every_kind_in_five_languages(defects):
    assert len(defects) >= 60
    languages = {Path(d["files"][0]).parts[2] if d["files"][0].startswith("shop") else Path(d["files"][0]).stem for d in defects}
    assert {code.split("_")[0] for code in languages} == {"ar", "es", "fr", "ru", "zh"}
    kinds = Counter(d["kind"] for d in defects)
    assert min(kinds.values()) >= 1 and len(kinds) >= 18
    assert {"plural form missing", "printf placeholder", "brace placeholder", "markup", "escape or line break", "URL",
            "e-mail", "accelerator"} <= set(kinds)


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext's msgfmt is not installed")
def test_every_catalog_is_one_msgfmt_accepts():
    for path in sorted(HERE.rglob("*.po")):
        run = subprocess.run(["msgfmt", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        assert run.returncode == 0, (path, run.stderr)


def test_recall_is_at_least_95_percent(defects, result):
    seen = {_where(f) for f in result.findings}
    missed = [(d["kind"], d["files"][0], d["msgid"]) for d in defects if not _found(d, seen)]
    assert 1 - len(missed) / len(defects) >= 0.95, missed
    for kind, count in Counter(d["kind"] for d in defects).items():
        assert sum(1 for k, _, _ in missed if k == kind) <= count / 2, kind


def test_false_findings_are_at_most_10_percent(defects, result):
    expected = {(file, d["msgid"], code) for d in defects for file in d["files"] for code in d["codes"]}
    false = [(f.code, f.file, f.msgid, f.message) for f in result.findings if _where(f) not in expected]
    assert result.findings
    assert len(false) / len(result.findings) <= 0.10, false


def test_each_catalog_is_read_as_its_locale(result):
    locales = {Path(path).relative_to(HERE).as_posix(): locale for path, locale in result.locales.items()}
    assert locales["shop/locale/zh_Hans/LC_MESSAGES/django.po"] == "zh"  # no Language header: the folder says
    assert locales["editor/po/zh_CN.po"] == "zh"
    assert locales["editor/po/ru_RU.po"] == "ru"
    assert locales["shop/locale/es_AR/LC_MESSAGES/django.po"] == "es_AR"  # its own locale, not es
    [skipped] = result.skipped
    assert Path(skipped.file).name == "zh_TW.po" and "Traditional Chinese" in skipped.reason


def test_a_regional_variant_is_not_compared_with_the_main_language(result):
    # es_AR says `Agregar al carrito` where es says `Añadir al carrito`: two locales, no inconsistency
    assert not [f for f in result.findings if f.code == "CONS004" and "carrito" in f.message]


def test_two_applications_are_two_documents():
    # each application's catalogs are paired among themselves (`Delete` is in both)
    documents = documents_of(catalog_paths([HERE / "shop", HERE / "editor"]))
    assert sorted((d.name, len(d.paths)) for d in documents) == [("django", 6), ("editor", 6)]
    assert all(len({Path(p).relative_to(HERE).parts[0] for p in d.paths}) == 1 for d in documents)


def test_the_software_profile_as_a_user_runs_it():
    process = run_hexaglot("check", "shop", "editor", "--no-glossary", "--skip-other-languages", cwd=HERE)
    assert process.returncode == 1, process.stderr  # errors were found: the gate fails
    summary = process.stdout.splitlines()
    assert any(line.endswith("(no glossary: terminology not checked)") for line in summary)
    assert any(line.startswith("not checked: REF001, REF003, REF004") and "software profile" in line for line in summary)
    assert any("zh_TW.po" in line and "Traditional Chinese" in line for line in summary)
    assert "FMT007" in process.stdout  # the accelerators hexaglot.toml names are checked
    # catalogs without msgctxt: the line says where, no empty brackets
    assert "[]" not in process.stdout


def test_a_code_the_configuration_selects_is_checked_whatever_the_profile(tmp_path):
    shutil.copytree(HERE / "shop", tmp_path / "shop")
    (tmp_path / "hexaglot.toml").write_text('profile = "software"\nselect = ["REF", "FMT"]\n', encoding="utf-8")
    process = run_hexaglot("check", "shop", "--no-glossary", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    assert process.returncode == 0, process.stderr
    codes = {finding["code"] for finding in json.loads(process.stdout)["findings"]}
    assert "REF002" in codes and codes <= {"REF001", "REF002", "REF003", "REF004", "REF005"} | {f"FMT00{n}" for n in range(1, 8)}
