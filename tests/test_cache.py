"""Parallel and incremental checking give exactly the findings of a plain run (correctness,
not timing: the speed is measured in bench/)."""

import copy
import os
import shutil
import sys
from dataclasses import replace

import polib
import pytest

from pipeline.glossary.tbx import read_tbx
from pipeline.model import CheckResult
from pipeline.run import CheckSettings, catalog_paths, check_catalogs, document_check
from pipeline.run.document_check import DocumentChecker
from pipeline.run.documents import documents_of
from tests.conftest import DOC, ROOT, cache_entry, store_cache_entry

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402


@pytest.fixture(scope="module")
def glossary():
    return read_tbx(ROOT / "glossaries" / "untoc-som.tbx")


@pytest.fixture(scope="module")
def shared_tree(tmp_path_factory):
    """The tree for the tests that only read it: generated once for the module."""
    folder = tmp_path_factory.mktemp("cache") / "tree"
    generate(2000, folder)  # 3 documents, 15 catalogs
    return folder / "locale"


@pytest.fixture
def tree(tmp_path):
    """A tree of the test's own, for the tests that change a catalog in it."""
    generate(2000, tmp_path / "tree")  # the same 3 documents, 15 catalogs
    return tmp_path / "tree" / "locale"


@pytest.fixture(scope="module")
def plain(shared_tree, glossary):
    """What a plain run (one process, no cache) finds in the shared tree: what every other way
    of checking it must find. Checked once for the module, as the tree never changes."""
    return check_catalogs([shared_tree], [glossary], jobs=1, keep_report_data=False)


@pytest.fixture(scope="module")
def one_document(tmp_path_factory):
    """A tree of one document, the shipped agenda (440 entries, 28 findings), for the tests of a
    damaged cache: what they prove does not depend on how many documents there are or how long
    (a generated document of 880 entries took three times as long), and each checks it again."""
    folder = tmp_path_factory.mktemp("one") / "locale"
    for catalog in (ROOT / "locale").rglob(f"{DOC}.po*"):
        (folder / catalog.relative_to(ROOT / "locale")).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(catalog, folder / catalog.relative_to(ROOT / "locale"))
    return folder


@pytest.fixture(scope="module")
def one_document_plain(one_document, glossary):
    return check_catalogs([one_document], [glossary], keep_report_data=False)


@pytest.fixture(scope="module")
def filled_cache(one_document, glossary, tmp_path_factory):
    """A cache folder as one run over `one_document` leaves it. Tests that damage a cache
    damage a copy of it (`cache_copy`)."""
    folder = tmp_path_factory.mktemp("filled") / "cache"
    check_catalogs([one_document], [glossary], cache=folder)
    return folder


@pytest.fixture
def cache_copy(filled_cache, tmp_path):
    folder = tmp_path / "cache"
    shutil.copytree(filled_cache, folder)
    assert {p.name.split(".", 1)[1] for p in folder.iterdir()} == {"json", "terms.json", "index.json", "run.json"}
    return folder


def findings(result):
    return [(f.code, f.severity.value, f.lang, f.file, f.line, f.msgctxt, f.message) for f in result.findings]


def test_two_processes_find_what_one_finds(shared_tree, glossary, plain):
    one = plain  # jobs=1
    two = check_catalogs([shared_tree], [glossary], jobs=2, keep_report_data=False)
    assert findings(one) == findings(two) and one.entries_checked == two.entries_checked > 1000


@pytest.fixture
def two_documents(tmp_path):
    """A tree of the test's own, of two documents (the tree's first two): enough to tell a
    document checked again from one served from the cache."""
    generate(1760, tmp_path / "two")
    return tmp_path / "two" / "locale"


