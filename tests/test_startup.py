"""A check loads what checking needs, and not the rest: spaCy (its Russian tokenizer's rules
are stored: lang/analysers/rule_tokenizer.py), the Word and PDF readers, glossary statistics,
urllib, Dask. Each cost a check of the shipped document a part of its start (bench/README.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pipeline.lang.analysers.rule_tokenizer import RuleTokenizer
from tests.foreign import write_tree

ROOT = Path(__file__).resolve().parent.parent
NOT_FOR_CHECKING = ["spacy", "thinc", "pipeline.extract.pdf", "pipeline.extract.docx", "pipeline.glossary.stats",
                    "urllib.request", "dask", "distributed", "jinja2", "openpyxl"]


def test_checking_russian_with_the_glossary_loads_none_of_the_rest(tmp_path):
    write_tree(tmp_path / "locale")
    RuleTokenizer("ru")  # the rules stored in this session's cache folder, as a first run stores them
    code = (
        "import sys\n"
        "from pipeline.cli import main\n"
        "sys.argv = ['hexaglot', 'check', 'locale', '--jobs', '1', '--no-cache', '--glossary', sys.argv[1]]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print('LOADED', [name for name in {NOT_FOR_CHECKING!r} if name in sys.modules])\n"
    )
    process = subprocess.run([sys.executable, "-c", code, str(ROOT / "glossaries" / "untoc-som.tbx")], cwd=tmp_path,
                             capture_output=True, text=True, timeout=300)
    assert "entries checked" in process.stdout, process.stderr  # it did check, Russian included
    assert "ru 1" in process.stdout
    assert process.stdout.splitlines()[-1] == "LOADED []"


def test_stop_words_once_stored_come_without_spacy():
    """The glossary tools' stop words (lang/phrases.py) are spaCy's lists, stored: importing
    spacy.lang.fr for its list ran French's tokenizer exceptions too, 3 s of `glossary
    candidates`' 7."""
    from pipeline.lang.phrases import stop_words

    expected = {lang: stop_words(lang) for lang in ("ar", "en", "es", "fr", "ru", "zh")}  # stored if not yet
    code = (
        "import sys\n"
        "from pipeline.lang.phrases import stop_words\n"
        "print(sorted((lang, len(stop_words(lang))) for lang in ('ar', 'en', 'es', 'fr', 'ru', 'zh')))\n"
        "print('LOADED', [name for name in ('spacy', 'thinc') if name in sys.modules])\n"
    )
    process = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert process.stdout.splitlines() == [str(sorted((lang, len(words)) for lang, words in expected.items())), "LOADED []"], process.stderr
    assert {"le", "de", "la", "les"} <= expected["fr"] and {"и", "в"} <= expected["ru"]  # spaCy's lists, as before
