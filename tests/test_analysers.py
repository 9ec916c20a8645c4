"""Analysers: the keys that make morphology-aware matching work, one language at a time."""

import pytest

from pipeline.lang.analysers import analyser


def keys(lang, text):
    return [set(k for k in t.keys if not k.startswith("=")) for t in analyser(lang).analyse(text)]


def test_russian_keys_are_every_normal_form_with_yo_folded():
    [word] = keys("ru", "ввезённых")
    assert "ввезти" in word or "ввезенный" in word
    assert not any("ё" in key for key in word)


def test_russian_latin_look_alikes_are_folded_for_matching():
    assert keys("ru", "Рабочaя группa") == keys("ru", "Рабочая группа")


def test_russian_spaced_dash_matches_a_hyphen():
    assert "-" in keys("ru", "—")[0]


def test_english_irregular_plural_and_lower_case():
    assert "child" in keys("en", "children")[0]
    assert "state" in keys("en", "States")[0]


def test_english_stems_only_words_the_lemma_table_does_not_know():
    assert keys("en", "delegates")[0].isdisjoint(keys("en", "delegation")[0])


@pytest.mark.parametrize("lang, elided, full", [("fr", "l'", "le"), ("fr", "d'", "de")])
def test_french_elision_stands_for_the_full_word(lang, elided, full):
    assert full in keys(lang, elided + "enquête")[0]


@pytest.mark.parametrize(
    "text, key",
    [("وتهريب", "تهريب"), ("للدول", "الدول"), ("المهاجرون", "المهاجر"), ("منصات", "منصه"), ("تَهْريب", "تهريب")],
)
def test_arabic_clitics_plurals_and_diacritics(text, key):
    assert key in keys("ar", text)[0]


def test_chinese_is_matched_by_character_with_full_width_folded():
    tokens = analyser("zh").analyse("偷运（ＣＴＯＣ）")
    assert [t.text for t in tokens] == ["偷", "运", "（", "ＣＴＯＣ", "）"]
    assert "ctoc" in tokens[3].keys
