"""The Russian analyser's tokenizer gives spaCy's tokens without importing spaCy
(pipeline/lang/analysers/rule_tokenizer.py): the same tokens at the same offsets as spaCy's
blank Russian pipeline, on every Russian text of the corpus and on the cases its rules are
about (abbreviations, URLs, numbers, symbols, hyphens, quotes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import polib
import pytest
import spacy

from pipeline.lang.analysers.rule_tokenizer import RuleTokenizer

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "corpus-seed" / "CTOC-COP-WG.7-2022-1.ru.txt"

CASES = [
    "Рабочая группа по незаконному ввозу мигрантов (т.е. её члены) и т.д.",
    "См. ст. 5 и пп. 1–3, а также гл. II; т. е. до 1 янв. 2023 г.",
    "Доклад CTOC/COP/WG.7/2022/1 и документ A/RES/55/25 (2000 г.).",
    "Адрес: https://www.unodc.org/unodc/en/human-trafficking/index.html, почта: info@unodc.org.",
    "Сумма 1 000 000,50 долл. США, т.е. 12,5% от бюджета; 2022–2023 гг.",
    "«Государства-участники» — это государства — участники Конвенции…",
    "№ 5/1, п. 3(b), 10:00–13:00, 27-28 июня; +7 (495) 123-45-67",
    "Он сказал: \"Да!\" — и ушёл... Что? (Нет!) [1] {2} <3> :) ;-)",
    "ст.5 пп.а и б), т.н. «серые» схемы, и пр., и др., т.п.",
    "XXI век, 1990-х годов, 5-й пункт, COVID-19, e-mail, онлайн-платформа",
    "Рабочaя группa",  # Latin letters inside Cyrillic words
    "",
    "   ",
    "слово\u00a0слово\u202fслово\tслово\nслово",
]


@pytest.fixture(scope="module")
def both():
    return RuleTokenizer("ru"), spacy.blank("ru").tokenizer


def spacy_bounds(tokenizer, text: str) -> list[int]:
    return [bound for token in tokenizer(text) if not token.is_space for bound in (token.idx, token.idx + len(token))]


def russian_texts() -> list[str]:
    texts = [line for line in SEED.read_text(encoding="utf-8").splitlines()] if SEED.exists() else []
    for path in sorted((ROOT / "locale" / "ru").glob("**/*.po")) + sorted((ROOT / "tests").glob("**/ru/**/*.po")):
        for entry in polib.pofile(str(path)):
            texts.append(entry.msgstr)
            texts.extend(entry.msgstr_plural.values())
    return texts


@pytest.mark.parametrize("text", CASES)
def test_the_tokens_of_each_rule_are_spacys(both, text):
    ours, theirs = both
    assert ours.bounds(text) == spacy_bounds(theirs, text)
    words, bounds = ours.tokens(text)
    assert words == [text[start:end] for start, end in zip(bounds[0::2], bounds[1::2])]


def test_every_russian_text_of_the_corpus_is_tokenized_as_spacy_does(both):
    ours, theirs = both
    texts = russian_texts()
    assert len(texts) > 300  # the corpus is there (make run)
    differing = [text for text in texts if ours.bounds(text) != spacy_bounds(theirs, text)]
    assert differing == []


def test_each_special_case_is_written_as_the_pieces_it_becomes(both):
    ours, _ = both
    assert len(ours.special) > 100
    assert all("".join(pieces) == written for written, pieces in ours.special.items())
    assert ours.bounds("т.е.") == spacy_bounds(both[1], "т.е.")


def test_a_check_with_russian_does_not_import_spacy(tmp_path):
    # What the rules are for: a check of a Russian catalog starts without spaCy once the
    # rules are stored (the session's cache folder has them from the tests above).
    code = (
        "import sys\n"
        "from pipeline.lang.analysers import analyser\n"
        "tokens = analyser('ru').analyse('Государства-участники (т.е. все) приняли решение.')\n"
        "print(' '.join(tokens.words)); print('spacy' in sys.modules)\n"
    )
    RuleTokenizer("ru")  # stored in this session's cache folder, which the child inherits
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout.splitlines()
    assert out == ["Государства - участники ( т.е. все ) приняли решение .", "False"]


def test_texts_mangled_with_punctuation_and_abbreviations_are_tokenized_as_spacy_does(both):
    # Beyond the corpus: its texts with punctuation, symbols, abbreviations and spaces put in
    # and taken out at random (seeded), where the rules meet in ways no document planned.
    import random

    ours, theirs = both
    rng = random.Random(2022)
    inserts = [".", ",", "(", ")", "«", "»", "-", "–", "—", "/", ":", ";", "!", "?", "...", "…", "%", "№", "'", '"', "[", "]",
               " и т.д.", " т.е. ", " и пр.", " д-р мед. наук ", " г.", " с.-х.", "<3", ":)", " https://www.unodc.org/a?b=1 ",
               "5", "1 000", "2022–2023", " ", "\u00a0", "\n", "ул.", "e-mail"]
    texts = [text for text in russian_texts() if text][:400]
    differing = []
    for _ in range(3000):
        text = rng.choice(texts)
        for _ in range(rng.randint(1, 6)):
            at = rng.randint(0, len(text))
            text = text[:at] + rng.choice(inserts) + text[at:] if rng.random() < 0.8 else text.replace(" ", "", 1)
        if ours.bounds(text) != spacy_bounds(theirs, text):
            differing.append(text)
    assert differing[:5] == []
