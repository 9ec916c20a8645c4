"""Spelled-out numbers are read alike in every language, and only where they are numbers:
`twice` is 2 as `dos veces`, `deux fois`, `дважды`, `مرتين` and `两次` are; `sept.` before a stop
is September's abbreviation, not seven."""

import pytest

from pipeline.lang import profile
from pipeline.value_extraction import extract_values

TWICE = {
    "en": "The Working Group met twice in 2021.",
    "es": "El Grupo de Trabajo se reunió dos veces en 2021.",
    "fr": "Le Groupe de travail s’est réuni deux fois en 2021.",
    "ru": "Рабочая группа дважды собиралась в 2021 году.",
    "ar": "اجتمع الفريق العامل مرتين في عام 2021.",
    "zh": "工作组在2021年举行了两次会议。",
}


@pytest.mark.parametrize("lang", TWICE)
def test_twice_is_two_in_every_language(lang):
    assert dict(extract_values(TWICE[lang], profile(lang)).numbers) == {2.0: 1, 2021.0: 1}


def test_a_month_abbreviation_is_not_a_number_word():
    assert dict(extract_values("Rapport publié en sept. et révisé en oct.", profile("fr")).numbers) == {}
    assert dict(extract_values("Les sept membres du Bureau", profile("fr")).numbers) == {7.0: 1}


def _num001(tmp_path, source: str, translations: dict[str, str]) -> list[str]:
    """NUM001's findings on a one-entry document in a tree other tools wrote (no msgctxt)."""
    from pipeline.run import check_catalogs

    for lang, text in translations.items():
        path = tmp_path / lang / "LC_MESSAGES" / "app.po"
        path.parent.mkdir(parents=True)
        path.write_text(f'msgid ""\nmsgstr "Language: {lang}\\nContent-Type: text/plain; charset=UTF-8\\n"\n\n'
                        f'msgid "{source}"\nmsgstr "{text}"\n', encoding="utf-8")
    return [f"{f.lang}: {f.message}" for f in check_catalogs([tmp_path], [], select=["NUM001"]).findings]


def test_a_number_phrase_against_no_number_is_not_a_changed_value(tmp_path):
    # `two-factor` is a compound (no number read); `à deux facteurs` is a phrase of the same sense
    assert _num001(tmp_path, "An account protected by two-factor authentication.", {
        "fr": "Un compte protégé par l’authentification à deux facteurs.",
        "ru": "Учетная запись, защищенная двухфакторной аутентификацией.",
        "es": "Una cuenta protegida por la autenticación de dos factores.",
    }) == []


def test_a_number_word_against_another_number_is_still_a_changed_value(tmp_path):
    assert _num001(tmp_path, "Four plenary meetings will be held.", {
        "ru": "Будут проведены три пленарных заседания.",
        "fr": "Quatre séances plénières se tiendront.",
    }) == ["ru: numbers differ from the source: 3 here, 4 in the source"]
    assert _num001(tmp_path / "digits", "The 17 delegations attended.", {"es": "Asistieron las delegaciones."}) == [
        "es: numbers differ from the source: none here, 17 in the source"]


@pytest.mark.parametrize("source, chinese, expected", [
    ("Table 1 Parties", "表一 缔约方", []),
    ("Table 12 Results", "表十二 结果", []),
    ("Figure 3 Trends", "图三 趋势", []),
    ("Box 1 Examples", "方框一 实例", []),
    ("See annex 2.", "见附件二。", []),
    ("Table 2 Parties by region", "表一 按区域分列的缔约方", ["zh: numbers differ from the source: 1 here, 2 in the source"]),
    # inside other words, or a numeral that counts, it is no table's number
    ("He tried twice.", "他试图两次。", []),
    ("See the list of annexes and annex 2.", "见附件一览和附件二。", []),
    ("The delegate made three points.", "代表三个要点。", []),
])
def test_a_chinese_table_s_or_annex_s_number_in_characters_is_its_number(tmp_path, source, chinese, expected):
    # `表一` (Table 1) was no number: NUM001 said "none here, 1 in the source" of correct Chinese
    # headings (probe 62g), as `第一条` (article 1) is one.
    assert _num001(tmp_path, source, {"zh": chinese}) == expected
