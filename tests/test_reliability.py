"""Never lose a translation: atomic writes under faults, merges that keep every translation,
hostile input met with one clear line, and fuzzing of every reader and check."""

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.catalog import CatalogInfo, build_catalog, read_catalog, save_catalog
from pipeline.errors import HexaglotInputError
from pipeline.model import AlignedUnit, BlockKind, UnitVersion
from pipeline.stages import extract_corpus
from tests.conftest import DOC, ROOT, run_hexaglot

FUZZ = settings(derandomize=True, max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def snapshot(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch):
    # Catalogs are stamped with the time they change; a fixed clock makes "the new version"
    # one byte string, however long the test takes.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1656316800")


def edited_project(project: Path) -> tuple[dict, dict]:
    """A project whose catalogs exist, with the English source changed so that re-extraction
    rewrites every catalog: returns the catalogs before, and after a clean re-extraction."""
    extract_corpus(project / "corpora", project / "locale")
    english = project / "corpora" / DOC / "en.txt"
    english.write_text(english.read_text(encoding="utf-8").replace("at 10 a.m.1", "at 10.30 a.m.1"), encoding="utf-8")
    before = snapshot(project / "locale")
    clean = project.parent / "clean"
    shutil.copytree(project, clean)
    os.chdir(clean)  # catalogs name files relative to the working folder
    try:
        extract_corpus(Path("corpora"), Path("locale"))
    finally:
        os.chdir(project)
    after = {project / "locale" / p.relative_to(clean / "locale"): b for p, b in snapshot(clean / "locale").items()}
    shutil.rmtree(clean)
    assert before != after
    return before, after


def assert_old_or_new(project: Path, before: dict, after: dict):
    now = snapshot(project / "locale")
    assert not [p for p in now if p.name.endswith(".tmp")], "temporary files left behind"
    for path, data in now.items():
        assert data in (before.get(path), after.get(path)), path
        if path.suffix == ".json":  # what each version said (pipeline/version_texts.py)
            json.loads(data)
        else:
            polib.pofile(data.decode("utf-8"))  # and each parses


def test_an_exception_inside_the_writer_leaves_old_or_new_files(project, monkeypatch):
    before, after = edited_project(project)
    import pipeline.fileio as fileio

    calls = {"n": 0}
    real_fsync = os.fsync

    def failing_fsync(fd):
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("disk gone")
        real_fsync(fd)

    monkeypatch.setattr(fileio.os, "fsync", failing_fsync)
    with pytest.raises(RuntimeError):
        extract_corpus(project / "corpora", project / "locale")
    assert_old_or_new(project, before, after)
    written = sum(snapshot(project / "locale")[p] == after[p] != before[p] for p in after)
    assert written == 2  # two catalogs replaced before the fault, the rest untouched


def test_a_killed_process_leaves_old_or_new_files(project):
    before, after = edited_project(project)
    script = (
        "import os, signal, sys\n"
        "import pipeline.fileio as fileio\n"
        "real = fileio.os.replace\n"
        "count = [0]\n"
        "def replace(a, b):\n"
        "    count[0] += 1\n"
        "    if count[0] == 3:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)  # killed between writing a file and renaming it\n"
        "    real(a, b)\n"
        "fileio.os.replace = replace\n"
        "from pipeline.cli import main\n"
        "sys.exit(main(['extract']))\n"
    )
    process = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, timeout=300,
                             env={**os.environ, "SOURCE_DATE_EPOCH": "1656316800"})
    assert process.returncode == -signal.SIGKILL
    # The kill leaves the temporary file it was about to rename; the catalogs are whole.
    for leftover in (project / "locale").rglob("*.tmp"):
        leftover.unlink()
    assert_old_or_new(project, before, after)


def unit_strategy():
    text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(str.strip)
    return st.builds(
        lambda uid, source, target: AlignedUnit(uid, BlockKind.PARAGRAPH, "ctx", {"en": UnitVersion(source, 1), "ru": UnitVersion(target, 1)}),
        st.sampled_from([f"item/{i}/p1/s1" for i in range(12)]), text, text,
    )


INFO = CatalogInfo("doc", "X/1", "t", "en", "corpora/doc/en.txt")


