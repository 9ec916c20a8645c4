"""Shared fixtures: the shipped corpus, extracted once per session (pymorphy3 is costly)."""

from __future__ import annotations

import ast
import contextlib
import functools
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from pipeline.extract import extract_document
from pipeline.model import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
DOC = "CTOC-COP-WG.7-2022-1"
CORPUS = ROOT / "corpora" / DOC
SEED = ROOT.parent / "shared" / "corpus-seed" / f"{DOC}.ru.txt"


def pytest_configure(config):
    # Tables derived once and kept between runs (pipeline.lang.stored) go to a folder of this
    # session's, which the CLI run in a subprocess inherits, not to the user's cache. Under
    # `pytest -n`, one folder for all the test processes (made by the one that starts them): a
    # table one of them derived is read by the others (deriving them all takes ~15 s of a core).
    shared = getattr(config, "workerinput", {}).get("hexaglot_cache")
    config._hexaglot_cache = None if shared else tempfile.mkdtemp(prefix="hexaglot-test-cache-")
    os.environ["XDG_CACHE_HOME"] = shared or config._hexaglot_cache
    # The processes the tests start (the CLI, pool and Dask workers) import the package of this
    # checkout, not the one the virtual environment was installed from: a second clone that
    # shares a .venv would otherwise test the first clone's code in every CLI test.
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    # A scheduler that is not there is known in a second here (users wait 10 by default).
    os.environ.setdefault("HEXAGLOT_DASK_TIMEOUT", "1")
    # The CLI in one process unless a test asks for more (--jobs 2: the pool's tests): forking
    # a pool from a test process, whose workers each build the analysers again, is the process
    # under test only where the test says so.
    os.environ["HEXAGLOT_JOBS"] = "1"
    # Each test checks as if for the first time: the findings cache, on by default for users,
    # would otherwise serve one test what another found (tests/test_default_cache.py turns it
    # back on where the cache is what is tested).
    os.environ["HEXAGLOT_NO_CACHE"] = "1"


# Tests a developer can leave out between commits (`make test-fast`); `make test` runs all.
# By what they use, so that a new test is marked without anyone remembering to.
_BROWSER_FIXTURES = {"browser"}  # Debian's Chromium through Playwright
_SLOW_MODULES = {"test_input_paths", "test_pdf", "test_docx", "test_dask"}  # PDF/Word building, a Dask cluster


def pytest_collection_modifyitems(config, items):
    for item in items:
        if _BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)
        if item.module.__name__.rpartition(".")[2] in _SLOW_MODULES:
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist, which plain `pytest` runs without
def pytest_xdist_make_scheduler(config, log):
    """Under `pytest -n` (as `make test` runs): the tests of a module that has a fixture of the
    module's scope (a checked tree, a built report, a browser, a Dask cluster) go to one test
    process together, which builds it once; the other tests go one by one to whichever process
    is free. (pytest-xdist's own `--dist loadgroup` would do this with marks, but it groups
    nothing with pytest 9.2: pytest-dev/pytest-xdist#1386.)"""
    if config.getvalue("dist") != "load":
        return None  # another distribution asked for by name
    from xdist.scheduler import LoadScopeScheduling

    class SharedFixtureScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            return path if _has_module_fixture(ROOT / path) else nodeid

    return SharedFixtureScheduling(config, log)


@functools.cache
def _has_module_fixture(path: Path) -> bool:
    def module_scoped(decorator) -> bool:
        return isinstance(decorator, ast.Call) and any(
            keyword.arg == "scope" and getattr(keyword.value, "value", None) == "module" for keyword in decorator.keywords)

    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return False
    return any(module_scoped(decorator) for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)
               for decorator in node.decorator_list)


@pytest.hookimpl(optionalhook=True)  # pytest-xdist's, in the process that starts the others
def pytest_configure_node(node):
    node.workerinput["hexaglot_cache"] = node.config._hexaglot_cache