def test_cache_gives_the_same_findings_and_follows_changes(two_documents, glossary, tmp_path):
    tree = two_documents
    cache = tmp_path / "cache"
    plain = check_catalogs([tree], [glossary], keep_report_data=False)
    first = check_catalogs([tree], [glossary], cache=cache)
    again = check_catalogs([tree], [glossary], cache=cache)
    assert findings(plain) == findings(first) == findings(again)
    assert len(list(cache.glob("*.terms.json"))) == 2

    # A changed entry: its document is checked again, and only it.
    path = tree / "ru" / "LC_MESSAGES" / "doc-000001.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgctxt == "item/2/p1/s1")
    entry.msgstr = entry.msgstr.replace("частным сектором", "частнем  сектором")
    catalog.save(str(path))
    files_before = set(cache.iterdir())
    changed = check_catalogs([tree], [glossary], cache=cache)
    assert findings(changed) == findings(check_catalogs([tree], [glossary], keep_report_data=False))
    assert {f.code for f in changed.findings if f.msgctxt == "item/2/p1/s1" and f.lang == "ru"} >= {"TYPO003"}
    # One document is stored again (its findings, its run index, its TERM findings), and the
    # run-wide findings of the new tree.
    new_files = set(cache.iterdir()) - files_before
    assert len(new_files) == 4 and sum(p.name.endswith(".run.json") for p in new_files) == 1

    # The first document changed, the second served: its catalogs are listed in their place,
    # as a run without the cache lists them (they came last, and the JSON differed).
    path = tree / "ru" / "LC_MESSAGES" / "doc-000000.po"
    path.write_text(path.read_text(encoding="utf-8").replace("частным сектором", "частным  сектором"), encoding="utf-8")
    mixed, fresh = check_catalogs([tree], [glossary], cache=cache), check_catalogs([tree], [glossary])
    assert mixed.documents_from_cache == 1
    assert (mixed.catalogs, list(mixed.words), list(mixed.locales)) == (fresh.catalogs, list(fresh.words), list(fresh.locales))
    assert fresh.catalogs == sorted(fresh.catalogs, key=lambda p: "doc-000001" in p)

    # A changed glossary: the TERM findings follow it, the others come from the cache.
    smaller = replace(glossary, concepts=tuple(c for c in glossary.concepts if c.id != "smuggling-of-migrants"))
    with_smaller = check_catalogs([tree], [smaller], cache=cache)
    assert findings(with_smaller) == findings(check_catalogs([tree], [smaller], keep_report_data=False))
    assert not [f for f in with_smaller.findings if f.concept == "smuggling-of-migrants"]
    assert [f for f in changed.findings if f.concept == "smuggling-of-migrants"]

    # Changed settings: another selection of checks is never served from the old entries.
    selected_only = check_catalogs([tree], [glossary], select=["NUM"], cache=cache)
    assert {f.code[:3] for f in selected_only.findings} <= {"NUM"}
    assert findings(selected_only) == findings(check_catalogs([tree], [glossary], select=["NUM"], keep_report_data=False))


def test_a_cache_entry_edited_or_moved_that_still_parses_is_a_miss(one_document, glossary, cache_copy, one_document_plain):
    # An entry's findings emptied (by hand, or a damaged byte that kept the JSON whole) was
    # served: "0 errors", exit 0, where a check finds 28; one entry's file copied over
    # another's name answered the other's key.
    import json

    entries = [path for path in cache_copy.glob("*.json") if isinstance(cache_entry(path), dict) and "findings" in cache_entry(path)]
    assert entries
    for path in entries:
        data = cache_entry(path)
        data["findings"] = []
        content = json.dumps(data).encode("utf-8")
        path.write_bytes(content + b"\n" + path.read_bytes().rpartition(b"\n")[2])  # the old signature kept
    assert findings(check_catalogs([one_document], [glossary], cache=cache_copy)) == findings(one_document_plain)


def test_a_link_in_the_cache_folder_is_replaced_never_written_through(one_document, glossary, cache_copy,
                                                                      one_document_plain, tmp_path):
    # A shared cache's entry made a link to a catalog of the run: the next check's miss stored
    # its new entry through it, and the catalog became the cache's JSON.
    catalog = next(one_document.rglob("ru/LC_MESSAGES/*.po"))
    before = catalog.read_bytes()
    entry = next(path for path in cache_copy.glob("*.json") if path.name.count(".") == 1)
    entry.unlink()
    entry.symlink_to(catalog)
    hard = next(path for path in cache_copy.glob("*.terms.json"))
    hard.unlink()
    os.link(catalog, hard)
    assert findings(check_catalogs([one_document], [glossary], cache=cache_copy)) == findings(one_document_plain)
    assert catalog.read_bytes() == before
    assert not entry.is_symlink() and os.stat(hard).st_nlink == 1  # the names hold entries again