@FUZZ
@given(st.lists(unit_strategy(), min_size=1, max_size=8, unique_by=lambda u: u.id),
       st.lists(st.tuples(st.integers(0, 7), st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)), max_size=5),
       st.lists(st.tuples(st.integers(0, 7), st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=20)), max_size=3),
       st.integers(0, 7))
def test_reextraction_never_drops_a_translation(tmp_path_factory, units, edits, source_changes, dropped):
    path = tmp_path_factory.mktemp("merge") / "ru.po"
    catalog, _ = build_catalog(units, INFO, "ru", "corpora/doc/ru.txt", None)
    save_catalog(catalog, path, None)
    edited = read_catalog(path)
    live = [e for e in edited if not e.obsolete]
    for index, text in edits:
        live[index % len(live)].msgstr = text
    edited.save(str(path))
    translations = {(e.msgctxt, e.msgstr) for e in read_catalog(path) if e.msgstr}
    # The document changes: some sources change, one segment disappears.
    changed = {index % len(units): text for index, text in source_changes}
    new_units = []
    for index, unit in enumerate(units):
        if index == dropped % len(units) and len(units) > 1:
            continue
        source = changed.get(index, unit.versions["en"].text)
        new_units.append(AlignedUnit(unit.id, unit.kind, unit.context, {"en": UnitVersion(source, 1), "ru": unit.versions["ru"]}))
    existing = read_catalog(path)
    merged, _ = build_catalog(new_units, INFO, "ru", "corpora/doc/ru.txt", existing)
    save_catalog(merged, path, existing)
    kept = {(e.msgctxt, e.msgstr) for e in read_catalog(path) if e.msgstr}
    assert translations <= kept


@FUZZ
@given(st.lists(st.fixed_dictionaries({
    "msgctxt": st.text(alphabet="abcdefghij/0123456789", min_size=1, max_size=12),
    "msgid": st.text(min_size=1, max_size=30).filter(lambda s: s.strip() and "\x00" not in s),
    "msgstr": st.text(max_size=30).filter(lambda s: "\x00" not in s),
    "comment": st.text(alphabet=st.characters(blacklist_characters="\r\x00", blacklist_categories=("Cs",)), max_size=20),
    "tcomment": st.text(alphabet=st.characters(blacklist_characters="\r\x00", blacklist_categories=("Cs",)), max_size=20),
    "fuzzy": st.booleans(),
    "previous": st.one_of(st.none(), st.text(min_size=1, max_size=20).filter(lambda s: "\x00" not in s)),
    "plural": st.booleans(),
    "obsolete": st.booleans(),
}), min_size=1, max_size=6, unique_by=lambda e: e["msgctxt"]))
def test_reading_and_writing_keeps_every_field(tmp_path_factory, entries):
    catalog = polib.POFile(wrapwidth=78)
    catalog.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=3; plural=(n%10==1 ? 0 : n%10>=2 ? 1 : 2);"}
    for item in entries:
        entry = polib.POEntry(msgctxt=item["msgctxt"], msgid=item["msgid"], comment=item["comment"].strip(),
                              tcomment=item["tcomment"].strip(), obsolete=item["obsolete"])
        if item["plural"]:
            entry.msgid_plural = item["msgid"] + " (plural)"
            entry.msgstr_plural = {0: item["msgstr"], 1: item["msgstr"] + "ы", 2: item["msgstr"] + "ов"}
        else:
            entry.msgstr = item["msgstr"]
        if item["fuzzy"]:
            entry.flags.append("fuzzy")
        if item["previous"] and not item["obsolete"]:
            entry.previous_msgid = item["previous"]
        catalog.append(entry)
    path = tmp_path_factory.mktemp("po") / "x.po"
    save_catalog(catalog, path, None)
    again = read_catalog(path)
    # An obsolete entry keeps its translator comment, flags and previous msgid; its extracted
    # comment describes a segment that is no longer extracted, and gettext drops it (so do we).
    # A comment line ending in a backslash gets a space (else gettext joins the next line to it).
    def comment(text):
        return "\n".join(line[:-1] if line.endswith("\\ ") else line for line in (text or "").split("\n"))

    key = lambda e: (e.msgctxt, e.msgid, e.msgid_plural, e.msgstr, dict(e.msgstr_plural),  # noqa: E731
                     "" if e.obsolete else comment(e.comment), comment(e.tcomment), e.fuzzy, e.previous_msgid,
                     bool(e.obsolete))
    assert sorted(map(key, again), key=str) == sorted(map(key, catalog), key=str)


