"""The in-process CLI fixture (`hexaglot`) answers as the CLI in its own process does, so that
tests about behaviour can use it and leave the interpreter's start-up to the few tests about
the process."""

from __future__ import annotations

import pytest

from tests.conftest import run_hexaglot
from tests.foreign import write_tree


@pytest.fixture
def catalogs(tmp_path):
    write_tree(tmp_path / "locale", domains=("messages", "admin"))
    ru = tmp_path / "locale" / "ru" / "LC_MESSAGES" / "messages.po"
    ru.write_text(ru.read_text(encoding="utf-8").replace("27 и 28 июня", "27 и 29 июня"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("args", [
    ("check", "locale", "--no-glossary", "--jobs", "1"),                       # findings, exit 1
    ("check", "locale", "--no-glossary", "--jobs", "1", "--format", "json"),   # JSON on stdout
    ("check", "locale", "--no-glossary", "--select", "TERM999"),               # E017, exit 2
    ("check", "locale", "--no-such-option"),                                   # argparse, exit 2
    ("check", "missing", "--no-glossary"),                                     # unreadable input
], ids=["text", "json", "unknown-code", "bad-usage", "missing-input"])
def test_in_process_and_subprocess_answer_alike(hexaglot, catalogs, args):
    inside = hexaglot(*args, cwd=catalogs)
    outside = run_hexaglot(*args, cwd=catalogs, in_process=False)
    assert (inside.returncode, inside.stdout, inside.stderr) == (outside.returncode, outside.stdout, outside.stderr)


def test_the_working_folder_and_streams_are_given_back(hexaglot, catalogs, capsys):
    import os

    before = os.getcwd()
    hexaglot("check", "locale", "--no-glossary", "--jobs", "1", cwd=catalogs)
    assert os.getcwd() == before
    print("after")
    assert capsys.readouterr().out == "after\n"



def test_paths_may_stand_on_either_side_of_the_options(project):
    # `check locale/ru --lang ru,fr locale/fr` was "unrecognized arguments: locale/fr": argparse
    # alone takes one run of positional arguments, and people type them where they think of them.
    import json

    assert run_hexaglot("extract", cwd=project).returncode == 0
    result = run_hexaglot("check", "locale/ru", "--no-glossary", "--lang", "ru,fr", "locale/fr", "--format", "json", cwd=project)
    assert result.returncode in (0, 1), result.stderr
    assert sorted({finding["lang"] for finding in json.loads(result.stdout)["findings"]}) == ["fr", "ru"]
