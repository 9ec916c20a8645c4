"""Analysers: the keys that make morphology-aware matching work, one language at a time."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.lang import profile
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


@pytest.mark.parametrize("lang, form, lemma", [
    ("fr", "parties", "partie"), ("fr", "États", "état"), ("fr", "migrants", "migrant"), ("fr", "organisations", "organisation"),
    ("es", "organizaciones", "organización"), ("en", "organizations", "organization"),
])
def test_lookup_lemmas_in_every_latin_language(lang, form, lemma):
    # spaCy's French table gives each lemma as a list of one: it was once dropped whole, and
    # French fell back to stems (`parties` → `part`, which is also a share).
    [word] = keys(lang, form)
    assert lemma in word
    assert analyser(lang).lemmas


def test_french_plural_is_not_matched_to_a_word_of_another_meaning():
    assert keys("fr", "parties")[0].isdisjoint(keys("fr", "part")[0])


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


@pytest.mark.parametrize("lang, text", [
    ("en", "The Working Group on the Smuggling of Migrants (CTOC/COP/WG.7/2022/1), 27 June."),
    ("fr", "L'échange d'informations  sur le trafic illicite de migrants\u00a0; voir p. 47."),
    ("es", "¿Tráfico ilícito de migrantes? Sí: 1.234,5 personas."),
    ("ru", "Рабочая группа — участники Конвенции, интернет-провайдеры и т. д."),
    ("ar", "الفريق العامل المعني بتهريب المهاجرين، في 27 حزيران/يونيه."),
    ("zh", "偷运移民问题工作组《公约》（ＣＴＯＣ）2022年"),
    ("en", ""),
])
def test_tokens_bounds_cut_the_text_into_the_words(lang, text):
    # The analysers give parallel lists (words, keys, bounds) made in C; every token's bounds
    # must cut its word out of the text, in order, and its keys must be the word's.
    tokens = analyser(lang).analyse(text)
    assert len(tokens.words) == len(tokens.keys) == len(tokens.bounds) // 2 or (not text and len(tokens) == 0)
    previous_end = 0
    for index, token in enumerate(tokens):
        assert text[token.start:token.end] == token.text == tokens.words[index]
        word = unicodedata.normalize("NFKC", token.text) if lang == "zh" else token.text  # zh keys are the folded form's
        assert token.start >= previous_end and token.keys == analyser(lang).keys(word)
        previous_end = token.end
    # Every character but spaces is in a token; a preposition and its article are one token
    # with the space between them (`on the`, `de la`).
    assert "".join(ch for t in tokens for ch in t.text if not ch.isspace()) == "".join(ch for ch in text if not ch.isspace() and ch not in "《》〈〉")
    assert all(" " not in t.text or t.text.split()[0].lower() in profile(lang).slot_prepositions for t in tokens)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from("aéÉñz19 .,;:-()«»¿?\u00a0\t_²𝐀") | st.characters(), max_size=60).map("".join))
def test_a_text_without_apostrophe_is_cut_as_the_full_expression_cuts_it(text):
    # Texts with no apostrophe go through a shorter expression (for speed); where the elision
    # alternatives of the full one cannot match, both must cut the same tokens.
    from pipeline.lang.analysers import latin

    text = text.replace("'", "").replace("’", "")
    assert latin._TOKEN_WITHOUT_APOSTROPHE.split(text) == latin._TOKEN.split(text)


def test_characters_that_change_no_word_are_read_through_and_offsets_stay_in_the_text():
    # Word's optional hyphen and a non-breaking hyphen inside words a CAT tool kept: the words
    # are read whole, and each token's offsets still point into the text as written.
    from pipeline.lang.analysers import analysed_as_read

    text = "Государства\u2011участники оказали взаим\u00adную правовую по\u00adмощь."
    tokens = analysed_as_read(analyser("ru").analyse, text)
    assert [(t.text, text[t.start:t.end]) for t in tokens] == [
        ("Государства", "Государства"), ("-", "\u2011"), ("участники", "участники"), ("оказали", "оказали"),
        ("взаимную", "взаим\u00adную"), ("правовую", "правовую"), ("помощь", "по\u00adмощь"), (".", ".")]
    assert "помощь" in tokens[6].keys
