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
