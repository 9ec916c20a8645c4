"""A large document shared by a pool's workers (pipeline/run/chunks.py) gives what one process
gives: the same findings in the same order, the same suppressed count, word counts, run index
and report data, in a run of that document alone and beside small ones; and its errors are
the one-line input errors of a one-process run (correctness, not timing: bench/single.py
measures the speed)."""

from __future__ import annotations

import json
import os
import sys

import polib
import pytest

from pipeline.errors import HexaglotInputError
from pipeline.glossary.tbx import read_tbx
from pipeline.run import CheckSettings, catalog_paths, check_catalogs, chunks, strategies
from pipeline.run.document_check import DocumentChecker
from pipeline.run.documents import documents_of
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate, generate_catalog  # noqa: E402

GLOSSARY = str(ROOT / "glossaries" / "untoc-som.tbx")


@pytest.fixture(scope="module")
def glossary():
    return read_tbx(ROOT / "glossaries" / "untoc-som.tbx")


# Defects the catalog and document checks find, planted here and there in every chunk: another
# approved variant of a term than the catalog's usual one (TERM004), a year that differs from
# the source's (NUM001).
_VARIANTS = {"ru": ("успешной практике", "эффективной практике"), "fr": ("modalités hybrides", "format hybride")}


def _as_translators_leave_it(path, lang):
    """The catalog with defects the wider checks find, and what a one-process run treats
    apart: entries fuzzy and untranslated (CONS001, CONS002, no other check), and translators'
    suppressions, of some codes and of all; each several times in a few hundred entries."""
    catalog = polib.pofile(str(path), wrapwidth=0)
    usual, other = _VARIANTS[lang]
    for number, entry in enumerate(catalog):
        if number % 37 == 5:
            entry.flags.append("fuzzy")
        elif number % 31 == 7:
            entry.msgstr = ""
        elif number % 11 == 3:
            entry.tcomment = "hexaglot: ignore TYPO004, TERM004"
        elif number % 23 == 9:
            entry.tcomment = "hexaglot: ignore"
        elif number % 7 == 4 and usual in entry.msgstr:
            entry.msgstr = entry.msgstr.replace(usual, other, 1)
            if number % 3 == 1:  # now and then a variant the translator keeps, and says so
                entry.tcomment = "hexaglot: ignore TYPO004, TERM004"
        elif number % 5 == 3 and "2013" in entry.msgstr:
            entry.msgstr = entry.msgstr.replace("2013", "2012", 1)
            if number % 3 == 2:  # the year kept, and said (its other translations, CONS004, not)
                entry.tcomment = "hexaglot: ignore NUM"
    catalog.save(str(path))


@pytest.fixture(scope="module")
def large_report(tmp_path_factory):
    """One Russian report of 1,200 entries, long paragraphs as bench/generate.py makes them
    (2.1 MB: a large document, split from SPLIT_FROM_BYTES)."""
    root = tmp_path_factory.mktemp("large")
    generate_catalog(1200, root, "ru")
    return root / "locale"


# The tests that check a split document check one of half a megabyte, with documents split
# from that size (`split_from_half_a_megabyte`): splitting does not depend on the size, and
# a document twice as large cost each of them twice as long.
HALF_A_MEGABYTE = 500_000


@pytest.fixture
def split_from_half_a_megabyte(monkeypatch):
    monkeypatch.setattr(chunks, "SPLIT_FROM_BYTES", HALF_A_MEGABYTE)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """One Russian report of 500 entries, long paragraphs as bench/generate.py makes them (0.8 MB:
    a large document when documents are split from half a megabyte), with fuzzy, untranslated
    and suppressed entries."""
    root = tmp_path_factory.mktemp("report")
    generate_catalog(500, root, "ru")
    _as_translators_leave_it(root / "locale" / "ru" / "LC_MESSAGES" / "report.po", "ru")
    return root / "locale"


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """One report in Russian and French (the six-version checks compare them), 0.6 MB."""
    root = tmp_path_factory.mktemp("versions")
    generate_catalog(250, root, "ru", also=("fr",))
    _as_translators_leave_it(root / "locale" / "fr" / "LC_MESSAGES" / "report.po", "fr")
    return root / "locale"


@pytest.fixture(scope="module")
def large_versions(tmp_path_factory):
    """One report in Russian and French, 2.1 MB."""
    root = tmp_path_factory.mktemp("large-versions")
    generate_catalog(700, root, "ru", also=("fr",))
    return root / "locale"


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """Three documents of the benchmark tree: small ones, checked whole."""
    root = tmp_path_factory.mktemp("small")
    generate(2000, root)
    return root / "locale"


def _document(locale):
    return documents_of(catalog_paths([locale]))[0]


