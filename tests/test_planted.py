"""The planted-defect corpus: 49 defects of known codes in copies of the five catalogs.

Recall is the share of planted defects found with their code. A false finding is one on an
entry that carries no planted defect and that the clean catalogs do not have either (the
clean corpus's own findings are accounted for in the closing notes, not counted here).
"""

import csv

import pytest

from pipeline.run import check_catalogs
from pipeline.glossary.tbx import read_tbx
from tests.conftest import ROOT

HERE = ROOT / "tests" / "data" / "planted"


@pytest.fixture(scope="module")
def outcome():
    glossary = [read_tbx(ROOT / "glossaries" / "untoc-som.tbx")]
    with (HERE / "manifest.tsv").open(encoding="utf-8") as handle:
        planted = {(row["lang"], row["msgctxt"], row["code"]) for row in csv.DictReader(handle, delimiter="\t")}
    found = check_catalogs([HERE / "locale"], glossary).findings
    clean = check_catalogs([ROOT / "locale"], glossary).findings
    return planted, found, clean


def test_the_corpus_has_at_least_40_defects_in_every_language(outcome):
    planted, _, _ = outcome
    assert len(planted) >= 40
    assert {lang for lang, _, _ in planted} == {"ar", "es", "fr", "ru", "zh"}
    assert len({code for _, _, code in planted}) >= 15


def test_recall_is_at_least_95_percent(outcome):
    planted, found, _ = outcome
    hits = {(f.lang, f.msgctxt, f.code) for f in found}
    missed = sorted(planted - hits)
    recall = 1 - len(missed) / len(planted)
    assert recall >= 0.95, missed


def test_false_findings_are_at_most_5_percent(outcome):
    planted, found, clean = outcome
    planted_entries = {(lang, msgctxt) for lang, msgctxt, _ in planted}
    known = {(f.lang, f.msgctxt, f.code, f.message) for f in clean}
    false = [f for f in found if (f.lang, f.msgctxt) not in planted_entries and (f.lang, f.msgctxt, f.code, f.message) not in known]
    assert len(false) / len(found) <= 0.05, [(f.lang, f.msgctxt, f.code, f.message) for f in false]
