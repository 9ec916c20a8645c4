"""The findings cache is on by default: a second check of what has not changed is served from
the user's cache folder, says so, and gives what a fresh check gives; anything that could
change a finding (a catalog's bytes, the code, the settings) makes it check again."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.config import Config
from tests.foreign import write_tree

ROOT = Path(__file__).resolve().parent.parent
FROM_CACHE = "from the cache: 1 of 1 document unchanged since last checked"


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    """A user's cache folder, with the cache on as it is outside the tests."""
    home = tmp_path / "xdg-cache"
    monkeypatch.delenv("HEXAGLOT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "hexaglot" / "findings"


@pytest.fixture
def tree(tmp_path):
    write_tree(tmp_path / "locale")
    ru = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    ru.write_text(ru.read_text(encoding="utf-8").replace("27 и 28 июня", "27 и 29 июня"), encoding="utf-8")
    return tmp_path


def _check(hexaglot, tree, *options):
    return hexaglot("check", "locale", "--no-glossary", "--jobs", "1", *options, cwd=tree)


def test_a_second_check_of_an_unchanged_tree_comes_from_the_cache_and_says_so(hexaglot, tree, user_cache):
    first = _check(hexaglot, tree)
    assert first.returncode == 1 and "NUM002" in first.stdout
    assert FROM_CACHE not in first.stdout
    assert any(user_cache.glob("*.json")), "the first check stored nothing in the user's cache folder"

    second = _check(hexaglot, tree)
    assert FROM_CACHE in second.stdout
    assert second.returncode == first.returncode
    # The same findings and counts, the cache line aside.
    assert [line for line in second.stdout.splitlines() if not line.startswith("from the cache")] == first.stdout.splitlines()


def test_the_json_findings_are_the_same_bytes_from_the_cache(hexaglot, tree, user_cache):
    fresh = _check(hexaglot, tree, "--format", "json").stdout
    cached = _check(hexaglot, tree, "--format", "json").stdout
    assert any(user_cache.glob("*.json"))
    assert cached == fresh and json.loads(cached)["summary"]["findings"] >= 1


def test_an_edited_catalog_is_checked_again(hexaglot, tree, user_cache):
    assert "NUM002" in _check(hexaglot, tree).stdout
    ru = tree / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    ru.write_text(ru.read_text(encoding="utf-8").replace("27 и 29 июня", "27 и 28 июня"), encoding="utf-8")
    again = _check(hexaglot, tree)
    assert FROM_CACHE not in again.stdout
    assert "NUM002" not in again.stdout and again.returncode == 0


def test_other_settings_are_checked_again(hexaglot, tree, user_cache):
    _check(hexaglot, tree)
    selected = _check(hexaglot, tree, "--select", "NUM")
    assert FROM_CACHE not in selected.stdout and "NUM002" in selected.stdout


@pytest.mark.parametrize("how", ["option", "environment"])
def test_no_cache_checks_again_and_keeps_nothing(hexaglot, tree, user_cache, monkeypatch, how):
    options = ("--no-cache",) if how == "option" else ()
    if how == "environment":
        monkeypatch.setenv("HEXAGLOT_NO_CACHE", "1")
    for _ in range(2):
        process = _check(hexaglot, tree, *options)
        assert process.returncode == 1 and FROM_CACHE not in process.stdout
    assert not user_cache.exists() or not any(user_cache.iterdir())


def test_no_cache_and_a_cache_folder_are_one_or_the_other(hexaglot, tree, user_cache):
    process = _check(hexaglot, tree, "--no-cache", "--cache", "somewhere")
    assert process.returncode == 2 and "not allowed with argument" in process.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_cache_folder_that_cannot_be_written_is_no_error(hexaglot, tree, user_cache):
    user_cache.parent.mkdir(parents=True)
    user_cache.parent.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        process = _check(hexaglot, tree)
    finally:
        user_cache.parent.chmod(stat.S_IRWXU)
    assert process.returncode == 1 and "NUM002" in process.stdout and process.stderr == ""


def test_a_cache_folder_that_is_a_file_is_no_error(hexaglot, tree, user_cache):
    # What root cannot be kept from: a file where the folder would be.
    user_cache.parent.mkdir(parents=True)
    user_cache.write_text("not a folder")
    process = _check(hexaglot, tree)
    assert process.returncode == 1 and "NUM002" in process.stdout and process.stderr == ""


def test_entries_no_run_read_for_a_month_are_removed_and_nothing_else(hexaglot, tree, user_cache):
    _check(hexaglot, tree)
    old = user_cache / f"{'a' * 64}.json"
    recent = user_cache / f"{'b' * 64}.terms.json"
    theirs = user_cache / "notes.json"
    for path in (old, recent, theirs):
        path.write_text("{}")
    month_ago = time.time() - 31 * 24 * 3600
    os.utime(old, (month_ago, month_ago))
    os.utime(theirs, (month_ago, month_ago))
    # A run that stores something (here: a changed catalog) tidies the folder.
    ru = tree / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    ru.write_text(ru.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _check(hexaglot, tree)
    assert not old.exists()
    assert recent.exists() and theirs.exists()


def test_an_entry_read_again_is_kept(hexaglot, tree, user_cache):
    _check(hexaglot, tree)
    month_ago = time.time() - 31 * 24 * 3600
    stored = sorted(user_cache.glob("*.json"))
    for path in stored:
        os.utime(path, (month_ago, month_ago))
    assert FROM_CACHE in _check(hexaglot, tree).stdout  # read: marked as read now
    assert all(path.stat().st_mtime > month_ago + 24 * 3600 for path in stored if not path.name.endswith(".index.json")
               and not path.name.endswith(".run.json"))


def _fingerprint(package_parent: Path) -> str:
    code = "from pipeline.run.cache import code_fingerprint; print(code_fingerprint())"
    env = {**os.environ, "PYTHONPATH": str(package_parent)}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True,
                          cwd=package_parent).stdout.strip()


def test_the_code_part_of_the_key_follows_the_modules_bytes_not_the_version(tmp_path):
    # A checkout edited between two runs keeps its version number; its findings may not.
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT / "pipeline", copy / "pipeline", ignore=shutil.ignore_patterns("__pycache__"))
    before = _fingerprint(copy)
    assert _fingerprint(copy) == before
    check = copy / "pipeline" / "checks" / "values.py"
    check.write_text(check.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert _fingerprint(copy) != before


def test_no_default_cache_on_a_cluster(monkeypatch, tmp_path):
    # Its workers would store what they check in their own home folders, on other machines.
    from pipeline.cli import _findings_cache

    monkeypatch.delenv("HEXAGLOT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    args = argparse.Namespace(cache=None, no_cache=False, scheduler=None)
    assert _findings_cache(args, Config()) == tmp_path / "hexaglot" / "findings"
    assert _findings_cache(argparse.Namespace(cache=None, no_cache=False, scheduler="tcp://h:8786"), Config()) is None
    assert _findings_cache(args, Config(scheduler="tcp://h:8786")) is None
    named = argparse.Namespace(cache=tmp_path / "shared", no_cache=False, scheduler="tcp://h:8786")
    assert _findings_cache(named, Config()) == tmp_path / "shared"


def test_a_catalog_whose_name_is_bytes_of_no_encoding_is_checked_and_stored(hexaglot, tree, user_cache):
    # `a\xff\xfeb.po`: the cache's key and its stored findings encoded the name as UTF-8, a
    # traceback and exit 1 (findings' code) with the cache on, the default.
    folder = tree / "locale" / "ru" / "LC_MESSAGES"
    os.rename(folder / "messages.po", os.fsdecode(bytes(folder) + b"/a\xff\xfeb.po"))
    first, second = _check(hexaglot, tree), _check(hexaglot, tree)
    assert first.returncode == second.returncode == 1 and first.stderr == second.stderr == ""
    assert "NUM002" in first.stdout and "from the cache:" not in first.stdout, first.stdout
    assert "from the cache: 2 of 2 documents unchanged" in second.stdout, second.stdout
    assert [line for line in second.stdout.splitlines() if "NUM002" in line] == [
        line for line in first.stdout.splitlines() if "NUM002" in line]
    # ... and written in the JSON findings as JSON escapes it (`\udcff`), not a traceback
    assert _check(hexaglot, tree, "--format", "json", "--output", "findings.json").returncode == 1
    [file] = {f["file"] for f in json.loads((tree / "findings.json").read_text(encoding="utf-8"))["findings"] if f["code"] == "NUM002"}
    assert file == "locale/ru/LC_MESSAGES/a\udcff\udcfeb.po"
    # ... and in SARIF's URI, escaped by its bytes
    assert _check(hexaglot, tree, "--format", "sarif", "--output", "findings.sarif").returncode == 1
    sarif = json.loads((tree / "findings.sarif").read_text(encoding="utf-8"))
    assert "locale/ru/LC_MESSAGES/a%FF%FEb.po" in {result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                                                  for result in sarif["runs"][0]["results"]}


def test_a_template_that_cannot_be_read_is_one_line_and_exit_2_with_the_cache_on(tree, user_cache):
    # Read for the cache's key before the checker read it: a PermissionError traceback, exit 1.
    template = tree / "locale" / "templates" / "messages.pot"
    template.parent.mkdir()
    shutil.copy(tree / "locale" / "fr" / "LC_MESSAGES" / "messages.po", template)
    template.chmod(0)
    command = [sys.executable, "-m", "pipeline", "check", "locale", "--no-glossary"]
    if os.geteuid() == 0:  # root reads it all the same, unless it gives up the capability
        if shutil.which("setpriv") is None:
            pytest.skip("root reads unreadable files, and setpriv is not here to give that up")
        command = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
                   "--bounding-set=-dac_override,-dac_read_search", *command]
    for jobs in ("1", "2"):
        process = subprocess.run([*command, "--jobs", jobs], cwd=tree, capture_output=True, text=True)
        assert process.returncode == 2, process.stderr
        assert process.stderr.splitlines() == [
            "hexaglot: locale/templates/messages.pot: [E008] the catalog cannot be read: Permission denied"]


def test_a_relative_xdg_cache_home_is_ignored_not_read_from_the_folder_checked(hexaglot, tree, tmp_path, monkeypatch):
    # `XDG_CACHE_HOME=cache hexaglot check .` wrote the findings cache into the folder being
    # checked, where `--cache cache` is refused (E022); the XDG specification says to ignore it.
    monkeypatch.delenv("HEXAGLOT_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "cache")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for _ in range(2):
        process = hexaglot("check", ".", "--no-glossary", "--jobs", "1", cwd=tree / "locale")
        assert process.returncode == 1 and process.stderr == ""
    assert not (tree / "locale" / "cache").exists()
    assert FROM_CACHE in process.stdout and any((tmp_path / "home" / ".cache" / "hexaglot" / "findings").iterdir())