@pytest.mark.parametrize("damage", ["{ not json", "[" * 200_000 + "]" * 200_000])
def test_a_damaged_cache_entry_is_a_miss(one_document, glossary, cache_copy, one_document_plain, damage):
    # Cut short, or nested deeper than the JSON reader's recursion (a RecursionError, which
    # stopped the run with a traceback: a shared --cache folder is anyone's to write).
    cache = cache_copy  # as one run over the tree left it
    for path in cache.glob("*.json"):
        path.write_text(damage, encoding="utf-8")
    assert findings(check_catalogs([one_document], [glossary], cache=cache)) == findings(one_document_plain)


def _reshaped(data, how):
    """A cache file's JSON, valid JSON but of another shape."""
    if how == "list":
        return [data]
    if how == "string-line" and isinstance(data, dict) and data.get("findings"):
        data["findings"][0]["line"] = str(data["findings"][0]["line"])
    elif how == "number-findings" and isinstance(data, dict) and "findings" in data:
        data["findings"] = [5]
    elif how == "missing-field" and isinstance(data, dict) and data.get("findings"):
        del data["findings"][0]["message"]
    elif how == "index-shape" and isinstance(data, dict) and "by_source" in data:
        data["by_source"] = [["ru", "text"]]
    elif how == "counts" and isinstance(data, dict) and "entries_checked" in data:
        data["entries_checked"] = "many"
    # Valid findings of a code no check has (SARIF's writer failed on it with a KeyError), or
    # an error made a note (the gate passed): edited by hand in a shared --cache folder.
    elif how == "unknown-code" and isinstance(data, dict) and data.get("findings"):
        data["findings"][0]["code"] = "ZZZ999"
    elif how == "severity" and isinstance(data, dict) and data.get("findings"):
        for finding in data["findings"]:
            finding["severity"] = "info"
    return data


@pytest.mark.parametrize("how", ["list", "string-line", "number-findings", "missing-field", "index-shape", "counts",
                                 "unknown-code", "severity"])
def test_a_cache_entry_of_the_wrong_shape_is_a_miss(one_document, glossary, cache_copy, one_document_plain, how):
    import json

    cache = cache_copy  # as one run over the tree left it
    reshaped = 0
    for path in cache.glob("*.json"):
        data = cache_entry(path)
        new = _reshaped(copy.deepcopy(data), how)
        reshaped += new != data
        store_cache_entry(path, new)  # signed: the shape is what is tested
    assert reshaped, f"no cache file has what {how!r} reshapes"
    assert findings(check_catalogs([one_document], [glossary], cache=cache)) == findings(one_document_plain)


def test_run_wide_findings_do_not_depend_on_the_order_parts_arrive_in(tree, glossary):
    # A cache serves some documents before others are checked, and workers finish in any
    # order: CONS004/CONS005 must name the same entries whatever the order of absorption.
    # Two documents translate one heading two ways, once each: a tie, the case where "the
    # first met" used to follow the order of absorption.
    from pipeline.checks import REGISTRY
    from pipeline.checks.context import RunContext

    path = tree / "ru" / "LC_MESSAGES" / "doc-000001.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgctxt == "agenda/1")
    entry.msgstr = "Вопросы организации работы:"
    catalog.save(str(path))
    state = DocumentChecker([glossary], CheckSettings(), None)
    parts = [state.check(document) for document in documents_of(catalog_paths([tree]))]
    levels = {code: REGISTRY[code].severity for code in ("CONS004", "CONS005")}

    def run_wide(order):
        result = CheckResult()
        for part in order:
            result.absorb(copy.deepcopy(part))  # absorbing takes a part over
        context = RunContext(result.run_index, levels)
        return sorted((f.code, f.file, f.line, f.message) for code in levels for f in REGISTRY[code].run(context))

    forward = run_wide(parts)
    assert forward == run_wide(parts[::-1]) == run_wide([parts[1], parts[0], *parts[2:]])
    tie = [f for f in forward if f[0] == "CONS004" and "Организационные вопросы" in f[3]]
    assert len(tie) == 1 and tie[0][1].endswith("ru/LC_MESSAGES/doc-000001.po")  # the later place is reported