def test_a_document_is_shared_when_alone_or_more_than_a_workers_share_of_the_run(large_report, large_versions, small):
    large, both, tree = _document(large_report), _document(large_versions), documents_of(catalog_paths([small]))
    assert chunks.split_plan([large], 2) == [True] and chunks.split_plan([both], 2) == [True]
    assert chunks.split_plan([large], 1) == [False]  # one process: nothing to share
    # The tree's documents (0.9 MB) are checked whole, alone or together.
    assert not any(chunks.split_plan([document], 2)[0] for document in tree)
    assert chunks.split_plan(tree, 2) == [False] * 3
    # Beside the tree's Spanish catalogs, the report is more than one worker's share: shared.
    spanish = documents_of(catalog_paths([small / "es"]))
    assert chunks.split_plan([*spanish, large], 2) == [False, False, False, True]
    # Beside the whole tree (2.7 MB), it is one worker's task: the other has as much to do.
    assert chunks.split_plan([*tree, large], 2) == [False] * 4


def test_a_large_catalog_gives_the_same_json_and_text_on_two_processes_as_on_one(hexaglot, report, split_from_half_a_megabyte):
    def checked(*options):
        process = hexaglot("check", str(report), "--glossary", GLOSSARY, "--fail-on", "never", *options, cwd=report)
        assert process.returncode == 0, process.stderr
        return process.stdout

    one = checked("--jobs", "1", "--format", "json")
    assert checked("--jobs", "2", "--format", "json") == one
    findings = json.loads(one)["findings"]
    assert {f["code"] for f in findings} >= {"CONS001", "CONS002", "TERM004", "TERM005", "NUM001", "TYPO001", "TYPO006"}
    text = checked("--jobs", "1")
    assert "suppressed by '# hexaglot: ignore'" in text
    assert checked("--jobs", "2") == text


def _everything(result):
    """Every part of a CheckResult a caller reads, in comparable form."""
    return {
        "findings": result.findings,  # every field, in order
        "entries_checked": result.entries_checked, "catalogs": result.catalogs, "locales": result.locales,
        "skipped": result.skipped, "suppressed": result.suppressed, "words": result.words,
        "run_index": result.run_index.to_json(), "catalog_files": result.catalog_files,
        "target_terms": result.target_terms, "source_terms": result.source_terms,
    }


@pytest.mark.parametrize("keep_report_data", [True, False])
def test_a_large_document_in_two_languages_gives_every_part_of_the_result_of_one_process(versions, glossary,
                                                                                           keep_report_data,
                                                                                           split_from_half_a_megabyte):
    one = check_catalogs([versions], [glossary], jobs=1, keep_report_data=keep_report_data)
    two = check_catalogs([versions], [glossary], jobs=2, keep_report_data=keep_report_data)
    assert _everything(two) == _everything(one)
    assert one.suppressed > 0 and one.entries_checked == 500
    assert {f.code for f in one.findings} >= {"NUM001", "NUM003", "TERM004", "CONS004"}
    assert bool(one.target_terms) is keep_report_data


def test_a_large_document_beside_small_ones_gives_what_one_process_gives(report, small, glossary, split_from_half_a_megabyte):
    # The large document in the middle: small ones are checked whole before and after it.
    paths = [small / "ar" / "LC_MESSAGES" / "doc-000000.po", small / "fr" / "LC_MESSAGES" / "doc-000001.po", report,
             small / "ru" / "LC_MESSAGES" / "doc-000002.po", small / "zh" / "LC_MESSAGES" / "doc-000000.po"]
    assert [d.name for d in documents_of(catalog_paths(paths))] == ["doc-000000", "doc-000001", "report", "doc-000002"]
    assert chunks.split_plan(documents_of(catalog_paths(paths)), 2) == [False, False, True, False]
    one = check_catalogs(paths, [glossary], jobs=1, keep_report_data=True)
    two = check_catalogs(paths, [glossary], jobs=2, keep_report_data=True)
    assert _everything(two) == _everything(one)
    assert len({f.file for f in one.findings}) == 5


class _Recording(strategies.ProcessPoolExecutor):
    """The pool, with the tasks given to its workers written down."""

    tasks: list = []

    def submit(self, fn, /, *args, **kwargs):
        _Recording.tasks.append((fn.__name__, *args))
        return super().submit(fn, *args, **kwargs)


