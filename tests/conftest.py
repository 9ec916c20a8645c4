"""Shared fixtures: the shipped corpus, extracted once per session (pymorphy3 is costly)."""

from __future__ import annotations

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
    # session's, which the CLI run in a subprocess inherits, not to the user's cache.
    config._hexaglot_cache = tempfile.mkdtemp(prefix="hexaglot-test-cache-")
    os.environ["XDG_CACHE_HOME"] = config._hexaglot_cache
    # The CLI run in a subprocess imports the package of this checkout, not whichever one the
    # virtual environment was installed from (a clone sharing another's .venv tested that one).
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")]))


def pytest_unconfigure(config):
    shutil.rmtree(getattr(config, "_hexaglot_cache", ""), ignore_errors=True)


@pytest.fixture(scope="session")
def documents():
    """Every language version of the shipped agenda, extracted."""
    return {lang: extract_document(CORPUS / f"{lang}.txt", lang) for lang in LANGUAGES}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A scratch project holding a copy of the corpus and the glossary; the working folder is
    its root."""
    shutil.copytree(CORPUS, tmp_path / "corpora" / DOC)
    shutil.copytree(ROOT / "glossaries", tmp_path / "glossaries")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run_hexaglot(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The CLI as a user runs it, in its own process."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=300
    )