def test_an_unchanged_tree_is_served_without_its_run_indexes(shared_tree, glossary, tmp_path):
    # The run-wide findings are stored under a key of every document: with nothing changed,
    # the indexes (which hold every text of the tree) are not read, and nothing is checked.
    cache = tmp_path / "cache"
    first = check_catalogs([shared_tree], [glossary], cache=cache)
    assert any(f.code == "CONS004" for f in first.findings)
    for path in cache.glob("*.index.json"):
        path.unlink()
    again = check_catalogs([shared_tree], [glossary], cache=cache)
    assert findings(again) == findings(first)
    assert not list(cache.glob("*.index.json"))  # no document was checked and stored again


def test_the_run_index_is_built_only_for_run_wide_checks(shared_tree, glossary, plain):
    # It holds every distinct text of the run: most of a large run's memory.
    without = check_catalogs([shared_tree], [glossary], ignore=["CONS004", "CONS005"], keep_report_data=False)
    assert not without.run_index.by_source and not without.run_index.by_translation
    full = plain
    assert full.run_index.by_source
    assert findings(without) == [f for f in findings(full) if f[0] not in ("CONS004", "CONS005")]


def test_a_pair_of_texts_met_again_gets_the_findings_a_fresh_check_gives(shared_tree, glossary, plain, monkeypatch):
    # The tree repeats headings and sentences across documents, with planted faults in some;
    # the text-only checks run once per pair of texts and their findings are moved to each
    # entry met again. A run that checks every entry afresh must find exactly the same.
    remembered = plain  # jobs=1
    monkeypatch.setattr(document_check.TextFindings, "of", lambda self, checks, context: [f for c in checks for f in c.run(context)])
    fresh = check_catalogs([shared_tree], [glossary], jobs=1, keep_report_data=False)
    # Every field: the term checks' findings carry the concept, the source term and what was expected.
    assert remembered.findings == fresh.findings
    for family in ("TYPO", "TERM"):
        text_only = [f for f in fresh.findings if f.code.startswith(family)]
        assert len({(f.file, f.line) for f in text_only}) > len({f.message for f in text_only}), f"no {family} pair met twice"


def test_only_an_entry_check_can_be_text_only():
    from pipeline.checks import register
    from pipeline.model import Severity

    def check(ctx):
        """x.

        What it checks: x. Why it matters: x. Example: x. How to fix: x.
        """
        yield from ()

    with pytest.raises(ValueError, match="only an entry check"):
        register("TEST999", "test", Severity.INFO, scope="catalog", text_only=True)(check)


def test_checking_a_document_leaves_no_cyclic_garbage(glossary):
    # Processes that check put what they hold out of the collector's sight after each
    # document (pipeline/run/strategies.py): right only while checking makes no cycles.
    import gc

    for keep_report_data in (False, True):
        state = DocumentChecker([glossary], CheckSettings(keep_report_data=keep_report_data), None)
        seed, planted = (documents_of(catalog_paths([root]))[0] for root in (ROOT / "locale", ROOT / "tests" / "data" / "planted" / "locale"))
        state.check(seed)  # analysers built, modules imported: what a first document leaves for good
        gc.disable()
        try:
            gc.collect()
            part = state.check(planted)
            assert len(part.findings) > 20 and part.entries_checked > 100
            assert gc.collect() == 0
        finally:
            gc.enable()


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_leaves_the_collector_as_it_found_it(tree, glossary, jobs):
    # The collector is tuned while checking (pipeline/run/strategies.py) and restored after,
    # when the run ends in an error too: hexaglot is a library as well as a command.
    import gc

    before = gc.get_threshold()
    check_catalogs([tree], [glossary], jobs=jobs, keep_report_data=False)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    broken = tree / "fr" / "LC_MESSAGES" / "doc-000002.po"
    broken.write_text(broken.read_text(encoding="utf-8") + '\nmsgid "x"\nmsgstr "unterminated\n', encoding="utf-8")
    with pytest.raises(Exception, match="E008"):
        check_catalogs([tree], [glossary], jobs=jobs, keep_report_data=False)
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_stored_finding_on_a_form_below_0_is_not_a_finding():
    # A tampered entry's "form": -1 passed as an int, and a report then showed the last plural
    # form (forms[-1]) and wrote "form": -1 in the JSON: a miss, as any field of the wrong shape.
    import pytest

    from pipeline.model import Finding, Severity
    from pipeline.run.cache import _finding_from_json, _finding_to_json

    stored = _finding_to_json(Finding(code="TYPO003", severity=Severity.WARNING, lang="ru", file="ru.po", line=3,
                                      msgctxt="", message="msgstr[2]: double space", msgid="a", msgstr="b  c", form=2))
    assert _finding_from_json(stored).form == 2
    with pytest.raises(ValueError):
        _finding_from_json({**stored, "form": -1})