def test_the_workers_get_chunks_of_a_large_document_and_small_documents_whole(report, small, glossary, monkeypatch,
                                                                                split_from_half_a_megabyte):
    monkeypatch.setattr(strategies, "ProcessPoolExecutor", _Recording)
    monkeypatch.setattr(_Recording, "tasks", [])
    # Entry checks that ran in this process: none of the large document's may.
    checked_here = []
    entry_findings = DocumentChecker.entry_findings

    def recorded(self, catalog, contexts):
        checked_here.append((os.getpid(), catalog.path, len(contexts)))
        return entry_findings(self, catalog, contexts)

    monkeypatch.setattr(DocumentChecker, "entry_findings", recorded)
    check_catalogs([small / "es", report], [glossary], jobs=2, keep_report_data=False)

    whole = [task[1] for task in _Recording.tasks if task[0] == "check_in_pool_worker"]
    parts = [task[1] for task in _Recording.tasks if task[0] == "check_chunk_in_pool_worker"]
    assert [document.name for document in whole] == ["doc-000000", "doc-000001", "doc-000002"]
    assert len(parts) >= 2 and sorted(chunk.part for chunk in parts) == list(range(parts[0].parts))
    assert not [call for call in checked_here if call[0] == os.getpid()]  # nor any of the small ones'


def test_chunks_cover_every_entry_of_every_catalog_once(versions, glossary):
    checker = DocumentChecker([glossary], CheckSettings(), None)
    split = chunks.SplitDocument(checker, _document(versions), 0)
    for number, catalog in enumerate(split.read.catalogs):
        rows = [split.rows(number, chunk) for chunk in split.chunks(jobs=2)]
        assert sorted(row for part in rows for row in part) == list(range(len(catalog.entries)))
        assert all(rows)  # every chunk has work
        # A text met again is met in one chunk: analysed once, as in one process.
        chunk_of = {}
        for part, these in enumerate(rows):
            for row in these:
                assert chunk_of.setdefault(catalog.entries[row].msgid, part) == part


def test_a_small_document_alone_is_checked_in_this_process(small, glossary, monkeypatch):
    monkeypatch.setattr(strategies, "ProcessPoolExecutor", _Recording)
    monkeypatch.setattr(_Recording, "tasks", [])
    check_catalogs([small / "ru" / "LC_MESSAGES" / "doc-000000.po"], [glossary], jobs=2, keep_report_data=False)
    assert _Recording.tasks == []


@pytest.fixture
def broken_report(tmp_path, split_from_half_a_megabyte):
    generate_catalog(500, tmp_path, "ru")
    path = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "report.po"
    path.write_bytes(path.read_bytes() + b'\nmsgid "Other matters"\nmsgstr "\xd0\x9f\x00"\n')
    return tmp_path


def test_a_broken_large_catalog_is_one_line_and_exit_2_on_two_processes(hexaglot, broken_report):
    for jobs in ("1", "2"):
        process = hexaglot("check", "locale", "--glossary", GLOSSARY, "--jobs", jobs, cwd=broken_report)
        assert process.returncode == 2 and "Traceback" not in process.stderr
        lines = process.stderr.strip().splitlines()
        assert len(lines) == 1 and "[E008]" in lines[0] and "report.po" in lines[0], process.stderr


def test_the_first_broken_document_is_the_error_whatever_the_sizes(broken_report, small, glossary):
    # The large document is read before the pool starts, but its error waits for its turn: a
    # small document before it, broken too, is the error of both kinds of run.
    broken = small / "fr" / "LC_MESSAGES" / "doc-000001.po"
    broken.write_text(broken.read_text(encoding="utf-8") + '\nmsgid "x"\nmsgstr "unterminated\n', encoding="utf-8")
    paths = [small / "fr", broken_report / "locale"]
    errors = []
    for jobs in (1, 2):
        with pytest.raises(HexaglotInputError) as raised:
            check_catalogs(paths, [glossary], jobs=jobs, keep_report_data=False)
        errors.append(str(raised.value))
    assert errors[0] == errors[1] and "doc-000001.po" in errors[0]


def test_an_error_in_a_worker_checking_a_chunk_is_one_line_and_exit_2(hexaglot, report, split_from_half_a_megabyte):
    # No check raises (a check yields findings), but the path of a worker's error is the same
    # whatever raised it: made to happen in one entry of the large document.
    from pipeline.checks import REGISTRY

    info = REGISTRY["CONS001"]  # an entry check that sees every entry
    run = info.run

    def failing(context):
        if context.entry.msgctxt == "more/p300":
            raise HexaglotInputError("E008", context.catalog.path, "made to fail in a worker", context.entry.line)
        return run(context)

    object.__setattr__(info, "run", failing)  # a frozen dataclass, as bench/breakdown.py times checks
    try:
        outcomes = [hexaglot("check", str(report), "--glossary", GLOSSARY, "--jobs", jobs, cwd=report) for jobs in ("1", "2")]
    finally:
        object.__setattr__(info, "run", run)
    for process in outcomes:
        assert process.returncode == 2 and "Traceback" not in process.stderr
        assert len(process.stderr.strip().splitlines()) == 1 and "made to fail in a worker" in process.stderr
    assert outcomes[0].stderr == outcomes[1].stderr