HOSTILE = {
    "po-syntax": ("locale", "ru", 'msgid ""\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\ngarbage\n', "[E008]"),
    "po-charset": ("locale", "ru", 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n\nmsgctxt "a"\nmsgid "a"\nmsgstr "Вена"\n', "declares charset ISO-8859-1 but the file is UTF-8"),
    "po-nul": ("locale", "ru", 'msgid ""\nmsgstr ""\n\nmsgid "a\x00"\nmsgstr "b"\n', "NUL byte in the catalog"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_catalogs(hexaglot, project, case):
    assert hexaglot("extract", cwd=project).returncode == 0
    _, lang, content, message = HOSTILE[case]
    (project / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po").write_text(content, encoding="utf-8")
    before = snapshot(project)
    for command in (["extract"], ["check"]):
        result = hexaglot(*command, cwd=project)
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert message in result.stderr
        assert f"locale/{lang}/LC_MESSAGES/{DOC}.po" in result.stderr
    changed = {p for p in before if before[p] != snapshot(project).get(p)}
    assert not [p for p in changed if p.suffix in (".txt", ".tbx", ".toml")]
    assert (project / "locale" / lang / "LC_MESSAGES" / f"{DOC}.po").read_text(encoding="utf-8") == content


def test_po_with_crlf_is_read_and_with_a_bom_refused_as_msgfmt_refuses_it(hexaglot, project):
    assert hexaglot("extract", cwd=project).returncode == 0
    path = project / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po"
    crlf = path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(crlf)
    result = hexaglot("check", "--select", "TYPO001", cwd=project)
    assert result.returncode == 1 and "Traceback" not in result.stderr  # ru's TYPO001, fr read fine
    # msgfmt stops at a byte-order mark ("invalid multibyte sequence"): a catalog that cannot be
    # compiled is refused, with what to do, not passed.
    path.write_bytes(b"\xef\xbb\xbf" + crlf)
    result = hexaglot("check", "--select", "TYPO001", cwd=project)
    assert result.returncode == 2 and f"{DOC}.po:1: [E008]" in result.stderr and "byte-order mark" in result.stderr


def test_a_50_mb_line_is_refused_quickly(hexaglot, project):
    path = project / "corpora" / DOC / "es.txt"
    path.write_bytes(b"Grupo " * (50 * 1024 * 1024 // 6) + b"\n")
    before = path.stat().st_size
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"corpora/{DOC}/es.txt:1: [E018] line of" in result.stderr
    assert path.stat().st_size == before


def test_a_directory_where_a_file_is_expected(hexaglot, project):
    (project / "corpora" / DOC / "zh.txt").unlink()
    (project / "corpora" / DOC / "zh.txt").mkdir()
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2 and "zh.txt: [E001] the document is a directory, not a regular file" in result.stderr
    glossary = hexaglot("glossary", "lint", "corpora", cwd=project)
    assert glossary.returncode == 2 and "Traceback" not in glossary.stderr


def test_a_document_file_that_escapes_the_corpus(hexaglot, project, tmp_path):
    secret = project.parent / "secret.txt"
    secret.write_text("not a document\n", encoding="utf-8")
    link = project / "corpora" / DOC / "ru.txt"
    link.unlink()
    link.symlink_to(Path("..") / ".." / ".." / "secret.txt")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2 and "[E019]" in result.stderr and "Traceback" not in result.stderr


def test_a_document_folder_that_escapes_the_corpus(hexaglot, project):
    # A version linked out of the corpus was E019; a document folder linked out was read, in
    # silence, as one of the corpus's documents.
    outside = project.parent / "elsewhere" / "OTHER"
    shutil.copytree(project / "corpora" / DOC, outside)
    (project / "corpora" / "OTHER").symlink_to(outside)
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 2 and not (project / "locale").exists()
    assert result.stderr == f"hexaglot: corpora/OTHER: [E019] points outside its corpus folder, to {outside.resolve()}\n"
    # A document folder linked inside the corpus is one of its documents.
    (project / "corpora" / "OTHER").unlink()
    shutil.copytree(outside, project / "corpora" / "archive" / "OTHER")
    (project / "corpora" / "OTHER").symlink_to(Path("archive") / "OTHER")
    assert hexaglot("extract", cwd=project).returncode == 0
    assert (project / "locale" / "ru" / "LC_MESSAGES" / "OTHER.po").is_file()


def test_two_documents_of_one_symbol_are_said(hexaglot, project):
    # A document folder copied: both extracted, checked and reported, their findings counted
    # twice, nothing said.
    shutil.copytree(project / "corpora" / DOC, project / "corpora" / f"{DOC}-copy")
    result = hexaglot("extract", cwd=project)
    assert result.returncode == 0, result.stderr
    assert (f"{DOC}: {DOC}-copy has the symbol CTOC/COP/WG.7/2022/1 too: one document twice (a folder copied)? Each is "
            "extracted and checked, its findings counted in each") in result.stdout.splitlines()
    assert f"{DOC}-copy: {DOC} has the symbol CTOC/COP/WG.7/2022/1 too" in result.stdout


def test_an_output_that_cannot_be_written(project, monkeypatch):
    from pipeline.cli import main
    import pipeline.fileio as fileio

    def denied(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fileio.os, "replace", denied)
    before = snapshot(project / "corpora")
    assert main(["extract"]) == 2
    assert snapshot(project / "corpora") == before
    assert not list((project / "locale").rglob("*.tmp")) if (project / "locale").exists() else True
    # A file where the output folder should be.
    monkeypatch.undo()
    (project / "out").write_text("a file", encoding="utf-8")
    result = run_hexaglot("extract", "--out", "out", cwd=project)
    assert result.returncode == 2 and "[E011] cannot write" in result.stderr


def test_a_read_only_catalog_is_left_as_it_is_and_said(project):
    # A catalog made read-only (Perforce keeps files so until `p4 edit`) was replaced by the
    # rename every write ends with, whatever its permissions.
    before, _ = edited_project(project)
    russian = project / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    russian.chmod(0o444)
    try:
        result = run_hexaglot("extract", cwd=project)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "[E011] the file is read-only" in result.stderr
        assert russian.read_bytes() == before[russian]
        french = project / "locale" / "fr" / "LC_MESSAGES" / f"{DOC}.po"
        assert french.read_bytes() != before[french]  # the others are extracted
        # Nor does an import write it.
        export = run_hexaglot("export", "--format", "xliff", "--out", "xliff", "--no-glossary", "locale/ru", cwd=project)
        assert export.returncode == 0, export.stderr
        [xliff] = (project / "xliff").rglob("*.xlf")
        text = xliff.read_text(encoding="utf-8")
        at = text.index("</target>")
        xliff.write_text(text[:at] + " (правка)" + text[at:], encoding="utf-8")  # a translator's change to bring in
        imported = run_hexaglot("import", str(xliff), "--catalog", str(russian), cwd=project)
        assert imported.returncode == 2 and "[E011] the file is read-only" in imported.stderr
        assert russian.read_bytes() == before[russian]
    finally:
        russian.chmod(0o644)


def test_a_catalog_that_is_a_link_is_written_through_it(project):
    # Catalogs kept elsewhere (a translation repository) and linked into the tree: the write
    # replaced the link with a file, and the catalog it led to never had the update.
    before, after = edited_project(project)
    russian = project / "locale" / "ru" / "LC_MESSAGES" / f"{DOC}.po"
    kept = project / "translations" / "ru.po"
    kept.parent.mkdir()
    russian.rename(kept)
    russian.symlink_to(Path("..") / ".." / ".." / "translations" / "ru.po")
    result = run_hexaglot("extract", cwd=project)
    assert result.returncode == 0, result.stderr
    assert russian.is_symlink() and kept.read_bytes() == after[russian]
    assert f"locale/ru/LC_MESSAGES/{DOC}.po: written" in result.stdout  # named as the user knows it


# -- fuzzing: nothing raises but our own input errors ---------------------------------------------

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@FUZZ
@given(ANY_TEXT, st.sampled_from(["ru", "en", "fr", "es", "ar", "zh"]))
def test_fuzz_text_extraction(tmp_path_factory, text, lang):
    from pipeline.extract import extract_document

    path = tmp_path_factory.mktemp("fuzz") / f"{lang}.txt"
    path.write_text(text, encoding="utf-8")
    try:
        extract_document(path, lang)
    except HexaglotInputError:
        pass


@FUZZ
@given(st.binary(max_size=600))
def test_fuzz_po_reader(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "x.po"
    path.write_bytes(data)
    try:
        read_catalog(path)
    except HexaglotInputError:
        pass


@FUZZ
@given(st.one_of(st.binary(max_size=600), ANY_TEXT.map(lambda t: f'<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>{t}</body></text></tbx>'.encode("utf-8", "replace"))))
def test_fuzz_tbx_reader(tmp_path_factory, data):
    from pipeline.glossary.tbx import read_tbx

    path = tmp_path_factory.mktemp("fuzz") / "g.tbx"
    path.write_bytes(data)
    try:
        read_tbx(path)
    except HexaglotInputError:
        pass


@pytest.fixture(scope="module")
def every_check():
    from pipeline.run import terminology_for
    from pipeline.checks import selected
    from pipeline.glossary.tbx import read_tbx

    return selected(), terminology_for([read_tbx(ROOT / "glossaries" / "untoc-som.tbx")])


@FUZZ
@given(ANY_TEXT, ANY_TEXT, st.sampled_from(["ru", "fr", "es", "ar", "zh"]), st.booleans())
def test_fuzz_every_check(every_check, source, target, lang, fuzzy):
    from pipeline.run import check_catalog
    from pipeline.checks.context import CatalogContext, DocumentContext, EntryContext, RunContext
    from pipeline.model import CatalogFile, Entry

    checks, terminology = every_check
    catalog = CatalogFile("f.po", lang, (Entry("a/b", source or "x", target, 1, fuzzy, "Footnote marker: fn/1.", ""),))
    check_catalog(catalog, checks, terminology, "en")
    levels = {c.code: c.severity for c in checks}
    contexts = [EntryContext(catalog, e, "en", terminology, levels) for e in catalog.entries]
    from pipeline.model import RunIndex

    document = DocumentContext("d", "en", [CatalogContext(catalog, contexts, levels)], catalog)
    index = RunIndex()
    for context in contexts:
        index.add(context)
        index.add(context)
    for check in checks:
        if check.scope == "document":
            list(check.run(document))
        elif check.scope == "run":
            list(check.run(RunContext(index, levels)))


def _killed_as_out_of_memory(*_):
    # What the kernel's OOM killer does to a pool worker: no exception, no message.
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_pool_worker_killed_is_one_line_and_exit_2(hexaglot, tmp_path, monkeypatch):
    # A worker the system killed (out of memory) ended the run with a BrokenProcessPool
    # traceback and exit 1, which CI reads as "findings at or above --fail-on".
    from pipeline.run import strategies

    _agenda_tree(tmp_path, ("agenda", "report"))
    monkeypatch.setattr(strategies, "check_in_pool_worker", _killed_as_out_of_memory)
    result = hexaglot("check", "locale", "--no-glossary", "--jobs", "2", "--no-cache", cwd=tmp_path)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("hexaglot: [E042] a process checking the catalogs was killed") and len(result.stderr.splitlines()) == 1


def _checking_for_ever(*_):
    time.sleep(600)


def test_sigterm_stops_the_run_and_its_pool_workers(hexaglot, tmp_path, monkeypatch):
    # SIGTERM (a CI job's timeout) ended the parent where it stood: its pool's workers, which
    # the signal does not reach, were left running, reparented to init.
    import multiprocessing

    from pipeline.run import strategies

    _agenda_tree(tmp_path, ("agenda",), ru_only=("report",))
    monkeypatch.setattr(strategies, "check_in_pool_worker", _checking_for_ever)
    started = threading.Event()

    def stop_when_the_workers_run():
        while not multiprocessing.active_children():
            if started.wait(0.05):
                return
        os.kill(os.getpid(), signal.SIGTERM)

    stopper = threading.Thread(target=stop_when_the_workers_run)
    stopper.start()
    try:
        result = hexaglot("check", "locale", "--no-glossary", "--jobs", "2", "--no-cache", cwd=tmp_path)
    finally:
        started.set()
        stopper.join()
    assert result.returncode == 143 and result.stderr == "hexaglot: terminated; files written so far are complete\n"
    assert multiprocessing.active_children() == []


def _checking_until_released(document):
    release = Path(document.paths[0]).parents[3] / "release"
    while not release.exists():
        time.sleep(0.05)


def test_sigterm_just_as_a_worker_is_forked_stops_every_worker(hexaglot, tmp_path, monkeypatch):
    # Handled between a worker's fork and its being recorded, the signal left a worker no one
    # knew of at its task, and leaving the pool waited for it: the run hung (a full suite's
    # run of the test above, under load, waited out its workers' ten minutes).
    import multiprocessing

    from pipeline.run import strategies

    _agenda_tree(tmp_path, ("agenda", "report"))
    monkeypatch.setattr(strategies, "check_in_pool_worker", _checking_until_released)
    fork = os.fork

    def forked_then_terminated():
        pid = fork()
        if pid:  # in the parent, the worker not yet recorded
            os.kill(os.getpid(), signal.SIGTERM)
        return pid

    done, released = _released_if_hung(tmp_path)
    before = _child_processes()
    monkeypatch.setattr(os, "fork", forked_then_terminated)
    try:
        result = hexaglot("check", "locale", "--no-glossary", "--jobs", "2", "--no-cache", cwd=tmp_path)
    finally:
        monkeypatch.setattr(os, "fork", fork)
        done.set()
    left = _children_killed(before)
    assert not released, "the run waited for a worker it did not know of"
    assert result.returncode == 143 and result.stderr == "hexaglot: terminated; files written so far are complete\n"
    assert multiprocessing.active_children() == [] and not left, f"workers left running: {left}"


def test_sigterm_while_a_result_is_taken_in_stops_the_workers(hexaglot, tmp_path, monkeypatch):
    # The signal handled while the run took in a document's result, between two of the pool's
    # results, closed the pool's generator: GeneratorExit, which the pool did not take for a
    # stop, and leaving the pool waited for the other workers' tasks to end.

    from pipeline.errors import Terminated
    from pipeline.model import CheckResult
    from pipeline.run import strategies

    _agenda_tree(tmp_path, ("agenda", "report", "summary"))
    def terminated_taking_it_in(self, part):
        raise Terminated

    monkeypatch.setattr(strategies, "check_in_pool_worker", _the_agenda_only)
    monkeypatch.setattr(CheckResult, "absorb", terminated_taking_it_in)
    done, released = _released_if_hung(tmp_path)
    before = _child_processes()
    try:
        result = hexaglot("check", "locale", "--no-glossary", "--jobs", "2", "--no-cache", cwd=tmp_path)
    finally:
        done.set()
    left = _children_killed(before)
    assert not released, "the run waited for its workers' tasks"
    assert result.returncode == 143 and not left


def _half_a_result_written(document):
    """A pool worker's task that writes half a result into the pool's pipe (as a worker killed
    while it wrote one leaves it), says so, and waits."""
    import gc
    import struct
    from concurrent.futures import ProcessPoolExecutor

    [pool] = [thing for thing in gc.get_objects() if isinstance(thing, ProcessPoolExecutor)]
    writer = pool._result_queue._writer
    os.write(writer.fileno(), struct.pack("!i", 4096) + b"half a result")
    here = Path(document.paths[0]).parents[3]
    (here / "half-written").touch()
    _checking_until_released(document)


def test_sigterm_after_a_worker_left_half_a_result_ends_the_run(hexaglot, tmp_path, monkeypatch):
    # A worker killed while it wrote its result left half of it in the pipe; the pool's manager
    # read on for the rest for ever (the parent's own copy of the pipe kept it open), and the
    # stopped run hung on leaving the pool (a probe's, 2 runs in 26, stopped with SIGTERM).
    import gc
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.run import strategies

    _agenda_tree(tmp_path, ("agenda",), ru_only=("report",))
    monkeypatch.setattr(strategies, "check_in_pool_worker", _half_a_result_written)
    done, hung = threading.Event(), []

    def stop_once_half_written():
        while not (tmp_path / "half-written").exists():
            if done.wait(0.05):
                return
        os.kill(os.getpid(), signal.SIGTERM)
        if not done.wait(60):  # hung: the pipe closed here so that the test ends, failing
            hung.append(True)
            (tmp_path / "release").touch()
            for pool in [thing for thing in gc.get_objects() if isinstance(thing, ProcessPoolExecutor)]:
                pool._result_queue._writer.close()

    stopper = threading.Thread(target=stop_once_half_written, daemon=True)
    stopper.start()
    before = _child_processes()
    try:
        result = hexaglot("check", "locale", "--no-glossary", "--jobs", "2", "--no-cache", cwd=tmp_path)
    finally:
        done.set()
        (tmp_path / "release").touch()
    left = _children_killed(before)
    assert not hung, "the run hung on half a result in the pool's pipe"
    assert result.returncode == 143 and result.stderr == "hexaglot: terminated; files written so far are complete\n"
    assert not left


def _the_agenda_only(document):
    """A pool worker's task that checks the agenda and waits on every other document."""
    from pipeline.run import strategies

    return strategies._POOL_CHECKER.check(document) if document.name == "agenda" else _checking_until_released(document)


def _agenda_tree(root: Path, documents: tuple[str, ...], ru_only: tuple[str, ...] = ()) -> None:
    """locale/ with a Russian and a French catalog of each document (a Russian one alone of
    each of `ru_only`), one entry each: a tree a pool shares out a document a task."""
    translations = {"ru": "Утверждение повестки дня", "fr": "Adoption de l'ordre du jour"}
    for lang, document in [(lang, d) for d in documents for lang in translations] + [("ru", d) for d in ru_only]:
        path = root / "locale" / lang / "LC_MESSAGES" / f"{document}.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f'msgid ""\nmsgstr ""\n"Language: {lang}\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                        f'msgid "Adoption of the agenda"\nmsgstr "{translations[lang]}"\n', encoding="utf-8")


def _released_if_hung(root: Path) -> tuple[threading.Event, list]:
    """(an event to set when the run is over, a list): a watchdog that, if the event is not set
    within a minute, releases the workers' tasks (_checking_until_released) and puts True in
    the list, so that a run that hangs ends, and its test fails rather than hangs."""
    done, released = threading.Event(), []

    def watchdog():
        if not done.wait(60):
            released.append(True)
            (root / "release").touch()

    threading.Thread(target=watchdog, daemon=True).start()
    return done, released


def _children_killed(before: set[int]) -> set[int]:
    """The child processes there are now and were not `before`, killed (a failing test leaves
    none behind): what a run left running."""
    left = _child_processes() - before
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


def _child_processes() -> set[int]:
    """This process's children, as the system knows them (a worker the pool lost track of is
    one), but multiprocessing's resource tracker."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            command = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == os.getpid() and b"resource_tracker" not in command and fields[0] != "Z":
            children.add(int(stat.parent.name))
    return children


def test_sigterm_while_the_tasks_are_given_out_stops_the_workers(hexaglot, tmp_path, monkeypatch):
    # The signal came while the parent was still giving the pool its tasks (a worker already
    # running the first): it was caught only around the waiting for results, so leaving the
    # pool waited for every task to end, and the run hung on workers nobody stopped.
    import collections
    import multiprocessing

    from pipeline.errors import Terminated
    from pipeline.run import strategies

    _agenda_tree(tmp_path, ("agenda", "report"))
    monkeypatch.setattr(strategies, "check_in_pool_worker", _checking_until_released)

    def terminated_after_the_first_task(tasks=()):
        for _first in tasks:  # the first task given out: the pool's workers start
            raise Terminated
        return collections.deque()

    monkeypatch.setattr(strategies, "deque", terminated_after_the_first_task)
    outcome = {}
    run = threading.Thread(target=lambda: outcome.update(result=hexaglot(
        "check", "locale", "--no-glossary", "--jobs", "2", "--no-cache", cwd=tmp_path)), daemon=True)
    run.start()
    run.join(60)
    stopped = not run.is_alive()
    (tmp_path / "release").touch()  # a run that hung ends now, failing the test rather than hanging it
    run.join()
    assert stopped, "the run waited for its workers' tasks"
    result = outcome["result"]
    assert result.returncode == 143 and result.stderr == "hexaglot: terminated; files written so far are complete\n"
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("when", ["loading", "building the command line"])
def test_a_ctrl_c_before_the_command_runs_is_one_line_and_exit_130(monkeypatch, capsys, when):
    # In the first third of a second (Python loading hexaglot's modules, argparse building the
    # parser), Ctrl-C printed a traceback of 14 to 64 lines (probe 66c); from then on, one line.
    import types

    from pipeline import entry

    def interrupt(*_args, **_kwargs):
        raise KeyboardInterrupt

    if when == "loading":
        loading = types.ModuleType("pipeline.cli")
        loading.__getattr__ = interrupt  # (what `from pipeline.cli import main` meets mid-import)
        monkeypatch.setitem(sys.modules, "pipeline.cli", loading)
    else:
        import pipeline.cli

        monkeypatch.setattr(pipeline.cli, "_parser", interrupt)
    assert entry.run() == 130
    assert capsys.readouterr().err == "hexaglot: interrupted; files written so far are complete\n"


def test_an_interrupt_while_a_catalog_and_its_record_are_written_waits_for_both(tmp_path, monkeypatch):
    # Ctrl-C between a catalog's write and its record of versions' left the catalog without
    # its record (probe 66c: 5 runs in 12 of an interrupted `extract --jobs 2`).
    from pipeline import stages
    from pipeline.cli import main

    corpus = tmp_path / "corpora" / "note"
    corpus.mkdir(parents=True)
    (corpus / "en.txt").write_text("Note by the Secretariat\n\nThe Working Group met in Vienna.\n", encoding="utf-8")
    (corpus / "fr.txt").write_text("Note du Secrétariat\n\nLe Groupe de travail s'est réuni à Vienne.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    real_save = stages.save_catalog

    def save_then_interrupted(catalog, path, *args, **kwargs):
        written = real_save(catalog, path, *args, **kwargs)
        if path.suffix == ".po":
            os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, once the catalog is written
        return written

    monkeypatch.setattr(stages, "save_catalog", save_then_interrupted)
    assert main(["extract", "corpora", "--out", "locale"]) == 130
    catalogs = list((tmp_path / "locale").rglob("*.po"))
    assert catalogs and all((catalog.parent / ".note.versions.json").exists() for catalog in catalogs), catalogs
    assert not list(tmp_path.rglob("*.tmp"))


def test_a_catalog_another_command_holds_too_long_is_one_error_and_one_on_a_file_system_without_locks_is_written(
        tmp_path, monkeypatch):
    # A holder that never lets go made --fix, extract and import wait for ever, no word said;
    # a file system that keeps no locks (ENOLCK) gave a traceback (probe 66h).
    import errno
    import fcntl

    import polib

    from pipeline import fileio
    from pipeline.catalog import read_catalog_as_read, save_catalog
    from pipeline.errors import HexaglotInputError

    path = tmp_path / "ru.po"
    path.write_text('msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
                    'msgid "Open"\nmsgstr "Открыть"\n', encoding="utf-8")
    catalog, read_from = read_catalog_as_read(path)
    next(e for e in catalog if e.msgid == "Open").msgstr = "Открыть файл"
    monkeypatch.setattr(fileio, "HOLD_WAIT_SECONDS", 0.3)
    with open(path, "rb") as holder:
        fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
        with pytest.raises(HexaglotInputError) as held:
            save_catalog(catalog, path, catalog, read_from=read_from)
    assert held.value.code == "E050" and "another command has held it" in held.value.message
    real_flock = fcntl.flock

    def no_locks(fd, operation):
        if operation & fcntl.LOCK_EX:
            raise OSError(errno.ENOLCK, "No locks available")
        return real_flock(fd, operation)

    monkeypatch.setattr(fcntl, "flock", no_locks)
    assert save_catalog(catalog, path, catalog, read_from=read_from)
    assert "Открыть файл" in path.read_text(encoding="utf-8")
    assert polib.pofile(str(path))