def test_findings_that_follow_the_glossary_s_word_list_follow_it_through_the_cache(glossary, tmp_path):
    # TYPO008 knows the words of the glossary's word list; its findings were kept under the key
    # that leaves the glossary out. A run with the list overwrote that entry with none, and a run
    # back on the glossary without it was served "none" from the cache: a gate passed that
    # fails without the cache.
    from tests.foreign import po_text

    catalog = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "doc.po"
    catalog.parent.mkdir(parents=True)
    catalog.write_text(po_text("ru", [("The meeting was held with remote interpretation and videoconferencing.",
                                       "Совещание прошло с дистанционным синхропереводом и видеоконференцсвязью.")]),
                       encoding="utf-8")
    listed = replace(glossary, known_words=(*glossary.known_words, ("ru", ("синхроперевод", "видеоконференцсвязь"))))
    cache = tmp_path / "cache"

    def unknown(glossaries):
        found = check_catalogs([tmp_path / "locale"], glossaries, select=["TYPO008"], cache=cache, keep_report_data=False)
        return sorted(f.found for f in found.findings)

    plain = sorted(f.found for f in check_catalogs([tmp_path / "locale"], [glossary], select=["TYPO008"],
                                                  keep_report_data=False).findings)
    assert plain and unknown([glossary]) == plain
    assert unknown([listed]) == []
    assert unknown([glossary]) == plain
    assert unknown([]) == plain


def test_a_catalog_saved_while_it_is_checked_is_never_served_the_findings_of_the_text_before(one_document, glossary,
                                                                                                tmp_path, monkeypatch):
    # A translator saves the catalog (or `git pull` writes it) after check read it and before
    # the findings were stored: the findings of the text read were stored under the key of the
    # text saved, and every later run served them, a forbidden term passing the gate.
    tree = tmp_path / "locale"
    shutil.copytree(one_document, tree)
    path = tree / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    cache = tmp_path / "cache"
    saved = path.read_text(encoding="utf-8").replace("незаконного ввоза мигрантов", "контрабанды мигрантов", 1)
    assert saved != path.read_text(encoding="utf-8")
    finish = DocumentChecker.finish

    def saved_meanwhile(self, read, *args, **kwargs):
        path.write_text(saved, encoding="utf-8")
        return finish(self, read, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(DocumentChecker, "finish", saved_meanwhile)
        check_catalogs([tree], [glossary], cache=cache)
    served = check_catalogs([tree], [glossary], cache=cache)
    fresh = check_catalogs([tree], [glossary], keep_report_data=False)
    assert any(f.code == "TERM002" and "контрабанд" in f.message for f in fresh.findings)
    assert findings(served) == findings(fresh)


def test_the_count_of_suppressed_term_findings_follows_the_glossary_through_the_cache(one_document, glossary, tmp_path):
    # Check with a glossary whose TERM001 a translator's comment suppresses, then with one that
    # has not the concept, then with the first again: the count came from the second run's.
    tree = tmp_path / "locale"
    shutil.copytree(one_document, tree)
    path = tree / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    catalog = polib.pofile(str(path))
    entry = next(e for e in catalog if e.msgctxt == "item/1b/p4/s2")
    entry.tcomment = "hexaglot: ignore TERM001 the Secretariat's wording for the interpretation"
    catalog.save(str(path))
    smaller = replace(glossary, concepts=tuple(c for c in glossary.concepts if c.id != "simultaneous-interpretation"))
    cache = tmp_path / "cache"
    for used in (glossary, smaller, glossary, smaller):
        served = check_catalogs([tree], [used], cache=cache)
        fresh = check_catalogs([tree], [used], keep_report_data=False)
        assert (served.suppressed, served.suppressed_in) == (fresh.suppressed, fresh.suppressed_in)
        assert findings(served) == findings(fresh)
    assert check_catalogs([tree], [glossary]).suppressed_in == {str(path): 1}