def pytest_unconfigure(config):
    if getattr(config, "_hexaglot_cache", None):  # the folder's maker removes it
        shutil.rmtree(config._hexaglot_cache, ignore_errors=True)


@pytest.fixture(scope="session")
def documents():
    """Every language version of the shipped agenda, extracted."""
    return {lang: extract_document(CORPUS / f"{lang}.txt", lang) for lang in LANGUAGES}


@pytest.fixture(scope="session")
def printed_pdf(tmp_path_factory):
    """`printed_pdf(doc, lang)`: the path of that language version of a shipped document written
    as a PDF as the UN prints it (tests/pdf_builder.py), written once a session and shared by the
    tests that read PDFs (a PDF takes a second or more to write). Read it or copy it; never
    change it."""
    from pipeline.corpus import read_meta
    from tests.pdf_builder import write_pdf

    folder = tmp_path_factory.mktemp("printed")
    written: dict[tuple[str, str], Path] = {}

    def pdf_of(doc: str, lang: str) -> Path:
        if (doc, lang) not in written:
            source = ROOT / "corpora" / doc
            path = folder / doc / f"{lang}.pdf"
            path.parent.mkdir(exist_ok=True)
            write_pdf(extract_document(source / f"{lang}.txt", lang), path, read_meta(source / "meta.toml", doc).symbol)
            written[doc, lang] = path
        return written[doc, lang]

    return pdf_of


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A scratch project holding a copy of the corpus and the glossary; the working folder is
    its root."""
    shutil.copytree(CORPUS, tmp_path / "corpora" / DOC)
    shutil.copytree(ROOT / "glossaries", tmp_path / "glossaries")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_hexaglot(*args: str, cwd: Path, in_process: bool = True) -> subprocess.CompletedProcess:
    """The CLI as a user runs it: its exit code, standard output and error. In this process
    (`call_main`: a second faster than starting Python and importing the package again) for
    tests about what the CLI does; in its own process (`in_process=False`) for tests about the
    process: signals, a pool's or a cluster's workers, what is imported at start, what reaches
    the terminal."""
    if not in_process:
        return subprocess.run(
            [sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=300
        )
    return call_main(args, cwd)


@pytest.fixture
def hexaglot():
    """`run_hexaglot` in this process, as a fixture: `hexaglot(*args, cwd=path)`."""
    return lambda *args, cwd: call_main(args, cwd)


def call_main(args, cwd: Path) -> subprocess.CompletedProcess:
    """main() with the working folder, argv and the standard streams swapped, and put back."""
    from pipeline.cli import main

    out, err = _text_stream(), _text_stream()
    before, argv = Path.cwd(), sys.argv
    os.chdir(cwd)
    sys.argv = ["hexaglot", *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exit_:  # argparse's bad usage, --help, --version
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
                if isinstance(exit_.code, str):
                    print(exit_.code, file=sys.stderr)
        out.flush(), err.flush()
    finally:
        os.chdir(before)
        sys.argv = argv
    return subprocess.CompletedProcess(
        ["hexaglot", *args], code, out.buffer.getvalue().decode(), err.buffer.getvalue().decode()
    )


def _text_stream() -> io.TextIOWrapper:
    # A text stream with a .buffer and a fileno-less BytesIO under it, as the CLI writes bytes
    # (a catalog to stdout) as well as text; newline="" keeps what was written.
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="", write_through=True)


def cache_entry(path: Path):
    """A findings cache file's JSON (pipeline/run/cache.py writes its signature after it)."""
    import json

    return json.loads(path.read_bytes().rpartition(b"\n")[0])


def store_cache_entry(path: Path, data) -> None:
    """A findings cache file written as the cache writes it, signed: for tests of what the
    cache does with an entry whose signature holds but whose content is of another shape."""
    import json

    from pipeline.run.cache import _signature

    content = json.dumps(data).encode("utf-8")
    path.write_bytes(content + b"\n" + _signature(path.name, content))
